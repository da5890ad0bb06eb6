"""TJ401-TJ403, TJ405: OBS paths, with the TJ401/TJ402 safe fixes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_helpers import from_base, lint_as

import tjlint
from tjlint.model import Context, Diagnostic
from tjlint.rules import paths, v2_shared
from tjlint.rules.obs import bucket_problem

CODES = ("TJ401", "TJ402", "TJ403", "TJ405")
CLEAN = from_base(train_url="/my-bucket/out/", log_url="/my-bucket/log/")


def lint(data: dict[str, Any], fmt: str) -> list[Diagnostic]:
    return [d for d in lint_as(data, fmt) if d.code in CODES]


def found(data: dict[str, Any], fmt: str) -> list[tuple[str, str]]:
    return sorted((d.pointer, d.code) for d in lint(data, fmt))


def body(**fields: Any) -> dict[str, Any]:
    return {**CLEAN, **fields}


def apply_fixes(text: str, diags: list[Diagnostic]) -> str:
    """Apply every fix (non-overlapping or identical edits), last first."""
    edits = sorted({e for d in diags for e in d.fix}, key=lambda e: e.span.offset, reverse=True)
    for edit in edits:
        text = text[: edit.span.offset] + edit.replacement + text[edit.span.end_offset:]
    return text


def test_clean(fmt: str) -> None:
    assert found(body(), fmt) == []


@pytest.mark.parametrize(
    "name", ["abc", "my-bucket", "my.bucket", "a1-b2.c3", "1bucket", "x" * 63, "usr", "192.168.1"]
)
def test_valid_bucket_names(name: str) -> None:
    assert bucket_problem(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "ab", "x" * 64, "My-bucket", "my_bucket", "-bucket", "bucket-", ".bucket", "bucket.",
        "my..bucket", "my.-bucket", "my-.bucket", "192.168.1.1", "10.0.0.255", "bück",
    ],
)
def test_invalid_bucket_names(name: str) -> None:
    assert bucket_problem(name) is not None


@pytest.mark.parametrize(
    "field", ["app_url", "data_url", "train_url", "log_url"]
)
@pytest.mark.parametrize(
    "value",
    ["obs://my-bucket/x/", "s3://my-bucket/x/", "OBS://my-bucket/x/", "my-bucket/x/",
     "https://my-bucket.obs.example.com/x/", "//x/", "/", "", "/My_Bucket/x/", "/192.168.0.1/x/"],
)
def test_bad_directory_paths(field: str, value: str, fmt: str) -> None:
    if value == "" and field in ("train_url", "log_url"):
        pytest.skip("blank train_url/log_url is the documented default")
    assert (f"/{field}", "TJ401") in found(body(**{field: value}), fmt)


@pytest.mark.parametrize("field", ["train_url", "log_url"])
def test_blank_output_fields_are_fine(field: str, fmt: str) -> None:
    assert found(body(**{field: ""}), fmt) == []


def test_data_source_urls_are_checked(fmt: str) -> None:
    items = [{"type": "obs", "data_url": "/my-bucket/a/"}, {"type": "obs", "data_url": "obs://Bad/b"}]
    data = body(data_url=None, data_source=items)
    del data["data_url"]
    assert found(data, fmt) == [("/data_source/1/data_url", "TJ401"),
                                ("/data_source/1/data_url", "TJ402")]


@pytest.mark.parametrize("field", ["app_url", "data_url", "train_url", "log_url"])
def test_directory_without_slash(field: str, fmt: str) -> None:
    value = CLEAN[field].rstrip("/")
    extra = {"boot_file_url": "/my-bucket/app/train.py"}
    assert found(body(**{field: value}, **extra), fmt) == [(f"/{field}", "TJ402")]


def test_boot_file_is_not_a_directory_field(fmt: str) -> None:
    assert found(body(), fmt) == []
    assert found(body(boot_file_url="/my-bucket/app/sub/"), fmt) == [("/boot_file_url", "TJ403")]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"train_url": "/my-bucket/data/out/"}, ["/train_url"]),
        ({"train_url": "/my-bucket/data/"}, ["/train_url"]),
        ({"train_url": "/my-bucket/data"}, ["/train_url"]),
        ({"train_url": "/my-bucket/"}, ["/train_url"]),
        ({"train_url": "obs://my-bucket/data/./x/"}, ["/train_url"]),
        ({"log_url": "/my-bucket/data/logs/"}, ["/log_url"]),
        ({"log_url": "/my-bucket/"}, []),
        ({"train_url": "/my-bucket/data-out/"}, []),
        ({"train_url": "/my-bucket/dat/"}, []),
        ({"train_url": "/other-bucket/data/"}, []),
    ],
)
def test_output_overlaps_input(fields: dict[str, Any], expected: list[str], fmt: str) -> None:
    got = [p for p, c in found(body(**fields), fmt) if c == "TJ405"]
    assert got == expected


def test_overlap_with_data_source(fmt: str) -> None:
    data = body(data_source=[{"type": "obs", "data_url": "/my-bucket/in/"}],
                train_url="/my-bucket/in/model/")
    del data["data_url"]
    diags = [d for d in lint(data, fmt) if d.code == "TJ405"]
    assert [(d.pointer, [r.pointer for r in d.related]) for d in diags] == [
        ("/train_url", ["/data_source/0/data_url"])
    ]


YAML_TEXT = (
    "config_name: demo  # comment\n"
    "worker_server_num: 1\n"
    "spec_id: 1\n"
    "model_id: 4\n"
    "data_url: obs://my-bucket/data\n"
    "train_url: 'obs://my-bucket/out/'\n"
    'log_url: "/my-bucket/log"\n'
)


def test_positions_in_yaml() -> None:
    diags = [d for d in tjlint.lint_text(YAML_TEXT, filename="x.yaml") if d.code in CODES]
    assert [(d.line, d.column, d.code) for d in diags] == [
        (5, 11, "TJ401"), (5, 11, "TJ402"), (6, 12, "TJ401"), (7, 10, "TJ402"),
    ]
    assert "ModelArts.2791" in diags[0].message
    assert "/my-bucket/data" in diags[0].message


def test_fixes_keep_quotes_and_everything_else() -> None:
    # A value with both TJ401 and TJ402 needs both repairs: TJ401's fix writes both (rules.md, Fixes).
    fixed, _ = tjlint.fix_text(YAML_TEXT, filename="x.yaml")
    assert fixed == (
        "config_name: demo  # comment\n"
        "worker_server_num: 1\n"
        "spec_id: 1\n"
        "model_id: 4\n"
        "data_url: /my-bucket/data/\n"
        "train_url: '/my-bucket/out/'\n"
        'log_url: "/my-bucket/log/"\n'
    )
    again = tjlint.lint_text(fixed, filename="x.yaml")
    assert [d.code for d in again if d.code in CODES] == []
    assert apply_fixes(fixed, again) == fixed


def test_fix_in_json() -> None:
    text = (
        '{"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 4,\n'
        ' "data_url": "s3://my-bucket/data/"}\n'
    )
    diags = [d for d in tjlint.lint_text(text, filename="x.json") if d.code in CODES]
    assert [(d.line, d.column, d.code) for d in diags] == [(2, 14, "TJ401")]
    assert apply_fixes(text, diags) == text.replace("s3://my-bucket", "/my-bucket")


@pytest.mark.parametrize(
    "value",
    ["obs://Bad_Bucket/data/", "obs://192.168.0.1/data/", "my-bucket/data/", "obs://my-bucket/d\\u0061ta/"],
)
def test_no_fix_when_unsafe(value: str) -> None:
    text = (
        '{"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 4,\n'
        f' "data_url": "{value}"}}\n'
    )
    diags = [d for d in tjlint.lint_text(text, filename="x.json") if d.code == "TJ401"]
    assert len(diags) == 1
    assert diags[0].fix == ()


def test_job_body_pointers_and_fix() -> None:
    text = (
        "job_name: j1\n"
        "config:\n"
        "  worker_server_num: 1\n"
        "  spec_id: 1\n"
        "  model_id: 4\n"
        '  data_url: "obs://my-bucket/d/"\n'
    )
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code in CODES]
    assert [(d.line, d.column, d.code, d.pointer) for d in diags] == [
        (6, 13, "TJ401", "/config/data_url")
    ]
    assert apply_fixes(text, diags).endswith('  data_url: "/my-bucket/d/"\n')


def test_no_fix_without_source_text() -> None:
    data = body(data_url="obs://my-bucket/data/")
    diags = [d for d in tjlint.lint_data(data) if d.code == "TJ401"]
    assert len(diags) == 1 and diags[0].fix == ()


def test_block_scalar_gets_no_fix() -> None:
    text = (
        "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 4\n"
        "data_url: >-\n  /my-bucket/data\n"
    )
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code == "TJ402"]
    assert len(diags) == 1 and diags[0].fix == ()


@pytest.mark.parametrize(
    "weird",
    [
        {"app_url": 5, "data_url": ["/a/"], "train_url": {"x": 1}, "log_url": None},
        {"data_source": [None, 3, {"data_url": 7}, {"data_url": ""}]},
        {"boot_file_url": True},
        {"data_source": "x", "train_url": "/my-bucket/data/"},
    ],
)
def test_wrong_types_never_crash(weird: dict[str, Any], fmt: str) -> None:
    found(body(**weird), fmt)


@pytest.mark.parametrize("name", ["192.168.01.1", "256.1.1.1", "999.999.999.999"])
def test_bucket_names_formatted_like_ip_addresses(name: str, fmt: str) -> None:
    # "not formatted like an IP address": four dot-separated groups of digits, valid IPv4 or not.
    assert bucket_problem(name) is not None
    assert found(body(data_url=f"/{name}/data/"), fmt) == [("/data_url", "TJ401")]
    text = (
        "config_name: demo\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\n"
        "app_url: /my-bucket/app/\nboot_file_url: /my-bucket/app/train.py\n"
        f"data_url: /{name}/data/\n"
    )
    diags = [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename="x.yaml")]
    assert diags == [(7, 11, "TJ401")]


# OBS object names are literal (rules.md, TJ401): '.' and '..' folders are errors.


@pytest.mark.parametrize("field", ["app_url", "boot_file_url", "data_url", "train_url", "log_url"])
@pytest.mark.parametrize("value", ["/my-bucket/a/../b/", "/my-bucket/./b/", "/my-bucket/a/..", "/my-bucket/.."])
def test_dot_segments_are_tj401(field: str, value: str, fmt: str) -> None:
    if field == "boot_file_url":
        value = value.rstrip("/") + "/x.py" if not value.endswith("..") else value + "/x.py"
    assert (f"/{field}", "TJ401") in found(body(**{field: value}), fmt)


@pytest.mark.parametrize("value", ["/my-bucket/a..b/", "/my-bucket/.hidden/", "/my-bucket/v1.0/...x/",
                                   "/my-bucket/data/.../"])
def test_dots_inside_a_name_are_fine(value: str, fmt: str) -> None:
    assert found(body(data_url=value), fmt) == []


def test_dot_segment_in_a_data_source_item(fmt: str) -> None:
    data = body(data_source=[{"type": "obs", "data_url": "/my-bucket/in/../other/"}])
    del data["data_url"]
    assert found(data, fmt) == [("/data_source/0/data_url", "TJ401")]


def test_dot_segment_message_says_names_are_literal() -> None:
    text = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 4\ndata_url: /my-bucket/a/../b/\n"
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code == "TJ401"]
    assert [(d.line, d.column) for d in diags] == [(5, 11)]
    assert "'..'" in diags[0].message and "literal" in diags[0].message
    assert diags[0].fix == ()


# A data URL may name a dataset manifest file (rules.md, TJ402).


@pytest.mark.parametrize("value", ["/ma-test-001/annotation/V002/V002.manifest", "/my-bucket/x.manifest"])
def test_manifest_data_urls_need_no_slash(value: str, fmt: str) -> None:
    assert found(body(data_url=value), fmt) == []
    data = body(data_source=[{"type": "obs", "data_url": value}])
    del data["data_url"]
    assert found(data, fmt) == []


@pytest.mark.parametrize("field", ["app_url", "train_url", "log_url"])
def test_only_data_urls_may_be_manifests(field: str, fmt: str) -> None:
    extra = {"boot_file_url": "/my-bucket/app.manifest/train.py"} if field == "app_url" else {}
    assert (f"/{field}", "TJ402") in found(body(**{field: "/my-bucket/app.manifest"}, **extra), fmt)


@pytest.mark.parametrize("value", ["/my-bucket/data.manifests", "/my-bucket/manifest", "/my-bucket/.manifest/x"])
def test_other_names_are_still_directories(value: str, fmt: str) -> None:
    assert found(body(data_url=value), fmt) == [("/data_url", "TJ402")]


# A fix is offered only when its value passes every rule on the field (rules.md, Fixes).

FIX_YAML = (
    "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 4\n"
    "data_url: ml-data/coco\n"                  # 5: TJ401 + TJ402, neither fixable
    "train_url: obs://my-bucket/out\n"          # 6: TJ401 fixable (both repairs), TJ402 not
    "log_url: obs://my-bucket/a/../logs/\n"     # 7: TJ401 (scheme and '..'): no fix
)


def test_fixes_offered_only_when_the_value_is_valid() -> None:
    diags = [d for d in tjlint.lint_text(FIX_YAML, filename="x.yaml") if d.code in CODES]
    assert [(d.line, d.column, d.code, [e.replacement for e in d.fix]) for d in diags] == [
        (5, 11, "TJ401", []), (5, 11, "TJ402", []),
        (6, 12, "TJ401", ["/my-bucket/out/"]), (6, 12, "TJ402", []),
        (7, 10, "TJ401", []),
    ]


def test_fix_validity_in_json_flow_and_the_fixed_file() -> None:
    text = ('{"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 4,\n'
            ' "data_url": "ml-data/coco", "train_url": "s3://my-bucket/out"}\n')
    diags = [d for d in tjlint.lint_text(text, filename="x.json") if d.code in CODES]
    assert [(d.line, d.column, d.code, len(d.fix)) for d in diags] == [
        (2, 14, "TJ401", 0), (2, 14, "TJ402", 0), (2, 43, "TJ401", 1), (2, 43, "TJ402", 0)]
    fixed, remaining = tjlint.fix_text(text, "x.json")
    assert fixed == text.replace('"s3://my-bucket/out"', '"/my-bucket/out/"')
    assert [(d.code, d.pointer) for d in remaining if d.code in CODES] == [
        ("TJ401", "/data_url"), ("TJ402", "/data_url")]
    flow = "{config_name: demo, worker_server_num: 1, spec_id: 1, model_id: 4, data_url: ml-data/coco}\n"
    assert [len(d.fix) for d in tjlint.lint_text(flow, filename="x.yaml")] == [0, 0]


def test_obs_rules_share_the_fields_and_still_see_each_document() -> None:
    ctx = Context()
    body = {"app_url": "obs://bucket/code", "train_url": "/bucket/data/out/", "data_url": "/bucket/data/"}
    rules = {rule.code: rule for rule in paths.RULES}
    assert [f.pointer for f in rules["TJ401"].check(body, ctx)] == ["/app_url"]
    assert [f.pointer for f in rules["TJ402"].check(body, ctx)] == ["/app_url"]
    assert [f.pointer for f in rules["TJ405"].check(body, ctx)] == ["/train_url"]
    assert [key for key, _ in ctx.facts] == ["obs_fields"]
    other = {"log_url": "logs/"}
    assert [f.pointer for f in rules["TJ401"].check(other, ctx)] == ["/log_url"]


def test_v2_obs_rules_share_the_fields_and_still_see_each_document(monkeypatch: pytest.MonkeyPatch) -> None:
    found = v2_shared.obs_fields
    walks: list[object] = []
    monkeypatch.setattr(v2_shared, "obs_fields", lambda data: walks.append(data) or found(data))
    ctx = Context(kind="v2-job")
    output = "/algorithm/outputs/0/remote/obs/obs_url"
    body = {"kind": "job", "metadata": {"name": "demo"},
            "algorithm": {"code_dir": "s3://bucket/code/", "boot_file": "/bucket/code/train.py",
                          "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "/bucket/data/"}}}],
                          "outputs": [{"name": "train_url", "remote": {"obs": {"obs_url": "/bucket/data/out"}}}]}}
    rules = {rule.code: rule for rule in paths.RULES}
    assert [f.pointer for f in rules["TJ401"].check(body, ctx)] == ["/algorithm/code_dir"]
    assert [f.pointer for f in rules["TJ402"].check(body, ctx)] == [output]
    assert [f.pointer for f in rules["TJ405"].check(body, ctx)] == [output]
    assert [key for key, _ in ctx.facts] == ["v2_obs_fields"] and walks == [body]  # found once for the three
    other = {"kind": "job", "algorithm": {"code_dir": "code/"}}
    assert [f.pointer for f in rules["TJ401"].check(other, ctx)] == ["/algorithm/code_dir"]


_PATH_PIECES = st.sampled_from(["/", "/", "a", "b9", "0", "1.2", ".", "..", "-", "--", "x" * 30, "obs://", "S3://",
                                "s3://", "http://", "A", "\n", " ", "my-bucket", "192.168.1.1", "256.1.1.1"])


@settings(max_examples=2000)
@given(st.lists(_PATH_PIECES, max_size=8).map("".join))
def test_the_quick_look_at_an_obs_path_agrees_with_the_piece_by_piece_one(value: str) -> None:
    assert paths.path_problem(value) == paths._path_problem(value), value


def test_obs_paths_by_hand() -> None:
    for fine in ("/my-bucket/data/", "/abc", "/a.b-c/x/.../y", "/a--b/"):
        assert paths.path_problem(fine) is None, fine
    for wrong in ("/ab/x", "/Ab1/x", "/a..b/", "/-ab/", "/ab-/", "/1.2.3.4/x", "/bucket/./x", "/bucket/..",
                  "bucket/x", "/", "//x", "obs://bucket/x", "/" + "a" * 64):
        assert paths.path_problem(wrong) is not None, wrong

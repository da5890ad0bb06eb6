"""TJ203-TJ205: code source (YAML and JSON through the engine)."""

from __future__ import annotations

from typing import Any

import pytest
from rule_helpers import codes_found, from_base

import tjlint

CODES = ("TJ203", "TJ204", "TJ205")
CLEAN = from_base(app_url=None, boot_file_url=None)
APP = {"app_url": "/my-bucket/app/", "boot_file_url": "/my-bucket/app/train.py"}


def found(data: dict[str, Any], fmt: str) -> list[tuple[str, str]]:
    return codes_found(data, fmt, CODES)


def body(**fields: Any) -> dict[str, Any]:
    return {**CLEAN, **fields}



@pytest.mark.parametrize(
    "fields", [APP, {"model_id": 4}, {**APP, "model_id": 1}], ids=["code", "model", "both"]
)
def test_code_sources_are_clean(fields: dict[str, Any], fmt: str) -> None:
    assert found(body(**fields), fmt) == []


def test_nothing_points_at_the_mapping(fmt: str) -> None:
    assert found(body(), fmt) == [("", "TJ204")]


@pytest.mark.parametrize("half", ["app_url", "boot_file_url"])
def test_half_pair_is_only_tj203(half: str, fmt: str) -> None:
    assert found(body(**{half: APP[half]}), fmt) == [(f"/{half}", "TJ203")]


def test_half_pair_with_model_id_still_reported(fmt: str) -> None:
    assert found(body(model_id=3, app_url="/my-bucket/app/"), fmt) == [("/app_url", "TJ203")]


@pytest.mark.parametrize(
    ("app", "boot"),
    [
        ("/a-b/app/", "/a-b/app/train.py"),
        ("/a-b/app", "/a-b/app/x.py"),
        ("/a-b/app/", "/a-b/app/sub/deep/x.py"),
        ("/a-b/app/", "/a-b/app/./x.py"),  # literally under app/ (TJ401 reports the '.')
        ("/a-b/app/", "/a-b/app/../x.py"),  # literally under app/ (TJ401 reports the '..')
        ("/a-b/app/", "//a-b/app/x.py"),
        ("obs://a-b/app/", "/a-b/app/x.py"),
    ],
)
def test_boot_file_inside(app: str, boot: str, fmt: str) -> None:
    assert found(body(app_url=app, boot_file_url=boot), fmt) == []


@pytest.mark.parametrize(
    ("app", "boot"),
    [
        ("/a-b/app/", "/a-b/application/x.py"),
        ("/a-b/app", "/a-b/application/x.py"),
        ("/a-b/app/", "/a-b/x.py"),
        ("/a-b/app/", "/other/app/x.py"),
        # OBS object names are literal: these name objects outside the folder app/.
        ("/a-b/app/", "/a-b//app/x.py"),
        ("/a-b/app/", "/a-b/other/../app/x.py"),
        ("/a-b/app/", "/a-b/app/"),
    ],
)
def test_boot_file_outside(app: str, boot: str, fmt: str) -> None:
    assert found(body(app_url=app, boot_file_url=boot), fmt) == [("/boot_file_url", "TJ205")]


def test_not_absolute_paths_are_left_to_tj401(fmt: str) -> None:
    assert found(body(app_url="bucket/app/", boot_file_url="elsewhere/x.py"), fmt) == []


def test_positions_and_related() -> None:
    text = (
        "config_name: demo\n"
        "worker_server_num: 1\n"
        "spec_id: 1\n"
        "data_url: /my-bucket/data/\n"
        "app_url: /my-bucket/app/\n"
        "boot_file_url:   /my-bucket/application/train.py\n"
    )
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code in CODES]
    assert [(d.line, d.column, d.code) for d in diags] == [(6, 1, "TJ205")]
    assert [(r.pointer, r.line, r.column) for r in diags[0].related] == [("/app_url", 5, 1)]
    assert "ModelArts.2758" in diags[0].message


def test_json_positions() -> None:
    text = (
        '{"config_name": "demo", "worker_server_num": 1, "spec_id": 1,\n'
        ' "boot_file_url": "/b-1/x.py"}'
    )
    got = [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename="x.json")
           if d.code in CODES]
    assert got == [(2, 2, "TJ203")]


@pytest.mark.parametrize(
    "weird",
    [
        {"app_url": 3, "boot_file_url": ["x"]},
        {"app_url": {"a": 1}, "boot_file_url": "/a-b/x.py"},
        {"model_id": None},
    ],
)
def test_wrong_types_never_crash(weird: dict[str, Any], fmt: str) -> None:
    found(body(**weird), fmt)


# A custom image with its command is a code source; app_url needs no boot file there (rules.md).

IMAGE = {"user_image_url": "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
         "user_command": "bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/train.py"}


@pytest.mark.parametrize(
    "fields",
    [IMAGE, {**IMAGE, "app_url": "/my-bucket/app/"}, {**IMAGE, **APP}, {**IMAGE, "model_id": 4}],
    ids=["image-only", "image-and-code-dir", "image-and-pair", "image-and-model"],
)
def test_custom_image_with_its_command_is_a_code_source(fields: dict[str, Any], fmt: str) -> None:
    assert found(body(**fields), fmt) == []


def test_code_dir_without_boot_file_needs_the_image(fmt: str) -> None:
    assert found(body(app_url="/my-bucket/app/"), fmt) == [("/app_url", "TJ203")]
    with_command_only = body(app_url="/my-bucket/app/", user_command=IMAGE["user_command"])
    assert found(with_command_only, fmt) == [("/app_url", "TJ203")]


def test_boot_file_without_code_dir_is_tj203_even_with_an_image(fmt: str) -> None:
    data = body(boot_file_url="/my-bucket/app/train.py", **IMAGE)
    assert found(data, fmt) == [("/boot_file_url", "TJ203")]


@pytest.mark.parametrize("half", ["user_image_url", "user_command"])
def test_half_an_image_is_no_code_source(half: str, fmt: str) -> None:
    # Half the image pair is TJ208's; without other code, nothing runs: TJ204 too.
    assert found(body(**{half: IMAGE[half]}), fmt) == [("", "TJ204")]


def test_custom_image_positions() -> None:
    block = ("config_name: demo\nworker_server_num: 1\nspec_id: 1\ndata_url: /my-bucket/data/\n"
             "app_url: /my-bucket/app/\n")
    assert [(d.line, d.column, d.code) for d in tjlint.lint_text(block, filename="x.yaml")] == [
        (5, 1, "TJ203")]
    flow = ("{config_name: demo, worker_server_num: 1, spec_id: 1, data_url: /my-bucket/data/,\n"
            f" app_url: /my-bucket/app/, user_image_url: '{IMAGE['user_image_url']}',\n"
            f" user_command: '{IMAGE['user_command']}'}}\n")
    assert tjlint.lint_text(flow, filename="x.yaml") == []
    json_text = ('{"config_name": "demo", "worker_server_num": 1, "spec_id": 1,\n'
                 ' "data_url": "/my-bucket/data/"}\n')
    assert [(d.line, d.column, d.code) for d in tjlint.lint_text(json_text, filename="x.json")] == [
        (1, 1, "TJ204")]

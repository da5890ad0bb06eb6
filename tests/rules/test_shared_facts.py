"""Facts several checks derive from one mapping are worked out once per document, and only for it;
the helpers the checks share."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tjlint.rules import paths
from tjlint.rules.base import Context, pointer, shared


def test_a_fact_is_worked_out_once_per_mapping() -> None:
    calls: list[Any] = []

    def count(data: Any) -> int:
        calls.append(data)
        return len(data)

    ctx, first, second = Context(), {"a": 1}, {"a": 1, "b": 2}
    assert [shared(ctx, first, "n", count) for _ in range(3)] == [1, 1, 1]
    assert shared(ctx, second, "n", count) == 2  # an equal-looking or other mapping is not the same one
    assert shared(Context(), first, "n", count) == 1  # a new document starts afresh
    assert calls == [first, second, first]


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


def test_pointers_escape_as_rfc_6901_says() -> None:
    assert pointer() == ""
    assert pointer("parameter", 2, "label") == "/parameter/2/label"
    assert pointer("a/b", "m~n", 0, "~/", "") == "/a~1b/m~0n/0/~0~1/"


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

"""The records every stage shares: facts worked out once per document, JSON pointers."""

from __future__ import annotations

from typing import Any

from tjlint.model import Context, pointer, shared


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


def test_pointers_escape_as_rfc_6901_says() -> None:
    assert pointer() == ""
    assert pointer("parameter", 2, "label") == "/parameter/2/label"
    assert pointer("a/b", "m~n", 0, "~/", "") == "/a~1b/m~0n/0/~0~1/"

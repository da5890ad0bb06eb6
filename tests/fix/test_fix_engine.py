"""The fix engine: applying edits, passes, and the safety check (with test rules)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

import tjlint
from tjlint import Config
from tjlint.fix import apply_edits, select_edits
from tjlint.model import Edit, Severity, Span
from tjlint.rules.base import Context, Finding, Rule

CLEAN = (
    "config_name: resnet-train\n"
    "worker_server_num: 1\n"
    "spec_id: 1\n"
    "model_id: 7\n"
    "data_url: /my-bucket/data/\n"
)


def edit(start: int, end: int, text: str) -> Edit:
    return Edit(Span(1, start + 1, 1, end + 1, start, end), text)


def test_apply_edits_from_the_end() -> None:
    assert apply_edits("abcdef", [edit(0, 1, "X"), edit(4, 6, "YZW")]) == "XbcdYZW"
    assert apply_edits("abcdef", [edit(4, 6, "YZW"), edit(0, 1, "X")]) == "XbcdYZW"


def test_apply_edits_insertions_and_deletions() -> None:
    assert apply_edits("abc", [edit(3, 3, "/")]) == "abc/"
    assert apply_edits("abc", [edit(1, 2, "")]) == "ac"


def test_overlapping_edits_keep_the_first() -> None:
    first, second = edit(1, 4, "X"), edit(3, 5, "Y")
    assert apply_edits("abcdef", [first, second]) == "aXef"
    assert apply_edits("abcdef", [second, first]) == "abcYf"
    assert select_edits([first, second]) == [first]


def test_identical_edits_count_once() -> None:
    same = edit(2, 4, "ZZZ")
    assert apply_edits("abcdef", [same, same]) == "abZZZef"


def test_touching_edits_both_apply() -> None:
    assert apply_edits("abcdef", [edit(0, 2, "X"), edit(2, 4, "Y")]) == "XYef"


def test_insertion_at_an_edit_boundary_waits() -> None:
    assert apply_edits("abcdef", [edit(0, 2, "X"), edit(2, 2, "!")]) == "Xcdef"


def test_edits_without_offsets_are_skipped() -> None:
    assert apply_edits("abc", [Edit(Span(0, 0, 0, 0), "X")]) == "abc"


def rule(code: str, fixer: Any) -> Rule:
    """A test rule: a finding at ``config_desc`` with fix ``fixer(value)`` (None: no finding)."""

    def check(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
        value = data.get("config_desc")
        if isinstance(value, str):
            new = fixer(value)
            if new is not None:
                yield Finding("/config_desc", f"config_desc {value!r} is not right", fix=new)

    return Rule(code=code, name=f"test-{code.lower()}", severity=Severity.WARNING,
                summary="test", explanation="test", check=check)


def test_fixes_that_leave_each_others_problem_are_not_offered() -> None:
    # rules.md, Fixes: a fix is offered only when the value it writes is valid for every rule on
    # that field. "xab" still lacks the "y" and "aby" the "x": neither is a repair.
    prefix = rule("TJ901", lambda v: None if v.startswith("x") else "x" + v)
    suffix = rule("TJ902", lambda v: None if v.endswith("y") else v + "y")
    text = CLEAN + "config_desc: ab  # note\n"
    assert [d.fix for d in tjlint.lint_text(text, "a.yaml", rules=[prefix, suffix])] == [(), ()]
    fixed, remaining = tjlint.fix_text(text, "a.yaml", rules=[prefix, suffix])
    assert fixed == text
    assert [d.code for d in remaining] == ["TJ901", "TJ902"]


def test_a_fix_every_rule_accepts_is_offered_whatever_else_runs() -> None:
    both = rule("TJ901", lambda v: None if v.startswith("x") and v.endswith("y") else "x" + v + "y")
    suffix = rule("TJ902", lambda v: None if v.endswith("y") else v + "y")
    text = CLEAN + "config_desc: ab  # note\n"
    found = tjlint.lint_text(text, "a.yaml", rules=[both, suffix])
    assert [(d.code, [e.replacement for e in d.fix]) for d in found] == [("TJ901", ["xaby"]),
                                                                         ("TJ902", [])]
    fixed, remaining = tjlint.fix_text(text, "a.yaml", rules=[both, suffix])
    assert fixed == CLEAN + "config_desc: xaby  # note\n"
    assert remaining == []


def test_fix_that_breaks_parsing_is_not_applied() -> None:
    broken = rule("TJ901", lambda v: '"unclosed' if v == "ab" else None)
    text = CLEAN + "config_desc: ab\n"
    fixed, remaining = tjlint.fix_text(text, "a.yaml", rules=[broken])
    assert fixed == text
    assert [d.code for d in remaining] == ["TJ901"]


def test_fix_that_breaks_parsing_is_not_applied_even_when_tj002_is_ignored() -> None:
    broken = rule("TJ901", lambda v: "[unclosed" if v == "ab" else None)
    text = CLEAN + "config_desc: ab\n"
    fixed, _ = tjlint.fix_text(text, "a.yaml", rules=[broken], config=Config(ignore=("TJ0",)))
    assert fixed == text


def test_fix_that_adds_a_diagnostic_is_not_applied() -> None:
    # The fix writes a number where config_desc needs a string: TJ103 would be new.
    numeric = rule("TJ901", lambda v: "123" if v == "ab" else None)
    text = CLEAN + "config_desc: ab\n"
    fixed, remaining = tjlint.fix_text(text, "a.yaml", rules=[numeric])
    assert fixed == text
    assert [d.code for d in remaining] == ["TJ901"]


def test_an_unsafe_fix_does_not_hold_back_the_safe_ones() -> None:
    # rules.md, Fixes: --fix applies every safe fix; a fixed file must not gain a diagnostic.
    # Quoting app_url's 0x1F would be new TJ401 (not /bucket/path): only that fix is left out.
    text = CLEAN + "app_url: 0x1F\nparameter:\n  - {label: lr, value: 0.010}  # keep\n"
    fixed, remaining = tjlint.fix_text(text, "a.yaml", config=Config(select=("TJ1", "TJ4")))
    assert fixed == CLEAN + 'app_url: 0x1F\nparameter:\n  - {label: lr, value: "0.010"}  # keep\n'
    assert [(d.line, d.column, d.code) for d in remaining] == [(6, 10, "TJ103")]


def test_a_fix_its_own_rule_still_rejects_is_not_offered() -> None:
    # "ab" would become "abc", which the same rule rejects again (it would write a number).
    step = rule("TJ901", lambda v: {"ab": "abc", "abc": "5"}.get(v))
    fixed, remaining = tjlint.fix_text(CLEAN + "config_desc: ab\n", "a.yaml", rules=[step])
    assert fixed == CLEAN + "config_desc: ab\n"
    assert [(d.code, d.fix) for d in remaining] == [("TJ901", ())]


def test_fix_that_never_settles_is_never_offered() -> None:
    grow = rule("TJ901", lambda v: v + "a")
    fixed, _ = tjlint.fix_text(CLEAN + "config_desc: a\n", "a.yaml", rules=[grow])
    assert fixed == CLEAN + "config_desc: a\n"


def test_a_valid_value_that_makes_the_file_read_worse_is_left_out() -> None:
    # Quoting the first label is a valid label, but then it repeats the second one (TJ209, new,
    # at the other item): the fixed file would gain a diagnostic, so the fix is not applied.
    text = CLEAN + 'parameter:\n  - {label: 1.0, value: "a"}\n  - {label: "1.0", value: "b"}\n'
    assert [(d.code, len(d.fix)) for d in tjlint.lint_text(text, "a.yaml")] == [("TJ103", 1)]
    fixed, remaining = tjlint.fix_text(text, "a.yaml")
    assert fixed == text
    assert [d.code for d in remaining] == ["TJ103"]


def test_unreadable_text_comes_back_unchanged() -> None:
    text = "config_name: a\x00\n"
    fixed, remaining = tjlint.fix_text(text, "a.yaml")
    assert fixed == text
    assert [d.code for d in remaining] == ["TJ001"]


@pytest.mark.parametrize("text", ["", "config_name: [\n", "- a\n- b\n"])
def test_nothing_to_fix_leaves_text_alone(text: str) -> None:
    assert tjlint.fix_text(text, "a.yaml")[0] == text


def test_ignored_codes_are_not_fixed() -> None:
    text = CLEAN.replace("/my-bucket/data/", "/my-bucket/data")
    fixed, remaining = tjlint.fix_text(text, "a.yaml", config=Config(ignore=("TJ402",)))
    assert fixed == text and remaining == []


def test_file_with_a_syntax_error_is_not_fixed() -> None:
    text = CLEAN.replace("/my-bucket/data/", "/my-bucket/data") + "---\nparameter: [\n"
    fixed, remaining = tjlint.fix_text(text, "a.yaml")
    assert fixed == text
    assert [d.code for d in remaining] == ["TJ402", "TJ002"]

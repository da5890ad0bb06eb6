"""The ``text`` format: one line per finding, colour on request, source lines with a caret."""

from __future__ import annotations

import re
from typing import Any

import pytest
from formatter_cases import diagnostic

from tjlint.cli.report import summary
from tjlint.formatters import Report
from tjlint.formatters.text import render, render_line, snippet, source_lines
from tjlint.model import Diagnostic, Edit, Severity, Span

ANSI = re.compile("\x1b\\[[0-9;]*m")


def _diag(**changes: Any) -> Diagnostic:
    """A TJ102 error at configs/job.yaml:7:1-7:8, with ``changes`` applied."""
    return diagnostic(**{"path": "configs/job.yaml", "line": 7, "column": 1, "end_line": 7, "end_column": 8,
                         "message": "unknown field 'dataurl' (did you mean 'data_url'?)", "pointer": "/dataurl",
                         **changes})


FIX = (Edit(Span(7, 1, 7, 8, 0, 7), "data_url"),)


def test_line_as_the_interface_shows_it() -> None:
    assert render_line(_diag()) == (
        "configs/job.yaml:7:1: error TJ102 unknown field 'dataurl' (did you mean 'data_url'?)"
    )
    warning = render_line(_diag(severity=Severity.WARNING))
    assert warning.startswith("configs/job.yaml:7:1: warning TJ102 ")


def test_fixable_findings_are_marked() -> None:
    assert render_line(_diag(fix=FIX)).endswith("(did you mean 'data_url'?) [*]")
    assert not render_line(_diag()).endswith("[*]")


def test_odd_characters_never_break_the_line() -> None:
    line = render_line(_diag(path="a\nb.yaml", message="first\nsecond\r\x1b[31m\u2028\u202eend\tx"))
    assert "\n" not in line and "\r" not in line and "\x1b" not in line
    assert "\u2028" not in line and "\u202e" not in line
    assert line == (
        "a\\nb.yaml:7:1: error TJ102 first\\nsecond\\r\\x1b[31m\\u2028\\u202eend\\tx"
    )


def test_colour_only_when_enabled() -> None:
    plain = render([_diag(), _diag(severity=Severity.WARNING, fix=FIX)], Report())
    assert "\x1b" not in plain
    coloured = render([_diag(), _diag(severity=Severity.WARNING, fix=FIX)], Report(color=True))
    assert ANSI.sub("", coloured) == plain
    error, warning = coloured.splitlines()
    assert error.startswith("\x1b[1mconfigs/job.yaml:7:1:\x1b[0m")  # bold path
    assert "\x1b[31mTJ102\x1b[0m" in error and "31merror\x1b[0m" in error  # red
    assert "\x1b[33mTJ102\x1b[0m" in warning and "33mwarning\x1b[0m" in warning  # yellow


def test_summary_counts_what_fix_can_repair() -> None:
    found = [_diag(fix=FIX), _diag(line=8, fix=FIX), _diag(line=9),
             _diag(line=10, severity=Severity.WARNING)]
    assert summary(found, 2) == "3 errors, 1 warning in 2 files (2 fixable with --fix)"
    assert summary(found[2:], 1) == "1 error, 1 warning in 1 file"
    assert summary([], 3) == "no problems in 3 files"


TEXT = "config_name: demo\ndataurl: obs://bucket/data/\n"


def test_source_line_with_caret() -> None:
    d = _diag(path="job.yaml", line=2, column=1, end_line=2, end_column=8)
    out = render([d], Report(show_source=True, sources={"job.yaml": TEXT}))
    assert out.splitlines()[1:] == [
        "  |",
        "2 | dataurl: obs://bucket/data/",
        "  | ^" + "~" * 6,  # 'dataurl' is 7 characters
    ]


def test_no_source_lines_without_the_option_or_the_text() -> None:
    d = _diag(path="job.yaml", line=2, column=1, end_line=2, end_column=8)
    assert render([d], Report(sources={"job.yaml": TEXT})).count("\n") == 1
    assert render([d], Report(show_source=True)).count("\n") == 1
    no_position = _diag(path="job.yaml", line=0, column=0, end_line=0, end_column=0)
    shown = render([no_position], Report(show_source=True, sources={"job.yaml": TEXT}))
    assert shown.count("\n") == 1


def test_caret_under_a_value_in_the_middle() -> None:
    d = _diag(path="job.yaml", line=2, column=10, end_line=2, end_column=28)
    assert snippet(source_lines(TEXT, "job.yaml"), d)[1:] == [
        "2 | dataurl: obs://bucket/data/",
        "  | " + " " * 9 + "^" + "~" * 17,  # 'obs://bucket/data/' is 18 characters
    ]


def test_span_over_several_lines_is_marked_to_the_end_of_its_first_line() -> None:
    d = _diag(path="job.yaml", line=1, column=14, end_line=2, end_column=3)
    assert snippet(source_lines(TEXT, "job.yaml"), d)[2] == "  |              ^~~~"


def test_empty_span_and_end_of_line_get_one_caret() -> None:
    lines = source_lines(TEXT, "job.yaml")
    at_end = _diag(path="job.yaml", line=1, column=18, end_line=1, end_column=18)
    assert snippet(lines, at_end)[2] == "  | " + " " * 17 + "^"


def test_tabs_and_wide_characters_keep_the_caret_aligned() -> None:
    text = "a:\t'数据集' x\n"
    d = _diag(path="job.yaml", line=1, column=5, end_line=1, end_column=8)  # 数据集, two cells each
    assert snippet(source_lines(text, "job.yaml"), d)[1:] == [
        "1 | a:      '数据集' x",  # the tab runs to the next multiple of 8
        "  | " + " " * 9 + "^" + "~" * 5,
    ]


def test_control_characters_in_the_line_are_escaped() -> None:
    text = "a: \x1b[2Jb\n"
    d = _diag(path="job.yaml", line=1, column=8, end_line=1, end_column=9)  # the 'b'
    out = snippet(source_lines(text, "job.yaml"), d)
    assert out[1] == "1 | a: \\x1b[2Jb"
    assert out[2] == "  | " + " " * len("a: \\x1b[2J") + "^"


@pytest.mark.parametrize("path", ["job.yaml", "job.json"])
def test_only_newline_crlf_and_cr_end_a_line(path: str) -> None:
    # U+2028, U+2029, U+0085 and form feeds stay inside their line (escaped when shown), in YAML as in JSON.
    text = 'a: "x\u2028y\x85z\u2029\x0cw"\r\nb: 1\rc: 2\n'
    assert source_lines(text, path) == ['a: "x\u2028y\x85z\u2029\x0cw"', "b: 1", "c: 2", ""]
    d = _diag(path=path, line=1, column=4, end_line=1, end_column=15)
    assert snippet(source_lines(text, path), d)[1] == '1 | a: "x\\u2028y\\x85z\\u2029\\x0cw"'
    assert source_lines("\ufeffa: 1\n", path)[0] == "a: 1"


def test_a_huge_line_is_shown_around_the_span() -> None:
    text = '{"k": "' + "x" * 5000 + '", "bad": 1}'
    column = text.index('"bad"') + 1
    d = _diag(path="job.json", line=1, column=column, end_line=1, end_column=column + 5)
    shown, caret = snippet(source_lines(text, "job.json"), d)[1:]
    assert len(shown) < 200
    assert shown.startswith("1 | …") and '"bad": 1}' in shown
    assert caret.index("^") == shown.index('"bad"')
    assert caret.endswith("^~~~~")


def test_line_past_the_end_shows_nothing() -> None:
    d = _diag(path="job.yaml", line=9, column=1, end_line=9, end_column=2)
    assert snippet(source_lines(TEXT, "job.yaml"), d) == []

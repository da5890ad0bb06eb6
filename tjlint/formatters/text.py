"""The ``text`` format for people: ``path:line:col: severity CODE message``.

Every diagnostic is exactly one line: control characters, line and paragraph
separators and bidirectional overrides in paths and messages are shown as
escapes (``\\n``, ``\\x1b``, ``\\u202e``). A trailing `` [*]`` marks a finding
that ``--fix`` can repair. With colour on, the severity and code are coloured
and the path is bold. With ``--show-source``, the offending line follows, with
a caret under the span, as actionlint shows it::

    job.yaml:3:1: error TJ102 unknown field 'dataurl' (did you mean 'data_url'?)
      |
    3 | dataurl: obs://bucket/data/
      | ^~~~~~~
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tjlint.model import Severity
from tjlint.read.source import LINE_BREAKS

if TYPE_CHECKING:
    from tjlint.formatters import Report
    from tjlint.model import Diagnostic

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
_SEVERITY_COLOR = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m"}
_DIM = "\x1b[2m"
_CYAN = "\x1b[36m"
FIXABLE_MARK = "[*]"

_ODD = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_TAB = 8
_WINDOW = 160  # longest stretch of a source line shown; minified JSON can be one huge line


def _escape_char(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """``text`` with every character that could break or garble a terminal line escaped."""
    return _ODD.sub(lambda m: _escape_char(m.group()), text)


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{RESET}" if color else text


def render_line(d: Diagnostic, color: bool = False) -> str:
    """One diagnostic on one line (`` [*]`` at the end when ``--fix`` can repair it)."""
    hue = _SEVERITY_COLOR[d.severity]
    where = _paint(f"{one_line(d.path)}:{d.line}:{d.column}:", BOLD, color)
    severity = _paint(d.severity.value, BOLD + hue, color)
    code = _paint(d.code, hue, color)
    mark = " " + _paint(FIXABLE_MARK, _CYAN, color) if d.fixable else ""
    return f"{where} {severity} {code} {one_line(d.message)}{mark}"


def source_lines(text: str, path: str) -> list[str]:
    """The lines of ``text``, split with the same line breaks the reader used."""
    text = text[1:] if text.startswith("\ufeff") else text  # positions never count a BOM
    return LINE_BREAKS.split(text)


def _cell(char: str, used: int) -> str:
    """How one source character is drawn: tabs expanded, odd characters escaped."""
    if char == "\t":
        return " " * (_TAB - used % _TAB)
    return one_line(char)


def _width(cell: str) -> int:
    import unicodedata  # only --show-source measures characters

    if len(cell) == 1 and unicodedata.combining(cell):
        return 0
    if len(cell) == 1 and unicodedata.east_asian_width(cell) in ("W", "F"):
        return 2
    return len(cell)


def _cells(line: str) -> list[tuple[str, int]]:
    cells: list[tuple[str, int]] = []
    used = 0
    for char in line:
        cell = _cell(char, used)
        cells.append((cell, _width(cell)))
        used += cells[-1][1]
    return cells


def snippet(lines: Sequence[str], d: Diagnostic, color: bool = False) -> list[str]:
    """The source line of ``d`` and a ``^~~~`` caret under its span (empty if unknown)."""
    if not 1 <= d.line <= len(lines):
        return []
    line = lines[d.line - 1]
    start = min(max(d.column - 1, 0), len(line))
    end = d.end_column - 1 if d.end_line == d.line else len(line)
    end = min(max(end, start + 1), len(line) + 1)
    first = max(0, min(start - _WINDOW // 3, len(line) - _WINDOW))
    last = min(len(line), first + _WINDOW)
    cells = _cells(line[first:last])
    indent = sum(w for _, w in cells[: start - first])
    span = max(1, sum(w for _, w in cells[start - first : end - first]))
    left = "…" if first > 0 else ""
    right = "…" if last < len(line) else ""
    pad = " " * len(str(d.line))
    bar = _paint("|", _DIM, color)
    caret = _paint("^" + "~" * (span - 1), _SEVERITY_COLOR[d.severity], color)
    return [
        f"{pad} {bar}",
        f"{d.line} {bar} {left}{''.join(c for c, _ in cells)}{right}".rstrip(),
        f"{pad} {bar} {' ' * (len(left) + indent)}{caret}",
    ]


def render(diagnostics: Sequence[Diagnostic], report: Report) -> str:
    """One line per diagnostic, in the order given (plus the source line with ``show_source``)."""
    out: list[str] = []
    split: dict[str, list[str]] = {}  # only the file at hand: the diagnostics come sorted by path
    for d in diagnostics:
        out.append(render_line(d, report.color))
        text = report.sources.get(d.path) if report.show_source else None
        if text is None:
            continue
        if d.path not in split:
            split = {d.path: source_lines(text, d.path)}
        out.extend(snippet(split[d.path], d, report.color))
    return "".join(line + "\n" for line in out)

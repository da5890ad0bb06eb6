"""JSON reading with JSON semantics, positions and TJ0xx problems.

A small iterative parser: every document Python's ``json`` module accepts
gives the same values here, except that ``NaN``/``Infinity`` (not JSON) and
numbers too long to read are problems; nesting never touches the stack.

Most files are clean, so a file is first read by ``json.loads`` (C): when that
succeeds with no repeated key, no ``NaN`` and within the limits, its values are
used and the full parser runs only if a position is asked for. Anything else
goes straight to the full parser, which explains the problem where it is.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable
from typing import Any, cast

from tjlint.model import escape
from tjlint.read.source import (
    POINTER_CHARS_PER_NODE,
    Document,
    PointerBudget,
    Pos,
    Problem,
    ReadAbort,
    SourceFile,
    new_span,
)
from tjlint.settings import Limits

_TOKEN = re.compile(
    r"[ \t\n\r]*(?:"
    r"([{}\[\],:])"  # 1: punctuation
    r'|(")'  # 2: a string starts
    r"|(-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?)"  # 3: number, 4: fraction, 5: exponent
    r"|(true|false|null)"  # 6: literal
    r"|(NaN|-?Infinity)"  # 7: not JSON, but what people try
    r"|(.)"  # 8: anything else
    r"|$)",  # end of text
    re.S,
)
# The json module's own string scanner (C accelerated), so strings decode exactly as json.loads decodes them.
_scanstring = cast(Callable[[str, int, bool], tuple[str, int]], json.decoder.scanstring)  # type: ignore[attr-defined]
_LITERALS: dict[str, Any] = {"true": True, "false": False, "null": None}
_EXPECT = {
    "value": "a value",
    "key": "a field name in double quotes",
    "key_or_end": "a field name in double quotes or '}'",
    "colon": "':' after the field name",
    "comma_obj": "',' or '}' after the field",
    "value_or_end": "a value or ']'",
    "comma_arr": "',' or ']' after the item",
    "end": "the end of the file",
}


class _Frame:
    __slots__ = ("container", "key", "key_pos", "pointer", "start")

    def __init__(self, container: Any, pointer: str, start: int) -> None:
        self.container = container
        self.pointer = pointer
        self.start = start
        self.key: str = ""
        self.key_pos: Pos | None = None


class _Parser:
    def __init__(self, source: SourceFile, limits: Limits) -> None:
        self.source = source
        self.text = source.text
        self.limits = limits
        self.doc = Document(0, None)
        self.stack: list[_Frame] = []
        self.nodes = 0
        self.paths = PointerBudget(limits)
        self.state = "value"

    def pos(self, start: int, end: int) -> Pos:
        line, col = self.source.position(start)
        end_line, end_col = self.source.position(end)
        return (line, col, end_line, end_col)

    def fail(self, code: str, message: str, offset: int) -> ReadAbort:
        line, col = self.source.position(offset)
        return ReadAbort(Problem(code, message, new_span(line, col, line, col + 1), 0))

    def run(self) -> None:
        text, index = self.text, 0
        while True:
            m = _TOKEN.match(text, index)
            if m is None:  # pragma: no cover - the last alternative always matches
                raise self.fail("TJ002", "unreadable JSON", index)
            start, index = m.start(m.lastindex or 0) if m.lastindex else m.end(), m.end()
            if m.lastindex is None:
                if self.state == "end":
                    return
                raise self.fail("TJ002", f"JSON ends early: expected {_EXPECT[self.state]}", start)
            index = self.token(m, start, index)

    def token(self, m: re.Match[str], start: int, end: int) -> int:
        group, state = m.lastindex, self.state
        if group == 1:
            return self.punct(m.group(1), start, end)
        if state == "key" or state == "key_or_end":
            if group != 2:
                raise self.unexpected(m, start)
            key, end = self.string(end)
            top = self.stack[-1]
            top.key, top.key_pos = key, self.pos(start, end)
            self.state = "colon"
            return end
        if state not in ("value", "value_or_end"):
            raise self.unexpected(m, start)
        value: Any
        if group == 2:
            value, end = self.string(end)
        elif group == 3:
            value = self.number(m, start)
        elif group == 6:
            value = _LITERALS[m.group(6)]
        elif group == 7:
            raise self.fail("TJ002", f"{m.group(7)} is not JSON; write a number or a string", start)
        else:
            raise self.unexpected(m, start)
        self.value(value, self.pos(start, end))
        return end

    def unexpected(self, m: re.Match[str], start: int) -> ReadAbort:
        found = m.group(m.lastindex or 0)
        shown = "'" + found + "'" if len(found) < 20 else "'" + found[:17] + "...'"
        return self.fail("TJ002", f"expected {_EXPECT[self.state]}, found {shown}", start)

    def string(self, end: int) -> tuple[str, int]:
        try:
            return _scanstring(self.text, end, True)
        except json.JSONDecodeError as exc:
            raise self.fail("TJ002", f"bad JSON string: {exc.msg}", exc.pos) from None

    def number(self, m: re.Match[str], start: int) -> int | float:
        text = m.group(3)
        if m.group(4) or m.group(5):
            return float(text)
        try:
            return int(text)
        except ValueError:
            raise self.fail("TJ005", f"a number with {len(text):,} digits is too long to read", start) from None

    def punct(self, char: str, start: int, end: int) -> int:
        state = self.state
        if char in "{[" and state in ("value", "value_or_end"):
            self.open({} if char == "{" else [], start)
        elif (char == "}" and state in ("key_or_end", "comma_obj")) or (
            char == "]" and state in ("value_or_end", "comma_arr")
        ):
            self.close(end)
        elif char == ":" and state == "colon":
            self.state = "value"
        elif char == "," and state == "comma_obj":
            self.state = "key"
        elif char == "," and state == "comma_arr":
            self.state = "value"
        else:
            raise self.fail("TJ002", f"expected {_EXPECT[state]}, found '{char}'", start)
        return end

    def child_pointer(self) -> str:
        if not self.stack:
            return ""
        top = self.stack[-1]
        if isinstance(top.container, list):
            return self.paths.join(top.pointer, str(len(top.container)), 0)
        return self.paths.join(top.pointer, escape(top.key), 0)

    def open(self, container: Any, start: int) -> None:
        if len(self.stack) >= self.limits.max_depth:
            raise self.fail(
                "TJ005", f"values are nested more than {self.limits.max_depth} levels deep (max-depth)", start
            )
        self.count(start)
        self.stack.append(_Frame(container, self.child_pointer(), start))
        self.state = "key_or_end" if isinstance(container, dict) else "value_or_end"

    def close(self, end: int) -> None:
        frame = self.stack.pop()
        self.value(frame.container, self.pos(frame.start, end))

    def count(self, offset: int) -> None:
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise self.fail("TJ005", f"the document holds more than {self.limits.max_nodes:,} values (max-nodes)",
                            offset)

    def value(self, value: Any, pos: Pos) -> None:
        if not isinstance(value, (dict, list)):  # containers were counted when they opened
            self.count(0)
        pointer = self.child_pointer()
        doc = self.doc
        doc.values[pointer] = pos
        if not self.stack:
            doc.data = value
            self.state = "end"
            return
        top = self.stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            self.state = "comma_arr"
            return
        if top.key in top.container:
            first = doc.keys.get(pointer)
            where = f" (first at line {first[0]})" if first else ""
            problem = Problem("TJ003", f"duplicate key '{top.key}'{where}; remove one of them",
                              new_span(*top.key_pos) if top.key_pos else new_span(1, 1, 1, 1), 0, pointer)
            self.source.problems.append(problem)
        top.container[top.key] = value
        if top.key_pos is not None:
            doc.keys[pointer] = top.key_pos
        self.state = "comma_obj"


def read_json(source: SourceFile, limits: Limits) -> None:
    """Fill ``source.documents`` and ``source.problems`` from JSON text."""
    if not source.text.strip(" \t\r\n"):
        source.problems.append(Problem("TJ004", "the file is empty; a JSON object was expected", new_span(1, 1, 1, 1)))
        return
    data = _quick_load(source.text, limits)
    if isinstance(data, dict):
        # Most files are clean: json's C parser gives the values, and positions are recorded only
        # when a diagnostic or a fix needs one (by the parser below, which gives the same values).
        from tjlint.read.jsonpositions import Positions  # loaded when a clean file is read

        doc = Document(0, data)
        source.documents.append(doc)
        # Positions for the pointers asked about only; all of them when asked for all.
        source._record_pointer = Positions(source, doc)
        source._record_positions = lambda _document: _record_positions(source, doc, limits)
        return
    parser = _Parser(source, limits)
    try:
        parser.run()
    except ReadAbort as stop:
        source.problems.append(stop.problem)
        return
    doc = parser.doc
    source.documents.append(doc)
    if not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else "a single value"
        pos = doc.values.get("", (1, 1, 1, 1))
        source.problems.append(Problem("TJ004", f"the top level is {kind}, not an object of fields", new_span(*pos)))


def _record_positions(source: SourceFile, doc: Document, limits: Limits) -> None:
    parser = _Parser(source, limits)
    try:
        parser.run()
    except ReadAbort:  # cannot happen for a text _quick_load accepted; positions then stay unknown
        return
    doc.values, doc.keys = parser.doc.values, parser.doc.keys


class _Duplicate(Exception):
    """A JSON object repeats a key: the full parser reports where."""


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(items)
    if len(mapping) != len(items):
        raise _Duplicate
    return mapping


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _quick_load(text: str, limits: Limits) -> Any:
    """The document as ``json.loads`` reads it, or None when the full parser must explain a problem
    (a syntax error, NaN, a repeated key, a number too long, or a limit exceeded)."""
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_not_json)
    except (ValueError, RecursionError, _Duplicate):
        return None
    return data if isinstance(data, dict) and _within_limits(data, limits) else None


def _within_limits(data: Any, limits: Limits) -> bool:
    """Depth, value count and path length within the limits the full parser enforces.

    Walks the containers level by level; index lengths are over-estimated, so a "no" only sends the
    text to the full parser, which has the final word.
    """
    nodes, budget = 1, POINTER_CHARS_PER_NODE * limits.max_nodes
    level: list[tuple[Any, int]] = [(data, 0)]  # a container and the length of its pointer
    for _depth in range(limits.max_depth):
        below: list[tuple[Any, int]] = []
        for container, length in level:
            size = len(container)
            nodes += size
            if type(container) is dict:
                budget -= size * (length + 1) + sum(map(len, container))
                below.extend((v, length + 1 + len(k)) for k, v in container.items()
                             if type(v) is dict or type(v) is list)
            else:
                digits = len(str(size))
                budget -= size * (length + 1 + digits)
                below.extend((v, length + 1 + digits) for v in container if type(v) is dict or type(v) is list)
        if nodes > limits.max_nodes or budget < 0:
            return False
        if not below:
            return True
        level = below
    return False

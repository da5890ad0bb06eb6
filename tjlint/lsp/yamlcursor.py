"""The cursor's context in a YAML body, from indentation (the document need not parse).

Each line is read for what starts it: sequence entries (``- ``) and a key
(``name:``), at their columns. A stack of those, popped by indentation as in
YAML's block style, gives the path of every line; block scalars (``|``,
``>``) and flow collections that span lines are skipped. Only the document
(between ``---`` lines) that holds the cursor is read. A one-line flow
mapping at the cursor (``flavor: {co``) is read by the JSON cursor's scanner.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tjlint.lsp.cursor import Cursor
from tjlint.lsp.encoding import LineIndex
from tjlint.lsp.jsoncursor import json_cursor

_KEY = re.compile(
    r"""(?P<key>"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'"""
    r"""|(?:[^\s\-?:,\[\]{}#&*!|>'"%@`]|[-?:](?=[^\s,\[\]{}]))[^#\r\n]*?)[ \t]*:(?=[ \t]|$)"""
)
_PROPERTIES = re.compile(r"(?:[&!][^\s]*[ \t]*)*")  # anchors and tags before a value
_WORD = re.compile(r"[^\s:#,\[\]{}'\"]*")  # the rest of the word under the cursor
_SEPARATOR = re.compile(r"(?:---|\.\.\.)(?:[ \t]|$)")


@dataclass
class _Item:
    """A sequence entry (``key`` None) or a key, at a column of a line."""

    col: int
    key: str | None
    index: int = 0


@dataclass
class _Line:
    """What starts one line, and how its value goes on."""

    start: int
    text: str
    items: list[_Item]
    rest: int  # column where the text after the items starts
    block: bool = False  # the last item's value is a block scalar
    flow: int = 0  # brackets its flow value leaves open


@dataclass
class _Walk:
    """The stack of open items, and the keys seen in each mapping (by path)."""

    stack: list[_Item] = field(default_factory=list)
    keys: dict[tuple[str, ...], dict[str, None]] = field(default_factory=dict)

    def path(self) -> tuple[str, ...]:
        return tuple(str(i.index) if i.key is None else i.key for i in self.stack)

    def entry(self, col: int) -> None:
        while self.stack and self.stack[-1].col > col:
            self.stack.pop()
        index = 0
        top = self.stack[-1] if self.stack else None
        if top is not None and top.col == col and top.key is None:  # the next entry of the same sequence
            index = top.index + 1
            self.stack.pop()
        self.stack.append(_Item(col, None, index=index))

    def key(self, col: int, name: str, record: bool = True) -> None:
        while self.stack and self.stack[-1].col >= col:
            self.stack.pop()
        if record:
            self.keys.setdefault(self.path(), {})[name] = None
        self.stack.append(_Item(col, name))

    def apply(self, items: list[_Item], record: bool = True) -> None:
        for item in items:
            if item.key is None:
                self.entry(item.col)
            else:
                self.key(item.col, item.key, record)


def _unquote(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return raw.strip()


def _comment_free(text: str) -> str:
    """``text`` without a trailing comment (a ``#`` at its start or after a blank, outside quotes)."""
    quote = ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"" and (index == 0 or text[index - 1] in " \t[{,:"):
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return text[:index]
    return text


def _open_brackets(text: str, depth: int = 0) -> int:
    """How many brackets are open after ``text``, ``depth`` being open before it."""
    for char in re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'', "", text):
        depth += 1 if char in "[{" else -1 if char in "]}" else 0
    return max(depth, 0)


def _parse(start: int, text: str) -> _Line | None:
    """The items that start a line (None for a blank or comment-only line)."""
    stripped = text.lstrip(" ")
    if not stripped.strip() or stripped.startswith("#"):
        return None
    pos = len(text) - len(stripped)
    items: list[_Item] = []
    while text.startswith("-", pos) and (pos + 1 == len(text) or text[pos + 1] in " \t"):
        items.append(_Item(pos, None))
        pos = len(text) - len(text[pos + 1 :].lstrip(" \t"))
    match = _KEY.match(text, pos)
    if match:
        items.append(_Item(pos, _unquote(match.group("key"))))
        pos = len(text) - len(text[match.end() :].lstrip(" \t"))
    line = _Line(start, text, items, pos)
    value = _comment_free(text[pos:])
    value = value[_PROPERTIES.match(value).end() :].strip()  # type: ignore[union-attr]
    line.block = value[:1] in ("|", ">")
    line.flow = _open_brackets(value) if value[:1] in ("[", "{") else 0
    return line


def _document(text: str, offset: int) -> list[tuple[int, str]]:
    """Each line (start offset, text without its break) of the document that holds ``offset``."""
    index = LineIndex(text)
    lines: list[tuple[int, str]] = []
    for number, start in enumerate(index.starts):
        line = index.line_text(number)
        if _SEPARATOR.match(line):
            if start > offset:
                break
            lines = []
            continue
        lines.append((start, line))
    return lines


def _structure(lines: list[tuple[int, str]]) -> Iterator[_Line]:
    """The structural lines, skipping block-scalar content and flow collections spanning lines.

    Either continues on the lines indented more than the item that opened it
    (a flow collection also ends where its brackets close).
    """
    owner = -1  # the column of the item whose value continues below, if any
    flow = 0
    for start, text in lines:
        indent = len(text) - len(text.lstrip(" "))
        if owner >= 0 and (not text.strip() or indent > owner):
            if flow:
                flow = _open_brackets(_comment_free(text), flow)
                owner = owner if flow else -1
            continue
        owner, flow = -1, 0
        parsed = _parse(start, text)
        if parsed is None:
            continue
        yield parsed
        if parsed.block or parsed.flow:
            owner = parsed.items[-1].col if parsed.items else indent
            flow = parsed.flow


def _walk_to(lines: list[tuple[int, str]], line_start: int) -> tuple[_Walk, _Line | None, list[_Line]]:
    """The walk over the structural lines before the line at ``line_start``, the last of those
    lines, and the structural lines after it (the line itself excluded)."""
    walk = _Walk()
    last: _Line | None = None
    structure = list(_structure(lines))
    for index, line in enumerate(structure):
        if line.start >= line_start:
            return walk, last, structure[index + (line.start == line_start) :]
        walk.apply(line.items)
        last = line
    return walk, last, []


def _line_at(lines: list[tuple[int, str]], offset: int) -> tuple[int, str]:
    for start, text in lines:
        if start <= offset <= start + len(text):
            return start, text
    return offset, ""


def _inside_value(last: _Line | None, current: _Line) -> bool:
    """Whether the cursor's line continues a block scalar or a flow collection of the line above."""
    if last is None or not (last.block or last.flow):
        return False
    column = current.items[0].col if current.items else current.rest
    return column > (last.items[-1].col if last.items else 0)


def yaml_cursor(text: str, offset: int) -> Cursor | None:
    """The context of ``offset`` in a YAML body (None in a comment, a block scalar, ...)."""
    lines = _document(text, offset)
    start, line_text = _line_at(lines, offset)
    before = line_text[: offset - start]
    if _comment_free(before) != before:
        return None
    walk, last, after = _walk_to(lines, start)
    current = _parse(start, before) or _Line(start, before, [], len(before))
    if _inside_value(last, current):
        return None
    typed = before[current.rest :]
    end = offset + len(_WORD.match(line_text, offset - start).group())  # type: ignore[union-attr]
    if typed[:1] in ("{", "["):
        return _flow(text, start + current.rest, offset, walk, current)
    walk.apply(current.items, record=False)
    if current.items and current.items[-1].key is not None:
        quote, prefix = _quoted(typed)
        key = walk.stack[-1].key
        return Cursor(walk.path()[:-1], key, prefix, start + current.rest, end, frozenset(), quote)
    walk.key(current.rest, "", record=False)
    path = walk.path()[:-1]
    for line in after:
        walk.apply(line.items)
    quote, prefix = _quoted(typed)
    return Cursor(path, None, prefix, start + current.rest, end, frozenset(walk.keys.get(path, {})), quote)


def _quoted(typed: str) -> tuple[str, str]:
    """The quote a typed value or key opens with, and the text after it."""
    return (typed[0], typed[1:]) if typed[:1] in ("'", '"') else ("", typed)


def _flow(text: str, flow_start: int, offset: int, walk: _Walk, current: _Line) -> Cursor | None:
    """A one-line flow collection at the cursor: the JSON scanner, under the block path."""
    walk.apply(current.items, record=False)
    line_end = re.compile(r"[\r\n]|$").search(text, offset)
    inner = json_cursor(text[flow_start : line_end.start() if line_end else len(text)], offset - flow_start)
    if inner is None:
        return None
    return Cursor(walk.path() + inner.path, inner.key, inner.prefix, flow_start + inner.start,
                  flow_start + inner.end, inner.present, inner.quote)


def yaml_key_at(text: str, offset: int) -> tuple[str, ...] | None:
    """The path of the key written at ``offset``, or of the key whose value holds ``offset``."""
    lines = _document(text, offset)
    start, line_text = _line_at(lines, offset)
    walk, _, _ = _walk_to(lines, start)
    line = _parse(start, line_text)
    keys = [i for i in line.items if i.key is not None] if line else []
    if line is None or not keys or offset - start < keys[0].col:
        return None
    walk.apply(line.items, record=False)
    return walk.path()


def yaml_top_keys(text: str, offset: int = 0) -> list[str]:
    """The keys of the top-level mapping of the document that holds ``offset``."""
    walk = _Walk()
    for line in _structure(_document(text, offset)):
        walk.apply(line.items)
    return list(walk.keys.get((), {}))

"""The cursor's context in JSON (or a YAML flow collection), from a tolerant scan of its tokens.

The scanner keeps a stack of open objects and arrays, with the current key
or item index of each, and never fails: a missing colon, comma or closing
bracket leaves the stack as a reader would guess it. Strings end at a line
break, so an unclosed quote spoils one line only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tjlint.lsp.cursor import Cursor

_TOKEN = re.compile(
    r""""(?:[^"\\\r\n]|\\.)*"?|'(?:[^'\r\n]|'')*'?|[{}\[\]:,]|[^\s{}\[\]:,"']+"""
)


@dataclass
class _Frame:
    """An open object (``{``) or array (``[``)."""

    kind: str
    token: str | None  # its key or index in the container around it
    state: str = "key"  # object: key, colon, value, comma; array: value, comma
    key: str | None = None
    index: int = 0
    keys: dict[str, None] = field(default_factory=dict)


def _text(token: str) -> str:
    """A token's text: a string without its quotes and escapes (roughly), a word as it is."""
    if token[:1] in ('"', "'"):
        inner = token[1:-1] if len(token) > 1 and token[-1] == token[0] else token[1:]
        return inner.replace('\\"', '"').replace("\\\\", "\\") if token[0] == '"' else inner.replace("''", "'")
    return token


class _Scanner:
    """The stack machine; ``feed`` takes one token."""

    def __init__(self) -> None:
        self.frames: list[_Frame] = []

    def path(self) -> tuple[str, ...]:
        return tuple(f.token for f in self.frames[1:] if f.token is not None)

    def _child_token(self) -> str | None:
        if not self.frames:
            return None
        top = self.frames[-1]
        return top.key if top.kind == "{" else str(top.index)

    def feed(self, token: str) -> None:
        top = self.frames[-1] if self.frames else None
        if token in ("{", "["):
            self.frames.append(_Frame(token, self._child_token(), "key" if token == "{" else "value"))
            if top is not None:
                top.state = "comma"
        elif token in ("}", "]"):
            if self.frames:
                self.frames.pop()
        elif top is None:
            return
        elif token == ":":
            top.state = "value"
        elif token == ",":
            top.key = None
            top.state = "key" if top.kind == "{" else "value"
            if top.kind == "[":
                top.index += 1
        elif top.kind == "{" and top.state == "key":
            top.key = _text(token)
            top.keys[top.key] = None
            top.state = "colon"
        else:
            top.state = "comma"


def _tokens(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    return _TOKEN.finditer(text, start)


def json_cursor(text: str, offset: int) -> Cursor | None:
    """The context of ``offset`` in JSON text (or in a flow collection starting the text)."""
    scanner = _Scanner()
    at: re.Match[str] | None = None
    for match in _tokens(text):
        if match.start() >= offset:
            break
        if match.end() >= offset and match.group()[0] not in "{}[]:,":
            at = match  # the token being typed
            break
        scanner.feed(match.group())
    if not scanner.frames:
        return None
    top = scanner.frames[-1]
    typed = text[at.start() : offset] if at else ""
    quote = typed[:1] if typed[:1] in ('"', "'") else ""
    prefix = _text(typed)
    start = at.start() if at else offset
    end = at.end() if at else offset
    if top.kind == "[":
        return Cursor(scanner.path(), str(top.index), prefix, start, end, frozenset(), quote)
    if top.state == "value":
        return Cursor(scanner.path(), top.key, prefix, start, end, frozenset(), quote)
    if top.state != "key":
        return None
    return Cursor(scanner.path(), None, prefix, start, end, _rest_keys(text, end, scanner), quote)


def _rest_keys(text: str, offset: int, scanner: _Scanner) -> frozenset[str]:
    """The keys of the innermost open object: those before ``offset`` and those after it."""
    depth = len(scanner.frames)
    top = scanner.frames[-1]
    for match in _tokens(text, offset):
        scanner.feed(match.group())
        if len(scanner.frames) < depth:
            break
    return frozenset(top.keys)


def json_key_at(text: str, offset: int) -> tuple[str, ...] | None:
    """The path of the key written at ``offset``, or of the key whose value holds ``offset``."""
    scanner = _Scanner()
    for match in _tokens(text):
        if match.start() > offset:
            return None
        top = scanner.frames[-1] if scanner.frames else None
        if match.end() >= offset and match.group()[0] not in "{}[]:," and top is not None:
            if top.kind == "[":
                return None
            key = _text(match.group()) if top.state == "key" else top.key
            return None if key is None else (*scanner.path(), key)
        scanner.feed(match.group())
    return None


def json_top_keys(text: str) -> list[str]:
    """The keys of the top-level object, in order."""
    scanner = _Scanner()
    root: _Frame | None = None
    for match in _tokens(text):
        scanner.feed(match.group())
        if root is None and scanner.frames:
            root = scanner.frames[0]
        if root is not None and not scanner.frames:
            break
    return list(root.keys) if root else []

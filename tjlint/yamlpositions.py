"""Positions of a clean YAML document, recorded in one quick pass over its events.

A file the values-first pass read (:mod:`tjlint.yamlvalues`) has nothing to
report, so a document of it that gets a diagnostic needs only where each key
and value was written. For a document without anchors, aliases and merge keys
(most of them), :func:`record` gives exactly the tables the full reader
(:mod:`tjlint.yamlbuilder`) records, and takes the keys from the values
already read instead of reading each scalar again. Any of those three
sends the document to the full reader, which follows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from yaml.events import (
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from tjlint.source import Pos, SourceFile

#: Line breaks of YAML 1.1 that do not end a line for tjlint (nor for editors).
OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")
# The slots of an open mapping or sequence: its pointer, its value, an iterator over its keys
# (None for a sequence), the next index, the key read and where, where it starts, its last value
# so far (a block collection ends with it) and whether it is written in flow style.
_PTR, _VALUE, _KEYS, _INDEX, _KEY, _KEY_POS, _START, _LAST, _FLOW = range(9)


def _escape(token: str) -> str:
    if "~" in token or "/" in token:
        return token.replace("~", "~0").replace("/", "~1")
    return token


def record(next_event: Callable[[], Any], start: Any, data: Any, source: SourceFile,
           marks_count_lines: bool) -> tuple[dict[str, Pos], dict[str, Pos]] | None:
    """The value and key positions of the document ``start`` begins and ``data`` holds, read from
    its events; None at an anchor, an alias or a merge key (the full reader records those)."""
    position = source.position

    def pos(event: Any) -> Pos:
        s, e = event.start_mark, event.end_mark
        if marks_count_lines:  # the parsers count U+0085, U+2028 and U+2029 as line breaks
            return (s.line + 1, s.column + 1, e.line + 1, e.column + 1)
        return (*position(s.index), *position(e.index))

    values: dict[str, Pos] = {"#start": pos(start)}
    keys: dict[str, Pos] = {}
    stack: list[list[Any]] = []
    while True:
        event = next_event()
        kind = type(event)
        if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None:
                return None
            here = pos(event)
            top = stack[-1] if stack else None
            if top is not None and top[_KEYS] is not None and top[_KEY] is None:  # a key
                if kind is not ScalarEvent or event.tag is not None or event.value == "<<":
                    return None
                top[_KEY], top[_KEY_POS], top[_LAST] = next(top[_KEYS], None), here, here
                if top[_KEY] is None:
                    return None
                continue
            pointer, value = _child(top, data)
            if kind is ScalarEvent:
                _place(top, pointer, here, values, keys)
                continue
            is_map = kind is MappingStartEvent
            if not isinstance(value, dict if is_map else list):
                return None
            stack.append([pointer, value, iter(value) if is_map else None, 0, None, None, here, here,
                          bool(event.flow_style)])
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            frame = stack.pop()
            end = pos(event)[2:] if frame[_FLOW] else frame[_LAST][2:]
            _place(stack[-1] if stack else None, frame[_PTR], (*frame[_START][:2], *end), values, keys)
        elif kind is DocumentEndEvent:
            return values, keys
        else:  # an alias
            return None


def _child(top: list[Any] | None, data: Any) -> tuple[str, Any]:
    """The pointer and the value of the node that starts now in ``top`` (the document at the top)."""
    if top is None:
        return "", data
    if top[_KEYS] is not None:
        return f"{top[_PTR]}/{_escape(top[_KEY])}", top[_VALUE][top[_KEY]]
    return f"{top[_PTR]}/{top[_INDEX]}", top[_VALUE][top[_INDEX]]


def _place(top: list[Any] | None, pointer: str, here: Pos, values: dict[str, Pos], keys: dict[str, Pos]) -> None:
    """Record a value that ended at ``here`` in ``top`` (its key too, in a mapping)."""
    values[pointer] = here
    if top is None:
        return
    top[_LAST] = here
    if top[_KEYS] is not None:
        keys[pointer] = top[_KEY_POS]
        top[_KEY] = None
    else:
        top[_INDEX] += 1

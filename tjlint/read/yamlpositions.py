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

from tjlint.model import escape
from tjlint.read.source import Pos, SourceFile

#: Line breaks of YAML 1.1 that do not end a line for tjlint (nor for editors).
OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")
# The slots of an open mapping or sequence: its pointer, its value, an iterator over its keys
# (None for a sequence), the next index, the key read and where, where it starts, its last value
# so far (a block collection ends with it) and whether it is written in flow style.
_PTR, _VALUE, _KEYS, _INDEX, _KEY, _KEY_POS, _START, _LAST, _FLOW = range(9)


def record(get_event: Callable[[], Any], start: Any, data: Any, source: SourceFile, marks_count_lines: bool,
           seen: list[Any]) -> tuple[dict[str, Pos], dict[str, Pos]] | None:
    """The value and key positions of the document ``start`` begins and ``data`` holds, read from
    its events (each one is added to ``seen``); None at an anchor, an alias or a merge key (the
    full reader records those from ``seen`` on)."""
    position, keep = source.position, seen.append
    values: dict[str, Pos] = {"#start": _pos(start, marks_count_lines, position)}
    keys: dict[str, Pos] = {}
    stack: list[list[Any]] = []
    top: list[Any] | None = None  # the innermost open collection
    while True:
        event = get_event()
        keep(event)
        kind = type(event)
        if kind is ScalarEvent:  # most events: inlined
            if event.anchor is not None:
                return None
            s, e = event.start_mark, event.end_mark
            here = (s.line + 1, s.column + 1, e.line + 1, e.column + 1) if marks_count_lines \
                else (*position(s.index), *position(e.index))
            if top is None:
                values[""] = here
            elif top[_KEYS] is None:
                values[f"{top[_PTR]}/{top[_INDEX]}"] = top[_LAST] = here
                top[_INDEX] += 1
            elif top[_KEY] is None:  # a key
                if event.tag is not None or event.value == "<<":
                    return None
                top[_KEY], top[_KEY_POS] = next(top[_KEYS], None), here
                if top[_KEY] is None:
                    return None
            else:
                key = top[_KEY]
                pointer = f"{top[_PTR]}/{escape(key) if '~' in key or '/' in key else key}"
                values[pointer] = top[_LAST] = here
                keys[pointer], top[_KEY] = top[_KEY_POS], None
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            opened = _open(event, top, data, marks_count_lines, position)
            if opened is None:
                return None
            if top is not None:
                stack.append(top)
            top = opened
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            assert top is not None
            end = _pos(event, marks_count_lines, position)[2:] if top[_FLOW] else top[_LAST][2:]
            here, pointer = (*top[_START][:2], *end), top[_PTR]
            top = stack.pop() if stack else None
            values[pointer] = here
            if top is not None:
                top[_LAST] = here
                if top[_KEYS] is None:
                    top[_INDEX] += 1
                else:
                    keys[pointer], top[_KEY] = top[_KEY_POS], None
        elif kind is DocumentEndEvent:
            return values, keys
        else:  # an alias
            return None


def _pos(event: Any, marks_count_lines: bool, position: Callable[[int], tuple[int, int]]) -> Pos:
    s, e = event.start_mark, event.end_mark
    if marks_count_lines:  # the parsers count U+0085, U+2028 and U+2029 as line breaks; tjlint does not
        return (s.line + 1, s.column + 1, e.line + 1, e.column + 1)
    return (*position(s.index), *position(e.index))


def _open(event: Any, top: list[Any] | None, data: Any, marks_count_lines: bool,
          position: Callable[[int], tuple[int, int]]) -> list[Any] | None:
    """The frame of a mapping or sequence that starts now in ``top``; None where the quick pass
    cannot follow (an anchor, a collection as a key, a value other than the one read before)."""
    if event.anchor is not None:
        return None
    if top is None:
        pointer, value = "", data
    elif top[_KEYS] is None:
        pointer, value = f"{top[_PTR]}/{top[_INDEX]}", top[_VALUE][top[_INDEX]]
    elif top[_KEY] is None:
        return None
    else:
        pointer, value = f"{top[_PTR]}/{escape(top[_KEY])}", top[_VALUE][top[_KEY]]
    is_map = type(event) is MappingStartEvent
    if not isinstance(value, dict if is_map else list):
        return None
    here = _pos(event, marks_count_lines, position)
    return [pointer, value, iter(value) if is_map else None, 0, None, None, here, here, bool(event.flow_style)]

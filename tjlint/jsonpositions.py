"""Positions in a clean JSON text, found for the pointers asked about, not for every value.

A JSON file that ``json.loads`` read without a problem needs positions only
for the few pointers a diagnostic names. To find one, each container on the
way from the top is indexed once: where each of its keys and values was
written. Values are stepped over by the ``json`` module's own scanner (C);
only the keys and commas of the containers on the way are read here, and
lines and columns are worked out only for the pointer and its ancestors. The
positions recorded are exactly those the full parser
(:mod:`tjlint.jsonreader`) records for the same pointers.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable
from typing import Any, cast

from tjlint.source import Document, Pos, SourceFile

_SPACE = re.compile(r"[ \t\n\r]*")
# The json module's scanners (C accelerated): a string from after its quote, a value from its start.
_scanstring = cast(Callable[[str, int, bool], tuple[str, int]], json.decoder.scanstring)  # type: ignore[attr-defined]
_scan_value = cast(Callable[[str, int], tuple[Any, int]], json.decoder.JSONDecoder().scan_once)  # type: ignore[attr-defined]


def _escape(token: str) -> str:
    if "~" in token or "/" in token:
        return token.replace("~", "~0").replace("/", "~1")
    return token


class Positions:
    """Records, on demand, the positions of one document of a text ``json.loads`` accepted."""

    def __init__(self, source: SourceFile, doc: Document) -> None:
        self.source, self.doc, self.text = source, doc, source.text
        #: The offsets of each member of the containers indexed so far: (key start, key end, value
        #: start, value end), by pointer; a key's are -1 for an array item and the document itself.
        self.members: dict[str, tuple[int, int, int, int]] = {}
        self.indexed: set[str] = set()

    def pos(self, start: int, end: int) -> Pos:
        line, col = self.source.position(start)
        end_line, end_col = self.source.position(end)
        return (line, col, end_line, end_col)

    def __call__(self, document: int, pointer: str) -> None:
        """Record the positions of ``pointer`` and of its ancestors (those that exist)."""
        values = self.doc.values
        if document != self.doc.index or pointer in values:
            return
        if not self.members:  # the first question: where the document itself is
            start = _SPACE.match(self.text).end()  # type: ignore[union-attr]
            self.members[""] = (-1, -1, start, _scan_value(self.text, start)[1])
        cut = 0
        while cut >= 0:
            prefix = pointer[:cut]
            offsets = self.members.get(prefix)
            if offsets is None:
                return
            key_start, key_end, start, end = offsets
            if prefix not in values:
                values[prefix] = self.pos(start, end)
                if key_start >= 0:
                    self.doc.keys[prefix] = self.pos(key_start, key_end)
            if self.text[start] in "{[" and prefix not in self.indexed:
                self.indexed.add(prefix)
                self.index(prefix, start)
            cut = pointer.find("/", cut + 1)
        offsets = self.members.get(pointer)
        if offsets is not None:
            values[pointer] = self.pos(offsets[2], offsets[3])
            if offsets[0] >= 0:
                self.doc.keys[pointer] = self.pos(offsets[0], offsets[1])

    def index(self, pointer: str, start: int) -> None:
        """Find the offsets of every member of the container at ``start``."""
        text, members, space = self.text, self.members, _SPACE
        index, i = 0, space.match(text, start + 1).end()  # type: ignore[union-attr]
        is_object = text[start] == "{"
        key_start = key_end = -1
        while text[i] not in "}]":
            if is_object:
                key, key_end = _scanstring(text, i + 1, True)
                child, key_start = f"{pointer}/{_escape(key)}", i
                i = space.match(text, space.match(text, key_end).end() + 1).end()  # type: ignore[union-attr]
            else:
                child, index = f"{pointer}/{index}", index + 1
            end = _scan_value(text, i)[1]
            members[child] = (key_start, key_end, i, end)
            i = space.match(text, end).end()  # type: ignore[union-attr]
            if text[i] == ",":
                i = space.match(text, i + 1).end()  # type: ignore[union-attr]

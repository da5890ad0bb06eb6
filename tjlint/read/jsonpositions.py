"""Positions in a clean JSON text, found for the pointers asked about, not for every value.

A JSON file that ``json.loads`` read without a problem needs positions only
for the few pointers a diagnostic names. To find one, each container on the
way from the top is read, once, as far as needed: where each of its keys and
values was written. Values are stepped over by the ``json`` module's own scanner (C);
only the keys and commas of the containers on the way are read here, as far
as the member asked for, and lines and columns are worked out only for the
pointer and its ancestors. The
positions recorded are exactly those the full parser
(:mod:`tjlint.read.jsonreader`) records for the same pointers.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable
from typing import Any, cast

from tjlint.model import escape
from tjlint.read.source import Document, Pos, SourceFile

_SPACE = re.compile(r"[ \t\n\r]*")
_COLON = re.compile(r"[ \t\n\r]*:[ \t\n\r]*")  # between a key and its value
_NEXT = re.compile(r"[ \t\n\r]*(?:,[ \t\n\r]*)?")  # after a value: to the next member or the end
# The json module's scanners (C accelerated): a string from after its quote, a value from its start.
_scanstring = cast(Callable[[str, int, bool], tuple[str, int]], json.decoder.scanstring)  # type: ignore[attr-defined]
_scan_value = cast(Callable[[str, int], tuple[Any, int]], json.decoder.JSONDecoder().scan_once)  # type: ignore[attr-defined]


class Positions:
    """Records, on demand, the positions of one document of a text ``json.loads`` accepted."""

    def __init__(self, source: SourceFile, doc: Document) -> None:
        self.source, self.doc, self.text = source, doc, source.text
        #: The offsets of each member found so far: (key start, key end, value start, value end),
        #: by pointer; a key's are -1 for an array item and for the document itself.
        self.members: dict[str, tuple[int, int, int, int]] = {}
        #: How far each container has been read: the offset of its next member (-1 once all are
        #: found), the index of that member and whether the container is an object.
        self.read: dict[str, list[Any]] = {}

    def pos(self, start: int, end: int) -> Pos:
        line, col = self.source.position(start)
        end_line, end_col = self.source.position(end)
        return (line, col, end_line, end_col)

    def __call__(self, document: int, pointer: str) -> None:
        """Record the positions of ``pointer`` and of its ancestors (those that exist)."""
        if document != self.doc.index or pointer in self.doc.values:
            return
        if not self.members:  # the first question: where the document itself is
            start = _SPACE.match(self.text).end()  # type: ignore[union-attr]
            self.members[""] = (-1, -1, start, _scan_value(self.text, start)[1])
        prefix = ""
        self.record(prefix)
        while prefix != pointer:
            cut = pointer.find("/", len(prefix) + 1)
            child = pointer if cut < 0 else pointer[:cut]
            if child not in self.members and not self.find(prefix, child):
                return
            self.record(child)
            prefix = child

    def record(self, pointer: str) -> None:
        """Lines and columns of a member found, for the tables of the document."""
        if pointer not in self.doc.values:
            key_start, key_end, start, end = self.members[pointer]
            self.doc.values[pointer] = self.pos(start, end)
            if key_start >= 0:
                self.doc.keys[pointer] = self.pos(key_start, key_end)

    def find(self, container: str, wanted: str) -> bool:
        """Read on through the members of ``container`` until ``wanted`` (False: it has no such member)."""
        text, members = self.text, self.members
        state = self.read.get(container)
        if state is None:
            start = members[container][2]
            if text[start] not in "{[":
                return False
            state = self.read[container] = [_SPACE.match(text, start + 1).end(), 0, text[start] == "{"]  # type: ignore[union-attr]
        i, index, is_object = state
        key_start = key_end = -1
        while i >= 0 and text[i] not in "}]":
            if is_object:
                key, key_end = _scanstring(text, i + 1, True)
                child, key_start = f"{container}/{escape(key)}", i
                i = _COLON.match(text, key_end).end()  # type: ignore[union-attr]
            else:
                child, index = f"{container}/{index}", index + 1
            end = _scan_value(text, i)[1]
            members[child] = (key_start, key_end, i, end)
            i = _NEXT.match(text, end).end()  # type: ignore[union-attr]
            if child == wanted:
                state[0], state[1] = i, index
                return True
        state[0] = -1
        return False

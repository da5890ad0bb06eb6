"""What reading a file gives: its documents, where each value was written, and its problems.

A :class:`SourceFile` maps JSON pointers to spans of the text (following YAML
aliases and merge keys to where a value was written), and is what the readers
(:mod:`tjlint.read.yamlreader`, :mod:`tjlint.read.jsonreader`) fill in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, repeat
from operator import add
from typing import TYPE_CHECKING, Any

from tjlint.codes import INPUT_TOO_LARGE
from tjlint.model import Record
from tjlint.settings import Limits

if TYPE_CHECKING:
    from tjlint.model import Span

# (line, column, end_line, end_column), 1-based, end exclusive.
Pos = tuple[int, int, int, int]
_set = object.__setattr__


class Problem(Record):
    """A reading-stage finding (TJ0xx, or TJ103 for a non-string key)."""

    __slots__ = _fields = __match_args__ = ("code", "message", "span", "document", "pointer")
    code: str
    message: str
    span: Span
    document: int
    pointer: str

    def __init__(self, code: str, message: str, span: Span, document: int = 0, pointer: str = "") -> None:
        _set(self, "code", code)
        _set(self, "message", message)
        _set(self, "span", span)
        _set(self, "document", document)
        _set(self, "pointer", pointer)


class Document:
    """One request body: its data and where each value and key was written.

    ``links`` maps the pointer of a value that arrived through a YAML alias or merge key
    to the pointer of the node it repeats (None when that node has no pointer, as an
    anchored key has not): what lies below it was written there.
    """

    __slots__ = ("data", "index", "keys", "links", "values")

    def __init__(self, index: int, data: Any, values: dict[str, Pos] | None = None,
                 keys: dict[str, Pos] | None = None, links: dict[str, str | None] | None = None) -> None:
        self.index = index
        self.data = data
        self.values: dict[str, Pos] = {} if values is None else values
        self.keys: dict[str, Pos] = {} if keys is None else keys
        self.links: dict[str, str | None] = {} if links is None else links


#: Steps :func:`resolve` takes at most through links and parents (links always lead to earlier
#: nodes, so this only guards against a bug turning into a hang).
_MAX_STEPS = 100_000


def _linked_prefix(links: dict[str, str | None], pointer: str) -> str | None:
    """The pointer itself or its nearest ancestor that is in ``links``, if any."""
    probe = pointer
    while True:
        if probe in links:
            return probe
        cut = probe.rfind("/")
        if cut < 0:
            return None
        probe = probe[:cut]


def _follow(links: dict[str, str | None], pointer: str) -> str | None:
    """Where ``pointer`` was written when it was reached through a link, else None."""
    prefix = _linked_prefix(links, pointer) if links else None
    if prefix is None:
        return None
    target = links[prefix]
    return None if target is None else target + pointer[len(prefix):]


def resolve(doc: Document, pointer: str, table: dict[str, Pos], *, walk: bool = True,
            through: bool = False) -> Pos | None:
    """The position ``table`` records for ``pointer``, following aliases and merge keys to where
    the value was written. ``walk``: else that of its nearest recorded ancestor. ``through``: an
    alias itself gives the position of the node it repeats."""
    probe = pointer
    for _ in range(_MAX_STEPS):
        if not (through and probe in doc.links):
            pos = table.get(probe)
            if pos is not None:
                return pos
        target = _follow(doc.links, probe)
        if target is not None:
            probe = target
            continue
        cut = probe.rfind("/")
        if not walk or cut < 0:
            return None
        probe = probe[:cut]
    return None


#: Characters of JSON pointers a document may use for each value that max-nodes allows.
POINTER_CHARS_PER_NODE = 100


class PointerBudget:
    """Joins JSON pointers, bounding the characters they use in all (long keys nested deep
    would otherwise make every pointer huge and exhaust memory)."""

    __slots__ = ("left", "limits")

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.left = POINTER_CHARS_PER_NODE * limits.max_nodes

    def join(self, parent: str, token: str, document: int) -> str:
        """``parent/token``; raises :class:`ReadAbort` (TJ005) once the budget is spent."""
        self.left -= len(parent) + len(token) + 1
        if self.left < 0:
            from tjlint.model import FILE_SPAN  # made on first use: a clean file never needs it

            total = POINTER_CHARS_PER_NODE * self.limits.max_nodes
            raise ReadAbort(Problem(
                INPUT_TOO_LARGE,
                f"the paths of the fields in this document add up to more than {total:,} characters "
                f"({POINTER_CHARS_PER_NODE} for each of the max-nodes values); very long field names "
                "nested deep are the usual cause; raise 'limits.max-nodes' if the file is real",
                FILE_SPAN, document))
        return f"{parent}/{token}"


class ReadAbort(Exception):
    """Raised inside a reader to stop reading the rest of the file."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


#: What ends a line, in YAML and JSON alike (as editors, GitHub and LSP count lines).
LINE_BREAKS = re.compile("\r\n|[\r\n]")


class SourceFile:
    """The result of reading one file: text, documents and reading problems."""

    __slots__ = (
        "_line_starts",
        "_record_pointer",
        "_record_positions",
        "_recorded",
        "documents",
        "fmt",
        "has_bom",
        "path",
        "problems",
        "text",
    )

    def __init__(self, path: str, text: str, fmt: str, has_bom: bool = False, documents: list[Document] | None = None,
                 problems: list[Problem] | None = None) -> None:
        self.path = path
        self.text = text
        self.fmt = fmt
        self.has_bom = has_bom
        self.documents: list[Document] = [] if documents is None else documents
        self.problems: list[Problem] = [] if problems is None else problems
        self._line_starts: list[int] | None = None
        #: Records the positions of one document on first use, for readers that defer them.
        self._record_positions: Callable[[int], None] | None = None
        #: Records the positions one pointer needs (of a document), for readers that find them on demand.
        self._record_pointer: Callable[[int, str], None] | None = None
        self._recorded: set[int] = set()

    def _positions(self, document: int, pointer: str | None = None) -> Document | None:
        if not 0 <= document < len(self.documents):
            return None
        if document in self._recorded:
            pass
        elif self._record_pointer is not None and pointer is not None:
            self._record_pointer(document, pointer)
        elif self._record_positions is not None:
            self._recorded.add(document)
            self._record_positions(document)
        return self.documents[document]

    def record_positions(self, document: int) -> None:
        """Record where every value and key of ``document`` was written, now (a reader that defers
        positions otherwise records only those :meth:`locate` and :meth:`value_text` ask for)."""
        self._positions(document)

    def line_starts(self) -> list[int]:
        """Offsets at which each line starts: only ``\\n``, ``\\r\\n`` and ``\\r`` end a line."""
        if self._line_starts is None:
            text = self.text
            if "\r" in text:
                self._line_starts = [0, *(m.end() for m in LINE_BREAKS.finditer(text))]
            else:  # each line is one longer than its text: all in C, no step per line in Python
                lines = text.split("\n")[:-1]
                self._line_starts = list(accumulate(map(add, map(len, lines), repeat(1)), initial=0))
        return self._line_starts

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based line and column."""
        starts = self.line_starts()
        if line - 1 >= len(starts):
            return len(self.text)
        return min(starts[line - 1] + column - 1, len(self.text))

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of a character offset."""
        starts = self.line_starts()
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def span(self, pos: Pos) -> Span:
        """A full :class:`Span` (with offsets) from a recorded position."""
        from tjlint.model import Span  # made on first use: a clean file never needs it

        line, col, end_line, end_col = pos
        return Span(line, col, end_line, end_col, self.offset(line, col), self.offset(end_line, end_col))

    def locate(self, document: int, pointer: str, on_key: bool = False) -> Span:
        """Where ``pointer`` was written: its key or value, else its nearest recorded ancestor."""
        from tjlint.model import FILE_SPAN  # made on first use: a clean file never needs it

        doc = self._positions(document, pointer)
        if doc is None:
            return FILE_SPAN
        if on_key:
            key = resolve(doc, pointer, doc.keys, walk=False)
            if key is not None:
                return self.span(key)
        pos = resolve(doc, pointer, doc.values)
        return FILE_SPAN if pos is None else self.span(pos)

    def value_text(self, document: int, pointer: str) -> str | None:
        """The exact source text of the value at ``pointer`` (for an alias: of the node it repeats)."""
        doc = self._positions(document, pointer)
        pos = None if doc is None else resolve(doc, pointer, doc.values, walk=False, through=True)
        if pos is None:
            return None
        span = self.span(pos)
        return self.text[span.offset : span.end_offset]

    def is_written_here(self, document: int, pointer: str) -> bool:
        """Whether the value at ``pointer`` is written where :meth:`locate` points, and only
        for itself: not reached through a YAML alias or merge key, so a fix may rewrite it."""
        doc = self._positions(document, pointer)
        if doc is None or pointer not in doc.values:
            return False
        return not doc.links or _linked_prefix(doc.links, pointer) is None


class DocumentView(Record):
    """One document of a :class:`SourceFile`, as rules see it (a ``SourceView``)."""

    __slots__ = _fields = __match_args__ = ("source", "document")
    source: SourceFile
    document: int

    def __init__(self, source: SourceFile, document: int) -> None:
        _set(self, "source", source)
        _set(self, "document", document)

    @property
    def fmt(self) -> str:
        return self.source.fmt

    def value_text(self, pointer: str) -> str | None:
        return self.source.value_text(self.document, pointer)


def new_span(*pos: int) -> Span:
    """``Span(*pos)``: spans are made on first use (see :mod:`tjlint.model`), and a clean file needs none."""
    from tjlint.model import Span  # made on first use: a clean file never needs it

    return Span(*pos)


def file_problem(code: str, message: str) -> Problem:
    """A problem with the whole file, reported at line 1, column 1."""
    from tjlint.model import FILE_SPAN  # made on first use: a clean file never needs it

    return Problem(code, message, FILE_SPAN)

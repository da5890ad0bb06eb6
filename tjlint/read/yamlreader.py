"""YAML reading: values first, and positions, pointers and TJ0xx problems when they are needed.

A file is first read for its values alone (:mod:`tjlint.yamlvalues`). When that
pass finds nothing to report, the values are used and the full reader
(:mod:`tjlint.yamlbuilder`) records positions only for a document that gets a
diagnostic. Otherwise the full reader reads the file at once and explains each
problem where it is. Both use libyaml's C parser when present (PyYAML's pure
Python parser otherwise); both give the same events and marks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml
from yaml.events import DocumentEndEvent, DocumentStartEvent, StreamEndEvent

from tjlint.codes import INPUT_TOO_LARGE, NOT_A_CONFIG, SYNTAX_ERROR
from tjlint.read.source import Document, Problem, ReadAbort, SourceFile, new_span
from tjlint.read.yamlpositions import OTHER_BREAKS, record
from tjlint.read.yamlvalues import read_values
from tjlint.settings import Limits

if TYPE_CHECKING:  # the full reader loads only for a file that needs it
    from tjlint.read.yamlbuilder import Builder

try:
    from yaml._yaml import CParser as _FastParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _FastParser = None  # type: ignore[assignment, misc]

# Printable characters of YAML 1.1, as PyYAML's reader defines them.
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _parser(text: str, pure: bool) -> Any:
    """An event parser over ``text``: libyaml's, or PyYAML's pure Python one."""
    return yaml.SafeLoader(text) if pure or _FastParser is None else _FastParser(text)


def _syntax_problem(exc: yaml.YAMLError, index: int, source: SourceFile) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"{problem}"
    if context:
        cmark = getattr(exc, "context_mark", None)
        at = f" at line {source.position(cmark.index)[0]}" if cmark is not None else ""
        message = f"{problem} ({context}{at})"
    code = SYNTAX_ERROR
    # Marks count lines as YAML does (U+2028 too): their character index says where, as tjlint counts.
    char = source.text[mark.index : mark.index + 1] if mark else ""
    if char == "\t":
        message += "; YAML indentation must use spaces, not tabs"
    elif char in ("@", "`"):
        message += f"; a plain value cannot start with '{char}': quote it"
    if "maximum nesting depth" in message:
        code, message = INPUT_TOO_LARGE, "values are nested too deeply for the YAML parser (max-depth)"
    span = new_span(1, 1, 1, 1)
    if mark:  # libyaml may mark past the end of the text
        line, column = source.position(min(mark.index, len(source.text)))
        span = new_span(line, column, line, column)
    return Problem(code, f"YAML syntax error: {message}" if code == SYNTAX_ERROR else message, span, index)


def _printable_problem(source: SourceFile) -> Problem | None:
    bad = _NON_PRINTABLE.search(source.text)
    if bad is None:
        return None
    line, col = source.position(bad.start())
    char = ord(bad.group())
    return Problem(
        SYNTAX_ERROR,
        f"YAML does not allow the control character U+{char:04X}; remove it or escape it in a "
        "double-quoted string",
        new_span(line, col, line, col + 1),
    )


def read_yaml(source: SourceFile, limits: Limits, *, pure: bool = False, values_first: bool = True) -> None:
    """Fill ``source.documents`` and ``source.problems`` from YAML text (``values_first=False``:
    read with positions at once, as for a file with something to report)."""
    bad = _printable_problem(source)
    if bad is not None:
        source.problems.append(bad)
        return
    if values_first:
        parser = _parser(source.text, pure)
        try:
            found = read_values(parser, limits)
        finally:
            parser.dispose()
        if found is not None:
            source.documents.extend(Document(index, data) for index, data in enumerate(found))
            source._record_positions = _Positions(source, limits, pure)
            return
    from tjlint.read.yamlbuilder import Builder  # the full reader loads only for a file that needs it

    parser = _parser(source.text, pure)
    builder = Builder(source, limits)
    try:
        while parser.check_event():
            builder.feed(parser.get_event())
    except ReadAbort as stop:
        source.problems.append(stop.problem)
    except yaml.YAMLError as exc:
        source.problems.append(_syntax_problem(exc, len(source.documents), source))
    finally:
        parser.dispose()
    _check_documents(source)


class _Positions:
    """Records the positions of the documents the values-first pass read, one document when it is
    asked about, skipping the others; the parser waits between requests, so documents asked
    about in order cost one pass in all. A document without anchors, aliases and merge keys is
    recorded by :func:`tjlint.read.yamlpositions.record`, any other by the full reader."""

    def __init__(self, source: SourceFile, limits: Limits, pure: bool) -> None:
        self.source, self.limits, self.pure = source, limits, pure
        self.parser: Any = None
        self.started = -1  # documents started by the waiting parser
        self.builder: Builder | None = None
        self.scratch: SourceFile | None = None
        # The parsers count U+0085, U+2028 and U+2029 as line breaks in their marks; tjlint does not.
        self.marks_count_lines = OTHER_BREAKS.search(source.text) is None

    def _builder(self) -> tuple[Builder, SourceFile]:
        from tjlint.read.yamlbuilder import Builder  # the full reader loads only for a file that needs it

        if self.builder is None or self.scratch is None:
            # The builder reports nothing (the file is clean); its documents are set aside.
            scratch = SourceFile(self.source.path, self.source.text, self.source.fmt)
            scratch._line_starts = self.source.line_starts()
            self.builder, self.scratch = Builder(scratch, self.limits), scratch
        return self.builder, self.scratch

    def _start(self, document: int) -> Any:
        """Parse on to the start of ``document``: its DocumentStartEvent (None past the end)."""
        if self.parser is None or document <= self.started:
            self.parser, self.started, self.builder = _parser(self.source.text, self.pure), -1, None
        event = None
        while self.started < document:
            event = self.parser.get_event()
            if type(event) is StreamEndEvent:
                return None
            if type(event) is DocumentStartEvent:
                self.started += 1
        return event

    def __call__(self, document: int) -> None:
        target = self.source.documents[document]
        seen: list[Any] = []
        try:
            event = self._start(document)
            if event is None:
                return
            quick = record(self.parser.get_event, event, target.data, self.source, self.marks_count_lines, seen)
            if quick is not None:
                target.values, target.keys, target.links = quick[0], quick[1], {}
                return
            builder, scratch = self._builder()  # an anchor, an alias or a merge key: the full reader
            seen.insert(0, event)
            for event in seen:
                builder.feed(event)
            while type(event) is not DocumentEndEvent:
                event = self.parser.get_event()
                builder.feed(event)
        except (ReadAbort, yaml.YAMLError):  # cannot happen for a text the values-first pass read
            self.parser = None
            return
        recorded = scratch.documents.pop()
        target.values, target.keys, target.links = recorded.values, recorded.keys, recorded.links


def _check_documents(source: SourceFile) -> None:
    """TJ004 for empty documents, documents that are not mappings, or no document at all."""
    if not source.documents and not source.problems:
        source.problems.append(Problem(NOT_A_CONFIG, "the file holds no document; it is empty", new_span(1, 1, 1, 1)))
    for doc in source.documents:
        if isinstance(doc.data, dict):
            continue
        pos = doc.values.get("", (1, 1, 1, 1))
        if doc.data is None or doc.data == "":
            what = "is empty"
            pos = doc.values.get("#start", pos)
        else:
            what = f"is {'a list' if isinstance(doc.data, list) else 'a single value'}, not a mapping of fields"
        source.problems.append(Problem(NOT_A_CONFIG, f"document {doc.index + 1} {what}", new_span(*pos), doc.index))

"""The full YAML reader: parser events -> values, pointers, positions and TJ0xx problems.

Values are built from the event stream with an explicit stack (never by
recursion), tags are checked before anything is constructed, aliases are
counted as the nodes they expand to, and duplicate keys are recorded. Scalars
and merge keys follow the same rules as the values-first pass
(:mod:`tjlint.yamlvalues`), so both give the same values.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode

from tjlint.codes import DUPLICATE_KEY, INPUT_TOO_LARGE, SYNTAX_ERROR, UNSUPPORTED_TAG, WRONG_TYPE
from tjlint.model import Span, escape
from tjlint.read.source import Document, PointerBudget, Pos, Problem, ReadAbort, SourceFile
from tjlint.read.yamlpositions import OTHER_BREAKS
from tjlint.read.yamlvalues import (
    CONSTRUCT,
    CONTAINER_TAGS,
    MERGE,
    MERGE_KEY,
    NO_KEY,
    PLAIN,
    RESOLVER,
    SCALAR_TAGS,
    Unusual,
    Y,
    merge,
    scalar_value,
)
from tjlint.settings import Limits
from tjlint.words import yaml_type

_BAD_KEY = object()

# Between an anchor and the node it names: spaces, line breaks (as YAML reads them) and comments.
_AFTER_ANCHOR = re.compile("(?:[ \t\r\n\x85\u2028\u2029]|#[^\r\n\x85\u2028\u2029]*)*")


def _span(pos: Pos) -> Span:
    return Span(*pos)


class _Frame:
    """An open mapping or sequence while its events arrive."""

    __slots__ = ("anchor", "base", "container", "flow", "key", "key_pos", "last", "merges", "pointer", "start")

    def __init__(self, container: Any, pointer: str | None, start: Pos, anchor: str | None, base: int) -> None:
        self.container = container
        self.pointer = pointer  # None inside a key: keys are not indexed
        self.start = start
        self.anchor = anchor
        self.base = base
        self.key: Any = NO_KEY
        self.key_pos: Pos | None = None
        self.flow = False
        self.last: Pos = start
        self.merges: list[tuple[Any, Pos, str | None]] = []


class Builder:
    """Builds the documents of one stream from its events."""

    def __init__(self, source: SourceFile, limits: Limits) -> None:
        self.source = source
        self.text = source.text
        self.limits = limits
        self.doc: Document | None = None
        self.stack: list[_Frame] = []
        #: Each anchor's node, the values it expands to, and its pointer (None while in progress).
        self.anchors: dict[str, tuple[Any, int, str | None] | None] = {}
        self.nodes = 0
        self.paths = PointerBudget(limits)
        self.root: Any = None
        # The parsers count U+0085, U+2028 and U+2029 as line breaks in their marks; tjlint does not.
        self.marks_count_lines = OTHER_BREAKS.search(self.text) is None
        #: The mapping that each value written after a merge key (pointer '#<<N') merges into.
        self.merge_owner: dict[str, str] = {}

    def pos(self, event: Any, anchor: str | None = None) -> Pos:
        """Where ``event`` was written; a node written with an anchor starts after it."""
        s, e = event.start_mark, event.end_mark
        if anchor is None and self.marks_count_lines:
            return (s.line + 1, s.column + 1, e.line + 1, e.column + 1)
        start = s.index
        if anchor is not None and self.text.startswith("&" + anchor, start):
            found = _AFTER_ANCHOR.match(self.text, start + 1 + len(anchor))
            start = min(found.end() if found else start, e.index)
        return (*self.source.position(start), *self.source.position(e.index))

    # -- problems ---------------------------------------------------------
    def problem(self, code: str, message: str, pos: Pos, pointer: str | None = "") -> None:
        index = self.doc.index if self.doc else 0
        self.source.problems.append(Problem(code, message, _span(pos), index, self.shown(pointer)))

    def shown(self, pointer: str | None) -> str:
        """A pointer as diagnostics show it: a merged mapping's problem belongs to the mapping it merges into."""
        while pointer and pointer[0] == "#":
            pointer = self.merge_owner[pointer.split("/", 1)[0]]
        return pointer or ""

    def abort(self, code: str, message: str, pos: Pos) -> ReadAbort:
        index = self.doc.index if self.doc else len(self.source.documents)
        return ReadAbort(Problem(code, message, _span(pos), index))

    # -- events -----------------------------------------------------------
    def feed(self, event: Any) -> None:
        kind = type(event)
        if kind is ScalarEvent:
            self.scalar(event)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            self.start(event, kind is MappingStartEvent)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            self.end(event)
        elif kind is AliasEvent:
            self.alias(event)
        elif kind is DocumentStartEvent:
            self.doc = Document(len(self.source.documents), None)
            self.doc.values["#start"] = self.pos(event)
            self.anchors = {}
        elif kind is DocumentEndEvent and self.doc is not None:
            self.doc.data = self.root
            self.source.documents.append(self.doc)
            self.doc, self.root = None, None

    def child_pointer(self) -> str | None:
        """The pointer of the next value, or None while it is a key or inside one (not indexed)."""
        if not self.stack:
            return ""
        top = self.stack[-1]
        if top.pointer is None:
            return None
        if isinstance(top.container, list):
            token = str(len(top.container))
        else:
            key = top.key
            if key is NO_KEY or key is _BAD_KEY:
                return None
            if key is MERGE_KEY:  # what is merged is indexed apart, and linked to from the keys it gives
                pointer = f"#<<{len(self.merge_owner)}"
                self.merge_owner[pointer] = top.pointer
                return pointer
            token = escape(key)
        # PointerBudget.join, inline: this runs for every value.
        paths = self.paths
        paths.left -= len(top.pointer) + len(token) + 1
        return f"{top.pointer}/{token}" if paths.left >= 0 else self.join(top.pointer, token)

    def join(self, parent: str, token: str) -> str:
        """``parent/token`` (TJ005 once the budget for the paths of the fields is spent)."""
        return self.paths.join(parent, token, self.doc.index if self.doc else len(self.source.documents))

    def count(self, n: int, pos: Pos) -> None:
        self.nodes += n
        if self.nodes > self.limits.max_nodes:
            raise self.abort(
                INPUT_TOO_LARGE,
                f"the file expands to more than {self.limits.max_nodes:,} values (max-nodes); "
                "aliases that repeat large nodes are the usual cause ('billion laughs')",
                pos,
            )

    def scalar(self, event: Any) -> None:
        pos = self.pos(event, event.anchor)
        self.count(1, pos)
        pointer = self.child_pointer()
        value = self.construct(event, pos, pointer)
        self.add(value, pos, event.anchor, 1, pointer)

    def construct(self, event: Any, pos: Pos, pointer: str | None) -> Any:
        if event.tag is None:  # the usual cases first: text, and plain scalars already resolved
            if not event.implicit[0]:
                return event.value
            value = PLAIN.get(event.value, PLAIN)
            if value is not PLAIN:
                return value
        try:
            return scalar_value(event.tag, event.value, event.implicit[0])
        except Unusual:
            return self.explain(event, pos, pointer)

    def explain(self, event: Any, pos: Pos, pointer: str | None) -> Any:
        """Report a scalar :func:`scalar_value` cannot read, and give the value to go on with."""
        tag = event.tag
        if tag is None:
            tag = RESOLVER.resolve(ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        if tag == MERGE:
            return MERGE_KEY
        if tag not in SCALAR_TAGS:
            self.problem(UNSUPPORTED_TAG, _tag_message(tag), pos, pointer)
            return event.value
        try:
            return CONSTRUCT[tag](ScalarNode(tag, event.value))
        except Exception as exc:  # PyYAML's constructors raise many kinds on malformed explicit tags
            if "digits" in str(exc):
                raise self.abort(
                    INPUT_TOO_LARGE, f"a number with {len(event.value):,} digits is too long to read", pos
                ) from None
            if event.tag is None:  # an implicit type that fails, such as the date 2001-13-45
                kind = "a date" if tag.endswith("timestamp") else f"{_short(tag)[2:]}"
                self.problem(WRONG_TYPE, f"YAML reads {event.value} as {kind}, which it is not; quote it to keep"
                             f" it as text: \"{event.value}\"", pos, pointer)
                return event.value
            self.problem(UNSUPPORTED_TAG, f"{event.value!r} cannot be read as {_short(tag)}; remove the tag", pos)
            return event.value

    def start(self, event: Any, is_map: bool) -> None:
        pos = self.pos(event, event.anchor)
        if len(self.stack) >= self.limits.max_depth:
            raise self.abort(
                INPUT_TOO_LARGE,
                f"values are nested more than {self.limits.max_depth} levels deep (max-depth)",
                pos,
            )
        pointer = self.child_pointer()
        tag = event.tag
        if tag is not None and tag != "!" and tag not in CONTAINER_TAGS:
            self.problem(UNSUPPORTED_TAG, _tag_message(tag), pos, pointer)
        self.count(1, pos)
        frame = _Frame({} if is_map else [], pointer, pos, event.anchor, self.nodes - 1)
        frame.flow = bool(event.flow_style)
        if event.anchor is not None:
            self.anchors[event.anchor] = None  # in progress: an alias to it now is recursive
        self.stack.append(frame)

    def end(self, event: Any) -> None:
        frame = self.stack.pop()
        s = frame.start
        # A flow collection ends at its bracket; a block one with its last value (parsers disagree on
        # where the end event of a block collection is).
        end = self.pos(event)[2:] if frame.flow else frame.last[2:]
        pos = (s[0], s[1], *end)
        if frame.merges:
            self.apply_merges(frame)
        size = self.nodes - frame.base
        self.add(frame.container, pos, frame.anchor, size, frame.pointer)

    def alias(self, event: Any) -> None:
        pos = self.pos(event)
        name = event.anchor
        if name not in self.anchors:
            raise self.abort(SYNTAX_ERROR, f"the alias *{name} refers to no anchor &{name} before it", pos)
        found = self.anchors[name]
        if found is None:
            raise self.abort(
                INPUT_TOO_LARGE, f"the alias *{name} is inside the node it refers to, so it never ends", pos
            )
        value, size, target = found
        self.count(size, pos)
        pointer = self.child_pointer()
        self.add(value, pos, None, size, pointer)
        if pointer is not None and self.doc is not None:
            self.doc.links[pointer] = target  # what lies below the alias was written at its anchor

    # -- placing values ---------------------------------------------------
    def add(self, value: Any, pos: Pos, anchor: str | None, size: int, pointer: str | None) -> None:
        top = self.stack[-1] if self.stack else None
        if value is MERGE_KEY and (top is None or isinstance(top.container, list) or top.key is not NO_KEY):
            value = "<<"  # only a key merges; as a value, '<<' is text
        if anchor is not None:
            self.anchors[anchor] = (value, size, pointer)
        if top is None:
            self.root = value
            if self.doc is not None:
                self.doc.values[""] = pos
            return
        top.last = pos
        if isinstance(top.container, list):
            if pointer is not None and self.doc is not None:
                self.doc.values[pointer] = pos
            top.container.append(value)
        elif top.key is NO_KEY:
            self.set_key(top, value, pos)
        else:
            self.set_value(top, value, pos, pointer)

    def set_key(self, top: _Frame, key: Any, pos: Pos) -> None:
        top.key_pos = pos
        if key is MERGE_KEY or isinstance(key, str):
            top.key = key
            return
        top.key = _BAD_KEY
        what = "a mapping" if isinstance(key, dict) else "a list" if isinstance(key, list) else None
        if what is None:
            text = self.text[self.source.offset(pos[0], pos[1]) : self.source.offset(pos[2], pos[3])]
            kind = yaml_type(key)
            message = f"keys must be strings, but YAML read {text or '(empty)'} as {kind}; quote it: \"{text}\""
        else:
            message = f"keys must be strings, not {what}"
        self.problem(WRONG_TYPE, message, pos, top.pointer)

    def set_value(self, top: _Frame, value: Any, pos: Pos, pointer: str | None) -> None:
        key, key_pos = top.key, top.key_pos
        top.key = NO_KEY
        if key is _BAD_KEY or key_pos is None:
            return
        doc = self.doc
        if pointer is not None and doc is not None:
            doc.values[pointer] = pos
        if key is MERGE_KEY:
            top.merges.append((value, pos, pointer))
            return
        mapping = top.container
        if key in mapping:
            first = doc.keys.get(pointer) if doc is not None and pointer is not None else None
            where = f" (first at line {first[0]})" if first else ""
            self.problem(DUPLICATE_KEY, f"duplicate key '{key}'{where}; remove one of them", key_pos, pointer)
        mapping[key] = value
        if pointer is not None and doc is not None:
            doc.keys[pointer] = key_pos

    def apply_merges(self, frame: _Frame) -> None:
        """``<<`` merge keys: explicit keys win, then earlier merged mappings.

        Each merged key is linked to where it was written in the mapping it came from.
        """
        links = self.doc.links if self.doc is not None and frame.pointer is not None else None
        explicit = set(frame.container)
        sources: list[dict[str, Any]] = []
        for value, pos, _where in frame.merges:
            items = value if isinstance(value, list) else [value]
            if not all(isinstance(s, dict) for s in items):
                self.problem(WRONG_TYPE, "a merge key (<<) needs a mapping or a list of mappings", pos,
                             frame.pointer)
                continue
            sources += items
        merge(frame.container, sources)
        if links is None:
            return
        # Linked from the last source to the first, so that the earliest one that has a key wins.
        for value, _pos, where in reversed(frame.merges):
            items = value if isinstance(value, list) else [value]
            if not all(isinstance(s, dict) for s in items):
                continue
            for index in range(len(items) - 1, -1, -1):
                origin = f"{where}/{index}" if where is not None and isinstance(value, list) else where
                for key in items[index]:
                    if key not in explicit:
                        token = escape(key)
                        pointer = self.join(frame.pointer or "", token)
                        links[pointer] = None if origin is None else self.join(origin, token)


def _short(tag: str) -> str:
    return "!!" + tag[len(Y) :] if tag.startswith(Y) else tag


def _tag_message(tag: str) -> str:
    return (
        f"the tag {_short(tag)} is not supported (request bodies hold plain JSON values); "
        "it was not constructed: remove it"
    )

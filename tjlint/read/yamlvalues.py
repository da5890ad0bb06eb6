"""YAML values first: the plain values of a stream, from its events, with no pointer or position.

Most files are clean. For them this pass gives the values, and the full reader
(:mod:`tjlint.yamlbuilder`) runs only if a diagnostic needs a position. It makes
every check the full reader makes (tags, keys, duplicate keys, merge keys,
aliases, the limits, documents that are no mapping) but explains none: at the
first thing to report, it gives up and the full reader reads the file and says
what and where. Both build values with the same scalar rules
(:func:`scalar_value`) and the same merge rules, so they agree on every value.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from tjlint.read.source import POINTER_CHARS_PER_NODE
from tjlint.settings import Limits

Y = "tag:yaml.org,2002:"
STR, MERGE = Y + "str", Y + "merge"
SCALAR_TAGS = {Y + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
CONTAINER_TAGS = {Y + "map", Y + "seq"}
RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = SafeConstructor()
CONSTRUCT = {
    Y + "int": _CONSTRUCTOR.construct_yaml_int,
    Y + "float": _CONSTRUCTOR.construct_yaml_float,
    Y + "bool": _CONSTRUCTOR.construct_yaml_bool,
    Y + "null": _CONSTRUCTOR.construct_yaml_null,
    Y + "timestamp": _CONSTRUCTOR.construct_yaml_timestamp,
}
# Numbers in YAML 1.2's core schema that YAML 1.1 (PyYAML) would leave as strings.
_YAML12_NUMBER = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+")


class MergeKey:
    """The ``<<`` key of YAML merges (as a value, ``<<`` is just the text ``"<<"``)."""


MERGE_KEY = MergeKey()
NO_KEY = object()
_MISS = object()


class Unusual(Exception):
    """Something the full reader must explain (or a value it must build itself)."""


# Plain scalars repeat (field names, true, 1...) within and across files: their values, once resolved.
# Every value here is immutable; a scalar that fails to resolve is never stored, nor a long one.
PLAIN: dict[str, Any] = {}
_PLAIN_LIMIT = 20_000
_PLAIN_LONGEST = 80


def _plain(text: str) -> Any:
    tag = RESOLVER.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    if tag == STR:
        if _YAML12_NUMBER.fullmatch(text):  # YAML 1.2 parsers read these as numbers (1e3, 0o17)
            return int(text[2:], 8) if text[1:2] == "o" else float(text)
        return text
    if tag == MERGE:
        return MERGE_KEY
    return CONSTRUCT[tag](ScalarNode(tag, text))


def scalar_value(tag: str | None, text: str, plain: bool) -> Any:
    """The value of a scalar event (``plain``: unquoted and untagged); raises :class:`Unusual` for
    a tag that is not plain JSON, or a value its type cannot read (a date such as 2001-13-45)."""
    if tag is None:
        if not plain:
            return text
        value = PLAIN.get(text, _MISS)
        if value is _MISS:
            try:
                value = _plain(text)
            except Exception as exc:  # PyYAML's constructors raise many kinds on malformed values
                raise Unusual from exc
            if len(text) <= _PLAIN_LONGEST:
                if len(PLAIN) >= _PLAIN_LIMIT:
                    PLAIN.clear()
                PLAIN[text] = value
        return value
    if tag == "!" or tag == STR:  # the non-specific tag makes a string too
        return text
    if tag not in CONSTRUCT:
        raise Unusual
    try:
        return CONSTRUCT[tag](ScalarNode(tag, text))
    except Exception as exc:
        raise Unusual from exc


def merge(container: dict[str, Any], sources: list[dict[str, Any]]) -> None:
    """Merge ``sources`` (in the order of their merge keys) into ``container``: explicit keys win,
    then earlier merged mappings."""
    merged: dict[str, Any] = {}
    for source in reversed(sources):
        merged.update(source)
    merged.update(container)
    container.clear()
    container.update(merged)


def _token_length(key: str) -> int:
    """The length of ``key`` as a JSON pointer token (``~`` and ``/`` are escaped)."""
    if "~" in key or "/" in key:
        return len(key) + key.count("~") + key.count("/")
    return len(key)


def read_values(loader: Any, limits: Limits) -> list[Any] | None:
    """The value of each document of the stream ``loader`` parses; None when the full reader
    must read it (there is something to report)."""
    try:
        return _read(loader, limits)[0]
    except (Unusual, yaml.YAMLError):
        return None


def _read(loader: Any, limits: Limits) -> tuple[list[Any] | None, int]:
    """The documents' values, and what is left of the budget for the paths of the fields (the
    characters of the pointers and links the full reader would make: it gives up past it too).

    One flat loop over the events, as this runs for every value of every file.
    """
    get, max_nodes, max_depth = loader.get_event, limits.max_nodes, limits.max_depth
    budget = POINTER_CHARS_PER_NODE * max_nodes
    nodes = merges = 0  # values so far (aliases count what they repeat); merge values ('#<<N')
    anchors: dict[str, tuple[Any, int] | None] = {}
    documents: list[Any] = []
    # A frame: [container, pending key, anchor, nodes before it, merge values and lengths, pointer length].
    stack: list[list[Any]] = []
    top: list[Any] | None = None
    root: Any = None
    while True:
        event = get()
        kind = type(event)
        length: int | None = None  # a value's pointer length, once charged
        if kind is ScalarEvent:
            nodes += 1
            if nodes > max_nodes:
                raise Unusual
            text, tag = event.value, event.tag
            if tag is None and event.implicit[0]:
                value = PLAIN.get(text, _MISS)
                if value is _MISS:
                    value = scalar_value(None, text, True)
            else:
                value = text if tag is None else scalar_value(tag, text, False)
            size, anchor = 1, event.anchor
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            frame = stack.pop()
            top = stack[-1] if stack else None
            if frame[4]:
                budget = _merge_into(frame, budget)
            value, size, anchor, length = frame[0], nodes - frame[3], frame[2], frame[5]
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            tag = event.tag
            if len(stack) >= max_depth or (tag is not None and tag != "!" and tag not in CONTAINER_TAGS):
                raise Unusual
            length = 0
            if top is not None:
                length, cost, merges = _child(top, merges)
                budget -= cost
            nodes += 1
            if nodes > max_nodes or budget < 0:
                raise Unusual
            if event.anchor is not None:
                anchors[event.anchor] = None  # in progress: an alias to it now is recursive
            top = [{} if kind is MappingStartEvent else [], NO_KEY, event.anchor, nodes - 1, [], length]
            stack.append(top)
            continue
        elif kind is AliasEvent:
            found = anchors.get(event.anchor)
            if found is None:  # no such anchor, or an alias inside the node it names
                raise Unusual
            value, size = found
            nodes += size
            if nodes > max_nodes:
                raise Unusual
            anchor = None
        elif kind is DocumentStartEvent:
            anchors, root = {}, None
            continue
        elif kind is DocumentEndEvent:
            if type(root) is not dict:
                raise Unusual  # empty, or not a mapping: the full reader says which
            documents.append(root)
            continue
        elif kind is StreamEndEvent:
            return documents or None, budget  # no document: the full reader says the file is empty
        else:
            continue
        # The value is done: it goes into the open collection (an item, a key, or a key's value).
        if top is None:
            root = "<<" if value is MERGE_KEY else value
            if anchor is not None:
                anchors[anchor] = (root, size)
            continue
        container = top[0]
        if type(container) is dict and top[1] is NO_KEY:
            if anchor is not None:
                anchors[anchor] = (value, size)
            if type(value) is not str and value is not MERGE_KEY:
                raise Unusual  # keys must be strings
            top[1] = value
            continue
        if value is MERGE_KEY:  # only a key merges; as a value, '<<' is text
            value = "<<"
        if anchor is not None:
            anchors[anchor] = (value, size)
        if length is None:  # a collection was charged when it opened
            length, cost, merges = _child(top, merges)
            budget -= cost
            if budget < 0:
                raise Unusual
        if type(container) is list:
            container.append(value)
            continue
        key, top[1] = top[1], NO_KEY
        if key is MERGE_KEY:
            top[4].append((value, length))
        elif key in container:
            raise Unusual  # a duplicate key
        else:
            container[key] = value


def _child(frame: list[Any], merges: int) -> tuple[int, int, int]:
    """The pointer length of the next value in ``frame``, what it costs of the budget, and the
    count of merge values so far."""
    container, key, length = frame[0], frame[1], frame[5]
    if type(container) is list:
        length += 1 + len(str(len(container)))
        return length, length, merges
    if key is MERGE_KEY:  # the full reader names it '#<<N' without charging it
        return 3 + len(str(merges)), 0, merges + 1
    if key is NO_KEY:  # a collection as a key
        raise Unusual
    length += 1 + _token_length(key)
    return length, length, merges


def _merge_into(frame: list[Any], budget: int) -> int:
    """Apply the merge keys of a finished mapping; the budget left after the links the full reader
    makes from each merged key to where it was written."""
    container, length = frame[0], frame[5]
    sources: list[dict[str, Any]] = []
    for value, where in frame[4]:
        items = value if type(value) is list else [value]
        if not all(type(s) is dict for s in items):
            raise Unusual  # a merge key needs a mapping or a list of mappings
        for index, source in enumerate(items):
            origin = where + 1 + len(str(index)) if type(value) is list else where
            for key in source:
                if key not in container:
                    budget -= length + origin + 2 * (1 + _token_length(key))
        sources += items
    if budget < 0:
        raise Unusual
    merge(container, sources)
    return budget

"""What the bundled schemas say about a field: description, type, limits, default, examples, values.

Read generically from the schema files, so a field added to a schema shows in
hovers and completions without a change here. A JSON pointer is followed
through ``properties``, ``patternProperties``, ``additionalProperties``,
``items``/``prefixItems`` and the branches of ``allOf``/``anyOf``/``oneOf``
(and ``then``/``else``); every ``$ref`` is resolved offline against the
bundled schemas, by their ``$id``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag, urljoin

from tjlint.model import tokens
from tjlint.schemafiles import load_schema, schema_names

#: A subschema and the ``$id`` of the schema document it sits in (for relative ``$ref``).
Node = tuple[Mapping[str, Any], str]

_BRANCHES = ("allOf", "anyOf", "oneOf", "then", "else")
#: How many ``$ref`` hops or nested branches are followed before giving up (a cycle guard).
_MAX_HOPS = 32
#: Lower and upper bounds and how to say them: (low, high, "low to high", "at least", "at most").
_BOUNDS = (
    ("minLength", "maxLength", "{} to {} characters", "at least {} characters", "at most {} characters"),
    ("minimum", "maximum", "from {} to {}", "at least {}", "at most {}"),
    ("exclusiveMinimum", "exclusiveMaximum", "between {} and {} (exclusive)", "more than {}", "less than {}"),
    ("minItems", "maxItems", "{} to {} items", "at least {} items", "at most {} items"),
    ("minProperties", "maxProperties", "{} to {} fields", "at least {} fields", "at most {} fields"),
)


@dataclass(frozen=True)
class FieldInfo:
    """What a hover shows about one field (everything optional)."""

    title: str = ""
    description: str = ""
    types: tuple[str, ...] = ()
    limits: tuple[str, ...] = ()
    values: tuple[Any, ...] = ()
    default: tuple[Any, ...] = ()  # empty: no default; else one item
    examples: tuple[Any, ...] = ()
    fields: tuple[str, ...] = field(default=())


class SchemaSet:
    """The bundled schemas by name and by ``$id``, with pointer lookups."""

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]]) -> None:
        self.by_name = dict(schemas)
        self.by_id = {str(s["$id"]): s for s in schemas.values() if isinstance(s.get("$id"), str)}

    def root(self, name: str) -> list[Node]:
        """The top of the schema ``name`` (none when there is no such schema)."""
        schema = self.by_name.get(name)
        return [] if schema is None else [(schema, str(schema.get("$id", "")))]

    def target(self, ref: str, base: str) -> Node | None:
        """The subschema a ``$ref`` names (None when the reference leads nowhere)."""
        url, fragment = urldefrag(urljoin(base, ref))
        document = self.by_id.get(url) if url else None
        if document is None:
            return None
        found = _pointer(document, fragment)
        return None if found is None else (found, url)

    def branches(self, nodes: Iterable[Node], depth: int = 0) -> Iterator[Node]:
        """Each node, then the subschemas that apply beside it: its ``$ref`` and its
        ``allOf``/``anyOf``/... branches (in Draft 2020-12 a ``$ref`` does not hide its siblings)."""
        for schema, base in nodes:
            yield schema, base
            if depth >= _MAX_HOPS:
                continue
            ref = schema.get("$ref")
            found = self.target(ref, base) if isinstance(ref, str) else None
            if found is not None:
                yield from self.branches([found], depth + 1)
            for keyword in _BRANCHES:
                yield from self.branches(_subschemas(schema.get(keyword), base), depth + 1)

    def child(self, nodes: Iterable[Node], token: str) -> list[Node]:
        """The subschemas that describe the member ``token`` of the values ``nodes`` describe."""
        found: list[Node] = []
        for schema, base in self.branches(nodes):
            found.extend(_member(schema, base, token))
        return found

    def at(self, name: str, path: Sequence[str]) -> list[Node]:
        """The subschemas of the schema ``name`` at ``path`` (keys and item indexes)."""
        nodes = self.root(name)
        for token in path:
            nodes = self.child(nodes, token)
            if not nodes:
                break
        return nodes

    def properties(self, nodes: Iterable[Node]) -> dict[str, list[Node]]:
        """The named fields an object described by ``nodes`` may hold, in schema order."""
        found: dict[str, list[Node]] = {}
        for schema, base in self.branches(nodes):
            props = schema.get("properties")
            if isinstance(props, Mapping):
                for key, sub in props.items():
                    if isinstance(sub, Mapping):
                        found.setdefault(str(key), []).append((sub, base))
        return found

    def info(self, nodes: Iterable[Node]) -> FieldInfo:
        """Everything the schema says about a field, merged over its branches (first wins)."""
        merged: dict[str, Any] = {"types": [], "limits": [], "values": [], "examples": []}
        for schema, _ in self.branches(nodes):
            for key in ("title", "description"):
                if isinstance(schema.get(key), str):
                    merged.setdefault(key, schema[key])
            if "default" in schema:
                merged.setdefault("default", (schema["default"],))
            _extend(merged["types"], _types(schema))
            _extend(merged["limits"], _limit_texts(schema))
            _extend(merged["values"], _values(schema))
            examples = schema.get("examples")
            _extend(merged["examples"], examples if isinstance(examples, list) else ())
        return FieldInfo(
            title=merged.get("title", ""), description=merged.get("description", ""),
            types=tuple(merged["types"]), limits=tuple(merged["limits"]),
            values=tuple(merged["values"]), default=merged.get("default", ()),
            examples=tuple(merged["examples"]), fields=tuple(self.properties(nodes)),
        )


@functools.lru_cache(maxsize=1)
def bundled() -> SchemaSet:
    """The schemas that ship with tjlint (read once per process)."""
    return SchemaSet({name: load_schema(name) for name in schema_names()})


def _pointer(document: Mapping[str, Any], fragment: str) -> Mapping[str, Any] | None:
    """The subschema at a ``#/...`` fragment (RFC 6901 tokens), or None."""
    node: Any = document
    for token in tokens(fragment):
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node if isinstance(node, Mapping) else None


def _subschemas(value: Any, base: str) -> list[Node]:
    if isinstance(value, Mapping):
        return [(value, base)]
    if isinstance(value, list):
        return [(v, base) for v in value if isinstance(v, Mapping)]
    return []


def _member(schema: Mapping[str, Any], base: str, token: str) -> list[Node]:
    """The subschema(s) of one member of an object or array described by ``schema``."""
    props = schema.get("properties")
    if isinstance(props, Mapping) and isinstance(props.get(token), Mapping):
        return [(props[token], base)]
    found: list[Node] = []
    patterns = schema.get("patternProperties")
    if isinstance(patterns, Mapping):
        found = [(sub, base) for pattern, sub in patterns.items()
                 if isinstance(sub, Mapping) and _search(pattern, token)]
    extra = schema.get("additionalProperties")
    if not found and isinstance(extra, Mapping) and schema.get("type", "object") == "object":
        found = [(extra, base)]
    if token.isdigit():
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list) and int(token) < len(prefix) and isinstance(prefix[int(token)], Mapping):
            return [(prefix[int(token)], base)]
        if isinstance(schema.get("items"), Mapping):
            return [(schema["items"], base)]
    return found


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _extend(target: list[Any], items: Iterable[Any]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _values(schema: Mapping[str, Any]) -> list[Any]:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    if isinstance(values, list):
        return list(values)
    return []


def _limit_texts(schema: Mapping[str, Any]) -> list[str]:
    texts = []
    for low, high, both, at_least, at_most in _BOUNDS:
        if low in schema and high in schema:
            texts.append(both.format(schema[low], schema[high]))
        elif low in schema:
            texts.append(at_least.format(schema[low]))
        elif high in schema:
            texts.append(at_most.format(schema[high]))
    if isinstance(schema.get("pattern"), str):
        texts.append(f"matches `{schema['pattern']}`")
    if isinstance(schema.get("format"), str):
        texts.append(f"format {schema['format']}")
    return texts

"""Hypothesis bodies that nearly meet a bundled schema: drawn from the schema itself, then spoilt.

For every node the strategy mostly writes what the schema asks for (its
properties, item schemas, enum values, lengths and bounds at and just past
their limits) and now and then something else: a value of another type, a
misspelt or unknown key, a required field left out, a key that is too long.
Most bodies drawn fail their schema in one to a few places, deep or shallow.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from tjlint.schema.declared import resolve_ref as _resolve
from tjlint.schemafiles import bundled as _schemas

_ODD = st.sampled_from([None, True, False, 0, 1, -1, 2**31, 2**63, 1.5, 1.0, "", "x", "1", [], {}, ["x"],
                        {"k": "v"}, "bad name", "a" * 65])
_KEYS = st.sampled_from(["stranger", "Name", "project_id", "x" * 90, "config_name", "type", "name", "id"])
_MAX_DEPTH = 7
_SUBSCHEMAS = ("items", "additionalProperties", "propertyNames")


def _shape(base: str, node: Any, depth: int = 0) -> dict[str, Any]:
    """The node with its ``$ref`` and ``allOf`` parts merged in; each subschema as (its base, itself)."""
    if not isinstance(node, dict) or depth > 10:
        return {}
    own = {k: (base, v) if k in _SUBSCHEMAS else v for k, v in node.items()}
    own["properties"] = {k: (base, v) for k, v in node.get("properties", {}).items()}
    parts = [own]
    if isinstance(node.get("$ref"), str):
        parts.append(_shape(*_resolve(base, node["$ref"]), depth + 1))
    parts += [_shape(base, part, depth + 1) for part in node.get("allOf", [])]
    merged: dict[str, Any] = {"properties": {}, "required": []}
    for part in parts:
        for key, value in part.items():
            if key in ("properties", "required"):
                merged[key] = merged[key] | value if key == "properties" else [*merged[key], *value]
            else:
                merged.setdefault(key, value)
    return merged


def _string(draw: st.DrawFn, shape: dict[str, Any]) -> Any:
    if "enum" in shape:
        return draw(st.sampled_from([*shape["enum"], shape["enum"][0].upper() + "x", ""]))
    low, high = shape.get("minLength", 0), shape.get("maxLength", 12)
    lengths = st.sampled_from(sorted({low, max(low - 1, 0), high, high + 1, min(high, 8)}))
    return draw(st.one_of(st.text(alphabet="ab-_ Z9/:\n", max_size=6),
                          lengths.map(lambda n: "v" * n), st.sampled_from(["ok_name-1", "bad name", "abc\n"])))


def _number(draw: st.DrawFn, shape: dict[str, Any], whole: bool) -> Any:
    edges = [shape[k] + d for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
             if k in shape for d in (-1, 0, 1)]
    values = st.sampled_from([*edges, 1, 0, 2**31, 2**63 - 1])
    return draw(values if whole else st.one_of(values, st.floats(allow_nan=False, width=32)))


def _object(draw: st.DrawFn, shape: dict[str, Any], depth: int) -> dict[Any, Any]:
    body: dict[Any, Any] = {}
    properties: dict[str, tuple[str, Any]] = shape.get("properties", {})
    for name in shape.get("required", []):
        if name in properties and draw(st.integers(0, 9)) > 0:
            body[name] = value(draw, *properties[name], depth + 1)
    optional = [n for n in properties if n not in body]
    for name in draw(st.lists(st.sampled_from(optional), max_size=4, unique=True)) if optional else []:
        body[name] = value(draw, *properties[name], depth + 1)
    extra = shape.get("additionalProperties", (None, True))
    if isinstance(extra, tuple) and isinstance(extra[1], dict):
        for key in draw(st.lists(st.text(alphabet="AZ_9a", min_size=1, max_size=4), max_size=3)):
            body[key] = value(draw, *extra, depth + 1)
    if "maxProperties" in shape and draw(st.integers(0, 3)) == 0:
        body.update((f"K{n}", "v") for n in range(shape["maxProperties"] + 1 - len(body)))
    names = shape.get("propertyNames", (None, {}))[1]
    if "maxLength" in names and draw(st.integers(0, 3)) == 0:
        body["L" * (names["maxLength"] + 1)] = "v"
    if draw(st.integers(0, 4)) == 0:
        body[draw(_KEYS)] = draw(_ODD)
    if properties and draw(st.integers(0, 5)) == 0:
        body[draw(st.sampled_from(sorted(properties))) + "s"] = "typo"
    return body


def value(draw: st.DrawFn, base: str, node: Any, depth: int = 0) -> Any:
    """A value for the schema ``node`` (refs resolve against ``base``): mostly fitting, sometimes not."""
    shape = _shape(base, node)
    if depth > _MAX_DEPTH or draw(st.integers(0, 11)) == 0:
        return draw(_ODD)
    kind = shape.get("type", "object" if shape["properties"] else "string")
    kind = draw(st.sampled_from(kind)) if isinstance(kind, list) else kind
    if kind == "object":
        return _object(draw, shape, depth)
    if kind == "array":
        item_base, item = shape.get("items", (base, {}))
        size = draw(st.integers(shape.get("minItems", 0) - 1 if shape.get("minItems") else 0, 3))
        return [value(draw, item_base, item, depth + 1) for _ in range(max(size, 0))]
    if kind == "string":
        return _string(draw, shape)
    if kind in ("integer", "number"):
        return _number(draw, shape, kind == "integer")
    return draw(st.booleans()) if kind == "boolean" else None


@st.composite
def bodies(draw: st.DrawFn, schema_name: str) -> Any:
    """A body for the bundled schema ``schema_name``."""
    root = _schemas()[schema_name]
    return value(draw, root["$id"], root, 1)

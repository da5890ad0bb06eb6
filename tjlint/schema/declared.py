"""What a schema node declares: the keys of the mapping it describes, through ``$ref`` and ``allOf``.

``$ref`` resolves offline only, within the bundled schemas (keyed by their
``$id``): a sibling schema refers to a field as
``training-job-config.schema.json#/$defs/spec_id``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

from tjlint.model import tokens
from tjlint.schemafiles import bundled


def resolve_ref(base: str, ref: str) -> tuple[str, Any]:
    """The base URI and the node a ``$ref`` (relative to ``base``) names in the bundled schemas."""
    uri, _, fragment = urljoin(base, ref).partition("#")
    node: Any = next(s for s in bundled().values() if s.get("$id") == uri)
    for token in tokens(fragment):
        node = node[token]
    return uri, node


def declared(node: Mapping[str, Any], base: str) -> list[str]:
    """The property names a schema node declares, itself and through ``$ref`` and ``allOf``."""
    names = list(node.get("properties", {}))
    if isinstance(node.get("$ref"), str):
        target_base, target = resolve_ref(base, node["$ref"])
        names += declared(target, target_base)
    for part in node.get("allOf", ()):
        if isinstance(part, Mapping):
            names += declared(part, base)
    return list(dict.fromkeys(names))


#: The known keys of each schema node asked about, with the node (by its id and schema name).
_ALLOWED: dict[tuple[int, str], tuple[Mapping[str, Any], list[str]]] = {}


def allowed(schema: Mapping[str, Any], schema_name: str) -> list[str]:
    """The known keys of the mapping ``schema`` describes (its refs resolve within ``schema_name``)."""
    key = (id(schema), schema_name)
    known = _ALLOWED.get(key)
    if known is None or known[0] is not schema:  # the node itself is kept: its id is not reused
        known = _ALLOWED[key] = (schema, declared(schema, bundled()[schema_name]["$id"]))
    return known[1]

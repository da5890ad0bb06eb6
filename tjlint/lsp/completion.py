"""Completion: the fields the schema allows where the cursor is, and the values a field takes.

Field names come from the schema of the document's kind at the cursor's
path (those already present are left out), each with its description.
Values come from the schema (``enum``, ``const``, ``true``/``false``) and,
when the settings name a catalogue, from it: ``spec_id``, ``engine_id``,
``model_id`` and ``flavor.code`` with the names the catalogue gives them in
v1 bodies; ``spec.resource.flavor_id``, ``algorithm.engine.engine_id`` and
``algorithm.id`` in bodies of the current API (``v2-job``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tjlint.catalog import Catalog
from tjlint.catalog_v2 import V2Catalog
from tjlint.lsp.bodies import document_kind
from tjlint.lsp.cursor import Cursor
from tjlint.lsp.schemainfo import Node, SchemaSet, bundled
from tjlint.lsp.setups import Setup
from tjlint.lsp.where import cursor_at, top_level_keys

#: Plain YAML scalars that would not read back as the same string.
_NEEDS_QUOTES = re.compile(r"^(?:$|[-?:,\[\]{}#&*!|>'\"%@`\s]|.*(?::\s|\s#|\s$))"
                           r"|^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9.].*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Suggestion:
    """One completion: what is shown, what replaces ``start:end``, and what it means."""

    label: str
    insert: str
    start: int
    end: int
    detail: str = ""
    documentation: str = ""
    is_field: bool = True


def suggestions(text: str, fmt: str, offset: int, path: str, setup: Setup) -> list[Suggestion]:
    """What may be written at ``offset`` of a body in ``text`` (``fmt`` ``json`` or ``yaml``)."""
    cursor = cursor_at(text, fmt, offset)
    if cursor is None:
        return []
    kind = document_kind(setup.settings, path, top_level_keys(text, fmt, offset))
    schemas = bundled()
    name = kind.schema
    if cursor.key is None:
        return list(_fields(text, fmt, cursor, schemas, schemas.at(name, cursor.path)))
    nodes = schemas.at(name, cursor.pointer_path)
    return list(_values(text, fmt, cursor, schemas, nodes, _catalogue_values(cursor, setup.catalog, kind.name)))


def _fields(text: str, fmt: str, cursor: Cursor, schemas: SchemaSet, nodes: list[Node]) -> Iterator[Suggestion]:
    followed_by_colon = re.match(r"[ \t]*:", text[cursor.end :]) is not None
    line_start = text.rfind("\n", 0, cursor.start) + 1
    indent = " " * (cursor.start - line_start)
    for key, field_nodes in schemas.properties(nodes).items():
        if key in cursor.present:
            continue
        info = schemas.info(field_nodes)
        if fmt == "json":
            insert = json.dumps(key) + ("" if followed_by_colon else ": ")
        elif followed_by_colon:
            insert = key
        elif "object" in info.types and info.fields:
            insert = f"{key}:\n{indent}  "
        elif "array" in info.types:
            insert = f"{key}:\n{indent}  - "
        else:
            insert = f"{key}: "
        detail = " ".join(filter(None, (info.title, f"({' or '.join(info.types)})" if info.types else "")))
        yield Suggestion(key, insert, cursor.start, cursor.end, detail, info.description)


def _value_text(value: Any, fmt: str, quote: str) -> str:
    """A value as the document writes it."""
    if not isinstance(value, str) or fmt == "json":
        return json.dumps(value, ensure_ascii=False)
    if quote == "'":
        return "'" + value.replace("'", "''") + "'"
    if quote or _NEEDS_QUOTES.match(value):
        return json.dumps(value, ensure_ascii=False)
    return value


def _values(text: str, fmt: str, cursor: Cursor, schemas: SchemaSet, nodes: list[Node],
            catalogued: Iterator[tuple[Any, str, str]]) -> Iterator[Suggestion]:
    space = " " if fmt == "yaml" and text[cursor.start - 1 : cursor.start] == ":" else ""
    info = schemas.info(nodes) if nodes else None
    choices: list[tuple[Any, str, str]] = [(v, "", "") for v in (info.values if info else ())]
    if info is not None and not info.values and info.types == ("boolean",):
        choices = [(True, "", ""), (False, "", "")]
    choices.extend(catalogued)
    seen: set[str] = set()
    for value, detail, documentation in choices:
        insert = _value_text(value, fmt, cursor.quote)
        if insert in seen:
            continue
        seen.add(insert)
        label = value if isinstance(value, str) else json.dumps(value)
        yield Suggestion(label, space + insert, cursor.start, cursor.end, detail,
                         documentation or (info.description if info else ""), is_field=False)


def _catalogue_values(cursor: Cursor, catalog: Catalog | None, kind: str) -> Iterator[tuple[Any, str, str]]:
    """Ids (or spec codes) from the saved catalogue that fit the field being written."""
    if catalog is None or cursor.key is None:
        return
    parent = next((t for t in reversed(cursor.path) if not t.isdigit()), "")
    if kind == "v2-job":
        yield from _current_api_values(cursor.key, parent, catalog.v2)
        return
    if cursor.key == "spec_id" or (cursor.key == "code" and parent == "flavor"):
        for spec in (catalog.specs or {}).values():
            facts = [f"spec_code {spec.spec_code}" if spec.spec_code else "",
                     f"at most {spec.max_num} workers" if spec.max_num is not None else "",
                     f"{spec.gpu_num} GPUs" if spec.gpu_num else "",
                     "sold out (no_resource)" if spec.no_resource else ""]
            about = ", ".join(filter(None, facts))
            if cursor.key == "code":
                if spec.spec_code:
                    yield spec.spec_code, f"spec_id {spec.spec_id}", about
            else:
                yield spec.spec_id, spec.spec_code, about
    elif cursor.key == "engine_id":
        for engine in (catalog.engines or {}).values():
            yield engine.engine_id, f"{engine.engine_name} {engine.engine_version}".strip(), ""
    elif cursor.key == "model_id":
        for model in (catalog.models or {}).values():
            yield model.model_id, model.model_name, ""


def _current_api_values(key: str, parent: str, catalog: V2Catalog) -> Iterator[tuple[Any, str, str]]:
    """Flavor, engine and saved-algorithm ids of the current API's catalogues (``v2-job`` bodies)."""
    if key == "flavor_id" and parent == "resource":
        for flavor in (catalog.flavors or {}).values():
            limit = f"at most {flavor.max_num} nodes" if flavor.max_num is not None else ""
            yield flavor.flavor_id, flavor.flavor_name if flavor.flavor_name != flavor.flavor_id else "", limit
    elif key == "engine_id" and parent == "engine":
        for engine in (catalog.engines or {}).values():
            yield engine.engine_id, engine.engine_name, ""
    elif key == "id" and parent == "algorithm":
        for algorithm in (catalog.algorithms or {}).values():
            yield algorithm.algorithm_id, algorithm.name, ""

"""Where a position is in a body's text, JSON or YAML: the cursor, the key path, the top-level keys.

The text need not parse: these read it leniently (see :mod:`tjlint.lsp.cursor`).
"""

from __future__ import annotations

from tjlint.lsp.cursor import Cursor
from tjlint.lsp.jsoncursor import json_cursor, json_key_at, json_top_keys
from tjlint.lsp.yamlcursor import yaml_cursor, yaml_key_at, yaml_top_keys


def cursor_at(text: str, fmt: str, offset: int) -> Cursor | None:
    """The context of character ``offset`` of ``text`` (a ``json`` or ``yaml`` body)."""
    return json_cursor(text, offset) if fmt == "json" else yaml_cursor(text, offset)


def top_level_keys(text: str, fmt: str, offset: int = 0) -> list[str]:
    """The keys of the top-level mapping of the document around ``offset``, read leniently."""
    return json_top_keys(text) if fmt == "json" else yaml_top_keys(text, offset)


def key_path_at(text: str, fmt: str, offset: int) -> tuple[str, ...] | None:
    """The path of keys (and item indexes) of the key or value written at ``offset``, if any."""
    return (json_key_at if fmt == "json" else yaml_key_at)(text, offset)

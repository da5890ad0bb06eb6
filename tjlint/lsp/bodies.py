"""Which documents are request bodies, and which kind (and schema) a body is.

A document is linted when its name matches ``include`` (default: names that
look like training-job bodies) or its content looks like a body, the same
decision as the folder walk of the command line. The kind of a document
that does not parse is told from its top-level keys, read from the text.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import PurePath

from tjlint.config import Config
from tjlint.discovery import DEFAULT_INCLUDE
from tjlint.globs import matches
from tjlint.lsp.cursor import top_level_keys

#: Content is judged from at most this many leading characters, as the folder walk does.
SNIFF = 64 * 1024


def body_reason(path: str, text: str | None, include: Sequence[str] = DEFAULT_INCLUDE) -> str | None:
    """``"name"`` or ``"content"`` when ``path`` holding ``text`` is a request body, else None."""
    try:
        from tjlint.discovery import body_reason as walk_reason  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        walk_reason = _body_reason
    reason: str | None = walk_reason(path, text, tuple(include) or DEFAULT_INCLUDE)
    return reason


def _body_reason(path: str, text: str | None, include: Sequence[str]) -> str | None:
    """Stands in for the folder walk's own decision where that is not available.

    Settings files make their globs absolute; the built-in ones (``**/training-jobs/**``)
    are matched from the root, as an editor may start the server in any folder.
    """
    if path.lower().endswith((".json", ".yaml", ".yml")) and matches(path, include, PurePath(path).anchor or "/"):
        return "name"
    if text is None:
        return None
    head = text[:SNIFF]
    fmt = "json" if head.lstrip()[:1] in ("{", "[") else "yaml"
    keys = set(top_level_keys(head, fmt))
    if {"job_name", "config"} <= keys or ("metadata" in keys and keys & {"algorithm", "spec"}):
        return "content"
    return "content" if len(keys & _configuration_fields()) >= 2 else None


@functools.lru_cache(maxsize=1)
def _configuration_fields() -> frozenset[str]:
    from tjlint.lsp.schemainfo import bundled

    schemas = bundled()
    return frozenset(schemas.properties(schemas.root(schema_for_kind("config"))))


def schema_for_kind(kind: str) -> str:
    """The name of the bundled schema of a body kind."""
    from tjlint.engine import SCHEMA_FOR_KIND

    return SCHEMA_FOR_KIND.get(kind, SCHEMA_FOR_KIND["config"])


def document_kind(config: Config, path: str, keys: Sequence[str]) -> str:
    """The kind of a body with these top-level keys, as ``--kind`` and ``kinds`` settings decide."""
    from tjlint.engine import detect_kind

    return detect_kind(dict.fromkeys(keys), config.kind_for(path))

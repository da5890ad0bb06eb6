"""Which documents are request bodies, and which kind (and schema) a body is.

A document is linted when its name matches ``include`` (default: names that
look like training-job bodies) or its content looks like a body, the same
decision as the folder walk of the command line. The kind of a document
that does not parse is told from its top-level keys, read from the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from tjlint.discovery import CONTENT, DEFAULT_INCLUDE, EXTENSIONS, NAME
from tjlint.globs import matches
from tjlint.kinds import KINDS, BodyKind
from tjlint.settings import Settings
from tjlint.sniff import looks_like_body

#: Content is judged from at most this many leading characters, as the folder walk does.
SNIFF = 64 * 1024


def body_reason(path: str, text: str | None, include: Sequence[str] = DEFAULT_INCLUDE) -> str | None:
    """``"name"`` or ``"content"`` when ``path`` holding ``text`` is a request body, else None.

    Content is judged by the folder walk's own check (:func:`tjlint.sniff.looks_like_body`).
    Names: settings files make their globs absolute; the built-in ones (``**/training-jobs/**``)
    are matched from the root, as an editor may start the server in any folder.
    """
    if path.lower().endswith(EXTENSIONS) and matches(path, tuple(include) or DEFAULT_INCLUDE,
                                                      PurePath(path).anchor or "/"):
        return NAME
    if text is None:
        return None
    return CONTENT if looks_like_body(text[:SNIFF]) else None


def document_kind(settings: Settings, path: str, keys: Sequence[str]) -> BodyKind:
    """The kind of a body with these top-level keys, as ``--kind`` and ``kinds`` settings decide."""
    return KINDS.detect(dict.fromkeys(keys), settings.kind_for(path))

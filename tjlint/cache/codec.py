"""One file's diagnostics as plain tuples, and back: what the results cache keeps and worker processes send.

A :class:`~tjlint.model.Diagnostic` becomes a tuple of strings and integers
(no objects, no pickling), so it can be written with :mod:`marshal` and read
back exactly: every field the four output formats print survives, spans and
fixes included. The path is left out: it is the file's path as shown, which
the cache keys on and the caller knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tjlint.model import Diagnostic, Span

#: An encoded diagnostic: ``(span, code, name, severity, message, pointer, document, related, fix)``.
Encoded = tuple[Any, ...]

__all__ = ["Encoded", "decode", "encode"]


def _span(span: Span) -> tuple[int, int, int, int, int, int]:
    return (span.line, span.column, span.end_line, span.end_column, span.offset, span.end_offset)


def encode(diagnostics: Iterable[Diagnostic], path: str) -> tuple[Encoded, ...] | None:
    """The diagnostics of the file ``path`` as tuples (None if one names another file: never cached)."""
    out: list[Encoded] = []
    for d in diagnostics:
        if d.path != path:
            return None
        out.append((_span(d.span), d.code, d.name, d.severity.value, d.message, d.pointer, d.document,
                    tuple((r.pointer, _span(r.span)) for r in d.related),
                    tuple((_span(e.span), e.replacement) for e in d.fix)))
    return tuple(out)


def decode(encoded: Sequence[Encoded], path: str) -> list[Diagnostic]:
    """The diagnostics :func:`encode` wrote, for the file shown as ``path``.

    Raises ``TypeError`` or ``ValueError`` for anything :func:`encode` cannot have written.
    """
    out: list[Diagnostic] = []
    if not encoded:
        return out
    from tjlint.model import Diagnostic, Edit, Related, Severity, Span  # made on first use: a clean file needs none

    for span, code, name, severity, message, pointer, document, related, fix in encoded:
        for text in (code, name, message, pointer):
            if not isinstance(text, str):
                raise TypeError("not an encoded diagnostic")
        if not isinstance(document, int):
            raise TypeError("not an encoded diagnostic")
        out.append(Diagnostic(path, Span(*span), code, name, Severity(severity), message, pointer, document,
                              tuple(Related(p, Span(*s)) for p, s in related),
                              tuple(Edit(Span(*s), r) for s, r in fix)))
    return out

"""The ``text`` format for people: ``path:line:col: severity CODE message``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tjlint.diagnostics import Diagnostic

if TYPE_CHECKING:
    from tjlint.formatters import Report


def render_line(d: Diagnostic) -> str:
    """One diagnostic on one line."""
    return f"{d.path}:{d.line}:{d.column}: {d.severity.value} {d.code} {d.message}"


def render(diagnostics: Sequence[Diagnostic], report: Report) -> str:
    """One line per diagnostic, in the order given."""
    return "".join(render_line(d) + "\n" for d in diagnostics)


def summary(diagnostics: Sequence[Diagnostic], files: int) -> str:
    """``3 errors, 1 warning in 2 files`` (or ``no problems in 2 files``)."""
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors

    def plural(n: int, word: str) -> str:
        return f"{n:,} {word}{'' if n == 1 else 's'}"

    where = f"in {plural(files, 'file')}"
    if not diagnostics:
        return f"no problems {where}"
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')} {where}"

"""The ``github`` format: GitHub Actions workflow commands that become annotations.

One line per diagnostic::

    ::error file=job.yaml,line=3,col=1,endLine=3,endColumn=8,title=TJ102 unknown-field::MESSAGE

Escaping follows the Actions toolkit (``escapeData``/``escapeProperty``):
in the message ``%``, carriage return and line feed become ``%25``, ``%0D``,
``%0A``; property values also turn ``:`` and ``,`` into ``%3A`` and ``%2C``.
GitHub accepts columns only on a single-line span, so a span over several
lines is given by lines alone; a diagnostic without a position (line 0) names
the file only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tjlint.formatters.sarif import relative_path
from tjlint.model import Severity

if TYPE_CHECKING:
    from tjlint.formatters import Report
    from tjlint.model import Diagnostic

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value of a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _properties(d: Diagnostic, root: str) -> list[tuple[str, str]]:
    props = [("file", relative_path(d.path, root))]
    if d.line >= 1:
        end_line = max(d.end_line, d.line)
        props.append(("line", str(d.line)))
        if end_line == d.line and d.column >= 1:
            props.append(("col", str(d.column)))
        props.append(("endLine", str(end_line)))
        if end_line == d.line and d.end_column >= d.column >= 1:
            props.append(("endColumn", str(d.end_column)))
    props.append(("title", f"{d.code} {d.name}"))
    return props


def render_line(d: Diagnostic, root: str = "") -> str:
    """One workflow command, always a single line."""
    props = ",".join(f"{key}={escape_property(value)}" for key, value in _properties(d, root))
    return f"::{_COMMAND[d.severity]} {props}::{escape_data(d.message)}"


def render(diagnostics: Sequence[Diagnostic], report: Report) -> str:
    """One workflow command per diagnostic (nothing when clean)."""
    return "".join(render_line(d, report.root) + "\n" for d in diagnostics)

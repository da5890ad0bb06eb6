"""The result records: severities, source spans and diagnostics.

Everything here is immutable and hashable, so diagnostics can be sorted,
deduplicated and cached freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """How much a diagnostic matters: errors fail a run, warnings do not (unless strict)."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Span:
    """A region of the source text.

    Lines and columns are 1-based and count characters; the end is exclusive
    (``end_column`` is the column just after the last character), as in SARIF.
    ``offset``/``end_offset`` are 0-based character offsets into the decoded
    text (a leading BOM removed), or -1 when unknown.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    offset: int = -1
    end_offset: int = -1


#: The span used where no source text exists (``lint_data``): line 0 means "no position".
NO_SPAN = Span(0, 0, 0, 0)
#: The span of a whole-file problem.
FILE_SPAN = Span(1, 1, 1, 1, 0, 0)


@dataclass(frozen=True, slots=True)
class Related:
    """Another field that takes part in a cross-field diagnostic."""

    pointer: str
    line: int
    column: int

    def to_json(self) -> dict[str, Any]:
        return {"pointer": self.pointer, "line": self.line, "column": self.column}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the characters of ``span`` with ``replacement`` (a safe fix)."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in one document of one file."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    pointer: str = ""
    document: int = 0
    related: tuple[Related, ...] = ()
    fix: tuple[Edit, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def fixable(self) -> bool:
        return bool(self.fix)

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        return (self.path, self.document, self.line, self.column, self.code, self.pointer)

    def to_json(self) -> dict[str, Any]:
        """The object of the ``json`` output format."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "pointer": self.pointer,
            "document": self.document,
            "related": [r.to_json() for r in self.related],
            "fixable": self.fixable,
        }

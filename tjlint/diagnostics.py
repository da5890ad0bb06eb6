"""The result records under their former module name: see :mod:`tjlint.model`."""

from __future__ import annotations

from tjlint.model import FILE_SPAN, NO_SPAN, Diagnostic, Edit, Related, Severity, Span

__all__ = ["FILE_SPAN", "NO_SPAN", "Diagnostic", "Edit", "Related", "Severity", "Span"]

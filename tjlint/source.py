"""The read file's records under their former module name: see :mod:`tjlint.read.source`."""

from __future__ import annotations

from tjlint.read.source import (
    LINE_BREAKS,
    POINTER_CHARS_PER_NODE,
    Document,
    DocumentView,
    PointerBudget,
    Pos,
    Problem,
    ReadAbort,
    SourceFile,
    file_problem,
)

__all__ = ["LINE_BREAKS", "POINTER_CHARS_PER_NODE", "Document", "DocumentView", "PointerBudget", "Pos", "Problem",
           "ReadAbort", "SourceFile", "file_problem"]

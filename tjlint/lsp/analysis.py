"""One lint of one version of a document, and where its findings sit in the document's text.

tjlint's positions are 1-based lines and columns counting characters in the
text without a BOM; the editor's text may begin with one. Everything here
works in character offsets of the editor's text; :mod:`tjlint.lsp.encoding`
turns those into protocol positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tjlint.lsp.encoding import LineIndex
from tjlint.lsp.setups import Setup
from tjlint.model import Diagnostic, Edit
from tjlint.read import read_source
from tjlint.read.source import SourceFile


@dataclass
class Analysis:
    """The text linted, how it was read, and what was found (or why nothing could be)."""

    text: str
    path: str
    setup: Setup
    source: SourceFile | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    version: int | None = None
    index: LineIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = LineIndex(self.text)

    @property
    def bom(self) -> int:
        """1 when the editor's text starts with a BOM (tjlint's columns do not count it)."""
        return 1 if self.text.startswith("\ufeff") else 0

    def offset(self, line: int, column: int) -> int:
        """The offset in the editor's text of a tjlint line and column."""
        if self.source is None or line < 1:
            return self.bom
        return self.source.offset(line, max(column, 1)) + self.bom

    def span(self, line: int, column: int, end_line: int, end_column: int) -> tuple[int, int]:
        """Start and end offsets of a tjlint span (an end before the start is the start)."""
        start = self.offset(line, column)
        return start, max(start, self.offset(end_line, end_column))

    def edit_span(self, edit: Edit) -> tuple[int, int]:
        """Start and end offsets in the editor's text of a fix's edit."""
        return edit.span.offset + self.bom, edit.span.end_offset + self.bom

    def tjlint_position(self, offset: int) -> tuple[int, int]:
        """tjlint's 1-based line and column of an offset in the editor's text."""
        if self.source is None:
            return 1, 1
        return self.source.position(max(offset - self.bom, 0))


def analyse(text: str, path: str, setup: Setup, version: int | None = None) -> Analysis:
    """Lint ``text`` as the file ``path`` with a folder's setup (nothing when it has a problem)."""
    if setup.linter is None:
        return Analysis(text, path, setup, version=version)
    source = read_source(text, path, limits=setup.linter.settings.limits)
    return Analysis(text, path, setup, source, setup.linter.lint_source(source), version)

"""tjlint diagnostics as protocol diagnostics: exact ranges, codes, links to the rule, related fields."""

from __future__ import annotations

from lsprotocol import types

from tjlint.lsp.analysis import Analysis
from tjlint.model import Diagnostic, Severity
from tjlint.rules import BUILTIN

SOURCE = "tjlint"
#: The rule documentation (``docs/rules.md`` of the project's home page); each rule has an anchor.
RULES_DOC = "https://github.com/tjlint/tjlint/blob/main/docs/rules.md"


def rule_link(code: str, name: str) -> str:
    """The address of a rule's section in the rule documentation."""
    return f"{RULES_DOC}#{code.lower()}-{name}"


def lsp_range(analysis: Analysis, start: int, end: int, encoding: str) -> types.Range:
    """The protocol range of two offsets of the analysed text."""
    line, character = analysis.index.position(start, encoding)
    end_line, end_character = analysis.index.position(end, encoding)
    return types.Range(types.Position(line, character), types.Position(end_line, end_character))


def diagnostic_range(analysis: Analysis, diagnostic: Diagnostic, encoding: str) -> types.Range:
    """Where a diagnostic points, as a protocol range."""
    start, end = analysis.span(diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column)
    return lsp_range(analysis, start, end, encoding)


def to_lsp(analysis: Analysis, diagnostic: Diagnostic, uri: str, encoding: str,
           documented: frozenset[str]) -> types.Diagnostic:
    """One diagnostic for the editor; ``documented`` lists the codes that have a section in the docs."""
    related = []
    for other in diagnostic.related:
        at = analysis.offset(other.line, other.column)
        where = types.Location(uri, lsp_range(analysis, at, at, encoding))
        related.append(types.DiagnosticRelatedInformation(where, f"related field {other.pointer or '/'}"))
    link = rule_link(diagnostic.code, diagnostic.name) if diagnostic.code in documented else None
    return types.Diagnostic(
        range=diagnostic_range(analysis, diagnostic, encoding),
        message=diagnostic.message,
        severity=types.DiagnosticSeverity.Error if diagnostic.severity is Severity.ERROR
        else types.DiagnosticSeverity.Warning,
        code=diagnostic.code,
        code_description=types.CodeDescription(href=link) if link else None,
        source=SOURCE,
        related_information=related or None,
        data={"name": diagnostic.name, "pointer": diagnostic.pointer, "document": diagnostic.document},
    )


def setup_problem(problem: str) -> types.Diagnostic:
    """The one diagnostic of a document whose settings or catalogue cannot be used."""
    return types.Diagnostic(
        range=types.Range(types.Position(0, 0), types.Position(0, 0)),
        message=f"tjlint cannot lint this file: {problem}",
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def publishable(analysis: Analysis, uri: str, encoding: str) -> list[types.Diagnostic]:
    """Everything to publish for one analysis."""
    if analysis.setup.problem is not None:
        return [setup_problem(analysis.setup.problem)]
    documented = BUILTIN.codes
    return [to_lsp(analysis, d, uri, encoding, documented) for d in analysis.diagnostics]

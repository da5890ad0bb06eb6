"""The ``sarif`` format: SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps, IDEs).

One run whose ``tool.driver`` lists every rule tjlint knows, so that a
result's ``ruleIndex`` always points at its rule. Columns count Unicode code
points (``columnKind``), as tjlint's do; regions end exclusively, as SARIF's
do. File locations are relative to the working directory (``%SRCROOT%``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from tjlint import __version__
from tjlint.model import Diagnostic, Edit, Related, Severity, Span
from tjlint.rules.base import RuleInfo, RuleSet, is_retired
from tjlint.rules_doc import render_rule

if TYPE_CHECKING:
    from tjlint.formatters import Report

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/tjlint/tjlint"
SRCROOT = "%SRCROOT%"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning"}
_UNWRAPPED = 1_000_000  # help text is not wrapped: viewers wrap it themselves


def relative_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with forward slashes, when it lies inside ``root``.

    Paths outside ``root`` (and names such as ``<stdin>``) are returned as given,
    with forward slashes.
    """
    if os.path.isabs(path) and root:
        try:
            inside = os.path.relpath(path, root)
        except ValueError:  # another drive on Windows
            inside = os.pardir
        if inside != os.pardir and not inside.startswith(os.pardir + os.sep):
            path = inside
    return path.replace(os.sep, "/")


def artifact_location(path: str, root: str) -> dict[str, Any]:
    """A SARIF ``artifactLocation``: a relative URI under ``%SRCROOT%``, or an absolute file URI."""
    shown = relative_path(path, root)
    if shown == os.pardir or shown.startswith(os.pardir + "/"):  # may lead back inside root
        shown = relative_path(os.path.abspath(os.path.join(root or os.curdir, shown)), root)
    if os.path.isabs(shown):
        return {"uri": Path(shown).as_uri()}
    return {"uri": quote(shown, safe="/"), "uriBaseId": SRCROOT}


def region(span: Span) -> dict[str, Any]:
    """A SARIF ``region`` (with character offsets when they are known)."""
    out: dict[str, Any] = {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": span.end_line,
        "endColumn": span.end_column,
    }
    if span.offset >= 0 and span.end_offset >= span.offset:
        out["charOffset"] = span.offset
        out["charLength"] = span.end_offset - span.offset
    return out


def _region(d: Diagnostic) -> dict[str, Any] | None:
    """The region of a diagnostic; None without a position (``lint_data``: line 0)."""
    s = d.span
    if s.line < 1:
        return None
    # Columns of 0 (no column known) become 1, an end before the start the start line; the
    # offsets are left out, as they always were for diagnostics.
    return region(Span(s.line, max(s.column, 1), max(s.end_line, s.line), max(s.end_column, 1)))


def _location(artifact: dict[str, Any], where: dict[str, Any] | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if where is not None:
        physical["region"] = where
    return {"physicalLocation": physical}


def _related(artifact: dict[str, Any], index: int, related: Related) -> dict[str, Any]:
    where = {"startLine": related.line, "startColumn": max(related.column, 1)}
    location = _location(artifact, where if related.line >= 1 else None)
    shown = related.pointer or "(the document itself)"
    location.update(id=index, message={"text": f"related field {shown}"})
    return location


def _fix(artifact: dict[str, Any], edits: Sequence[Edit]) -> dict[str, Any]:
    replacements = [
        {"deletedRegion": region(e.span), "insertedContent": {"text": e.replacement}} for e in edits
    ]
    return {
        "description": {"text": "the safe fix tjlint --fix applies"},
        "artifactChanges": [{"artifactLocation": artifact, "replacements": replacements}],
    }


def result(d: Diagnostic, rule_index: int, root: str) -> dict[str, Any]:
    """One SARIF ``result``."""
    artifact = artifact_location(d.path, root)
    out: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[d.severity],
        "message": {"text": d.message},
        "locations": [_location(artifact, _region(d))],
    }
    if d.pointer or d.document:
        out["properties"] = {"pointer": d.pointer, "document": d.document}
    if d.related:
        out["relatedLocations"] = [_related(artifact, i, r) for i, r in enumerate(d.related, 1)]
    if d.fix and all(e.span.line >= 1 for e in d.fix):
        out["fixes"] = [_fix(artifact, d.fix)]
    return out


def _fence(text: str) -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}yaml\n{text.rstrip()}\n{fence}"


def help_markdown(rule: RuleInfo) -> str:
    """The rule's help in Markdown: summary, explanation, passing and failing examples."""
    parts = [f"**{rule.code} {rule.name}** ({rule.severity.value})", rule.summary, rule.explanation]
    if rule.good:
        parts += ["Passing example:", _fence(rule.good)]
    if rule.bad:
        parts += ["Failing example:", _fence(rule.bad)]
    return "\n\n".join(parts) + "\n"


def descriptor(rule: RuleInfo) -> dict[str, Any]:
    """A SARIF ``reportingDescriptor`` for one rule."""
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation or rule.summary},
        "help": {"text": render_rule(rule, width=_UNWRAPPED), "markdown": help_markdown(rule)},
        # A retired code is listed (settings may name it) but switched off: it is never reported.
        "defaultConfiguration": {"level": "none", "enabled": False} if is_retired(rule)
        else {"level": _LEVEL[rule.severity]},
    }


def _src_root(root: str) -> dict[str, Any]:
    uri = Path(os.path.abspath(root or os.curdir)).as_uri()
    return {SRCROOT: {"uri": uri if uri.endswith("/") else uri + "/"}}


def sarif_log(diagnostics: Sequence[Diagnostic], root: str, ruleset: RuleSet) -> dict[str, Any]:
    """The whole SARIF log as a JSON-ready dict: every code of ``ruleset`` is a rule of the driver."""
    rules = ruleset.metadata
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver = {
        "name": "tjlint",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [descriptor(rule) for rule in rules],
    }
    run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": _src_root(root),
        "columnKind": "unicodeCodePoints",
        "results": [result(d, index[d.code], root) for d in diagnostics],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(diagnostics: Sequence[Diagnostic], report: Report) -> str:
    """SARIF 2.1.0 JSON (one run), ending in a newline."""
    return json.dumps(sarif_log(diagnostics, report.root, report.rules), indent=2) + "\n"

"""Hovers: the rule behind a finding, and what the schema says about a field.

The field under the cursor is found from the positions tjlint recorded while
reading the document (exact, flow style included); in a document that does
not read, from its text (see :mod:`tjlint.lsp.cursor`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tjlint.lsp.analysis import Analysis
from tjlint.lsp.bodies import document_kind
from tjlint.lsp.diagnostics import rule_link
from tjlint.lsp.schemainfo import FieldInfo, bundled
from tjlint.lsp.where import key_path_at, top_level_keys
from tjlint.model import Diagnostic, tokens
from tjlint.rules import BUILTIN


def _shown(value: Any) -> str:
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def field_markdown(key: str, info: FieldInfo) -> str:
    """A field's documentation: title, description, type, limits, values, default, examples."""
    lines = [f"**{info.title}** (`{key}`)" if info.title else f"`{key}`"]
    if info.description:
        lines += ["", info.description]
    facts = []
    if info.types:
        facts.append("Type: " + " or ".join(f"`{t}`" for t in info.types))
    if info.limits:
        facts.append("Limits: " + ", ".join(info.limits))
    if info.values:
        facts.append("One of: " + ", ".join(_shown(v) for v in info.values))
    if info.default:
        facts.append(f"Default: {_shown(info.default[0])}")
    if info.examples:
        facts.append("Example: " + ", ".join(_shown(v) for v in info.examples[:3]))
    if facts:
        lines += ["", *(f"- {fact}" for fact in facts)]
    return "\n".join(lines)


def rule_markdown(analysis: Analysis, diagnostic: Diagnostic) -> str:
    """What a finding's rule checks and why, with a link to its documentation."""
    linter = analysis.setup.linter
    info = linter.ruleset.get(diagnostic.code) if linter is not None else None
    if info is None:
        return f"**{diagnostic.code} {diagnostic.name}**"
    text = f"**{info.code} {info.name}** ({diagnostic.severity.value}): {info.summary}\n\n{info.explanation}"
    if info.code in BUILTIN.codes:  # plugins' rules have no section in the rule documentation
        text += f"\n\n[{info.code} in the rule documentation]({rule_link(info.code, info.name)})"
    return text


def findings_at(analysis: Analysis, offset: int) -> list[Diagnostic]:
    """The findings whose range holds ``offset`` on the line where the range starts, one per code.

    A finding about a whole mapping (a missing field) spans the mapping: its rule is explained
    on the mapping's first line, not in every hover inside it.
    """
    found: dict[str, Diagnostic] = {}
    for diagnostic in analysis.diagnostics:
        start, end = analysis.span(diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column)
        if start <= offset <= end and not any(c in analysis.text[start:offset] for c in "\r\n"):
            found.setdefault(diagnostic.code, diagnostic)
    return list(found.values())


def _parsed_path(analysis: Analysis, offset: int) -> tuple[int, tuple[str, ...]] | None:
    """The document and path of the deepest key or value written at ``offset`` (from the reader)."""
    source = analysis.source
    if source is None:
        return None
    here = analysis.tjlint_position(offset)
    source.record_positions(0)  # a reader may record positions only when asked
    best: tuple[int, int, str] | None = None
    for document in source.documents:
        for table in (document.keys, document.values):
            for pointer, (line, column, end_line, end_column) in table.items():
                if (line, column) <= here <= (end_line, end_column) and pointer:
                    depth = pointer.count("/")
                    if best is None or depth > best[0]:
                        best = (depth, document.index, pointer)
    return None if best is None else (best[1], tuple(tokens(best[2])))


def _kind_keys(analysis: Analysis, document: int | None, fmt: str, offset: int) -> Sequence[str]:
    source = analysis.source
    if source is not None and document is not None and document < len(source.documents):
        data = source.documents[document].data
        if isinstance(data, dict):
            return [str(k) for k in data]
    return top_level_keys(analysis.text, fmt, offset)


def field_at(analysis: Analysis, fmt: str, offset: int) -> str | None:
    """The schema documentation of the field at ``offset`` (None when there is none)."""
    found = _parsed_path(analysis, offset)
    document: int | None = None
    if found is not None:
        document, path = found
    else:
        text_path = key_path_at(analysis.text, fmt, offset)
        if text_path is None:
            return None
        path = text_path
    kind = document_kind(analysis.setup.settings, analysis.path, _kind_keys(analysis, document, fmt, offset))
    schemas = bundled()
    nodes = schemas.at(kind.schema, path)
    if not nodes:
        return None
    name = next((t for t in reversed(path) if not t.isdigit()), path[-1])
    return field_markdown(name, schemas.info(nodes))


def hover_text(analysis: Analysis, fmt: str, offset: int) -> str | None:
    """Markdown for a hover at ``offset``: the rules of the findings there, then the field."""
    parts = [rule_markdown(analysis, d) for d in findings_at(analysis, offset)]
    described = field_at(analysis, fmt, offset)
    if described:
        parts.append(described)
    return "\n\n---\n\n".join(parts) if parts else None


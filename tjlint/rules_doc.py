"""Rule documentation as text: ``tjlint rules [CODE]``, SARIF help and ``docs/rules.md``.

Pure functions from rule metadata to strings; nothing here prints.
``scripts/rules_doc.py`` writes the Markdown file.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence

from tjlint.rules.base import RuleInfo, is_retired

REGENERATE = "python scripts/rules_doc.py > docs/rules.md"
_MIN_SUMMARY = 30


def level(rule: RuleInfo) -> str:
    """The default severity as shown, or ``retired`` for a code that is no longer checked."""
    return "retired" if is_retired(rule) else rule.severity.value


def _wrap(text: str, width: int, indent: str = "") -> str:
    return textwrap.fill(
        text, width=width, initial_indent=indent, subsequent_indent=indent,
        break_long_words=False, break_on_hyphens=False,
    )


def render_rule_list(rules: Sequence[RuleInfo], width: int = 80) -> str:
    """One entry per rule (code, name, severity, summary), wrapped to ``width`` columns."""
    if not rules:
        return ""
    name_width = max(len(r.name) for r in rules)
    sev_width = max(len(level(r)) for r in rules)
    lead = len(rules[0].code) + 2 + name_width + 2 + sev_width + 2
    lines: list[str] = []
    for rule in rules:
        head = f"{rule.code:<{len(rules[0].code)}}  {rule.name:<{name_width}}  "
        head += f"{level(rule):<{sev_width}}"
        if width - lead >= _MIN_SUMMARY:
            body = textwrap.wrap(rule.summary, width - lead, break_on_hyphens=False) or [""]
            lines.append(f"{head}  {body[0]}")
            lines.extend(" " * lead + part for part in body[1:])
        else:  # too narrow for columns: the summary goes below, indented
            lines.append(head.rstrip())
            lines.append(_wrap(rule.summary, width, "    "))
    return "\n".join(lines) + "\n"


def rules_json(rules: Sequence[RuleInfo]) -> str:
    """``tjlint rules --format json``: a JSON array, one object per rule, for tools."""
    items = [{"code": r.code, "name": r.name, "severity": r.severity.value, "summary": r.summary,
              "explanation": r.explanation, "passing_example": r.good, "failing_example": r.bad}
             for r in rules]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _example(title: str, text: str) -> list[str]:
    if not text:
        return []
    body = textwrap.indent(text.rstrip("\n"), "    ", lambda line: True)
    return ["", f"{title}:", "", body]


def render_rule(rule: RuleInfo, width: int = 80) -> str:
    """The full text of one rule: header, explanation, passing and failing examples."""
    parts = [
        f"{rule.code} {rule.name} ({level(rule)})",
        "",
        _wrap(rule.summary, width),
        "",
        _wrap(rule.explanation, width),
        *(["", _wrap(f"Retired in {rule.retired}.", width)] if is_retired(rule) else []),
        *_example("Passing example", rule.good),
        *_example("Failing example", rule.bad),
    ]
    return "\n".join(parts) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _markdown_rule(rule: RuleInfo) -> list[str]:
    lines = [
        f"## {rule.code} {rule.name}",
        "",
        f"Severity: {level(rule)}. {rule.summary}",
        "",
        rule.explanation,
        *(["", f"Retired in {rule.retired}."] if is_retired(rule) else []),
    ]
    for title, text in (("Passing example", rule.good), ("Failing example", rule.bad)):
        if text:
            lines += ["", f"{title}:", "", "```yaml", text.rstrip("\n"), "```"]
    return [*lines, ""]


def render_markdown(rules: Sequence[RuleInfo]) -> str:
    """``docs/rules.md``: an index table, then one section per rule."""
    lines = [
        "<!-- Generated from the rule definitions; do not edit by hand.",
        f"     Regenerate with: {REGENERATE} -->",
        "",
        "# tjlint rules",
        "",
        "Every code tjlint reports, with its default severity. `tjlint rules` lists them",
        "and `tjlint rules CODE` explains one in the terminal.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    for rule in rules:
        anchor = f"{rule.code}-{rule.name}".lower()
        lines.append(
            f"| [{rule.code}](#{anchor}) | {rule.name} | {level(rule)}"
            f" | {_cell(rule.summary)} |"
        )
    lines.append("")
    for rule in rules:
        lines += _markdown_rule(rule)
    return "\n".join(lines)

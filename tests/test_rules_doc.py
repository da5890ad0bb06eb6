"""The rule documentation: terminal list, one rule in full, and the generated docs/rules.md."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tjlint.model import Severity
from tjlint.rules import ALL_RULES
from tjlint.rules.base import RuleInfo
from tjlint.rules_doc import REGENERATE, render_markdown, render_rule, render_rule_list

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "rules.md"
LONG = RuleInfo(
    "TJ999", "a-rule-with-a-long-name", Severity.WARNING,
    "A summary that is long enough to need wrapping in any ordinary eighty column terminal window.",
    "What, why and how to fix. " * 10,
    good="a: 1\n",
    bad="a: 2\nb: 3\n",
)
SHORT = RuleInfo("TJ998", "short", Severity.ERROR, "Short.", "Plain.")


def test_docs_rules_md_is_up_to_date() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_markdown(ALL_RULES), (
        f"docs/rules.md is out of date; regenerate it with: {REGENERATE}"
    )


def test_the_generator_script_writes_docs_rules_md() -> None:
    spec = importlib.util.spec_from_file_location("rules_doc_script", ROOT / "scripts" / "rules_doc.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.markdown() == DOCS.read_text(encoding="utf-8")


def test_list_fits_80_columns_and_names_every_rule() -> None:
    text = render_rule_list(ALL_RULES)
    assert all(len(line) <= 80 for line in text.splitlines())
    for rule in ALL_RULES:
        assert f"{rule.code}  {rule.name}" in text


def test_list_wraps_long_summaries_in_their_column() -> None:
    lines = render_rule_list([SHORT, LONG], width=80).splitlines()
    assert lines[0].startswith("TJ998  short")
    assert lines[0].split()[2:] == ["error", "Short."]
    assert lines[1].startswith("TJ999  a-rule-with-a-long-name  warning  A summary")
    column = lines[1].index("A summary")
    assert len(lines) > 2 and lines[2].startswith(" " * column) and lines[2].strip()
    assert all(len(line) <= 80 for line in lines)


def test_narrow_list_puts_summary_below() -> None:
    lines = render_rule_list([LONG], width=40).splitlines()
    assert lines[0] == "TJ999  a-rule-with-a-long-name  warning"
    assert all(line.startswith("    ") and len(line) <= 40 for line in lines[1:])


def test_empty_list() -> None:
    assert render_rule_list([]) == ""


def test_one_rule_in_full() -> None:
    text = render_rule(LONG)
    assert text.startswith("TJ999 a-rule-with-a-long-name (warning)\n")
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Passing example:\n\n    a: 1\n" in text
    assert "Failing example:\n\n    a: 2\n    b: 3\n" in text
    assert text.index("Passing example") < text.index("Failing example")


def test_rule_without_examples_has_no_example_blocks() -> None:
    text = render_rule(SHORT)
    assert "example" not in text and "Plain." in text


def test_markdown_has_header_index_and_sections() -> None:
    text = render_markdown([SHORT, LONG])
    assert REGENERATE in text.splitlines()[1]
    assert "| [TJ998](#tj998-short) | short | error | Short. |" in text
    assert "## TJ999 a-rule-with-a-long-name" in text
    assert "```yaml\na: 2\nb: 3\n```" in text


def test_markdown_escapes_pipes_in_summaries() -> None:
    rule = RuleInfo("TJ997", "pipe", Severity.ERROR, "a | b", "x")
    assert "| a \\| b |" in render_markdown([rule])

"""Each diagnostic links to its rule's section of docs/rules.md on the project's home page."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tjlint.lsp.diagnostics import RULES_DOC, rule_link
from tjlint.rules import ALL_RULES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to '-'."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def test_the_documentation_address_is_the_home_page_s() -> None:
    home = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]["Homepage"]
    assert f"{home}/blob/main/docs/rules.md" == RULES_DOC


def test_every_rule_link_names_a_heading_of_docs_rules_md() -> None:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    anchors = {github_anchor(h) for h in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}
    for rule in ALL_RULES:
        link = rule_link(rule.code, rule.name)
        assert link.startswith(RULES_DOC + "#")
        assert link.split("#", 1)[1] in anchors, rule.code

"""Write ``docs/rules.md`` from the rule definitions: ``python scripts/rules_doc.py > docs/rules.md``.

A build tool, never imported by tjlint; ``tests/test_rules_doc.py`` runs it.
"""

from __future__ import annotations

import sys

from tjlint.rules import ALL_RULES
from tjlint.rules_doc import render_markdown


def markdown() -> str:
    """The text of ``docs/rules.md``."""
    return render_markdown(ALL_RULES)


if __name__ == "__main__":
    sys.stdout.write(markdown())

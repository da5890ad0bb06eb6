"""The ``json`` format: one JSON array of diagnostic objects."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tjlint.formatters import Report
    from tjlint.model import Diagnostic


def render(diagnostics: Sequence[Diagnostic], report: Report) -> str:
    """A JSON array (``[]`` when clean), one object per diagnostic."""
    return json.dumps([d.to_json() for d in diagnostics], indent=2) + "\n"

"""Reporters: pure functions from diagnostics to the text that is printed.

Each takes the diagnostics of the whole run (sorted) and a :class:`Report`
context, and returns a string. The CLI looks them up by name in ``FORMATTERS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tjlint.diagnostics import Diagnostic
from tjlint.formatters import json as json_format
from tjlint.formatters import text as text_format


@dataclass(frozen=True)
class Report:
    """What a formatter may need besides the diagnostics."""

    files: int = 0
    color: bool = False
    show_source: bool = False
    sources: dict[str, str] = field(default_factory=dict)


Formatter = Callable[[Sequence[Diagnostic], Report], str]

FORMATTERS: dict[str, Formatter] = {
    "text": text_format.render,
    "json": json_format.render,
}

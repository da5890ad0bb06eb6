"""Reporters: pure functions from diagnostics to the text that is printed.

Each takes the diagnostics of the whole run (sorted) and a :class:`Report`
context, and returns a string. The CLI looks them up by name in ``FORMATTERS``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tjlint.diagnostics import Diagnostic
from tjlint.formatters import github as github_format
from tjlint.formatters import json as json_format
from tjlint.formatters import sarif as sarif_format
from tjlint.formatters import text as text_format


def _cwd() -> str:
    try:
        return os.getcwd()
    except OSError:  # the working folder was removed: locations stay as given
        return ""


@dataclass(frozen=True)
class Report:
    """What a formatter may need besides the diagnostics.

    ``files`` is how many files were read; ``color`` turns on ANSI colour
    (text format); ``show_source`` prints the offending line under each text
    diagnostic, from ``sources`` (path as shown -> the file's text; kept by the
    caller only when ``show_source`` is on); ``root`` is the folder that
    relative locations in ``sarif`` and ``github`` output are relative to.
    """

    files: int = 0
    color: bool = False
    show_source: bool = False
    sources: dict[str, str] = field(default_factory=dict)
    root: str = field(default_factory=_cwd)


Formatter = Callable[[Sequence[Diagnostic], Report], str]

FORMATTERS: dict[str, Formatter] = {
    "text": text_format.render,
    "json": json_format.render,
    "sarif": sarif_format.render,
    "github": github_format.render,
}

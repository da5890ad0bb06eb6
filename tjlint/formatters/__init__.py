"""Reporters: pure functions from diagnostics to the text that is printed.

Each takes the diagnostics of the whole run (sorted) and a :class:`Report`
context, and returns a string. The CLI looks one up by name with :func:`formatter`,
which imports only the module of the format in use.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from tjlint.model import Record
from tjlint.rules import BUILTIN
from tjlint.rules.base import RuleSet

if TYPE_CHECKING:
    from tjlint.model import Diagnostic


def _cwd() -> str:
    try:
        return os.getcwd()
    except OSError:  # the working folder was removed: locations stay as given
        return ""


class Report(Record):
    """What a formatter may need besides the diagnostics.

    ``files`` is how many files were read; ``color`` turns on ANSI colour
    (text format); ``show_source`` prints the offending line under each text
    diagnostic, from ``sources`` (path as shown -> the file's text; kept by the
    caller only when ``show_source`` is on); ``root`` is the folder that
    relative locations in ``sarif`` and ``github`` output are relative to;
    ``rules`` is the run's rule set, whose metadata ``sarif`` lists.
    """

    __slots__ = _fields = __match_args__ = ("files", "color", "show_source", "sources", "root", "rules")
    files: int
    color: bool
    show_source: bool
    sources: Mapping[str, str]
    root: str
    rules: RuleSet

    def __init__(self, files: int = 0, color: bool = False, show_source: bool = False,
                 sources: Mapping[str, str] | None = None, root: str | None = None, rules: RuleSet = BUILTIN) -> None:
        for name, value in (("files", files), ("color", color), ("show_source", show_source),
                            ("sources", {} if sources is None else sources), ("root", _cwd() if root is None else root),
                            ("rules", rules)):
            object.__setattr__(self, name, value)


Formatter = Callable[[Sequence["Diagnostic"], Report], str]

#: The output formats, each a module of this package with a ``render`` function.
FORMATS = ("github", "json", "sarif", "text")


def formatter(name: str) -> Formatter:
    """The ``render`` function of the format ``name`` (one of :data:`FORMATS`)."""
    if name not in FORMATS:
        raise ValueError(f"no output format {name!r}; known: {', '.join(FORMATS)}")
    render: Formatter = importlib.import_module(f"tjlint.formatters.{name}").render
    return render

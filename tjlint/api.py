"""The library: lint and fix request bodies from Python.

``lint_text``, ``lint_file``, ``lint_data``, ``check_data`` and ``fix_text``
take an optional ``config=tjlint.Config(...)`` (tjlint's settings), ``catalog=``,
``rules=`` and ``kind=``. None of them prints, exits, imports click, or touches
the network; a wrong type or value raises ``TypeError`` or ``ValueError``
naming the argument.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tjlint import arguments
from tjlint.codes import NOT_A_CONFIG
from tjlint.engine import Linter
from tjlint.fix import fix_source
from tjlint.model import NO_SPAN, Diagnostic
from tjlint.read import read_file, read_source
from tjlint.read.source import Problem
from tjlint.rules import BUILTIN
from tjlint.rules.base import Rule, RuleSet
from tjlint.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from tjlint.catalog import Catalog


class ConfigError(ValueError):
    """Raised by :func:`check_data` when a body has error-level diagnostics."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        errors = [d for d in self.diagnostics if d.is_error]
        lines = [f"{d.pointer or '/'}: {d.code} {d.message}" for d in errors]
        super().__init__(f"{len(errors)} error(s) in the request body:\n" + "\n".join(lines))


def _arguments(function: str, config: Any, catalog: Any, rules: Any, kind: Any) -> None:
    """The keyword arguments every ``lint_*`` function shares: ``config=``, ``catalog=``, ``rules=``, ``kind=``."""
    if config is not None and not isinstance(config, Settings):
        raise TypeError(f"{function}(config=...) takes a tjlint.Config, e.g. tjlint.Config(select=(\"TJ1\",)),"
                        f" not {arguments.type_of(config)}")
    if catalog is not None:
        from tjlint.catalog import Catalog  # the catalogue reader loads only when a catalogue is given

        if not isinstance(catalog, Catalog):
            raise TypeError(f"{function}(catalog=...) takes a tjlint.catalog.Catalog (from load_catalog),"
                            f" not {arguments.type_of(catalog)}")
    if rules is not None:
        if isinstance(rules, (str, bytes, Mapping)) or not isinstance(rules, Iterable):
            raise TypeError(f"{function}(rules=...) takes a sequence of tjlint.Rule, not {arguments.type_of(rules)}")
        for rule in rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"{function}(rules=...) takes a sequence of tjlint.Rule;"
                                f" {arguments.type_of(rule)} is not one")
    if kind is not None:
        arguments.kind(f"{function}(kind=...)", kind)


def _ruleset(rules: Sequence[Rule] | None) -> RuleSet:
    """The rule set of a library call: the built-in one, or ``rules=`` with every code's metadata."""
    return BUILTIN if rules is None else BUILTIN.with_rules(tuple(rules))


def lint_text(text: str | bytes, filename: str | os.PathLike[str] = "<stdin>", *, config: Settings | None = None,
              catalog: Catalog | None = None, rules: Sequence[Rule] | None = None,
              kind: str | None = None) -> list[Diagnostic]:
    """Lint the text of one file; ``filename`` names it in diagnostics and picks JSON or YAML."""
    _arguments("lint_text", config, catalog, rules, kind)
    filename = arguments.text_and_name("lint_text", text, filename)
    settings = config or DEFAULT_SETTINGS
    source = read_source(text, filename, limits=settings.limits)
    return Linter(settings, catalog, _ruleset(rules), kind).lint_source(source)


def lint_file(path: str | os.PathLike[str], *, config: Settings | None = None, catalog: Catalog | None = None,
              rules: Sequence[Rule] | None = None, kind: str | None = None,
              display_path: str | os.PathLike[str] | None = None) -> list[Diagnostic]:
    """Lint one file on disk; ``display_path`` is how the path is shown (default: as given)."""
    _arguments("lint_file", config, catalog, rules, kind)
    path = arguments.path("lint_file(path)", path)
    settings = config or DEFAULT_SETTINGS
    shown = path if display_path is None else arguments.path("lint_file(display_path=...)", display_path)
    return Linter(settings, catalog, _ruleset(rules), kind).lint_source(read_file(path, shown, settings.limits))


def lint_data(data: Any, *, config: Settings | None = None, catalog: Catalog | None = None,
              rules: Sequence[Rule] | None = None, kind: str | None = None,
              path: str | os.PathLike[str] = "<data>") -> list[Diagnostic]:
    """Lint a request body already in memory. Diagnostics have no position (line 0)."""
    _arguments("lint_data", config, catalog, rules, kind)
    path = arguments.path("lint_data(path=...)", path)
    run = Linter(config or DEFAULT_SETTINGS, catalog, _ruleset(rules), kind)
    if not isinstance(data, Mapping):
        problem = Problem(NOT_A_CONFIG, "the request body is not a mapping of fields", NO_SPAN)
        return [run.problem(path, problem)] if run.settings.is_selected(NOT_A_CONFIG) else []
    return run.finish(list(run.document(None, path, 0, data)), None)


def check_data(data: Any, *, config: Settings | None = None, catalog: Catalog | None = None,
               rules: Sequence[Rule] | None = None, kind: str | None = None) -> list[Diagnostic]:
    """Lint a body in memory; raise :class:`ConfigError` if any diagnostic is an error.

    Returns the (warning-only) diagnostics when the body has no error.
    """
    _arguments("check_data", config, catalog, rules, kind)
    diagnostics = lint_data(data, config=config, catalog=catalog, rules=rules, kind=kind)
    if any(d.is_error for d in diagnostics):
        raise ConfigError(diagnostics)
    return diagnostics


def fix_text(text: str, filename: str | os.PathLike[str] = "<stdin>", *, config: Settings | None = None,
             catalog: Catalog | None = None, rules: Sequence[Rule] | None = None,
             kind: str | None = None) -> tuple[str, list[Diagnostic]]:
    """Apply every safe fix to ``text``: the fixed text and the diagnostics that remain.

    ``filename`` names the text in diagnostics and picks JSON or YAML. A BOM
    and every byte that no fix touches are kept; the text comes back
    unchanged when no fix is safe.
    """
    _arguments("fix_text", config, catalog, rules, kind)
    filename = arguments.text_and_name("fix_text", text, filename)
    linter = Linter(config or DEFAULT_SETTINGS, catalog, _ruleset(rules), kind)
    result = fix_source(read_source(text, filename, limits=linter.settings.limits), linter)
    # Unchanged: give back the very text received (a file that could not be read has no text).
    return (result.text if result.changed else text), result.diagnostics



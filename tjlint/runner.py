"""Running a lint over paths: targets -> engine -> outcome. Prints nothing; the CLI reports.

Also the settings a run needs (configuration files, plugins) and its exit status.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tjlint.config import Config
from tjlint.configfile import SettingsError, load_config, named_in
from tjlint.diagnostics import Diagnostic, Severity
from tjlint.discovery import DEFAULT_INCLUDE, Target, walk
from tjlint.engine import Linter, read_file
from tjlint.fix import FixResult, fix_source, write_atomic
from tjlint.rules.base import Rule
from tjlint.source import read_source

if TYPE_CHECKING:
    from tjlint.catalog import Catalog


class UsageProblem(Exception):
    """A user mistake on the command line: one line on stderr, exit 2.

    A second argument, when given, is the rule code the problem is about.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def load_settings(config_file: str | None) -> Config:
    """Defaults, the nearest configuration file, then ``--config``; a mistake is exit 2.

    Plugins and plugin codes can only be checked once every file is read; a
    problem with them still names the file and key that hold the mistake.
    """
    try:
        config, used = load_config(config_file=config_file)
    except SettingsError as exc:
        raise UsageProblem(str(exc)) from None
    if config.plugins or any(not c.startswith("TJ") for c in _named_codes(config)):
        try:
            load_rules(config)
        except UsageProblem as exc:
            where = named_in(used, exc.args[1:] or ("plugins",))
            raise UsageProblem(f"{where}: {exc.args[0]}" if where else exc.args[0]) from None
    return config


def _named_codes(config: Config) -> tuple[str, ...]:
    return (*config.select, *config.ignore, *config.severity,
            *(c for codes in config.per_file_ignores.values() for c in codes))


def load_rules(config: Config) -> tuple[Rule, ...] | None:
    """Built-in rules plus those of the plugins the configuration names (None: built-in only).

    Every code the settings name must then start a known code (``E501`` is not one).
    """
    from tjlint.plugins import load_plugins
    from tjlint.rules import ALL_RULES, BUILTIN_RULES

    try:
        extra = load_plugins(config.plugins, (r.code for r in ALL_RULES))
    except SettingsError as exc:
        raise UsageProblem(str(exc)) from None
    known = [r.code for r in (*ALL_RULES, *extra)]
    for code in _named_codes(config):
        if not any(k.startswith(code) for k in known):
            raise UsageProblem(f"'{code}' is not a rule code or prefix (expected e.g. TJ102 or TJ3;"
                               " other codes come from plugins named in 'plugins')", code)
    return (*BUILTIN_RULES, *extra) if extra else None


@dataclass
class Outcome:
    """What one run found: diagnostics, files read, and usage problems met on the way."""

    diagnostics: list[Diagnostic]
    files: int
    problems: list[str]
    fixes: list[tuple[Target, FixResult]] = field(default_factory=list)


def _targets(paths: Sequence[str], stdin_filename: str | None, config: Config,
             problems: list[str]) -> Iterator[Target]:
    """The files to lint, one at a time (nothing is held per file); bad paths go to ``problems``."""
    include = config.include or DEFAULT_INCLUDE
    for path in paths or (".",):
        if path == "-":
            yield Target(None, stdin_filename or "<stdin>")
        elif os.path.isdir(path):
            for found in walk(path, include, config.exclude):
                yield Target(found, os.path.normpath(found))
        elif not os.path.lexists(path):
            problems.append(f"path '{path}' does not exist")
        elif not os.path.isfile(path):
            problems.append(f"'{path}' is not a regular file or folder (or cannot be reached)")
        else:
            yield Target(path, os.path.normpath(path))


def _catalog(files: Sequence[str]) -> Catalog | None:
    """The saved catalogue responses to check against; a bad file is a usage problem (exit 2)."""
    if not files:
        return None
    from tjlint.catalog import CatalogError, load_catalog  # only when a catalogue is given

    try:
        return load_catalog(files)
    except CatalogError as exc:
        raise UsageProblem(str(exc)) from None


def run(paths: Sequence[str], config: Config, stdin_filename: str | None,
        mode: str = "check", sources: dict[str, str] | None = None) -> Outcome:
    """Lint (``mode`` check), fix or diff every target; never raises for anything a file holds.

    With ``sources`` (``--show-source``), the text of each file that has diagnostics is kept there.
    """
    problems: list[str] = []
    files = 0
    linter = Linter(config, _catalog(config.catalog), load_rules(config), None)
    found: list[Diagnostic] = []
    fixes: list[tuple[Target, FixResult]] = []
    for target in _targets(paths, stdin_filename, config, problems):
        files += 1
        if target.path is None:
            data = sys.stdin.buffer.read(config.limits.max_file_size + 1)
            source = read_source(data, target.shown, limits=config.limits)
        else:
            source = read_file(target.path, target.shown, config)
        before = len(found)
        if mode == "check":
            found.extend(linter.lint_source(source))
        else:
            found.extend(_fix(target, fix_source(source, linter), mode, fixes, problems))
        if sources is not None and len(found) > before:
            sources[source.path] = source.text
    return Outcome(found, files, problems, fixes)


def _fix(target: Target, result: FixResult, mode: str, fixes: list[tuple[Target, FixResult]],
         problems: list[str]) -> list[Diagnostic]:
    """Record one file's fixes; with ``--fix`` write them. Returns what the file still has."""
    if result.changed or target.path is None:
        fixes.append((target, result))
    if mode == "fix" and result.changed and target.path is not None:
        try:
            write_atomic(target.path, result.text)
        except OSError as exc:
            problems.append(f"cannot write the fixes to '{target.shown}': {exc.strerror or exc}")
    return result.diagnostics


def fixed_summary(outcome: Outcome) -> str:
    fixed = sum(r.fixed for _, r in outcome.fixes)
    files = sum(1 for _, r in outcome.fixes if r.changed)
    return f"fixed {plural(fixed, 'problem')} in {plural(files, 'file')}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def exit_status(outcome: Outcome, strict: bool) -> int:
    """0, 1 or 2 as the interface promises."""
    if outcome.problems:
        return 2
    failing = (Severity.ERROR, Severity.WARNING) if strict else (Severity.ERROR,)
    return 1 if any(d.severity in failing for d in outcome.diagnostics) else 0

"""Running a lint over paths: targets -> engine -> outcome. Prints nothing; the CLI reports.

Also the settings a run needs (each folder's configuration files, the flags,
plugins) and its exit status.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from tjlint.config import Config
from tjlint.configfile import FolderSettings, SettingsError, named_in
from tjlint.diagnostics import Diagnostic, Severity
from tjlint.discovery import Globs, Target
from tjlint.engine import Linter, read_file
from tjlint.fix import FixResult, fix_source, write_atomic
from tjlint.rules.base import Rule
from tjlint.source import SourceFile, read_source
from tjlint.targets import Search, collect, empty_run

if TYPE_CHECKING:
    from tjlint.catalog import Catalog


class UsageProblem(Exception):
    """A user mistake on the command line: one line on stderr, exit 2.

    A second argument, when given, is the rule code the problem is about.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


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


@dataclass(frozen=True)
class Options:
    """What the command line sets for every file of a run (None: what each file's settings say)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: Mapping[str, Severity] = field(default_factory=dict)
    kind: str | None = None
    strict: bool | None = None
    catalog: tuple[str, ...] = ()
    allow_empty: bool = False
    config_file: str | None = None
    stdin_filename: str | None = None
    bodies_only: bool = False

    def apply(self, config: Config) -> Config:
        """``config`` (from the files) with the flags laid over it."""
        changes: dict[str, Any] = {}
        if self.severity:
            changes["severity"] = {**config.severity, **self.severity}
        for name in ("select", "ignore", "kind", "strict"):
            if getattr(self, name) is not None:
                changes[name] = getattr(self, name)
        if self.catalog:
            changes["catalog"] = self.catalog
        if self.allow_empty:
            changes["allow_empty"] = True
        return replace(config, **changes) if changes else config


class RunSettings:
    """The settings of each folder in one run, and one linter per distinct set of settings.

    Each folder's settings come from the configuration files found upward from
    it (see :func:`tjlint.configfile.settings_for`), then the flags. A mistake
    in a file is a usage problem naming the file and the key.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self._find = FolderSettings(options.config_file)
        self._folders: dict[str, tuple[Config, tuple[str, ...]]] = {}
        self._applied: dict[tuple[str, ...], tuple[Config, tuple[str, ...]]] = {}
        self._linters: dict[tuple[str, ...], Linter] = {}
        self._catalogs: dict[tuple[str, ...], Catalog | None] = {}

    def of(self, folder: str) -> tuple[Config, tuple[str, ...]]:
        """The settings that apply in ``folder``, and the configuration files they come from."""
        known = self._folders.get(folder)
        if known is None:
            try:
                config, used = self._find(folder)
            except SettingsError as exc:
                raise UsageProblem(str(exc)) from None
            key = tuple(used)
            known = self._applied.get(key)
            if known is None:  # the flags go on once per set of files, not once per folder
                known = self._applied[key] = (self.options.apply(config), key)
            self._folders[folder] = known
        return known

    def globs(self, folder: str) -> Globs:
        """``include`` and ``exclude`` for a walk through ``folder``."""
        config = self.of(folder)[0]
        return config.include, config.exclude

    def linter(self, folder: str) -> Linter:
        """The linter for files in ``folder`` (built once for each set of configuration files)."""
        config, used = self.of(folder)
        linter = self._linters.get(used)
        if linter is None:
            if config.catalog not in self._catalogs:
                self._catalogs[config.catalog] = _catalog(config.catalog)
            rules = rules_for(config, used)
            linter = self._linters[used] = Linter(config, self._catalogs[config.catalog], rules, None)
        return linter


def rules_for(config: Config, used: Sequence[str]) -> tuple[Rule, ...] | None:
    """:func:`load_rules`, with a problem traced to the file and key that hold the mistake."""
    try:
        return load_rules(config)
    except UsageProblem as exc:
        where = named_in(list(used), exc.args[1:] or ("plugins",))
        raise UsageProblem(f"{where}: {exc.args[0]}" if where else exc.args[0]) from None


def load_settings(config_file: str | None = None) -> Config:
    """The settings of the working directory (for ``tjlint rules``); a mistake is exit 2."""
    settings = RunSettings(Options(config_file=config_file))
    config, used = settings.of(".")
    rules_for(config, used)
    return config


@dataclass
class Outcome:
    """What one run found: diagnostics (sorted by path), files read, and usage problems met.

    ``failed`` is true when a file has an error, or a warning and strict settings.
    ``targets`` lists the files that ``--show-files`` shows (nothing else keeps them).
    """

    diagnostics: list[Diagnostic]
    files: int
    problems: list[str]
    fixes: list[tuple[Target, FixResult]] = field(default_factory=list)
    failed: bool = False
    targets: list[Target] = field(default_factory=list)


def _catalog(files: Sequence[str]) -> Catalog | None:
    """The saved catalogue responses to check against; a bad file is a usage problem (exit 2)."""
    if not files:
        return None
    from tjlint.catalog import CatalogError, load_catalog  # only when a catalogue is given

    try:
        return load_catalog(files)
    except CatalogError as exc:
        raise UsageProblem(str(exc)) from None


def run(paths: Sequence[str], options: Options, mode: str = "check",
        sources: dict[str, str] | None = None) -> Outcome:
    """Lint (``mode`` check), fix, diff or only list (``show``) every target.

    Never raises for anything a file holds; raises :class:`UsageProblem` for a
    bad setting or a run that found nothing to lint. With ``sources``
    (``--show-source``), the text of each file that has diagnostics is kept there.
    """
    if list(paths).count("-") > 1:
        raise UsageProblem("'-' (standard input) can be given only once")
    settings = RunSettings(options)
    outcome = Outcome([], 0, [])
    search = Search()
    for target in collect(paths, options.stdin_filename, options.bodies_only, settings.globs,
                          outcome.problems, search):
        outcome.files += 1
        if mode == "show":
            outcome.targets.append(target)
            continue
        linter = settings.linter(os.path.dirname(target.path) or "." if target.path else ".")
        source = _read(target, linter.config)
        if mode == "check":
            found = linter.lint_source(source)
        else:
            found = _fix(target, fix_source(source, linter), mode, outcome.fixes, outcome.problems)
        failing = (Severity.ERROR, Severity.WARNING) if linter.config.strict else (Severity.ERROR,)
        outcome.failed = outcome.failed or any(d.severity in failing for d in found)
        outcome.diagnostics.extend(found)
        if sources is not None and found:
            sources[source.path] = source.text
    if not outcome.files and not outcome.problems:
        places = search.places() or ["."]
        if not all(settings.of(place)[0].allow_empty for place in places):
            raise UsageProblem(empty_run(search, settings.of(places[0])[0].include))
    outcome.diagnostics.sort(key=Diagnostic.sort_key)
    outcome.fixes.sort(key=lambda fix: fix[0].shown)
    outcome.targets.sort(key=lambda target: target.shown)
    return outcome


def _read(target: Target, config: Config) -> SourceFile:
    if target.path is None:
        data = sys.stdin.buffer.read(config.limits.max_file_size + 1)
        return read_source(data, target.shown, limits=config.limits)
    return read_file(target.path, target.shown, config)


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


def exit_status(outcome: Outcome, exit_zero: bool = False) -> int:
    """0, 1 or 2 as the interface promises (``--exit-zero``: 0 unless a usage problem)."""
    if outcome.problems:
        return 2
    return 1 if outcome.failed and not exit_zero else 0

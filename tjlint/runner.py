"""Running a lint over paths: targets -> engine -> :class:`Outcome`. Prints nothing, exits never.

The settings of each folder come from the settings files found upward from
it, then the command line's flags (:class:`Options`); files with the same
settings share one linter (and one rule set, with each plugin loaded once).
What the run found, and what the command line needs to report it, comes back
as an :class:`Outcome`; the command line decides what to print and the exit
status.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from tjlint.discovery import Globs, Target
from tjlint.engine import Linter
from tjlint.globs import escape, posix_abspath
from tjlint.model import Record, Severity, replace
from tjlint.plugins import RuleSets, UnknownCode
from tjlint.read import read_file, read_source
from tjlint.read.source import SourceFile
from tjlint.rules import BUILTIN
from tjlint.rules.base import RuleSet
from tjlint.settings import Settings
from tjlint.settings.folders import FolderSettings, named_in
from tjlint.settings.keys import SettingsError
from tjlint.targets import Search, collect, empty_run

if TYPE_CHECKING:
    from tjlint.batch import Checks
    from tjlint.catalog import Catalog
    from tjlint.fix import FixResult
    from tjlint.model import Diagnostic

#: ``read_stdin(limit)``: at most ``limit`` bytes of standard input (the command line passes it in).
ReadStdin = Callable[[int], bytes]


class UsageProblem(Exception):
    """A mistake in the settings, the flags or the paths of a run: one line, exit status 2."""


class Options(Record):
    """What the command line sets for every file of a run (None: what each file's settings say)."""

    __slots__ = _fields = __match_args__ = (
        "select", "ignore", "severity", "kind", "strict", "catalog", "allow_empty", "config_file", "stdin_filename",
        "bodies_only", "cache", "cache_dir", "jobs")
    select: tuple[str, ...] | None
    ignore: tuple[str, ...] | None
    severity: Mapping[str, Severity]
    kind: str | None
    strict: bool | None
    catalog: tuple[str, ...]
    allow_empty: bool
    config_file: str | None
    stdin_filename: str | None
    bodies_only: bool
    cache: bool
    cache_dir: str | None
    jobs: int

    def __init__(self, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] | None = None,
                 severity: Mapping[str, Severity] | None = None, kind: str | None = None, strict: bool | None = None,
                 catalog: tuple[str, ...] = (), allow_empty: bool = False, config_file: str | None = None,
                 stdin_filename: str | None = None, bodies_only: bool = False, cache: bool = False,
                 cache_dir: str | None = None, jobs: int = 1) -> None:
        for name, value in (("select", select), ("ignore", ignore), ("severity", {} if severity is None else severity),
                            ("kind", kind), ("strict", strict), ("catalog", catalog), ("allow_empty", allow_empty),
                            ("config_file", config_file), ("stdin_filename", stdin_filename),
                            ("bodies_only", bodies_only), ("cache", cache), ("cache_dir", cache_dir), ("jobs", jobs)):
            object.__setattr__(self, name, value)

    def apply(self, settings: Settings) -> Settings:
        """``config`` (from the files) with the flags laid over it."""
        changes: dict[str, Any] = {}
        if self.severity:
            changes["severity"] = {**settings.severity, **self.severity}
        for name in ("select", "ignore", "kind", "strict"):
            if getattr(self, name) is not None:
                changes[name] = getattr(self, name)
        if self.catalog:
            changes["catalog"] = self.catalog
        if self.allow_empty:
            changes["allow_empty"] = True
        if self.cache_dir is not None:
            changes["cache_dir"] = self.cache_dir
        return replace(settings, **changes) if changes else settings


class Outcome:
    """What one run found, and what reporting it needs.

    ``diagnostics`` are sorted by path; ``files`` counts the files read;
    ``problems`` are paths that could not be linted and fixes that could not be
    written (each one line); ``failed`` is true when a file has an error, or a
    warning under strict settings. ``fixes`` holds each file ``--fix`` or
    ``--diff`` changed (and standard input); ``targets`` the files
    ``--show-files`` lists; ``sources`` the text of each file with diagnostics,
    kept only when asked (``--show-source``), by its path as shown; ``rules`` the
    rule set of the run (every code it can report, for SARIF). ``empty`` is the
    one-line reason when the run found nothing to lint and its settings do not
    allow that; ``notes`` are one-line remarks for stderr (the results cache
    or the worker processes could not be used).
    """

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []
        self.files = 0
        self.problems: list[str] = []
        self.failed = False
        self.fixes: list[tuple[Target, FixResult]] = []
        self.targets: list[Target] = []
        self.sources: dict[str, str] = {}
        self.rules: RuleSet = BUILTIN
        self.empty: str | None = None
        self.notes: list[str] = []


class RunSettings:
    """The settings of each folder in one run, and one linter per distinct set of settings files.

    Each folder's settings come from the settings files found upward from it
    (see :func:`tjlint.configfile.settings_for`), then the flags. A mistake in
    a file is a usage problem naming the file and the key.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.rulesets = RuleSets()
        self._find = FolderSettings(options.config_file)
        self._folders: dict[str, tuple[Settings, tuple[str, ...]]] = {}
        self._applied: dict[tuple[str, ...], tuple[Settings, tuple[str, ...]]] = {}
        self._linters: dict[tuple[str, ...], Linter] = {}
        self._catalogs: dict[tuple[str, ...], Catalog | None] = {}

    def of(self, folder: str) -> tuple[Settings, tuple[str, ...]]:
        """The settings that apply in ``folder``, and the settings files they come from."""
        known = self._folders.get(folder)
        if known is None:
            try:
                settings, used = self._find(folder)
            except SettingsError as exc:
                raise UsageProblem(str(exc)) from None
            key = tuple(used)
            known = self._applied.get(key)
            if known is None:  # the flags go on once per set of files, not once per folder
                known = self._applied[key] = (self.options.apply(settings), key)
            self._folders[folder] = known
        return known

    def globs(self, folder: str) -> Globs:
        """``include`` and ``exclude`` for a walk through ``folder``.

        The saved catalogue responses the settings name are never request bodies, whatever
        their names (``training-job-flavors.json`` matches the default ``training-job*``).
        """
        settings = self.of(folder)[0]
        if not settings.catalog:
            return settings.include, settings.exclude
        catalogues = tuple(escape(posix_abspath(path)) for path in settings.catalog)
        return settings.include, (*settings.exclude, *catalogues)

    def ruleset(self, folder: str) -> RuleSet:
        """The rule set of the files in ``folder``; a mistake is traced to the file and key that hold it."""
        settings, used = self.of(folder)
        try:
            return self.rulesets.for_settings(settings)
        except SettingsError as exc:
            where = named_in(list(used), (exc.code,) if isinstance(exc, UnknownCode) else ("plugins",))
            raise UsageProblem(f"{where}: {exc}" if where else str(exc)) from None

    def linter(self, folder: str) -> Linter:
        """The linter for files in ``folder`` (built once for each set of settings files)."""
        settings, used = self.of(folder)
        linter = self._linters.get(used)
        if linter is None:
            if settings.catalog not in self._catalogs:
                self._catalogs[settings.catalog] = _catalog(settings.catalog)
            ruleset = self.ruleset(folder)
            linter = self._linters[used] = Linter(settings, self._catalogs[settings.catalog], ruleset)
        return linter

    def run_rules(self) -> RuleSet:
        """Every rule set the run used, as one (the built-in one when no file named plugins)."""
        sets = {id(linter.ruleset): linter.ruleset for linter in self._linters.values()}  # not hashed: that
        merged = BUILTIN  # would write every rule's examples
        for ruleset in sets.values():
            merged = merged.extended([r for r in ruleset.rules if r.code not in merged.codes])
        return merged


def load_settings(config_file: str | None = None) -> tuple[Settings, RuleSet]:
    """The settings of the working directory and their rule set (for ``tjlint rules``)."""
    settings = RunSettings(Options(config_file=config_file))
    return settings.of(".")[0], settings.ruleset(".")


def _catalog(files: Sequence[str]) -> Catalog | None:
    """The saved catalogue responses to check against; a bad file is a usage problem (exit 2)."""
    if not files:
        return None
    from tjlint.catalog import CatalogError, load_catalog  # only when a catalogue is given

    try:
        return load_catalog(files)
    except CatalogError as exc:
        raise UsageProblem(str(exc)) from None


def run(paths: Sequence[str], options: Options, mode: str = "check", read_stdin: ReadStdin | None = None,
        keep_sources: bool = False) -> Outcome:
    """Lint (``mode`` check), fix, diff or only list (``show``) every target.

    Never raises for anything a file holds; raises :class:`UsageProblem` for a
    bad setting. ``read_stdin`` reads ``-`` (standard input); with
    ``keep_sources`` the text of each file with diagnostics is kept. A check
    uses the results cache when ``options.cache`` says so, and worker
    processes when ``options.jobs`` does (see :mod:`tjlint.batch`).
    """
    settings = RunSettings(options)
    outcome = Outcome()
    search = Search()
    checks = _checks(settings, options, read_stdin, keep_sources) if mode == "check" else None
    try:
        for target in collect(paths, options.stdin_filename, options.bodies_only, settings.globs,
                              outcome.problems, search):
            outcome.files += 1
            if mode == "show":
                outcome.targets.append(target)
            elif checks is not None:
                for done in checks.submit(target):
                    _record(outcome, done.diagnostics, done.strict, done.text)
            else:  # fixes are written in the order of the files, in this process
                from tjlint.fix import fix_source  # the fix machinery loads only for --fix and --diff

                linter = settings.linter(os.path.dirname(target.path) or "." if target.path else ".")
                source = _read(target, linter.settings, read_stdin)
                fixed = _fix(target, fix_source(source, linter), mode, outcome)
                text = fixed.text if fixed.changed or target.path is None else source.text
                _record(outcome, fixed.diagnostics, linter.settings.strict, text if keep_sources else None)
        if checks is not None:
            for done in checks.finish():
                _record(outcome, done.diagnostics, done.strict, done.text)
    finally:
        if checks is not None:
            checks.close()
    if checks is not None:
        outcome.notes.extend(checks.finish_cache())
    if not outcome.files and not outcome.problems:
        places = search.places() or ["."]
        if not all(settings.of(place)[0].allow_empty for place in places):
            outcome.empty = empty_run(search, settings.of(places[0])[0].include)
    if outcome.diagnostics:
        from tjlint.model import Diagnostic  # made on first use: a clean run never needs it

        outcome.diagnostics.sort(key=Diagnostic.sort_key)
    outcome.fixes.sort(key=lambda fix: fix[0].shown)
    outcome.targets.sort(key=lambda target: target.shown)
    outcome.rules = settings.run_rules()
    return outcome


def _checks(settings: RunSettings, options: Options, read_stdin: ReadStdin | None, keep_sources: bool) -> Checks:
    """The files of a check run: linted through the results cache if it is on, in ``options.jobs`` processes."""
    from tjlint.batch import Checks  # check runs only

    cache = None
    if options.cache:
        from tjlint.cache import ResultsCache  # runs with the cache on only

        cache = ResultsCache(options.config_file)
    return Checks(settings, keep_sources=keep_sources, read_stdin=read_stdin, jobs=options.jobs, cache=cache,
                  start=partial(RunSettings, options))


def _record(outcome: Outcome, found: list[Diagnostic], strict: bool, text: str | None) -> None:
    """One file's result in the outcome: its diagnostics, whether they fail the run, its text if kept."""
    failing = (Severity.ERROR, Severity.WARNING) if strict else (Severity.ERROR,)
    outcome.failed = outcome.failed or any(d.severity in failing for d in found)
    outcome.diagnostics.extend(found)
    if text is not None and found:  # positions of what --fix left refer to the fixed text
        outcome.sources[found[0].path] = text


def _read(target: Target, settings: Settings, read_stdin: ReadStdin | None) -> SourceFile:
    if target.path is None:
        data = read_stdin(settings.limits.max_file_size + 1) if read_stdin is not None else b""
        return read_source(data, target.shown, limits=settings.limits)
    return read_file(target.path, target.shown, settings.limits)


def write_atomic(path: str, text: str) -> None:
    """:func:`tjlint.fix.write_atomic`: write ``text`` to ``path`` all at once."""
    from tjlint.fix import write_atomic as write  # the fix machinery loads only for --fix and --diff

    write(path, text)


def _fix(target: Target, result: FixResult, mode: str, outcome: Outcome) -> FixResult:
    """Record one file's fixes; with ``--fix`` write them."""
    if result.changed or target.path is None:
        outcome.fixes.append((target, result))
    if mode == "fix" and result.changed and target.path is not None:
        try:
            write_atomic(target.path, result.text)
        except OSError as exc:
            outcome.problems.append(f"cannot write the fixes to '{target.shown}': {exc.strerror or exc}")
    return result

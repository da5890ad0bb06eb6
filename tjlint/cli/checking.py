"""``tjlint check`` without click: flags -> options -> run -> report -> exit status.

:mod:`tjlint.cli.check` declares the flags (with click) and calls :func:`lint`.
A command line that names only paths (what pre-commit runs, ``tjlint a.yaml
b.json``) needs no parsing, so :func:`tjlint.cli.plain_paths` recognises it and
:func:`lint_plain` runs it with the flags' defaults (:data:`DEFAULTS`, which a
test compares with what click gives) without loading click at all: importing
click costs about as much as linting a few hundred files.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from tjlint.cli import report
from tjlint.model import Severity
from tjlint.runner import Options, UsageProblem, run
from tjlint.settings.keys import code_problem

#: What click gives ``check`` for a command line without flags.
DEFAULTS: dict[str, Any] = {
    "fmt": None, "output": None, "select": None, "ignore": None, "severities": (), "kind": None, "strict": None,
    "exit_zero": False, "config_file": None, "catalog": (), "fix": False, "diff": False, "bodies_only": False,
    "allow_empty": False, "show_files": False, "statistics": False, "stdin_filename": None, "show_source": False,
    "color": "auto", "quiet": False, "jobs": "1", "no_cache": False, "cache_dir": None,
}


def lint_plain(paths: tuple[str, ...]) -> int:
    """``tjlint PATH...``: the exit status, with the error handling click and :func:`tjlint.cli.main` give."""
    try:
        return lint(paths, DEFAULTS)
    except UsageProblem as exc:
        report.echo_err(f"tjlint: error: {exc}")
        return 2
    except (KeyboardInterrupt, EOFError):
        report.echo_err("")  # the blank line closes the terminal's ^C echo
        report.echo_err("tjlint: interrupted")
        return 130
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.stdout, sys.stderr = _Pacified(sys.stdout), _Pacified(sys.stderr)
        return 1


class _Pacified:
    """A stream whose ``flush`` ignores a closed pipe, so the reader going away is not reported at exit."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _codes(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    codes = tuple(c.strip().upper() for c in value.split(",") if c.strip())
    for code in codes:
        problem = code_problem(code)  # TJ codes must exist; other letters belong to plugins
        if problem:
            raise UsageProblem(problem)
    return codes


def _severities(values: Sequence[str]) -> dict[str, Severity]:
    """``--severity TJ402=error`` (repeatable; ``TJ4,TJ205=warning`` sets several)."""
    levels: dict[str, Severity] = {}
    for value in values:
        codes, sep, level = value.partition("=")
        level = level.strip().lower()
        if not sep or level not in ("error", "warning") or not codes.strip():
            raise UsageProblem(f"--severity '{value}': write CODE=error or CODE=warning"
                               " (e.g. TJ402=error)")
        levels.update(dict.fromkeys(_codes(codes), Severity(level)))
    return levels


def _absolute(folder: str | None) -> str | None:
    """``--cache-dir`` (or ``TJLINT_CACHE_DIR``) from the working directory; None when neither is given."""
    return os.path.abspath(os.path.expanduser(folder)) if folder else None


def _jobs(value: str) -> int:
    """``--jobs N``: a number of processes, or ``auto`` for the cores this process may use."""
    text = value.strip().lower()
    if text == "auto":
        affinity = getattr(os, "sched_getaffinity", None)
        return len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    if not text.isdigit() or int(text) < 1:
        raise UsageProblem(f"--jobs '{value}': give a number of processes (1 or more) or 'auto'")
    return int(text)


def lint(paths: tuple[str, ...], flags: dict[str, Any]) -> int:
    """Lint PATHS with the flags of ``check`` (by their names in :data:`DEFAULTS`); the exit status."""
    if paths.count("-") > 1:
        raise UsageProblem("'-' (standard input) can be given only once")
    options = Options(
        select=None if flags["select"] is None else _codes(flags["select"]),
        ignore=None if flags["ignore"] is None else _codes(flags["ignore"]),
        severity=_severities(flags["severities"]), kind=flags["kind"], strict=flags["strict"],
        catalog=tuple(flags["catalog"]), allow_empty=flags["allow_empty"], config_file=flags["config_file"],
        stdin_filename=flags["stdin_filename"], bodies_only=flags["bodies_only"], cache=not flags["no_cache"],
        cache_dir=_absolute(flags["cache_dir"] or os.environ.get("TJLINT_CACHE_DIR")), jobs=_jobs(flags["jobs"]),
    )
    shown = report.Display(fmt=flags["fmt"] or report.default_format(), output=flags["output"],
                           color=flags["color"], show_source=flags["show_source"], quiet=flags["quiet"],
                           statistics=flags["statistics"])
    mode = "show" if flags["show_files"] else "diff" if flags["diff"] else "fix" if flags["fix"] else "check"
    outcome = run(paths, options, mode, lambda limit: sys.stdin.buffer.read(limit), keep_sources=shown.show_source)
    if outcome.empty is not None:
        raise UsageProblem(outcome.empty)
    if mode == "show":
        return report.show_files(outcome, shown.quiet)
    if mode == "diff":
        return report.show_diff(outcome, shown.quiet, flags["exit_zero"])
    report.report(outcome, mode, shown)
    return report.exit_status(outcome, flags["exit_zero"])

"""What the command line prints after a run, where, and the exit status it ends with.

The report (a formatter's output) goes to stdout or ``--output``; problems,
statistics and the summary lines go to stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tjlint.codes import UNREAD
from tjlint.formatters import Report, formatter
from tjlint.model import Record
from tjlint.runner import Outcome, UsageProblem
from tjlint.words import plural

if TYPE_CHECKING:
    from tjlint.model import Diagnostic


class Display(Record):
    """How a report is shown: the flags that change output, not what is linted."""

    __slots__ = _fields = __match_args__ = ("fmt", "output", "color", "show_source", "quiet", "statistics")
    fmt: str
    output: str | None
    color: str
    show_source: bool
    quiet: bool
    statistics: bool

    def __init__(self, fmt: str, output: str | None, color: str, show_source: bool, quiet: bool,
                 statistics: bool) -> None:
        for name, value in (("fmt", fmt), ("output", output), ("color", color), ("show_source", show_source),
                            ("quiet", quiet), ("statistics", statistics)):
            object.__setattr__(self, name, value)


def default_format() -> str:
    """``github`` inside GitHub Actions, else ``text``."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def use_color(choice: str, output: str | None) -> bool:
    """``--color``: auto means stdout is a terminal (no --output) and NO_COLOR is unset or empty."""
    if choice != "auto":
        return choice == "always"
    return output is None and not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def exit_status(outcome: Outcome, exit_zero: bool = False) -> int:
    """0, 1 or 2 as the interface promises (``--exit-zero``: 0 unless a usage problem)."""
    if outcome.problems:
        return 2
    return 1 if outcome.failed and not exit_zero else 0


def summary(diagnostics: Sequence[Diagnostic], files: int) -> str:
    """``3 errors, 1 warning in 2 files (2 fixable with --fix)`` or ``no problems in 2 files``."""
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    fixable = sum(1 for d in diagnostics if d.fixable)
    where = f"in {plural(files, 'file')}"
    if not diagnostics:
        return f"no problems {where}"
    repair = f" ({fixable:,} fixable with --fix)" if fixable else ""
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')} {where}{repair}"


def statistics(diagnostics: Sequence[Diagnostic]) -> str:
    """``--statistics``: one line per code, most frequent first (``3  TJ102  unknown-field``).

    `` [*]`` marks a code whose problems ``--fix`` can repair.
    """
    counts: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        counts.setdefault(d.code, []).append(d)
    rows = sorted(counts.items(), key=lambda item: (-len(item[1]), item[0]))
    width = len(f"{len(rows[0][1]):,}") if rows else 0
    lines = [f"{len(found):>{width},}  {code}  {found[0].name}{' [*]' if any(d.fixable for d in found) else ''}"
             for code, found in rows]
    return "".join(line + "\n" for line in lines)


def fixed_summary(outcome: Outcome) -> str:
    """``fixed 3 problems in 2 files``."""
    fixed = sum(r.fixed for _, r in outcome.fixes)
    files = sum(1 for _, r in outcome.fixes if r.changed)
    return f"fixed {plural(fixed, 'problem')} in {plural(files, 'file')}"


def report(outcome: Outcome, mode: str, shown: Display) -> None:
    """The report (stdout or ``--output``), then problems, statistics and summaries on stderr."""
    context = Report(files=outcome.files, color=use_color(shown.color, shown.output),
                     show_source=shown.show_source, sources=outcome.sources, rules=outcome.rules)
    rendered = formatter(shown.fmt)(outcome.diagnostics, context)
    piped = mode == "fix" and _print_fixed_stdin(outcome)
    emit(rendered, shown.output, stderr=piped)  # with piped fixed text, stdout is taken
    _problems(outcome)
    if not shown.quiet:
        for note in outcome.notes:  # the cache or the workers could not be used: the report is the same
            echo_err(f"tjlint: note: {note}")
    if shown.statistics:
        echo_err(statistics(outcome.diagnostics), nl=False)
    nothing_read = bool(outcome.problems) and not outcome.files  # "no problems in 0 files" would mislead
    if (shown.fmt in ("text", "github") or shown.output is not None) and not shown.quiet and not nothing_read:
        if mode == "fix":  # what was fixed first, then what remains
            echo_err(fixed_summary(outcome))
        echo_err(summary(outcome.diagnostics, outcome.files))


def _problems(outcome: Outcome) -> None:
    for problem in outcome.problems:
        echo_err(f"tjlint: error: {problem}")


def _print_fixed_stdin(outcome: Outcome) -> bool:
    """``--fix`` on ``-``: print the fixed text; True when stdout now holds fixed text."""
    piped = False
    for target, result in outcome.fixes:
        if target.path is None:
            write(result.text)
            piped = True
    return piped


def show_diff(outcome: Outcome, quiet: bool, exit_zero: bool) -> int:
    """``--diff``: the fixes as a unified diff on stdout; exit 1 if a file would change.

    A file that could not be read in full (TJ001, TJ002, TJ005) has no fixes to show but was
    not checked either: its reading error goes to stderr and the run fails, as it would
    without ``--diff``.
    """
    from tjlint.fix import unified_diff  # only --diff prints one
    from tjlint.formatters.text import render_line  # a run loads only the format it prints

    changed = [(t, r) for t, r in outcome.fixes if r.changed]
    write("".join(unified_diff(r.original, r.text, t.shown.replace(os.sep, "/")) for t, r in changed))
    unread = [d for d in outcome.diagnostics if d.code in UNREAD]
    for diagnostic in unread:
        echo_err(render_line(diagnostic))
    _problems(outcome)
    if not quiet:
        fixed = sum(r.fixed for _, r in changed)
        echo_err(f"would fix {plural(fixed, 'problem')} in {plural(len(changed), 'file')}")
    return 2 if outcome.problems else 1 if (changed or unread) and not exit_zero else 0


def show_files(outcome: Outcome, quiet: bool) -> int:
    """``--show-files``: each file that would be linted, with why; nothing is read or linted."""
    write("".join(f"{t.shown} ({t.reason})\n" for t in outcome.targets))
    _problems(outcome)
    if not quiet:
        echo_err(f"{plural(outcome.files, 'file')} to lint")
    return 2 if outcome.problems else 0


def emit(text: str, output: str | None, stderr: bool = False) -> None:
    """The report: to ``output`` (see :func:`write_atomic`), else stdout (stderr when stdout is taken)."""
    if output is None:
        if stderr:
            echo_err(text, nl=False)
        else:
            write(text)
        return
    from tjlint.fix import write_atomic  # only --output writes a file

    try:
        write_atomic(output, text)
    except OSError as exc:
        raise UsageProblem(f"cannot write the report to '{output}': {exc.strerror or exc}") from exc


def write(text: str) -> None:
    """``text`` to stdout, flushed (nothing for empty text)."""
    if text:
        sys.stdout.write(text)
        sys.stdout.flush()


def echo_err(text: str, nl: bool = True) -> None:
    """``text`` to stderr, flushed, as ``click.echo(text, err=True)`` writes it.

    Plain ASCII goes straight to the stream; other text goes through click, which strips colour
    codes when stderr is not a terminal and mends a stream misconfigured as ASCII.
    """
    if not text.isascii() or "\x1b" in text:
        import click  # only for text that needs its care

        click.echo(text, err=True, nl=nl)
        return
    stream = sys.stderr
    if stream is not None:
        stream.write(text + "\n" if nl else text)
        stream.flush()

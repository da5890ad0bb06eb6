"""The command line: options -> settings -> runner -> formatter -> exit status.

The only module that prints or exits. Exit 0: no errors; 1: at least one
error (or a warning with strict settings); 2: usage error, missing path, bad
configuration or catalogue, or a run that found nothing to lint.

Subcommands are defined here, each with ``@cli.command``; ``tjlint PATH`` and
``tjlint --help`` mean ``tjlint check``, whose help lists the other commands.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

import click

from tjlint import __version__
from tjlint.diagnostics import Severity
from tjlint.engine import KINDS
from tjlint.fix import unified_diff, write_atomic
from tjlint.formatters import FORMATS, Report, formatter
from tjlint.formatters.text import statistics, summary
from tjlint.runner import Options, Outcome, UsageProblem, exit_status, fixed_summary, load_rules, plural, run
from tjlint.settings_keys import code_problem

HELP = {"help_option_names": ["-h", "--help"]}


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


class _DefaultGroup(click.Group):
    """``tjlint PATH...`` and ``tjlint --help`` run ``check``; other first words name a subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] != "--version"):
            args = ["check", *args]
        elif args[0] != "check" and os.path.isdir(args[0]):
            click.echo(f"tjlint: hint: '{args[0]}' is a tjlint command; to lint the folder '{args[0]}',"
                       f" run 'tjlint check {args[0]}' or 'tjlint ./{args[0]}'", err=True)
        return super().parse_args(ctx, args)


class _CheckCommand(click.Command):
    """``check``: its usage shows that the word is optional, its help lists the other commands."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage("tjlint [check]", "[OPTIONS] [PATH]...")

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, command.get_short_help_str(limit=120)) for name, command in sorted(cli.commands.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_DefaultGroup, context_settings=HELP)
@click.version_option(__version__, "--version", prog_name="tjlint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint ModelArts training-job request bodies (YAML or JSON)."""


@cli.command("check", cls=_CheckCommand, context_settings=HELP,
             short_help="Lint PATHS (the default: 'tjlint PATH' is 'tjlint check PATH').")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: text; github inside GitHub Actions).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file instead of stdout (the summary stays on stderr).")
@click.option("--select", help="Only these codes or prefixes, comma-separated (e.g. TJ1,TJ205).")
@click.option("--ignore", help="Skip these codes or prefixes, comma-separated.")
@click.option("--severity", "severities", multiple=True, metavar="CODE=LEVEL",
              help="Report CODE (or a prefix) as error or warning, e.g. TJ402=error; repeatable.")
@click.option("--kind", type=click.Choice(KINDS), default=None,
              help="Which request body the files hold (default: auto).")
@click.option("--strict/--no-strict", default=None,
              help="Warnings fail the run too (--no-strict undoes 'strict' in a configuration file).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found (2 still means a usage error).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Read settings from this file (.toml with [tool.tjlint], or .yaml) for every file,"
                   " after the nearest pyproject.toml or .tjlint.yaml; flags still win.")
@click.option("--catalog", multiple=True, metavar="FILE",
              help="A saved resource-specs, ai-engines or built-in-algorithms response (or, for v2"
                   " bodies, training-job-flavors, training-job-engines or algorithms) to check"
                   " against (TJ6xx); repeatable.")
@click.option("--fix", is_flag=True,
              help="Rewrite files with every safe fix, then report what remains"
                   " ('-': the fixed text goes to stdout).")
@click.option("--diff", is_flag=True,
              help="Print the safe fixes as a unified diff and write nothing (exit 1 if there are any).")
@click.option("--bodies-only", is_flag=True,
              help="Skip files named on the command line that do not look like a request body"
                   " (by name or content); the pre-commit hook 'tjlint-all' uses it.")
@click.option("--allow-empty", is_flag=True,
              help="A run that finds no file to lint exits 0 (without it, that is a usage error).")
@click.option("--show-files", is_flag=True,
              help="Print each file that would be linted and why (name, content or given); lint nothing.")
@click.option("--statistics", is_flag=True, help="After the report, count the problems of each code (on stderr).")
@click.option("--stdin-filename", help="Name for standard input ('-') in output; picks JSON or YAML.")
@click.option("--show-source", is_flag=True,
              help="Show the offending line with a caret under each text diagnostic.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              help="Colour text output (auto: if stdout is a terminal and NO_COLOR is unset).")
@click.option("--quiet", "-q", is_flag=True, help="Print diagnostics only, no summary.")
@click.version_option(__version__, "--version", prog_name="tjlint", message="%(prog)s %(version)s")
def check(paths: tuple[str, ...], **flags: Any) -> int:
    """Lint PATHS: files, folders (searched for request bodies), or - for standard input.

    Without PATHS, the current folder is searched.
    """
    options = Options(
        select=None if flags["select"] is None else _codes(flags["select"]),
        ignore=None if flags["ignore"] is None else _codes(flags["ignore"]),
        severity=_severities(flags["severities"]), kind=flags["kind"], strict=flags["strict"],
        catalog=tuple(flags["catalog"]), allow_empty=flags["allow_empty"], config_file=flags["config_file"],
        stdin_filename=flags["stdin_filename"], bodies_only=flags["bodies_only"],
    )
    shown = _Display(fmt=flags["fmt"] or _default_format(), output=flags["output"], color=flags["color"],
                     show_source=flags["show_source"], quiet=flags["quiet"], statistics=flags["statistics"])
    mode = "show" if flags["show_files"] else "diff" if flags["diff"] else "fix" if flags["fix"] else "check"
    sources: dict[str, str] | None = {} if shown.show_source else None
    outcome = run(paths, options, mode, sources)
    if mode == "show":
        return _show_files(outcome, shown.quiet)
    if mode == "diff":
        return _show_diff(outcome, shown.quiet, flags["exit_zero"])
    _report(outcome, mode, shown, sources)
    return exit_status(outcome, flags["exit_zero"])


@dataclass(frozen=True)
class _Display:
    """How a report is shown: the flags that change output, not what is linted."""

    fmt: str
    output: str | None
    color: str
    show_source: bool
    quiet: bool
    statistics: bool


def _report(outcome: Outcome, mode: str, shown: _Display, sources: dict[str, str] | None) -> None:
    """The report (stdout or ``--output``), then problems, statistics and summaries on stderr."""
    if sources is not None:  # positions of what --fix left refer to the fixed text
        sources.update((t.shown, r.text) for t, r in outcome.fixes if t.shown in sources)
    report = Report(files=outcome.files, color=_use_color(shown.color, shown.output),
                    show_source=shown.show_source, sources=sources or {})
    rendered = formatter(shown.fmt)(outcome.diagnostics, report)
    piped = mode == "fix" and _print_fixed_stdin(outcome)
    _emit(rendered, shown.output, stderr=piped)  # with piped fixed text, stdout is taken
    for problem in outcome.problems:
        click.echo(f"tjlint: error: {problem}", err=True)
    if shown.statistics:
        click.echo(statistics(outcome.diagnostics), err=True, nl=False)
    nothing_read = bool(outcome.problems) and not outcome.files  # "no problems in 0 files" would mislead
    if (shown.fmt in ("text", "github") or shown.output is not None) and not shown.quiet and not nothing_read:
        if mode == "fix":  # what was fixed first, then what remains
            click.echo(fixed_summary(outcome), err=True)
        click.echo(summary(outcome.diagnostics, outcome.files), err=True)


def _print_fixed_stdin(outcome: Outcome) -> bool:
    """``--fix`` on ``-``: print the fixed text; True when stdout now holds fixed text."""
    piped = False
    for target, result in outcome.fixes:
        if target.path is None:
            _write(result.text)
            piped = True
    return piped


def _show_diff(outcome: Outcome, quiet: bool, exit_zero: bool) -> int:
    """``--diff``: the fixes as a unified diff on stdout; exit 1 if a file would change."""
    changed = [(t, r) for t, r in outcome.fixes if r.changed]
    _write("".join(unified_diff(r.original, r.text, t.shown.replace(os.sep, "/"))
                   for t, r in changed))
    for problem in outcome.problems:
        click.echo(f"tjlint: error: {problem}", err=True)
    if not quiet:
        fixed = sum(r.fixed for _, r in changed)
        files = plural(len(changed), "file")
        click.echo(f"would fix {plural(fixed, 'problem')} in {files}", err=True)
    return 2 if outcome.problems else 1 if changed and not exit_zero else 0


def _show_files(outcome: Outcome, quiet: bool) -> int:
    """``--show-files``: each file that would be linted, with why; nothing is read or linted."""
    _write("".join(f"{t.shown} ({t.reason})\n" for t in outcome.targets))
    for problem in outcome.problems:
        click.echo(f"tjlint: error: {problem}", err=True)
    if not quiet:
        click.echo(f"{plural(outcome.files, 'file')} to lint", err=True)
    return 2 if outcome.problems else 0


@cli.command("rules", context_settings=HELP, short_help="List the rules, a family (TJ4), or explain one.")
@click.argument("code", required=False, metavar="[CODE|PREFIX]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text for people, json (a list of rules) for tools.")
def rules_command(code: str | None, fmt: str) -> int:
    """List the rules, explain one (with examples), or list a family (TJ4).

    Rules of the plugins the configuration names are listed too.
    """
    from tjlint.rules import ALL_RULES
    from tjlint.rules_doc import render_rule, render_rule_list, rules_json
    from tjlint.runner import load_settings

    plugin_rules = [r for r in load_rules(load_settings()) or () if r.code not in {i.code for i in ALL_RULES}]
    chosen = sorted((*ALL_RULES, *plugin_rules), key=lambda r: r.code)
    wanted = (code or "").strip().upper()
    exact = [r for r in chosen if wanted in (r.code, r.name.upper())]
    if wanted:
        chosen = exact or [r for r in chosen if r.code.startswith(wanted)]
    if not chosen:
        raise UsageProblem(f"no rule or family '{code}'; 'tjlint rules' lists them")
    if fmt == "json":
        _write(rules_json(chosen))
    else:
        _write(render_rule(exact[0]) if exact else render_rule_list(chosen, width=_width()))
    return 0


@cli.command("schema", context_settings=HELP, short_help="Print the bundled JSON Schema (--path: its file).")
@click.option("--kind", type=click.Choice(KINDS[1:]), default="config", show_default=True,
              help="The request body whose schema to print.")
@click.option("--path", "path_only", is_flag=True, help="Print where the schema file is, not its text.")
def schema_command(kind: str, path_only: bool) -> int:
    """Print the bundled JSON Schema of a request body (for editors and other tools)."""
    from tjlint.engine import SCHEMA_FOR_KIND
    from tjlint.schema import schema_path

    path = schema_path(SCHEMA_FOR_KIND[kind])
    _write(f"{path}\n" if path_only else path.read_text(encoding="utf-8"))
    return 0


@cli.command("lsp")
def lsp_command() -> int:
    """Run the language server on stdin and stdout (needs: pip install 'tjlint[lsp]')."""
    try:
        from tjlint.lsp.server import serve
    except ModuleNotFoundError as exc:
        if exc.name not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        raise UsageProblem(f"the language server needs the lsp extra ({exc.name} is not installed):"
                           " pip install 'tjlint[lsp]'") from None
    return serve()


def _width() -> int:
    try:
        return min(100, os.get_terminal_size().columns)
    except OSError:
        return 80


def _default_format() -> str:
    """``github`` inside GitHub Actions, else ``text``."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _use_color(choice: str, output: str | None) -> bool:
    """``--color``: auto means stdout is a terminal (no --output) and NO_COLOR is unset or empty."""
    if choice != "auto":
        return choice == "always"
    return output is None and not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def _emit(text: str, output: str | None, stderr: bool = False) -> None:
    """The report: to ``output`` (see :func:`write_atomic`), else stdout (stderr when stdout is taken)."""
    if output is None:
        if stderr:
            click.echo(text, err=True, nl=False)
        else:
            _write(text)
        return
    try:
        write_atomic(output, text)
    except OSError as exc:
        raise UsageProblem(f"cannot write the report to '{output}': {exc.strerror or exc}") from exc


def _write(text: str) -> None:
    if text:
        sys.stdout.write(text)
        sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Entry point of the ``tjlint`` command."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        status = cli.main(args=list(argv) if argv is not None else None, prog_name="tjlint",
                          standalone_mode=False)
    except click.exceptions.Exit as done:
        status = done.exit_code
    except click.ClickException as exc:
        click.echo(f"tjlint: error: {exc.format_message()}", err=True)
        status = 2
    except UsageProblem as exc:
        click.echo(f"tjlint: error: {exc}", err=True)
        status = 2
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("tjlint: interrupted", err=True)
        status = 130
    except BrokenPipeError:
        status = 1
    sys.exit(status if isinstance(status, int) else 0)

"""The command line: options -> Config -> engine -> formatter -> exit status.

The only module that prints or exits (``runner.exit_status`` computes the status). Exit 0: no errors;
1: at least one error (or a warning with ``--strict``); 2: usage error,
missing path, bad configuration or catalogue.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NoReturn

import click

from tjlint import __version__
from tjlint.diagnostics import Severity
from tjlint.engine import KINDS
from tjlint.fix import unified_diff
from tjlint.formatters import FORMATS, Report, formatter
from tjlint.formatters.text import summary
from tjlint.runner import Outcome, UsageProblem, exit_status, fixed_summary, load_rules, load_settings, plural, run
from tjlint.settings_keys import code_problem


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


def _print_fixed_stdin(outcome: Outcome) -> bool:
    """``--fix`` on ``-``: print the fixed text; True when stdout now holds fixed text."""
    piped = False
    for target, result in outcome.fixes:
        if target.path is None:
            _write(result.text)
            piped = True
    return piped


def _show_diff(outcome: Outcome, quiet: bool) -> int:
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
    return 2 if outcome.problems else 1 if changed else 0


class _DefaultGroup(click.Group):
    """``tjlint PATH...`` runs ``check``; ``tjlint rules`` and ``tjlint schema`` are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] != "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="tjlint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint ModelArts training-job configurations (YAML or JSON)."""


@cli.command("check", context_settings={"help_option_names": ["-h", "--help"]},
             epilog="Other commands: 'tjlint rules [CODE]' lists the rules or explains one; "
                    "'tjlint schema' prints the path of the bundled JSON Schema.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: text).")
@click.option("--select", help="Only these codes or prefixes, comma-separated (e.g. TJ1,TJ205).")
@click.option("--ignore", help="Skip these codes or prefixes, comma-separated.")
@click.option("--kind", type=click.Choice(KINDS), default=None,
              help="Which request body the files hold (default: auto).")
@click.option("--strict/--no-strict", default=None,
              help="Warnings fail the run too (--no-strict undoes 'strict' in a configuration file).")
@click.option("--severity", "severities", multiple=True, metavar="CODE=LEVEL",
              help="Report CODE (or a prefix) as error or warning, e.g. TJ402=error; repeatable.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Read settings from this file (.toml with [tool.tjlint], or .yaml) after the"
                   " nearest pyproject.toml or .tjlint.yaml; flags still win.")
@click.option("--stdin-filename", help="Name for standard input ('-') in output; picks JSON or YAML.")
@click.option("--quiet", "-q", is_flag=True, help="Print diagnostics only, no summary.")
@click.option("--catalog", multiple=True, metavar="FILE",
              help="A saved resource-specs, ai-engines or built-in-algorithms response (or, for v2"
                   " bodies, training-job-flavors, training-job-engines or algorithms) to check"
                   " against (TJ6xx); repeatable.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file instead of stdout (the summary stays on stderr).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              help="Colour text output (auto: if stdout is a terminal and NO_COLOR is unset).")
@click.option("--show-source", is_flag=True,
              help="Show the offending line with a caret under each text diagnostic.")
@click.option("--fix", is_flag=True,
              help="Rewrite files with every safe fix, then report what remains"
                   " ('-': the fixed text goes to stdout).")
@click.option("--diff", is_flag=True,
              help="Print the safe fixes as a unified diff and write nothing"
                   " (exit 1 if there are any).")
def check(paths: tuple[str, ...], fmt: str | None, select: str | None, ignore: str | None,
          kind: str | None, strict: bool | None, stdin_filename: str | None, quiet: bool,
          fix: bool, diff: bool, output: str | None, color: str, show_source: bool,
          catalog: tuple[str, ...] = (), severities: tuple[str, ...] = (),
          config_file: str | None = None) -> int:
    """Lint PATHS (files, folders, or - for standard input; default: the current folder)."""
    config = load_settings(config_file)
    changes: dict[str, Any] = {}
    if severities:
        changes["severity"] = {**config.severity, **_severities(severities)}
    if select is not None:
        changes["select"] = _codes(select)
    if ignore is not None:
        changes["ignore"] = _codes(ignore)
    if kind is not None:
        changes["kind"] = kind
    if strict is not None:
        changes["strict"] = strict
    if catalog:
        changes["catalog"] = catalog
    config = replace(config, **changes)
    mode = "diff" if diff else "fix" if fix else "check"
    sources: dict[str, str] | None = {} if show_source else None
    outcome = run(paths, config, stdin_filename, mode, sources)
    if mode == "diff":
        return _show_diff(outcome, quiet)
    name = fmt or _default_format()
    if sources is not None:  # positions of what --fix left refer to the fixed text
        sources.update((t.shown, r.text) for t, r in outcome.fixes if t.shown in sources)
    report = Report(files=outcome.files, color=_use_color(color, output), show_source=show_source,
                    sources=sources or {})
    rendered = formatter(name)(outcome.diagnostics, report)
    if mode == "fix" and _print_fixed_stdin(outcome):
        _emit(rendered, output, stderr=True)  # stdout holds the fixed text
    else:
        _emit(rendered, output)
    for problem in outcome.problems:
        click.echo(f"tjlint: error: {problem}", err=True)
    nothing_read = bool(outcome.problems) and not outcome.files  # "no problems in 0 files" would mislead
    if (name in ("text", "github") or output is not None) and not quiet and not nothing_read:
        click.echo(summary(outcome.diagnostics, outcome.files), err=True)
        if mode == "fix":
            click.echo(fixed_summary(outcome), err=True)
    return exit_status(outcome, config.strict)


@cli.command("rules")
@click.argument("code", required=False)
def rules_command(code: str | None) -> int:
    """List every rule, or explain one (with a passing and a failing example).

    Rules of the plugins the configuration names are listed too.
    """
    from tjlint.rules import ALL_RULES
    from tjlint.rules_doc import render_rule, render_rule_list

    plugin_rules = [r for r in load_rules(load_settings(None)) or () if r.code not in {i.code for i in ALL_RULES}]
    known = sorted((*ALL_RULES, *plugin_rules), key=lambda r: r.code)
    if code is None:
        _write(render_rule_list(known, width=_width()))
        return 0
    wanted = code.strip().upper()
    for rule in known:
        if wanted in (rule.code, rule.name.upper()):
            _write(render_rule(rule))
            return 0
    raise UsageProblem(f"no rule '{code}'; 'tjlint rules' lists them")


@cli.command("schema")
@click.option("--kind", type=click.Choice(KINDS[1:]), default="config", show_default=True,
              help="The request body whose schema to print.")
def schema_command(kind: str) -> int:
    """Print the path of the bundled JSON Schema (for editors)."""
    from tjlint.engine import SCHEMA_FOR_KIND
    from tjlint.schema import schema_path

    click.echo(str(schema_path(SCHEMA_FOR_KIND[kind])))
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
    """The report: to ``output`` (atomically), else stdout (stderr when stdout holds fixed text)."""
    if output is None:
        if stderr:
            click.echo(text, err=True, nl=False)
        else:
            _write(text)
        return
    try:
        write_report(output, text)
    except OSError as exc:
        raise UsageProblem(f"cannot write the report to '{output}': {exc.strerror or exc}") from exc


def write_report(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    Readers never see half a report. A new file gets the usual permissions
    (0666 less the umask); an existing one keeps its mode.
    """
    target = os.path.realpath(path)
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    folder = os.path.dirname(target)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tjlint-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8", errors="backslashreplace"))
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise


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

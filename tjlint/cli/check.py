"""``tjlint check`` (and plain ``tjlint PATH``): its flags, read by click; :func:`tjlint.cli.checking.lint` runs it."""

from __future__ import annotations

from typing import Any

import click

from tjlint import __version__
from tjlint.cli.checking import lint
from tjlint.formatters import FORMATS
from tjlint.kinds import KINDS

HELP = {"help_option_names": ["-h", "--help"]}


class _CheckCommand(click.Command):
    """``check``: its usage shows that the word is optional, its help lists the other commands."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage("tjlint [check]", "[OPTIONS] [PATH]...")

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        group = ctx.find_root().command
        commands = group.commands if isinstance(group, click.Group) else {self.name or "check": self}
        rows = [(name, command.get_short_help_str(limit=120)) for name, command in sorted(commands.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.command("check", cls=_CheckCommand, context_settings=HELP,
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
@click.option("--kind", type=click.Choice(KINDS.choices), default=None,
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
@click.option("--jobs", "-j", default="1", metavar="N",
              help="Lint in N processes ('auto': one per usable core); the report is the same (default: 1).")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the results cache (.tjlint_cache beside the nearest settings file).")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Keep the results cache in DIR (default: $TJLINT_CACHE_DIR, else .tjlint_cache beside the"
                   " nearest settings file, else in the working directory).")
@click.version_option(__version__, "--version", prog_name="tjlint", message="%(prog)s %(version)s")
def check(paths: tuple[str, ...], **flags: Any) -> int:
    """Lint PATHS: files, folders (searched for request bodies), or - for standard input.

    Without PATHS, the current folder is searched.
    """
    return lint(paths, flags)

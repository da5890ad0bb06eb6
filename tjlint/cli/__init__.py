"""The command line: flags -> settings -> runner -> formatter -> exit status.

The only part of tjlint that prints or exits. Exit 0: no errors; 1: at least
one error (or a warning with strict settings); 2: a usage error, a missing
path, bad settings or catalogue, or a run that found nothing to lint.

``tjlint PATH`` and ``tjlint --help`` mean ``tjlint check`` (:mod:`tjlint.cli.check`),
whose help lists the other commands (:mod:`tjlint.cli.commands`); what is
printed, and the exit status, come from :mod:`tjlint.cli.report`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import NoReturn

import click

from tjlint import __version__
from tjlint.cli.check import HELP, check
from tjlint.cli.commands import lsp_command, rules_command, schema_command
from tjlint.runner import UsageProblem

__all__ = ["cli", "main"]


class _DefaultGroup(click.Group):
    """``tjlint PATH...`` and ``tjlint --help`` run ``check``; other first words name a subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] != "--version"):
            args = ["check", *args]
        elif args[0] != "check" and os.path.isdir(args[0]):
            click.echo(f"tjlint: hint: '{args[0]}' is a tjlint command; to lint the folder '{args[0]}',"
                       f" run 'tjlint check {args[0]}' or 'tjlint ./{args[0]}'", err=True)
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultGroup, context_settings=HELP)
@click.version_option(__version__, "--version", prog_name="tjlint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint ModelArts training-job request bodies (YAML or JSON)."""


for _command in (check, rules_command, schema_command, lsp_command):
    cli.add_command(_command)


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

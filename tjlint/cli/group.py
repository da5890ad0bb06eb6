"""The command line as click reads it: ``tjlint [check] [OPTIONS] [PATH]...`` and the other commands.

Used for every command line but one that names only paths (see
:func:`tjlint.cli.plain_paths`). Each command's module loads when
the command is asked for, so ``tjlint --version`` loads click and nothing of
the linter.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping, Sequence
from importlib import import_module
from typing import Any

import click

from tjlint import __version__

#: Where each command is defined: module and name (:data:`tjlint.cli.COMMANDS` lists the same names).
_WHERE = {"check": ("tjlint.cli.check", "check"), "rules": ("tjlint.cli.commands", "rules_command"),
          "schema": ("tjlint.cli.commands", "schema_command"), "lsp": ("tjlint.cli.commands", "lsp_command")}


class _DefaultGroup(click.Group):
    """``tjlint PATH...`` and ``tjlint --help`` run ``check``; other first words name a subcommand.

    The commands are loaded the first time the group looks at them.
    """

    _commands: MutableMapping[str, click.Command] | None = None

    @property
    def commands(self) -> MutableMapping[str, click.Command]:
        if self._commands is None:
            self._commands = {name: getattr(import_module(module), attribute)
                              for name, (module, attribute) in _WHERE.items()}
        return self._commands

    @commands.setter
    def commands(self, value: MutableMapping[str, click.Command]) -> None:
        self._commands = dict(value) if value else None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] != "--version" and args[0] not in _WHERE):
            args = ["check", *args]
        elif args[0] != "check" and os.path.isdir(args[0]):
            click.echo(f"tjlint: hint: '{args[0]}' is a tjlint command; to lint the folder '{args[0]}',"
                       f" run 'tjlint check {args[0]}' or 'tjlint ./{args[0]}'", err=True)
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="tjlint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint ModelArts training-job request bodies (YAML or JSON)."""


def run_click(argv: Sequence[str] | None) -> Any:
    """Run the command line through click; the exit status (or the command's result)."""
    try:
        return cli.main(args=list(argv) if argv is not None else None, prog_name="tjlint", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as exc:
        click.echo(f"tjlint: error: {exc.format_message()}", err=True)
        return 2
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("tjlint: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:
        # A usage problem comes from the runner, so it is loaded when one is raised; asking for its
        # class here would load the runner for every command line (``tjlint --version`` too).
        runner = sys.modules.get("tjlint.runner")
        if runner is None or not isinstance(exc, runner.UsageProblem):
            raise
        click.echo(f"tjlint: error: {exc}", err=True)
        return 2

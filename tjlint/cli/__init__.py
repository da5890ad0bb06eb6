"""The command line: flags -> settings -> runner -> formatter -> exit status.

The only part of tjlint that prints or exits. Exit 0: no errors; 1: at least
one error (or a warning with strict settings); 2: a usage error, a missing
path, bad settings or catalogue, or a run that found nothing to lint.

``tjlint PATH`` and ``tjlint --help`` mean ``tjlint check`` (:mod:`tjlint.cli.check`),
whose help lists the other commands (:mod:`tjlint.cli.commands`); what is
printed, and the exit status, come from :mod:`tjlint.cli.report`. A command
line of paths alone is run without click (:mod:`tjlint.cli.checking`); any
other is read by click (:mod:`tjlint.cli.group`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from tjlint.cli.group import cli

__all__ = ["cli", "main"]

#: The subcommands (:mod:`tjlint.cli.group` loads them); any other first word is a path of ``check``.
COMMANDS = ("check", "lsp", "rules", "schema")


def plain_paths(args: Sequence[str]) -> tuple[str, ...] | None:
    """The paths of ``tjlint [check] PATH...`` without flags, or None when click must read the command line.

    Click also reads it on Windows (it expands wildcards there), for shell completion, and when a path
    exists but cannot be read (``click.Path`` refuses it, in its own words).
    """
    if os.name == "nt" or os.environ.get("_TJLINT_COMPLETE"):
        return None
    if args and args[0] in COMMANDS:
        if args[0] != "check":
            return None
        args = args[1:]
    if any(arg.startswith("-") for arg in args):
        return None
    if any(os.path.exists(arg) and not os.access(arg, os.R_OK) for arg in args):
        return None
    return tuple(args)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Entry point of the ``tjlint`` command."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    paths = plain_paths(sys.argv[1:] if argv is None else list(argv))
    if paths is not None:
        from tjlint.cli.checking import lint_plain  # the linter, and no click

        status = lint_plain(paths)
    else:
        from tjlint.cli.group import run_click  # click loads only for flags and subcommands

        status = run_click(argv)
    sys.exit(status if isinstance(status, int) else 0)


def __getattr__(name: str) -> Any:
    """``cli``: the click group (loaded when first asked for)."""
    if name != "cli":
        raise AttributeError(f"module 'tjlint.cli' has no attribute {name!r}")
    from tjlint.cli.group import cli  # click loads only when asked for

    return cli

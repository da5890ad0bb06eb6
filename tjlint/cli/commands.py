"""``tjlint rules``, ``tjlint schema`` and ``tjlint lsp``."""

from __future__ import annotations

import os

import click

from tjlint.cli.check import HELP
from tjlint.cli.report import write
from tjlint.kinds import KINDS
from tjlint.runner import UsageProblem, load_settings
from tjlint.schemafiles import schema_path


@click.command("rules", context_settings=HELP, short_help="List the rules, a family (TJ4), or explain one.")
@click.argument("code", required=False, metavar="[CODE|PREFIX]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text for people, json (a list of rules) for tools.")
def rules_command(code: str | None, fmt: str) -> int:
    """List the rules, explain one (with examples), or list a family (TJ4).

    Rules of the plugins the settings name are listed too.
    """
    from tjlint.rules_doc import render_rule, render_rule_list, rules_json  # only this command needs them

    _, ruleset = load_settings()
    chosen = sorted(ruleset.metadata, key=lambda r: r.code)
    wanted = (code or "").strip().upper()
    exact = [r for r in chosen if wanted in (r.code, r.name.upper())]
    if wanted:
        chosen = exact or [r for r in chosen if r.code.startswith(wanted)]
    if not chosen:
        raise UsageProblem(f"no rule or family '{code}'; 'tjlint rules' lists them")
    if fmt == "json":
        write(rules_json(chosen))
    else:
        write(render_rule(exact[0]) if exact else render_rule_list(chosen, width=_width()))
    return 0


@click.command("schema", context_settings=HELP, short_help="Print the bundled JSON Schema (--path: its file).")
@click.option("--kind", type=click.Choice(KINDS.names), default="config", show_default=True,
              help="The request body whose schema to print.")
@click.option("--path", "path_only", is_flag=True, help="Print where the schema file is, not its text.")
def schema_command(kind: str, path_only: bool) -> int:
    """Print the bundled JSON Schema of a request body (for editors and other tools)."""
    path = schema_path(KINDS[kind].schema)
    write(f"{path}\n" if path_only else path.read_text(encoding="utf-8"))
    return 0


@click.command("lsp")
def lsp_command() -> int:
    """Run the language server on stdin and stdout (needs: pip install 'tjlint[lsp]')."""
    try:
        from tjlint.lsp.server import serve  # pygls and lsprotocol load only for this command
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

"""Run the real command line in-process, as the tests need it."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from click.testing import CliRunner

from tjlint.cli import main


def run_cli(args: Sequence[str], env: Mapping[str, str | None] | None = None,
            stdin: str | None = None) -> tuple[int, str, str]:
    """``tjlint ARGS`` through ``tjlint.cli.main``: exit status, stdout and stderr."""
    runner = CliRunner()
    with runner.isolation(input=stdin, env=env) as (out, err, _):
        try:
            main(list(args))
        except SystemExit as done:
            status = done.code
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    assert isinstance(status, int)
    return status, stdout, stderr


def cache_env() -> dict[str, str]:
    """The suite's results-cache folder and user cache folder, for a subprocess given an environment of its own."""
    return {name: os.environ[name] for name in ("TJLINT_CACHE_DIR", "XDG_CACHE_HOME") if name in os.environ}

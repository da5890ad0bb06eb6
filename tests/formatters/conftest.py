"""Helpers for the output-format tests: run the real command line in a temporary folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from cli_helpers import run_cli
from formatter_cases import BROKEN, GOOD, Ran, Runner


@pytest.fixture
def tjlint_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Runner:
    """Run ``tjlint ARGS`` in-process through ``tjlint.cli.main``, in ``tmp_path``.

    ``GITHUB_ACTIONS`` and ``NO_COLOR`` are unset unless ``env`` sets them.
    """
    monkeypatch.chdir(tmp_path)

    def run(*args: str, env: Mapping[str, str | None] | None = None,
            stdin: str | None = None) -> Ran:
        overrides: dict[str, str | None] = {"GITHUB_ACTIONS": None, "NO_COLOR": None, **(env or {})}
        return Ran(*run_cli(args, env=overrides, stdin=stdin))

    return run


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """``broken.yaml`` (see BROKEN) and ``good.yaml`` in ``tmp_path``."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path

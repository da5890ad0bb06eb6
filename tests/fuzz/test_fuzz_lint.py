"""Property: linting any input never raises, and every diagnostic points inside the file.

The default run tries over a thousand generated inputs (derandomized: the
``ci`` profile in tests/conftest.py). Long runs:
``pytest -m fuzz --hypothesis-profile=fuzz --hypothesis-seed=N``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from tj_strategies import corrupted, json_values, mutated_configs, rendered, valid_configs

import tjlint

_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def check_positions(data: str | bytes, diagnostics: list[tjlint.Diagnostic]) -> None:
    """1 <= line <= lines (+1 after a final line break), columns >= 1."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    breaks = len(_BREAKS.findall(text))
    for d in diagnostics:
        assert 1 <= d.line <= breaks + 1, d
        assert 1 <= d.end_line <= breaks + 1, d
        assert d.column >= 1 and d.end_column >= 1, d
        for related in d.related:
            assert related.line == 0 or 1 <= related.line <= breaks + 1, d


def lint_and_check(name: str, data: str | bytes) -> None:
    check_positions(data, tjlint.lint_text(data, filename=name))


def lint_data_and_check(body: Any) -> None:
    for d in tjlint.lint_data(body):
        assert d.line == 0 and d.column == 0, d


# -- the default run: fixed counts, 1,100 inputs in all -------------------------------------------

@settings(max_examples=150)
@given(rendered(valid_configs()))
def test_valid_configs(case: tuple[str, str]) -> None:
    lint_and_check(*case)


@settings(max_examples=350)
@given(rendered(mutated_configs()))
@example(("config.yaml", "config_name: x\n<<: {spec_id: 1}\n"))
@example(("config.yaml", "config_name: x\n<<: [1, 2]\n"))
@example(("config.yaml", "a: &a {b: 1}\n<<: [*a, {c: 2}]\n"))
def test_mutated_configs(case: tuple[str, str]) -> None:
    lint_and_check(*case)


@settings(max_examples=400)
@given(corrupted())
@example(("config.yaml", b"{"))  # libyaml marked the error on line 2 of a one-line file
def test_corrupted_bytes(case: tuple[str, bytes]) -> None:
    lint_and_check(*case)


@settings(max_examples=100)
@given(mutated_configs() | json_values)
def test_lint_data(body: Any) -> None:
    lint_data_and_check(body)


@settings(max_examples=100)
@given(rendered(mutated_configs()))
def test_text_and_bytes_agree(case: tuple[str, str]) -> None:
    name, text = case
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: not encodable, so nothing to compare
        return
    assert tjlint.lint_text(text, filename=name) == tjlint.lint_text(data, filename=name)


@settings(max_examples=12)
@given(rendered(mutated_configs()) | corrupted())
def test_cli_sample(tmp_path_factory: pytest.TempPathFactory, case: tuple[str, str | bytes]) -> None:
    name, data = case
    path = tmp_path_factory.mktemp("cli") / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    run = subprocess.run([sys.executable, "-m", "tjlint", "--format", "json", str(path)],
                         capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode in (0, 1), run.stderr
    assert isinstance(json.loads(run.stdout), list)


# -- long runs: the profile decides the count ------------------------------------------------------

@pytest.mark.fuzz
@given(rendered(mutated_configs()))
def test_fuzz_mutated_configs(case: tuple[str, str]) -> None:
    lint_and_check(*case)


@pytest.mark.fuzz
@given(corrupted())
def test_fuzz_corrupted_bytes(case: tuple[str, bytes]) -> None:
    lint_and_check(*case)


@pytest.mark.fuzz
@given(mutated_configs() | json_values)
def test_fuzz_lint_data(body: Any) -> None:
    lint_data_and_check(body)


def test_fuzz_marker_is_registered() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert '"fuzz:' in pyproject and "not fuzz" in pyproject

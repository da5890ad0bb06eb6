"""Inputs that once crashed the reader: each must lint without raising, at valid positions."""

from __future__ import annotations

from pathlib import Path

import pytest

import tjlint

HERE = Path(__file__).parent
CASES = sorted(p for p in HERE.iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def _check_positions(text: str, diagnostics: list[tjlint.Diagnostic]) -> None:
    lines = len(text.splitlines()) + (1 if text.endswith(("\n", "\r")) else 0)
    for d in diagnostics:
        assert 1 <= d.line <= max(lines, 1), d
        assert d.column >= 1, d


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_regression_file(path: Path) -> None:
    data = path.read_bytes()
    diagnostics = tjlint.lint_text(data, filename=path.name)
    _check_positions(data.decode("utf-8", "replace"), diagnostics)


def test_merge_key_with_an_inline_mapping_is_merged() -> None:
    # '<<: {...}' once raised TypeError while the reader named the merged mapping's pointer.
    text = (HERE / "merge-inline-mapping.yaml").read_text()
    codes = {d.code for d in tjlint.lint_text(text, filename="x.yaml")}
    assert not codes & {"TJ101", "TJ002"}  # spec_id arrives through the merge


def test_merge_key_with_a_list_of_scalars() -> None:
    text = (HERE / "merge-list-of-scalars.yaml").read_text()
    assert "TJ103" in {d.code for d in tjlint.lint_text(text, filename="x.yaml")}

"""The benchmark corpora are what they claim: clean configurations are clean, broken ones are not."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import tjlint

_SPEC = importlib.util.spec_from_file_location(
    "tjlint_benchmark_corpus", Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
)
assert _SPEC is not None and _SPEC.loader is not None
corpus = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(corpus)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_valid_sets_are_clean_and_invalid_sets_are_not(tmp_path: Path, fmt: str) -> None:
    for valid in (True, False):
        names = corpus.write_set(tmp_path / f"{valid}-{fmt}", 30, fmt, valid)
        for name in names:
            errors = [d for d in tjlint.lint_file(tmp_path / name) if d.is_error]
            assert (errors == []) == valid, (name, errors)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_v2_sets_are_clean_or_broken_as_named(tmp_path: Path, fmt: str) -> None:
    for valid in (True, False):
        names = corpus.write_set(tmp_path / f"v2-{valid}-{fmt}", 30, fmt, valid, v2=True)
        for name in names:
            found = tjlint.lint_file(tmp_path / name)
            errors = [d for d in found if d.is_error]
            assert (errors == []) == valid, (name, errors)
            assert valid or all(d.code not in ("TJ002", "TJ004") for d in found)  # broken bodies, not files


def test_large_config_is_clean_and_has_its_items(tmp_path: Path) -> None:
    name = corpus.write_large(tmp_path, 500, "yaml")
    assert tjlint.lint_file(tmp_path / name) == []
    assert (tmp_path / name).read_text("utf-8").count("- label:") == 500


_MIXED = importlib.util.spec_from_file_location(
    "tjlint_benchmark_mixed", Path(__file__).resolve().parent.parent / "benchmarks" / "mixed.py"
)
assert _MIXED is not None and _MIXED.loader is not None


def test_mixed_repository_bodies_by_name_and_nothing_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from tjlint.discovery import walk_bodies

    monkeypatch.setitem(sys.modules, "corpus", corpus)  # mixed.py imports its sibling as 'corpus'
    mixed = importlib.util.module_from_spec(_MIXED)
    _MIXED.loader.exec_module(mixed)  # type: ignore[union-attr]
    root = mixed.write(tmp_path / "repo", 400, 40)
    files = [p for p in root.rglob("*") if p.is_file() and p.name != ".complete"]
    found = list(walk_bodies(str(root), lambda _: ((), ()), use_git=False))
    assert len(files) == 400
    assert sorted(reason for _, reason in found) == ["name"] * 40
    assert any(p.stat().st_size > 64 * 1024 for p in files)  # some files are longer than the content check reads


@pytest.mark.parametrize("v2", [False, True])
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_broken_sets_are_explained_without_jsonschema(tmp_path: Path, fmt: str, v2: bool) -> None:
    """Every failing body of the broken sets gets the compiled explanation: none is left to jsonschema."""
    from explain_helpers import compare

    from tjlint import schema
    from tjlint.kinds import KINDS
    from tjlint.read import read_source

    before, failing = sum(schema.fallbacks.values()), 0
    for name in corpus.write_set(tmp_path / "broken", 40, fmt, False, v2=v2):
        source = read_source((tmp_path / name).read_bytes(), name)
        for document in source.documents:
            failing += bool(compare(KINDS.detect(document.data).schema, document.data))
        assert [d.code for d in tjlint.lint_file(tmp_path / name) if d.is_error], name
    assert failing >= 10  # some mistakes break the schema, others only the rules
    assert sum(schema.fallbacks.values()) == before

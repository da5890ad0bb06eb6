"""The runner returns an Outcome and leaves printing, exit status and standard input to the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import tjlint.plugins
from tjlint.rules import BUILTIN
from tjlint.runner import Options, run

BROKEN = "config_name: demo\nworker_server_num: 0\nspec_id: 1\nmodel_id: 1\ndata_url: /my-bucket/data/\n"


class _NoStdin:
    def __getattr__(self, name: str) -> object:
        raise AssertionError("the runner read sys.stdin")


def test_standard_input_comes_from_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _NoStdin())
    asked: list[int] = []

    def read(limit: int) -> bytes:
        asked.append(limit)
        return BROKEN.encode()

    outcome = run(["-"], Options(stdin_filename="job.yaml"), read_stdin=read)
    assert [(d.path, d.line, d.code) for d in outcome.diagnostics] == [("job.yaml", 2, "TJ104")]
    assert outcome.files == 1 and outcome.failed and asked == [10 * 1024 * 1024 + 1]


def test_an_empty_run_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    outcome = run(["."], Options())
    assert outcome.files == 0 and outcome.empty is not None and "no request body found in '.'" in outcome.empty
    assert run(["."], Options(allow_empty=True)).empty is None


def test_the_outcome_carries_the_rule_set_of_the_run(tmp_path: Path) -> None:
    (tmp_path / "training-job.yaml").write_text(BROKEN, encoding="utf-8")
    assert run([str(tmp_path)], Options()).rules is BUILTIN


def test_plugins_are_loaded_once_per_run(fake_distribution: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    load = tjlint.plugins._load
    monkeypatch.setattr(tjlint.plugins, "_load", lambda entry: (loads.append(entry.name), load(entry))[1])
    for team in ("a", "b"):  # two folders, each with its own settings file naming the plugin
        folder = tmp_path / team
        folder.mkdir()
        (folder / ".tjlint.yaml").write_text("plugins: [acme]\n", encoding="utf-8")
        (folder / "training-job.yaml").write_text(BROKEN.replace("config_name: demo", 'config_desc: ""'),
                                                  encoding="utf-8")
    outcome = run([str(tmp_path / "a"), str(tmp_path / "b")], Options())
    assert loads == ["acme"]
    assert [d.code for d in outcome.diagnostics].count("ACME101") == 2
    assert "ACME101" in outcome.rules.codes and outcome.rules.info("ACME101").summary == "An empty config_desc."

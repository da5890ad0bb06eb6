"""Inline suppression comments (``# tjlint: disable=...``), TJ007 and per-file-ignores.

Expected positions follow spec/rules.md: TJ402 (directory-slash, warning)
points at the first character of the value, TJ102 (unknown-field) at the
key, TJ007 at the code in the comment.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import tjlint
from tjlint import Config
from tjlint.read import read_source
from tjlint.suppress import find_comments

HEAD = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\n"  # lines 1-4


def found(text: str, config: Config | None = None, filename: str = "job.yaml") -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename=filename, config=config)]


def test_baseline_without_comments() -> None:
    assert found(HEAD + "data_url: /bucket/data\n") == [(5, 11, "TJ402")]


def test_same_line_suppression() -> None:
    assert found(HEAD + "data_url: /bucket/data  # tjlint: disable=TJ402\n") == []


def test_prefix_and_lowercase_codes() -> None:
    assert found(HEAD + "data_url: /bucket/data  # tjlint: disable=tj4\n") == []


def test_suppression_on_the_line_before() -> None:
    text = HEAD + "# tjlint: disable=TJ402\n\n# a note\ndata_url: /bucket/data\n"
    assert found(text) == []


def test_line_before_does_not_reach_further() -> None:
    text = HEAD + "# tjlint: disable=TJ402\ntrain_url: /bucket/out/\ndata_url: /bucket/data\n"
    assert found(text) == [(5, 19, "TJ007"), (7, 11, "TJ402")]


def test_disable_file_anywhere() -> None:
    text = HEAD + "data_url: /bucket/data\ntrain_url: /bucket/out\n# tjlint: disable-file=TJ402\n"
    assert found(text) == []


def test_several_codes_and_a_reason() -> None:
    text = HEAD + "data_url: /bucket/data\ndataurl: x  # tjlint: disable=TJ102, TJ402 -- legacy name\n"
    # TJ402 is on line 5, not line 6: that part of the comment is unused.
    assert found(text) == [(5, 11, "TJ402"), (6, 38, "TJ007")]


def test_unused_suppression_is_reported_at_the_code() -> None:
    text = HEAD + "data_url: /bucket/data/  # tjlint: disable=TJ402\n"
    assert found(text) == [(5, 44, "TJ007")]
    (diag,) = tjlint.lint_text(text, filename="job.yaml")
    assert diag.severity is tjlint.Severity.WARNING
    assert (diag.end_line, diag.end_column) == (5, 49)


def test_unused_disable_file() -> None:
    assert found(HEAD + "data_url: /bucket/data/\n# tjlint: disable-file=TJ205\n") == [(6, 24, "TJ007")]


def test_no_tj007_for_codes_not_selected() -> None:
    text = HEAD + "data_url: /bucket/data/  # tjlint: disable=TJ402\n"
    assert found(text, Config(ignore=("TJ4",))) == []
    assert found(text, Config(select=("TJ1",))) == []
    assert found(text, Config(ignore=("TJ007",))) == []


def test_unknown_code_and_unknown_directive() -> None:
    text = HEAD + "data_url: /bucket/data/  # tjlint: disable=TJ999\n# tjlint: disabel=TJ402\n"
    assert found(text) == [(5, 44, "TJ007"), (6, 1, "TJ007")]


def test_own_line_comment_at_end_of_file_is_unused() -> None:
    assert found(HEAD + "data_url: /bucket/data/\n# tjlint: disable=TJ402\n") == [(6, 19, "TJ007")]


def test_disable_file_tj007_silences_the_check() -> None:
    text = HEAD + "data_url: /bucket/data/  # tjlint: disable=TJ402\n# tjlint: disable-file=TJ007\n"
    assert found(text) == []


@pytest.mark.parametrize(
    "line",
    [
        'data_url: "/bucket/data # tjlint: disable=TJ402"\n',
        "data_url: '/bucket/data # tjlint: disable=TJ402'\n",
        "data_url: /bucket/data#tjlint:disable=TJ402\n",
    ],
)
def test_hash_inside_a_scalar_is_not_a_comment(line: str) -> None:
    # The value is not a directory ending in '/': TJ402 stays, and no TJ007 appears.
    assert [c for _, _, c in found(HEAD + line)] == ["TJ402"]


def test_hash_inside_a_block_scalar_is_not_a_comment() -> None:
    text = HEAD + "data_url: /bucket/data\nconfig_desc: |\n  see # tjlint: disable-file=TJ402\n"
    assert found(text) == [(5, 11, "TJ402")]


def test_multi_document_lines_are_per_line() -> None:
    text = HEAD + "data_url: /bucket/data  # tjlint: disable=TJ402\n---\n" + HEAD + "data_url: /bucket/d\n"
    assert found(text) == [(11, 11, "TJ402")]


def test_json_has_no_comments_but_per_file_ignores_apply(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    body = '{"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 1,' \
           ' "data_url": "/bucket/data"}'
    assert [c for _, _, c in found(body, filename="legacy/job.json")] == ["TJ402"]
    config = Config(per_file_ignores={"legacy/*.json": ("TJ402",)})
    assert found(body, config, filename="legacy/job.json") == []
    assert [c for _, _, c in found(body, config, filename="new/job.json")] == ["TJ402"]
    nowhere = Config(per_file_ignores={"*.yaml": ("TJ4",)})
    assert [c for _, _, c in found(body, nowhere, filename="legacy/job.json")] == ["TJ402"]


def test_per_file_ignores_can_drop_tj007(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = HEAD + "data_url: /bucket/data/  # tjlint: disable=TJ402\n"
    assert found(text, Config(per_file_ignores={"job.yaml": ("TJ007",)})) == []


def test_lint_data_with_per_file_ignores() -> None:
    body = {"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 1,
            "data_url": "/bucket/data"}
    assert [d.code for d in tjlint.lint_data(body)] == ["TJ402"]
    config = Config(per_file_ignores={"*": ("TJ402",)})
    assert tjlint.lint_data(body, config=config) == []


def test_severity_override_applies_to_tj007() -> None:
    text = HEAD + "data_url: /bucket/data/  # tjlint: disable=TJ402\n"
    config = Config(severity={"TJ007": tjlint.Severity.ERROR})
    (diag,) = tjlint.lint_text(text, filename="job.yaml", config=config)
    assert diag.is_error


def test_find_comments_targets() -> None:
    text = "a: 1  # tjlint: disable=TJ1\n# tjlint: disable=TJ2,TJ3\n\nb: 2\n# tjlint: disable-file=TJ4\n"
    comments = find_comments(read_source(text, "x.yaml"))
    assert [(r.code, r.target) for r in comments.refs] == [
        ("TJ1", 1), ("TJ2", 4), ("TJ3", 4), ("TJ4", None)]


def test_crlf_lines() -> None:
    text = (HEAD + "# tjlint: disable=TJ402\ndata_url: /bucket/data\n").replace("\n", "\r\n")
    assert found(text) == []
    assert os.linesep  # the platform does not matter: the reader decides what a line is

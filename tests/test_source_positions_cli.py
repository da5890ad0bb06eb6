"""Positions through aliases and merge keys, and the fixes they allow, in every output format.

A value reached through an alias or a merge key is written elsewhere, and
maybe used elsewhere too: no fix is offered for it (rules.md, "Where a
diagnostic points" and "Fixes"). The value written at the anchor is fixable.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_cli

HEAD = "config_name: resnet-train\nworker_server_num: 1\nspec_id: 1\nengine_id: 122\nmodel_id: 7\n"
TEXT = (
    "x-defaults: &defaults\n"  # 1
    "  data_url: /my-bucket/data\n"  # 2: merged below, so TJ402 here, without a fix
    + HEAD  # 3-7
    + "<<: *defaults\n"  # 8
    "train_url: &out /my-bucket/out\n"  # 9: written here, TJ402 at column 17 with a fix
    "log_url: *out\n"  # 10: the alias, TJ402 at column 10 without a fix
)
# (line, column, fixable) of each TJ402, counted by hand from TEXT.
EXPECTED = [(2, 13, False), (9, 17, True), (10, 10, False)]


@pytest.fixture
def body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "c.yaml"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_json_fixable(body: Path) -> None:
    _, out, _ = run_cli(["check", "--format", "json", "--select", "TJ402", "c.yaml"])
    found = [(d["line"], d["column"], d["fixable"]) for d in json.loads(out)]
    assert found == EXPECTED
    assert [d["pointer"] for d in json.loads(out)] == ["/data_url", "/train_url", "/log_url"]


def test_sarif_fixes(body: Path) -> None:
    _, out, _ = run_cli(["check", "--format", "sarif", "--select", "TJ402", "c.yaml"])
    results = json.loads(out)["runs"][0]["results"]
    found = []
    for result in results:
        region = result["locations"][0]["physicalLocation"]["region"]
        found.append((region["startLine"], region["startColumn"], "fixes" in result))
    assert found == EXPECTED


def test_text_fix_mark(body: Path) -> None:
    _, out, _ = run_cli(["check", "--format", "text", "--select", "TJ402", "-q", "c.yaml"])
    lines = [line for line in out.splitlines() if "TJ402" in line]
    found = [(int(line.split(":")[1]), int(line.split(":")[2]), line.endswith("[*]")) for line in lines]
    assert found == EXPECTED


def test_fix_rewrites_only_the_value_written_here(body: Path) -> None:
    run_cli(["check", "--fix", "--select", "TJ402", "c.yaml"])
    assert body.read_text(encoding="utf-8") == TEXT.replace("/my-bucket/out\n", "/my-bucket/out/\n")


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_show_source_splits_lines_as_positions_count_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newline: str) -> None:
    monkeypatch.chdir(tmp_path)
    text = 'config_desc: "a\u2028b"\n' + HEAD + "data_url: /my-bucket/data\n"
    (tmp_path / "c.yaml").write_bytes(text.replace("\n", newline).encode())
    _, out, _ = run_cli(["check", "--select", "TJ402", "--show-source", "-q", "c.yaml"])
    assert out.splitlines()[0].startswith("c.yaml:7:11: ")
    assert out.splitlines()[2] == "7 | data_url: /my-bucket/data"
    assert out.splitlines()[3] == "  |           ^" + "~" * 14

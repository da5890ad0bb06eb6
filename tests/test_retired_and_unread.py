"""Codes outside the usual selection: the retired TJ210, and TJ001/TJ002/TJ005, which always report.

rules.md: TJ210 is retired; naming it in settings, flags or suppressions is accepted and does
nothing, and a suppression naming it is never TJ007. TJ001, TJ002 and TJ005 cannot be deselected,
ignored or suppressed: a file that was not read in full must never pass as clean. A suppression
whose only codes are not selected in this run is not TJ007.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_cli

import tjlint
from tjlint import Config
from tjlint.model import Severity
from tjlint.rules import ALL_RULES, BUILTIN_RULES, RETIRED_CODES

HEAD = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\n"  # lines 1-4
IMAGE = ("user_image_url: swr.cn-north-4.myhuaweicloud.com/team/train:1.0\n"
         "user_command: bash /home/work/run_train.sh python /home/work/user-job-dir/code/a.py\n")
CUSTOM = ("config_name: demo\nworker_server_num: 1\nspec_id: 1\napp_url: /my-bucket/code/\n"
          "data_url: /my-bucket/data/\n" + IMAGE)  # no engine_id, no boot file: clean
BROKEN = HEAD + "data_url: '/bucket/data/\n"  # unclosed quote: TJ002 where the parser stopped, 6:1


def run(*args: str) -> tuple[int, list[tuple[int, int, str, str]], str]:
    status, stdout, stderr = run_cli(["--format", "json", *args], env={"GITHUB_ACTIONS": None})
    found = [(d["line"], d["column"], d["code"], d["severity"]) for d in json.loads(stdout or "[]")]
    return status, found, stderr


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# TJ210, retired


def test_tj210_is_documented_but_never_run() -> None:
    assert {"TJ210"} == RETIRED_CODES
    assert "TJ210" in {r.code for r in ALL_RULES}
    assert "TJ210" not in {r.code for r in BUILTIN_RULES}


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_custom_image_without_engine_id_is_clean(fmt: str) -> None:
    if fmt == "yaml":
        assert tjlint.lint_text(CUSTOM, filename="c.yaml") == []
    else:
        import yaml

        assert tjlint.lint_text(json.dumps(yaml.safe_load(CUSTOM)), filename="c.json") == []


@pytest.mark.parametrize(
    "flags",
    [["--select", "TJ210"], ["--ignore", "TJ210"], ["--severity", "TJ210=error"],
     ["--select", "TJ2", "--ignore", "TJ210"]],
)
def test_flags_naming_tj210_are_accepted(tmp_path: Path, flags: list[str]) -> None:
    target = write(tmp_path / "job.yaml", CUSTOM)
    assert run(*flags, str(target)) == (0, [], "")


@pytest.mark.parametrize(
    "setting",
    ['select = ["TJ210", "TJ4"]', 'ignore = ["TJ210"]', 'severity = { TJ210 = "error" }',
     'per-file-ignores = { "*.yaml" = ["TJ210"] }'],
)
def test_settings_naming_tj210_are_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            setting: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", f'[project]\nname = "x"\n\n[tool.tjlint]\n{setting}\n')
    write(tmp_path / "job.yaml", CUSTOM)
    assert run("job.yaml") == (0, [], "")


@pytest.mark.parametrize(
    "comment",
    ["data_url: /my-bucket/data/  # tjlint: disable=TJ210\n",
     "# tjlint: disable=TJ210\ndata_url: /my-bucket/data/\n",
     "data_url: /my-bucket/data/\n# tjlint: disable-file=TJ210\n"],
)
def test_a_suppression_of_tj210_is_never_tj007(comment: str) -> None:
    text = CUSTOM.replace("data_url: /my-bucket/data/\n", comment)
    assert tjlint.lint_text(text, filename="c.yaml") == []


def test_a_suppression_with_tj210_and_a_live_code_still_checks_the_live_one() -> None:
    text = CUSTOM.replace("data_url: /my-bucket/data/\n",
                          "data_url: /my-bucket/data/  # tjlint: disable=TJ210,TJ402\n")
    assert [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename="c.yaml")] == [
        (5, 53, "TJ007")]


def test_tjlint_rules_tj210_says_it_is_retired_and_why() -> None:
    status, stdout, _ = run_cli(["rules", "TJ210"])
    assert status == 0
    assert stdout.startswith("TJ210 custom-image-engine (retired)\n")
    assert "engine_id" in stdout and "default" in stdout and "samples" in stdout
    status, stdout, _ = run_cli(["rules"])
    line = next(line for line in stdout.splitlines() if line.startswith("TJ210"))
    assert line.split()[:3] == ["TJ210", "custom-image-engine", "retired"]


# TJ001, TJ002, TJ005: always reported, always errors


@pytest.mark.parametrize(
    "config",
    [Config(select=("TJ2",)), Config(ignore=("TJ0",)), Config(ignore=("TJ002",)),
     Config(select=("TJ4",), ignore=("TJ00",)), Config(severity={"TJ002": Severity.WARNING}),
     Config(per_file_ignores={"*.yaml": ("TJ002",)})],
    ids=["select-other", "ignore-family", "ignore-code", "select-and-ignore", "severity", "per-file"],
)
def test_a_syntax_error_is_always_reported_as_an_error(config: Config) -> None:
    found = tjlint.lint_text(BROKEN, filename="job.yaml", config=config)
    assert [(d.line, d.column, d.code, d.severity) for d in found] == [(6, 1, "TJ002", Severity.ERROR)]


def test_a_syntax_error_cannot_be_suppressed() -> None:
    text = "# tjlint: disable-file=TJ002\n" + BROKEN
    found = [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename="job.yaml")]
    assert (7, 1, "TJ002") in found
    assert (1, 24, "TJ007") in found  # the comment suppresses nothing: it says so
    message = next(d.message for d in tjlint.lint_text(text, filename="job.yaml") if d.code == "TJ007")
    assert "cannot be suppressed" in message


def test_unreadable_and_too_large_are_always_reported() -> None:
    only_paths = Config(select=("TJ4",))
    nul = tjlint.lint_text(b"config_name: a\x00\n", filename="job.yaml", config=only_paths)
    assert [(d.line, d.column, d.code) for d in nul] == [(1, 1, "TJ001")]
    small = Config(select=("TJ4",), limits=tjlint.Limits(max_depth=2))
    deep = tjlint.lint_text(HEAD + "parameter: [[[[1]]]]\n", filename="job.yaml", config=small)
    assert [d.code for d in deep] == ["TJ005"]


def test_the_command_line_exits_1_whatever_is_selected(tmp_path: Path) -> None:
    target = write(tmp_path / "job.yaml", BROKEN)
    for flags in (["--select", "TJ2"], ["--ignore", "TJ0"], ["--severity", "TJ002=warning"],
                  ["--fix", "--select", "TJ4"]):
        status, found, _ = run(*flags, str(target))
        assert (status, [(line, code, sev) for line, _, code, sev in found]) == (
            1, [(6, "TJ002", "error")]), flags
    assert target.read_text(encoding="utf-8") == BROKEN


# TJ007 and codes this run does not report


def test_no_tj007_for_a_suppression_of_codes_this_run_does_not_report(tmp_path: Path) -> None:
    text = HEAD + "data_url: /bucket/data/  # tjlint: disable=TJ402,TJ405\n"  # nothing to hide
    for config in (Config(select=("TJ1",)), Config(ignore=("TJ4",)),
                   Config(per_file_ignores={"*.yaml": ("TJ40",)})):
        assert tjlint.lint_text(text, filename="job.yaml", config=config) == []
    # With the codes selected, the same comment is TJ007 at each code.
    found = [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename="job.yaml")]
    assert found == [(5, 44, "TJ007"), (5, 50, "TJ007")]
    # Only one of the two codes off: the other is still checked.
    partly = tjlint.lint_text(text, filename="job.yaml", config=Config(ignore=("TJ402",)))
    assert [(d.line, d.column, d.code) for d in partly] == [(5, 50, "TJ007")]

"""The shape of the command line: help, version, subcommands, rules/schema, exit-zero, statistics.

Also every new flag and setting given a wrong value: one ``tjlint: error:`` line, exit 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_cli

import tjlint
from tjlint.rules import ALL_RULES

CLEAN = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\ndata_url: /bucket/data/\n"
SLASH = CLEAN.replace("/bucket/data/", "/bucket/data")  # TJ402 (warning, fixable)
TWO_ERRORS = SLASH + "dataurl: x\nspecid: 2\n"  # TJ402, TJ102 twice


def tjlint_(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    return run_cli(args, env={"GITHUB_ACTIONS": None, "NO_COLOR": None}, stdin=stdin)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "training-job.yaml").write_text(SLASH, encoding="utf-8")
    return tmp_path


def test_help_shows_the_lint_usage_its_options_and_the_commands(here: Path) -> None:
    status, out, _ = tjlint_("--help")
    assert status == 0
    assert out.startswith("Usage: tjlint [check] [OPTIONS] [PATH]...")
    for option in ("--format", "--output", "--bodies-only", "--allow-empty", "--show-files", "--exit-zero",
                   "--statistics", "--version"):
        assert option in out
    commands = out[out.index("Commands:"):].split()
    assert {"check", "rules", "schema"} <= set(commands)
    assert tjlint_("check", "--help")[1] == out


@pytest.mark.parametrize("args", [["--version"], ["check", "--version"], ["--version", "."]])
def test_version_at_the_top_and_in_check(here: Path, args: list[str]) -> None:
    assert tjlint_(*args)[:2] == (0, f"tjlint {tjlint.__version__}\n")


def test_explicit_check_is_the_default_command(here: Path) -> None:
    assert tjlint_("check", ".") == tjlint_(".")


@pytest.mark.parametrize("name", ["rules", "schema"])
def test_a_folder_named_like_a_command(here: Path, name: str) -> None:
    (here / name).mkdir()
    (here / name / "training-job.yaml").write_text(SLASH, encoding="utf-8")
    status, out, err = tjlint_(name)
    assert status == 0 and "training-job.yaml" not in out  # the command ran, the folder was not linted
    hint = err.splitlines()
    assert len(hint) == 1 and hint[0].startswith("tjlint: hint: ")
    assert f"tjlint check {name}" in hint[0] and f"tjlint ./{name}" in hint[0]
    for spelled in (["check", name], [f"./{name}"]):
        status, out, _ = tjlint_(*spelled)
        assert status == 0 and f"{name}/training-job.yaml:5:11: warning TJ402" in out


def test_no_hint_without_such_a_folder(here: Path) -> None:
    assert tjlint_("rules")[2] == ""


def test_rules_lists_a_family(here: Path) -> None:
    status, out, _ = tjlint_("rules", "TJ4")
    family = sorted(r.code for r in ALL_RULES if r.code.startswith("TJ4"))
    assert status == 0 and [line.split()[0] for line in out.splitlines() if line[:2] == "TJ"] == family
    assert tjlint_("rules", "tj40")[1] == out  # a longer prefix of the same family, any case


def test_rules_json(here: Path) -> None:
    status, out, _ = tjlint_("rules", "--format", "json")
    rules = json.loads(out)
    assert status == 0 and [r["code"] for r in rules] == sorted(r.code for r in ALL_RULES)
    tj402 = next(r for r in rules if r["code"] == "TJ402")
    assert (tj402["name"], tj402["severity"]) == ("directory-slash", "warning")
    assert set(tj402) >= {"summary", "explanation", "passing_example", "failing_example"}
    one = json.loads(tjlint_("rules", "TJ402", "--format", "json")[1])
    assert one == [tj402]


def test_exit_zero(here: Path) -> None:
    (here / "training-job.yaml").write_text(TWO_ERRORS, encoding="utf-8")
    status, out, _ = tjlint_("--exit-zero")
    assert status == 0 and out.count(" error TJ102 ") == 2
    assert tjlint_("--exit-zero", "--strict")[0] == 0
    assert tjlint_("--exit-zero", "--diff")[0] == 0
    assert tjlint_("--exit-zero", "missing.yaml")[0] == 2


def test_statistics_count_each_code_after_the_report(here: Path) -> None:
    (here / "training-job.yaml").write_text(TWO_ERRORS, encoding="utf-8")
    (here / "training-job-2.yaml").write_text(SLASH, encoding="utf-8")
    status, out, err = tjlint_("--statistics")
    assert status == 1 and out.count("\n") == 4
    assert err.splitlines() == ["2  TJ102  unknown-field", "2  TJ402  directory-slash [*]",
                                "2 errors, 2 warnings in 2 files (2 fixable with --fix)"]
    _, out, err = tjlint_("--statistics", "--format", "json", "--quiet")
    assert len(json.loads(out)) == 4 and err.splitlines()[0] == "2  TJ102  unknown-field"


def test_fix_summary_says_what_was_fixed_first(here: Path) -> None:
    status, _, err = tjlint_("--fix")
    assert status == 0
    assert err.splitlines() == ["fixed 1 problem in 1 file", "no problems in 1 file"]


@pytest.mark.parametrize("args", [
    ["--allow-empty=yes"], ["--bodies-only=1"], ["--show-files=x"], ["--exit-zero=0"], ["--statistics=1"],
    ["rules", "--format", "xml"], ["rules", "TJ9"], ["rules", "a", "b"], ["schema", "--path=x"],
    ["schema", "--kind", "v3"], ["schema", "extra"], ["-", "-"], ["--kind", "pod"],
])
def test_wrong_values_of_flags(here: Path, args: list[str]) -> None:
    status, _, err = tjlint_(*args, stdin="")
    assert status == 2 and "Traceback" not in err
    assert [line for line in err.splitlines() if line.startswith("tjlint: error: ")] == err.splitlines()
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("value", ["'yes'", "1", "[true]", "{a: 1}", "null"])
def test_wrong_values_of_allow_empty(here: Path, value: str) -> None:
    (here / ".tjlint.yaml").write_text(f"allow-empty: {value}\n", encoding="utf-8")
    status, _, err = tjlint_(".")
    assert status == 2
    assert err.startswith("tjlint: error: .tjlint.yaml: allow-empty: expected true or false")
    assert len(err.splitlines()) == 1

"""Settings through the real command line, in temporary folders.

Expected positions follow spec/rules.md: TJ402 (directory-slash, warning) at
the first character of the value, TJ102 (unknown-field) at the key, TJ101 at
the start of the mapping, TJ601 (unknown-spec) at the spec_id value.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_helpers import run_cli

CATALOG = Path(__file__).parent / "data" / "catalog" / "resource-specs.json"
CLEAN = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\ndata_url: /bucket/data/\n"
SLASH = CLEAN.replace("/bucket/data/", "/bucket/data")  # TJ402 at 5:11
UNKNOWN = CLEAN + "dataurl: x\n"  # TJ102 at 6:1


def run(*args: str) -> tuple[int, list[tuple[str, int, int, str, str]], str]:
    """``tjlint --format json ARGS`` in-process: status, (path, line, column, code, severity), stderr."""
    status, stdout, stderr = run_cli(["--format", "json", *args], env={"GITHUB_ACTIONS": None, "NO_COLOR": None})
    found = [(d["path"], d["line"], d["column"], d["code"], d["severity"]) for d in json.loads(stdout or "[]")]
    return status, found, stderr


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "training-job.yaml", SLASH)
    return tmp_path


def test_defaults(work: Path) -> None:
    assert run() == (0, [("training-job.yaml", 5, 11, "TJ402", "warning")], "")


def test_settings_from_pyproject(work: Path) -> None:
    write(work / "pyproject.toml", '[project]\nname = "x"\n\n[tool.tjlint]\nseverity = { TJ402 = "error" }\n')
    assert run()[:2] == (1, [("training-job.yaml", 5, 11, "TJ402", "error")])


def test_settings_from_tjlint_yaml_found_upward(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(work / ".tjlint.yaml", "strict: true\n")
    write(work / "sub" / "training-job.yaml", SLASH)
    monkeypatch.chdir(work / "sub")
    assert run()[:2] == (1, [("training-job.yaml", 5, 11, "TJ402", "warning")])


def test_flags_override_files(work: Path) -> None:
    write(work / ".tjlint.yaml", "strict: true\nignore: [TJ1]\nseverity: {TJ4: error}\n")
    assert run()[0] == 1
    assert run("--no-strict", "--severity", "TJ402=warning")[0] == 0
    assert run("--ignore", "TJ4")[:2] == (0, [])  # --ignore replaces the file's list
    write(work / "training-job.yaml", UNKNOWN)
    assert run("--ignore", "TJ4")[1] == [("training-job.yaml", 6, 1, "TJ102", "error")]
    assert run()[:2] == (0, [])  # the file ignores TJ1


def test_severity_flag(work: Path) -> None:
    assert run("--severity", "TJ4=error")[:2] == (1, [("training-job.yaml", 5, 11, "TJ402", "error")])
    assert run("--severity", "TJ4=error", "--severity", "TJ402=warning")[0] == 0
    status, found, err = run("--severity", "TJ402")
    assert (status, found) == (2, []) and "CODE=error" in err
    assert run("--severity", "TJ999=error")[0] == 2


def test_strict_makes_warnings_fail(work: Path) -> None:
    assert run()[0] == 0
    assert run("--strict")[0] == 1


def test_config_flag_layers_over_discovered_file(work: Path) -> None:
    write(work / ".tjlint.yaml", "strict: true\n")
    write(work / "ci" / "tjlint.toml", "[tool.tjlint]\nignore = ['TJ402']\n")
    assert run("--config", "ci/tjlint.toml")[:2] == (0, [])
    write(work / "ci" / "plain.yaml", "strict: false\n")
    assert run("--config", "ci/plain.yaml")[0] == 0
    status, _, err = run("--config", "ci/missing.yaml")
    assert status == 2 and "missing.yaml" in err


def test_typo_in_a_key_is_one_clear_line(work: Path) -> None:
    write(work / ".tjlint.yaml", "selct: [TJ1]\n")
    assert run() == (2, [], "tjlint: error: .tjlint.yaml: unknown key 'selct' (did you mean 'select'?)\n")


def test_bad_value_is_one_clear_line(work: Path) -> None:
    write(work / "pyproject.toml", "[tool.tjlint.limits]\nmax-depth = -1\n")
    status, found, err = run()
    assert (status, found) == (2, [])
    assert err.startswith("tjlint: error: pyproject.toml: limits: max-depth:") and err.count("\n") == 1


@pytest.mark.parametrize(("name", "text", "key"), [
    (".tjlint.yaml", "plugins: [no-such-plugin]\n", "plugins"),
    (".tjlint.yaml", "select: [XY1]\n", "select"),
    ("pyproject.toml", '[tool.tjlint]\nignore = ["XY1"]\n', "ignore"),
    ("pyproject.toml", '[tool.tjlint.per-file-ignores]\n"a/*.yaml" = ["ZZ9"]\n', "per-file-ignores"),
])
def test_bad_plugin_or_code_names_the_file_and_key(work: Path, name: str, text: str, key: str) -> None:
    # interfaces.md: an unknown key or a bad value is a clear error naming the key (exit 2).
    write(work / name, text)
    status, found, err = run()
    assert (status, found) == (2, [])
    assert err.startswith(f"tjlint: error: {name}: {key}: ") and err.count("\n") == 1


def test_bad_code_in_a_flag_is_one_plain_line(work: Path) -> None:
    status, found, err = run("--select", "XY1")
    assert (status, found) == (2, [])
    assert err.startswith("tjlint: error: 'XY1' is not a rule code") and err.count("\n") == 1


def test_unused_suppression(work: Path) -> None:
    write(work / "training-job.yaml", CLEAN.replace("data/\n", "data/  # tjlint: disable=TJ402\n"))
    assert run() == (0, [("training-job.yaml", 5, 44, "TJ007", "warning")], "")
    assert run("--strict")[0] == 1
    assert run("--select", "TJ1")[:2] == (0, [])  # TJ402 is not selected: cannot tell


def test_suppression_on_the_line_before_and_disable_file(work: Path) -> None:
    write(work / "training-job.yaml", SLASH.replace("data_url", "# tjlint: disable=TJ402\ndata_url"))
    assert run()[:2] == (0, [])
    write(work / "training-job.yaml", "# tjlint: disable-file=TJ4\n" + SLASH)
    assert run()[:2] == (0, [])


def test_per_file_ignores_relative_to_the_config_file(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(work / ".tjlint.yaml", "per-file-ignores:\n  legacy/*.yaml: [TJ402]\n")
    write(work / "legacy" / "training-job.yaml", SLASH)
    monkeypatch.chdir(work / "legacy")
    assert run()[:2] == (0, [])
    monkeypatch.chdir(work)
    assert run()[1] == [("training-job.yaml", 5, 11, "TJ402", "warning")]


def test_kinds_catalog_and_limits(work: Path) -> None:
    shutil.copy(CATALOG, work / "specs.json")
    write(work / "updates" / "training-job.yaml", CLEAN)
    write(work / "training-job.yaml", CLEAN.replace("spec_id: 1", "spec_id: 999"))
    write(work / ".tjlint.yaml", "kinds: {updates/*.yaml: config-update}\ncatalog: [specs.json]\n")
    assert run()[1] == [("training-job.yaml", 3, 10, "TJ601", "error"),
                        (os.path.join("updates", "training-job.yaml"), 1, 1, "TJ102", "error")]
    write(work / ".tjlint.yaml", "limits: {max-file-size: 10}\n")
    assert [f[3] for f in run()[1]] == ["TJ005", "TJ005"]


def test_include_exclude_and_nested_folders(work: Path) -> None:
    write(work / "a" / "b" / "c" / "training-job.yaml", SLASH)
    write(work / "a" / "b" / "job.yaml", SLASH)  # a body by its content
    write(work / "a" / "b" / "notes.yaml", "owner: ml-team\n")  # neither name nor content
    write(work / "skip" / "training-job.yaml", SLASH)
    write(work / ".tjlint.yaml", "exclude: [skip]\n")
    paths = [f[0] for f in run()[1]]
    assert paths == [os.path.join("a", "b", "c", "training-job.yaml"), os.path.join("a", "b", "job.yaml"),
                     "training-job.yaml"]
    write(work / ".tjlint.yaml", "include: ['a/**/notes.yaml']\nexclude: [c, skip]\n")
    paths = list(dict.fromkeys(f[0] for f in run()[1]))
    assert paths == [os.path.join("a", "b", "job.yaml"), os.path.join("a", "b", "notes.yaml"), "training-job.yaml"]


def test_explicit_excluded_file_is_still_linted(work: Path) -> None:
    write(work / "skip" / "notes.yaml", SLASH)
    write(work / ".tjlint.yaml", "exclude: [skip]\n")
    shown = os.path.join("skip", "notes.yaml")
    assert run(shown)[1] == [(shown, 5, 11, "TJ402", "warning")]


def test_symlink_loop(work: Path) -> None:
    try:
        os.symlink(work, work / "loop", target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("symbolic links are not available")
    assert run()[:2] == (0, [("training-job.yaml", 5, 11, "TJ402", "warning")])


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_ignored_folder_is_skipped(work: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=work, check=True, capture_output=True)
    write(work / "build" / "training-job.yaml", UNKNOWN)
    write(work / ".gitignore", "build/\n")
    assert run()[1] == [("training-job.yaml", 5, 11, "TJ402", "warning")]
    assert run(os.path.join("build", "training-job.yaml"))[1] == [
        (os.path.join("build", "training-job.yaml"), 6, 1, "TJ102", "error")]

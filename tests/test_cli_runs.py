"""What a run lints and when it refuses: empty runs, --bodies-only, --show-files, settings per file.

Expected positions follow spec/rules.md: TJ402 (directory-slash, warning) at
the first character of the value; TJ102 (unknown-field, error) at the key.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
CLEAN = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\ndata_url: /bucket/data/\n"
SLASH = CLEAN.replace("/bucket/data/", "/bucket/data")  # TJ402 at 5:11
KUBERNETES = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers: []\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def tjlint(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    return run_cli(args, env={"GITHUB_ACTIONS": None, "NO_COLOR": None}, stdin=stdin)


def found(*args: str) -> tuple[int, list[tuple[str, int, int, str, str]]]:
    status, out, _ = tjlint("--format", "json", *args)
    return status, [(d["path"], d["line"], d["column"], d["code"], d["severity"]) for d in json.loads(out or "[]")]


def one_error(stderr: str) -> str:
    """The single ``tjlint: error:`` line of a usage error (and no traceback)."""
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("tjlint: error: ")]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "jobs" / "resnet.yaml", SLASH)  # a body by content only
    write(tmp_path / "k8s" / "pod.yaml", KUBERNETES)
    return tmp_path


# --- no silent empty run ----------------------------------------------------------------------


def test_a_folder_without_bodies_is_a_usage_error(repo: Path) -> None:
    status, out, err = tjlint("k8s")
    line = one_error(err)
    assert (status, out) == (2, "")
    assert "'k8s'" in line and "training-job*.{yaml,yml,json}" in line and "--allow-empty" in line
    assert "no problems" not in err


def test_the_include_setting_is_named(repo: Path) -> None:
    write(repo / ".tjlint.yaml", "include: ['ml/**/*.yaml']\n")
    line = one_error(tjlint("k8s")[2])
    assert "ml/**/*.yaml" in line and "training-job*" not in line


@pytest.mark.parametrize("how", ["flag", "setting"])
def test_allow_empty(repo: Path, how: str) -> None:
    if how == "setting":
        write(repo / "pyproject.toml", "[tool.tjlint]\nallow-empty = true\n")
    status, out, err = tjlint("k8s", *(["--allow-empty"] if how == "flag" else []))
    assert (status, out, err) == (0, "", "no problems in 0 files\n")


def test_an_empty_run_among_others_is_not_empty(repo: Path) -> None:
    assert found("k8s", "jobs") == (0, [("jobs/resnet.yaml", 5, 11, "TJ402", "warning")])


def test_a_missing_path_is_its_own_error(repo: Path) -> None:
    status, _, err = tjlint("job/")
    assert (status, one_error(err)) == (2, "tjlint: error: path 'job/' does not exist")


# --- --bodies-only ------------------------------------------------------------------------------


def test_bodies_only_skips_named_files_that_are_not_bodies(repo: Path) -> None:
    write(repo / "training-job-x.yaml", "owner: me\n")  # a body by name: linted
    status, diagnostics = found("--bodies-only", "jobs/resnet.yaml", "k8s/pod.yaml", "training-job-x.yaml")
    assert status == 1
    assert sorted({d[0] for d in diagnostics}) == ["jobs/resnet.yaml", "training-job-x.yaml"]
    # Without it, a named file is always linted.
    assert any(d[0] == "k8s/pod.yaml" for d in found("k8s/pod.yaml")[1])


def test_bodies_only_that_skips_everything_is_empty(repo: Path) -> None:
    status, _, err = tjlint("--bodies-only", "k8s/pod.yaml")
    line = one_error(err)
    assert status == 2 and "'k8s/pod.yaml'" in line and "--allow-empty" in line
    assert tjlint("--bodies-only", "--allow-empty", "k8s/pod.yaml")[0] == 0


# --- --show-files -------------------------------------------------------------------------------


def test_show_files_lists_reasons_and_lints_nothing(repo: Path) -> None:
    write(repo / "training-jobs" / "broken.json", "{not json")
    write(repo / "notes.yaml", "owner: me\n")
    status, out, err = tjlint("--show-files", ".", "notes.yaml")
    assert status == 0
    assert out.splitlines() == ["jobs/resnet.yaml (content)", "notes.yaml (given)",
                                "training-jobs/broken.json (name)"]
    assert err == "3 files to lint\n"


FLAVORS = '{"total_count": 1, "flavors": [{"flavor_id": "modelarts.vm.cpu.8u", "max_num": 1}]}\n'


def test_saved_catalogues_are_not_walked_as_bodies(repo: Path) -> None:
    """A saved response named like the API (training-job-flavors.json) matches 'training-job*',
    but a catalogue the settings or --catalog name is never linted as a request body."""
    write(repo / "catalog" / "training-job-flavors.json", FLAVORS)
    status, out, _ = tjlint("--show-files", "catalog")
    assert (status, out) == (0, "catalog/training-job-flavors.json (name)\n")  # not named: a body by name
    status, out, _ = tjlint("--show-files", "--allow-empty", "--catalog", "catalog/training-job-flavors.json",
                            "catalog")
    assert (status, out) == (0, "")
    write(repo / ".tjlint.yaml", "catalog: [catalog/training-job-flavors.json]\n")
    status, out, _ = tjlint("--show-files", ".")
    assert status == 0 and "training-job-flavors" not in out and "jobs/resnet.yaml (content)" in out


def test_show_files_of_an_empty_run_is_a_usage_error(repo: Path) -> None:
    assert tjlint("--show-files", "k8s")[0] == 2
    assert tjlint("--show-files", "--allow-empty", "k8s")[:2] == (0, "")


# --- settings per file --------------------------------------------------------------------------


def test_two_folders_with_their_own_settings(repo: Path) -> None:
    write(repo / "a" / "pyproject.toml", "[tool.tjlint]\nseverity = {TJ402 = 'error'}\n")
    write(repo / "a" / "training-job.yaml", SLASH)
    write(repo / "b" / ".tjlint.yaml", "ignore: [TJ4]\n")
    write(repo / "b" / "training-job.yaml", SLASH + "dataurl: x\n")
    assert found("a", "b") == (1, [("a/training-job.yaml", 5, 11, "TJ402", "error"),
                                   ("b/training-job.yaml", 6, 1, "TJ102", "error")])


def test_same_answer_from_any_working_directory(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    inside = found("examples/training-jobs/updates/")
    monkeypatch.chdir(repo)
    outside = found(str(ROOT / "examples" / "training-jobs" / "updates"))
    assert inside == (0, []) and outside == (0, [])


def test_settings_of_the_file_not_of_the_working_directory(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / "project" / ".tjlint.yaml", "strict: true\n")
    write(repo / "project" / "training-job.yaml", SLASH)
    write(repo / "elsewhere" / ".tjlint.yaml", "ignore: [TJ402]\n")
    monkeypatch.chdir(repo / "elsewhere")
    shown = os.path.join("..", "project", "training-job.yaml")
    assert found(shown) == (1, [(shown, 5, 11, "TJ402", "warning")])  # strict from project/


def test_config_flag_applies_to_every_file(repo: Path) -> None:
    write(repo / "a" / ".tjlint.yaml", "select: [TJ1]\n")
    write(repo / "a" / "training-job.yaml", SLASH)
    write(repo / "b" / "training-job.yaml", SLASH)
    write(repo / "ci.yaml", "select: [TJ4]\nseverity: {TJ402: error}\n")
    assert found("--config", "ci.yaml", "a", "b") == (1, [("a/training-job.yaml", 5, 11, "TJ402", "error"),
                                                         ("b/training-job.yaml", 5, 11, "TJ402", "error")])


def test_stdin_uses_the_working_directory(repo: Path) -> None:
    write(repo / ".tjlint.yaml", "severity: {TJ402: error}\n")
    status, out, _ = tjlint("--format", "json", "--stdin-filename", "sub/x.yaml", "-", stdin=SLASH)
    assert status == 1 and [d["severity"] for d in json.loads(out)] == ["error"]


def test_a_bad_settings_file_deep_in_the_walk(repo: Path) -> None:
    write(repo / "jobs" / ".tjlint.yaml", "selct: [TJ1]\n")
    status, _, err = tjlint(".")
    assert (status, one_error(err)) == (
        2, "tjlint: error: jobs/.tjlint.yaml: unknown key 'selct' (did you mean 'select'?)")


# --- order and standard input ---------------------------------------------------------------------


def test_output_is_sorted_by_path_across_files(repo: Path) -> None:
    write(repo / "b.yaml", SLASH)
    write(repo / "a.yaml", SLASH + "dataurl: x\n")
    status, out, _ = tjlint("b.yaml", "jobs", "a.yaml")
    assert status == 1
    assert [line.split(" ")[0] for line in out.splitlines()] == [
        "a.yaml:5:11:", "a.yaml:6:1:", "b.yaml:5:11:", "jobs/resnet.yaml:5:11:"]


def test_a_file_named_twice_is_linted_once(repo: Path) -> None:
    status, out, err = tjlint("jobs/resnet.yaml", "jobs", "./jobs/resnet.yaml")
    assert status == 0
    assert len(out.splitlines()) == 1 and "in 1 file " in err


def test_stdin_twice_is_a_usage_error(repo: Path) -> None:
    status, out, err = tjlint("-", "-", stdin=CLEAN)
    assert (status, out) == (2, "")
    assert one_error(err) == "tjlint: error: '-' (standard input) can be given only once"


def test_a_walk_uses_the_settings_of_each_folder_it_enters(repo: Path) -> None:
    write(repo / "team" / "pyproject.toml", "[tool.tjlint]\nexclude = ['drafts']\ninclude = ['*.job.yaml']\n")
    write(repo / "team" / "drafts" / "training-job.yaml", SLASH)  # excluded by team/pyproject.toml
    write(repo / "team" / "deep" / "a.job.yaml", SLASH)  # included by name there
    write(repo / "team" / "deep" / "notes.yaml", "owner: me\n")
    write(repo / "drafts" / "training-job.yaml", SLASH)  # the root has no such settings
    status, out, _ = tjlint("--show-files", ".")
    assert (status, out.splitlines()) == (0, [
        "drafts/training-job.yaml (name)", "jobs/resnet.yaml (content)", "team/deep/a.job.yaml (name)"])

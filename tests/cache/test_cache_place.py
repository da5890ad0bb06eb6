"""Where the results cache lives, what the folder holds, and which runs never write one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cache_helpers import BROKEN, GOOD, Project, cache_folders

import tjlint


def test_without_settings_the_cache_is_in_the_working_directory_and_ignored_by_git(project: Project) -> None:
    project.write("jobs/training-job.yaml", GOOD)
    ran = project.run("jobs/")
    assert (ran.status, ran.linted) == (0, 1)
    assert cache_folders(project.root) == [".tjlint_cache"]
    ignore = (project.root / ".tjlint_cache" / ".gitignore").read_text(encoding="utf-8")
    assert "*" in ignore.splitlines()
    assert len(list((project.root / ".tjlint_cache").glob("*.pack"))) == 1


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_status_never_shows_the_cache(project: Project) -> None:
    subprocess.run(["git", "init", "-q", str(project.root)], check=True)
    project.write("training-job.yaml", GOOD)
    subprocess.run(["git", "-C", str(project.root), "add", "training-job.yaml"], check=True)
    assert project.run("training-job.yaml").status == 0
    status = subprocess.run(["git", "-C", str(project.root), "status", "--porcelain", "--ignored=no"],
                            capture_output=True, text=True, check=True)
    assert status.stdout.strip() == "A  training-job.yaml"


@pytest.mark.parametrize("settings", [".tjlint.yaml", "pyproject.toml"])
def test_the_cache_is_beside_the_nearest_settings_file(project: Project, settings: str) -> None:
    text = "strict: true\n" if settings == ".tjlint.yaml" else "[tool.tjlint]\nstrict = true\n"
    project.write(f"team/{settings}", text)
    project.write("team/jobs/training-job.yaml", GOOD)
    project.write("other/training-job.yaml", GOOD)
    assert project.run("team/jobs/training-job.yaml", "other/").status == 0
    assert cache_folders(project.root) == [".tjlint_cache", "team/.tjlint_cache"]


def test_cache_dir_setting_is_relative_to_its_settings_file(project: Project) -> None:
    project.write("team/.tjlint.yaml", "cache-dir: ../build/lint-cache\n")
    project.write("team/training-job.yaml", GOOD)
    assert project.run("team/").status == 0
    assert cache_folders(project.root) == []
    assert (project.root / "build/lint-cache/.gitignore").is_file()
    again = project.run("team/")
    assert (again.status, again.linted) == (0, 0)


def test_cache_dir_flag_wins_over_the_setting(project: Project) -> None:
    project.write(".tjlint.yaml", "cache-dir: from-settings\n")
    project.write("training-job.yaml", GOOD)
    assert project.run("--cache-dir", "from-flag", "training-job.yaml").status == 0
    assert (project.root / "from-flag/.gitignore").is_file()
    assert not (project.root / "from-settings").exists()


@pytest.mark.parametrize("value", ["", "   ", "3", "[a]"])
def test_a_bad_cache_dir_setting_is_one_error_line(project: Project, value: str) -> None:
    project.write(".tjlint.yaml", f"cache-dir: {value or repr(value)}\n")
    project.write("training-job.yaml", GOOD)
    ran = project.run("training-job.yaml")
    assert ran.status == 2
    assert ran.stderr.startswith("tjlint: error:") and "cache-dir" in ran.stderr
    assert len(ran.stderr.strip().splitlines()) == 1


def test_no_cache_neither_reads_nor_writes(project: Project) -> None:
    project.write("training-job.yaml", BROKEN)
    first = project.run("training-job.yaml")
    cached = project.written()
    second = project.run("--no-cache", "training-job.yaml")
    assert second.linted == 1 and second.stdout == first.stdout and second.status == first.status == 1
    assert project.written() == cached
    shutil.rmtree(project.root / ".tjlint_cache")
    assert project.run("--no-cache", "training-job.yaml").linted == 1
    assert cache_folders(project.root) == []


@pytest.mark.parametrize("args", [["--fix"], ["--diff"], ["--show-files"]])
def test_fixes_diffs_and_listings_write_no_cache(project: Project, args: list[str]) -> None:
    project.write("training-job.yaml", BROKEN)
    project.run(*args, "training-job.yaml")
    assert cache_folders(project.root) == []
    assert not project.user_cache.exists()


def test_standard_input_writes_no_cache(project: Project) -> None:
    ran = project.run("-", "--stdin-filename", "training-job.yaml", stdin=BROKEN)
    assert (ran.status, ran.linted) == (1, 1)
    assert cache_folders(project.root) == [] and not project.user_cache.exists()


def test_the_library_writes_no_cache(project: Project) -> None:
    path = project.write("training-job.yaml", BROKEN)
    assert tjlint.lint_file(path) and tjlint.lint_file(str(path))
    assert tjlint.lint_text(BROKEN, filename="training-job.yaml")
    assert cache_folders(project.root) == [] and not project.user_cache.exists()


def test_the_key_lives_in_the_user_cache_folder_private(project: Project) -> None:
    project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    key = project.user_cache / "tjlint" / "key"
    assert key.stat().st_size == 32 and key.stat().st_mode & 0o077 == 0
    assert not list((project.root / ".tjlint_cache").glob("*key*"))


def test_without_xdg_cache_home_the_key_is_under_home(project: Project, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    project.write("training-job.yaml", GOOD)
    assert project.run("training-job.yaml").status == 0
    assert (tmp_path / "home/.cache/tjlint/key").is_file()


def test_a_key_that_cannot_be_made_means_no_cache_and_one_note(project: Project, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    project.write("a/training-job.yaml", BROKEN)
    project.write("b/training-job.yaml", BROKEN)
    plain = project.run("--no-cache", "a/", "b/")
    ran = project.run("a/", "b/")
    assert (ran.status, ran.stdout, ran.linted) == (plain.status, plain.stdout, 2)
    notes = [line for line in ran.stderr.splitlines() if line.startswith("tjlint: note:")]
    assert len(notes) == 1 and "results cache not used" in notes[0] and str(blocker) in notes[0]
    assert "Traceback" not in ran.stderr
    assert cache_folders(project.root) == []
    assert project.run("--quiet", "a/").stderr == ""


def test_tjlint_cache_dir_names_the_folder_and_the_flag_wins(project: Project,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    project.write(".tjlint.yaml", "cache-dir: from-settings\n")
    project.write("training-job.yaml", GOOD)
    monkeypatch.setenv("TJLINT_CACHE_DIR", str(project.root / "from-env"))
    assert project.run("training-job.yaml").status == 0  # paths alone: read without click
    assert project.run("--quiet", "training-job.yaml").linted == 0  # with a flag: read by click
    assert (project.root / "from-env/.gitignore").is_file() and not (project.root / "from-settings").exists()
    project.run("--cache-dir", "from-flag", "training-job.yaml")
    assert (project.root / "from-flag/.gitignore").is_file()

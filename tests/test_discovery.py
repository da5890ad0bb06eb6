"""Walking folders for request bodies (tjlint.discovery) and the glob syntax (tjlint.globs)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tjlint.discovery import DEFAULT_INCLUDE, git_ignored, walk
from tjlint.globs import compile_globs, expand_braces

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("config_name: x\n", encoding="utf-8")


def walked(root: Path, *args: tuple[str, ...], use_git: bool = False) -> list[str]:
    return sorted(Path(p).relative_to(root).as_posix() for p in walk(str(root), *args, use_git=use_git))


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    touch(tmp_path,
          "training-job.yaml", "training-job-b.yml", "a.tj.json", "notes.yaml", "training-job.txt",
          "deep/er/training-job-c.yaml", "deep/other.json",
          "training-jobs/x.yaml", "team/training-jobs/y/z.json", "team/training-jobs/readme.md",
          "node_modules/training-job.yaml", ".git/training-job.yaml", "venv/training-job.yaml",
          "myenv/pyvenv.cfg", "myenv/training-job.yaml", "__pycache__/training-job.json",
          "training-jobs/.tjlint.yaml")
    return tmp_path


def test_default_include_and_always_skipped(tree: Path) -> None:
    assert walked(tree) == [
        "a.tj.json",
        "deep/er/training-job-c.yaml",
        "team/training-jobs/y/z.json",
        "training-job-b.yml",
        "training-job.yaml",
        "training-jobs/x.yaml",
    ]


def test_walk_order_is_path_order(tree: Path) -> None:
    found = [Path(p).relative_to(tree).as_posix() for p in walk(str(tree), use_git=False)]
    assert found == sorted(found)


def test_include_replaces_exclude_adds(tree: Path) -> None:
    assert walked(tree, ("*.json",)) == ["a.tj.json", "deep/other.json", "team/training-jobs/y/z.json"]
    assert walked(tree, DEFAULT_INCLUDE, ("deep", "team/**")) == [
        "a.tj.json", "training-job-b.yml", "training-job.yaml", "training-jobs/x.yaml"]
    assert walked(tree, ("**/*.yaml",), ("training-job*",)) == ["notes.yaml"]


def test_anchored_exclude_is_relative_to_working_directory(tree: Path) -> None:
    assert "deep/er/training-job-c.yaml" not in walked(tree, DEFAULT_INCLUDE, ("deep/er",))
    assert "deep/er/training-job-c.yaml" in walked(tree, DEFAULT_INCLUDE, ("er/deep",))


def test_walking_a_subfolder_and_an_excluded_root(tree: Path) -> None:
    assert walked(tree / "deep") == ["er/training-job-c.yaml"]
    # A folder asked for explicitly is walked even if its name is excluded.
    assert walked(tree / "node_modules") == ["training-job.yaml"]


def test_symlink_loop_and_links(tree: Path) -> None:
    try:
        os.symlink(tree, tree / "deep" / "loop", target_is_directory=True)
        os.symlink(tree / "training-job.yaml", tree / "deep" / "training-job-link.yaml")
        os.symlink(tree / "missing.yaml", tree / "deep" / "training-job-broken.yaml")
    except (OSError, NotImplementedError):
        pytest.skip("symbolic links are not available")
    found = walked(tree)
    assert "deep/training-job-link.yaml" in found  # a link to a regular file is a file
    assert "deep/training-job-broken.yaml" not in found
    assert not any("loop" in p for p in found)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_never_opened(tree: Path) -> None:
    os.mkfifo(tree / "training-job-fifo.yaml")
    assert "training-job-fifo.yaml" not in walked(tree)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@needs_git
def test_git_ignored_files_and_folders(tree: Path) -> None:
    git(tree, "init", "-q")
    (tree / ".gitignore").write_text("deep/\ntraining-job-b.yml\n", encoding="utf-8")
    assert walked(tree, use_git=True) == [
        "a.tj.json", "team/training-jobs/y/z.json", "training-job.yaml", "training-jobs/x.yaml"]
    assert git_ignored(str(tree)) >= {(tree / "deep").as_posix()}
    # An ignored folder named explicitly is still walked.
    assert walked(tree / "deep", use_git=True) == ["er/training-job-c.yaml"]


@needs_git
def test_tracked_file_is_not_ignored(tree: Path) -> None:
    git(tree, "init", "-q")
    git(tree, "add", "training-job-b.yml")
    (tree / ".gitignore").write_text("*.yml\n", encoding="utf-8")
    assert "training-job-b.yml" in walked(tree, use_git=True)


def test_outside_git_nothing_is_ignored(tmp_path: Path) -> None:
    assert git_ignored(str(tmp_path)) == frozenset()


def test_git_missing_is_silent(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tree / "no-such-bin"))
    assert git_ignored(str(tree)) == frozenset()
    assert "training-job.yaml" in walked(tree, use_git=True)


@pytest.mark.parametrize(
    ("patterns", "path", "expected"),
    [
        (("training-job*.{yaml,yml,json}",), "/w/a/training-job-1.yml", True),
        (("training-job*.{yaml,yml,json}",), "/w/a/training-job-1.txt", False),
        (("*.tj.yaml",), "/w/deep/x.tj.yaml", True),
        (("**/training-jobs/**",), "/w/a/training-jobs/b/c.json", True),
        (("**/training-jobs/**",), "/w/a/training-jobs.json", False),
        (("legacy/*.yaml",), "/w/legacy/a.yaml", True),
        (("legacy/*.yaml",), "/w/x/legacy/a.yaml", False),
        (("legacy/*.yaml",), "/w/legacy/sub/a.yaml", False),
        (("legacy",), "/w/x/legacy/sub/a.yaml", True),
        (("legacy/",), "/w/legacy/a.yaml", True),
        (("a/**/b.yaml",), "/w/a/b.yaml", True),
        (("a/**/b.yaml",), "/w/a/x/y/b.yaml", True),
        (("[!x]b.yaml",), "/w/ab.yaml", True),
        (("[!x]b.yaml",), "/w/xb.yaml", False),
        (("?.yaml",), "/w/ab.yaml", False),
        (("/abs/*.yaml",), "/abs/j.yaml", True),
    ],
)
def test_globs(patterns: tuple[str, ...], path: str, expected: bool) -> None:
    assert (compile_globs(patterns, "/w").match(path) is not None) is expected


def test_expand_braces() -> None:
    assert expand_braces("a.{x,y}.{1,2}") == ["a.x.1", "a.x.2", "a.y.1", "a.y.2"]
    assert expand_braces("a[{]b[}]") == ["a[{]b[}]"]


def test_hidden_folders_are_skipped_unless_asked_for(tree: Path) -> None:
    touch(tree, ".github/workflows/training-job.yaml", ".ml/training-jobs/a.yaml", "ml/.draft.tj.yaml")
    found = walked(tree)
    assert not any(p.startswith((".github", ".ml")) for p in found)
    assert "ml/.draft.tj.yaml" in found  # a hidden file in a visible folder is a file like any other
    assert walked(tree / ".ml") == ["training-jobs/a.yaml"]

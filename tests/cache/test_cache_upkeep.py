"""The cache stays correct when several processes write it at once, and stays small."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cache_helpers import BROKEN, GOOD, Project

from tjlint.cache.keys import environment, user_key
from tjlint.cache.pack import KEEP, Pack, check_folder


def _entries(project: Project, folder: str = ".tjlint_cache") -> dict[str, tuple[object, ...]]:
    key = user_key()
    assert isinstance(key, bytes)
    pack = Pack(str(project.root / folder), environment(), key)
    pack.load()
    return pack.entries


def test_processes_writing_at_once_leave_a_sound_cache(project: Project) -> None:
    """Six processes (as pre-commit starts batches) lint overlapping files into one cache folder at once."""
    names = [f"jobs/training-job-{i:02}.yaml" for i in range(24)]
    for i, name in enumerate(names):
        project.write(name, BROKEN if i % 3 == 0 else GOOD)
    expected = project.run("--no-cache", "--format", "json", *names)
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    batches = [names[i::6] for i in range(6)]  # the pack must end up with every batch's results
    started = [subprocess.Popen([sys.executable, "-m", "tjlint", "--format", "json", *batch], cwd=project.root,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for batch in batches]
    ended = [(process.communicate(timeout=300)[1], process.returncode) for process in started]
    for err, status in ended:
        assert status in (0, 1) and "Traceback" not in err and "note" not in err, err
    folder = project.root / ".tjlint_cache"
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    assert set(_entries(project)) == {str(project.root / name) for name in names}
    again = project.run("--format", "json", *names)
    assert (again.status, again.stdout, again.linted) == (expected.status, expected.stdout, 0)


def test_a_writer_keeps_what_another_wrote_since_it_read_the_pack(project: Project) -> None:
    """Two runs read the same pack, then each writes its own results: the second keeps the first's."""
    linted = project.write("training-job-a.yaml", GOOD)
    first, second = project.write("training-job-b.yaml", GOOD), project.write("training-job-c.yaml", GOOD)
    project.run(str(linted))
    key = user_key()
    assert isinstance(key, bytes)
    folder = str(project.root / ".tjlint_cache")
    one, two = Pack(folder, environment(), key), Pack(folder, environment(), key)
    one.load()
    two.load()
    entry = _entries(project)[str(linted)]
    one.put(str(first), entry)
    two.put(str(second), entry)
    one.save()
    two.save()
    assert set(_entries(project)) == {str(linted), str(first), str(second)}


def test_entries_of_deleted_files_are_dropped(project: Project) -> None:
    kept, gone = project.write("training-job-a.yaml", GOOD), project.write("training-job-b.yaml", BROKEN)
    project.run(".")
    assert set(_entries(project)) == {str(kept), str(gone)}
    gone.unlink()
    project.write("training-job-c.yaml", GOOD)
    project.run(".")
    assert set(_entries(project)) == {str(kept), str(project.root / "training-job-c.yaml")}


def test_a_file_keeps_one_entry_whatever_the_settings(project: Project) -> None:
    path = project.write("training-job.yaml", BROKEN)
    for flags in (["--select", "TJ1"], ["--select", "TJ2"], ["--ignore", "TJ3"], []):
        project.run(*flags, "training-job.yaml")
    assert list(_entries(project)) == [str(path)]


def test_packs_of_old_environments_are_pruned(project: Project) -> None:
    project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    folder = project.root / ".tjlint_cache"
    for age in range(KEEP + 2):  # packs other versions of tjlint or Python wrote, oldest first
        old = folder / f"{age:020x}.pack"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    stale = folder / ".x.pack.1.tmp"
    stale.write_bytes(b"left by a process that died")
    os.utime(stale, (1_000_000, 1_000_000))
    project.write("training-job.yaml", GOOD + "# edited\n")
    project.run("training-job.yaml")
    packs = sorted(p.name for p in folder.glob("*.pack"))
    assert len(packs) == KEEP
    assert f"{KEEP + 1:020x}.pack" in packs and f"{0:020x}.pack" not in packs
    assert not stale.exists()


def test_an_unchanged_run_does_not_rewrite_the_pack(project: Project) -> None:
    project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    (pack,) = (project.root / ".tjlint_cache").glob("*.pack")
    before = pack.stat()
    project.run("training-job.yaml")
    after = pack.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_nothing_of_the_cache_is_read_from_a_path_it_does_not_know(project: Project, tmp_path: Path) -> None:
    """Results are stored by absolute path: a copy of the project elsewhere starts from nothing."""
    project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-a", str(project.root), str(copy)], check=True)
    (copy / "training-job.yaml").write_text(GOOD, encoding="utf-8")
    os.chdir(copy)
    assert project.run("training-job.yaml").linted == 1


def test_a_folder_another_process_is_making_is_taken_for_a_cache(tmp_path: Path) -> None:
    """Between its mkdir and its tag another process's new folder holds only the tag's draft."""
    folder = tmp_path / ".tjlint_cache"
    folder.mkdir()
    (folder / "CACHEDIR.TAG.4242.tmp").write_text("Signature: 8a47", encoding="utf-8")
    assert check_folder(str(folder), create=True)
    tag = (folder / "CACHEDIR.TAG").read_text(encoding="utf-8")
    assert tag.startswith("Signature: 8a477f597d28d172789f06886806bc55\n")
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    # what tjlint made it leaves no draft of its own behind
    assert sorted(p.name for p in folder.iterdir()) == [".gitignore", "CACHEDIR.TAG", "CACHEDIR.TAG.4242.tmp"]


def test_a_new_folder_never_shows_tjlint_files_without_the_tag(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever another process sees of a folder being made passes :func:`check_folder`."""
    folder = tmp_path / ".tjlint_cache"
    seen: list[bool] = []
    looking: list[bool] = []
    real_open = os.open

    def watching(path: str, *args: Any, **kwargs: Any) -> int:
        if os.path.isdir(folder) and not looking:  # another process looking at this moment
            looking.append(True)
            try:
                seen.append(check_folder(str(folder), create=False))
            finally:
                looking.clear()
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", watching)
    assert check_folder(str(folder), create=True)
    monkeypatch.undo()
    assert seen and all(seen)

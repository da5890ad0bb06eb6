"""A cache that arrives with the repository, or is damaged, never decides a result."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from cache_helpers import BROKEN, GOOD, Project

from tjlint.cache import ResultsCache
from tjlint.cache.keys import digest, environment, user_key
from tjlint.cache.pack import Pack


def _packs(project: Project) -> list[Path]:
    return sorted((project.root / ".tjlint_cache").glob("*.pack"))


def _plant_clean_entry(project: Project, path: Path, key: bytes) -> None:
    """A pack that says ``path``, with the bytes it has now, reported nothing; signed with ``key``."""
    cache = ResultsCache()
    from tjlint.runner import Options, RunSettings

    settings, used = RunSettings(Options(cache=True)).of(str(path.parent))
    group = cache.group(used, settings, lambda: None)  # type: ignore[arg-type,return-value]
    pack = Pack(str(project.root / ".tjlint_cache"), environment(), key)
    pack.load()
    pack.put(str(path), (path.name, group.settings, digest(path.read_bytes()), ()))
    pack.save()


def test_a_forged_clean_entry_signed_with_another_key_is_not_trusted(project: Project) -> None:
    broken = project.write("training-job.yaml", BROKEN)
    assert project.run("training-job.yaml").status == 1  # the folder and this user's key exist
    _plant_clean_entry(project, broken, os.urandom(32))
    ran = project.run("training-job.yaml")
    assert (ran.status, ran.linted) == (1, 1)
    assert "TJ102" in ran.stdout


def test_the_same_entry_signed_with_the_users_key_would_be_used(project: Project) -> None:
    """The forgery above differs only in its key: this run shows the entry itself was well formed."""
    broken = project.write("training-job.yaml", BROKEN)
    assert project.run("training-job.yaml").status == 1
    key = user_key()
    assert isinstance(key, bytes)
    _plant_clean_entry(project, broken, key)
    ran = project.run("training-job.yaml")
    assert (ran.status, ran.linted, ran.stdout) == (0, 0, "")


def test_a_cache_from_another_user_or_machine_is_ignored_and_rewritten(project: Project, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache folder committed by someone else: their pack says the file is clean; here it is broken."""
    path = project.write("training-job.yaml", GOOD)
    assert project.run("training-job.yaml").status == 0
    theirs = tmp_path / "theirs.pack"
    shutil.copy(_packs(project)[0], theirs)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "ci-runner-cache"))  # CI: another user, another key
    path.write_text(BROKEN, encoding="utf-8")
    forged = bytearray(theirs.read_bytes())
    assert digest(GOOD.encode()) in forged
    # their entry for the clean bytes, rewritten to claim the broken bytes: only a key could sign it
    forged = forged.replace(digest(GOOD.encode()), digest(BROKEN.encode()))
    _packs(project)[0].write_bytes(bytes(forged))
    ran = project.run("training-job.yaml")
    assert (ran.status, ran.linted) == (1, 1)
    assert project.run("training-job.yaml").linted == 0  # rewritten, signed with this user's key


@pytest.mark.parametrize("damage", ["empty", "truncated", "garbage", "flipped", "magic-only"])
def test_a_corrupt_pack_is_ignored_and_rewritten(project: Project, damage: str) -> None:
    project.write("training-job.yaml", BROKEN)
    first = project.run("training-job.yaml")
    (pack,) = _packs(project)
    data = pack.read_bytes()
    pack.write_bytes({"empty": b"", "truncated": data[: len(data) // 2], "garbage": os.urandom(len(data)),
                      "flipped": data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:],
                      "magic-only": data[:8]}[damage])
    ran = project.run("training-job.yaml")
    assert (ran.status, ran.stdout, ran.stderr, ran.linted) == (first.status, first.stdout, first.stderr, 1)
    assert project.run("training-job.yaml").linted == 0


def test_a_cache_folder_that_is_a_link_is_not_followed(project: Project, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project.root / ".tjlint_cache").symlink_to(elsewhere)
    project.write("training-job.yaml", BROKEN)
    ran = project.run("training-job.yaml")
    assert (ran.status, ran.linted) == (1, 1)
    assert "tjlint: note: results cache not used" in ran.stderr and "symbolic link" in ran.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_folder_of_other_files_is_not_taken_for_a_cache(project: Project) -> None:
    project.write("build/notes.txt", "mine\n")
    project.write("training-job.yaml", GOOD)
    ran = project.run("--cache-dir", "build", "training-job.yaml")
    assert ran.status == 0 and "results cache not used" in ran.stderr
    assert sorted(p.name for p in (project.root / "build").iterdir()) == ["notes.txt"]


def test_a_pack_planted_as_a_link_is_replaced_not_written_through(project: Project, tmp_path: Path) -> None:
    project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    (pack,) = _packs(project)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    pack.unlink()
    pack.symlink_to(victim)
    assert project.run("training-job.yaml").linted == 1
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert not pack.is_symlink()

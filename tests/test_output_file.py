"""--output and --fix write through one helper: regular files are replaced atomically,
FIFOs, devices and /dev/stdout are written in place and never replaced."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cli_helpers import cache_env

from tjlint.fix import write_atomic

SLASH = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\ndata_url: /bucket/data\n"
LINE = "training-job.yaml:5:11: warning TJ402 directory '/bucket/data' should end with '/'"
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/stdout are POSIX")


def tjlint(cwd: Path, *args: str, stdout: int | object = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tjlint", *args], cwd=cwd, stdout=stdout,  # type: ignore[arg-type]
                          stderr=subprocess.PIPE, text=True, timeout=60,
                          env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NO_COLOR": "1", **cache_env()})


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "training-job.yaml").write_text(SLASH, encoding="utf-8")
    return tmp_path


@posix_only
def test_a_fifo_gets_the_report_and_stays_a_fifo(work: Path) -> None:
    fifo = work / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    ran = tjlint(work, "--output", str(fifo), "training-job.yaml")
    reader.join(timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert received and received[0].decode().startswith(LINE)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(work)) == ["report.fifo", "training-job.yaml"]


@posix_only
def test_dev_stdout_into_a_pipe(work: Path) -> None:
    ran = tjlint(work, "--output", "/dev/stdout", "training-job.yaml")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith(LINE)
    assert "1 warning in 1 file" in ran.stderr


@posix_only
def test_dev_stdout_appended_to_a_log(work: Path) -> None:
    log = work / "log.txt"
    log.write_text("earlier line\n", encoding="utf-8")
    with open(log, "a", encoding="utf-8") as handle:
        ran = tjlint(work, "--output", "/dev/stdout", "training-job.yaml", stdout=handle)
    assert ran.returncode == 0, ran.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier line\n" + LINE)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_is_written_in_place(work: Path) -> None:
    device = work / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    ran = tjlint(work, "--output", str(device), "training-job.yaml")
    assert ran.returncode == 0, ran.stderr
    info = os.lstat(device)
    assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3)


def test_a_symlink_stays_a_link_and_its_target_gets_the_report(work: Path) -> None:
    real = work / "reports" / "tjlint.txt"
    real.parent.mkdir()
    real.write_text("old report\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = work / "latest.txt"
    link.symlink_to(real)
    ran = tjlint(work, "--output", "latest.txt", "training-job.yaml")
    assert ran.returncode == 0, ran.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith(LINE)
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(os.listdir(real.parent)) == ["tjlint.txt"]  # no temporary file left


def test_a_regular_file_is_replaced_not_rewritten(work: Path) -> None:
    target = work / "report.txt"
    target.write_text("x" * 10_000, encoding="utf-8")
    before = target.stat().st_ino
    ran = tjlint(work, "--output", "report.txt", "training-job.yaml")
    assert ran.returncode == 0
    assert target.stat().st_ino != before  # a new file renamed over the old one
    assert target.read_text(encoding="utf-8").startswith(LINE)


def test_a_new_file_gets_the_usual_mode(work: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(work / "new.txt", "report\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((work / "new.txt").stat().st_mode) == 0o644
    assert (work / "new.txt").read_text(encoding="utf-8") == "report\n"

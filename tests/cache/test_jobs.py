"""``--jobs N``: files linted in worker processes, with the same report as one process gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest
from cache_helpers import BROKEN, GOOD, Project

import tjlint.workers
from tjlint.batch import BATCH

FILES = 3 * BATCH + 5  # several batches, the last one short


def _mixed(project: Project) -> None:
    """Valid and broken bodies in YAML and JSON, plus files that do not parse or decode, in nested folders."""
    good = json.loads(json.dumps({"config_name": "x", "worker_server_num": 1, "spec_id": 1, "engine_id": 1,
                                  "app_url": "/b/code/", "boot_file_url": "/b/code/train.py",
                                  "data_url": "/b/data/", "train_url": "/b/out/"}))
    for i in range(FILES):
        folder = f"training-jobs/team-{i % 4}"
        match i % 6:
            case 0:
                project.write(f"{folder}/job-{i:03}.yaml", GOOD)
            case 1:
                project.write(f"{folder}/job-{i:03}.yaml", BROKEN.replace("resnet-train", f"run-{i}"))
            case 2:
                project.write(f"{folder}/job-{i:03}.json", json.dumps({**good, "spec_id": str(i)}))
            case 3:
                project.write(f"{folder}/job-{i:03}.json", json.dumps(good))
            case 4:
                project.write(f"{folder}/job-{i:03}.yaml", "config_name: [unclosed\n")
            case _:
                (project.root / folder / f"job-{i:03}.yaml").write_bytes(b"config_name: \xff\xfe\n")


def _tjlint(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "tjlint", *args], cwd=root, env=env, capture_output=True,
                          text=True, timeout=600)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_two_jobs_print_what_one_job_prints(project: Project, fmt: str) -> None:
    _mixed(project)
    one = _tjlint(project.root, "--no-cache", "--statistics", "--format", fmt, ".")
    two = _tjlint(project.root, "--no-cache", "--statistics", "--jobs", "2", "--format", fmt, ".")
    assert one.returncode == 1 and "TJ002  syntax-error" in one.stderr  # --statistics counts every file's
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)


@pytest.mark.parametrize("inherit", [True, False])
def test_workers_lint_and_the_report_is_the_same(project: Project, monkeypatch: pytest.MonkeyPatch,
                                                 inherit: bool) -> None:
    """In-process: a pool is started, and this process lints fewer files than the run holds.

    Workers inherit this process's settings when forked, else build their own (other platforms).
    """
    _mixed(project)
    if not inherit:
        monkeypatch.setattr(tjlint.workers, "_fork_is_safe", lambda: False)
    pools: list[object] = []
    real = tjlint.workers.start_pool

    def spy(*args: object) -> object:
        pool = real(*args)  # type: ignore[arg-type]
        pools.append(pool)
        return pool

    monkeypatch.setattr(tjlint.workers, "start_pool", spy)
    one = project.run("--no-cache", "--format", "json", ".")
    assert one.linted == FILES and pools == []
    two = project.run("--no-cache", "--jobs", "2", "--format", "json", "--show-source", ".")
    assert len(pools) == 1 and pools[0] is not None
    assert two.linted < FILES  # the rest were linted in the workers
    assert (two.status, two.stdout, two.stderr) == (one.status, one.stdout, one.stderr)


def test_workers_fill_the_cache_that_one_job_then_reads(project: Project) -> None:
    _mixed(project)
    plain = project.run("--no-cache", "--format", "sarif", ".")
    filled = project.run("--jobs", "2", "--format", "sarif", ".")
    read = project.run("--format", "sarif", ".")
    assert read.linted == 0
    assert plain.stdout == filled.stdout == read.stdout


def test_a_few_files_start_no_worker(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    project.write("training-job-a.yaml", GOOD)
    project.write("training-job-b.yaml", BROKEN)
    monkeypatch.setattr(tjlint.workers, "start_pool", lambda *args: pytest.fail("a pool was started"))
    ran = project.run("--no-cache", "--jobs", "8", ".")
    assert (ran.status, ran.linted) == (1, 2)


def test_jobs_auto_uses_the_cores_available(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    _mixed(project)
    asked: list[object] = []
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    monkeypatch.setattr(tjlint.workers, "start_pool", lambda jobs, *rest: asked.append(jobs))
    ran = project.run("--no-cache", "--jobs", "auto", ".")
    # three processes lint: this one and two workers; no pool came back, so all were linted here
    assert asked == [2] and ran.linted == FILES


@pytest.mark.parametrize("value", ["0", "-1", "x", "", "2.5", "1e3", "auto2"])
def test_a_bad_jobs_value_is_one_error_line(project: Project, value: str) -> None:
    project.write("training-job.yaml", GOOD)
    ran = project.run("--jobs", value, "training-job.yaml")
    assert ran.status == 2 and ran.stdout == ""
    assert ran.stderr.startswith("tjlint: error: --jobs") and len(ran.stderr.strip().splitlines()) == 1
    assert ran.linted == 0


def test_a_settings_mistake_stops_a_many_jobs_run_as_it_stops_one(project: Project) -> None:
    _mixed(project)
    project.write("training-jobs/team-3/.tjlint.yaml", "select: [TJ999]\n")
    one = project.run("--no-cache", ".")
    two = project.run("--no-cache", "--jobs", "2", ".")
    assert one.status == two.status == 2
    assert one.stderr == two.stderr and "TJ999" in two.stderr


@pytest.mark.parametrize("flags", [[], ["--no-cache"]])
def test_a_one_file_run_loads_no_process_machinery(project: Project, flags: list[str]) -> None:
    project.write("training-job.yaml", GOOD)
    code = ("import sys\nfrom tjlint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted(sys.modules)))")
    ran = subprocess.run([sys.executable, "-c", code, *flags, "training-job.yaml"], cwd=project.root,
                         capture_output=True, text=True, timeout=120, check=True)
    loaded = set(ran.stdout.split())
    assert "tjlint.runner" in loaded
    assert not loaded & {"multiprocessing", "concurrent.futures", "concurrent.futures.process"}
    assert ("tjlint.cache" in loaded) == (not flags)


def test_no_more_workers_than_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []

    class Pool:
        def __init__(self, max_workers: int, **kwargs: object) -> None:
            started.append(max_workers)

    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    for asked in (1, 3, 4, 10_000):
        assert tjlint.workers.start_pool(asked, lambda: None, []) is not None  # type: ignore[arg-type,return-value]
    assert started == [1, 3, 4, 4]


class _Slow(Future):  # type: ignore[type-arg]
    """A batch the worker has not finished until its result is asked for (at the report)."""

    def __init__(self, work: tuple[object, ...]) -> None:
        super().__init__()
        self.work = work

    def result(self, timeout: float | None = None) -> object:
        if not super().done():
            self.set_result(tjlint.workers.lint_batch(*self.work))  # type: ignore[arg-type]
        return super().result(timeout)


def _slow_workers(monkeypatch: pytest.MonkeyPatch, asked: list[int]) -> list[int]:
    """Workers that finish nothing until the report asks: the sizes of the batches sent to them come back."""
    sent: list[int] = []

    class Pool:
        def submit(self, fn: object, *work: object) -> _Slow:
            sent.append(len(work[0]))  # type: ignore[arg-type]
            return _Slow(work)

        def shutdown(self, **kwargs: object) -> None:
            pass

    def start(jobs: int, start: object, notes: object, here: object) -> Pool:
        asked.append(jobs)
        tjlint.workers._WORKER[:] = [here]
        return Pool()

    monkeypatch.setattr(tjlint.workers, "start_pool", start)
    return sent


def test_this_process_lints_while_the_workers_have_two_batches_waiting(project: Project,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """``--jobs 2`` is this process and one worker: a worker that is slow gets two batches, this process the rest."""
    _mixed(project)
    asked: list[int] = []
    sent = _slow_workers(monkeypatch, asked)
    one = project.run("--no-cache", "--format", "json", ".")
    two = project.run("--no-cache", "--jobs", "2", "--format", "json", ".")
    # the first batch: its first file linted here (before the workers start), 31 sent; the second sent whole;
    # the third and the last five are linted here, the worker having two batches waiting
    assert asked == [1] and sent == [BATCH - 1, BATCH]
    assert (two.status, two.stdout) == (one.status, one.stdout)


def test_more_jobs_than_cores_wait_on_the_workers_that_started(project: Project,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """``--jobs 8`` on one core starts one worker; two batches waiting on it are enough, as with ``--jobs 2``."""
    _mixed(project)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    asked: list[int] = []
    sent = _slow_workers(monkeypatch, asked)
    ran = project.run("--no-cache", "--jobs", "8", "--format", "json", ".")
    assert asked == [7] and sent == [BATCH - 1, BATCH] and ran.status == 1

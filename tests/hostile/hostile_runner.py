"""Runs the real command line on hostile inputs, with a memory cap, a timeout and a peak-memory reading."""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: A safety net: the child may not map more than this (a runaway parse dies instead of swapping).
ADDRESS_SPACE = 1024 * 1024 * 1024
#: Generous bounds; the tests never assert tight timings. CPU time is bounded (a loaded machine
#: slows the wall clock, not the work), and the wall clock only as a safety net against hangs.
CPU_BOUND = 20.0
WALL_BOUND = 120.0
PEAK_MEMORY = 300 * 1024 * 1024


@dataclass
class Run:
    """What one run of ``python -m tjlint --format json`` did."""

    returncode: int
    stdout: str
    stderr: str
    peak_bytes: int
    cpu_seconds: float

    @property
    def diagnostics(self) -> list[dict[str, Any]]:
        data = json.loads(self.stdout)
        assert isinstance(data, list), self.stdout[:200]
        return data

    @property
    def codes(self) -> set[str]:
        return {d["code"] for d in self.diagnostics}


# Runs tjlint exactly as ``python -m tjlint`` does, then writes the process's own memory high-water
# mark (VmHWM: this program only; wait4's ru_maxrss would also count the pytest process it forked from).
_LAUNCHER = """
import atexit, runpy, sys
report = sys.argv.pop(1)
def _peak():
    with open("/proc/self/status") as status, open(report, "w") as out:
        out.write(next((line.split()[1] for line in status if line.startswith("VmHWM:")), "0"))
atexit.register(_peak)
runpy.run_module("tjlint", run_name="__main__", alter_sys=True)
"""


def _limit_memory() -> None:  # runs in the child, before exec
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_cli(args: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None,
            kind: str = "auto") -> Run:
    """Run the CLI (as ``--kind KIND`` unless auto); fail on a timeout. Peak memory from wait4's rusage."""
    args = list(args) if kind == "auto" else ["--kind", kind, *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "peak"
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(report), "--format", "json", *args],
            stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
            env={**os.environ, **(env or {})}, preexec_fn=_limit_memory,
        )
        reaped: list[tuple[int, int, Any]] = []
        waiter = threading.Thread(target=lambda: reaped.append(os.wait4(proc.pid, 0)), daemon=True)
        waiter.start()
        waiter.join(WALL_BOUND)
        timed_out = waiter.is_alive()
        if timed_out:
            proc.kill()
            waiter.join()
        _, status, usage = reaped[0]
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        peak = int(report.read_text() or 0) * 1024 if report.exists() else usage.ru_maxrss * 1024
    assert not timed_out, f"tjlint did not finish within {WALL_BOUND} s: {args}"
    return Run(proc.returncode, stdout, stderr, peak, usage.ru_utime + usage.ru_stime)


def check_run(run: Run, expected_exit: Sequence[int] = (0, 1)) -> Run:
    """The promises for any input: exit status, a JSON array, no traceback, bounded memory."""
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in expected_exit, (run.returncode, run.stderr[-2000:])
    run.diagnostics  # noqa: B018 - parses stdout as a JSON array
    assert run.peak_bytes < PEAK_MEMORY, f"peak memory {run.peak_bytes / 2**20:.0f} MiB"
    assert run.cpu_seconds < CPU_BOUND, f"{run.cpu_seconds:.1f} s of CPU time"
    return run


def lint_path(path: Path, expected_exit: Sequence[int] = (0, 1), **kwargs: Any) -> Run:
    """Lint one path with the CLI and check the promises for any input."""
    return check_run(run_cli([str(path)], **kwargs), expected_exit)


# -- generated inputs, shared by the whole session -------------------------------------------------

def laughs(levels: int) -> str:
    """The billion-laughs document: each level repeats the one before nine times."""
    lines = ["config_name: lol", 'l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]")
    return "\n".join(lines) + "\n"


def v2_parameters(count: int, duplicate: tuple[int, int]) -> str:
    """A valid v2 body with ``count`` algorithm parameters; item ``b`` repeats item ``a``'s name."""
    head = ("kind: job\nmetadata:\n  name: many-parameters\nspec:\n  resource:\n    flavor_id: f\n"
            "algorithm:\n  id: a1\n  parameters:\n")
    items = [f"  - name: p{i}\n    value: \"{i}\"\n" for i in range(count)]
    a, b = duplicate
    items[b] = f"  - name: p{a}\n    value: \"again\"\n"
    return head + "".join(items)


def parameters(count: int, duplicate: tuple[int, int] | None = None) -> str:
    """A valid configuration with ``count`` parameter items; item ``b`` may repeat item ``a``'s label."""
    head = ("config_name: many-parameters\nworker_server_num: 1\nspec_id: 1\n"
            "app_url: /bucket/app/\nboot_file_url: /bucket/app/train.py\nengine_id: 1\n"
            "data_url: /bucket/data/\nparameter:\n")
    items = [f"  - label: p{i}\n    value: \"{i}\"\n" for i in range(count)]
    if duplicate is not None:
        a, b = duplicate
        items[b] = f"  - label: p{a}\n    value: \"again\"\n"
    return head + "".join(items)


BIG_INPUTS: dict[str, Callable[[], str | bytes]] = {
    "laughs9.yaml": lambda: laughs(9),
    "laughs12.yaml": lambda: laughs(12),
    "deep-flow-seq.yaml": lambda: "[" * 100_000 + "]" * 100_000 + "\n",
    "deep-flow-map.yaml": lambda: "{a: " * 100_000 + "1" + "}" * 100_000 + "\n",
    "deep-block-seq.yaml": lambda: "- " * 100_000 + "x\n",
    # Indented mappings grow with the square of the depth: 4,000 levels is about 8 MB.
    "deep-block-map.yaml": lambda: "".join(" " * i + "a:\n" for i in range(4_000)) + " " * 4_000 + "b: 1\n",
    "deep-array.json": lambda: "[" * 100_000 + "]" * 100_000,
    "deep-object.json": lambda: '{"a": ' * 100_000 + "1" + "}" * 100_000,
    "big-20mib.yaml": lambda: "config_name: big\nconfig_desc: " + "a" * (20 * 1024 * 1024) + "\n",
    "string-2mb.yaml": lambda: 'config_name: s\nworker_server_num: 1\nconfig_desc: "' + "b" * 2_000_000 + '"\n',
    "keys-50k.yaml": lambda: "".join(f"key{i}: {i}\n" for i in range(50_000)),
    "docs-2000.yaml": lambda: "".join(
        f"---\nconfig_name: c{i}\nworker_server_num: 1\nspec_id: 1\ndata_url: /b/d{i}/\n" for i in range(2000)),
    "random.yaml": lambda: random.Random(20240601).randbytes(200_000),
    "random.json": lambda: random.Random(20240602).randbytes(200_000),
    # Keys of 2,000 characters nested 60 deep, then 30,000 short siblings: each sibling's JSON
    # pointer repeats the 120,000-character prefix (once a MemoryError in the JSON reader).
    "long-keys-deep.json": lambda: "{" + ('"' + "k" * 2000 + '": {') * 60
    + ", ".join(f'"a{i}": 1' for i in range(30_000)) + "}" * 61,
    "long-keys-deep.yaml": lambda: "{" + ("k" * 1000 + ": {") * 60
    + ", ".join(f"a{i}: 1" for i in range(30_000)) + "}" * 61 + "\n",
    # The duplicate is item 45,000 repeating item 12,345: far from both ends of the list.
    "parameters-60k.yaml": lambda: parameters(60_000, duplicate=(12_345, 45_000)),
    "v2-parameters-60k.yaml": lambda: v2_parameters(60_000, duplicate=(12_345, 45_000)),
    # 50,000 environment variables whose names the container cannot use, each with a $reference.
    "v2-environments-50k.json": lambda: '{"kind": "job", "metadata": {"name": "env"}, "algorithm": {"id": "a",'
    ' "environments": {' + ", ".join(f'"V-{i}": "$X{i}"' for i in range(50_000)) + "}}, "
    '"spec": {"resource": {"flavor_id": "f"}}}',
}

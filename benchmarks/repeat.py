"""Benchmark the runs that repeat: a second run with the results cache, and ``--jobs 2`` against ``--jobs 1``.

    python benchmarks/repeat.py                      # both (a few minutes)
    python benchmarks/repeat.py --only cache --repeat 5

``cache``: 1,000 unchanged valid YAML bodies (the corpus of ``run.py``).
tjlint is run once to fill its cache, then each round runs, in rotating
order, tjlint answered from the cache, tjlint with ``--no-cache``,
check-jsonschema 0.39 on the same files, and ``python -c pass`` given the
same paths (what any Python process costs). CPU medians (user+sys of the
child), as ``run.py`` measures them.

``jobs``: 10,000 valid YAML bodies given as a folder, ``--no-cache`` with
``--jobs 1`` and ``--jobs 2`` alternating; the wall-time medians count
(``--jobs`` spends more CPU in total to finish sooner). The ratio is only
meaningful when two cores are free: the machine's load average is printed
with the result.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
import run as bench

CACHE_GOAL = 0.03
JOBS_GOAL = 0.6
Samples = dict[str, list[tuple[float, float, int, int]]]
SPIN = "x = 0\nfor i in range(15_000_000):\n    x += i\n"
#: ``python -c SPLIT tjlint ARGS``: the run, then the CPU seconds of its main process and of its workers on stderr.
SPLIT = """import resource, runpy, sys
sys.argv = sys.argv[1:]
try:
    runpy.run_module("tjlint", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
me, workers = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(f"split {me.ru_utime + me.ru_stime:.2f} {workers.ru_utime + workers.ru_stime:.2f}", file=sys.stderr)
"""


def _rounds(runner: bench.Runner, commands: dict[str, list[str]], cwd: Path, repeat: int) -> Samples:
    """``repeat`` rounds of every command, the order rotating each round; any failure to run is reported."""
    samples: Samples = {name: [] for name in commands}
    names = list(commands)
    for round_ in range(repeat):
        for name in names[round_ % len(names):] + names[: round_ % len(names)]:
            sample = runner.measure(commands[name], cwd)
            if sample[3] not in (0, 1):
                print(f"warning: {name} exited {sample[3]}", file=sys.stderr)
            samples[name].append(sample)
    return samples


def _median(samples: Samples, name: str, what: int) -> float:
    return statistics.median(s[what] for s in samples[name])


def _table(samples: Samples) -> str:
    rows = ["| command | CPU s | wall s | peak MiB |", "| --- | ---: | ---: | ---: |"]
    for name in samples:
        cpu, wall, rss = (_median(samples, name, i) for i in range(3))
        rows.append(f"| {name} | {cpu:.3f} | {wall:.3f} | {rss / 1024:.1f} |")
    return "\n".join(rows)


def cache(root: Path, runner: bench.Runner, tools: dict[str, list[str]], repeat: int) -> list[str]:
    """A second run over 1,000 unchanged files, answered from the cache, against check-jsonschema."""
    files = corpus.write_set(root / "valid-yaml-1000", 1000, "yaml", True)
    tjlint = tools["tjlint"]
    commands = {"tjlint, cache filled": [*tjlint, *files],  # paths alone, as pre-commit runs it
                "tjlint --no-cache": [*tjlint, "--no-cache", *files],
                "python -c pass": [sys.executable, "-c", "pass", *files]}
    if "check-jsonschema" in tools:
        commands["check-jsonschema"] = [*tools["check-jsonschema"], *files]
    runner.measure(commands["tjlint, cache filled"], root)  # fills the cache
    samples = _rounds(runner, commands, root, repeat)
    lines = [_table(samples), ""]
    hit = _median(samples, "tjlint, cache filled", 0)
    lines.append(f"- cache filled / --no-cache CPU: {hit / _median(samples, 'tjlint --no-cache', 0):.2f}")
    if "check-jsonschema" in samples:
        ratio = hit / _median(samples, "check-jsonschema", 0)
        verdict = "ok" if ratio <= CACHE_GOAL else "MISSED"
        lines.append(f"- cache filled / check-jsonschema CPU: {ratio:.3f} (target <= {CACHE_GOAL}) {verdict}")
    return lines


def free_cores() -> float:
    """About how many cores this benchmark has to itself now: one CPU-bound loop alone, then two at once."""
    def walls(count: int) -> float:
        start = time.perf_counter()
        spins = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(count)]
        for spin in spins:
            spin.wait()
        return time.perf_counter() - start

    return min(2.0, 2 * walls(1) / walls(2))


def split(root: Path, argv: list[str]) -> tuple[float, float]:
    """CPU seconds of the main process and of its worker processes in one run of ``tjlint ARGV``."""
    done = subprocess.run([sys.executable, "-c", SPLIT, "tjlint", *argv], cwd=root, capture_output=True, text=True)
    line = [x for x in done.stderr.splitlines() if x.startswith("split ")][-1].split()
    return float(line[1]), float(line[2])


def jobs(root: Path, runner: bench.Runner, tools: dict[str, list[str]], repeat: int) -> list[str]:
    """10,000 files given as a folder: ``--jobs 2`` against ``--jobs 1``, wall time."""
    corpus.write_set(root / "valid-yaml-10000", 10_000, "yaml", True)
    folder = str(root / "valid-yaml-10000")
    base = [*tools["tjlint"], "--no-cache"]
    commands = {"tjlint --jobs 1": [*base, "--jobs", "1", folder], "tjlint --jobs 2": [*base, "--jobs", "2", folder]}
    runner.measure(commands["tjlint --jobs 1"], root)  # reads the files into the page cache
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    cores = free_cores()
    samples = _rounds(runner, commands, root, repeat)
    cores_after = free_cores()
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    main, workers = split(root, ["--no-cache", "--jobs", "2", folder])
    alone = split(root, ["--no-cache", "--jobs", "1", folder])[0]
    ratio = _median(samples, "tjlint --jobs 2", 1) / _median(samples, "tjlint --jobs 1", 1)
    verdict = "ok" if ratio <= JOBS_GOAL else "MISSED"
    walls = {name: ", ".join(f"{s[1]:.2f}" for s in samples[name]) for name in samples}
    return [_table(samples), "", *(f"- {name} wall s, each run: {w}" for name, w in walls.items()),
            f"- load average (1 min) before / after: {load:.2f} / {load_after:.2f} on {os.cpu_count()} CPUs",
            f"- free cores (two CPU-bound loops at once against one) before / after: {cores:.2f} / {cores_after:.2f}",
            f"- one more run each: --jobs 2, CPU s of the main process {main:.2f} (it lints too),"
            f" of the worker {workers:.2f};"
            f" --jobs 1, {alone:.2f}",
            f"- --jobs 2 / --jobs 1 wall: {ratio:.2f} (target <= {JOBS_GOAL}) {verdict}"]


def main(argv: list[str] | None = None) -> int:
    """Parse options, build the corpora, run, report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=["cache", "jobs"], help="one of the two measures (default: both)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per command (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=bench.HERE / "corpus", help="default: %(default)s")
    args = parser.parse_args(argv)
    tools = bench.commands(["tjlint", "check-jsonschema"])
    if "tjlint" not in tools:
        return 1
    args.corpus.mkdir(parents=True, exist_ok=True)
    bench.compile_tjlint(None)
    with tempfile.TemporaryDirectory() as temporary:
        os.environ["XDG_CACHE_HOME"] = str(Path(temporary) / "user-cache")  # a key of the benchmark's own
        os.environ["TJLINT_CACHE_DIR"] = str(Path(temporary) / "cache")  # and a cache folder
        runner = bench.Runner()
        report = [f"machine: {bench.machine()}",
                  f"command: python benchmarks/repeat.py {' '.join(argv if argv is not None else sys.argv[1:])}",
                  f"median of {args.repeat} runs each", ""]
        if args.only in (None, "cache"):
            report += ["1,000 unchanged valid YAML files, second run:", "",
                       *cache(args.corpus, runner, tools, args.repeat), ""]
        if args.only in (None, "jobs"):
            report += ["10,000 valid YAML files in a folder:", "", *jobs(args.corpus, runner, tools, args.repeat)]
        runner.close()
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

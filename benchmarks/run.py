"""Benchmark tjlint against check-jsonschema and the libyaml parse floor.

    python benchmarks/run.py                         # everything (a few minutes)
    python benchmarks/run.py --sizes 1,100,1000 --repeat 3

Generates the corpora (once) into ``benchmarks/corpus/`` (git-ignored) or
``--corpus DIR``, then runs every tool on the same files, alternating tools
round by round, and prints the median CPU time (user+sys of the child, from
``os.wait4``), wall time and peak memory (``ru_maxrss``) of each, the ratios,
and whether the performance targets hold. Needs ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parent / "schemas" / "training-job-config.schema.json"
SCHEMA_V2 = HERE.parent / "schemas" / "training-job-v2.schema.json"
LARGE_ITEMS = 60_000
TOOLS = ("tjlint", "check-jsonschema", "floor", "tjlint-folder", "args-only")


@dataclass
class Scenario:
    """One set of files every tool is run on."""

    name: str
    files: list[str]
    clean: bool
    folder: str | None = None
    samples: dict[str, list[tuple[float, float, int, int]]] = field(default_factory=dict)

    def median(self, tool: str, what: int) -> float:
        return statistics.median(s[what] for s in self.samples[tool])


def _executable(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def commands(tools: list[str]) -> dict[str, list[str]]:
    """The argv prefix of each tool that can be found."""
    found: dict[str, list[str]] = {}
    for tool in tools:
        if tool == "floor":
            found[tool] = [sys.executable, str(HERE / "floor.py")]
        elif tool == "tjlint" and (exe := _executable("tjlint")):
            found[tool] = [exe]
        elif tool == "tjlint-folder" and (exe := _executable("tjlint")):
            found[tool] = [exe]  # given the folder, not 10,000 paths
        elif tool == "args-only":
            found[tool] = [sys.executable, "-c", "pass"]  # what the paths alone cost a Python process
        elif tool == "check-jsonschema" and (exe := _executable("check-jsonschema")):
            found[tool] = [exe, "--schemafile", str(SCHEMA)]
        else:
            print(f"note: {tool} is not installed; pip install -e '.[bench]'", file=sys.stderr)
    return found


class Runner:
    """Measures commands through ``spawn.py``, a small helper process (see its docstring)."""

    def __init__(self) -> None:
        helper = [sys.executable, "-S", str(HERE / "spawn.py")]
        pipe = subprocess.PIPE
        self.helper = subprocess.Popen(helper, stdin=pipe, stdout=pipe, text=True)

    def measure(self, argv: list[str], cwd: Path) -> tuple[float, float, int, int]:
        """CPU seconds (user+sys), wall seconds, peak RSS in KiB and exit status of one run."""
        assert self.helper.stdin is not None and self.helper.stdout is not None
        self.helper.stdin.write(json.dumps({"argv": argv, "cwd": str(cwd)}) + "\n")
        self.helper.stdin.flush()
        cpu, wall, rss, status = json.loads(self.helper.stdout.readline())
        return cpu, wall, rss, status

    def close(self) -> None:
        """Stop the helper."""
        assert self.helper.stdin is not None
        self.helper.stdin.close()
        self.helper.wait()


def scenarios(root: Path, sizes: list[int], large: bool, only: str) -> list[Scenario]:
    """Valid YAML at every size; valid JSON, invalid YAML/JSON and v2 bodies up to 1,000 files; the large one."""
    found: list[Scenario] = []
    for size in sizes:
        for v2, fmt, clean in [(v2, f, c) for v2 in (False, True) for f, c in
                               (("yaml", True), ("json", True), ("yaml", False), ("json", False))]:
            if size > 1000 and (v2 or (fmt, clean) != ("yaml", True)):
                continue
            name = ("v2-" if v2 else "") + f"{'valid' if clean else 'invalid'}-{fmt}-{size}"
            if fnmatch.fnmatch(name, only):
                print(f"corpus: {name}", file=sys.stderr)
                files = corpus.write_set(root / name, size, fmt, clean, v2=v2)
                found.append(Scenario(name, files, clean, name if clean and fmt == "yaml" else None))
    if large:
        for fmt in ("yaml", "json"):
            name = f"large-{LARGE_ITEMS}-{fmt}"
            if fnmatch.fnmatch(name, only):
                found.append(Scenario(name, [corpus.write_large(root, LARGE_ITEMS, fmt)], True))
    return found


def compile_tjlint() -> None:
    """Write the bytecode of tjlint's modules, as installing a wheel does: an editable install run
    with PYTHONDONTWRITEBYTECODE set would otherwise compile every module on every run."""
    import compileall

    import tjlint

    compileall.compile_dir(str(Path(tjlint.__file__).parent), quiet=1)


def run_all(found: list[Scenario], tools: dict[str, list[str]], root: Path, repeat: int) -> None:
    """A warm-up read of the files, then ``repeat`` rounds per scenario, rotating the tools."""
    compile_tjlint()
    runner = Runner()
    for scenario in found:
        runner.measure([sys.executable, str(HERE / "floor.py"), *scenario.files], root)
        names = [t for t in tools if scenario.folder or t not in ("tjlint-folder", "args-only")]
        scenario.samples = {tool: [] for tool in names}
        for round_ in range(repeat):
            order = names[round_ % len(names):] + names[: round_ % len(names)]
            for tool in order:
                args = [scenario.folder] if tool == "tjlint-folder" and scenario.folder else scenario.files
                argv = tools[tool]
                if tool == "check-jsonschema" and scenario.name.startswith("v2-"):  # the v2 schema
                    argv = [a if a != str(SCHEMA) else str(SCHEMA_V2) for a in argv]
                sample = runner.measure(argv + args, root)
                scenario.samples[tool].append(sample)
                if tool in ("tjlint", "check-jsonschema") and (sample[3] == 0) != scenario.clean:
                    print(f"warning: {tool} exited {sample[3]} on {scenario.name}", file=sys.stderr)
        print(f"done: {scenario.name}", file=sys.stderr)
    runner.close()


def table(found: list[Scenario]) -> str:
    """A Markdown table: medians per tool and the ratios of tjlint's CPU time to the others'."""
    rows = ["| files | tool | CPU s | wall s | peak MiB | tjlint CPU / this |",
            "| --- | --- | ---: | ---: | ---: | ---: |"]
    for s in found:
        base = s.median("tjlint", 0) if "tjlint" in s.samples else None
        for tool in s.samples:
            cpu, wall, rss = s.median(tool, 0), s.median(tool, 1), s.median(tool, 2) / 1024
            ratio = f"{base / cpu:.2f}" if base is not None and tool != "tjlint" and cpu else ""
            rows.append(f"| {s.name} | {tool} | {cpu:.3f} | {wall:.3f} | {rss:.1f} | {ratio} |")
    return "\n".join(rows)


def targets(found: list[Scenario]) -> list[str]:
    """Each performance target that this run can judge: the measured ratio and whether it holds."""
    by = {s.name: s for s in found}

    def ratio(a: str, tool_a: str, b: str, tool_b: str, what: int = 0) -> float | None:
        if a in by and b in by and tool_a in by[a].samples and tool_b in by[b].samples:
            return by[a].median(tool_a, what) / by[b].median(tool_b, what)
        return None

    checks = [
        ("1,000 valid YAML: tjlint / check-jsonschema CPU", ratio("valid-yaml-1000", "tjlint",
         "valid-yaml-1000", "check-jsonschema"), 0.2),
        ("1,000 valid YAML: tjlint / parse floor CPU", ratio("valid-yaml-1000", "tjlint",
         "valid-yaml-1000", "floor"), 4.0),
        ("1 file: tjlint / check-jsonschema CPU", ratio("valid-yaml-1", "tjlint", "valid-yaml-1",
         "check-jsonschema"), 0.6),
        ("1,000 valid YAML: v2 / v1 bodies (v2 files ~1.3x larger), tjlint CPU", ratio(
            "v2-valid-yaml-1000", "tjlint", "valid-yaml-1000", "tjlint"), 1.4),
        ("10,000 / 1,000 files: tjlint CPU", ratio("valid-yaml-10000", "tjlint", "valid-yaml-1000",
         "tjlint"), 11.0),
        ("10,000 / 100 files: tjlint peak memory", ratio("valid-yaml-10000", "tjlint",
         "valid-yaml-100", "tjlint", 2), 1.2),
        ("10,000 / 100 files: tjlint peak memory, given the folder", ratio(
            "valid-yaml-10000", "tjlint-folder", "valid-yaml-100", "tjlint-folder", 2), 1.2),
        (f"{LARGE_ITEMS:,}-item YAML: tjlint / parse floor CPU", ratio(
            f"large-{LARGE_ITEMS}-yaml", "tjlint", f"large-{LARGE_ITEMS}-yaml", "floor"), 3.0),
        (f"{LARGE_ITEMS:,}-item JSON: tjlint / parse floor CPU", ratio(
            f"large-{LARGE_ITEMS}-json", "tjlint", f"large-{LARGE_ITEMS}-json", "floor"), 3.0),
    ]
    return [f"- {label}: {value:.2f} (target <= {limit}) {'ok' if value <= limit else 'MISSED'}"
            for label, value, limit in checks if value is not None]


def machine() -> str:
    """nproc, CPU model and Python version, as one line."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    return f"{os.cpu_count()} CPUs, {model}, Python {platform.python_version()} ({sys.platform})"


def main(argv: list[str] | None = None) -> int:
    """Parse options, build the corpora, run, report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add = parser.add_argument
    add("--sizes", default="1,100,1000,10000", help="file counts (default: %(default)s)")
    add("--repeat", type=int, default=5, help="timed runs per tool (default: %(default)s)")
    parser.add_argument("--tools", default=",".join(TOOLS), help="default: %(default)s")
    parser.add_argument("--only", default="*", help="run scenarios whose name matches this glob")
    add("--no-large", action="store_true", help=f"skip the {LARGE_ITEMS:,}-item config")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus", help="default: %(default)s")
    parser.add_argument("--json", type=Path, help="also write every sample to this file")
    args = parser.parse_args(argv)
    tools = commands([t.strip() for t in args.tools.split(",") if t.strip()])
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    args.corpus.mkdir(parents=True, exist_ok=True)
    found = scenarios(args.corpus, sizes, not args.no_large, args.only)
    run_all(found, tools, args.corpus, max(1, args.repeat))
    print(f"machine: {machine()}")
    given = argv if argv is not None else sys.argv[1:]
    print(f"command: python benchmarks/run.py {' '.join(given)}")
    print(f"median of {args.repeat} runs each\n")
    print(table(found))
    print("\nTargets:")
    print("\n".join(targets(found)))
    if args.json:
        args.json.write_text(json.dumps({s.name: s.samples for s in found}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

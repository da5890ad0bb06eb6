"""Benchmark tjlint against check-jsonschema, the libyaml parse floors and a bare import.

    python benchmarks/run.py                         # everything (a few minutes)
    python benchmarks/run.py --sizes 1,100,1000 --repeat 3
    python benchmarks/run.py --before ../old/venv/bin/tjlint   # an older tjlint in the same rounds

Generates the corpora (once) into ``benchmarks/corpus/`` (git-ignored) or
``--corpus DIR``, then runs every tool on the same files, alternating tools
round by round, and prints the median CPU time (user+sys of the child, from
``os.wait4``), wall time and peak memory (``ru_maxrss``) of each, the ratios,
and whether the goals (``goals.py``) hold. Needs ``pip install -e '.[bench]'``.
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
import goals

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parent / "schemas" / "training-job-config.schema.json"
SCHEMA_V2 = HERE.parent / "schemas" / "training-job-v2.schema.json"
LARGE_ITEMS = 60_000
TOOLS = ("tjlint", "check-jsonschema", "floor", "compose-floor", "import-floor", "tjlint-folder", "args-only")
#: Tools given the folder of a scenario instead of its files.
FOLDER_TOOLS = ("tjlint-folder", "tjlint-before-folder", "args-only")
#: Tools of the start-up scenario, which has no files (``tjlint --version``).
START_UP_TOOLS = ("tjlint", "tjlint-before", "import-floor")
#: Past this many files only tjlint runs (the 10,000-file set measures its memory).
ONLY_TJLINT_PAST = 1000


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


def commands(tools: list[str], before: str | None = None) -> dict[str, list[str]]:
    """The argv prefix of each tool that can be found (``before``: an older tjlint's executable)."""
    found: dict[str, list[str]] = {}
    if before:
        tools = [*tools, "tjlint-before", "tjlint-before-folder"]
    for tool in tools:
        if tool == "floor":
            found[tool] = [sys.executable, str(HERE / "floor.py")]
        elif tool == "compose-floor":
            found[tool] = [sys.executable, str(HERE / "floor.py"), "--compose"]
        elif tool == "import-floor":
            found[tool] = [sys.executable, "-c", "import yaml, click"]
        elif tool.startswith("tjlint-before") and before:
            found[tool] = [before]
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


def _chosen(name: str, only: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern.strip()) for pattern in only.split(","))


def scenarios(root: Path, sizes: list[int], large: bool, only: str) -> list[Scenario]:
    """Start-up; valid YAML at every size; valid JSON, invalid YAML/JSON and v2 bodies up to 1,000 files;
    the large one."""
    found: list[Scenario] = [Scenario("start-up", [], True)] if _chosen("start-up", only) else []
    for size in sizes:
        for v2, fmt, clean in [(v2, f, c) for v2 in (False, True) for f, c in
                               (("yaml", True), ("json", True), ("yaml", False), ("json", False))]:
            if size > 1000 and (v2 or (fmt, clean) != ("yaml", True)):
                continue
            name = ("v2-" if v2 else "") + f"{'valid' if clean else 'invalid'}-{fmt}-{size}"
            if _chosen(name, only):
                print(f"corpus: {name}", file=sys.stderr)
                files = corpus.write_set(root / name, size, fmt, clean, v2=v2)
                found.append(Scenario(name, files, clean, name if clean and fmt == "yaml" else None))
    if large:
        for fmt in ("yaml", "json"):
            name = f"large-{LARGE_ITEMS}-{fmt}"
            if _chosen(name, only):
                found.append(Scenario(name, [corpus.write_large(root, LARGE_ITEMS, fmt)], True))
    return found


def compile_tjlint(before: str | None) -> None:
    """Write the bytecode of tjlint's modules (and the older tjlint's), as installing a wheel does: an
    editable install run with PYTHONDONTWRITEBYTECODE set would otherwise compile every module on every run."""
    import compileall

    import tjlint

    compileall.compile_dir(str(Path(tjlint.__file__).parent), quiet=1)
    if before:  # with the interpreter of its own environment, beside the executable
        script = "import compileall, os, tjlint; compileall.compile_dir(os.path.dirname(tjlint.__file__), quiet=1)"
        # From its own folder: run from here, "import tjlint" would find this checkout's.
        subprocess.run([str(Path(before).parent / "python"), "-c", script], check=True, cwd=Path(before).parent)


def _tools_for(scenario: Scenario, tools: dict[str, list[str]]) -> list[str]:
    if scenario.name == "start-up":
        return [t for t in tools if t in START_UP_TOOLS]
    names = [t for t in tools if t not in FOLDER_TOOLS or scenario.folder]
    if len(scenario.files) > ONLY_TJLINT_PAST:
        names = [t for t in names if t.startswith("tjlint") or t == "args-only"]
    return [t for t in names if t != "import-floor"]


def _args(scenario: Scenario, tool: str) -> list[str]:
    if scenario.name == "start-up":
        return ["--version"] if tool.startswith("tjlint") else []
    return [scenario.folder] if tool in FOLDER_TOOLS and scenario.folder else scenario.files


def run_all(found: list[Scenario], tools: dict[str, list[str]], root: Path, repeat: int,
            before: str | None = None) -> None:
    """A warm-up read of the files, then ``repeat`` rounds per scenario, rotating the tools."""
    compile_tjlint(before)
    runner = Runner()
    for scenario in found:
        runner.measure([sys.executable, str(HERE / "floor.py"), *scenario.files], root)
        names = _tools_for(scenario, tools)
        scenario.samples = {tool: [] for tool in names}
        for round_ in range(repeat):
            order = names[round_ % len(names):] + names[: round_ % len(names)]
            for tool in order:
                args = _args(scenario, tool)
                argv = tools[tool]
                if tool == "check-jsonschema" and scenario.name.startswith("v2-"):  # the v2 schema
                    argv = [a if a != str(SCHEMA) else str(SCHEMA_V2) for a in argv]
                sample = runner.measure(argv + args, root)
                scenario.samples[tool].append(sample)
                if tool in ("tjlint", "tjlint-before", "check-jsonschema") and (sample[3] == 0) != scenario.clean:
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


def median_of(found: list[Scenario]) -> goals.Median:
    """The median of ``what`` for a tool on a scenario of this run (None if it did not run there)."""
    by = {s.name: s for s in found}

    def median(scenario: str, tool: str, what: int) -> float | None:
        if scenario in by and by[scenario].samples.get(tool):
            return by[scenario].median(tool, what)
        return None

    return median


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
    parser.add_argument("--only", default="*", help="run scenarios whose name matches one of these globs"
                        " (comma-separated: start-up,valid-yaml-*)")
    parser.add_argument("--before", help="an older tjlint's executable, run in the same rounds")
    add("--no-large", action="store_true", help=f"skip the {LARGE_ITEMS:,}-item config")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus", help="default: %(default)s")
    parser.add_argument("--json", type=Path, help="also write every sample to this file")
    args = parser.parse_args(argv)
    tools = commands([t.strip() for t in args.tools.split(",") if t.strip()], args.before)
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    args.corpus.mkdir(parents=True, exist_ok=True)
    found = scenarios(args.corpus, sizes, not args.no_large, args.only)
    run_all(found, tools, args.corpus, max(1, args.repeat), args.before)
    print(f"machine: {machine()}")
    given = argv if argv is not None else sys.argv[1:]
    print(f"command: python benchmarks/run.py {' '.join(given)}")
    print(f"median of {args.repeat} runs each\n")
    print(table(found))
    print("\nGoals (ratios of CPU medians; the memory goal of peak memory):\n")
    print(goals.table(median_of(found)))
    if args.json:
        args.json.write_text(json.dumps({s.name: s.samples for s in found}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

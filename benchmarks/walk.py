"""What finding bodies by content costs a folder walk: this checkout against an older one.

    python benchmarks/walk.py --before /path/to/older/checkout
    python benchmarks/walk.py --before ../main --files 10000 --bodies 0,1000,3000 --repeat 5

Writes a repository of mixed YAML and JSON (``benchmarks/mixed.py``) into
``benchmarks/corpus/mixed-FILES-BODIES/`` (once) and runs ``tjlint FOLDER`` with
each checkout's ``tjlint`` package, alternating them, through the same
measuring helper as ``run.py``. The older checkout walks by name only; this one
also reads the first 64 KiB of every other ``.yaml``/``.yml``/``.json`` file.
Both lint the same bodies (all named ``training-job-*.yaml``), so the
difference is the content check. Prints median CPU, wall and peak memory, and
the after / before ratio of CPU time (target: at most 1.3 with bodies present).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mixed
from run import Runner, machine

HERE = Path(__file__).resolve().parent
TARGET = 1.3


def command(checkout: Path) -> list[str]:
    """``tjlint`` from ``checkout``'s source, whatever is installed."""
    code = f"import sys; sys.path.insert(0, {str(checkout)!r}); from tjlint.cli import main; main()"
    return [sys.executable, "-c", code]


def main(argv: list[str] | None = None) -> int:
    """Parse options, write the corpora, measure, print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="an older checkout (walks by name only)")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--bodies", default="0,1000,3000", help="bodies among the files (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    options = parser.parse_args(argv)
    tools = {"before": command(options.before.resolve()), "after": command(HERE.parent)}
    runner = Runner()
    print(f"Machine: {machine()}\n")
    print("| files | bodies | tool | CPU s | wall s | peak MiB | exit |")
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    ratios = []
    for bodies in (int(b) for b in options.bodies.split(",")):
        root = mixed.write(options.corpus / f"mixed-{options.files}-{bodies}", options.files, bodies)
        samples: dict[str, list[tuple[float, float, int, int]]] = {name: [] for name in tools}
        runner.measure([*tools["after"], "--show-files", "--allow-empty", "."], root)  # warm the page cache
        for round_ in range(options.repeat):
            for name in (list(tools) if round_ % 2 == 0 else list(reversed(tools))):
                samples[name].append(runner.measure([*tools[name], "."], root))
        for name, runs in samples.items():
            cpu, wall, rss = (statistics.median(r[i] for r in runs) for i in range(3))
            print(f"| {options.files:,} | {bodies:,} | {name} | {cpu:.3f} | {wall:.3f} | {rss / 1024:.1f}"
                  f" | {runs[0][3]} |")
        ratio = statistics.median(r[0] for r in samples["after"]) / statistics.median(r[0] for r in samples["before"])
        ratios.append((bodies, ratio))
    runner.close()
    print()
    for bodies, ratio in ratios:
        verdict = "" if not bodies else (" ok" if ratio <= TARGET else " MISSED")
        print(f"- {bodies:,} bodies: after / before CPU {ratio:.2f} (target <= {TARGET} with bodies){verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

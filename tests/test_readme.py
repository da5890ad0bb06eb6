"""The README works as written: every ``$ tjlint ...`` example runs against examples/ and prints what it shows.

Each fenced block holding lines that start with ``$ tjlint`` is run in a fresh
copy of examples/ (with this repository's pyproject.toml, whose [tool.tjlint]
the examples use), one command after the other, and each command's output
(stdout and stderr together, as a terminal shows them) is compared line by
line with the lines under it. A line ``...`` stands for any number of lines;
``...`` inside a line stands for any text.

After a deliberate change of output (new rules, new messages), re-sync the
README and review the diff::

    TJLINT_README_UPDATE=1 pytest tests/test_readme.py && git diff README.md
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import tjlint
from tjlint.rules import ALL_RULES

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
UPDATE = os.environ.get("TJLINT_README_UPDATE") == "1"


@dataclass
class Example:
    """One ``$ tjlint ...`` line of the README and the output shown under it."""

    line: int  # 1-based line number of the command in README.md
    command: str
    shown: list[str] = field(default_factory=list)


def blocks(text: str) -> list[list[Example]]:
    """The fenced blocks that hold ``$ tjlint`` commands, each a list of examples."""
    found: list[list[Example]] = []
    current: list[Example] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            if current:
                found.append(current)
            current = [] if current is None else None
        elif current is not None:
            if line.startswith("$ "):
                current.append(Example(number, line[2:]))
            elif current:
                current[-1].shown.append(line)
    return found


def run(command: str, cwd: Path) -> list[str]:
    """``tjlint ARGS`` as a user types it, output lines as a terminal shows them."""
    args = shlex.split(command)
    assert args[0] == "tjlint", f"only tjlint commands are run: {command}"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(cwd), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "tjlint", *args[1:]], cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=120)
    return done.stdout.splitlines()


def matches(shown: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` fits ``shown`` (``...`` lines and ``...`` inside lines are wildcards)."""
    pattern = "".join(
        r"(?:[^\n]*\n)*?" if line == "..." else ".*?".join(map(re.escape, line.split("..."))) + r"\n"
        for line in shown)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual), re.DOTALL) is not None


def resynced(shown: list[str], actual: list[str]) -> list[str]:
    """The shown lines re-made from ``actual``, keeping how many lines stood before and after ``...``."""
    if "..." not in shown:
        return actual
    head = shown.index("...")
    tail = len(shown) - 1 - max(i for i, line in enumerate(shown) if line == "...")
    return [*actual[:head], "...", *actual[len(actual) - tail:]] if tail else [*actual[:head], "..."]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


EXAMPLES = blocks(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples_to_run() -> None:
    commands = [e.command for block in EXAMPLES for e in block]
    assert "tjlint examples/" in commands and len(commands) >= 10


@pytest.mark.parametrize("block", EXAMPLES, ids=[f"README.md:{b[0].line}" for b in EXAMPLES])
def test_readme_example(block: list[Example], workspace: Path) -> None:
    problems = []
    for example in block:
        actual = run(example.command, workspace)
        if matches(example.shown, actual):
            continue
        if UPDATE:
            _rewrite(example, resynced(example.shown, actual))
            continue
        diff = "\n".join(difflib.unified_diff(example.shown, actual, "README (shown)", "tjlint (actual)", lineterm=""))
        problems.append(f"README.md:{example.line}: $ {example.command}\n{diff}")
    assert not problems, "\n\n".join(problems) + "\n\n(re-sync: TJLINT_README_UPDATE=1 pytest tests/test_readme.py)"


def _rewrite(example: Example, lines: list[str]) -> None:
    """Put ``lines`` under the command at ``example.line`` in README.md (update mode only)."""
    text = README.read_text(encoding="utf-8").splitlines(keepends=True)
    start = example.line  # the line after the command, 0-based
    end = start
    while not text[end].startswith(("```", "$ ")):
        end += 1
    text[start:end] = [line + "\n" for line in lines]
    README.write_text("".join(text), encoding="utf-8")


NUMBERS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight"}


def test_the_rules_with_fixes_are_the_ones_the_readme_names() -> None:
    """The fix table and the count in the Rules section match the rules whose examples get a fix."""
    fixable = sorted({r.code for r in ALL_RULES if r.bad and any(
        d.code == r.code and d.fixable for d in tjlint.lint_text(r.bad, "example.yaml"))})
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Fixing mechanical mistakes"):text.index("See what would change")]
    listed = re.findall(r"^\| (TJ\d{3}) \|", section, re.M)
    assert listed == fixable, f"the --fix table lists {listed}; the rules with fixes are {fixable}"
    assert f"{NUMBERS[len(fixable)]} rules have safe fixes" in text, f"the Rules section must count {len(fixable)}"


def test_pinned_versions_are_the_latest_release() -> None:
    """``rev:`` and ``uses: tjlint/tjlint@`` name the newest version in CHANGELOG.md, and nothing installs
    tjlint from a package index (it is installed from a clone, or by the action from its checkout)."""
    text = README.read_text(encoding="utf-8")
    newest = re.search(r"^## \[(\d+\.\d+\.\d+)\]", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert newest is not None
    pins = re.findall(r"rev: (\S+)", text) + re.findall(r"uses: tjlint/tjlint@(\S+)", text)
    assert pins and set(pins) == {f"v{newest.group(1)}"}
    assert "pip install tjlint" not in text


@pytest.mark.parametrize(("shown", "actual", "expected"), [
    (["a", "...", "z"], ["a", "b", "c", "z"], True),
    (["a", "...", "z"], ["a", "z"], True),
    (["a", "z"], ["a", "b", "z"], False),
    (["a", "..."], ["b"], False),
    (["x ... y"], ["x 1 2 y"], True),
    (["x ... y"], ["x 1 2 z"], False),
    (["a"], [], False),
])
def test_the_comparison_itself(shown: list[str], actual: list[str], expected: bool) -> None:
    assert matches(shown, actual) is expected


def test_the_rules_table_covers_every_code_of_tjlint_rules() -> None:
    """Each row names a family (TJ0xx) or a range (TJ201-TJ211) of codes that exist; together they
    hold every code ``tjlint rules`` lists, so a new rule cannot be left out of the table."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("Every diagnostic has a stable code."):text.index("Where a rule pre-empts")]
    codes = sorted(r.code for r in ALL_RULES)
    covered: set[str] = set()
    for family, first, last in re.findall(r"^\| (?:(TJ\d)xx|(TJ\d{3})-(TJ\d{3})) \|", table, re.M):
        if family:
            covered.update(c for c in codes if c.startswith(family))
        else:
            assert first in codes and last in codes, f"the row {first}-{last} names a code tjlint does not have"
            covered.update(c for c in codes if first <= c <= last)
    assert covered == set(codes), f"codes in no row of the Rules table: {sorted(set(codes) - covered)}"

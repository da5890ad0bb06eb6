"""The speed goals of tjlint 0.2.0, each a ratio of two medians measured in the same run of ``run.py``.

Every goal compares tjlint with a yardstick run in the same rounds (check-jsonschema, a parse
floor, a bare import); with ``--before``, the same ratio for the older tjlint is shown beside it.
The two goals about the results cache and ``--jobs`` are measured by ``repeat.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

CPU, RSS = 0, 2


class Goal(NamedTuple):
    """``tool`` on ``scenario`` against ``base_tool`` on ``base_scenario``: at most ``limit``."""

    label: str
    scenario: str
    tool: str
    base_scenario: str
    base_tool: str
    limit: float
    what: int = CPU


GOALS = (
    Goal("one file, cold, vs check-jsonschema", "valid-yaml-1", "tjlint", "valid-yaml-1", "check-jsonschema", 0.25),
    Goal("start-up (`tjlint --version`) vs `python -c 'import yaml, click'`", "start-up", "tjlint", "start-up",
         "import-floor", 1.1),
    Goal("1,000 valid YAML vs check-jsonschema", "valid-yaml-1000", "tjlint", "valid-yaml-1000", "check-jsonschema",
         0.08),
    Goal("1,000 valid YAML vs the libyaml compose floor", "valid-yaml-1000", "tjlint", "valid-yaml-1000",
         "compose-floor", 2.0),
    Goal("1,000 broken YAML vs check-jsonschema", "invalid-yaml-1000", "tjlint", "invalid-yaml-1000",
         "check-jsonschema", 0.15),
    Goal("1,000 broken JSON vs check-jsonschema", "invalid-json-1000", "tjlint", "invalid-json-1000",
         "check-jsonschema", 0.4),
    Goal("60,000-parameter JSON body vs `json.loads` floor", "large-60000-json", "tjlint", "large-60000-json",
         "floor", 2.0),
    Goal("10,000 files in a folder: peak memory vs 100 files", "valid-yaml-10000", "tjlint-folder",
         "valid-yaml-100", "tjlint-folder", 1.2, RSS),
)

#: The goals ``repeat.py`` measures (a second run with the cache, ``--jobs 2``).
ELSEWHERE = ("1,000 unchanged files, second run with the cache, vs check-jsonschema",
             "10,000 files, `--jobs 2` wall time vs `--jobs 1` on 2 free cores")

#: ``median(scenario, tool, what)``, or None when that tool did not run on that scenario.
Median = Callable[[str, str, int], "float | None"]


def before(tool: str) -> str:
    """The name of the older tjlint's tool that ``tool`` is compared with."""
    return tool.replace("tjlint", "tjlint-before", 1)


def table(median: Median) -> str:
    """A Markdown table: each goal's ratio before and after, the goal, and whether it is met."""
    rows = ["| measure | before | after | goal | met? |", "| --- | ---: | ---: | ---: | --- |"]
    for goal in GOALS:
        base = median(goal.base_scenario, goal.base_tool, goal.what)
        after = median(goal.scenario, goal.tool, goal.what)
        old = median(goal.scenario, before(goal.tool), goal.what)
        old_base = median(goal.base_scenario, before(goal.tool) if goal.base_tool.startswith("tjlint")
                          else goal.base_tool, goal.what)
        if base is None or after is None or not base:
            continue
        shown_before = f"{old / old_base:.2f}x" if old is not None and old_base else "-"
        met = "yes" if after / base <= goal.limit else "**no**"
        rows.append(f"| {goal.label} | {shown_before} | {after / base:.2f}x | <= {goal.limit}x | {met} |")
    rows.extend(f"| {label} | | | | see repeat.py |" for label in ELSEWHERE)
    return "\n".join(rows)

"""Every rule's documented examples: the failing one yields its code, the passing one does not."""

from __future__ import annotations

import subprocess
import sys

import pytest

import tjlint
from tjlint.rules import ALL_RULES

WITH_EXAMPLES = [r for r in ALL_RULES if r.good or r.bad]
#: Rules whose examples can be shown without a saved catalogue (TJ6xx need one).
STANDALONE = [r for r in tjlint.BUILTIN_RULES if not r.code.startswith("TJ6")]


def codes(text: str) -> list[str]:
    return [d.code for d in tjlint.lint_text(text, filename="example.yaml")]


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_bad_example_fails(rule: tjlint.RuleInfo) -> None:
    assert rule.bad, f"{rule.code} has a passing example but no failing one"
    assert rule.code in codes(rule.bad)


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_good_example_passes(rule: tjlint.RuleInfo) -> None:
    assert rule.good, f"{rule.code} has a failing example but no passing one"
    assert rule.code not in codes(rule.good)


@pytest.mark.parametrize("rule", STANDALONE, ids=lambda r: r.code)
def test_every_builtin_rule_has_examples(rule: tjlint.Rule) -> None:
    assert rule.good and rule.bad and rule.explanation and rule.summary


@pytest.mark.parametrize(
    "rule", [r for r in STANDALONE if r.code[2] in "234"], ids=lambda r: r.code
)
def test_examples_differ_only_in_the_rules_subject(rule: tjlint.Rule) -> None:
    assert codes(rule.good) == []
    assert set(codes(rule.bad)) == {rule.code}


def test_examples_are_written_when_read_not_at_start_up() -> None:
    """Writing every rule's examples as YAML at import would slow every run; they wait until read."""
    code = """
import yaml
calls = []
dump = yaml.dump
yaml.dump = lambda *a, **k: calls.append(1) or dump(*a, **k)
import tjlint
from tjlint.cli import main
tjlint.lint_text("config_name: x\\n", filename="a.yaml")
before = len(calls)
rule = next(r for r in tjlint.ALL_RULES if r.code == "TJ401")
text = rule.good
print(before, len(calls) > before, text == rule.good, "data_url: /my-bucket/data/" in text)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "True", "True", "True"]

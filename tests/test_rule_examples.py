"""Every rule's documented examples: the failing one yields its code, the passing one does not."""

from __future__ import annotations

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

"""The built-in rules: an explicit tuple per family, concatenated here, and the built-in rule set.

Nothing is registered by import side effects: to add a family, import its
module here and add its ``RULES`` tuple to ``BUILTIN_RULES``. A run starts
from :data:`BUILTIN` and adds the rules of the plugins its settings name
(:meth:`RuleSet.extended`).
"""

from __future__ import annotations

from tjlint.model import Context, Finding
from tjlint.rules import (
    catalog,
    code_source,
    command,
    data_sources,
    images,
    parameters,
    paths,
    resources,
    retired,
    stages,
    v2_algorithm,
    v2_container,
    v2_data,
    v2_resources,
    v2_values,
)
from tjlint.rules.base import RetiredRule, Rule, RuleInfo, RuleSet

BUILTIN_RULES: tuple[Rule, ...] = (
    *data_sources.RULES,
    *code_source.RULES,
    *images.RULES,
    *parameters.RULES,
    *resources.RULES,
    *command.RULES,
    *paths.RULES,
    *catalog.RULES,
    *v2_algorithm.RULES,
    *v2_data.RULES,
    *v2_container.RULES,
    *v2_resources.RULES,
    *v2_values.RULES,
)

#: Metadata of every code tjlint knows, in code order: what it can report, and the retired codes.
ALL_RULES: tuple[RuleInfo, ...] = tuple(sorted(
    (*stages.READER_RULES, *stages.SCHEMA_RULES, *BUILTIN_RULES, *retired.RETIRED_RULES),
    key=lambda r: r.code,
))

#: Codes that are reserved but never reported (settings and suppressions may still name them).
RETIRED_CODES: frozenset[str] = frozenset(r.code for r in retired.RETIRED_RULES)

#: The built-in rules and the metadata of every built-in code: what a run starts from.
BUILTIN = RuleSet(BUILTIN_RULES, ALL_RULES)

__all__ = ["ALL_RULES", "BUILTIN", "BUILTIN_RULES", "RETIRED_CODES", "Context", "Finding", "RetiredRule", "Rule",
           "RuleInfo", "RuleSet"]

"""TJ705, TJ710, TJ711, TJ714: what a v2 job runs on (``spec``) and how it is scheduled.

A public pool takes a public ``flavor_id``; a dedicated pool takes ``pool_id``,
with a ``modelarts.pool.visual.*`` flavor in GPU and Ascend pools and none in
CPU pools. Volumes, scheduling and customised flavors take effect in dedicated
pools only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules.base import Rule
from tjlint.rules.examples import v2_example
from tjlint.rules.fields import filled, items, mapping, text

#: The flavors of dedicated GPU/Ascend pools start with this.
POOL_FLAVOR = "modelarts.pool.visual."
_GROUPED = ("hyperinstance", "networkTopology")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_WANTS = {"In": "at least one value", "NotIn": "at least one value", "Exists": "no values",
          "DoesNotExist": "no values", "Gt": "exactly one whole number", "Lt": "exactly one whole number"}
_POOL = "poolfaf38d76"


def _check_resources(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    spec = mapping(data, "spec")
    resource = mapping(spec, "resource")
    if spec is None or (resource is None and spec.get("resource") is not None):
        return  # not mappings: the schema stage says so
    if resource is None or not (filled(resource, "flavor_id") or filled(resource, "pool_id")):
        where = pointer("spec", "resource") if resource is not None else pointer("spec")
        yield Finding(where, "no resources: set spec.resource.flavor_id (a public flavor) or"
                             " spec.resource.pool_id (a dedicated pool) (the API would answer"
                             " ModelArts.2763)")
        return
    flavor = text(resource, "flavor_id")
    if flavor and flavor.startswith(POOL_FLAVOR) and not filled(resource, "pool_id"):
        yield Finding(pointer("spec", "resource", "flavor_id"),
                      f"'{flavor}' is a flavor of dedicated pools: add spec.resource.pool_id, or"
                      " choose a public flavor (the API would answer ModelArts.2886)", on_key=True)


def _dedicated_only(data: Mapping[str, Any]) -> Iterator[Finding]:
    spec = mapping(data, "spec")
    resource = mapping(spec, "resource")
    if spec is None or filled(resource, "pool_id"):
        return
    fields: list[tuple[str, ...]] = [("spec", k) for k in ("volumes", "schedule_policy") if filled(spec, k)]
    if filled(resource, "main_container_customized_flavor"):
        fields.append(("spec", "resource", "main_container_customized_flavor"))
    for tokens in fields:
        yield Finding(pointer(*tokens), f"{tokens[-1]} takes effect in dedicated pools only, and"
                                        " spec.resource has no pool_id: add the pool or remove"
                                        f" {tokens[-1]}", on_key=True)


def _check_dedicated(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    yield from _dedicated_only(data)
    resource = mapping(data, "spec", "resource")
    flavor = text(resource, "flavor_id")
    if filled(resource, "pool_id") and flavor and not flavor.startswith(POOL_FLAVOR):
        yield Finding(pointer("spec", "resource", "flavor_id"),
                      f"'{flavor}' is a public-pool flavor, but pool_id runs the job in a dedicated"
                      f" pool: there use {POOL_FLAVOR}xlarge (1 card) to .16xlarge, or no"
                      " flavor_id in a CPU pool", (pointer("spec", "resource", "pool_id"),), on_key=True)
    algo = mapping(data, "algorithm")
    code_dir = text(algo, "code_dir")
    if code_dir and code_dir.startswith("file://"):
        for key in ("local_code_dir", "working_dir"):
            if filled(algo, key):
                yield Finding(pointer("algorithm", key),
                              f"{key} has no effect when code_dir is a file:// path (the code is"
                              f" already in the image): remove {key}", (pointer("algorithm", "code_dir"),),
                              on_key=True)


Tokens = tuple[str | int, ...]


def _requirements(policy: Mapping[str, Any]) -> Iterator[tuple[Tokens, Mapping[str, Any]]]:
    """Every node-selector requirement of the policy, with its pointer tokens below ``spec``."""
    required = ("required_affinity", "node_affinity", "nodeSelectorTerms")
    terms: list[tuple[Tokens, Mapping[str, Any] | None]] = [((*required, i), t) for i, t in items(policy, *required)]
    terms += [(("preferred_affinity", "node_affinity", i, "preference"), mapping(term, "preference"))
              for i, term in items(policy, "preferred_affinity", "node_affinity")]
    for tokens, term in terms:
        for key in ("matchExpressions", "matchFields"):
            for j, requirement in items(term, key):
                yield ("schedule_policy", *tokens, key, j), requirement


def _values_fit(operator: str, values: list[Any]) -> bool:
    if operator in ("In", "NotIn"):
        return len(values) > 0
    if operator in ("Exists", "DoesNotExist"):
        return not values
    value = values[0] if len(values) == 1 else None
    return (isinstance(value, str) and _INTEGER.fullmatch(value.strip()) is not None) or (
        isinstance(value, int) and not isinstance(value, bool))


def _check_values(policy: Mapping[str, Any]) -> Iterator[Finding]:
    for tokens, requirement in _requirements(policy):
        operator, values = requirement.get("operator"), requirement.get("values")
        if operator not in _WANTS or not isinstance(values, (list, type(None))):
            continue  # the schema stage reports these
        if not _values_fit(operator, values or []):
            where = pointer("spec", *tokens, "values") if values is not None else pointer("spec", *tokens)
            yield Finding(where, f"operator {operator} takes {_WANTS[operator]} in values (the API"
                                 " would answer ModelArts.0104)")


def _check_scheduling(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    policy = mapping(data, "spec", "schedule_policy")
    if policy is None:
        return
    both = [k for k in policy if k in ("required_affinity", "preferred_affinity") and filled(policy, k)]
    if len(both) == 2:
        yield Finding(pointer("spec", "schedule_policy", both[1]),
                      "use one of required_affinity and preferred_affinity, not both (the API would"
                      " answer ModelArts.0104)", (pointer("spec", "schedule_policy", both[0]),), on_key=True)
    required = mapping(policy, "required_affinity")
    kind = text(required, "affinity_type")
    if kind in _GROUPED and not filled(required, "affinity_group_size"):
        yield Finding(pointer("spec", "schedule_policy", "required_affinity", "affinity_type"),
                      f"affinity_type {kind} needs affinity_group_size, how many tasks share a"
                      " supernode (the API would answer ModelArts.0104)", on_key=True)
    yield from _check_values(policy)


def _check_tasks(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if filled(data, "spec") and filled(data, "tasks"):
        yield Finding(pointer("tasks"), "give spec or tasks, not both: the API page says to leave tasks"
                                        " blank when spec is given (the API would answer"
                                        " ModelArts.0104)", (pointer("spec"),), on_key=True)


_PUBLIC = {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}
_IN_POOL = {"flavor_id": "modelarts.pool.visual.xlarge", "node_count": 1, "pool_id": _POOL}
_SELECT = {"key": "kubernetes.io/hostname", "operator": "In", "values": ["192.168.0.12"]}


def _selector(requirement: dict[str, Any]) -> dict[str, Any]:
    terms = [{"matchExpressions": [requirement]}]
    return {"required_affinity": {"affinity_type": "cabinet", "node_affinity": {"nodeSelectorTerms": terms}}}


RULES: tuple[Rule, ...] = (
    Rule(
        "TJ705", "resource-choice", Severity.ERROR,
        "No flavor or pool in spec.resource, or a dedicated-pool flavor without its pool.",
        "`spec.resource` says what the job runs on: a public flavor (`flavor_id`, from GET"
        " /v2/{project_id}/training-job-flavors) or a dedicated pool (`pool_id`). With neither"
        " (or with no `resource` at all) the API would answer ModelArts.2763. A"
        " `modelarts.pool.visual.*` flavor exists only inside a dedicated pool: without `pool_id`"
        " the API would answer ModelArts.2886. Warnings about flavors and pools are TJ714's.",
        good=v2_example({"spec/resource": _IN_POOL}),
        bad=v2_example({"spec/resource": {"flavor_id": "modelarts.pool.visual.xlarge", "node_count": 1}}),
        check=_check_resources, kinds=V2_KINDS,
    ),
    Rule(
        "TJ710", "scheduling", Severity.ERROR,
        "Conflicting or incomplete scheduling in spec.schedule_policy.",
        "Use at most one of `required_affinity` and `preferred_affinity`. An `affinity_type` of"
        " `hyperinstance` or `networkTopology` needs `affinity_group_size`. In a node-selector"
        " requirement the operator decides the `values`: `In` and `NotIn` need at least one,"
        " `Exists` and `DoesNotExist` take none, `Gt` and `Lt` take exactly one whole number"
        " (written as text). The API would answer ModelArts.0104.",
        good=v2_example({"spec/resource": _IN_POOL, "spec/schedule_policy": _selector(_SELECT)}),
        bad=v2_example({"spec/resource": _IN_POOL,
                     "spec/schedule_policy": _selector({**_SELECT, "operator": "Exists"})}),
        check=_check_scheduling, kinds=V2_KINDS,
    ),
    Rule(
        "TJ711", "spec-or-tasks", Severity.ERROR,
        "Both spec and tasks.",
        "`tasks` (for heterogeneous jobs, not implemented by the API yet) and `spec` exclude each"
        " other: the API page says to leave `tasks` blank when `spec` is given. The API would"
        " answer ModelArts.0104. Remove `tasks`.",
        good=v2_example(),
        bad=v2_example({"tasks": [{"role": "learner", "task_resource": {"node_count": 1}}]}),
        check=_check_tasks, kinds=V2_KINDS,
    ),
    Rule(
        "TJ714", "dedicated-only", Severity.WARNING,
        "A field that takes effect only in a dedicated pool, or a flavor that does not fit the pool.",
        "`spec.volumes`, `spec.schedule_policy` and `spec.resource.main_container_customized_flavor`"
        " take effect in dedicated pools only: without `spec.resource.pool_id` they do nothing."
        " In a dedicated pool, `flavor_id` is a `modelarts.pool.visual.*` flavor (GPU and Ascend"
        " pools) or absent (CPU pools), not a public flavor. `local_code_dir` and `working_dir`"
        " are ignored when `code_dir` is a `file://` path.",
        good=v2_example({"spec/resource": _IN_POOL, "spec/schedule_policy": {"priority": 2}}),
        bad=v2_example({"spec/resource": _PUBLIC, "spec/schedule_policy": {"priority": 2}}),
        check=_check_dedicated, kinds=V2_KINDS,
    ),
)

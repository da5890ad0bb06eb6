"""TJ705, TJ710, TJ711, TJ714 on v2 bodies: resources, scheduling, spec versus tasks."""

from __future__ import annotations

import pytest
from rule_helpers import V2_HEAD, where

import tjlint
from tjlint.model import Severity
from tjlint.rules.v2_resources import RULES

HEAD = V2_HEAD + "algorithm: {id: a1}\n"
POOL_FLAVOR = "modelarts.pool.visual.xlarge"


def test_metadata() -> None:
    assert [(r.code, r.name, r.severity) for r in RULES] == [
        ("TJ705", "resource-choice", Severity.ERROR),
        ("TJ710", "scheduling", Severity.ERROR),
        ("TJ711", "spec-or-tasks", Severity.ERROR),
        ("TJ714", "dedicated-only", Severity.WARNING),
    ]


# TJ705 resource-choice


def test_no_flavor_or_pool_points_at_resource() -> None:
    assert where(HEAD + "spec:\n  resource:\n    node_count: 2\n", "b.yaml") == [(6, 5, "TJ705")]
    assert where(HEAD + "spec:\n  resource: {}\n", "b.yaml") == [(5, 13, "TJ705")]
    assert where(HEAD + "spec:\n  resource:\n    flavor_id: ''\n", "b.yaml") == [(6, 5, "TJ705")]


def test_spec_without_resource_points_at_spec() -> None:
    assert where(HEAD + "spec:\n  log_export_path: {obs_url: ''}\n", "b.yaml") == [(5, 3, "TJ705")]


def test_pool_flavor_without_pool_points_at_flavor_key() -> None:
    text = HEAD + f"spec:\n  resource:\n    flavor_id: {POOL_FLAVOR}\n    node_count: 1\n"
    assert where(text, "b.yaml") == [(6, 5, "TJ705")]
    json_text = ('{"kind": "job", "metadata": {"name": "demo"}, "algorithm": {"id": "a1"},\n'
                 f' "spec": {{"resource": {{"node_count": 1, "flavor_id": "{POOL_FLAVOR}"}}}}}}\n')
    assert where(json_text, "b.json") == [(2, 41, "TJ705")]


@pytest.mark.parametrize("resource", [
    "{flavor_id: modelarts.vm.cpu.8u}",
    f"{{flavor_id: {POOL_FLAVOR}, pool_id: pool-1}}",
    "{pool_id: pool-1, node_count: 4}",  # a dedicated CPU pool takes no flavor
])
def test_resources_that_fit(resource: str) -> None:
    assert where(HEAD + f"spec: {{resource: {resource}}}\n", "b.yaml") == []


def test_wrong_types_are_left_to_the_schema() -> None:
    assert where(HEAD + "spec: {resource: [flavor_id]}\n", "b.yaml") == [(4, 18, "TJ103")]
    assert where(HEAD + "spec: 3\n", "b.yaml") == [(4, 7, "TJ103")]


# TJ714 dedicated-only (warnings)


def test_dedicated_fields_without_pool_point_at_their_keys() -> None:
    text = HEAD + ("spec:\n  resource:\n    flavor_id: modelarts.vm.cpu.8u\n"
                   "    main_container_customized_flavor: {cpu_core_num: 8}\n"
                   "  volumes:\n  - nfs: {nfs_server_path: '192.168.0.82:/', local_path: /home/ma-user/nfs/}\n"
                   "  schedule_policy: {priority: 2}\n")
    assert where(text, "b.yaml") == [(7, 5, "TJ714"), (8, 3, "TJ714"), (10, 3, "TJ714")]


def test_public_flavor_in_a_pool_json() -> None:
    text = ('{\n  "kind": "job",\n  "metadata": {"name": "demo"},\n  "algorithm": {"id": "a1"},\n'
            '  "spec": {\n    "resource": {\n      "flavor_id": "modelarts.vm.cpu.8u",\n'
            '      "pool_id": "pool-1"\n    }\n  }\n}\n')
    (found,) = tjlint.lint_text(text, "b.json")
    assert (found.line, found.column, found.code, found.severity) == (7, 7, "TJ714", Severity.WARNING)
    assert [r.pointer for r in found.related] == ["/spec/resource/pool_id"]


def test_local_dirs_with_local_code_are_ignored() -> None:
    text = ("kind: job\nmetadata: {name: demo}\nalgorithm:\n  code_dir: file:///home/ma-user/code/\n"
            "  command: python train.py\n  engine: {image_url: my-org/img:1}\n"
            "  local_code_dir: /home/ma-user/code/\n  working_dir: /home/ma-user/code/\n"
            "spec: {resource: {flavor_id: modelarts.vm.cpu.8u}}\n")
    assert where(text, "b.yaml") == [(7, 3, "TJ714"), (8, 3, "TJ714")]


# TJ710 scheduling

POOL = f"spec:\n  resource: {{flavor_id: {POOL_FLAVOR}, pool_id: pool-1}}\n  schedule_policy:\n"


def test_both_affinities_points_at_the_later_key() -> None:
    text = HEAD + POOL + "    preferred_affinity: {}\n    required_affinity: {affinity_type: cabinet}\n"
    assert where(text, "b.yaml") == []  # an empty mapping is a field left blank
    text = HEAD + POOL + ("    preferred_affinity:\n      node_affinity: [{weight: 5}]\n"
                          "    required_affinity: {affinity_type: cabinet}\n")
    (found,) = tjlint.lint_text(text, "b.yaml")
    assert (found.line, found.column, found.code) == (9, 5, "TJ710")
    assert [r.pointer for r in found.related] == ["/spec/schedule_policy/preferred_affinity"]


@pytest.mark.parametrize(("affinity", "expected"), [
    ("{affinity_type: hyperinstance}", [(7, 25, "TJ710")]),
    ("{affinity_type: networkTopology, job_level: cluster}", [(7, 25, "TJ710")]),
    ("{affinity_type: hyperinstance, affinity_group_size: 8}", []),
    ("{affinity_type: cabinet}", []),
])
def test_group_size(affinity: str, expected: list[tuple[int, int, str]]) -> None:
    assert where(HEAD + POOL + f"    required_affinity: {affinity}\n", "b.yaml") == expected


#: Lines 7-13: the requirement item starts on line 11, column 13; values on line 13, column 21.
REQUIREMENT = ("    required_affinity:\n      node_affinity:\n        nodeSelectorTerms:\n"
               "        - matchExpressions:\n          - key: node-type\n            operator: {op}\n{values}")


@pytest.mark.parametrize(("operator", "values", "expected"), [
    ("In", "            values: [a100]\n", []),
    ("In", "            values: []\n", [(13, 21, "TJ710")]),
    ("NotIn", "", [(11, 13, "TJ710")]),
    ("Exists", "", []),
    ("Exists", "            values: []\n", []),
    ("DoesNotExist", "            values: [x]\n", [(13, 21, "TJ710")]),
    ("Gt", "            values: ['16']\n", []),
    ("Lt", "            values: ['-3']\n", []),
    ("Gt", "            values: ['1.5']\n", [(13, 21, "TJ710")]),
    ("Lt", "            values: ['1', '2']\n", [(13, 21, "TJ710")]),
    ("Gt", "", [(11, 13, "TJ710")]),
])
def test_values_fit_the_operator(operator: str, values: str, expected: list[tuple[int, int, str]]) -> None:
    text = HEAD + POOL + REQUIREMENT.format(op=operator, values=values)
    assert where(text, "b.yaml") == expected


def test_preferred_requirements_and_match_fields_json() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"}, "algorithm": {"id": "a1"},\n'
            ' "spec": {"resource": {"pool_id": "pool-1"}, "schedule_policy": {"preferred_affinity":\n'
            '  {"node_affinity": [{"weight": 50, "preference": {"matchFields": [\n'
            '   {"key": "cpu", "operator": "Gt", "values": ["many"]}]}}]}}}}\n')
    assert where(text, "b.json") == [(4, 47, "TJ710")]


# TJ711 spec-or-tasks


def test_spec_and_tasks_points_at_tasks() -> None:
    text = HEAD + "spec: {resource: {pool_id: pool-1}}\ntasks:\n- role: learner\n"
    (found,) = tjlint.lint_text(text, "b.yaml")
    assert (found.line, found.column, found.code) == (5, 1, "TJ711")
    assert [r.pointer for r in found.related] == ["/spec"]
    assert where(HEAD + "spec: {resource: {pool_id: pool-1}}\ntasks: []\n", "b.yaml") == []


def test_spec_and_tasks_json() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"}, "algorithm": {"id": "a1"},\n'
            ' "tasks": [{"role": "learner"}], "spec": {"resource": {"pool_id": "pool-1"}}}\n')
    assert where(text, "b.json") == [(2, 2, "TJ711")]

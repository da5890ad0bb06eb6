"""Bodies built by Huawei's own client (huaweicloudsdkmodelarts) lint clean; broken ones get the predicted code.

The client validates nothing (the facts file tried a 200-character name and
``node_count="two"``): whatever tjlint says about them is all the warning a
user gets before the server answers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import huaweicloudsdkmodelarts.v1 as sdk
import pytest
import yaml
from v2_bodies import VARIANTS, wire

import tjlint


def lint_all_ways(body: dict[str, Any]) -> list[list[tuple[str, str]]]:
    """(pointer, code) of the body in memory, as the client's JSON, as indented JSON and as YAML."""
    texts = [(json.dumps(body), "client.json"), (json.dumps(body, indent=2), "pretty.json"),
             (yaml.safe_dump(body, sort_keys=False), "client.yaml")]
    runs = [tjlint.lint_data(body)] + [tjlint.lint_text(t, filename=n) for t, n in texts]
    return [[(d.pointer, d.code) for d in run] for run in runs]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_client_bodies_lint_clean(variant: str) -> None:
    body = wire(VARIANTS[variant]())
    assert body["kind"] == "job" and "metadata" in body  # detected as v2 without --kind
    assert lint_all_ways(body) == [[], [], [], []]


def test_sdk_only_blocks_are_in_the_bodies() -> None:
    pool = wire(VARIANTS["dedicated-pool"]())
    terms = pool["spec"]["schedule_policy"]["required_affinity"]["node_affinity"]["nodeSelectorTerms"]
    assert set(terms[0]) == {"matchExpressions", "matchFields"}  # camelCase on the wire
    preset = wire(VARIANTS["preset-engine"]())["spec"]
    assert {"custom_metrics", "notification", "log_export_config", "output_model", "retention"} <= set(preset)
    assert preset["custom_metrics"][1] == {"exec": {"command": ["cat", "/tmp/metrics.txt"]}}
    assert "auto_stop" in wire(VARIANTS["saved-algorithm"]())["spec"]


def test_to_dict_is_not_what_the_client_sends() -> None:
    # to_dict() keeps Python names (node_selector_terms) and unset fields as None: not a wire body.
    found = tjlint.lint_data(VARIANTS["dedicated-pool"]().to_dict())
    (camel,) = [d for d in found if d.code == "TJ102" and d.pointer.endswith("/node_selector_terms")]
    assert "did you mean 'nodeSelectorTerms'?" in camel.message
    assert any(d.code == "TJ103" for d in found)  # None where a value is needed


def _add_code_dir(job: sdk.Job) -> None:
    job.algorithm.code_dir = "/ml-team-data/code/"


def _drop_engine_version(job: sdk.Job) -> None:
    job.algorithm.engine.engine_version = None


def _drop_command(job: sdk.Job) -> None:
    job.algorithm.command = None


def _drop_pool(job: sdk.Job) -> None:
    job.spec.resource.pool_id = None


def _drop_version(job: sdk.Job) -> None:
    job.algorithm.item_version_id = None


def _long_name(job: sdk.Job) -> None:
    job.metadata.name = "n" * 200


def _node_count_text(job: sdk.Job) -> None:
    job.spec.resource.node_count = "two"


def _env_name(job: sdk.Job) -> None:
    job.algorithm.environments = {"NCCL-DEBUG": "INFO"}


def _log_type_alone(job: sdk.Job) -> None:
    job.algorithm.summary.log_dir = None


def _both_affinities(job: sdk.Job) -> None:
    job.spec.schedule_policy.required_affinity = sdk.RequiredAffinity(affinity_type="cabinet")


_POOL_ONLY = [("/spec/resource/flavor_id", "TJ705"), ("/spec/resource/main_container_customized_flavor", "TJ714"),
              ("/spec/schedule_policy", "TJ714"), ("/spec/volumes", "TJ714")]
BREAKS: list[tuple[str, Callable[[sdk.Job], None], list[tuple[str, str]]]] = [
    ("saved-algorithm", _add_code_dir, [("/algorithm/code_dir", "TJ701")]),
    ("saved-algorithm", _long_name, [("/metadata/name", "TJ104")]),
    ("preset-engine", _drop_engine_version, [("/algorithm/engine/engine_name", "TJ703")]),
    ("preset-engine", _log_type_alone, [("/algorithm/summary/log_type", "TJ709")]),
    ("custom-image", _drop_command, [("/algorithm/engine/image_url", "TJ704")]),
    ("custom-image", _env_name, [("/algorithm/environments/NCCL-DEBUG", "TJ707")]),
    ("custom-image", _node_count_text, [("/spec/resource/node_count", "TJ103")]),
    ("dedicated-pool", _drop_pool, _POOL_ONLY),
    ("subscribed-preferred-affinity", _drop_version, [("/algorithm/subscription_id", "TJ702")]),
    # The client writes required_affinity first: the later one, preferred_affinity, is pointed at.
    ("subscribed-preferred-affinity", _both_affinities,
     [("/spec/schedule_policy/preferred_affinity", "TJ710")]),
]


@pytest.mark.parametrize(("variant", "mistake", "expected"), BREAKS,
                         ids=[f"{v}-{m.__name__.strip('_')}" for v, m, _ in BREAKS])
def test_one_mistake_gets_the_predicted_code(variant: str, mistake: Callable[[sdk.Job], None],
                                             expected: list[tuple[str, str]]) -> None:
    job = VARIANTS[variant]()
    mistake(job)
    for found in lint_all_ways(wire(job)):
        assert sorted(found) == sorted(expected)

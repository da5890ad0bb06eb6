"""Resources (spec_id, flavor, pool_id) and volumes in every kind, as rules.md now says.

TJ212 resources: spec_id with pool_id or flavor conflicts in any kind; a job's config that names
none of spec_id, flavor.code and pool_id is TJ212; a configuration body that names none is TJ101
for spec_id, with a message that names the alternatives. TJ213/TJ214 apply wherever volumes are.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from rule_helpers import BUILT_IN, from_base, lint_as

import tjlint

FLAVOR = {"code": "modelarts.vm.cpu.8u"}
POOL = "pool7d1e384a"
HOST = {"host_path": {"src_path": "/data/cache", "dest_path": "/home/work/cache"}}
#: The base body's fields with a built-in algorithm and no resources named.
FIELDS = from_base(BUILT_IN, config_name=None, spec_id=None)


def body(kind: str, **resources: Any) -> dict[str, Any]:
    """A clean body of ``kind`` (no resources named) with ``resources`` added to its fields."""
    fields = {**FIELDS, **resources}
    if kind == "job":
        return {"job_name": "demo", "config": fields}
    return {"config_name": "demo", **fields} if kind == "config" else fields


def found(data: dict[str, Any], fmt: str, kind: str) -> list[tuple[str, str]]:
    text_kind = None if kind == "config" else kind
    diagnostics = tjlint.lint_text(*_render(data, fmt), kind=text_kind)
    return [(d.pointer, d.code) for d in diagnostics]


def _render(data: dict[str, Any], fmt: str) -> tuple[str, str]:
    text = json.dumps(data, indent=2) if fmt == "json" else yaml.safe_dump(data, sort_keys=False)
    return text, f"body.{fmt}"


KINDS = ["config", "config-update", "job"]


def at(kind: str, pointer: str) -> str:
    return ("/config" if kind == "job" else "") + pointer


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "resources",
    [{"spec_id": 1}, {"flavor": FLAVOR}, {"pool_id": POOL}, {"pool_id": POOL, "flavor": FLAVOR}],
    ids=["spec_id", "flavor", "pool_id", "pool_id+flavor"],
)
def test_each_way_of_naming_resources_is_clean(kind: str, resources: dict[str, Any], fmt: str) -> None:
    assert found(body(kind, **resources), fmt, kind) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("resources", "related"),
    [({"spec_id": 1, "pool_id": POOL}, ["/pool_id"]),
     ({"spec_id": 1, "flavor": FLAVOR}, ["/flavor"]),
     ({"spec_id": 1, "pool_id": POOL, "flavor": FLAVOR}, ["/pool_id", "/flavor"])],
    ids=["spec_id+pool_id", "spec_id+flavor", "all-three"],
)
def test_spec_id_with_another_way_conflicts(kind: str, resources: dict[str, Any], related: list[str],
                                             fmt: str) -> None:
    text, name = _render(body(kind, **resources), fmt)
    diagnostics = tjlint.lint_text(text, name, kind=None if kind == "config" else kind)
    assert [(d.pointer, d.code) for d in diagnostics] == [(at(kind, "/spec_id"), "TJ212")]
    assert [r.pointer for r in diagnostics[0].related] == [at(kind, p) for p in related]


def test_a_job_naming_no_resources_is_tj212_at_config(fmt: str) -> None:
    assert found(body("job"), fmt, "job") == [("/config", "TJ212")]


@pytest.mark.parametrize("kind", ["config", "config-update"])
def test_a_configuration_naming_no_resources_is_tj101_naming_the_alternatives(kind: str, fmt: str) -> None:
    text, name = _render(body(kind), fmt)
    diagnostics = tjlint.lint_text(text, name, kind=None if kind == "config" else kind)
    assert [(d.pointer, d.code) for d in diagnostics] == [("", "TJ101")]
    message = diagnostics[0].message
    assert "'spec_id'" in message and "flavor" in message and "pool_id" in message


def test_flavor_needs_its_code(fmt: str) -> None:
    assert found(body("config", flavor={}), fmt, "config") == [("/flavor", "TJ101")]
    assert found(body("config", flavor={"code": 8}), fmt, "config") == [("/flavor/code", "TJ103")]
    assert found(body("config", flavor={"name": "x", "code": "c"}), fmt, "config") == [
        ("/flavor/name", "TJ102")]


@pytest.mark.parametrize("kind", KINDS)
def test_nas_fields_are_known_strings(kind: str, fmt: str) -> None:
    nas = {"nas_type": "", "nas_share_addr": "", "nas_mount_path": ""}
    assert found(body(kind, spec_id=1, **nas), fmt, kind) == []
    assert found(body(kind, spec_id=1, nas_type=1), fmt, kind) == [(at(kind, "/nas_type"), "TJ103")]


def test_notification_is_known_at_the_top_of_a_job(fmt: str) -> None:
    data = {**body("job", flavor=FLAVOR), "notification": {"topic_urn": "", "events": []}}
    assert found(data, fmt, "job") == []
    data["notification"] = {"topic_urn": "", "events": [1], "extra": True}
    assert found(data, fmt, "job") == [("/notification/events/0", "TJ103"),
                                       ("/notification/extra", "TJ102")]


def test_notification_is_not_a_configuration_field(fmt: str) -> None:
    data = body("config", spec_id=1, notification={"topic_urn": "", "events": []})
    assert found(data, fmt, "config") == [("/notification", "TJ102")]


@pytest.mark.parametrize("kind", ["config", "config-update"])
def test_volumes_in_configuration_bodies(kind: str, fmt: str) -> None:
    data = body(kind, pool_id=POOL, volumes=[HOST, {}])
    assert found(data, fmt, kind) == [("/volumes/1", "TJ213")]
    data = body(kind, spec_id=1, volumes=[HOST])
    assert found(data, fmt, kind) == [("/volumes/0/host_path", "TJ214")]


def test_worker_server_num_is_a_32_bit_integer(fmt: str) -> None:
    assert found(body("config", spec_id=1, worker_server_num=2**31 - 1), fmt, "config") == []
    assert found(body("config", spec_id=1, worker_server_num=2**31), fmt, "config") == [
        ("/worker_server_num", "TJ104")]


# Positions, written out by hand: block and flow YAML, JSON.

BLOCK = """\
job_name: demo
config:
  worker_server_num: 1
  model_id: 4
  data_url: /my-bucket/data/
  flavor:
    code: modelarts.vm.cpu.8u
  spec_id: 3
"""
FLOW = """\
{job_name: demo, config: {worker_server_num: 1, model_id: 4, data_url: /my-bucket/data/,
  flavor: {code: modelarts.vm.cpu.8u}, spec_id: 3}}
"""
JSON = """\
{"job_name": "demo",
 "config": {"worker_server_num": 1, "model_id": 4, "data_url": "/my-bucket/data/",
            "flavor": {"code": "modelarts.vm.cpu.8u"},
            "spec_id": 3}}
"""


@pytest.mark.parametrize(
    ("text", "name", "where", "related"),
    [(BLOCK, "job.yaml", (8, 3), (6, 3)), (FLOW, "job.yaml", (2, 40), (2, 3)),
     (JSON, "job.json", (4, 13), (3, 13))],
    ids=["block", "flow", "json"],
)
def test_conflict_points_at_spec_id_with_flavor_related(text: str, name: str, where: tuple[int, int],
                                                        related: tuple[int, int]) -> None:
    diagnostics = tjlint.lint_text(text, name)
    assert [(d.line, d.column, d.code) for d in diagnostics] == [(*where, "TJ212")]
    assert [(r.line, r.column) for r in diagnostics[0].related] == [related]


CONFIG_BLOCK = "config_name: demo\nworker_server_num: 1\nmodel_id: 4\ndata_url: /my-bucket/data/\n"
CONFIG_FLOW = "{config_name: demo, worker_server_num: 1, model_id: 4, data_url: /my-bucket/data/}\n"
CONFIG_JSON = ('{"config_name": "demo", "worker_server_num": 1, "model_id": 4,\n'
               ' "data_url": "/my-bucket/data/"}\n')


@pytest.mark.parametrize(
    ("text", "name", "with_flavor"),
    [(CONFIG_BLOCK, "c.yaml", CONFIG_BLOCK + "flavor:\n  code: modelarts.vm.cpu.8u\n"),
     (CONFIG_FLOW, "c.yaml", CONFIG_FLOW.replace("}", ", flavor: {code: modelarts.vm.cpu.8u}}")),
     (CONFIG_JSON, "c.json", CONFIG_JSON.replace("}", ', "flavor": {"code": "modelarts.vm.cpu.8u"}}'))],
    ids=["block", "flow", "json"],
)
def test_missing_spec_id_points_at_the_mapping(text: str, name: str, with_flavor: str) -> None:
    assert [(d.line, d.column, d.code) for d in tjlint.lint_text(text, name)] == [(1, 1, "TJ101")]
    assert tjlint.lint_text(with_flavor, name) == []


def test_in_memory_bodies_too() -> None:
    assert tjlint.lint_data(body("config", flavor=FLAVOR)) == []
    assert [d.code for d in tjlint.lint_data(body("config"))] == ["TJ101"]
    assert [d.code for d in lint_as(body("config", spec_id=1, pool_id=POOL), "yaml")] == ["TJ212"]


# Clients send unused string fields empty: an empty pool_id or flavor code names nothing.


@pytest.mark.parametrize("kind", KINDS)
def test_empty_pool_id_or_flavor_code_is_no_second_choice(kind: str, fmt: str) -> None:
    assert found(body(kind, spec_id=1, pool_id=""), fmt, kind) == []
    assert found(body(kind, spec_id=1, flavor={"code": ""}), fmt, kind) == []


def test_a_job_naming_only_empty_values_names_no_resources(fmt: str) -> None:
    assert found(body("job", pool_id="", flavor={"code": ""}), fmt, "job") == [("/config", "TJ212")]


def test_a_flavor_without_code_is_tj101_and_names_nothing(fmt: str) -> None:
    assert found(body("job", flavor={}), fmt, "job") == [("/config", "TJ212"), ("/config/flavor", "TJ101")]
    assert found(body("job", spec_id=1, flavor={}), fmt, "job") == [("/config/flavor", "TJ101")]


def test_host_path_with_an_empty_pool_id_still_warns(fmt: str) -> None:
    assert found(body("job", spec_id=1, pool_id="", volumes=[HOST]), fmt, "job") == [
        ("/config/volumes/0/host_path", "TJ214")]

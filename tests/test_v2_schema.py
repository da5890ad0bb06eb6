"""The schema of v2 bodies: the client's whole field tree, the limits of rules.md, and the TJ1xx it yields."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import huaweicloudsdkmodelarts.v1 as sdk
import pytest
from jsonschema import Draft202012Validator
from rule_helpers import where
from v2_bodies import SAMPLES

import tjlint
from tjlint.schema import _fastcheck
from tjlint.schemafiles import schema_names, schema_path

ROOT = Path(__file__).resolve().parent.parent
NAME = "training-job-v2"
SCHEMA: dict[str, Any] = json.loads((ROOT / "schemas" / f"{NAME}.schema.json").read_text("utf-8"))
DEFS = SCHEMA["$defs"]
#: Fields the schema knows that the SDK 3.1.219 does not: Terraform's and older official samples'.
NOT_IN_SDK = {("spec", "runtime_type"), ("spec", "resource", "policy")}
_SDK_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = DEFS[node["$ref"].removeprefix("#/$defs/")]
    return node


def at(*path: str) -> dict[str, Any]:
    """The (resolved) schema of the field at ``path``; ``[]`` steps into array items."""
    node = SCHEMA
    for step in path:
        node = resolve(node["items"]) if step == "[]" else resolve(node["properties"][step])
    return node


def test_bundled_and_valid() -> None:
    assert schema_path(NAME).read_bytes() == (ROOT / "schemas" / f"{NAME}.schema.json").read_bytes()
    assert NAME in schema_names() and NAME in _fastcheck.CHECKS  # compiled, not left to jsonschema
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"] == f"https://tjlint.dev/schemas/{NAME}.schema.json"
    assert SCHEMA["additionalProperties"] is False and SCHEMA["title"] and SCHEMA["description"]


def _sdk_tree(cls: type, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """(wire path, SDK type) of every field below ``cls``; lists step into ``[]``."""
    for attr, kind in cls.openapi_types.items():  # type: ignore[attr-defined]
        wire = (*path, cls.attribute_map[attr])  # type: ignore[attr-defined]
        inner = re.sub(r"^list\[(.*)\]$", r"\1", kind)
        yield wire, kind
        if hasattr(sdk, inner) and inner != cls.__name__:
            yield from _sdk_tree(getattr(sdk, inner), (*wire, "[]") if kind.startswith("list[") else wire)


def test_every_client_field_is_known_with_the_clients_type() -> None:
    for path, kind in _sdk_tree(sdk.Job, ()):
        node = at(*path)
        if kind.startswith("list["):
            assert node["type"] == "array", path
        elif kind.startswith("dict("):
            assert node["type"] == "object" and "additionalProperties" in node, path
        elif kind in _SDK_TYPES:
            assert _SDK_TYPES[kind] in ([node["type"]] if isinstance(node["type"], str) else node["type"]), path
        else:
            assert node["type"] == "object" or "object" in node["type"], path


def _schema_tree(node: dict[str, Any], path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    node = resolve(node)
    for key, sub in node.get("properties", {}).items():
        yield (*path, key)
        yield from _schema_tree(sub, (*path, key))
    if "items" in node:
        yield from _schema_tree(node["items"], (*path, "[]"))


def test_the_schema_invents_no_field() -> None:
    client = {p for p, _ in _sdk_tree(sdk.Job, ())}
    own = {p for p in _schema_tree(SCHEMA, ()) if p not in client}
    # Task inputs share the Input definition (a superset of the client's task input class).
    assert {p for p in own if p[0] != "tasks"} == NOT_IN_SDK


def test_every_field_has_a_description_and_examples_that_pass() -> None:
    validator = Draft202012Validator
    for path in _schema_tree(SCHEMA, ()):
        if path[-1] == "[]":
            continue
        node = at(*path)
        assert node.get("description") and node.get("examples"), path
        check = validator({**node, "$defs": DEFS})
        for example in node["examples"]:
            assert check.is_valid(example), (path, example)


def test_required_fields_and_limits() -> None:
    assert SCHEMA["required"] == ["kind", "metadata", "algorithm", "spec"]
    assert at("metadata")["required"] == ["name"]
    name = at("metadata", "name")
    assert (name["minLength"], name["maxLength"], name["pattern"]) == (1, 64, "^[A-Za-z0-9_-]+$")
    assert at("metadata", "description")["maxLength"] == 256
    env = at("algorithm", "environments")
    assert (env["maxProperties"], env["propertyNames"], env["additionalProperties"]["maxLength"]) == (
        100, {"maxLength": 8192}, 4096)
    resource = at("spec", "resource")
    assert "required" not in resource and resource["properties"]["node_count"]["minimum"] == 1
    assert at("spec", "auto_stop")["required"] == ["time_unit", "duration"]
    assert at("spec", "auto_stop", "duration")["minimum"] == 1
    assert at("algorithm", "inputs", "[]")["required"] == ["name", "remote"]
    assert at("algorithm", "inputs", "[]", "remote", "dataset")["required"] == ["id"]  # version_id: sources disagree
    assert at("algorithm", "outputs", "[]", "remote")["required"] == ["obs"]
    assert at("algorithm", "outputs", "[]", "remote", "obs")["required"] == ["obs_url"]
    assert at("spec", "schedule_policy", "required_affinity", "node_affinity")["required"] == ["nodeSelectorTerms"]
    requirement = at("spec", "schedule_policy", "required_affinity", "node_affinity", "nodeSelectorTerms", "[]",
                     "matchExpressions", "[]")
    assert requirement["required"] == ["key", "operator"]
    assert at("tasks", "[]", "task_resource")["required"] == ["node_count"]


def test_drifting_values_are_not_enums_and_samples_nulls_are_accepted() -> None:
    for path in (("kind",), ("train_type",), ("spec", "schedule_policy", "required_affinity", "affinity_type")):
        assert "enum" not in at(*path) and at(*path)["type"] == "string"
    annotations = at("metadata", "annotations")
    assert "propertyNames" not in annotations and "properties" not in annotations
    assert at("algorithm", "policies", "auto_search")["type"] == ["object", "null"]
    assert at("spec", "resource", "policy")["type"] == "string"


def test_camel_case_only_for_node_selectors() -> None:
    odd = {p[-1] for p in _schema_tree(SCHEMA, ()) if p[-1] != "[]" and not re.fullmatch(r"[a-z0-9_]+", p[-1])}
    assert odd == {"nodeSelectorTerms", "matchExpressions", "matchFields"}


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_official_samples_pass_the_compiled_check(sample: str) -> None:
    assert _fastcheck.is_valid(NAME, SAMPLES[sample])


# The schema stage (TJ1xx) on v2 bodies, by position.

#: Lines 1-6; the resource's fields start on line 7.
BODY = "kind: job\nmetadata:\n  name: {name}\nalgorithm: {{id: a1}}\nspec:\n  resource:\n{resource}"


@pytest.mark.parametrize(("name", "resource", "expected"), [
    ("demo", "    flavor_id: f\n    node_count: '2'\n", [(8, 17, "TJ103")]),
    ("demo", "    flavor_id: f\n    node_count: 0\n", [(8, 17, "TJ104")]),
    ("'" + "n" * 65 + "'", "    flavor_id: f\n", [(3, 9, "TJ104")]),
    ("my job", "    flavor_id: f\n", [(3, 9, "TJ105")]),
    ("demo", "    flavor: f\n", [(7, 5, "TJ102"), (7, 5, "TJ705")]),  # the mapping starts at its key
])
def test_schema_findings_in_yaml(name: str, resource: str, expected: list[tuple[int, int, str]]) -> None:
    assert where(BODY.format(name=name, resource=resource), "b.yaml") == expected


def test_schema_findings_in_json() -> None:
    text = ('{\n  "kind": "job",\n  "metdata": {"name": "demo"},\n  "algorithm": {"id": "a1"},\n'
            '  "spec": {"resource": {"flavor_id": "f", "node_count": true},\n'
            '           "auto_stop": {"time_unit": "hours", "duration": 2}}\n}\n')
    # Without metadata, auto-detection cannot tell a v2 body: the kind is given.
    assert where(text, "b.json", kind="v2-job") == [(1, 1, "TJ101"), (3, 3, "TJ102"), (5, 57, "TJ103"),
                                                    (6, 39, "TJ106")]
    assert where(text.replace('"metdata"', '"metadata"'), "b.json") == [(5, 57, "TJ103"), (6, 39, "TJ106")]


def test_snake_case_node_selectors_suggest_the_camel_case_key() -> None:
    text = ("kind: job\nmetadata: {name: demo}\nalgorithm: {id: a1}\nspec:\n  resource: {pool_id: p}\n"
            "  schedule_policy:\n    required_affinity:\n      node_affinity:\n        nodeSelectorTerms:\n"
            "        - match_expressions: [{key: a, operator: Exists}]\n")
    (found,) = tjlint.lint_text(text, "b.yaml")
    assert (found.line, found.column, found.code) == (10, 11, "TJ102")
    assert "did you mean 'matchExpressions'?" in found.message and "camelCase" in found.message


def test_v2_hints_for_project_id_and_server_fields() -> None:
    text = ("kind: job\nproject_id: p1\nmetadata: {name: demo, create_time: 1}\nalgorithm: {id: a1}\n"
            "spec: {resource: {pool_id: p}}\n")
    found = tjlint.lint_text(text, "b.yaml")
    assert [(d.line, d.column, d.code) for d in found] == [(2, 1, "TJ102"), (3, 24, "TJ102")]
    assert "/v2/{project_id}/training-jobs" in found[0].message
    assert "the server sets it" in found[1].message


def test_environment_limits_point_at_the_key_or_the_mapping() -> None:
    many = "".join(f"    V{i}: x\n" for i in range(101))
    text = "kind: job\nmetadata: {name: demo}\nalgorithm:\n  id: a1\n  environments:\n" + many
    text += "spec: {resource: {pool_id: p}}\n"
    assert where(text, "b.yaml") == [(6, 5, "TJ104")]
    long_key = ('{"kind": "job", "metadata": {"name": "demo"}, "algorithm": {"id": "a1", "environments": {\n'
                f'  "A": "x",\n  "{"K" * 8193}": "x"}}}},\n "spec": {{"resource": {{"pool_id": "p"}}}}}}\n')
    found = tjlint.lint_text(long_key, "b.json")
    assert [(d.line, d.column, d.code) for d in found] == [(3, 3, "TJ104")]
    assert "8192 characters" in found[0].message

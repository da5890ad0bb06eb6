"""The schema files of the sibling kinds: valid, bundled identically, built from the shared $defs.

The configuration fields are defined once (``$defs/configFields`` of the base schema); every kind
that holds them refers to that definition and closes its mapping with ``unevaluatedProperties``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tjlint.schema import check_schema
from tjlint.schemafiles import schema_names, schema_path

ROOT = Path(__file__).resolve().parent.parent
BASE_NAME = "training-job-config"
SIBLINGS = ("training-job-config-update", "training-job")
SHARED = f"{BASE_NAME}.schema.json#/$defs/"
#: The request-body fields of the API page, written out by hand.
API_FIELDS = {
    "config_name", "config_desc", "worker_server_num", "app_url", "boot_file_url", "model_id",
    "parameter", "spec_id", "data_url", "dataset_id", "dataset_version_id", "data_source",
    "engine_id", "train_url", "log_url", "user_image_url", "user_command",
}
#: Fields the API accepts beyond the page (modelarts-v1-facts.md, "Evidence from real bodies").
EVIDENCE_FIELDS = {"flavor", "pool_id", "volumes", "nas_type", "nas_share_addr", "nas_mount_path"}
#: The configuration fields every kind shares: the page's fields without the name and description.
CONFIG_FIELDS = (API_FIELDS - {"config_name", "config_desc"}) | EVIDENCE_FIELDS
FIELDS_REF = SHARED + "configFields"
SPEC_RULE_REF = SHARED + "specIdUnlessFlavorOrPool"
LONG_MAX = 9223372036854775807


def load(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text("utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    return load(BASE_NAME)


@pytest.fixture(scope="module")
def update() -> dict[str, Any]:
    return load("training-job-config-update")


@pytest.fixture(scope="module")
def job() -> dict[str, Any]:
    return load("training-job")


def resolve(sub: dict[str, Any], home: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """Follow a reference-only ``$ref`` to a ``$defs`` entry, in ``home`` or in the shared schema."""
    while set(sub) == {"$ref"}:
        ref = sub["$ref"]
        if ref.startswith(SHARED):
            home, sub = base, base["$defs"][ref.removeprefix(SHARED)]
        else:
            assert ref.startswith("#/$defs/"), ref
            sub = home["$defs"][ref.removeprefix("#/$defs/")]
    return sub


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


@pytest.mark.parametrize("name", SIBLINGS)
def test_the_package_reads_the_committed_schema(name: str) -> None:
    canonical = ROOT / "schemas" / f"{name}.schema.json"
    assert schema_path(name).read_bytes() == canonical.read_bytes()
    assert name in schema_names()


@pytest.mark.parametrize("name", SIBLINGS)
def test_is_valid_draft_2020_12(name: str) -> None:
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == f"https://tjlint.dev/schemas/{name}.schema.json"
    assert schema["title"] and schema["description"]
    closed = "additionalProperties" if name == "training-job" else "unevaluatedProperties"
    assert schema["type"] == "object" and schema[closed] is False


@pytest.mark.parametrize("name", SIBLINGS)
def test_refers_to_shared_defs_entries_only(name: str, base: dict[str, Any]) -> None:
    schema = load(name)
    for ref in refs(schema):
        if ref.startswith("#/$defs/"):
            assert ref.removeprefix("#/$defs/") in schema["$defs"], ref
        else:  # never a whole file: its $schema would bring jsonschema's stock integer rule
            assert ref.startswith(SHARED) and ref.removeprefix(SHARED) in base["$defs"], ref


@pytest.mark.parametrize("name", SIBLINGS)
def test_no_shared_field_is_copied(name: str, base: dict[str, Any]) -> None:
    schema = load(name)
    assert not set(schema.get("$defs", {})) & set(base["$defs"])
    text = json.dumps(schema)
    for field, definition in base["$defs"].items():
        assert json.dumps(definition["description"]) not in text, field


def test_base_defines_the_configuration_fields_once(base: dict[str, Any]) -> None:
    fields = base["$defs"]["configFields"]
    assert set(fields["properties"]) == CONFIG_FIELDS
    assert all(sub == {"$ref": f"#/$defs/{n}"} for n, sub in fields["properties"].items())
    assert set(base["properties"]) == {"config_name", "config_desc"}
    assert (base["$ref"], base["allOf"]) == ("#/$defs/configFields",
                                             [{"$ref": "#/$defs/specIdUnlessFlavorOrPool"}])
    assert sorted(base["required"]) == ["config_name", "worker_server_num"]
    assert base["unevaluatedProperties"] is False and "additionalProperties" not in base


def test_spec_id_is_required_unless_flavor_or_pool_id(base: dict[str, Any]) -> None:
    rule = base["$defs"]["specIdUnlessFlavorOrPool"]
    assert rule["if"] == {"anyOf": [{"required": ["flavor"]}, {"required": ["pool_id"]}]}
    assert rule["else"] == {"required": ["spec_id"]} and "then" not in rule


def test_update_is_the_create_body_without_config_name(update: dict[str, Any]) -> None:
    assert update["properties"] == {"config_desc": {"$ref": SHARED + "config_desc"}}
    assert (update["$ref"], update["allOf"]) == (FIELDS_REF, [{"$ref": SPEC_RULE_REF}])
    assert sorted(update["required"]) == ["worker_server_num"]
    assert update["unevaluatedProperties"] is False


def test_job_top_level(job: dict[str, Any], base: dict[str, Any]) -> None:
    assert set(job["properties"]) == {"job_name", "job_desc", "workspace_id", "config", "notification"}
    assert sorted(job["required"]) == ["config", "job_name"]
    name = resolve(job["properties"]["job_name"], job, base)
    assert (name["type"], name["minLength"], name["maxLength"], name["pattern"]) == (
        "string", 1, 64, "^[A-Za-z0-9_-]+$")
    desc = resolve(job["properties"]["job_desc"], job, base)
    assert (desc["type"], desc["maxLength"], desc.get("minLength", 0)) == ("string", 256, 0)
    workspace = resolve(job["properties"]["workspace_id"], job, base)
    assert (workspace["type"], workspace["default"]) == ("string", "0")


def test_job_config(job: dict[str, Any], base: dict[str, Any]) -> None:
    config = resolve(job["properties"]["config"], job, base)
    assert config["$ref"] == FIELDS_REF
    assert set(config["properties"]) == {"create_version"}
    assert config["required"] == ["worker_server_num"]  # spec_id, flavor or pool_id: TJ212
    assert config["unevaluatedProperties"] is False and "allOf" not in config
    version = resolve(config["properties"]["create_version"], job, base)
    assert (version["type"], version["default"]) == ("boolean", True)


def test_job_notification(job: dict[str, Any], base: dict[str, Any]) -> None:
    note = resolve(job["properties"]["notification"], job, base)
    assert note["type"] == "object" and note["additionalProperties"] is False
    assert "required" not in note
    assert note["properties"]["topic_urn"]["type"] == "string"
    assert note["properties"]["events"]["type"] == "array"
    assert note["properties"]["events"]["items"] == {"type": "string"}


def test_evidence_fields(base: dict[str, Any]) -> None:
    defs = base["$defs"]
    flavor = defs["flavor"]
    assert (flavor["type"], flavor["required"], flavor["additionalProperties"]) == ("object", ["code"], False)
    assert flavor["properties"]["code"]["type"] == "string"
    for name in ("pool_id", "nas_type", "nas_share_addr", "nas_mount_path"):
        assert defs[name]["type"] == "string", name
    assert defs["volumes"]["type"] == "array"


def test_job_volume_items(job: dict[str, Any], base: dict[str, Any]) -> None:
    item = resolve(base["$defs"]["volumes"]["items"], base, base)
    assert set(item["properties"]) == {"nfs", "host_path"} and item["additionalProperties"] is False
    assert "required" not in item and "oneOf" not in item  # exactly one of them: TJ213
    nfs = resolve(item["properties"]["nfs"], base, base)
    host = resolve(item["properties"]["host_path"], base, base)
    assert set(nfs["properties"]) == {"id", "src_path", "dest_path", "read_only"}
    assert sorted(nfs["required"]) == ["dest_path", "id", "src_path"]
    assert set(host["properties"]) == {"src_path", "dest_path", "read_only"}
    assert sorted(host["required"]) == ["dest_path", "src_path"]
    for volume in (nfs, host):
        assert volume["additionalProperties"] is False
        fields = {n: resolve(s, base, base) for n, s in volume["properties"].items()}
        assert {n: s["type"] for n, s in fields.items()} == {
            **dict.fromkeys(volume["properties"], "string"), "read_only": "boolean"}


def all_properties(schema: dict[str, Any], base: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property of every object the schema defines, references followed."""
    nodes = [("", schema), *((f"$defs.{n}", d) for n, d in schema.get("$defs", {}).items())]
    for where, node in nodes:
        for name, sub in node.get("properties", {}).items():
            yield f"{where}.{name}", resolve(sub, schema, base)


@pytest.mark.parametrize("name", SIBLINGS)
def test_every_property_has_description_and_examples(name: str, base: dict[str, Any]) -> None:
    for where, sub in all_properties(load(name), base):
        assert isinstance(sub.get("description"), str) and len(sub["description"]) > 20, where
        assert isinstance(sub.get("examples"), list) and sub["examples"], where


MINIMAL_CONFIG: dict[str, Any] = {"worker_server_num": 1, "spec_id": 1}
MINIMAL_JOB: dict[str, Any] = {"job_name": "demo", "config": MINIMAL_CONFIG}


def test_every_job_example_passes_the_schema(job: dict[str, Any], base: dict[str, Any]) -> None:
    config = resolve(job["properties"]["config"], job, base)
    for example in config["examples"]:
        assert list(check_schema({"job_name": "demo", "config": example}, None, "training-job")) == []
    for field in ("job_name", "job_desc", "workspace_id"):
        for example in resolve(job["properties"][field], job, base)["examples"]:
            body = {**MINIMAL_JOB, field: example}
            assert list(check_schema(body, None, "training-job")) == [], (field, example)
    for example in job["$defs"]["create_version"]["examples"]:
        body = {**MINIMAL_JOB, "config": {**MINIMAL_CONFIG, "create_version": example}}
        assert list(check_schema(body, None, "training-job")) == [], example
    for example in job["$defs"]["notification"]["examples"]:
        assert list(check_schema({**MINIMAL_JOB, "notification": example}, None, "training-job")) == []
    for field in sorted(EVIDENCE_FIELDS):
        for example in base["$defs"][field]["examples"]:
            config = {"worker_server_num": 1, "spec_id": 1, field: example}
            for name, body in (("training-job", {**MINIMAL_JOB, "config": config}),
                               ("training-job-config-update", config)):
                assert list(check_schema(body, None, name)) == [], (name, field, example)


@pytest.mark.parametrize(
    ("schema_name", "body", "code"),
    [
        ("training-job", {**MINIMAL_JOB, "config": {"worker_server_num": 1, "spec_id": True}}, "TJ103"),
        ("training-job", {**MINIMAL_JOB, "config": {"worker_server_num": 1.0, "spec_id": 1}}, "TJ103"),
        ("training-job", {**MINIMAL_JOB, "config": {"worker_server_num": 1, "spec_id": LONG_MAX + 1}},
         "TJ104"),
        ("training-job-config-update", {"worker_server_num": False, "spec_id": 1}, "TJ103"),
        ("training-job-config-update", {"worker_server_num": 1, "spec_id": 1, "model_id": 0}, "TJ104"),
    ],
)
def test_shared_integer_rules_apply_through_the_references(schema_name: str, body: dict[str, Any],
                                                           code: str) -> None:
    assert [c for c, _ in check_schema(body, None, schema_name)] == [code]

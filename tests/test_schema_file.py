"""The schema file itself: valid Draft 2020-12, bundled identically, useful in editors."""

from __future__ import annotations

import fnmatch
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tjlint import schema as schema_mod
from tjlint.schema import check_schema
from tjlint.schemafiles import load_schema, schema_names, schema_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CANONICAL = ROOT / "schemas" / "training-job-config.schema.json"
LONG_MAX = 9223372036854775807
#: The request-body fields of the API page, written out by hand.
API_FIELDS = {
    "config_name", "config_desc", "worker_server_num", "app_url", "boot_file_url", "model_id",
    "parameter", "spec_id", "data_url", "dataset_id", "dataset_version_id", "data_source",
    "engine_id", "train_url", "log_url", "user_image_url", "user_command",
}
#: Fields the API accepts beyond the page (modelarts-v1-facts.md, "Evidence from real bodies").
EVIDENCE_FIELDS = {"flavor", "pool_id", "volumes", "nas_type", "nas_share_addr", "nas_mount_path"}
MINIMAL = {"config_name": "demo", "worker_server_num": 1, "spec_id": 1}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(CANONICAL.read_text("utf-8"))  # type: ignore[no-any-return]


def resolve(schema: dict[str, Any], sub: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``#/$defs/...`` reference."""
    ref = sub.get("$ref")
    if ref is None:
        return sub
    assert ref.startswith("#/$defs/"), ref
    return schema["$defs"][ref.removeprefix("#/$defs/")]  # type: ignore[no-any-return]


def fields(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The body's own properties and the shared configuration fields, as written (references)."""
    return {**schema["properties"], **schema["$defs"]["configFields"]["properties"]}


def all_properties(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every property of the body and of its nested objects, references followed."""
    found = [(name, resolve(schema, sub)) for name, sub in fields(schema).items()]
    for item in ("parameterItem", "dataSourceItem", "flavor", "volumeItem", "nfsVolume", "hostPathVolume"):
        found += [(f"{item}.{n}", resolve(schema, s))
                  for n, s in schema["$defs"][item]["properties"].items()]
    return found


def test_installed_package_finds_the_same_schema() -> None:
    assert schema_path().read_bytes() == CANONICAL.read_bytes()
    assert "training-job-config" in schema_names()
    assert load_schema() == json.loads(CANONICAL.read_text("utf-8"))


def test_package_data_ships_the_schemas_in_a_wheel() -> None:
    # A wheel holds the package data of tjlint.schemas (the top-level schemas/ folder); the glob must
    # cover the schema.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["tjlint.schemas"]
    assert any(fnmatch.fnmatch(CANONICAL.name, g) for g in globs)


def test_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://tjlint.dev/schemas/training-job-config.schema.json"
    assert schema["title"] and schema["description"]


def test_top_level_shape(schema: dict[str, Any]) -> None:
    assert set(fields(schema)) == API_FIELDS | EVIDENCE_FIELDS
    assert sorted(schema["required"]) == ["config_name", "worker_server_num"]  # spec_id: see below
    assert schema["unevaluatedProperties"] is False


def test_fields_are_defined_in_defs_for_sibling_schemas(schema: dict[str, Any]) -> None:
    for name, sub in fields(schema).items():
        assert sub == {"$ref": f"#/$defs/{name}"}


def test_every_property_has_description_and_examples(schema: dict[str, Any]) -> None:
    for name, sub in all_properties(schema):
        assert isinstance(sub.get("description"), str) and len(sub["description"]) > 20, name
        assert isinstance(sub.get("examples"), list) and sub["examples"], name


@pytest.mark.parametrize(
    ("field", "default"),
    [("engine_id", 1), ("config_desc", ""), ("train_url", ""), ("log_url", "")],
)
def test_defaults_from_the_api_page(schema: dict[str, Any], field: str, default: object) -> None:
    assert schema["$defs"][field]["default"] == default


def test_every_example_passes_the_schema(schema: dict[str, Any]) -> None:
    for name, sub in fields(schema).items():
        for example in resolve(schema, sub)["examples"]:
            assert list(check_schema({**MINIMAL, name: example}, None)) == [], (name, example)


def test_constraints_from_the_api_page(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    name = defs["config_name"]
    assert (name["minLength"], name["maxLength"], name["pattern"]) == (1, 64, "^[A-Za-z0-9_-]+$")
    assert defs["config_desc"]["maxLength"] == 256
    workers = defs["worker_server_num"]
    assert (workers["type"], workers["minimum"], workers["maximum"]) == ("integer", 1, 2**31 - 1)
    for field in ("spec_id", "model_id", "engine_id"):
        assert (defs[field]["type"], defs[field]["minimum"], defs[field]["maximum"]) == (
            "integer", 1, LONG_MAX)
    assert defs["data_source"]["minItems"] == 1
    item = defs["dataSourceItem"]
    assert set(item["properties"]) == {"dataset_id", "dataset_version", "type", "data_url"}
    assert item["properties"]["type"]["enum"] == ["obs", "dataset"]
    assert item["additionalProperties"] is False and "required" not in item
    pair = defs["parameterItem"]
    assert "required" not in pair and pair["additionalProperties"] is False  # both optional: TJ215


def test_validator_is_built_once() -> None:
    assert schema_mod._validator("training-job-config") is schema_mod._validator(
        "training-job-config")


def test_unknown_schema_name_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no bundled schema"):
        list(check_schema(MINIMAL, None, "no-such-schema"))

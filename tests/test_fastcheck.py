"""The compiled quick schema check: current with the schemas, and never more lenient than jsonschema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import gen_fastcheck as _fastcheck_gen
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, validators

from tjlint.kinds import KINDS
from tjlint.schema import _fastcheck
from tjlint.schema.reference import validator as _validator
from tjlint.schemafiles import shared_fields as config_fields

SCHEMA = "training-job-config"

# The request body of the API page's example, as written there.
API_EXAMPLE: dict[str, Any] = {
    "config_name": "testConfig", "config_desc": "This is config", "worker_server_num": 1,
    "app_url": "/usr/app/", "boot_file_url": "/usr/app/boot.py",
    "parameter": [{"label": "learning_rate", "value": "0.01"}, {"label": "batch_size", "value": "32"}],
    "spec_id": 1, "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
    "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90", "engine_id": 1,
    "train_url": "/usr/train/", "log_url": "/usr/log/", "model_id": 1,
}


def test_generated_module_is_current() -> None:
    expected = _fastcheck_gen.generate(_fastcheck_gen.load())
    assert _fastcheck_gen.TARGET.read_text("utf-8") == expected, (
        "tjlint/schema/_fastcheck.py is out of date: run python scripts/gen_fastcheck.py"
    )


def test_every_kinds_schema_is_compiled() -> None:
    assert set(_fastcheck.CHECKS) == {kind.schema for kind in KINDS}


def test_api_example_is_valid() -> None:
    assert _fastcheck.is_valid(SCHEMA, API_EXAMPLE)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("worker_server_num", True),  # a bool is not an integer
        ("worker_server_num", 1.0),  # nor is a float, even a whole one
        ("worker_server_num", 0),  # minimum 1
        ("worker_server_num", "1"),
        ("spec_id", 2**63),  # above the int64 maximum
        ("config_name", ""),
        ("config_name", "x" * 65),
        ("config_name", "bad name"),
        ("config_desc", "d" * 257),
        ("parameter", [{"label": "a", "value": 1}]),
        ("parameter", [{"key": "a", "value": "1"}]),
        ("worker_server_num", 2**31),  # above the int32 maximum
        ("flavor", {}),  # code is required
        ("flavor", {"code": 8}),
        ("volumes", [{"nfs": {"id": "x"}}]),
        ("notification", {"topic_urn": ""}),  # job bodies only
        ("parameter", {"label": "a", "value": "1"}),
        ("data_source", []),  # minItems 1
        ("data_source", [{"type": "s3"}]),
        ("dataurl", "/bucket/data/"),  # unknown field
    ],
)
def test_mistakes_are_not_valid(field: str, value: Any) -> None:
    assert not _fastcheck.is_valid(SCHEMA, {**API_EXAMPLE, field: value})
    assert not _validator(SCHEMA).is_valid({**API_EXAMPLE, field: value})


def test_edges_that_are_valid() -> None:
    for field, value in [("spec_id", 2**63 - 1), ("config_name", "x" * 64), ("config_desc", ""),
                         ("data_source", [{"type": "obs", "data_url": "/b/d/"}]), ("parameter", []),
                         ("parameter", [{"label": "a"}, {"value": "1"}, {}]),
                         ("worker_server_num", 2**31 - 1), ("pool_id", "pool-1"), ("nas_type", ""),
                         ("volumes", [{"host_path": {"src_path": "/a", "dest_path": "/b"}}])]:
        assert _fastcheck.is_valid(SCHEMA, {**API_EXAMPLE, field: value}), field
    without_spec = {k: v for k, v in API_EXAMPLE.items() if k != "spec_id"}
    for resources in ({"flavor": {"code": "modelarts.vm.cpu.8u"}}, {"pool_id": "pool-1"}):
        assert _fastcheck.is_valid(SCHEMA, {**without_spec, **resources}), resources


def test_missing_required_field_and_unknown_schema() -> None:
    body = dict(API_EXAMPLE)
    del body["spec_id"]
    assert not _fastcheck.is_valid(SCHEMA, body)
    assert not _fastcheck.is_valid("no-such-schema", API_EXAMPLE)
    assert not _fastcheck.is_valid(SCHEMA, ["not", "a", "mapping"])


# -- agreement with jsonschema on generated documents --------------------------------------

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-3, max_value=3),
    st.sampled_from([2**63 - 1, 2**63, -(2**63), 1.0, 0.5, float("inf")]),
    st.floats(allow_nan=False), st.text(max_size=4),
    st.sampled_from(["obs", "dataset", "s3", "ok-Name_1", "bad name", "x" * 64, "x" * 65, "",
                     "abc\n", "/bucket/data/", "d" * 257]),
)
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["label", "value", "type", "k"]),
                                                 inner, max_size=3)), max_leaves=6)
_ITEM_KEYS = ["label", "value", "type", "data_url", "dataset_id", "dataset_version", "note"]
_ITEMS = st.dictionaries(st.sampled_from(_ITEM_KEYS), _SCALARS, max_size=4)
_FIELDS = [*API_EXAMPLE, "data_url", "data_source", "user_image_url", "user_command", "dataurl",
           "flavor", "pool_id", "volumes", "nas_type", "notification"]


@st.composite
def documents(draw: st.DrawFn) -> Any:
    """Near-valid bodies: the API example with some fields dropped, changed or added."""
    body: dict[str, Any] = dict(API_EXAMPLE)
    for field in draw(st.lists(st.sampled_from(_FIELDS), max_size=4)):
        action = draw(st.sampled_from(["drop", "scalar", "value", "items"]))
        if action == "drop":
            body.pop(field, None)
        elif action == "scalar":
            body[field] = draw(_SCALARS)
        elif action == "value":
            body[field] = draw(_VALUES)
        else:
            body[field] = draw(st.lists(_ITEMS, max_size=3))
    return body


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(documents(), _VALUES))
def test_agrees_with_jsonschema(document: Any) -> None:
    assert _fastcheck.is_valid(SCHEMA, document) == _validator(SCHEMA).is_valid(document)


@st.composite
def bodies_of_any_kind(draw: st.DrawFn) -> tuple[str, Any]:
    """A bundled schema's name and a mapping of its own top-level fields (and one stranger)."""
    name = draw(st.sampled_from(sorted(_fastcheck.CHECKS)))
    fields = [*_validator(name).schema.get("properties", {}), *config_fields(), "stranger"]
    values = st.one_of(_VALUES, st.just(API_EXAMPLE), st.just([{"nfs": {"id": "x"}}]),
                       st.just({"code": "c"}))
    return name, draw(st.dictionaries(st.sampled_from(fields), values, max_size=len(fields)))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies_of_any_kind())
def test_every_schema_agrees_with_jsonschema(case: tuple[str, Any]) -> None:
    name, document = case
    assert _fastcheck.is_valid(name, document) == _validator(name).is_valid(document)


# -- keywords the bundled schemas do not use yet -----------------------------------------

_KEYWORD_SCHEMA: dict[str, Any] = {
    "$id": "https://example.test/kw.schema.json",
    "type": "object",
    "properties": {
        "a": {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "integer", "maximum": 5}]},
        "b": {"oneOf": [{"type": "number", "exclusiveMinimum": 0}, {"type": "integer"}]},
        "c": {"not": {"const": "no"}},
        "d": {"allOf": [{"minLength": 1}, {"pattern": "^x"}]},
        "e": {"type": ["string", "null"], "enum": ["x", "y"]},
        "f": {"type": "array", "maxItems": 2, "items": {"$ref": "#/$defs/small"}},
    },
    "patternProperties": {"^p_": {"type": "boolean"}},
    "additionalProperties": {"type": "integer"},
    "minProperties": 1,
    "maxProperties": 4,
    "dependentRequired": {"a": ["b"]},
    "propertyNames": {"maxLength": 3},
    "$defs": {"small": {"minimum": 0, "exclusiveMaximum": 3}},
}
_KW_KEYS = st.sampled_from(["a", "b", "c", "d", "e", "f", "p_1", "p_", "zz", "long"])


def _reference_validator(schema: dict[str, Any]) -> Any:
    checker = Draft202012Validator.TYPE_CHECKER.redefine_many({
        "integer": lambda _, x: isinstance(x, int) and not isinstance(x, bool),
        "number": lambda _, x: isinstance(x, (int, float)) and not isinstance(x, bool),
    })
    return validators.extend(Draft202012Validator, type_checker=checker)(schema)


def _compiled(schemas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(_fastcheck_gen.generate(schemas), "<generated>", "exec"), namespace)
    return namespace


_KW_COMPILED = _compiled({"kw": _KEYWORD_SCHEMA})
_KW_REFERENCE = _reference_validator(_KEYWORD_SCHEMA)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KW_KEYS, st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3)), max_size=5))
def test_other_keywords_agree_with_jsonschema(document: dict[str, Any]) -> None:
    expected = _KW_REFERENCE.is_valid(document)
    assert _KW_COMPILED["is_valid"]("kw", document) == expected


# Fields defined once and referred to, closed with unevaluatedProperties; a conditional requirement.
_SHARED_SCHEMA: dict[str, Any] = {
    "$id": "https://example.test/shared.schema.json",
    "type": "object",
    "properties": {"own": {"type": "string"}},
    "required": ["own"],
    "$ref": "#/$defs/fields",
    "allOf": [{"$ref": "#/$defs/pick"}],
    "unevaluatedProperties": False,
    "$defs": {
        "fields": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"},
                                                    "c": {"type": "boolean"}}},
        "pick": {"if": {"anyOf": [{"required": ["b"]}, {"required": ["c"]}]},
                 "then": {"maxProperties": 3}, "else": {"required": ["a"]}},
    },
}
_SHARED_COMPILED = _compiled({"shared": _SHARED_SCHEMA})
_SHARED_REFERENCE = _reference_validator(_SHARED_SCHEMA)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["own", "a", "b", "c", "zz"]), _SCALARS, max_size=5))
def test_shared_fields_and_conditions_agree_with_jsonschema(document: dict[str, Any]) -> None:
    assert _SHARED_COMPILED["is_valid"]("shared", document) == _SHARED_REFERENCE.is_valid(document)


def test_shared_fields_compile() -> None:
    assert set(_SHARED_COMPILED["CHECKS"]) == {"shared"}
    assert _SHARED_COMPILED["is_valid"]("shared", {"own": "x", "a": 1})
    assert not _SHARED_COMPILED["is_valid"]("shared", {"own": "x", "a": 1, "zz": 1})
    assert not _SHARED_COMPILED["is_valid"]("shared", {"own": "x"})  # neither b nor c: a needed
    assert _SHARED_COMPILED["is_valid"]("shared", {"own": "x", "c": True})


def test_unevaluated_properties_beside_patterns_are_left_to_jsonschema() -> None:
    schema = {"$id": "https://example.test/p.schema.json", "type": "object",
              "patternProperties": {"^x": {}}, "unevaluatedProperties": False}
    assert set(_compiled({"p": schema})["CHECKS"]) == set()


def test_unsupported_keyword_leaves_schema_to_jsonschema() -> None:
    schema = {"$id": "https://example.test/u.schema.json", "type": "array", "uniqueItems": True}
    source = _fastcheck_gen.generate({"u": schema, "kw": _KEYWORD_SCHEMA})
    namespace = _compiled({"u": schema, "kw": _KEYWORD_SCHEMA})
    assert "uniqueItems" in source
    assert set(namespace["CHECKS"]) == {"kw"}
    assert not namespace["is_valid"]("u", [1, 2])


def test_non_string_keys_are_left_to_jsonschema() -> None:
    assert not _KW_COMPILED["is_valid"]("kw", {1: 1})


def test_clean_run_does_not_import_jsonschema(tmp_path: Path) -> None:
    """A body that meets the schema is decided without jsonschema (its import is slow)."""
    body = tmp_path / "training-job.json"
    body.write_text(json.dumps(API_EXAMPLE), encoding="utf-8")
    probe = (
        "import sys\n"
        "from tjlint.cli import main\n"
        "try:\n"
        "    main(['-q', sys.argv[1]])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'referencing')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(body)], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"

"""Reading what a schema says about a field, generically: refs across files, branches, items, patterns."""

from __future__ import annotations

from typing import Any

from tjlint.lsp.schemainfo import SchemaSet, bundled

A: dict[str, Any] = {
    "$id": "https://schemas.test/a.schema.json",
    "type": "object",
    "properties": {
        "name": {"$ref": "#/$defs/name"},
        "list": {"type": "array", "items": {"$ref": "b.schema.json#/$defs/item"}},
        "either": {"anyOf": [{"type": "string", "enum": ["x", "y"]}, {"type": "integer", "minimum": 3}]},
        "broken": {"$ref": "missing.schema.json#/$defs/nothing"},
    },
    "patternProperties": {"^x-": {"type": "string", "description": "An extension."}},
    "$defs": {
        "name": {"title": "Name", "description": "What it is called.", "type": "string", "minLength": 1,
                 "maxLength": 64, "pattern": "^[a-z]+$", "default": "n", "examples": ["resnet", "bert"]},
    },
}
B: dict[str, Any] = {
    "$id": "https://schemas.test/b.schema.json",
    "$defs": {
        "item": {"type": "object", "properties": {"v": {"$ref": "#/$defs/loop"}},
                 "allOf": [{"properties": {"k": {"type": "boolean", "maxItems": 2}}}]},
        "loop": {"$ref": "#/$defs/loop"},
    },
}
SCHEMAS = SchemaSet({"a": A, "b": B})


def test_a_field_through_a_ref() -> None:
    info = SCHEMAS.info(SCHEMAS.at("a", ["name"]))
    assert (info.title, info.description, info.types) == ("Name", "What it is called.", ("string",))
    assert info.limits == ("1 to 64 characters", "matches `^[a-z]+$`")
    assert (info.default, info.examples) == (("n",), ("resnet", "bert"))


def test_items_in_another_file_and_their_all_of_branches() -> None:
    assert list(SCHEMAS.properties(SCHEMAS.at("a", ["list", "7"]))) == ["v", "k"]
    info = SCHEMAS.info(SCHEMAS.at("a", ["list", "0", "k"]))
    assert (info.types, info.limits) == (("boolean",), ("at most 2 items",))


def test_any_of_branches_merge() -> None:
    info = SCHEMAS.info(SCHEMAS.at("a", ["either"]))
    assert (info.types, info.values, info.limits) == (("string", "integer"), ("x", "y"), ("at least 3",))


def test_pattern_properties() -> None:
    assert SCHEMAS.info(SCHEMAS.at("a", ["x-team"])).description == "An extension."
    assert SCHEMAS.at("a", ["team"]) == []


def test_cycles_and_dangling_refs_describe_nothing() -> None:
    assert SCHEMAS.info(SCHEMAS.at("a", ["list", "0", "v"])).title == ""
    assert SCHEMAS.info(SCHEMAS.at("a", ["broken"])).types == ()
    assert SCHEMAS.at("no-such-schema", []) == []


def test_the_bundled_schemas_describe_request_fields() -> None:
    schemas = bundled()
    assert {"label", "value"} <= set(schemas.properties(schemas.at("training-job-config", ["parameter", "0"])))
    assert schemas.info(schemas.at("training-job", ["config", "data_source", "0", "type"])).values == (
        "obs", "dataset")

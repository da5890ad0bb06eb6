"""The compiled explanation of schema failures says what jsonschema says, in jsonschema's order."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from itertools import count
from pathlib import Path
from typing import Any

import gen_explain as _explain_gen
import gen_fastcheck as _fastcheck_gen
import pytest
from explain_helpers import assert_same, compare, failures_of, ordered
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, validators
from schema_bodies import bodies
from test_fastcheck import _KEYWORD_SCHEMA

from tjlint import schema
from tjlint.kinds import KINDS
from tjlint.schema import _explain, _fastcheck, reference
from tjlint.schema import findings as schema_findings
from tjlint.schema.failures import Failure, Unsure, best_match

_BUNDLED = ["training-job-config", "training-job-config-update", "training-job", "training-job-v2"]


def test_generated_module_is_current() -> None:
    expected = _explain_gen.generate(_fastcheck_gen.load())
    assert _explain_gen.TARGET.read_text("utf-8") == expected, (
        "tjlint/schema/_explain.py is out of date: run python scripts/gen_explain.py"
    )


def test_every_kinds_schema_is_explained() -> None:
    assert set(_explain.EXPLAIN) == {kind.schema for kind in KINDS} == set(_BUNDLED)


@pytest.mark.parametrize("name", _BUNDLED)
@settings(max_examples=120)
@given(data=st.data())
def test_generated_bodies_are_explained_as_jsonschema_explains_them(name: str, data: st.DataObject) -> None:
    body = data.draw(bodies(name))
    if _fastcheck.is_valid(name, body):
        assert list(schema.explained(name, body) or ()) == []
    else:
        assert compare(name, body), "a failing body needs at least one finding"


def test_a_broken_body_in_words() -> None:
    """One body with a mistake of each kind: findings written by hand from the schema."""
    body = {"config_name": "bad name", "worker_server_num": "2", "parameter": [{"label": "a", "value": 1}],
            "data_source": [], "volumes": [{"nfs": {"id": "x"}}], "dataurl": "/b/"}
    found = [(code, f.pointer) for code, f in compare("training-job-config", body)]
    assert sorted(found) == sorted([
        ("TJ105", "/config_name"), ("TJ103", "/worker_server_num"), ("TJ107", "/parameter/0/value"),
        ("TJ104", "/data_source"), ("TJ101", "/volumes/0/nfs"), ("TJ101", "/volumes/0/nfs"),
        ("TJ101", ""), ("TJ102", "/dataurl"),
    ])


# -- keywords the bundled schemas do not use (yet), on a schema of their own ----------------------

# The keywords the compiled check is tested with, and more: false schemas, best_match into
# anyOf, if/then/else, additionalProperties beside patternProperties, several dependencies.
_KEYWORDS: dict[str, Any] = {
    **_KEYWORD_SCHEMA,
    "properties": {
        **_KEYWORD_SCHEMA["properties"],
        "d": {"allOf": [{"minLength": 1}, {"pattern": "^x$"}]},
        "g": {"type": "array", "items": False},
        "h": False,
        "i": {"type": "object", "additionalProperties": {"type": "integer"}, "minProperties": 2},
        "j": {"anyOf": [{"type": "object", "required": ["q"], "properties": {"q": {"type": "string"}}},
                        {"type": "object", "required": ["r"]}]},
        "k": {"if": {"type": "string"}, "then": {"minLength": 3}, "else": {"type": "integer"}},
        "l": {"type": "object", "properties": {"z": {"const": "z"}}, "additionalProperties": False,
              "patternProperties": {"^p": {"type": "string"}}},
    },
    "maxProperties": 5,
    "dependentRequired": {"a": ["b", "c"]},
    "propertyNames": {"maxLength": 3, "pattern": "^[a-z_0-9]+$"},
}
# Fields defined once and referred to, closed with unevaluatedProperties; a branch that fails
# leaves its own properties unevaluated.
_SHARED: dict[str, Any] = {
    "$id": "https://example.test/shared.schema.json",
    "type": "object",
    "properties": {"own": {"type": "string"}},
    "required": ["own"],
    "$ref": "#/$defs/fields",
    "allOf": [{"$ref": "#/$defs/pick"}, {"properties": {"t": {"type": "integer"}}}],
    "unevaluatedProperties": False,
    "$defs": {
        "fields": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}},
        "pick": {"if": {"anyOf": [{"required": ["b"]}, {"required": ["c"]}]},
                 "then": {"maxProperties": 3}, "else": {"required": ["a"]}},
    },
}
_serial = count()


def _generated(schemas: dict[str, dict[str, Any]]) -> tuple[Any, Any]:
    """The checks and the explanations generated for ``schemas``, as two modules."""
    checks = types.ModuleType(f"generated_checks_{next(_serial)}")
    exec(compile(_fastcheck_gen.generate(schemas), checks.__name__, "exec"), checks.__dict__)
    sys.modules[checks.__name__] = checks
    explain = types.ModuleType(checks.__name__.replace("checks", "explain"))
    exec(compile(_explain_gen.generate(schemas, checks.__name__), explain.__name__, "exec"), explain.__dict__)
    explain.bind(schemas.values())
    return checks, explain


def _reference(node: dict[str, Any]) -> Any:
    """jsonschema as tjlint.schema sets it up, for one schema of these tests."""
    checker = Draft202012Validator.TYPE_CHECKER.redefine_many(
        {"integer": reference._is_integer, "number": reference._is_number})
    cls = validators.extend(Draft202012Validator, type_checker=checker, validators={"pattern": reference._pattern})
    return cls(node)


_CHECKS, _GENERATED = _generated({"kw": _KEYWORDS, "shared": _SHARED})
_REFERENCES = {"kw": _reference(_KEYWORDS), "shared": _reference(_SHARED)}


def _explain_as_jsonschema(name: str, document: Any) -> list[Failure]:
    found = _GENERATED.explain(name, document)
    assert found is not None
    got = [best_match([f]) if f.context else f for f in found]
    stock = failures_of(_REFERENCES[name], document)

    def report(failures: list[Any]) -> list[Any]:  # findings need a bundled schema: compare messages
        return [(f.validator, f.message) for f in failures]

    assert_same(got, failures_of(ordered(_REFERENCES[name]), document), stock, report)
    return got


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-2, 7), st.sampled_from([0.5, -1.5, 2**63]),
                     st.sampled_from(["", "x", "xy", "xyz", "no", "abcd", "p", "y\n"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["q", "r", "z", "p1", "pq", "zz"]), inner, max_size=3)), max_leaves=6)
_KW_KEYS = st.sampled_from(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "p_1", "p_", "zz",
                            "long", "UP", "q"])


@settings(max_examples=400)
@given(st.dictionaries(_KW_KEYS, _VALUES, max_size=6))
def test_other_keywords_are_explained_as_jsonschema_explains_them(document: dict[str, Any]) -> None:
    failures = _explain_as_jsonschema("kw", document)
    assert bool(failures) == (not _CHECKS.is_valid("kw", document))


@settings(max_examples=300)
@given(st.dictionaries(st.sampled_from(["own", "a", "b", "c", "t", "zz"]), _SCALARS, max_size=5))
def test_unevaluated_properties_are_explained_as_jsonschema_explains_them(document: dict[str, Any]) -> None:
    _explain_as_jsonschema("shared", document)


def test_keyword_failures_by_hand() -> None:
    """A few failures whose keyword and path are known from the schema alone."""
    def seen(document: dict[str, Any]) -> list[tuple[str | None, list[Any]]]:
        return [(f.validator, list(f.absolute_path)) for f in _explain_as_jsonschema("kw", document)]

    assert seen({"h": 1}) == [(None, [])]  # jsonschema puts a false subschema at the mapping holding it
    assert seen({"b": 3}) == [("oneOf", ["b"])]  # valid under both branches
    assert seen({"a": 1, "b": 1, "c": "no"}) == [("oneOf", ["b"]), ("not", ["c"])]
    assert seen({"j": {"q": 1}}) == [("type", ["j", "q"])]  # best_match: the deepest branch error
    assert seen({"i": {"x": "s"}}) == [("type", ["i", "x"]), ("minProperties", ["i"])]
    assert seen({"long": 1}) == [("maxLength", [])]  # the key is too long: at the mapping's path
    assert seen({"e": 1}) == [("type", ["e"]), ("enum", ["e"])]


def test_unevaluated_key_of_a_failing_branch() -> None:
    """jsonschema counts a branch's properties only when the body meets the branch."""
    failures = _explain_as_jsonschema("shared", {"own": "x", "a": 1, "t": "not a number"})
    assert [(f.validator, f.note if f.validator == "unevaluatedProperties" else None) for f in failures] == [
        ("type", None), ("unevaluatedProperties", ["t"])]


def test_a_key_that_is_not_a_string_beside_patterns_is_not_explained() -> None:
    found = _GENERATED.explain("kw", {1: True, "p_1": 2})
    with pytest.raises(Unsure):
        list(found)


def test_a_body_the_explanation_is_not_sure_about_goes_to_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    body = {"config_name": "x", "worker_server_num": 0, "spec_id": 1, "stranger": 1}
    expected = list(schema_findings.report(schema.jsonschema_failures("training-job-config", body), None,
                                  "training-job-config"))
    assert [(c, f.pointer) for c, f in expected] == [("TJ104", "/worker_server_num"), ("TJ102", "/stranger")]
    monkeypatch.setattr(schema, "fallbacks", schema.Counter())
    assert list(schema.check_schema(body, None)) == expected
    assert schema.fallbacks["training-job-config"] == 0

    def unsure(schema_name: str, document: Any) -> Any:
        yield from _explain.explain(schema_name, document) or ()
        raise Unsure("a test")

    monkeypatch.setattr(schema, "_explainer", lambda: unsure)
    assert list(schema.check_schema(body, None)) == expected
    assert schema.fallbacks["training-job-config"] == 1


def test_unknown_schema_and_what_cannot_be_compiled() -> None:
    assert _GENERATED.explain("nothing", {}) is None
    source = _explain_gen.generate({"u": {"$id": "https://example.test/u.json", "type": "array",
                                          "uniqueItems": True}, "kw": _KEYWORDS})
    assert "#   u: " in source and "'kw': _x" in source and "'u': _x" not in source


def test_broken_run_does_not_import_jsonschema(tmp_path: Path) -> None:
    """Bodies that fail their schema are explained without jsonschema (its import is slow)."""
    for name, text in [("a.yaml", "config_name: bad name\nworker_server_num: '1'\nnfs: 1\n"),
                       ("b.json", json.dumps({"job_name": "j", "config": {"spec_id": 0}})),
                       ("c.yaml", "kind: job\nmetadata: {name: 1}\nalgorithm: {}\nspec: {x: 1}\n")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    probe = (
        "import sys\n"
        "from tjlint.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'referencing')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, "a.yaml", "b.json", "c.yaml"], capture_output=True,
                          text=True, cwd=tmp_path, check=True)
    assert "TJ105" in done.stdout and "TJ101" in done.stdout and "TJ102" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"

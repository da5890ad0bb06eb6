"""The schema stage: TJ101-TJ107 findings, pointers, messages and fixes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

import pytest
import referencing.exceptions
from samples import API_SAMPLE

from tjlint import schema as schema_mod
from tjlint.rules.base import Finding
from tjlint.schema import check_schema

MINIMAL: dict[str, Any] = {"config_name": "demo", "worker_server_num": 1, "spec_id": 1}
LONG_MAX = 9223372036854775807


@dataclass
class FakeSource:
    """A SourceView that knows the source text of some values."""

    texts: dict[str, str] = field(default_factory=dict)
    fmt: str = "yaml"

    def value_text(self, pointer: str) -> str | None:
        return self.texts.get(pointer)


def run(doc: dict[str, Any], source: FakeSource | None = None) -> list[tuple[str, Finding]]:
    return list(check_schema(doc, source))


def where(doc: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(code, pointer, on_key) of every finding, sorted."""
    return sorted((code, f.pointer, f.on_key) for code, f in run(doc))


def only(doc: dict[str, Any], source: FakeSource | None = None) -> tuple[str, Finding]:
    found = run(doc, source)
    assert len(found) == 1, found
    return found[0]


def test_api_sample_request_is_clean() -> None:
    assert run(API_SAMPLE) == []


def test_minimal_body_is_clean() -> None:
    assert run(MINIMAL) == []


# TJ101 missing-field


def test_missing_required_fields_point_at_the_mapping() -> None:
    found = run({"config_desc": "x"})
    assert sorted((c, f.pointer, f.on_key) for c, f in found) == [("TJ101", "", False)] * 3
    named = sorted(f.message for _, f in found)
    assert [m.split("'")[1] for m in named] == ["config_name", "spec_id", "worker_server_num"]


def test_missing_field_in_a_nested_mapping_points_at_that_mapping() -> None:
    volume = {"nfs": {"src_path": "192.168.8.150:/", "dest_path": "/home/work/nas"}}
    code, finding = only({**MINIMAL, "volumes": [{"host_path": {"src_path": "/a", "dest_path": "/b"}},
                                                 volume]})
    assert (code, finding.pointer, finding.on_key) == ("TJ101", "/volumes/1/nfs", False)
    assert finding.message == "volumes[1].nfs is missing required field 'id'"


def test_parameter_items_need_neither_label_nor_value() -> None:
    # rules.md: the API's parameter tables mark both optional (TJ215 warns about a missing label).
    assert run({**MINIMAL, "parameter": [{"label": "a"}, {"value": "1"}, {}]}) == []


def test_missing_spec_id_names_flavor_and_pool_id() -> None:
    code, finding = only({"config_name": "demo", "worker_server_num": 1})
    assert (code, finding.pointer) == ("TJ101", "")
    assert finding.message.startswith("missing required field 'spec_id'; or name the resources")
    assert "flavor" in finding.message and "pool_id" in finding.message
    for other in ({"flavor": {"code": "modelarts.vm.cpu.8u"}}, {"pool_id": "pool-1"}):
        assert run({"config_name": "demo", "worker_server_num": 1, **other}) == []


def test_missing_config_name_says_how_to_mark_an_update_body() -> None:
    code, finding = only({"worker_server_num": 1, "spec_id": 1})
    assert (code, finding.pointer) == ("TJ101", "")
    assert "--kind config-update" in finding.message and "'kinds' setting" in finding.message
    assert list(check_schema({"worker_server_num": 1, "spec_id": 1}, None,
                             "training-job-config-update")) == []


# TJ102 unknown-field


def test_each_unknown_key_gets_its_own_finding_on_the_key() -> None:
    assert where({**MINIMAL, "dataurl": "/b/d/", "zzz": 1}) == [
        ("TJ102", "/dataurl", True),
        ("TJ102", "/zzz", True),
    ]


def test_did_you_mean() -> None:
    _, finding = only({**MINIMAL, "dataurl": "/b/d/"})
    assert finding.message == "unknown field 'dataurl' (did you mean 'data_url'?)"
    _, finding = only({**MINIMAL, "zzz": 1})
    assert "did you mean" not in finding.message


def test_project_id_belongs_in_the_url() -> None:
    _, finding = only({**MINIMAL, "project_id": "abc"})
    assert "/v1/{project_id}/" in finding.message and "URL" in finding.message


def test_unknown_key_in_a_data_source_item() -> None:
    doc = {**MINIMAL, "data_source": [{"type": "dataset", "dataset_id": "a",
                                       "dataset_version_id": "b"}]}
    code, finding = only(doc)
    assert (code, finding.pointer, finding.on_key) == (
        "TJ102", "/data_source/0/dataset_version_id", True)
    assert "did you mean 'dataset_version'?" in finding.message


def test_unknown_key_in_a_parameter_item() -> None:
    doc = {**MINIMAL, "parameter": [{"label": "a", "value": "1", "required": True}]}
    assert where(doc) == [("TJ102", "/parameter/0/required", True)]


# TJ103 wrong-type


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("worker_server_num", True),
        ("spec_id", False),
        ("spec_id", 1.0),
        ("model_id", "2"),
        ("engine_id", None),
        ("config_name", 123),
        ("parameter", {"label": "a", "value": "1"}),
        ("data_source", "/bucket/data/"),
    ],
)
def test_wrong_types(key: str, value: object) -> None:
    assert where({**MINIMAL, key: value}) == [("TJ103", f"/{key}", False)]


def test_wrong_type_inside_items() -> None:
    doc = {**MINIMAL, "parameter": [{"label": "a", "value": True}],
           "data_source": [{"type": 1, "data_url": "/b/d/"}]}
    assert where(doc) == [("TJ103", "/data_source/0/type", False),
                          ("TJ103", "/parameter/0/value", False)]


def test_integer_needed_message() -> None:
    _, finding = only({**MINIMAL, "spec_id": "2"})
    assert finding.message == 'spec_id must be a whole number like 2, not "2"'
    assert finding.fix is None
    _, finding = only({**MINIMAL, "spec_id": 1.0})
    assert "whole number" in finding.message and "1.0" in finding.message


YAML_CASES = [
    # value read by YAML, its source text, the kind named in the message
    (0.01, "0.010", "a number"),
    (1000.0, "1e3", "a number"),
    (15, "0o17", "a number"),
    (5, "+5", "a number"),
    (False, "no", "a boolean"),
    (None, "~", "null"),
    (None, "null", "null"),
    (dt.date(2024, 1, 1), "2024-01-01", "a date"),
    (dt.datetime(2024, 1, 1, 10, 0), "2024-01-01 10:00:00", "a date and time"),
]


@pytest.mark.parametrize(("value", "text", "kind"), YAML_CASES)
def test_yaml_implicit_typing_is_explained_and_fixed(value: object, text: str, kind: str) -> None:
    doc = {**MINIMAL, "parameter": [{"label": "lr", "value": value}]}
    source = FakeSource({"/parameter/0/value": text})
    code, finding = only(doc, source)
    assert (code, finding.pointer) == ("TJ103", "/parameter/0/value")
    assert f"YAML read {text} as {kind}" in finding.message
    quoted = '"' + text + '"'
    assert finding.message.endswith(f"quote it: {quoted}")
    assert finding.fix == quoted


def test_yaml_empty_value_is_explained_without_a_fix() -> None:
    _, finding = only({**MINIMAL, "config_desc": None}, FakeSource({"/config_desc": ""}))
    assert "null" in finding.message and '""' in finding.message
    assert finding.fix is None


@pytest.mark.parametrize(
    "text", ["!!float 1", "*rate", "&a 0.5", "0.5\n  ", "[0.5]", "'0.5'", ">\n  0.5\n"]
)
def test_no_fix_unless_plain_one_line_scalar(text: str) -> None:
    _, finding = only({**MINIMAL, "config_desc": 0.5}, FakeSource({"/config_desc": text}))
    assert finding.fix is None


def test_no_fix_without_source_text() -> None:
    _, finding = only({**MINIMAL, "config_desc": 0.01}, None)
    assert finding.fix is None and "string" in finding.message
    _, finding = only({**MINIMAL, "config_desc": 0.01}, FakeSource({}))
    assert finding.fix is None


def test_json_number_becomes_a_string_of_its_text() -> None:
    source = FakeSource({"/parameter/0/value": "0.010"}, fmt="json")
    _, finding = only({**MINIMAL, "parameter": [{"label": "lr", "value": 0.01}]}, source)
    assert finding.fix == '"0.010"'
    assert "YAML" not in finding.message


@pytest.mark.parametrize(("value", "text"), [(True, "true"), (False, "false"), (None, "null")])
def test_json_true_false_null_get_no_fix(value: object, text: str) -> None:
    source = FakeSource({"/config_desc": text}, fmt="json")
    _, finding = only({**MINIMAL, "config_desc": value}, source)
    assert finding.fix is None and "YAML" not in finding.message


# TJ104 out-of-range


def test_name_length_message_counts_characters() -> None:
    _, finding = only({**MINIMAL, "config_name": "a" * 70})
    assert finding.message == "config_name must be 1 to 64 characters; it has 70"


def test_empty_name_is_only_a_length_problem() -> None:
    assert where({**MINIMAL, "config_name": ""}) == [("TJ104", "/config_name", False)]


@pytest.mark.parametrize(
    ("key", "good", "bad"),
    [
        ("config_name", "a" * 64, "a" * 65),
        ("config_desc", "é" * 256, "é" * 257),
        ("config_desc", "😀" * 256, "😀" * 257),
        ("worker_server_num", 1, 0),
        ("spec_id", LONG_MAX, LONG_MAX + 1),
        ("model_id", 1, 0),
        ("engine_id", 1, -1),
        ("data_source", [{"type": "obs", "data_url": "/b/d/"}], []),
    ],
)
def test_ranges(key: str, good: object, bad: object) -> None:
    assert where({**MINIMAL, key: good}) == []
    assert where({**MINIMAL, key: bad}) == [("TJ104", f"/{key}", False)]


def test_2_63_is_too_large() -> None:
    _, finding = only({**MINIMAL, "spec_id": 2**63})
    assert "9223372036854775807" in finding.message and str(2**63) in finding.message


# TJ105 bad-format


@pytest.mark.parametrize("name", ["resnet50 v2", "a.b", "naïve", "x/y", "tab\there"])
def test_bad_config_name_characters(name: str) -> None:
    code, finding = only({**MINIMAL, "config_name": name})
    assert (code, finding.pointer, finding.on_key) == ("TJ105", "/config_name", False)


def test_bad_characters_are_named() -> None:
    _, finding = only({**MINIMAL, "config_name": "resnet50 v2.1"})
    assert "' ' (space)" in finding.message and "'.'" in finding.message


# TJ106 bad-value


def test_bad_data_source_type() -> None:
    doc = {**MINIMAL, "data_source": [{"type": "s3", "data_url": "/b/d/"}]}
    assert where(doc) == [("TJ106", "/data_source/0/type", False)]


def test_enum_did_you_mean() -> None:
    _, finding = only({**MINIMAL, "data_source": [{"type": "OBS", "data_url": "/b/d/"}]})
    assert "did you mean 'obs'?" in finding.message


# many problems at once, anyOf/oneOf, references


def test_all_problems_in_one_pass() -> None:
    doc = {"config_name": "bad name", "worker_server_num": 0, "spec_id": True, "dataurl": "x",
           "data_source": [{"type": "s3"}]}
    assert [c for c, _, _ in where(doc)] == ["TJ102", "TJ103", "TJ104", "TJ105", "TJ106"]


def test_one_of_reports_the_best_branch_only(monkeypatch: pytest.MonkeyPatch) -> None:
    base = schema_mod._validator("training-job-config")
    validator = base.evolve(schema={"type": "object", "properties": {
        "x": {"oneOf": [{"type": "string", "maxLength": 3}, {"type": "integer"}]}}})
    monkeypatch.setattr(schema_mod, "_validator", lambda name: validator)
    assert where({"x": "abcdef"}) == [("TJ104", "/x", False)]


def test_sibling_schemas_can_reference_field_definitions() -> None:
    base = schema_mod._validator("training-job-config")
    ref = {"$ref": "https://tjlint.dev/schemas/training-job-config.schema.json#/$defs/spec_id"}
    validator = base.evolve(schema=ref)
    assert validator.is_valid(2)
    assert not validator.is_valid(1.0)  # our integer rule survives the reference
    assert not validator.is_valid(True)


def test_references_never_leave_the_bundled_schemas() -> None:
    base = schema_mod._validator("training-job-config")
    validator = base.evolve(schema={"$ref": "https://json-schema.org/no-such-schema.json"})
    with pytest.raises(referencing.exceptions.Unresolvable):
        validator.is_valid(1)


def test_importing_the_module_does_not_import_jsonschema() -> None:
    code = "import sys, tjlint.schema; print('jsonschema' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# end to end, through tjlint.lint_text: positions come from the source reader

YAML_DOC = """\
config_name: my job
config_desc:
worker_server_num: 0
spec_id: "2"
dataurl: /bucket/data/
parameter:
  - label: lr
    value: 0.010
  - label: flag
    value: no
  - label: bs
data_source:
  - type: s3
"""


def schema_diagnostics(text: str, filename: str) -> list[Any]:
    import tjlint
    from tjlint import Config

    return tjlint.lint_text(text, filename=filename, config=Config(select=("TJ1",)))


def test_yaml_end_to_end() -> None:
    found = [(d.line, d.column, d.code) for d in schema_diagnostics(YAML_DOC, "job.yaml")]
    assert found == [
        (1, 14, "TJ105"),
        (2, 13, "TJ103"),
        (3, 20, "TJ104"),
        (4, 10, "TJ103"),
        (5, 1, "TJ102"),
        (8, 12, "TJ103"),
        (10, 12, "TJ103"),
        (13, 11, "TJ106"),
    ]


def apply_fixes(text: str, diagnostics: list[Any]) -> str:
    edits = sorted((e for d in diagnostics for e in d.fix), key=lambda e: -e.span.offset)
    for edit in edits:
        text = text[: edit.span.offset] + edit.replacement + text[edit.span.end_offset :]
    return text


def test_yaml_fix_quotes_the_original_text() -> None:
    text = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nparameter:\n" \
           "  - {label: lr, value: 0.010}  # keep me\n  - label: on\n    value: ~\n"
    fixed = apply_fixes(text, schema_diagnostics(text, "job.yaml"))
    assert fixed == "config_name: demo\nworker_server_num: 1\nspec_id: 1\nparameter:\n" \
                    '  - {label: lr, value: "0.010"}  # keep me\n  - label: "on"\n' \
                    '    value: "~"\n'
    assert schema_diagnostics(fixed, "job.yaml") == []


JSON_DOC = """\
{
  "config_name": "demo",
  "worker_server_num": 1.0,
  "spec_id": 1,
  "parameter": [{"label": "lr", "value": 0.010}, {"label": "x", "value": true}],
  "project_id": "abc"
}
"""


def test_json_end_to_end_and_fix() -> None:
    found = schema_diagnostics(JSON_DOC, "job.json")
    assert [(d.line, d.column, d.code) for d in found] == [
        (3, 24, "TJ103"),
        (5, 42, "TJ103"),
        (5, 74, "TJ103"),
        (6, 3, "TJ102"),
    ]
    assert [d.fixable for d in found] == [False, True, False, False]
    fixed = apply_fixes(JSON_DOC, found)
    assert '"value": "0.010"}' in fixed
    assert [d.code for d in schema_diagnostics(fixed, "job.json")] == ["TJ103", "TJ103", "TJ102"]

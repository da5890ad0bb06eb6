"""The reader: values, positions and TJ0xx problems, on YAML and on JSON."""

from __future__ import annotations

import pytest

from tjlint import Limits
from tjlint.read import read_source
from tjlint.read.source import SourceFile


def problems(source: SourceFile) -> list[tuple[str, int, int]]:
    return [(p.code, p.span.line, p.span.column) for p in source.problems]


def test_yaml_values_and_positions() -> None:
    text = "config_name: demo\nparameter:\n  - label: lr\n    value: '0.01'\nspec_id: 2\n"
    source = read_source(text, "a.yaml")
    doc = source.documents[0]
    assert doc.data == {
        "config_name": "demo",
        "parameter": [{"label": "lr", "value": "0.01"}],
        "spec_id": 2,
    }
    assert source.locate(0, "/config_name") .line == 1
    assert (source.locate(0, "/config_name").column, source.locate(0, "/config_name", True).column) == (14, 1)
    value = source.locate(0, "/parameter/0/value")
    assert (value.line, value.column, value.end_line, value.end_column) == (4, 12, 4, 18)
    assert source.value_text(0, "/parameter/0/value") == "'0.01'"
    assert source.locate(0, "/parameter/0").line == 3
    assert (source.locate(0, "/parameter/0").column) == 5


def test_json_values_and_positions() -> None:
    text = '{\n  "config_name": "demo",\n  "parameter": [{"label": "lr", "value": 0.010}]\n}'
    source = read_source(text, "a.json")
    assert source.documents[0].data == {"config_name": "demo", "parameter": [{"label": "lr", "value": 0.01}]}
    span = source.locate(0, "/parameter/0/value")
    assert (span.line, span.column, span.end_line, span.end_column) == (3, 42, 3, 47)
    assert source.value_text(0, "/parameter/0/value") == "0.010"
    key = source.locate(0, "/parameter", on_key=True)
    assert (key.line, key.column) == (3, 3)
    assert source.locate(0, "").line == 1


def test_clean_json_records_positions_only_when_asked() -> None:
    # json's C parser reads the values; positions come from the full parser on first use.
    source = read_source('{"a": 1,\n "b": [true, {"c": "d"}]}', "a.json")
    assert source.documents[0].data == {"a": 1, "b": [True, {"c": "d"}]}
    assert source.documents[0].values == {}
    span = source.locate(0, "/b/1/c")
    assert (span.line, span.column, span.end_column) == (2, 20, 23)
    assert source.documents[0].keys["/b"][:2] == (2, 2)


def test_columns_count_characters_not_bytes() -> None:
    text = "config_desc: 'ëëë'\nspec_id: x\n"
    source = read_source(text.encode(), "a.yaml")
    assert source.locate(0, "/config_desc").end_column == 19  # bytes would give 22
    text = '{"config_desc": "ëëë", "spec_id": 1}'
    source = read_source(text.encode(), "a.json")
    assert source.locate(0, "/spec_id").column == 35


@pytest.mark.parametrize("name", ["a.yaml", "a.json"])
def test_bom_does_not_shift_columns_and_crlf_ends_lines(name: str) -> None:
    body = '{"a": 1,\r\n "spec_id": "x"}' if name.endswith("json") else "a: 1\r\nspec_id: x\r\n"
    source = read_source(b"\xef\xbb\xbf" + body.encode(), name)
    assert source.has_bom
    span = source.locate(0, "/spec_id", on_key=True)
    assert (span.line, span.column) == (2, 2 if name.endswith("json") else 1)
    assert source.locate(0, "/a", on_key=True).column == (2 if name.endswith("json") else 1)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("a: 1\nb: 2\na: 3\n", "x.yaml", [("TJ003", 3, 1)]),
        ('{"a": 1,\n "a": 2}', "x.json", [("TJ003", 2, 2)]),
        ("", "x.yaml", [("TJ004", 1, 1)]),
        ("# only a comment\n", "x.yaml", [("TJ004", 1, 1)]),
        ("---\n", "x.yaml", [("TJ004", 1, 1)]),
        ("", "x.json", [("TJ004", 1, 1)]),
        ("- a\n- b\n", "x.yaml", [("TJ004", 1, 1)]),
        ("[1, 2]", "x.json", [("TJ004", 1, 1)]),
        ('  "text"', "x.json", [("TJ004", 1, 3)]),
        ("a: !custom 1\n", "x.yaml", [("TJ006", 1, 4)]),
        ("a: !!python/object/apply:os.system [ls]\n", "x.yaml", [("TJ006", 1, 4)]),
        ("a: 1\nb: [1, 2\n", "x.yaml", [("TJ002", 3, 1)]),
        ('{"a": 1,}', "x.json", [("TJ002", 1, 9)]),
        ('{"a": NaN}', "x.json", [("TJ002", 1, 7)]),
        ('{"a": 1} x', "x.json", [("TJ002", 1, 10)]),
        ("a:\n\tb: 1\n", "x.yaml", [("TJ002", 2, 1)]),
        ("a: *nothing\n", "x.yaml", [("TJ002", 1, 4)]),
    ],
)
def test_reading_problems(text: str, name: str, expected: list[tuple[str, int, int]]) -> None:
    assert problems(read_source(text, name)) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"a: 1\x00\n", "TJ001"),
        (b"a: \xff\xfe\n", "TJ001"),
        ("a: 1\n".encode("utf-16"), "TJ001"),
        (b"a: \xed\xa0\x80\n", "TJ001"),
    ],
)
def test_unreadable_bytes(raw: bytes, code: str) -> None:
    assert problems(read_source(raw, "x.yaml")) == [(code, 1, 1)]


def test_yaml_12_numbers_are_numbers() -> None:
    # YAML 1.1 (PyYAML) leaves these as strings, YAML 1.2 parsers read numbers: tjlint takes the number,
    # so a value that different submit tools would send differently is reported (TJ103).
    source = read_source("a: 1e3\nb: 0o17\nc: '1e3'\nd: 1e\n", "x.yaml")
    assert source.documents[0].data == {"a": 1000.0, "b": 15, "c": "1e3", "d": "1e"}


def test_an_implicit_date_that_is_no_date_stays_text_with_a_problem() -> None:
    source = read_source("config_desc: 2001-13-45\n", "x.yaml")
    assert source.documents[0].data == {"config_desc": "2001-13-45"}
    assert problems(source) == [("TJ103", 1, 14)]


def test_duplicate_key_keeps_last_value_like_json() -> None:
    source = read_source('{"a": 1, "a": 2}', "x.json")
    assert source.documents[0].data == {"a": 2}


def test_multi_document_yaml_each_document_on_its_own() -> None:
    source = read_source("a: 1\n---\nb: 2\n--- \n- x\n", "x.yaml")
    assert [d.data for d in source.documents] == [{"a": 1}, {"b": 2}, ["x"]]
    assert [(p.code, p.document, p.span.line) for p in source.problems] == [("TJ004", 2, 5)]
    assert source.locate(1, "/b").line == 3


def test_unknown_tag_is_never_constructed() -> None:
    source = read_source("a: !!python/object/apply:os.system ['echo hi']\n", "x.yaml")
    assert source.documents[0].data == {"a": ["echo hi"]}


def test_non_string_keys() -> None:
    source = read_source("1: a\nno: b\n? [x]\n: c\nok: d\n", "x.yaml")
    assert source.documents[0].data == {"ok": "d"}
    assert problems(source) == [("TJ103", 1, 1), ("TJ103", 2, 1), ("TJ103", 3, 3)]


def test_merge_keys() -> None:
    text = "base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n"
    source = read_source(text, "x.yaml")
    assert source.documents[0].data["m"] == {"x": 1, "y": 3}
    assert source.problems == []
    # A merged key points where it is written in the merged mapping, not at '<<' (line 3).
    value, key = source.locate(0, "/m/x"), source.locate(0, "/m/x", on_key=True)
    assert ((value.line, value.column), (key.line, key.column)) == ((1, 14), (1, 11))
    assert not source.is_written_here(0, "/m/x")
    assert source.is_written_here(0, "/m/y")


@pytest.mark.parametrize(
    ("text", "name", "limits"),
    [
        ("[" * 100 + "]" * 100, "x.json", Limits()),
        ('{"a":' * 100 + "1" + "}" * 100, "x.json", Limits()),
        ("a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 80)), "x.yaml", Limits()),
        ("a: [1, 2, 3]\n", "x.yaml", Limits(max_nodes=3)),
        ("a: 1\n", "x.yaml", Limits(max_file_size=3)),
        ('{"a": 1}', "x.json", Limits(max_nodes=1)),
        ('{"a": ' + "9" * 5000 + "}", "x.json", Limits()),
        ("a: " + "9" * 5000 + "\n", "x.yaml", Limits()),
    ],
)
def test_limits(text: str, name: str, limits: Limits) -> None:
    assert [p.code for p in read_source(text, name, limits=limits).problems] == ["TJ005"]


def test_billion_laughs_stops_at_the_node_limit() -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    source = read_source("\n".join(lines) + "\n", "x.yaml")
    assert [p.code for p in source.problems] == ["TJ005"]


def test_recursive_alias() -> None:
    assert [p.code for p in read_source("a: &a [*a]\n", "x.yaml").problems] == ["TJ005"]


def test_deep_flow_nesting_does_not_overflow() -> None:
    for name in ("x.yaml", "x.json"):
        source = read_source("[" * 100_000, name)
        assert [p.code for p in source.problems] == ["TJ005"]
    source = read_source('{"a":' * 100_000, "x.json")
    assert [p.code for p in source.problems] == ["TJ005"]

"""Property tests of the reader: positions, JSON semantics, and libyaml == pure Python."""

from __future__ import annotations

import json
import math
import re
from typing import Any

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tjlint.read import read_source
from tjlint.read.source import SourceFile

YAML12_NUMBER = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+")
# Characters PyYAML's emitter round-trips (it cannot write NEL or the Unicode line separators plainly).
chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85\u2028\u2029\ufeff")
FIELDS = ["config_name", "config_desc", "app_url", "boot_file_url", "data_url", "spec_id", "worker_server_num"]
names = st.one_of(
    st.sampled_from(FIELDS), st.text(chars, min_size=1, max_size=8).filter(lambda t: not YAML12_NUMBER.fullmatch(t))
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    # Strings PyYAML would write plainly but YAML 1.2 reads as numbers (1e3) are read as numbers on purpose.
    st.text(chars, max_size=12).filter(lambda t: not YAML12_NUMBER.fullmatch(t.strip())),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(names, inner, max_size=4)
    ),
    max_leaves=12,
)
configs = st.dictionaries(names, values, min_size=1, max_size=6)


def leaves(value: Any, pointer: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        out = []
        for key, item in value.items():
            out += leaves(item, pointer + "/" + key.replace("~", "~0").replace("/", "~1"))
        return out
    if isinstance(value, list):
        out = []
        for index, item in enumerate(value):
            out += leaves(item, f"{pointer}/{index}")
        return out
    return [(pointer, value)]


def same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b and type(a) is type(b))


def dump_yaml(data: Any, flow: bool, style: str | None, crlf: bool, comments: bool) -> str:
    text = yaml.safe_dump(data, default_flow_style=flow, default_style=style, allow_unicode=True, width=10**6,
                          sort_keys=False)
    if comments:
        # A comment before every top-level key (block style) and at the top.
        lines = text.split("\n")
        text = "# leading comment\n" + "\n".join(
            ("# about the next key\n" + line) if line[:1].isalpha() and not flow else line for line in lines
        )
    return text.replace("\n", "\r\n") if crlf else text


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(configs, st.booleans(), st.sampled_from([None, '"', "'"]), st.booleans(), st.booleans())
def test_yaml_spans_start_exactly_at_each_value(
    data: dict[str, Any], flow: bool, style: str | None, crlf: bool, comments: bool
) -> None:
    text = dump_yaml(data, flow, style, crlf, comments)
    source = read_source(text, "x.yaml")
    assert source.problems == []
    assert source.documents[0].data == data
    for pointer, value in leaves(data):
        written = source.value_text(0, pointer)
        assert written is not None, pointer
        assert written == written.strip(" \t\r\n"), (pointer, written)
        assert same(yaml.safe_load(written), value), (pointer, written)


@settings(max_examples=150)
@given(configs, st.sampled_from([None, 2, 4]), st.booleans())
def test_json_spans_start_exactly_at_each_value(data: dict[str, Any], indent: int | None, ascii_only: bool) -> None:
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only)
    source = read_source(text, "x.json")
    assert source.problems == []
    for pointer, value in leaves(data):
        written = source.value_text(0, pointer)
        assert written == json.dumps(value, ensure_ascii=ascii_only), pointer
        span = source.locate(0, pointer)
        line_text = text.split("\n")[span.line - 1]
        assert line_text[span.column - 1 :].startswith(written.split("\n")[0])


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text()),
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=5), inner, max_size=5)),
    max_leaves=20,
)


@settings(max_examples=300)
@given(json_values, st.sampled_from([None, 0, 2]), st.booleans())
def test_json_reader_matches_json_module_on_valid_documents(value: Any, indent: int | None, ascii_only: bool) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    assume("Infinity" not in text)
    source = read_source(text, "x.json")
    assert [p.code for p in source.problems if p.code != "TJ004"] == []
    assert source.documents[0].data == json.loads(text)


@settings(max_examples=400)
@given(json_values, st.data())
def test_json_reader_fails_wherever_json_module_fails(value: Any, data: st.DataObject) -> None:
    text = json.dumps(value)
    cut = data.draw(st.integers(0, len(text)))
    junk = data.draw(st.sampled_from(["", ",", "}", "]", "{", '"', "1", "-", ":", " ", "\\", "tru", "01", "\x01"]))
    mutated = text[:cut] + junk + text[cut + data.draw(st.integers(0, 2)):]
    try:
        expected = json.loads(mutated)
    except ValueError:
        codes = [p.code for p in read_source(mutated, "x.json").problems]
        assert set(codes) & {"TJ002", "TJ004", "TJ005"}, (mutated, codes)
        return
    source = read_source(mutated, "x.json")
    if "NaN" in mutated or "Infinity" in mutated:
        return
    assert [p.code for p in source.problems if p.code not in ("TJ003", "TJ004")] == []
    assert source.documents[0].data == expected


@settings(max_examples=150)
@given(configs, st.booleans(), st.sampled_from([None, '"', "'"]), st.data())
def test_libyaml_and_pure_python_give_identical_results(
    data: dict[str, Any], flow: bool, style: str | None, draw: st.DataObject
) -> None:
    text = dump_yaml(data, flow, style, False, False)
    cut = draw.draw(st.integers(0, len(text)))
    for variant in (text, text[:cut], text + "\nextra: [1, 2\n"):
        fast = read_source(variant, "x.yaml")
        pure = read_source(variant, "x.yaml", pure_yaml=True)
        for source in (fast, pure):  # positions are recorded on first use
            for index in range(len(source.documents)):
                source.locate(index, "")
        assert [d.data for d in fast.documents] == [d.data for d in pure.documents]
        assert [d.values for d in fast.documents] == [d.values for d in pure.documents]
        assert [d.keys for d in fast.documents] == [d.keys for d in pure.documents]
        # Both parsers stop at the same problem; where exactly they say it is may differ for syntax errors.
        assert [p.code for p in fast.problems] == [p.code for p in pure.problems]
        if variant == text:
            assert fast.problems == pure.problems


def pointers(value: Any, pointer: str = "") -> list[str]:
    """Every pointer of ``value`` (containers too), and a few that name nothing."""
    out = [pointer, pointer + "/nothing", pointer + "/0/x"]
    if isinstance(value, dict):
        for key, item in value.items():
            out += pointers(item, pointer + "/" + key.replace("~", "~0").replace("/", "~1"))
    elif isinstance(value, list):
        out.append(pointer + "/00")
        for index, item in enumerate(value):
            out += pointers(item, f"{pointer}/{index}")
    return out


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=5), json_values, max_size=5), st.sampled_from([None, 0, 2]),
       st.booleans(), st.data())
def test_json_positions_found_on_demand_are_the_full_parsers(
    value: dict[str, Any], indent: int | None, ascii_only: bool, data: st.DataObject
) -> None:
    # A clean JSON file records positions only for the pointers asked about, and those must be the
    # ones the full parser records, whatever is asked first.
    text = " \n" + json.dumps(value, indent=indent, ensure_ascii=ascii_only) + "\n"
    assume("Infinity" not in text)  # not JSON: the full parser reports it
    on_demand, full = read_source(text, "x.json"), read_source(text, "x.json")
    assert on_demand._record_pointer is not None and on_demand.documents[0].values == {}
    full.record_positions(0)
    asked = data.draw(st.permutations(pointers(value)))
    for pointer in asked[: data.draw(st.integers(0, len(asked)))]:
        assert on_demand.locate(0, pointer) == full.locate(0, pointer), pointer
        assert on_demand.locate(0, pointer, on_key=True) == full.locate(0, pointer, on_key=True), pointer
        assert on_demand.value_text(0, pointer) == full.value_text(0, pointer), pointer
        assert on_demand.is_written_here(0, pointer) == full.is_written_here(0, pointer), pointer
    doc, whole = on_demand.documents[0], full.documents[0]
    assert doc.values.items() <= whole.values.items() and doc.keys.items() <= whole.keys.items()
    on_demand.record_positions(0)  # and all of them when asked for all
    assert (doc.values, doc.keys) == (whole.values, whole.keys)


@given(st.lists(st.sampled_from(["a", "bc", " ", "\n", "\r", "\r\n", "\n\n", "é", "\u2028", "\x85"]), max_size=30))
def test_line_starts_split_lines_at_lf_cr_and_crlf_only(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected, line_start = [0], 0
    for index, char in enumerate(text):  # by hand: a line ends after \n, after \r not followed by \n
        if char == "\n" or (char == "\r" and text[index + 1 : index + 2] != "\n"):
            line_start = index + 1
            expected.append(line_start)
    assert SourceFile("x.json", text, "json").line_starts() == expected

"""YAML values first: the values-only pass and the full reader agree on values and problems.

A clean file is read for its values alone and positions are recorded only
for a document that is asked about; a file with anything to report is read
by the full reader. Whichever path a text takes, it must come out exactly as
the full reader alone reads it.
"""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from test_source_properties import configs, dump_yaml
from yaml_writer import documents

import tjlint.read.source
import tjlint.read.yamlvalues
from tjlint import Limits
from tjlint.read import read_source
from tjlint.read.source import SourceFile
from tjlint.read.yamlbuilder import Builder
from tjlint.read.yamlreader import read_yaml
from tjlint.read.yamlvalues import _read

LONG = "k" * 120
# Lines that each give the full reader something to report (or that come close to it).
SNIPPETS = [
    "k9: !!python/object:os.system x\n", "k9: !custom x\n", "k9: !!binary aGk=\n", "k9: !!set {a}\n",
    "k9: 2001-13-45\n", "k9: !!timestamp 2001-13-45\n", "k9: !!int x\n", "k9: =\n",
    "1: x\n", "null: x\n", "? [a]\n: b\n", "? {a: 1}\n: b\n", "&k1 x: y\n*k1 : z\n",
    "data_url: one\ndata_url: two\n", "k9: *nope\n", "k9: &r [*r]\n", "k9: &m {<<: *m}\n",
    "<<: [1, 2]\n", "<<: plain\n", "<<: [{a: 1}, x]\n", "k9: " + "9" * 5000 + "\n",
    "---\n- x\n", "---\n", "--- &d\nk: 1\n", "k9: [1, 2\n", "k9:\n\t- x\n", "k9: @x\n",
    # Fine, but close to something that is not.
    "k9: <<\n", "k9: [<<, *d0]\n", "k9: !!str 1e3\n", "k9: ! 12\n", "k9: !!float 1\n", "k9: !!seq [1]\n",
    "k9: !!map {a: 1}\n", "k9: !!int '3'\n", "k9: 1e3\n", "k9: 0o17\n", "'1': x\n", "? a\n: b\n",
    f"{LONG}: {{{LONG}: {{{LONG}: [{LONG}, {LONG}]}}}}\n", "a/b~c: {x/y: 1}\n",
]


def full(text: str, limits: Limits, pure: bool) -> SourceFile:
    """The text as the full reader alone reads it (positions at once)."""
    source = SourceFile("x.yaml", text, "yaml")
    read_yaml(source, limits, pure=pure, values_first=False)
    return source


def outcome(source: SourceFile, order: list[int] | None = None) -> list[Any]:
    for index in range(len(source.documents)) if order is None else order:
        source.locate(index, "")  # positions are recorded on first use
    return [source.problems, [(d.index, d.data, d.values, d.keys, d.links) for d in source.documents]]


@st.composite
def texts(draw: Any) -> str:
    text, _ = draw(documents())
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(0, 2))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(SNIPPETS)))
    return "".join(lines)


limits = st.one_of(
    st.just(Limits()),
    st.builds(Limits, max_depth=st.integers(1, 6), max_nodes=st.integers(1, 60)),
    st.builds(Limits, max_nodes=st.integers(1, 3000)),
)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), limits, st.sampled_from([100, 1, 2, 3]), st.booleans(), st.data())
def test_values_first_and_the_full_reader_agree(text: str, limits: Limits, per_node: int, pure: bool,
                                                draw: st.DataObject) -> None:
    # A small budget for the paths of the fields (per value that max-nodes allows) puts its edge in reach.
    with patch.object(tjlint.read.source, "POINTER_CHARS_PER_NODE", per_node), \
            patch.object(tjlint.read.yamlvalues, "POINTER_CHARS_PER_NODE", per_node):
        fast = read_source(text, "x.yaml", limits=limits, pure_yaml=pure)
        alone = full(text, limits, pure)
    # The values-first pass is used exactly when the full reader has nothing to report.
    assert (fast._record_positions is not None) == (alone.problems == []), (text, alone.problems)
    # Documents asked about in any order (the recorder skips forward, or starts again).
    order = draw.draw(st.permutations(range(len(fast.documents))))
    assert outcome(fast, order) == outcome(alone)


@pytest.mark.parametrize(
    ("text", "limits"),
    [("x-d0: &d0 {k: 1}\nk9: [<<, *d0]\n<<: *d0\n", Limits()),
     (f"{LONG}: {{{LONG}: {{{LONG}: [{LONG}, {LONG}]}}}}\n", Limits(max_nodes=8)),
     (f"{LONG}: {{{LONG}: {{{LONG}: [{LONG}, {LONG}]}}}}\n", Limits(max_nodes=9))]
    + [("x-d0: &d0 {k: 1}\na: 1\n" + snippet, Limits()) for snippet in SNIPPETS],
)
def test_each_snippet_agrees(text: str, limits: Limits) -> None:
    for pure in (False, True):
        fast, alone = read_source(text, "x.yaml", limits=limits, pure_yaml=pure), full(text, limits, pure)
        assert (fast._record_positions is not None) == (alone.problems == []), (text, alone.problems)
        assert outcome(fast) == outcome(alone)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
@example("x-d0: &d0 {k: 1}\n" + "".join(f"m{i}: {{<<: *d0, a/b~: [{{<<: [*d0]}}]}}\n" for i in range(12)))
def test_both_count_the_same_pointer_characters(text: str) -> None:
    # The budget for the paths of the fields is where the two could drift apart unseen: the values
    # pass counts what the full reader's pointers (and its links for merged keys) would spend.
    alone = full(text, Limits(), False)
    if alone.problems:
        return
    builder = Builder(SourceFile("x.yaml", text, "yaml"), Limits())
    parser = yaml.SafeLoader(text)
    while parser.check_event():
        builder.feed(parser.get_event())
    assert _read(yaml.SafeLoader(text), Limits())[1] == builder.paths.left


def test_a_clean_file_records_positions_only_for_the_document_asked_about() -> None:
    source = read_source("a: 1\n---\nb: [x, {c: d}]\n", "x.yaml")
    assert [d.data for d in source.documents] == [{"a": 1}, {"b": ["x", {"c": "d"}]}]
    assert [d.values for d in source.documents] == [{}, {}]
    span = source.locate(1, "/b/1/c")
    assert (span.line, span.column, span.end_column) == (3, 12, 13)
    assert source.documents[0].values == {}  # document 1 was not asked about
    assert source.locate(0, "/a", on_key=True).line == 1


def test_a_merge_key_written_as_a_value_is_text() -> None:
    # Only a key merges; as a value (or an item), '<<' is the text "<<".
    text = "config_desc: <<\nx: [<<]\n"
    for source in (read_source(text, "x.yaml"), full(text, Limits(), False)):
        assert source.documents[0].data == {"config_desc": "<<", "x": ["<<"]}
        assert source.problems == []


def test_quick_positions_for_plain_documents_and_the_full_reader_for_the_others() -> None:
    # Documents without anchors, aliases and merge keys are recorded from their events alone; the
    # others by the full reader; the tables are the full reader's either way, in any order asked.
    from tjlint.read import yamlpositions, yamlreader

    text = ("a: {b: [1, {c: d}], 'e/f': x}\nlist:\n  - 1\n  - [2, 3]\nlast: |\n  text\n"
            "---\nx: &k {y: 1}\nz: *k\n---\nbase: {q: 1}\nm:\n  <<: {q: 2}\n  r: 3\n"
            "---\nn: 1\nl: [a, {b: c}]\n")
    alone = full(text, Limits(), False)
    answers: list[bool] = []

    def spy(*args: Any) -> Any:
        found = yamlpositions.record(*args)
        answers.append(found is not None)
        return found

    for order in ([0, 1, 2, 3], [3, 1, 0, 2]):
        answers.clear()
        with patch.object(yamlreader, "record", spy):
            assert outcome(read_source(text, "x.yaml"), order) == outcome(alone)
        assert answers == [index in (0, 3) for index in order]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(configs, min_size=1, max_size=3), st.booleans(), st.sampled_from([None, '"', "'"]),
       st.booleans(), st.booleans(), st.data())
def test_quick_positions_of_dumped_documents_are_the_full_readers(
    bodies: list[dict[str, Any]], flow: bool, style: str | None, crlf: bool, comments: bool, draw: st.DataObject
) -> None:
    # Block and flow collections, quoted and plain scalars, as a program writes them: documents
    # without anchors, which the quick pass records, compared table by table with the full reader.
    text = "---\n".join(dump_yaml(body, flow, style, crlf, comments) for body in bodies)
    alone = full(text, Limits(), False)
    fast = read_source(text, "x.yaml")
    assume(fast._record_positions is not None)
    order = draw.draw(st.permutations(range(len(fast.documents))))
    assert outcome(fast, order) == outcome(alone)

"""Property tests of the YAML reader on generated anchors, aliases, merge keys and block scalars.

Oracles: the value each generated node has by YAML's rules, the text itself for positions (every value's
recorded text reads back as that value, and never starts with its anchor),
and the pure-Python parser for the libyaml one (identical results).
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml_writer import KEYS, documents

from tjlint.read import read_source
from tjlint.read.source import SourceFile


def scalar_leaves(value: Any, pointer: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items()
                for leaf in scalar_leaves(item, pointer + "/" + key.replace("~", "~0").replace("/", "~1"))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in scalar_leaves(item, f"{pointer}/{index}")]
    return [(pointer, value)]


def spans(source: SourceFile) -> list[Any]:
    source.locate(0, "")  # positions are recorded on first use
    doc = source.documents[0]
    return [doc.data, doc.values, doc.keys, doc.links, source.problems]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["\n", "\r\n", "\r"]))
def test_generated_anchors_aliases_and_merges(document: tuple[str, dict[str, Any]], newline: str) -> None:
    text, expected = document[0].replace("\n", newline), document[1]
    source = read_source(text, "x.yaml")
    assert source.problems == [], text
    data = source.documents[0].data
    assert data == expected, text
    assert spans(source) == spans(read_source(text, "x.yaml", pure_yaml=True))
    for pointer, value in scalar_leaves(data):
        written = source.value_text(0, pointer)
        assert written is not None, (pointer, text)
        assert not written.startswith(("&", "*", " ", "\n", "\r")), (pointer, written)
        loaded = yaml.safe_load(written)
        assert loaded == value and type(loaded) is type(value), (pointer, written)
        key = source.locate(0, pointer, on_key=True)
        if pointer.rsplit("/", 1)[1] in KEYS:
            written_key = source.text[key.offset:key.end_offset]
            assert written_key == pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~"), pointer

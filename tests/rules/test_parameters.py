"""TJ209 duplicate parameter labels, TJ215 parameter-without-label."""

from __future__ import annotations

import pytest
from rule_helpers import BUILT_IN, BUILT_IN_JSON_HEAD, dump, where

import tjlint
from tjlint.model import Context, Severity
from tjlint.rules import parameters

HEAD = dump(BUILT_IN)


def tj209(text: str, filename: str = "x.yaml") -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename=filename)
            if d.code == "TJ209"]


def test_distinct_labels_are_clean() -> None:
    text = HEAD + "parameter:\n  - {label: a, value: '1'}\n  - {label: b, value: '2'}\n"
    assert tj209(text) == []


def test_later_duplicate_is_reported_with_the_first_as_related() -> None:
    text = HEAD + (
        "parameter:\n"
        "  - label: lr\n"
        "    value: '1'\n"
        "  - label: bs\n"
        "    value: '2'\n"
        "  - label: lr\n"
        "    value: '3'\n"
        "  - label: lr\n"
        "    value: '4'\n"
    )
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code == "TJ209"]
    assert [(d.line, d.column, d.pointer) for d in diags] == [
        (11, 12, "/parameter/2/label"),
        (13, 12, "/parameter/3/label"),
    ]
    assert [(r.line, r.column) for r in diags[0].related] == [(7, 5)]
    assert "ModelArts.2767" in diags[0].message


def test_labels_are_case_sensitive() -> None:
    text = HEAD + "parameter:\n  - {label: lr, value: '1'}\n  - {label: LR, value: '2'}\n"
    assert tj209(text) == []


def test_json() -> None:
    text = (
        '{"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 4,\n'
        ' "data_url": "/my-bucket/data/", "parameter": [{"label": "a", "value": "1"},\n'
        ' {"label": "a", "value": "2"}]}'
    )
    assert tj209(text, "x.json") == [(3, 12, "TJ209")]


@pytest.mark.parametrize(
    "param",
    [
        "'x'",
        "[1, 2]",
        "[{label: 1, value: 2}, {label: 1, value: 2}]",
        "[null, {label: a}, {label: a}]",
    ],
)
def test_wrong_types_never_crash(param: str) -> None:
    tj209(HEAD + f"parameter: {param}\n")


JSON_HEAD = BUILT_IN_JSON_HEAD




NO_LABEL = HEAD + """\
parameter:
  - value: "1"
  - label: ""
    value: "2"
  - key: batch_size
    value: "32"
  - {name: lr, value: "0.1"}
  - label: ok
"""


def test_tj215_block_yaml() -> None:
    assert where(NO_LABEL, "c.yaml") == [
        (7, 5, "TJ215"), (8, 12, "TJ215"), (10, 5, "TJ102"), (10, 5, "TJ215"), (12, 5, "TJ215"),
        (12, 6, "TJ102"),
    ]


def test_tj215_json_and_flow() -> None:
    text = JSON_HEAD + ' "parameter": [{"value": "1"}, {"key": "a", "value": "2"}, {}]}\n'
    assert where(text, "c.json") == [(3, 16, "TJ215"), (3, 32, "TJ215"), (3, 33, "TJ102"),
                                     (3, 60, "TJ215")]
    flow = HEAD + "parameter: [{value: '1'}, {label: '', value: '2'}]\n"
    assert where(flow, "c.yaml") == [(6, 13, "TJ215"), (6, 35, "TJ215")]


def test_tj102_suggests_label_for_key_and_name() -> None:
    found = [d for d in tjlint.lint_text(NO_LABEL, filename="c.yaml") if d.code == "TJ102"]
    assert [d.pointer for d in found] == ["/parameter/2/key", "/parameter/3/name"]
    assert all("did you mean 'label'?" in d.message for d in found)


def test_tj215_is_a_warning_and_labelled_items_are_clean() -> None:
    found = [d for d in tjlint.lint_text(NO_LABEL, filename="c.yaml") if d.code == "TJ215"]
    assert {d.severity for d in found} == {Severity.WARNING}
    clean = HEAD + "parameter:\n  - label: a\n  - label: b\n    value: '2'\n"
    assert where(clean, "c.yaml") == []


def test_tj209_and_tj215_read_the_labels_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    read = parameters._read_labels
    reads: list[object] = []
    monkeypatch.setattr(parameters, "_read_labels", lambda data: reads.append(data) or read(data))
    body = {"parameter": [{"label": "lr", "value": "1"}, {"value": "2", "name": "bs"}, "x",
                          {"label": " ", "value": "3"}, {"label": "lr", "value": "4"}]}
    ctx = Context()
    rules = {rule.code: rule for rule in parameters.RULES}
    assert [(f.pointer, f.related) for f in rules["TJ209"].check(body, ctx)] == [
        ("/parameter/4/label", ("/parameter/0/label",))]
    assert [f.pointer for f in rules["TJ215"].check(body, ctx)] == ["/parameter/1", "/parameter/3/label"]
    assert "(is 'name' meant to be the label?)" in next(iter(rules["TJ215"].check(body, ctx))).message
    assert reads == [body]  # read once for both rules
    other = {"parameter": [{"value": "1"}]}
    assert [f.pointer for f in rules["TJ215"].check(other, ctx)] == ["/parameter/0"]

"""TJ209: duplicate parameter labels."""

from __future__ import annotations

import pytest

import tjlint

HEAD = (
    "config_name: demo\n"
    "worker_server_num: 1\n"
    "spec_id: 1\n"
    "model_id: 4\n"
    "data_url: /my-bucket/data/\n"
)


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

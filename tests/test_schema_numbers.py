"""TJ107 number-for-string (the schema stage), from rules.md.

TJ107 (warning): a ``parameter[].value`` written as a number whose text survives (``32``,
``0.01``); its fix quotes that text. A number whose text would change (``0.010``, ``1e3``,
``0o17``, ``1_000``) or a bool/null/date stays TJ103 (error). TJ215 is in rules/test_parameters.py.
"""

from __future__ import annotations

import pytest
from rule_helpers import BUILT_IN, BUILT_IN_JSON_HEAD, dump, where

import tjlint
from tjlint import Config
from tjlint.model import Severity

HEAD = dump(BUILT_IN)
JSON_HEAD = BUILT_IN_JSON_HEAD




BLOCK = HEAD + """\
parameter:
  - label: batch_size
    value: 32
  - label: lr
    value: 0.01
  - label: decay
    value: 0.010
  - label: steps
    value: 1e3
  - label: shift
    value: -5
  - label: flag
    value: no
"""


def test_block_yaml() -> None:
    assert where(BLOCK, "c.yaml") == [
        (8, 12, "TJ107"), (10, 12, "TJ107"), (12, 12, "TJ103"), (14, 12, "TJ103"),
        (16, 12, "TJ107"), (18, 12, "TJ103"),
    ]


FLOW = HEAD + """\
parameter: [{label: a, value: 32}, {label: b, value: 0o17}, {label: c, value: 1_000},
            {label: d, value: 1.0}, {label: e, value: ~}, {label: f, value: 2024-01-01}]
"""


def test_flow_yaml() -> None:
    assert where(FLOW, "c.yaml") == [
        (6, 31, "TJ107"), (6, 54, "TJ103"), (6, 79, "TJ103"),
        (7, 31, "TJ107"), (7, 55, "TJ103"), (7, 77, "TJ103"),
    ]


JSON = JSON_HEAD + """\
 "parameter": [{"label": "a", "value": 32}, {"label": "b", "value": 0.01},
               {"label": "c", "value": 0.010}, {"label": "d", "value": 1E3},
               {"label": "e", "value": true}, {"label": "f", "value": "7"}]}
"""


def test_json() -> None:
    assert where(JSON, "c.json") == [
        (3, 40, "TJ107"), (3, 69, "TJ107"),
        (4, 40, "TJ103"), (4, 72, "TJ103"),
        (5, 40, "TJ103"),
    ]


def test_tj107_is_a_warning_and_tj103_an_error() -> None:
    found = {d.code: d.severity for d in tjlint.lint_text(BLOCK, filename="c.yaml")}
    assert found == {"TJ107": Severity.WARNING, "TJ103": Severity.ERROR}


def test_tj107_message_names_the_value_and_the_quoted_form() -> None:
    first = tjlint.lint_text(BLOCK, filename="c.yaml")[0]
    assert first.code == "TJ107" and first.pointer == "/parameter/0/value"
    assert "32" in first.message and '"32"' in first.message and "string" in first.message


@pytest.mark.parametrize(("text", "name"), [(BLOCK, "c.yaml"), (FLOW, "c.yaml"), (JSON, "c.json")],
                         ids=["block", "flow", "json"])
def test_the_fix_quotes_the_text_as_written(text: str, name: str) -> None:
    fixed, remaining = tjlint.fix_text(text, name)
    # YAML quotes the text of a boolean, null or date too; JSON's true has no text to keep.
    assert [d.code for d in remaining if d.code in ("TJ103", "TJ107")] == (
        ["TJ103"] if name.endswith(".json") else [])
    for written in ("32", "0.01", "-5", "1.0", "0.010", "1e3", "1E3", "0o17", "1_000"):
        if f": {written}}}" in text or f": {written}\n" in text or f": {written}," in text:
            assert f'"{written}"' in fixed, written


def test_tj107_can_be_ignored_without_hiding_tj103() -> None:
    config = Config(ignore=("TJ107",))
    assert where(BLOCK, "c.yaml", config=config) == [(12, 12, "TJ103"), (14, 12, "TJ103"),
                                                     (18, 12, "TJ103")]
    assert where(BLOCK, "c.yaml", config=Config(select=("TJ107",))) == [
        (8, 12, "TJ107"), (10, 12, "TJ107"), (16, 12, "TJ107")]


def test_in_memory_numbers() -> None:
    body = {"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 4,
            "data_url": "/my-bucket/data/",
            "parameter": [{"label": "a", "value": 32}, {"label": "b", "value": 1e-7},
                          {"label": "c", "value": True}]}
    assert [(d.pointer, d.code, d.fix) for d in tjlint.lint_data(body)] == [
        ("/parameter/1/value", "TJ103", ()), ("/parameter/2/value", "TJ103", ()),
        ("/parameter/0/value", "TJ107", ())]


def test_only_parameter_values_get_tj107() -> None:
    text = HEAD.replace("config_name: demo", "config_name: 2024") + "parameter:\n  - label: 7\n    value: '1'\n"
    assert where(text, "c.yaml") == [(1, 14, "TJ103"), (7, 12, "TJ103")]


def test_inside_a_job_body() -> None:
    text = ("job_name: demo\nconfig:\n  worker_server_num: 1\n  spec_id: 1\n  model_id: 4\n"
            "  data_url: /my-bucket/data/\n  parameter:\n    - {label: a, value: 8}\n")
    assert [(d.pointer, d.code) for d in tjlint.lint_text(text, filename="j.yaml")] == [
        ("/config/parameter/0/value", "TJ107")]


# TJ215 parameter-without-label



"""TJ201, TJ202, TJ206, TJ207: data sources (YAML and JSON through the engine)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from rule_helpers import codes_found, from_base, lint_as

import tjlint

CODES = ("TJ201", "TJ202", "TJ206", "TJ207")
CLEAN = from_base(app_url="/my-bucket/code/", boot_file_url="/my-bucket/code/train.py", data_url=None,
                  train_url="/my-bucket/out/")
OBS = {"type": "obs", "data_url": "/my-bucket/data/"}
DS = {"type": "dataset", "dataset_id": "abc", "dataset_version": "v1"}


def found(data: dict[str, Any], fmt: str) -> list[tuple[str, str]]:
    """(pointer, code) of this module's codes, linting ``data`` written as YAML or JSON."""
    return codes_found(data, fmt, CODES)


def body(**fields: Any) -> dict[str, Any]:
    return {**CLEAN, **fields}



@pytest.mark.parametrize(
    "fields",
    [
        {"data_url": "/my-bucket/data/"},
        {"data_source": [OBS]},
        {"data_source": [DS]},
        {"dataset_id": "abc", "dataset_version_id": "v1"},
    ],
)
def test_exactly_one_source_is_clean(fields: dict[str, Any], fmt: str) -> None:
    assert found(body(**fields), fmt) == []


def test_no_source_points_at_the_mapping(fmt: str) -> None:
    assert found(body(), fmt) == [("", "TJ201")]


def test_null_counts_as_absent(fmt: str) -> None:
    assert found(body(data_url=None), fmt) == [("", "TJ201")]


def test_second_source_is_reported_on_its_key(fmt: str) -> None:
    data = body(data_url="/my-bucket/data/", data_source=[OBS])
    assert found(data, fmt) == [("/data_source", "TJ201")]


def test_dataset_pair_after_data_url(fmt: str) -> None:
    data = body(data_url="/my-bucket/data/", dataset_id="a", dataset_version_id="v")
    assert found(data, fmt) == [("/dataset_id", "TJ201")]


@pytest.mark.parametrize("half", ["dataset_id", "dataset_version_id"])
def test_half_pair_alone_is_only_tj202(half: str, fmt: str) -> None:
    assert found(body(**{half: "x"}), fmt) == [(f"/{half}", "TJ202")]


def test_half_pair_plus_data_url_is_both(fmt: str) -> None:
    data = body(data_url="/my-bucket/data/", dataset_version_id="v")
    assert sorted(found(data, fmt)) == [("/dataset_version_id", "TJ201"),
                                        ("/dataset_version_id", "TJ202")]


@pytest.mark.parametrize("half", ["dataset_id", "dataset_version"])
def test_half_pair_inside_item(half: str, fmt: str) -> None:
    item = {"type": "dataset", half: "x"}
    assert found(body(data_source=[item]), fmt) == [(f"/data_source/0/{half}", "TJ202")]


def test_item_with_top_level_name_for_version(fmt: str) -> None:
    # dataset_version_id is the top-level name; the schema reports the unknown key (TJ102).
    item = {"type": "dataset", "dataset_id": "a", "dataset_version_id": "v"}
    assert found(body(data_source=[item]), fmt) == [("/data_source/0/dataset_id", "TJ202")]
    diags = tjlint.lint_text(yaml.safe_dump(body(data_source=[item])), filename="x.yaml")
    message = next(d.message for d in diags if d.code == "TJ202")
    assert "not dataset_version_id" in message


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"type": "obs"}, "/data_source/0"),
        ({"type": "obs", "data_url": "/b-1/x/", "dataset_id": "a", "dataset_version": "v"},
         "/data_source/0/dataset_id"),
        ({"type": "obs", "dataset_id": "a", "dataset_version": "v"}, "/data_source/0/type"),
        ({"type": "dataset"}, "/data_source/0"),
        ({"type": "dataset", "data_url": "/b-1/x/"}, "/data_source/0/type"),
        ({**DS, "data_url": "/b-1/x/"}, "/data_source/0/data_url"),
        ({"data_url": "/b-1/x/", "dataset_id": "a", "dataset_version": "v"},
         "/data_source/0/data_url"),
        ({}, "/data_source/0"),
    ],
)
def test_item_fields_must_match_type(item: dict[str, Any], expected: str, fmt: str) -> None:
    assert found(body(data_source=[item]), fmt) == [(expected, "TJ206")]


@pytest.mark.parametrize(
    "item",
    [OBS, DS, {"data_url": "/my-bucket/x/"}, {"dataset_id": "a", "dataset_version": "v"}],
)
def test_consistent_items_are_clean(item: dict[str, Any], fmt: str) -> None:
    assert found(body(data_source=[item]), fmt) == []


def test_dataset_item_with_half_pair_is_only_tj202(fmt: str) -> None:
    item = {"type": "dataset", "dataset_id": "a"}
    assert [c for _, c in found(body(data_source=[item]), fmt)] == ["TJ202"]


def test_mixed_types_point_at_the_later_type(fmt: str) -> None:
    data = body(data_source=[OBS, OBS, DS])
    assert found(data, fmt) == [("/data_source/2/type", "TJ207")]


def test_mixed_types_inferred_without_type(fmt: str) -> None:
    data = body(data_source=[{"data_url": "/b-1/x/"}, {"dataset_id": "a", "dataset_version": "v"}])
    assert found(data, fmt) == [("/data_source/1/dataset_id", "TJ207")]


def test_same_type_items_are_clean(fmt: str) -> None:
    assert found(body(data_source=[OBS, {"type": "obs", "data_url": "/b-1/y/"}]), fmt) == []


def test_positions_and_related_in_yaml() -> None:
    text = (
        "config_name: demo\n"
        "worker_server_num: 1\n"
        "spec_id: 1\n"
        "model_id: 4\n"
        "data_url: /my-bucket/data/\n"
        "data_source:\n"
        "  - type: obs\n"
        "    data_url: /my-bucket/d2/\n"
        "  - type: dataset\n"
        "    dataset_id: a\n"
        "    dataset_version: v\n"
    )
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code in CODES]
    got = [(d.line, d.column, d.code) for d in diags]
    assert got == [(6, 1, "TJ201"), (9, 5, "TJ207")]
    assert [(r.line, r.column) for r in diags[0].related] == [(5, 1)]
    assert [(r.line, r.column) for r in diags[1].related] == [(7, 5)]


def test_no_source_position_in_json() -> None:
    text = '{\n  "config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 2\n}\n'
    got = [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename="x.json")
           if d.code in CODES]
    assert got == [(1, 1, "TJ201")]


def test_messages_name_server_errors() -> None:
    texts = {
        "TJ201": yaml.safe_dump(body()),
        "TJ202": yaml.safe_dump(body(dataset_id="a")),
    }
    expected = {"TJ201": "ModelArts.0104", "TJ202": "ModelArts.2782"}
    for code, text in texts.items():
        messages = [d.message for d in tjlint.lint_text(text, filename="x.yaml") if d.code == code]
        assert expected[code] in messages[0]


@pytest.mark.parametrize(
    "weird",
    [
        {"data_source": "obs"},
        {"data_source": [1, None, "x", [], {"type": 3}]},
        {"data_source": [{"type": ["obs"], "data_url": 5}]},
        {"data_source": {"type": "obs"}},
        {"dataset_id": 1, "dataset_version_id": [1]},
    ],
)
def test_wrong_types_never_crash(weird: dict[str, Any], fmt: str) -> None:
    found(body(**weird), fmt)


def test_a_null_half_of_the_pair_is_named_as_null(fmt: str) -> None:
    (d,) = [d for d in lint_as(body(dataset_id="abc", dataset_version_id=None), fmt) if d.code == "TJ202"]
    assert d.pointer == "/dataset_id"
    assert "dataset_version_id is null" in d.message

"""TJ601-TJ606: checks against saved catalogue responses (rule functions and engine)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from rule_helpers import from_base

import tjlint
from tjlint.catalog import Catalog, load_catalog, parse_catalog_text
from tjlint.model import Severity
from tjlint.rules.base import Context, Finding
from tjlint.rules.catalog import RULES

DATA = Path(__file__).parent.parent / "data" / "catalog"
SPECS = DATA / "resource-specs.json"
ENGINES = DATA / "ai-engines.json"
MODELS = DATA / "built-in-algorithms.json"
BY_CODE = {rule.code: rule for rule in RULES}


def load_catalog_text(data: dict[str, Any]) -> Catalog:
    return parse_catalog_text(json.dumps(data), "saved.json")


def full() -> Catalog:
    return load_catalog([SPECS, ENGINES, MODELS])


def run(code: str, data: dict[str, Any], catalog: Catalog | None) -> list[Finding]:
    return list(BY_CODE[code].check(data, Context(catalog=catalog)))


def where(findings: list[Finding]) -> list[str]:
    return [f.pointer for f in findings]


# A body that is valid against the whole sample catalogue.
GOOD = from_base(config_name="resnet-train", worker_server_num=2, spec_id=2, engine_id=501, app_url=None,
                 boot_file_url=None, data_url="/bucket/data/", model_id=4, train_url="/bucket/out/",
                 parameter=[{"label": "batch_size", "value": "32"}, {"label": "num_epoch", "value": "5"}])


def test_metadata() -> None:
    assert [r.code for r in RULES] == ["TJ601", "TJ602", "TJ603", "TJ604", "TJ605", "TJ606"]
    assert [r.name for r in RULES] == [
        "unknown-spec", "too-many-workers", "unknown-engine", "unknown-algorithm",
        "spec-sold-out", "missing-algorithm-parameter",
    ]
    severities = [r.severity for r in RULES]
    assert severities == [Severity.ERROR] * 4 + [Severity.WARNING, Severity.ERROR]
    for rule in RULES:
        # Examples cannot be linted without a catalogue: they live in the explanation.
        assert rule.good == "" and rule.bad == ""
        assert "--catalog" in rule.explanation


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_valid_body_is_clean(code: str) -> None:
    assert run(code, GOOD, full()) == []


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_silent_without_catalogue(code: str) -> None:
    bad = {"spec_id": 99, "worker_server_num": 50, "engine_id": 99, "model_id": 99}
    assert run(code, bad, None) == []
    assert run(code, {**GOOD, "spec_id": 3, "worker_server_num": 9}, None) == []


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_silent_on_wrong_types(code: str) -> None:
    odd = {"spec_id": "2", "worker_server_num": True, "engine_id": 1.0, "model_id": [4],
           "parameter": "batch_size=4"}
    assert run(code, odd, full()) == []
    assert run(code, {"spec_id": True, "model_id": True}, full()) == []


def test_tj601_unknown_spec() -> None:
    findings = run("TJ601", {**GOOD, "spec_id": 99}, full())
    assert where(findings) == ["/spec_id"]
    message = findings[0].message
    assert "spec 99 is not in resource-specs.json" in message
    assert "ModelArts.2781" in message
    assert "1 (modelarts.vm.cpu.2u), 2 (modelarts.vm.gpu.p100)" in message


def test_tj601_long_known_list_is_capped() -> None:
    text = {"specs": [{"spec_id": i, "spec_code": f"s{i}"} for i in range(1, 31)]}
    catalog = load_catalog_text(text)
    message = run("TJ601", {"spec_id": 99}, catalog)[0].message
    assert "8 (s8)" in message and "9 (s9)" not in message
    assert "and 22 more" in message


def test_tj602_too_many_workers() -> None:
    findings = run("TJ602", {**GOOD, "spec_id": 1, "worker_server_num": 3}, full())
    assert where(findings) == ["/worker_server_num"]
    assert findings[0].related == ("/spec_id",)
    message = findings[0].message
    assert "at most 2 workers for modelarts.vm.cpu.2u (max_num in resource-specs.json)" in message
    assert "ModelArts.2793" in message


@pytest.mark.parametrize(
    ("spec_id", "workers", "count"),
    [(1, 2, 0), (1, 3, 1), (44, 1, 0), (44, 2, 1), (2, 5, 0), (2, 6, 1), (99, 50, 0)],
)
def test_tj602_boundary(spec_id: int, workers: int, count: int) -> None:
    body = {**GOOD, "spec_id": spec_id, "worker_server_num": workers}
    assert len(run("TJ602", body, full())) == count


def test_tj602_spec_without_max_num_is_silent() -> None:
    catalog = load_catalog_text({"specs": [{"spec_id": 5, "spec_code": "x"}]})
    assert run("TJ602", {"spec_id": 5, "worker_server_num": 100}, catalog) == []


def test_tj603_unknown_engine() -> None:
    findings = run("TJ603", {**GOOD, "engine_id": 7}, full())
    assert where(findings) == ["/engine_id"]
    message = findings[0].message
    assert "engine 7 is not in ai-engines.json" in message
    assert "ModelArts.2780" in message
    assert "1 (TF-1.4.0-python2.7)" in message


def test_tj604_unknown_algorithm() -> None:
    findings = run("TJ604", {**GOOD, "model_id": 40}, full())
    assert where(findings) == ["/model_id"]
    assert "4 (ResNet_v2_50)" in findings[0].message
    assert "built-in-algorithms.json" in findings[0].message


def test_tj605_sold_out() -> None:
    findings = run("TJ605", {**GOOD, "spec_id": 3, "worker_server_num": 1}, full())
    assert where(findings) == ["/spec_id"]
    assert "ModelArts.2763" in findings[0].message
    assert "modelarts.vm.gpu.v100" in findings[0].message


def test_tj606_missing_required_parameter() -> None:
    body = {**GOOD, "parameter": [{"label": "lr", "value": "0.1"}]}
    findings = run("TJ606", body, full())
    # One finding per missing required label, at `parameter`, naming model_id as related.
    assert where(findings) == ["/parameter", "/parameter"]
    assert findings[0].related == ("/model_id",)
    assert "'batch_size'" in findings[0].message
    assert "'num_epoch'" in findings[1].message


def test_tj606_without_parameter_points_at_model_id() -> None:
    body = {k: v for k, v in GOOD.items() if k != "parameter"}
    findings = run("TJ606", body, full())
    assert where(findings) == ["/model_id", "/model_id"]
    assert findings[0].related == ()


def test_tj606_optional_parameters_and_unknown_model_are_silent() -> None:
    assert run("TJ606", {"model_id": 9}, full()) == []
    assert run("TJ606", {"model_id": 40}, full()) == []
    assert run("TJ606", {"spec_id": 1}, full()) == []


def test_tj606_ignores_malformed_items() -> None:
    body = {"model_id": 4, "parameter": ["batch_size", {"label": 4}, {"label": "num_epoch"}]}
    findings = run("TJ606", body, full())
    assert where(findings) == ["/parameter"]
    assert "'batch_size'" in findings[0].message


def test_one_kind_leaves_other_families_silent() -> None:
    specs_only = load_catalog([SPECS])
    bad = {"spec_id": 1, "worker_server_num": 9, "engine_id": 99, "model_id": 99}
    found = {code for code in BY_CODE if run(code, bad, specs_only)}
    assert found == {"TJ602"}
    engines_only = load_catalog([ENGINES])
    found = {code for code in BY_CODE if run(code, bad, engines_only)}
    assert found == {"TJ603"}
    models_only = load_catalog([MODELS])
    found = {code for code in BY_CODE if run(code, {**bad, "model_id": 4}, models_only)}
    assert found == {"TJ606"}


def test_paged_specs_behave_like_one_file() -> None:
    paged = load_catalog([DATA / "resource-specs-page1.json", DATA / "resource-specs-page2.json"])
    assert run("TJ601", {"spec_id": 44}, paged) == []
    assert where(run("TJ605", {"spec_id": 3}, paged)) == ["/spec_id"]
    assert where(run("TJ602", {"spec_id": 44, "worker_server_num": 2}, paged)) == [
        "/worker_server_num"
    ]


# Through the engine: positions (line, column, code) in YAML and JSON sources.

CLEAN_YAML = """\
# ResNet-50 with the built-in algorithm on two P100 workers
config_name: resnet50-flowers
worker_server_num: 2
spec_id: 2
model_id: 4
parameter:
  - label: batch_size
    value: "32"
  - label: num_epoch
    value: "10"
data_url: /ml-demo-data/flowers/train/
train_url: /ml-demo-output/resnet50/
"""


def lint(text: str, filename: str, catalog: Catalog | None) -> list[tuple[int, int, str]]:
    found = tjlint.lint_text(text, filename=filename, catalog=catalog)
    return [(d.line, d.column, d.code) for d in found]


def test_clean_config_stays_clean_with_catalogue() -> None:
    assert lint(CLEAN_YAML, "resnet.yaml", None) == []
    assert lint(CLEAN_YAML, "resnet.yaml", full()) == []
    as_json = json.dumps(yaml.safe_load(CLEAN_YAML), indent=2)
    assert lint(as_json, "resnet.json", None) == []
    assert lint(as_json, "resnet.json", full()) == []


BROKEN_YAML = """\
config_name: custom-train
worker_server_num: 3
spec_id:   1
app_url: /ml-demo-code/train/
boot_file_url: /ml-demo-code/train/train.py
engine_id: 7
data_url: /ml-demo-data/flowers/
"""


def test_yaml_positions() -> None:
    assert lint(BROKEN_YAML, "train.yaml", full()) == [(2, 20, "TJ602"), (6, 12, "TJ603")]
    unknown = BROKEN_YAML.replace("spec_id:   1", "spec_id:   99")
    assert lint(unknown, "train.yaml", full()) == [(3, 12, "TJ601"), (6, 12, "TJ603")]
    sold_out = BROKEN_YAML.replace("spec_id:   1", "spec_id:   3").replace(
        "worker_server_num: 3", "worker_server_num: 1")
    assert lint(sold_out, "train.yaml", full()) == [(3, 12, "TJ605"), (6, 12, "TJ603")]


BROKEN_JSON = """\
{
  "config_name": "resnet50-flowers",
  "worker_server_num": 1,
  "spec_id": 44,
  "model_id": 4,
  "parameter": [
    {"label": "batch_size", "value": "32"}
  ],
  "data_url": "/ml-demo-data/flowers/train/"
}
"""


def test_json_positions() -> None:
    assert lint(BROKEN_JSON, "resnet.json", full()) == [(6, 16, "TJ606")]
    unknown = BROKEN_JSON.replace('"model_id": 4', '"model_id": 40')
    assert lint(unknown, "resnet.json", full()) == [(5, 15, "TJ604")]
    no_parameter = BROKEN_JSON.replace(
        '  "parameter": [\n    {"label": "batch_size", "value": "32"}\n  ],\n', "")
    assert lint(no_parameter, "resnet.json", full()) == [(5, 15, "TJ606"), (5, 15, "TJ606")]


def test_job_body_checks_inside_config() -> None:
    job = """\
job_name: resnet50-flowers
config:
  worker_server_num: 4
  spec_id: 44
  model_id: 4
  parameter:
    - {label: batch_size, value: "32"}
    - {label: num_epoch, value: "10"}
  data_url: /ml-demo-data/flowers/train/
"""
    # Only TJ6xx selected: these checks do not depend on the schema stage.
    only = tjlint.Config(select=("TJ6",))
    found = tjlint.lint_text(job, filename="job.yaml", catalog=full(), config=only)
    assert [(d.line, d.column, d.code, d.pointer) for d in found] == [
        (3, 22, "TJ602", "/config/worker_server_num")
    ]


def test_one_kind_through_the_engine() -> None:
    engines_only = load_catalog([ENGINES])
    assert lint(BROKEN_YAML, "train.yaml", engines_only) == [(6, 12, "TJ603")]
    assert lint(BROKEN_YAML, "train.yaml", load_catalog([MODELS])) == []

"""TJ601, TJ602, TJ605 for a specification named by its code (``flavor.code``).

The sample catalogue (tests/data/catalog/resource-specs.json) lists modelarts.vm.cpu.2u (max_num
2), modelarts.vm.gpu.p100 (max_num 5), modelarts.vm.gpu.v100 (max_num 1, sold out) and
modelarts.vm.cpu.8u (max_num 1).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from rule_helpers import from_base

import tjlint
from tjlint import Config
from tjlint.catalog import Catalog, load_catalog

SPECS = Path(__file__).parent.parent / "data" / "catalog" / "resource-specs.json"
ONLY_CATALOGUE = Config(select=("TJ6",))
BODY = from_base(config_name="tf-mnist", spec_id=None, flavor={"code": "modelarts.vm.cpu.8u"}, engine_id=4,
                 app_url="/test-modelarts/code/", boot_file_url="/test-modelarts/code/train.py",
                 data_url="/test-modelarts/data/")


@pytest.fixture(scope="module")
def specs() -> Catalog:
    return load_catalog(SPECS)


def lint(data: dict[str, Any], fmt: str, catalog: Catalog | None, config: Config | None = None) -> list[Any]:
    text = json.dumps(data, indent=2) if fmt == "json" else yaml.safe_dump(data, sort_keys=False)
    return tjlint.lint_text(text, filename=f"body.{fmt}", catalog=catalog, config=config)


def test_a_listed_code_is_clean(specs: Catalog, fmt: str) -> None:
    assert lint(BODY, fmt, specs) == []


def test_an_unknown_code_is_tj601_listing_the_codes(specs: Catalog, fmt: str) -> None:
    found = lint({**BODY, "flavor": {"code": "modelarts.vm.cpu.64u"}}, fmt, specs, ONLY_CATALOGUE)
    assert [(d.pointer, d.code) for d in found] == [("/flavor/code", "TJ601")]
    message = found[0].message
    assert "'modelarts.vm.cpu.64u'" in message and "resource-specs.json" in message
    assert "ModelArts.2781" in message
    for code in ("modelarts.vm.cpu.2u", "modelarts.vm.gpu.p100", "modelarts.vm.gpu.v100",
                 "modelarts.vm.cpu.8u"):
        assert code in message


def test_max_num_of_the_named_spec(specs: Catalog, fmt: str) -> None:
    found = lint({**BODY, "worker_server_num": 2}, fmt, specs, ONLY_CATALOGUE)
    assert [(d.pointer, d.code) for d in found] == [("/worker_server_num", "TJ602")]
    assert [r.pointer for r in found[0].related] == ["/flavor/code"]
    assert "at most 1 workers for modelarts.vm.cpu.8u" in found[0].message
    assert lint({**BODY, "flavor": {"code": "modelarts.vm.cpu.2u"}, "worker_server_num": 2}, fmt, specs,
                ONLY_CATALOGUE) == []


def test_sold_out_spec_named_by_code(specs: Catalog, fmt: str) -> None:
    found = lint({**BODY, "flavor": {"code": "modelarts.vm.gpu.v100"}}, fmt, specs, ONLY_CATALOGUE)
    assert [(d.pointer, d.code) for d in found] == [("/flavor/code", "TJ605")]


def test_silent_without_a_specs_catalogue(fmt: str) -> None:
    assert lint({**BODY, "flavor": {"code": "nothing.like.it"}, "worker_server_num": 9}, fmt, None) == []


def test_inside_a_job_body(specs: Catalog, fmt: str) -> None:
    config = {k: v for k, v in BODY.items() if k != "config_name"}
    job = {"job_name": "tf", "config": {**config, "flavor": {"code": "x.y"}, "pool_id": "pool-1"}}
    found = lint(job, fmt, specs, ONLY_CATALOGUE)
    assert [(d.pointer, d.code) for d in found] == [("/config/flavor/code", "TJ601")]


FLOW = ("{config_name: tf, worker_server_num: 3, app_url: /bkt/code/, boot_file_url: /bkt/code/t.py,\n"
        " data_url: /bkt/data/, flavor: {code: modelarts.vm.gpu.v100}}\n")
BLOCK = ("config_name: tf\nworker_server_num: 3\napp_url: /bkt/code/\nboot_file_url: /bkt/code/t.py\n"
         "data_url: /bkt/data/\nflavor:\n  code: modelarts.vm.gpu.v100\n")
JSON = ('{"config_name": "tf", "worker_server_num": 3, "app_url": "/bkt/code/",\n'
        ' "boot_file_url": "/bkt/code/t.py", "data_url": "/bkt/data/",\n'
        ' "flavor": {"code": "modelarts.vm.gpu.v100"}}\n')


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (BLOCK, "c.yaml", [(2, 20, "TJ602"), (7, 9, "TJ605")]),
        (FLOW, "c.yaml", [(1, 38, "TJ602"), (2, 39, "TJ605")]),
        (JSON, "c.json", [(1, 44, "TJ602"), (3, 21, "TJ605")]),
    ],
    ids=["block", "flow", "json"],
)
def test_positions(specs: Catalog, text: str, name: str, expected: list[tuple[int, int, str]]) -> None:
    found = tjlint.lint_text(text, filename=name, catalog=specs, config=ONLY_CATALOGUE)
    assert [(d.line, d.column, d.code) for d in found] == expected


def test_an_empty_code_is_not_looked_up(specs: Catalog, fmt: str) -> None:
    body = {**BODY, "spec_id": 44, "flavor": {"code": ""}}
    assert lint(body, fmt, specs) == []

"""Catalogues of the current API (training-job-flavors, training-job-engines, algorithms) and TJ601-TJ604 on v2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run_cli
from rule_helpers import where

from tjlint.catalog import Catalog, CatalogError, load_catalog, parse_catalog_text

ROOT = Path(__file__).resolve().parent.parent
SAVED = ROOT / "examples" / "catalog" / "v2"
V1 = ROOT / "examples" / "catalog"
FLAVORS = SAVED / "flavors.json"
ENGINES = SAVED / "engines.json"
ALGORITHMS = SAVED / "algorithms.json"
PYTORCH = "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), "utf-8")
    return path


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([FLAVORS, ENGINES, ALGORITHMS])


def test_responses_are_told_apart_by_their_keys_and_items(catalog: Catalog) -> None:
    v2 = catalog.v2
    assert v2.flavors is not None and v2.engines is not None and v2.algorithms is not None
    assert sorted(v2.flavors) == ["modelarts.p3.large.public.free", "modelarts.vm.cpu.8u", "modelarts.vm.gpu.4v100"]
    # max_num, else flavor_info.max_num (the OTC example gives it only there).
    assert [f.max_num for f in v2.flavors.values()] == [1, 1, 4]
    assert {e.engine_name for e in v2.engines.values()} == {"PyTorch", "TensorFlow"}
    assert list(v2.algorithms) == ["3f5d6706-7b67-408d-8ba0-ec08048c45ed"]
    assert catalog.specs is None and catalog.engines is None and catalog.models is None
    assert catalog.source_names("training-job-engines") == "engines.json"


def test_max_num_wins_over_flavor_info() -> None:
    text = json.dumps({"flavors": [{"flavor_id": "f", "max_num": 3, "flavor_info": {"max_num": 9}}]})
    flavors = parse_catalog_text(text, "f.json").v2.flavors
    assert flavors is not None and flavors["f"].max_num == 3


@pytest.mark.parametrize(("data", "kind"), [
    ({"total": 0, "items": []}, "engines"),
    ({"total": 0, "count": 0, "limit": 10, "offset": 0, "items": []}, "algorithms"),
])
def test_empty_items_are_told_by_the_paging_keys(data: dict[str, Any], kind: str) -> None:
    v2 = parse_catalog_text(json.dumps(data), "x.json").v2
    assert getattr(v2, kind) == {}
    assert [getattr(v2, k) is None for k in ("flavors", "engines", "algorithms") if k != kind] == [True, True]


def test_paged_files_merge(tmp_path: Path) -> None:
    one = write(tmp_path, "flavors-1.json", {"flavors": [{"flavor_id": "a", "max_num": 1}]})
    two = write(tmp_path, "flavors-2.json", {"flavors": [{"flavor_id": "b"}, {"flavor_id": "a", "max_num": 2}]})
    catalog = load_catalog([one, two])
    assert catalog.v2.flavors is not None
    assert {k: f.max_num for k, f in catalog.v2.flavors.items()} == {"a": 2, "b": None}
    assert catalog.source_names("flavors") == "flavors-1.json, flavors-2.json"


@pytest.mark.parametrize(("data", "problem"), [
    ({"flavors": {}}, "'flavors' is an object, not a list"),
    ({"flavors": [{"flavor_name": "x"}]}, "flavors[0] has no string 'flavor_id'"),
    ({"flavors": [{"flavor_id": "a", "max_num": "2"}]}, "flavors[0] 'max_num' is a string, not an integer"),
    ({"flavors": [{"flavor_id": "a", "flavor_info": []}]}, "flavors[0] flavor_info is a list, not an object"),
    ({"items": [{"engine_name": "PyTorch"}]}, "items[0] has no string 'engine_id'"),
    ({"items": [{"engine_id": 5, "engine_name": "PyTorch"}]}, "items[0] has no string 'engine_id'"),
    ({"items": [{"metadata": {"name": "x"}, "job_config": {}}]}, "items[0] metadata has no string 'id'"),
    ({"items": [{"engine_id": "e", "engine_name": "P"}, {"metadata": {"id": "a"}, "job_config": {}}]},
     "'items' mixes training-job engines and algorithms"),
    ({"items": [{"engine_id": "e", "engine_name": "P"}, 3]}, "items[1] is neither a training-job engine"),
    ({"items": "none"}, "'items' is a string, not a list"),
    ({"total": 1}, "nor a training-job-flavors, training-job-engines or algorithms one"),
])
def test_malformed_responses_name_the_file(tmp_path: Path, data: dict[str, Any], problem: str) -> None:
    path = write(tmp_path, "saved.json", data)
    with pytest.raises(CatalogError) as caught:
        load_catalog([path])
    message = str(caught.value)
    assert message.startswith(f"catalog {path}: ") and problem in message and "\n" not in message
    status, out, err = run_cli(["--catalog", str(path), str(SAVED / "training-job-v2-resnet.yaml")])
    assert status == 2 and out == "" and err.count("\n") == 1 and str(path) in err


BODY = ("kind: job\nmetadata: {{name: demo}}\nalgorithm:\n  id: {algorithm}\n"
        "spec:\n  resource:\n    flavor_id: {flavor}\n    node_count: {nodes}\n")


def body(algorithm: str = "3f5d6706-7b67-408d-8ba0-ec08048c45ed", flavor: str = "modelarts.vm.gpu.4v100",
         nodes: int = 4) -> str:
    return BODY.format(algorithm=algorithm, flavor=flavor, nodes=nodes)


def test_a_body_the_catalogue_knows_is_clean(catalog: Catalog) -> None:
    assert where(body(), "b.yaml", catalog=catalog) == []


def test_unknown_flavor_and_algorithm(catalog: Catalog) -> None:
    text = body(algorithm="a1", flavor="modelarts.vm.cpu.64u")
    assert where(text, "b.yaml", catalog=catalog) == [(4, 7, "TJ604"), (7, 16, "TJ601")]


def test_too_many_nodes_points_at_node_count(catalog: Catalog) -> None:
    assert where(body(nodes=5), "b.yaml", catalog=catalog) == [(8, 17, "TJ602")]
    assert where(body(flavor="modelarts.vm.cpu.8u", nodes=2), "b.yaml", catalog=catalog) == [(8, 17, "TJ602")]


def test_a_flavor_with_a_pool_is_not_looked_up(catalog: Catalog) -> None:
    text = body(flavor="modelarts.pool.visual.xlarge", nodes=16) + "    pool_id: pool-1\n"
    assert where(text, "b.yaml", catalog=catalog) == []


ENGINE_BODY = ('{{"kind": "job", "metadata": {{"name": "demo"}},\n "algorithm": {{"code_dir": "/my-bucket/c/",'
               ' "boot_file": "/my-bucket/c/t.py",\n  "engine": {engine}}},\n'
               ' "spec": {{"resource": {{"flavor_id": "modelarts.vm.cpu.8u"}}}}}}\n')


@pytest.mark.parametrize(("engine", "expected"), [
    (f'{{"engine_id": "{PYTORCH}"}}', []),
    (f'{{"engine_name": "PyTorch", "engine_version": "{PYTORCH}"}}', []),
    ('{"engine_id": "mxnet-1.2"}', [(3, 27, "TJ603")]),
    ('{"engine_name": "MXNet", "engine_version": "1.2"}', [(3, 29, "TJ603")]),
    ('{"engine_name": "PyTorch", "engine_version": "2.0"}', [(3, 58, "TJ603")]),
    ('{"image_url": "my-org/img:1"}', []),
])
def test_engines(catalog: Catalog, engine: str, expected: list[tuple[int, int, str]]) -> None:
    assert where(ENGINE_BODY.format(engine=engine), "b.json", catalog=catalog) == expected


def test_v1_catalogues_check_v1_bodies_only(catalog: Catalog) -> None:
    v1 = load_catalog([V1 / "resource-specs.json", V1 / "ai-engines.json", V1 / "built-in-algorithms.json"])
    assert where(body(algorithm="a1", flavor="nope", nodes=99), "b.yaml", catalog=v1) == []
    v1_body = "config_name: c\nworker_server_num: 99\nspec_id: 999\nengine_id: 999\nmodel_id: 999\ndata_url: /b1b/d/\n"
    assert where(v1_body, "c.yaml", catalog=catalog) == []
    assert {c for *_, c in where(v1_body, "c.yaml", catalog=v1)} >= {"TJ601", "TJ603", "TJ604"}


def test_catalog_setting_and_the_shipped_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".tjlint.yaml").write_text(f"catalog:\n  - {FLAVORS}\n  - {ENGINES}\n")
    target = tmp_path / "training-job-v2-resnet.yaml"
    target.write_text((SAVED / "training-job-v2-resnet.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    status, out, _ = run_cli(["--format", "json", target.name])
    assert status == 1
    assert [(d["line"], d["column"], d["code"]) for d in json.loads(out)] == [(14, 21, "TJ603"), (18, 17, "TJ602")]

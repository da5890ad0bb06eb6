"""Completion in-process: catalogue values, booleans, and values written so that they read back the same."""

from __future__ import annotations

from pathlib import Path

from tjlint.catalog import load_catalog, parse_catalog_text
from tjlint.lsp.completion import suggestions
from tjlint.lsp.setups import Setup, Setups

SPECS = '{"specs": [{"spec_id": 3, "spec_code": "modelarts.vm.cpu.8u", "max_num": 1, "no_resource": true}]}'
MODELS = '{"models": [{"model_id": 42, "model_name": "ResNet_v1_50", "engine_id": 1}]}'


def with_catalogue(tmp_path: Path, text: str) -> Setup:
    plain = Setups().for_folder(str(tmp_path))
    return Setup(plain.linter, None, plain.settings, parse_catalog_text(text, "catalogue.json"))


def labels(text: str, setup: Setup, fmt: str = "yaml") -> dict[str, tuple[str, str]]:
    offset = text.index("§")
    found = suggestions(text.replace("§", ""), fmt, offset, "/w/training-job.yaml", setup)
    return {s.label: (s.insert, s.detail) for s in found}


def test_flavor_code_takes_the_spec_codes_of_the_catalogue(tmp_path: Path) -> None:
    setup = with_catalogue(tmp_path, SPECS)
    assert labels("job_name: a\nconfig:\n  flavor:\n    code: §\n", setup) == {
        "modelarts.vm.cpu.8u": ("modelarts.vm.cpu.8u", "spec_id 3")}
    assert labels('{"config": {"flavor": {"code": §}}}', setup, "json") == {
        "modelarts.vm.cpu.8u": ('"modelarts.vm.cpu.8u"', "spec_id 3")}
    assert labels("spec_id: §\n", setup) == {"3": ("3", "modelarts.vm.cpu.8u")}


def test_model_ids_with_their_names(tmp_path: Path) -> None:
    assert labels("config_name: a\nmodel_id: §\n", with_catalogue(tmp_path, MODELS)) == {
        "42": ("42", "ResNet_v1_50")}


def test_no_catalogue_no_ids(tmp_path: Path) -> None:
    assert labels("spec_id: §\n", Setups().for_folder(str(tmp_path))) == {}


def test_booleans_and_enums(tmp_path: Path) -> None:
    setup = Setups().for_folder(str(tmp_path))
    assert set(labels("job_name: a\nconfig:\n  create_version: §\n", setup)) == {"true", "false"}
    assert labels("data_source:\n  - type: 'o§'\n", setup) == {
        "obs": ("'obs'", ""), "dataset": ("'dataset'", "")}


def test_fields_that_hold_lists_and_mappings_open_a_block(tmp_path: Path) -> None:
    setup = Setups().for_folder(str(tmp_path))
    found = labels("job_name: a\nconfig:\n  vol§\n", setup)
    assert found["volumes"][0] == "volumes:\n    - "
    assert found["spec_id"][0] == "spec_id: "
    top = labels("job_name: a\nco§\n", setup)
    assert top["config"][0] == "config:\n  "


def test_the_fields_of_a_volume_and_of_its_nfs_mapping(tmp_path: Path) -> None:
    setup = Setups().for_folder(str(tmp_path))
    assert set(labels("job_name: a\nconfig:\n  volumes:\n    - §\n", setup)) == {"nfs", "host_path"}
    nfs = set(labels("job_name: a\nconfig:\n  volumes:\n    - nfs:\n        id: x\n        §\n", setup))
    assert {"src_path", "dest_path"} <= nfs and "id" not in nfs


V2_CATALOGUES = Path(__file__).resolve().parents[2] / "examples" / "catalog" / "v2"


def with_v2_catalogues(tmp_path: Path) -> Setup:
    plain = Setups().for_folder(str(tmp_path))
    paths = [str(V2_CATALOGUES / name) for name in ("flavors.json", "engines.json", "algorithms.json")]
    return Setup(plain.linter, None, plain.settings, load_catalog(paths))


def test_current_api_bodies_take_flavor_engine_and_algorithm_ids(tmp_path: Path) -> None:
    setup = with_v2_catalogues(tmp_path)
    body = "kind: job\nmetadata:\n  name: a\nalgorithm:\n  {algorithm}\nspec:\n  resource:\n    {resource}\n"
    flavors = labels(body.format(algorithm="code_dir: /b/c/", resource="flavor_id: §"), setup)
    assert set(flavors) == {"modelarts.vm.cpu.8u", "modelarts.p3.large.public.free", "modelarts.vm.gpu.4v100"}
    assert flavors["modelarts.p3.large.public.free"][1] == "GPU: 1*NVIDIA-V100(16GB) | CPU: 8 vCPUs 64GB"
    engines = labels(body.format(algorithm="engine:\n    engine_id: §", resource="node_count: 1"), setup)
    assert set(engines) == {"pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64",
                            "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64"}
    assert engines["pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"][1] == "PyTorch"
    saved = labels(body.format(algorithm="id: §", resource="node_count: 1"), setup)
    # quoted: a plain scalar that starts with a digit is kept from ever reading back as a number
    assert saved == {"3f5d6706-7b67-408d-8ba0-ec08048c45ed": ('"3f5d6706-7b67-408d-8ba0-ec08048c45ed"',
                                                               "resnet-flowers")}


def test_v1_ids_are_not_offered_in_current_api_bodies(tmp_path: Path) -> None:
    setup = with_catalogue(tmp_path, SPECS)
    body = "kind: job\nmetadata:\n  name: a\nalgorithm:\n  code_dir: /b/c/\nspec:\n  resource:\n    flavor_id: §\n"
    assert labels(body, setup) == {}

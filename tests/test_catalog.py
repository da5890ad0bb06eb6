"""Reading saved catalogue responses (tjlint.catalog)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tjlint.catalog import (
    Algorithm,
    AlgorithmParameter,
    Catalog,
    CatalogError,
    Engine,
    Spec,
    load_catalog,
    parse_catalog_text,
)
from tjlint.cli import main

DATA = Path(__file__).parent / "data" / "catalog"
BAD = DATA / "bad"


def test_specs_response() -> None:
    catalog = load_catalog([DATA / "resource-specs.json"])
    assert catalog.specs is not None
    assert sorted(catalog.specs) == [1, 2, 3, 44]
    assert catalog.specs[1] == Spec(
        spec_id=1, spec_code="modelarts.vm.cpu.2u", max_num=2, no_resource=False, gpu_num=0
    )
    assert catalog.specs[3].no_resource is True
    assert catalog.specs[44].max_num == 1
    assert catalog.engines is None
    assert catalog.models is None
    assert catalog.sources == {"specs": (str(DATA / "resource-specs.json"),)}


def test_engines_response() -> None:
    catalog = load_catalog([str(DATA / "ai-engines.json")])
    assert catalog.engines is not None
    assert sorted(catalog.engines) == [1, 2, 122, 501]
    assert catalog.engines[1] == Engine(
        engine_id=1, engine_name="TensorFlow", engine_version="TF-1.4.0-python2.7", engine_type=1
    )
    assert catalog.specs is None
    assert catalog.models is None


def test_algorithms_response_decodes_parameter_string() -> None:
    catalog = load_catalog([DATA / "built-in-algorithms.json"])
    assert catalog.models is not None
    resnet = catalog.models[4]
    assert resnet.model_name == "ResNet_v2_50"
    assert resnet.engine_id == 501
    assert resnet.parameters == (
        AlgorithmParameter("batch_size", required=True, value="4"),
        AlgorithmParameter("lr", required=False, value="0.01"),
        AlgorithmParameter("num_epoch", required=True, value="10"),
    )
    assert catalog.models[9].parameters == (AlgorithmParameter("lr", False, "0.001"),)


def test_algorithm_parameter_already_decoded() -> None:
    text = json.dumps({"models": [{"model_id": 4, "model_name": "ResNet_v2_50", "parameter": [
        {"label": "batch_size", "value": "4", "required": True}]}]})
    catalog = parse_catalog_text(text, "algorithms.json")
    assert catalog.models == {4: Algorithm(
        model_id=4, model_name="ResNet_v2_50",
        parameters=(AlgorithmParameter("batch_size", True, "4"),),
    )}


@pytest.mark.parametrize("parameter", ["", "[]", None, []])
def test_algorithm_without_parameters(parameter: object) -> None:
    text = json.dumps({"models": [{"model_id": 7, "parameter": parameter}]})
    models = parse_catalog_text(text, "a.json").models
    assert models is not None
    assert models[7].parameters == ()


def test_paged_responses_merge() -> None:
    catalog = load_catalog([DATA / "resource-specs-page1.json", DATA / "resource-specs-page2.json"])
    assert catalog.specs is not None
    assert sorted(catalog.specs) == [1, 2, 3, 44]
    assert catalog.source_names("specs") == "resource-specs-page1.json, resource-specs-page2.json"


def test_three_kinds_together() -> None:
    catalog = load_catalog(
        DATA / n for n in ("resource-specs.json", "ai-engines.json", "built-in-algorithms.json")
    )
    assert catalog.specs is not None and catalog.engines is not None
    assert catalog.models is not None
    assert catalog.source_names("engines") == "ai-engines.json"


def test_single_path_is_one_file() -> None:
    assert load_catalog(str(DATA / "ai-engines.json")) == load_catalog([DATA / "ai-engines.json"])
    assert load_catalog(DATA / "ai-engines.json").engines is not None


def test_repeated_id_later_file_wins(tmp_path: Path) -> None:
    first = tmp_path / "specs-1.json"
    first.write_text('{"specs": [{"spec_id": 1, "max_num": 2}, {"spec_id": 2, "max_num": 5}]}')
    second = tmp_path / "specs-2.json"
    second.write_text('{"specs": [{"spec_id": 1, "max_num": 8}]}')
    specs = load_catalog([first, second]).specs
    assert specs is not None
    assert (specs[1].max_num, specs[2].max_num) == (8, 5)


def test_no_files_gives_no_kinds() -> None:
    assert load_catalog([]) == Catalog()


def test_empty_list_is_a_given_kind() -> None:
    catalog = parse_catalog_text('{"is_success": true, "specs": []}', "specs.json")
    assert catalog.specs == {}
    assert catalog.engines is None


def test_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "engines.json"
    path.write_bytes(b"\xef\xbb\xbf" + (DATA / "ai-engines.json").read_bytes())
    assert load_catalog([path]).engines is not None


def test_catalog_is_read_only() -> None:
    catalog = load_catalog([DATA / "resource-specs.json"])
    with pytest.raises(TypeError):
        catalog.specs[5] = Spec(5)  # type: ignore[index]


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("truncated.json", "is not valid JSON"),
        ("top-level-list.json", "top level is a list, not an object"),
        ("specs-not-list.json", "'specs' is an object, not a list"),
        ("spec-without-id.json", "specs[2] has no integer 'spec_id'"),
        ("unknown-kind.json", "no top-level 'specs', 'engines' or 'models' key"),
        ("bad-parameter.json", "models[0] 'parameter' is not valid JSON"),
        ("failed-response.json", "failed API response (ModelArts.0105"),
    ],
)
def test_malformed_file_is_one_clear_line(file: str, expected: str) -> None:
    path = BAD / file
    with pytest.raises(CatalogError) as info:
        load_catalog([DATA / "ai-engines.json", path])
    message = str(info.value)
    assert message.startswith(f"catalog {path}: ")
    assert expected in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"specs": [{"spec_id": "1"}]}', "specs[0] has no integer 'spec_id'"),
        ('{"specs": [{"spec_id": true}]}', "specs[0] has no integer 'spec_id'"),
        ('{"specs": [1]}', "specs[0] is a number, not an object"),
        ('{"specs": [{"spec_id": 1, "max_num": "2"}]}', "'max_num' is a string, not an integer"),
        ('{"specs": [{"spec_id": 1, "no_resource": 0}]}', "'no_resource' is a number"),
        ('{"engines": [{"engine_name": "MXNet"}]}', "engines[0] has no integer 'engine_id'"),
        ('{"engines": null}', "'engines' is null, not a list"),
        ('{"models": [{"model_id": 4.0}]}', "models[0] has no integer 'model_id'"),
        ('{"models": [{"model_id": 4, "parameter": "{}"}]}', "'parameter' holds an object"),
        ('{"models": [{"model_id": 4, "parameter": 3}]}', "'parameter' holds a number"),
        ('{"models": [{"model_id": 4, "parameter": [{"value": "1"}]}]}',
         "models[0] parameter[0] has no string 'label'"),
        ('{"models": [{"model_id": 4, "parameter": [{"label": "a", "required": 1}]}]}',
         "'required' is a number"),
        ('{"specs": [], "engines": []}', "holds both 'specs' and 'engines'"),
        ('"specs"', "top level is a string"),
        ("", "is not valid JSON"),
        ("[" * 100_000, "is not valid JSON"),
    ],
)
def test_shape_errors(text: str, expected: str) -> None:
    with pytest.raises(CatalogError) as info:
        parse_catalog_text(text, "saved.json")
    assert str(info.value).startswith("catalog saved.json: ")
    assert expected in str(info.value)


def test_quoted_required_flag_is_accepted() -> None:
    parameter = json.dumps([{"label": "a", "required": "true"}])
    text = json.dumps({"models": [{"model_id": 4, "parameter": parameter}]})
    models = parse_catalog_text(text, "a.json").models
    assert models is not None
    assert models[4].parameters == (AlgorithmParameter("a", required=True),)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    with pytest.raises(CatalogError, match=r"^catalog .*missing\.json: cannot be read"):
        load_catalog([path])


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot be read"):
        load_catalog([tmp_path])


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "specs.json"
    path.write_bytes('{"specs": []}'.encode("utf-16"))
    with pytest.raises(CatalogError, match="is not UTF-8 text"):
        load_catalog([path])


def test_message_stays_on_one_line() -> None:
    text = json.dumps({"is_success": False, "error_code": "ModelArts.0105",
                       "error_message": "first line\nsecond line"})
    with pytest.raises(CatalogError) as info:
        parse_catalog_text(text, "specs.json")
    assert str(info.value) == (
        "catalog specs.json: holds a failed API response (ModelArts.0105: first line second line)"
    )


# Through the real command line: --catalog FILE (repeatable); a bad file is exit 2 and one line.

EXAMPLES = Path(__file__).parent.parent / "examples" / "catalog"

CONFIG = """\
config_name: resnet50-flowers
worker_server_num: 3
spec_id: 1
model_id: 4
parameter:
  - {label: batch_size, value: "32"}
data_url: /ml-demo-data/flowers/train/
"""


def tjlint_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tjlint", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, check=False,
    )


def codes(stdout: str) -> list[tuple[int, int, str]]:
    return [(d["line"], d["column"], d["code"]) for d in json.loads(stdout)]


def test_cli_without_catalogue_is_clean(tmp_path: Path) -> None:
    (tmp_path / "job.yaml").write_text(CONFIG, encoding="utf-8")
    done = tjlint_cli("--format", "json", "job.yaml", cwd=tmp_path)
    assert (done.returncode, codes(done.stdout)) == (0, [])


def test_cli_with_repeated_catalog(tmp_path: Path) -> None:
    (tmp_path / "job.yaml").write_text(CONFIG, encoding="utf-8")
    done = tjlint_cli(
        "--catalog", DATA / "resource-specs.json", "--catalog", DATA / "built-in-algorithms.json",
        "--format", "json", "job.yaml", cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert codes(done.stdout) == [(2, 20, "TJ602"), (6, 3, "TJ606")]


def test_cli_paged_catalogue(tmp_path: Path) -> None:
    (tmp_path / "job.yaml").write_text(CONFIG.replace("spec_id: 1", "spec_id: 44"), "utf-8")
    done = tjlint_cli(
        "--catalog", DATA / "resource-specs-page1.json",
        "--catalog", DATA / "resource-specs-page2.json",
        "--format", "json", "job.yaml", cwd=tmp_path,
    )
    assert codes(done.stdout) == [(2, 20, "TJ602")]


def test_cli_sample_catalogue_in_examples() -> None:
    done = tjlint_cli(
        "--catalog", EXAMPLES / "resource-specs.json", "--catalog", EXAMPLES / "ai-engines.json",
        "--catalog", EXAMPLES / "built-in-algorithms.json",
        "--format", "json", EXAMPLES / "training-job-resnet50.json", cwd=EXAMPLES,
    )
    assert done.returncode == 1, done.stderr
    assert codes(done.stdout) == [(4, 24, "TJ602"), (7, 16, "TJ606")]
    alone = tjlint_cli("--format", "json", EXAMPLES / "training-job-resnet50.json", cwd=EXAMPLES)
    assert (alone.returncode, codes(alone.stdout)) == (0, [])


def test_cli_bad_catalogue_is_usage_error(tmp_path: Path) -> None:
    (tmp_path / "job.yaml").write_text(CONFIG, encoding="utf-8")
    done = tjlint_cli("--catalog", BAD / "truncated.json", "job.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"tjlint: error: catalog {BAD / 'truncated.json'}: ")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("file", sorted(p.name for p in BAD.glob("*.json")))
def test_cli_each_bad_catalogue(
    tmp_path: Path, file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    job = tmp_path / "job.yaml"
    job.write_text(CONFIG, encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["--catalog", str(DATA / "ai-engines.json"), "--catalog", str(BAD / file), str(job)])
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"tjlint: error: catalog {BAD / file}: ")
    assert err.count("\n") == 1


def test_cli_missing_catalogue_is_usage_error(tmp_path: Path) -> None:
    (tmp_path / "job.yaml").write_text(CONFIG, encoding="utf-8")
    done = tjlint_cli("--catalog", "nowhere.json", "job.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("tjlint: error: catalog nowhere.json: cannot be read")
    assert done.stderr.count("\n") == 1


def _project(tmp_path: Path, catalog_files: list[Path]) -> Path:
    """A project whose pyproject.toml names catalogue files relative to itself."""
    saved = tmp_path / "modelarts-catalog"
    saved.mkdir()
    names = []
    for path in catalog_files:
        (saved / path.name).write_bytes(path.read_bytes())
        names.append(f'"modelarts-catalog/{path.name}"')
    (tmp_path / "pyproject.toml").write_text(
        f"[tool.tjlint]\ncatalog = [{', '.join(names)}]\n", encoding="utf-8"
    )
    jobs = tmp_path / "training-jobs"
    jobs.mkdir()
    (jobs / "resnet.yaml").write_text(CONFIG, encoding="utf-8")
    return jobs


def test_config_key_catalog(tmp_path: Path) -> None:
    jobs = _project(tmp_path, [DATA / "resource-specs.json", DATA / "built-in-algorithms.json"])
    # Run from a subfolder: paths in the configuration are relative to its file.
    done = tjlint_cli("--format", "json", "resnet.yaml", cwd=jobs)
    assert done.returncode == 1, done.stderr
    assert codes(done.stdout) == [(2, 20, "TJ602"), (6, 3, "TJ606")]


def test_config_key_with_a_malformed_catalogue(tmp_path: Path) -> None:
    jobs = _project(tmp_path, [BAD / "spec-without-id.json"])
    done = tjlint_cli("resnet.yaml", cwd=jobs)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("tjlint: error: catalog ")
    assert "specs[2] has no integer 'spec_id'" in done.stderr
    assert done.stderr.count("\n") == 1


def test_command_line_catalog_replaces_the_config_key(tmp_path: Path) -> None:
    jobs = _project(tmp_path, [BAD / "spec-without-id.json"])
    done = tjlint_cli(
        "--catalog", DATA / "ai-engines.json", "--format", "json", "resnet.yaml", cwd=jobs
    )
    assert (done.returncode, codes(done.stdout)) == (0, [])

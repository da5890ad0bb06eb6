"""The kind v2-job end to end: detection, settings, command line, formats, suppressions, examples, fixes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from cli_helpers import run_cli
from rule_helpers import where
from v2_bodies import SAMPLES

import tjlint
from tjlint import Config
from tjlint.kinds import KINDS, V2_JOB
from tjlint.rules import BUILTIN_RULES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "training-jobs" / "v2"
SAMPLE = SAMPLES["custom_image_dedicated_pool_nfs"]
BROKEN = ("kind: job\nmetadata: {name: demo}\nalgorithm:\n  engine: {image_url: my-org/img:1}\n"
          "spec: {resource: {pool_id: p}}\n")


def test_the_kind_in_one_place() -> None:
    assert (V2_JOB.name, V2_JOB.schema, V2_JOB.configuration) == ("v2-job", "training-job-v2", "")
    assert KINDS["v2-job"].schema == "training-job-v2"


@pytest.mark.parametrize(("data", "kind"), [
    (SAMPLE, "v2-job"),
    ({"metadata": {}, "spec": {}}, "v2-job"),
    ({"metadata": {}, "algorithm": {}}, "v2-job"),
    ({"metadata": {"name": "x"}}, "config"),  # metadata alone is not enough
    ({"kind": "job", "algorithm": {}, "spec": {}}, "config"),  # v1 bodies never have metadata
    ({"job_name": "x", "config": {}}, "job"),
])
def test_auto_detection(data: dict[str, Any], kind: str) -> None:
    assert KINDS.detect(data).name == kind


def test_a_requested_kind_is_kept() -> None:
    assert KINDS.detect(SAMPLE, "config").name == "config"
    assert KINDS.detect({"config_name": "x"}, "v2-job").name == "v2-job"


@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_official_samples_lint_clean(sample: str, fmt: str) -> None:
    body = SAMPLES[sample]
    text = json.dumps(body, indent=2) if fmt == "json" else yaml.safe_dump(body, sort_keys=False)
    assert tjlint.lint_text(text, filename=f"sample.{fmt}") == []
    assert tjlint.lint_data(body) == []
    assert tjlint.lint_data(body, kind="v2-job") == []


def test_v1_rules_stay_off_v2_bodies_and_v2_rules_off_v1() -> None:
    v2_codes = {r.code for r in BUILTIN_RULES if "v2-job" in r.kinds}
    assert {f"TJ7{n:02d}" for n in range(1, 16)} <= v2_codes
    assert v2_codes - {f"TJ7{n:02d}" for n in range(1, 16)} == {
        "TJ303", "TJ401", "TJ402", "TJ404", "TJ405", "TJ601", "TJ602", "TJ603", "TJ604"}
    assert all(r.kinds == frozenset({"v2-job"}) for r in BUILTIN_RULES if r.code.startswith("TJ7"))
    # A v1 configuration read as v2 gets only the schema's findings; a v2 body read as v1 no TJ7xx.
    v1 = {"config_name": "x", "worker_server_num": 1, "spec_id": 1, "data_url": "/b/d/"}
    assert {d.code for d in tjlint.lint_data(v1, kind="v2-job")} == {"TJ101", "TJ102"}
    assert not any(d.code.startswith("TJ7") for d in tjlint.lint_data(SAMPLE, kind="config"))


def test_cli_kind_option_and_schema_command(tmp_path: Path) -> None:
    (tmp_path / "body.yaml").write_text(BROKEN)
    status, out, _ = run_cli(["--format", "json", "--kind", "v2-job", str(tmp_path / "body.yaml")])
    assert status == 1 and [(d["line"], d["column"], d["code"]) for d in json.loads(out)] == [(4, 12, "TJ704")]
    status, out, _ = run_cli(["schema", "--kind", "v2-job", "--path"])
    assert status == 0 and Path(out.strip()).name == "training-job-v2.schema.json"
    assert Path(out.strip()).read_bytes() == (ROOT / "schemas" / "training-job-v2.schema.json").read_bytes()


def test_kinds_setting_maps_files_to_v2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without metadata a body is not detected as v2; the kinds setting says what it is.
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "a.yaml").write_text("kind: job\nalgorithm: {id: a1}\nspec: {resource: {pool_id: p}}\n")
    (tmp_path / ".tjlint.yaml").write_text('kinds:\n  "jobs/**": v2-job\n')
    monkeypatch.chdir(tmp_path)
    status, out, err = run_cli(["--format", "json", "jobs/a.yaml"])
    assert [(d["code"], d["pointer"]) for d in json.loads(out)] == [("TJ101", "")], err
    found = tjlint.lint_text("kind: job\n", "x/a.yaml", config=Config(kinds={"x/*": "v2-job"}))
    assert [d.code for d in found] == ["TJ101", "TJ101", "TJ101"]  # metadata, algorithm, spec
    (tmp_path / ".tjlint.yaml").write_text('kinds:\n  "jobs/**": v3-job\n')
    status, _, err = run_cli(["jobs/a.yaml"])
    assert status == 2 and "v2-job" in err and err.count("\n") == 1


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_every_format(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "training-job-v2.yaml").write_text(BROKEN)
    status, out, _ = run_cli(["--format", fmt, str(tmp_path / "training-job-v2.yaml")])
    assert status == 1 and "TJ704" in out
    if fmt == "sarif":
        result = json.loads(out)["runs"][0]["results"][0]
        assert result["ruleId"] == "TJ704"
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 4


def test_suppressions() -> None:
    text = BROKEN.replace("img:1}\n", "img:1}  # tjlint: disable=TJ704\n")
    assert where(text, "b.yaml") == []
    assert where("# tjlint: disable-file=TJ7\n" + BROKEN, "b.yaml") == []
    unused = BROKEN.replace("spec:", "# tjlint: disable=TJ705\nspec:")
    assert where(unused, "b.yaml") == [(4, 12, "TJ704"), (5, 19, "TJ007")]


def test_fix_and_diff(tmp_path: Path) -> None:
    path = tmp_path / "training-job.yaml"
    text = ("kind: job\nmetadata: {name: demo}\n# the code\nalgorithm:\n  code_dir: 's3://my-bucket/code'\n"
            "  boot_file: /my-bucket/code/train.py\nspec: {resource: {flavor_id: f}}\n")
    path.write_text(text)
    status, out, _ = run_cli(["--diff", str(path)])
    assert status == 1 and "+  code_dir: '/my-bucket/code/'" in out
    status, _, _ = run_cli(["--fix", str(path)])
    assert status == 0 and path.read_text() == text.replace("'s3://my-bucket/code'", "'/my-bucket/code/'")


CLEAN = ["saved-algorithm.yaml", "preset-engine.yaml", "custom-image.json", "dedicated-pool.yaml"]


@pytest.mark.parametrize("name", CLEAN)
def test_clean_examples(name: str) -> None:
    assert tjlint.lint_file(EXAMPLES / name) == []


def test_broken_examples() -> None:
    source = [(d.line, d.code) for d in tjlint.lint_file(EXAMPLES / "broken-source.yaml")]
    assert source == [(9, "TJ701"), (10, "TJ708"), (12, "TJ707"), (15, "TJ706"), (24, "TJ101"), (24, "TJ102")]
    image = [(d.line, d.code) for d in tjlint.lint_file(EXAMPLES / "broken-image.json")]
    assert image == [(3, "TJ105"), (5, "TJ704"), (6, "TJ715"), (7, "TJ401"), (7, "TJ402"), (10, "TJ705")]


def test_examples_folder_shows_v2_findings_beside_v1_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the project's own settings mark the update examples
    status, out, _ = run_cli(["--format", "json", "examples/"])
    paths = {Path(d["path"]).parent.name for d in json.loads(out)}
    assert status == 1 and {"v2", "training-jobs", "jobs"} <= paths

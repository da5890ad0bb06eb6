"""The GitHub Action (action.yml): its shell steps, run here as a runner runs them.

Each step's ``run`` script goes to bash with the step's ``env``, where
``${{ inputs.X }}`` and ``${{ github.action_path }}`` are filled in as the runner
would; ``GITHUB_ENV`` and ``GITHUB_OUTPUT`` are files, as on a runner. The
install step really builds and installs tjlint from this checkout into a
virtual environment (once per test session).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = ACTION["runs"]["steps"]
GOOD = ("config_name: demo\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\n"
        "app_url: /bucket/code/\nboot_file_url: /bucket/code/train.py\ndata_url: /bucket/data/\n")
BAD = GOOD.replace("data_url:", "dataurl:")  # TJ102 at 7:1 (and TJ201: no data source)
KUBERNETES = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers: []\n"
needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def _env(step: dict[str, object], inputs: dict[str, str]) -> dict[str, str]:
    """The step's ``env`` with expressions filled in (the only place the action uses them)."""
    defaults = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values = {**defaults, **inputs}

    def fill(text: str) -> str:
        def one(match: re.Match[str]) -> str:
            expression = match.group(1).strip()
            if expression == "github.action_path":
                return str(ROOT)
            assert expression.startswith("inputs."), expression
            return values[expression.removeprefix("inputs.")]
        return re.sub(r"\$\{\{(.*?)\}\}", one, text)

    return {key: fill(str(value)) for key, value in dict(step.get("env", {})).items()}  # type: ignore[call-overload]


def run_step(step: dict[str, object], inputs: dict[str, str], cwd: Path, runner: Path,
             extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(runner), "RUNNER_TEMP": str(runner),
           "GITHUB_ENV": str(runner / "env"), "GITHUB_OUTPUT": str(runner / "output"),
           **{k: v for k, v in os.environ.items() if k.startswith("PIP_")}, **extra_env, **_env(step, inputs)}
    return subprocess.run(["bash", "-e", "-c", str(step["run"])], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_inputs_reach_scripts_only_through_the_environment() -> None:
    assert [s["shell"] for s in STEPS] == ["bash", "bash"]
    for step in STEPS:
        assert "${{" not in step["run"]  # nothing a pull request controls is pasted into a script
    assert set(ACTION["inputs"]) == {"paths", "format", "sarif-file", "args", "python"}
    assert ACTION["runs"]["using"] == "composite"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The install step, run once: the runner folder and the variables it exported."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    runner = tmp_path_factory.mktemp("runner")
    (runner / "env").write_text("")
    done = run_step(STEPS[0], {"python": os.environ.get("TJLINT_TEST_PYTHON", "python3")}, runner, runner, {})
    assert done.returncode == 0, done.stderr
    exported = dict(line.split("=", 1) for line in (runner / "env").read_text().splitlines() if line)
    assert Path(exported["TJLINT_VENV_PYTHON"]).is_file()
    return runner, exported


def lint(installed: tuple[Path, dict[str, str]], repo: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str],
                                                                                       dict[str, str]]:
    runner, exported = installed
    (runner / "output").write_text("")
    done = run_step(STEPS[1], inputs, repo, runner, {**exported, "GITHUB_ACTIONS": "true"})
    outputs = dict(line.split("=", 1) for line in (runner / "output").read_text().splitlines() if line)
    return done, outputs


def write(repo: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    return repo


@needs_bash
def test_annotations_and_sarif(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    repo = write(tmp_path, {"jobs/resnet.yaml": BAD, "k8s/pod.yaml": KUBERNETES})
    done, outputs = lint(installed, repo, paths="jobs\nk8s", **{"sarif-file": "reports/tjlint.sarif"})
    assert done.returncode == 1, done.stderr
    assert "::error file=jobs/resnet.yaml,line=7,col=1," in done.stdout
    assert "k8s/pod.yaml" not in done.stdout
    assert outputs == {"sarif-file": "reports/tjlint.sarif"}
    sarif = json.loads((repo / "reports" / "tjlint.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"TJ102"}
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {"jobs/resnet.yaml"}


@needs_bash
def test_clean_repository_passes_with_defaults(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    repo = write(tmp_path, {"ml/resnet.yaml": GOOD, "k8s/pod.yaml": KUBERNETES})
    done, outputs = lint(installed, repo)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and "no problems in 1 file" in done.stderr
    assert outputs == {"sarif-file": ""} and not list(repo.rglob("*.sarif"))


@needs_bash
def test_quoted_paths_and_extra_arguments(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    repo = write(tmp_path, {"my jobs/training-job.yaml": BAD})
    done, _ = lint(installed, repo, paths='"my jobs"', format="text", args='--select "TJ1" --statistics')
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == ["my jobs/training-job.yaml:7:1: error TJ102 unknown field 'dataurl'"
                                        " (did you mean 'data_url'?)"]
    assert "1  TJ102  unknown-field" in done.stderr


@needs_bash
@pytest.mark.parametrize("paths", ["job/", "k8s"])
def test_a_typo_in_paths_fails_the_step(installed: tuple[Path, dict[str, str]], tmp_path: Path, paths: str) -> None:
    repo = write(tmp_path, {"jobs/resnet.yaml": GOOD, "k8s/pod.yaml": KUBERNETES})
    done, _ = lint(installed, repo, paths=paths, **{"sarif-file": "tjlint.sarif"})
    assert done.returncode == 2
    assert "tjlint: error: " in done.stderr

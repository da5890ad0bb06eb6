"""The pre-commit hook, run by the real ``pre-commit try-repo`` in a temporary git repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
GOOD = (
    "config_name: demo\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\n"
    "app_url: /bucket/code/\nboot_file_url: /bucket/code/train.py\ndata_url: /bucket/data/\n"
)
BAD = GOOD.replace("data_url:", "dataurl:")


def test_hook_definition() -> None:
    (hook,) = HOOKS
    assert hook["id"] == "tjlint" and hook["entry"] == "tjlint" and hook["language"] == "python"
    assert hook["types_or"] == ["json", "yaml"]


@pytest.mark.parametrize(
    ("path", "matches"),
    [
        ("training-job.yaml", True),
        ("configs/training-job-resnet.yml", True),
        ("training-job-a.json", True),
        ("jobs/resnet.tj.yaml", True),
        ("x.tj.json", True),
        ("training-jobs/resnet.yaml", True),
        ("ml/training-jobs/sub/a.json", True),
        ("docker-compose.yaml", False),
        ("package.json", False),
        ("my-training-job.yaml", False),
        ("training-jobs.txt", False),
    ],
)
def test_hook_files_pattern(path: str, matches: bool) -> None:
    assert bool(re.search(HOOKS[0]["files"], path)) is matches


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def precommit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("content", "status"), [(BAD, 1), (GOOD, 0)])
def test_try_repo(tmp_path: Path, precommit_home: Path, content: str, status: int) -> None:
    repo = tmp_path / "project"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "training-job-demo.yaml").write_text(content)
    (repo / "notes.yaml").write_text("- not a training job\n")  # outside the hook's files: never linted
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(precommit_home), "NO_COLOR": "1", "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    env.pop("GITHUB_ACTIONS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "tjlint", "--all-files", "--color", "never"],
        cwd=repo, capture_output=True, text=True, timeout=600, env=env,
    )
    output = result.stdout + result.stderr
    assert result.returncode == status, output
    if status:
        assert "training-job-demo.yaml:7:1: error TJ102" in output
        assert "notes.yaml" not in output.replace("training-job-demo.yaml", "")
    else:
        assert "Passed" in output

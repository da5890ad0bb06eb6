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


def test_hook_definitions() -> None:
    hook, every = HOOKS
    assert hook["id"] == "tjlint" and hook["entry"] == "tjlint" and hook["language"] == "python"
    assert hook["types_or"] == ["json", "yaml"]
    assert every["id"] == "tjlint-all" and every["language"] == "python"
    assert every["entry"].split() == ["tjlint", "--bodies-only", "--allow-empty"]
    assert every["types_or"] == ["json", "yaml"] and "files" not in every


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


def _try_repo(repo: Path, home: Path, hook: str, files: dict[str, str]) -> tuple[int, str]:
    """``pre-commit try-repo`` of this checkout's ``hook`` on a new git repository holding ``files``."""
    repo.mkdir()
    _git(repo, "init", "-q")
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1", "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    env.pop("GITHUB_ACTIONS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files", "--color", "never"],
        cwd=repo, capture_output=True, text=True, timeout=600, env=env,
    )
    return result.returncode, result.stdout + result.stderr


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@needs_git
@pytest.mark.parametrize(("content", "status"), [(BAD, 1), (GOOD, 0)])
def test_try_repo(tmp_path: Path, precommit_home: Path, content: str, status: int) -> None:
    # notes.yaml is outside the hook's files: never linted.
    returncode, output = _try_repo(tmp_path / "project", precommit_home, "tjlint",
                                   {"training-job-demo.yaml": content, "notes.yaml": "- not a training job\n"})
    assert returncode == status, output
    if status:
        assert "training-job-demo.yaml:7:1: error TJ102" in output
        assert "notes.yaml" not in output.replace("training-job-demo.yaml", "")
    else:
        assert "Passed" in output


KUBERNETES = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: train\nspec:\n  template:\n    spec: {}\n"


@needs_git
def test_tjlint_all_blocks_a_body_with_any_name(tmp_path: Path, precommit_home: Path) -> None:
    returncode, output = _try_repo(tmp_path / "project", precommit_home, "tjlint-all", {
        "jobs/resnet.yaml": BAD, "jobs/deploy.yaml": KUBERNETES, ".github/workflows/ci.yaml": "on: push\njobs: {}\n"})
    assert returncode == 1, output
    assert "jobs/resnet.yaml:7:1: error TJ102" in output
    assert "deploy.yaml" not in output and "ci.yaml" not in output


@needs_git
@pytest.mark.parametrize("files", [
    {"jobs/resnet.yaml": GOOD, "jobs/deploy.yaml": KUBERNETES},
    {"jobs/deploy.yaml": KUBERNETES, "compose.yaml": "services: {}\n"},  # no body at all: passes
])
def test_tjlint_all_passes_clean_bodies_and_other_yaml(tmp_path: Path, precommit_home: Path,
                                                        files: dict[str, str]) -> None:
    returncode, output = _try_repo(tmp_path / "project", precommit_home, "tjlint-all", files)
    assert returncode == 0, output
    assert "Passed" in output and "error" not in output

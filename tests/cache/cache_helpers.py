"""Helpers for the results-cache tests: bodies, a project folder and the command line run in it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cli_helpers import run_cli

#: A clean v1 configuration body (every field as the API page describes it).
GOOD = """\
config_name: resnet-train
worker_server_num: 1
spec_id: 1
engine_id: 1
app_url: /my-bucket/code/
boot_file_url: /my-bucket/code/train.py
data_url: /my-bucket/data/
train_url: /my-bucket/output/
"""
#: The same body with a misspelled data_url (TJ102 at line 7, so no data source: TJ201 at line 1) and a
#: number written as text (TJ103 at line 2).
BROKEN = GOOD.replace("data_url:", "dataurl:").replace("worker_server_num: 1", 'worker_server_num: "1"')


def specs_catalogue(*spec_ids: int) -> str:
    """A saved ``GET /v1/{project_id}/job/resource-specs`` response offering ``spec_ids``."""
    specs = [{"spec_id": i, "core": "2", "cpu": "8", "gpu_num": 0, "gpu_type": "",
              "spec_code": f"modelarts.vm.cpu.{i}u", "unit_num": 1, "max_num": 2, "storage": "",
              "interface_type": 1, "no_resource": False} for i in spec_ids]
    return json.dumps({"is_success": True, "spec_total_count": len(specs), "specs": specs})


@dataclass
class Ran:
    """One run: exit status, stdout, stderr and how many files the engine linted."""

    status: int
    stdout: str
    stderr: str
    linted: int


@dataclass
class Project:
    """A project folder (the working directory of every run) and the user's cache folder (``XDG_CACHE_HOME``)."""

    root: Path
    user_cache: Path
    calls: list[str]

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def run(self, *args: str, stdin: str | None = None) -> Ran:
        """``tjlint ARGS`` in-process in the project folder."""
        before = len(self.calls)
        status, out, err = run_cli(args, env={"NO_COLOR": None, "GITHUB_ACTIONS": None}, stdin=stdin)
        return Ran(status, out, err, len(self.calls) - before)

    def written(self) -> list[str]:
        """Every file under the project folder, relative, sorted (to see what a run wrote)."""
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())


def cache_folders(root: Path) -> list[str]:
    """The ``.tjlint_cache`` folders under ``root``, relative."""
    return sorted(str(p.relative_to(root)) for p in root.rglob(".tjlint_cache"))


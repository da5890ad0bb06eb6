"""Linting executes nothing, fetches nothing, and never writes to the files it reads."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tjlint


class Forbidden(AssertionError):
    """Raised by the stand-ins for anything that opens a socket or starts a process."""


def _forbid(what: str) -> Any:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise Forbidden(f"linting tried to {what}: {args!r}")

    return refuse


@pytest.fixture
def sealed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No sockets, no processes, for the duration of a test."""
    monkeypatch.setattr(socket, "socket", _forbid("open a socket"))
    monkeypatch.setattr(socket, "create_connection", _forbid("connect"))
    monkeypatch.setattr(socket, "getaddrinfo", _forbid("resolve a host name"))
    monkeypatch.setattr(subprocess, "Popen", _forbid("start a process"))
    for name in ("system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp", "execv", "execve",
                 "execvp", "execvpe", "execl", "execle", "execlp", "execlpe", "spawnv", "spawnve"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, _forbid(f"call os.{name}"))
    yield


INPUTS: dict[str, str] = {
    "python-tags.yaml": (
        "config_name: !!python/object/apply:os.system ['echo hacked']\n"
        "config_desc: !!python/object/new:subprocess.Popen [['echo', 'hacked']]\n"
        "spec_id: !!python/name:os.system\n"
        "engine_id: !!python/object/apply:socket.create_connection [['example.com', 80]]\n"
    ),
    "custom-tags.yaml": "config_name: !include http://example.com/x.yaml\ndata_url: !Ref bucket\n",
    "ref.json": json.dumps({"$ref": "http://example.com/x", "config_name": {"$ref": "https://example.com/s.json"},
                            "parameter": [{"$ref": "#/definitions/x"}], "$schema": "http://example.com/schema"}),
    "ref.yaml": "$ref: http://example.com/x\nconfig_name: x\nworker_server_num: 1\nspec_id: 1\n",
    "urls.yaml": (
        "config_name: urls\nworker_server_num: 1\nspec_id: 1\n"
        "app_url: https://my-bucket.obs.example.com/app/\nboot_file_url: https://example.com/app/train.py\n"
        "data_url: obs://bucket/data/\nuser_image_url: 100.125.5.235:20202/jobmng/custom-cpu-base:1.0\n"
        "user_command: bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py\n"
        "train_url: s3://bucket/out/\nlog_url: file:///etc/passwd\n"
    ),
    "job.json": json.dumps({"job_name": "j", "config": {"$ref": "http://example.com/x",
                                                        "user_image_url": "http://example.com/img:1"}}),
    "sample.json": json.dumps({"config_name": "testConfig", "worker_server_num": 1, "spec_id": 1,
                               "app_url": "/usr/app/", "boot_file_url": "/usr/app/boot.py",
                               "engine_id": 1, "data_url": "/usr/data/"}),
    "merge.yaml": "base: &b {spec_id: 1}\n<<: *b\nconfig_name: m\n",
    "broken.yaml": "config_name: [\n",
}


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_lint_text_executes_and_fetches_nothing(sealed: None, name: str) -> None:
    tjlint.lint_text(INPUTS[name], filename=name)


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_lint_file_executes_fetches_and_writes_nothing(sealed: None, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(INPUTS[name], encoding="utf-8")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = path.read_bytes(), path.stat().st_mtime_ns
    tjlint.lint_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing created beside it


def test_lint_data_executes_and_fetches_nothing(sealed: None) -> None:
    tjlint.lint_data(json.loads(INPUTS["ref.json"]))
    tjlint.lint_data(json.loads(INPUTS["job.json"]), kind="job")


def test_the_stand_ins_work(sealed: None) -> None:
    # The guard itself: without it, a test above could pass for the wrong reason.
    with pytest.raises(Forbidden):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(Forbidden):
        subprocess.run(["true"], check=False)
    with pytest.raises(Forbidden):
        os.system("true")

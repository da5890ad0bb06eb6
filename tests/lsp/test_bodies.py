"""Which documents the server lints: request bodies by name or by content, as the folder walk decides."""

from __future__ import annotations

import pytest

from tjlint import Config
from tjlint.lsp.bodies import body_reason, document_kind


@pytest.mark.parametrize(("path", "text", "reason"), [
    ("/work/training-job-resnet.yaml", "", "name"),
    ("/work/training-jobs/resnet.json", "{}", "name"),
    ("/work/resnet.tj.yml", "", "name"),
    ("/work/job.yaml", "job_name: a\nconfig:\n  worker_server_num: 1\n", "content"),
    ("/work/conf.yaml", "spec_id: 1\nengine_id: 2\n", "content"),
    ("/work/conf.json", '{"config_name": "a", "data_url": "/b/d/"}', "content"),
    ("/work/conf.yaml", "config_name: a\nname: b\n", None),
    ("/work/docker-compose.yaml", "services:\n  web:\n    image: nginx\n", None),
    ("/work/training-job.txt", "", None),
])
def test_body_reason(path: str, text: str, reason: str | None) -> None:
    assert body_reason(path, text) == reason


def test_include_widens_the_names() -> None:
    assert body_reason("/work/jobs/a.yaml", "") is None
    assert body_reason("/work/jobs/a.yaml", "", ["/work/jobs/*.yaml"]) == "name"


def test_kind_from_the_top_level_keys_and_the_settings() -> None:
    assert document_kind(Config(), "/w/a.yaml", ["job_name", "config"]).name == "job"
    assert document_kind(Config(), "/w/a.yaml", ["config_name", "spec_id"]).name == "config"
    assert document_kind(Config(kinds={"/w/updates/**": "config-update"}), "/w/updates/a.yaml",
                         ["spec_id"]).name == "config-update"

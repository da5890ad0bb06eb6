"""Real request bodies lint clean: the API page's sample, and bodies built by an independent client."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from samples import API_SAMPLE, assert_lints_clean, client_body

import tjlint

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "creating-a-training-job-configuration.txt"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "training-jobs"

# The sample request of the API page, as printed there.
SAMPLE = API_SAMPLE


def test_our_copy_is_the_page_sample() -> None:
    if not REFERENCE.exists():
        pytest.skip(f"the API page is not at {REFERENCE}")
    text = REFERENCE.read_text(encoding="utf-8")
    match = re.search(r"training-job-configs (\{.*?\})\s*Sample Response", text, re.S)
    assert match is not None
    assert json.loads(match.group(1)) == SAMPLE
    assert json.loads((EXAMPLES / "api-sample.json").read_text()) == SAMPLE


@pytest.mark.parametrize("style", ["json-indented", "json-minified", "yaml-block", "yaml-flow"])
def test_api_sample_lints_clean(style: str) -> None:
    if style == "json-indented":
        text, name = json.dumps(SAMPLE, indent=2), "sample.json"
    elif style == "json-minified":
        text, name = json.dumps(SAMPLE, separators=(",", ":")), "sample.json"
    else:
        text = yaml.safe_dump(SAMPLE, default_flow_style=style == "yaml-flow", sort_keys=False)
        name = "sample.yaml"
    assert tjlint.lint_text(text, filename=name) == []


def test_api_sample_in_memory() -> None:
    assert tjlint.lint_data(SAMPLE) == []
    tjlint.check_data(SAMPLE)



CLIENT_BODIES = [
    dict(SAMPLE),
    {
        "config_name": "client-obs-data",
        "config_desc": "built by otcextensions",
        "worker_server_num": 2,
        "app_url": "/bucket-a/code/",
        "boot_file_url": "/bucket-a/code/train.py",
        "parameter": [{"label": "lr", "value": "0.1"}],
        "spec_id": 3,
        "data_url": "/bucket-a/data/",
        "engine_id": 5,
        "train_url": "/bucket-a/out/",
        "log_url": "/bucket-a/logs/",
    },
    {
        "config_name": "client_data_source",
        "worker_server_num": 1,
        "model_id": 4,
        "spec_id": 1,
        "data_source": [{"type": "dataset", "dataset_id": "d-1", "dataset_version": "v-1"}],
        "train_url": "/bucket-b/out/",
    },
    {
        "config_name": "client-custom-image",
        "worker_server_num": 1,
        "app_url": "/bucket-c/new/",
        "boot_file_url": "/bucket-c/new/train.py",
        "spec_id": 1,
        "engine_id": 1,
        "data_url": "/bucket-c/data/",
        "user_image_url": "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
        "user_command": "bash -x /home/work/run_train.sh python /home/work/user-job-dir/new/train.py --epochs 3",
    },
]


@pytest.mark.parametrize("fields", CLIENT_BODIES, ids=lambda f: f["config_name"])
def test_independent_client_bodies_lint_clean(fields: dict[str, Any]) -> None:
    body = client_body("training_job_config.TrainingJobConfig", **fields)
    assert body == fields  # the client sends what it was given; it validates nothing
    assert_lints_clean(body)


# Bodies the independent client builds with the fields real clients send beyond the page:
# flavor, pool_id, volumes and the nas_* fields (modelarts-v1-facts.md, "Evidence from real bodies").
NFS = {"nfs": {"id": "43b37236-9afa-4855-8174-32254b9562e7", "src_path": "192.168.8.150:/",
               "dest_path": "/home/work/nas", "read_only": False}}
HOST = {"host_path": {"src_path": "/root/work", "dest_path": "/home/mind", "read_only": True}}
CLIENT_JOBS = [
    {
        "job_name": "client-flavor",
        "job_desc": "flavor instead of spec_id",
        "workspace_id": "0",
        "config": {"worker_server_num": 1, "flavor": {"code": "modelarts.vm.cpu.8u"}, "engine_id": 4,
                   "app_url": "/bucket-a/code/", "boot_file_url": "/bucket-a/code/train.py",
                   "data_source": [{"type": "obs", "data_url": "/bucket-a/data/"}],
                   "train_url": "/bucket-a/out/", "volumes": [NFS]},
    },
    {
        "job_name": "client_pool_flavor",
        "workspace_id": "",
        "config": {"worker_server_num": 2, "pool_id": "pool9928813f", "flavor": {"code": "modelarts.vm.gpu.p100"},
                   "model_id": 4, "data_url": "/bucket-b/data/", "volumes": [NFS, HOST],
                   "nas_type": "", "nas_share_addr": "", "nas_mount_path": "", "create_version": True},
    },
]
CLIENT_CONFIGS = [
    {
        "config_name": "client-pool-volumes",
        "worker_server_num": 1,
        "pool_id": "pool9928813f",
        "model_id": 4,
        "data_url": "/bucket-c/data/",
        "volumes": [NFS, HOST],
        "nas_type": "nfs",
        "nas_share_addr": "192.168.8.150:/",
        "nas_mount_path": "/home/work/nas",
    },
]


@pytest.mark.parametrize("fields", CLIENT_JOBS, ids=lambda f: f["job_name"])
def test_independent_client_jobs_with_flavor_and_volumes_lint_clean(fields: dict[str, Any]) -> None:
    body = client_body("training_job.TrainingJob", **fields)
    assert body == fields  # the client sends what it was given
    assert_lints_clean(body)


@pytest.mark.parametrize("fields", CLIENT_CONFIGS, ids=lambda f: f["config_name"])
def test_independent_client_configurations_with_pools_and_volumes_lint_clean(fields: dict[str, Any]) -> None:
    body = client_body("training_job_config.TrainingJobConfig", **fields)
    assert body == fields
    assert_lints_clean(body)

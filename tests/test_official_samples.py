"""Official sample bodies, typed in by hand from their published text, lint as rules.md predicts.

Sources (modelarts-v1-facts.md, "Evidence from real bodies"): the Open Telekom Cloud mirror of
the ModelArts v1 API reference ("Creating a Training Job Configuration", "Modifying a Training
Job Configuration", "Creating a Training Job") and its use case "Creating a Training Job Using
the TensorFlow Framework" (request, and the resource-specs response it shows). Each text is kept
as JSON, the way the pages print it, and is also checked as YAML.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

import tjlint
from tjlint.catalog import parse_catalog_text

# "Creating a Training Job Configuration", sample request.
CREATE_CONFIG = """{
    "config_name": "testConfig",
    "config_desc": "This is config",
    "worker_server_num": 1,
    "app_url": "/usr/app/",
    "boot_file_url": "/usr/app/boot.py",
    "parameter": [
        {
            "label": "learning_rate",
            "value": "0.01"
        },
        {
            "label": "batch_size",
            "value": "32"
        }
    ],
    "spec_id": 1,
    "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
    "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90",
    "engine_id": 1,
    "train_url": "/usr/train/",
    "log_url": "/usr/log/"
}
"""

# "Modifying a Training Job Configuration", sample request (PUT .../training-job-configs/config).
UPDATE_CONFIG = """{
    "config_desc": "This is config",
    "worker_server_num": 1,
    "app_url": "/usr/app/",
    "boot_file_url": "/usr/app/boot.py",
    "parameter": [
        {
            "label": "learning_rate",
            "value": 0.01
        },
        {
            "key": "batch_size",
            "value": 32
        }
    ],
    "spec_id": 1,
    "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
    "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90",
    "engine_id": 1,
    "train_url": "/usr/train/",
    "log_url": "/usr/log/"
}
"""

# "Creating a Training Job", sample 1 (TestModelArtsJob).
JOB = """{
    "job_name": "TestModelArtsJob",
    "job_desc": "This is a ModelArts job",
    "workspace_id": "af261af2218841ec960b01ab3cf1a5fa",
    "config": {
        "worker_server_num": 1,
        "app_url": "/usr/app/",
        "boot_file_url": "/usr/app/boot.py",
        "parameter": [
            {
                "label": "learning_rate",
                "value": "0.01"
            },
            {
                "label": "batch_size",
                "value": "32"
            }
        ],
        "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
        "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90",
        "spec_id": 1,
        "engine_id": 1,
        "train_url": "/usr/train/",
        "log_url": "/usr/log/"
    }
}
"""

# "Creating a Training Job", sample 2 (TestModelArtsJob2): a custom image, app_url without a
# boot file, no engine_id.
CUSTOM_IMAGE_JOB = """{
    "job_name": "TestModelArtsJob2",
    "job_desc": "This is a ModelArts job",
    "workspace_id": "af261af2218841ec960b01ab3cf1a5fa",
    "config": {
        "worker_server_num": 1,
        "data_url": "/usr/data/",
        "app_url": "/usr/app/",
        "parameter": [
            {
                "label": "CUSTOM_PARAM1",
                "value": "1"
            }
        ],
        "spec_id": 1,
        "user_command": "bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data",
        "user_image_url": "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
        "train_url": "/usr/train/",
        "log_url": "/usr/log/"
    }
}
"""  # noqa: E501 - the published command is one long line

# "Creating a Training Job", sample 3 (TestModelArtsJob3): storage volumes.
VOLUMES_JOB = """{
    "job_name": "TestModelArtsJob3",
    "job_desc": "This is a ModelArts job",
    "workspace_id": "af261af2218841ec960b01ab3cf1a5fa",
    "config": {
        "worker_server_num": 1,
        "app_url": "/usr/app/",
        "boot_file_url": "/usr/app/boot.py",
        "parameter": [
            {
                "label": "learning_rate",
                "value": "0.01"
            },
            {
                "label": "batch_size",
                "value": "32"
            }
        ],
        "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
        "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90",
        "spec_id": 1,
        "engine_id": 1,
        "train_url": "/usr/train/",
        "log_url": "/usr/log/",
        "volumes": [
            {
                "nfs": {
                    "id": "43b37236-9afa-4855-8174-32254b9562e7",
                    "src_path": "192.168.8.150:/",
                    "dest_path": "/home/work/nas",
                    "read_only": false
                }
            },
            {
                "host_path": {
                    "src_path": "/root/work",
                    "dest_path": "/home/mind",
                    "read_only": false
                }
            }
        ]
    }
}
"""

# "Creating a Training Job Using the TensorFlow Framework", step 4 request body.
TENSORFLOW_JOB = """{
    "job_name": "jobtest_TF",
    "job_desc": "using TensorFlow for handwritten digit recognition",
    "config": {
        "worker_server_num": 1,
        "parameter": [],
        "flavor": {
            "code": "modelarts.vm.cpu.8u"
        },
        "train_url": "/test-modelarts/mnist-model/output/",
        "engine_id": 4,
        "app_url": "/test-modelarts/mnist-tensorflow-code/",
        "boot_file_url": "/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py",
        "data_source": [
            {
                "type": "obs",
                "data_url": "/test-modelarts/dataset-mnist/"
            }
        ]
    },
    "notification": {
        "topic_urn": "",
        "events": []
    },
    "workspace_id": "0"
}
"""

# The same use case, step 2: the resource specifications it lists (the page elides the rest).
TENSORFLOW_SPECS = """{
  "specs": [
    {
      "spec_id": 7,
      "core": "2",
      "cpu": "8",
      "gpu_num": 0,
      "gpu_type": "",
      "spec_code": "modelarts.vm.cpu.2u",
      "unit_num": 1,
      "max_num": 1,
      "storage": "",
      "interface_type": 1,
      "no_resource": false
    },
    {
      "spec_id": 27,
      "core": "8",
      "cpu": "32",
      "gpu_num": 0,
      "gpu_type": "",
      "spec_code": "modelarts.vm.cpu.8u",
      "unit_num": 1,
      "max_num": 1,
      "storage": "",
      "interface_type": 1,
      "no_resource": false
    }
  ],
  "is_success": true,
  "spec_total_count": 5
}
"""

#: (pointer, code) rules.md predicts for each sample, written by hand.
EXPECTED: dict[str, tuple[str | None, str, list[tuple[str, str]]]] = {
    "create-config": (None, CREATE_CONFIG, []),
    # The update sample sends numbers (TJ107, warnings) and a parameter named by "key" (TJ102, and
    # TJ215: that item has no label).
    "update-config": ("config-update", UPDATE_CONFIG, [
        ("/parameter/0/value", "TJ107"), ("/parameter/1", "TJ215"), ("/parameter/1/key", "TJ102"),
        ("/parameter/1/value", "TJ107"),
    ]),
    "job": (None, JOB, []),
    "custom-image-job": (None, CUSTOM_IMAGE_JOB, []),
    # A host folder needs a dedicated pool; the sample runs in a public one (spec_id): TJ214.
    "volumes-job": (None, VOLUMES_JOB, [("/config/volumes/1/host_path", "TJ214")]),
    "tensorflow-use-case": (None, TENSORFLOW_JOB, []),
}


def diagnostics(text: str, fmt: str, kind: str | None, **kwargs: Any) -> list[tuple[str, str]]:
    if fmt == "yaml":
        text = yaml.safe_dump(json.loads(text), sort_keys=False)
    found = tjlint.lint_text(text, filename=f"sample.{fmt}", kind=kind, **kwargs)
    return sorted((d.pointer, d.code) for d in found)


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_official_sample(name: str, fmt: str) -> None:
    kind, text, expected = EXPECTED[name]
    assert diagnostics(text, fmt, kind) == sorted(expected)


def test_update_sample_read_as_a_create_body_says_how_to_mark_it() -> None:
    found = tjlint.lint_text(UPDATE_CONFIG, filename="update.json")
    missing = [d for d in found if d.code == "TJ101"]
    assert [(d.line, d.column, d.pointer) for d in missing] == [(1, 1, "")]
    assert "--kind config-update" in missing[0].message


def test_update_sample_positions() -> None:
    found = tjlint.lint_text(UPDATE_CONFIG, filename="update.json", kind="config-update")
    assert [(d.line, d.column, d.code) for d in found] == [
        (9, 22, "TJ107"), (11, 9, "TJ215"), (12, 13, "TJ102"), (13, 22, "TJ107")]


def test_custom_image_sample_warnings_are_none_and_errors_none() -> None:
    assert tjlint.check_data(json.loads(CUSTOM_IMAGE_JOB)) == []


def test_tensorflow_use_case_with_its_own_catalogue() -> None:
    catalog = parse_catalog_text(TENSORFLOW_SPECS, "resource-specs.json")
    assert diagnostics(TENSORFLOW_JOB, "json", None, catalog=catalog) == []
    # The page says: set worker_server_num to max_num (1); two workers would be too many.
    two = TENSORFLOW_JOB.replace('"worker_server_num": 1', '"worker_server_num": 2')
    assert diagnostics(two, "json", None, catalog=catalog) == [("/config/worker_server_num", "TJ602")]


def test_job_detail_response_names_a_manifest_file() -> None:
    # A real job response's data_url names a dataset manifest file: no TJ402 for it.
    body = json.loads(JOB)
    config = {k: v for k, v in body["config"].items() if k not in ("dataset_id", "dataset_version_id")}
    body["config"] = {**config, "data_url": "/ma-test-001/annotation/V002/V002.manifest"}
    assert tjlint.lint_data(body) == []


def test_samples_with_pool_id_and_spec_id_are_tj212() -> None:
    # The 2025 revision's job samples add pool_id to these bodies while keeping spec_id, which the
    # same page's table forbids (modelarts-v1-facts.md): the table wins.
    for text in (JOB, CUSTOM_IMAGE_JOB):
        body = json.loads(text)
        body["config"]["pool_id"] = "pool9928813f"
        assert [(d.pointer, d.code) for d in tjlint.lint_data(body)] == [("/config/spec_id", "TJ212")]

"""Request bodies the tests share, written by hand from the API page."""

from __future__ import annotations

import importlib
import json
import warnings
from typing import Any

import yaml

import tjlint

#: The sample request of the API page "Creating a Training Job Configuration", as printed there.
API_SAMPLE: dict[str, Any] = {
    "config_name": "testConfig",
    "config_desc": "This is config",
    "worker_server_num": 1,
    "app_url": "/usr/app/",
    "boot_file_url": "/usr/app/boot.py",
    "parameter": [{"label": "learning_rate", "value": "0.01"}, {"label": "batch_size", "value": "32"}],
    "spec_id": 1,
    "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
    "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90",
    "engine_id": 1,
    "train_url": "/usr/train/",
    "log_url": "/usr/log/",
    "model_id": 1,
}


def client_body(resource: str, **fields: Any) -> dict[str, Any]:
    """The body the independent client (otcextensions) would send for ``resource``.

    ``resource`` is ``"training_job_config.TrainingJobConfig"`` or ``"training_job.TrainingJob"``.
    """
    module, name = resource.rsplit(".", 1)
    with warnings.catch_warnings():  # the SDK warns about its own deprecations
        warnings.simplefilter("ignore")
        cls = getattr(importlib.import_module(f"otcextensions.sdk.modelartsv1.v1.{module}"), name)
        body: dict[str, Any] = cls(**fields)._prepare_request(requires_id=False, prepend_key=False).body
    return body


def assert_lints_clean(body: dict[str, Any]) -> None:
    """``body`` has no diagnostic in memory, written as JSON, or written as YAML."""
    assert tjlint.lint_data(body) == []
    assert tjlint.lint_text(json.dumps(body, indent=2), filename="client.json") == []
    assert tjlint.lint_text(yaml.safe_dump(body), filename="client.yaml") == []

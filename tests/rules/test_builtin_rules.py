"""The built-in rules as a set: real request bodies and the tests' base bodies pass, no input makes a check crash."""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_helpers import BASE, V2_BASE, lint_as

import tjlint
from tjlint.rules import code_source, command, data_sources, images, parameters, paths
from tjlint.rules.base import Context, Finding

RULES = (*data_sources.RULES, *code_source.RULES, *images.RULES, *parameters.RULES,
         *command.RULES, *paths.RULES)
FIELDS = [
    "app_url", "boot_file_url", "data_url", "train_url", "log_url", "model_id", "engine_id",
    "dataset_id", "dataset_version_id", "data_source", "parameter", "user_image_url",
    "user_command", "type", "dataset_version", "label", "value",
]
PATHY = st.sampled_from([
    "/my-bucket/a/", "/my-bucket/a", "obs://my-bucket/a/", "s3://x/", "/", "", "//", "a/b",
    "/home/work/user-job-dir/a/x.py", "bash /home/work/run_train.sh python x.py", "'", "{p}",
    "../..", "/my-bucket/a/../b/./c//d", "obs", "dataset",
])
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12) | PATHY
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=5), inner, max_size=5),
    max_leaves=20,
)
BODIES = st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=12)


class QuotingSource:
    """A source view that claims every value was written in double quotes."""

    fmt = "json"

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def value_text(self, pointer: str) -> str | None:
        value: Any = self.data
        for token in pointer.split("/")[1:]:
            if isinstance(value, dict):
                value = value.get(token)
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                return None
        return f'"{value}"' if isinstance(value, str) else None


@settings(max_examples=150, deadline=None)
@given(BODIES)
def test_checks_never_crash(data: dict[str, Any]) -> None:
    for ctx in (Context(), Context(source=QuotingSource(data))):
        for rule in RULES:
            for finding in rule.check(data, ctx):
                assert isinstance(finding, Finding)
                assert finding.pointer == "" or finding.pointer.startswith("/")
                assert finding.fix is None or isinstance(finding.fix, str)


API_SAMPLE = """{ "config_name": "testConfig", "config_desc": "This is config",
"worker_server_num": 1, "app_url": "/usr/app/", "boot_file_url": "/usr/app/boot.py",
"parameter": [ { "label": "learning_rate", "value": "0.01" }, { "label": "batch_size",
"value": "32" } ], "spec_id": 1, "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
"dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90", "engine_id": 1,
"train_url": "/usr/train/", "log_url": "/usr/log/", "model_id": 1 }"""
OWN = {rule.code for rule in RULES}


def test_api_page_sample_request_is_clean() -> None:
    diags = tjlint.lint_text(API_SAMPLE, filename="sample.json")
    assert [d.code for d in diags if d.code in OWN] == []


def test_api_page_sample_as_yaml_with_custom_image_is_clean() -> None:
    data = json.loads(API_SAMPLE)
    data["user_image_url"] = "100.125.5.235:20202/jobmng/custom-cpu-base:1.0"
    data["user_command"] = "bash /home/work/run_train.sh python /home/work/user-job-dir/app/boot.py"
    diags = tjlint.lint_text(yaml.safe_dump(data), filename="sample.yaml")
    assert [d.code for d in diags if d.code in OWN] == []


def client_body(**fields: Any) -> dict[str, Any]:
    """The body the independent client (otcextensions) would send for these fields."""
    config = pytest.importorskip("otcextensions.sdk.modelartsv1.v1.training_job_config")
    with warnings.catch_warnings():  # the SDK warns about its own deprecations
        warnings.simplefilter("ignore")
        resource = config.TrainingJobConfig(**fields)
        body: dict[str, Any] = resource._prepare_request(requires_id=False, prepend_key=False).body
    return body


@pytest.mark.parametrize(
    "fields",
    [
        {"app_url": "/usr/app/", "boot_file_url": "/usr/app/boot.py", "data_url": "/usr/data/",
         "engine_id": 1, "train_url": "/usr/train/", "log_url": "/usr/log/"},
        {"model_id": 4, "data_source": [{"type": "obs", "data_url": "/usr/data/"}],
         "parameter": [{"label": "batch_size", "value": "32"}]},
        {"model_id": 4, "data_source": [{"type": "dataset", "dataset_id": "a",
                                         "dataset_version": "b"}]},
        {"app_url": "/usr/new/", "boot_file_url": "/usr/new/train.py", "engine_id": 1,
         "data_url": "/usr/data/", "parameter": [{"label": "lr", "value": "0.1"}],
         "user_image_url": "swr.cn-north-4.myhuaweicloud.com/org/img:1.0",
         "user_command": "bash -x /home/work/run_train.sh python"
                         " /home/work/user-job-dir/new/train.py"},
    ],
)
def test_independent_client_bodies_are_clean(fields: dict[str, Any]) -> None:
    body = client_body(config_name="cfg", worker_server_num=1, spec_id=1, **fields)
    assert set(fields) <= set(body)
    diags = tjlint.lint_text(json.dumps(body), filename="client.json")
    assert [d.code for d in diags if d.code in OWN] == []


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_the_base_bodies_the_rule_tests_build_on_are_clean(fmt: str) -> None:
    assert lint_as(BASE, fmt) == []
    assert tjlint.lint_text(V2_BASE, filename="v2.yaml") == []

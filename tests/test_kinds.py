"""The three kinds of request body: choosing the kind, the documented samples, real client bodies.

The schema files of the kinds are tested in ``test_kind_schemas.py``; TJ212-TJ214
in ``rules/test_resources.py``; checks inside a job's ``config`` in ``test_job_config.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from cli_helpers import cache_env
from samples import API_SAMPLE, assert_lints_clean, client_body

import tjlint
from tjlint import Config
from tjlint.kinds import KINDS
from tjlint.schemafiles import schema_names
from tjlint.settings.folders import settings_for

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "training-jobs"

SAMPLE = API_SAMPLE
SETTINGS = {k: v for k, v in SAMPLE.items() if k not in ("config_name", "config_desc")}
#: The create-job form: the sample's settings under config, with the job's own fields.
JOB = {"job_name": "testJob", "job_desc": "This is job", "workspace_id": "0", "config": SETTINGS}
#: The update form (PUT .../training-job-configs/testConfig): the sample without config_name.
UPDATE = {k: v for k, v in SAMPLE.items() if k != "config_name"}


def dump(data: Any, fmt: str) -> str:
    return json.dumps(data, indent=2) if fmt == "json" else yaml.safe_dump(data, sort_keys=False)


def lint(data: Any, fmt: str, **kwargs: Any) -> list[tjlint.Diagnostic]:
    return tjlint.lint_text(dump(data, fmt), filename=f"body.{fmt}", **kwargs)


def where(diags: list[tjlint.Diagnostic]) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.code) for d in diags]


@pytest.fixture(params=["yaml", "json"])
def fmt(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_sample_is_the_shipped_api_sample() -> None:
    assert json.loads((EXAMPLES / "api-sample.json").read_text("utf-8")) == SAMPLE


# Choosing the kind


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (SAMPLE, "config"),
        (UPDATE, "config"),  # an update body is never guessed
        ({}, "config"),
        (JOB, "job"),
        ({"job_name": "x"}, "job"),
        ({"config": {}}, "job"),
        ({"config": "not a mapping"}, "job"),
    ],
)
def test_auto_detection(data: dict[str, Any], kind: str) -> None:
    assert KINDS.detect(data).name == kind


@pytest.mark.parametrize("kind", ["config", "config-update", "job"])
def test_a_requested_kind_is_kept(kind: str) -> None:
    assert KINDS.detect(JOB, kind).name == kind
    assert KINDS.detect(SAMPLE, kind).name == kind


def test_every_kind_has_a_schema() -> None:
    assert set(KINDS.names) == {"config", "config-update", "job", "v2-job"}
    assert {kind.schema for kind in KINDS} <= set(schema_names())


# The documented samples


@pytest.mark.parametrize("kind", [None, "auto", "job"])
def test_create_job_sample_is_clean(kind: str | None, fmt: str) -> None:
    assert lint(JOB, fmt, kind=kind) == []
    assert tjlint.lint_data(JOB, kind=kind) == []


def test_update_sample_is_clean_as_config_update(fmt: str) -> None:
    assert lint(UPDATE, fmt, kind="config-update") == []
    assert tjlint.lint_data(UPDATE, kind="config-update") == []


def test_update_sample_as_auto_lacks_config_name(fmt: str) -> None:
    assert [d.code for d in lint(UPDATE, fmt)] == ["TJ101"]


UPDATE_WITH_NAME = {
    "yaml": "config_desc: This is config\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\n"
            "data_url: /usr/data/\n  # the name is in the URL\nconfig_name: testConfig\n",
    "json": '{\n  "worker_server_num": 1, "spec_id": 1, "model_id": 1,\n'
            '  "data_url": "/usr/data/",  "config_name": "testConfig"\n}\n',
}


@pytest.mark.parametrize(("fmt_", "position"), [("yaml", (7, 1)), ("json", (3, 30))])
def test_config_name_in_an_update_is_tj102_at_the_key(fmt_: str, position: tuple[int, int]) -> None:
    diags = tjlint.lint_text(UPDATE_WITH_NAME[fmt_], filename=f"u.{fmt_}", kind="config-update")
    assert where(diags) == [(*position, "TJ102")]
    assert diags[0].pointer == "/config_name"
    assert "PUT /v1/{project_id}/training-job-configs/{config_name}" in diags[0].message


def test_config_name_in_a_create_body_is_fine() -> None:
    assert tjlint.lint_text(UPDATE_WITH_NAME["yaml"], filename="c.yaml") == []


# The wrong kind


def test_job_body_checked_as_configuration() -> None:
    codes = sorted(d.code for d in tjlint.lint_data(JOB, kind="config"))
    # job_name, job_desc, workspace_id and config are unknown; config_name etc. are missing.
    assert codes.count("TJ102") == 4 and "TJ101" in codes


def test_configuration_checked_as_job_says_where_fields_belong() -> None:
    diags = tjlint.lint_data({"job_name": "j", "worker_server_num": 1, "config": {
        "worker_server_num": 1, "spec_id": 1, "model_id": 1, "data_url": "/usr/data/"}})
    assert [(d.pointer, d.code) for d in diags] == [("/worker_server_num", "TJ102")]
    assert "inside config" in diags[0].message


@pytest.mark.parametrize("key", ["config_name", "config_desc"])
def test_configuration_names_inside_a_job_config(key: str) -> None:
    job = {**JOB, "config": {**SETTINGS, key: "x"}}
    diags = tjlint.lint_data(job)
    assert [(d.pointer, d.code) for d in diags] == [(f"/config/{key}", "TJ102")]
    assert ("job_name" if key == "config_name" else "job_desc") in diags[0].message


def test_job_without_config_or_name(fmt: str) -> None:
    text = dump({"job_desc": "d", "config": SETTINGS}, fmt)
    assert where(tjlint.lint_text(text, filename=f"j.{fmt}")) == [(1, 1, "TJ101")]
    diags = tjlint.lint_data({"job_name": "j"})
    assert [(d.pointer, d.code, "'config'" in d.message) for d in diags] == [("", "TJ101", True)]


# The kind per file: kind= wins, else the first matching `kinds` glob, else auto.


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return path


def codes_of(path: Path, **kwargs: Any) -> list[str]:
    return [d.code for d in tjlint.lint_file(path, **kwargs)]


def test_kinds_glob_picks_the_kind_per_file(tmp_path: Path) -> None:
    update = write(tmp_path, "updates/resnet.yaml", UPDATE)
    create = write(tmp_path, "create/resnet.yaml", UPDATE)
    config = Config(kinds={f"{tmp_path}/updates/**": "config-update"})
    assert codes_of(update, config=config) == []
    assert codes_of(create, config=config) == ["TJ101"]  # no match: auto, a configuration
    assert codes_of(update) == ["TJ101"]  # without the setting


def test_explicit_kind_wins_over_the_glob(tmp_path: Path) -> None:
    update = write(tmp_path, "updates/resnet.yaml", UPDATE)
    config = Config(kinds={"*.yaml": "config-update"})
    assert codes_of(update, config=config, kind="config") == ["TJ101"]
    assert codes_of(update, config=Config(kind="config", kinds={"*.yaml": "config-update"})) == [
        "TJ101"]


def test_first_matching_glob_wins(tmp_path: Path) -> None:
    job = write(tmp_path, "jobs/updates/run.yaml", JOB)
    first_job = Config(kinds={"run.yaml": "job", "updates/**": "config-update"})
    first_update = Config(kinds={f"{tmp_path}/jobs/updates/**": "config-update", "*.yaml": "job"})
    assert codes_of(job, config=first_job) == []
    assert "TJ102" in codes_of(job, config=first_update)


def test_kinds_from_a_configuration_file(tmp_path: Path) -> None:
    (tmp_path / ".tjlint.yaml").write_text('kinds:\n  "updates/**": config-update\n', "utf-8")
    update = write(tmp_path, "updates/resnet.yaml", UPDATE)
    config, _ = settings_for(str(tmp_path))
    assert codes_of(update, config=config) == []


def test_projects_own_settings_mark_the_update_examples() -> None:
    config, _ = settings_for(str(ROOT))
    assert codes_of(EXAMPLES / "updates" / "update-config.yaml", config=config) == []


# The command line


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tjlint", "--format", "json", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", **cache_env()})


def test_cli_kind_option(tmp_path: Path) -> None:
    (tmp_path / "job.json").write_text(json.dumps(JOB), "utf-8")
    (tmp_path / "update.yaml").write_text(yaml.safe_dump(UPDATE), "utf-8")
    assert run_cli("--kind", "job", "job.json", cwd=tmp_path).stdout.strip() == "[]"
    done = run_cli("--kind", "config-update", "update.yaml", cwd=tmp_path)
    assert (done.returncode, done.stdout.strip()) == (0, "[]")
    done = run_cli("update.yaml", cwd=tmp_path)
    assert done.returncode == 1
    assert [d["code"] for d in json.loads(done.stdout)] == ["TJ101"]


def test_cli_kinds_setting(tmp_path: Path) -> None:
    (tmp_path / ".tjlint.yaml").write_text('kinds:\n  "updates/**": config-update\n', "utf-8")
    write(tmp_path, "updates/resnet.yaml", UPDATE)
    write(tmp_path, "create/resnet.yaml", UPDATE)
    done = run_cli("updates/resnet.yaml", "create/resnet.yaml", cwd=tmp_path)
    assert [(d["path"], d["code"]) for d in json.loads(done.stdout)] == [("create/resnet.yaml", "TJ101")]
    done = run_cli("--kind", "config", "updates/resnet.yaml", cwd=tmp_path)  # the option wins
    assert [d["code"] for d in json.loads(done.stdout)] == ["TJ101"]


def test_readme_run_lints_the_update_example_as_an_update() -> None:
    done = run_cli("examples/training-jobs/updates/", "examples/training-jobs/jobs/create-job.yaml",
                   cwd=ROOT)
    assert (done.returncode, done.stdout.strip()) == (0, "[]")


# Bodies built by an independent client (otcextensions TrainingJob)



CLIENT_JOBS: list[dict[str, Any]] = [
    dict(JOB),
    {
        "job_name": "client-obs-data",
        "job_desc": "built by otcextensions",
        "config": {
            "worker_server_num": 2, "app_url": "/bucket-a/code/",
            "boot_file_url": "/bucket-a/code/train.py", "parameter": [{"label": "lr", "value": "0.1"}],
            "spec_id": 3, "data_url": "/bucket-a/data/", "engine_id": 5, "train_url": "/bucket-a/out/",
            "log_url": "/bucket-a/logs/", "create_version": False,
        },
    },
    {
        "job_name": "client_dedicated_pool",
        "workspace_id": "0",
        "config": {
            "worker_server_num": 1, "model_id": 4, "pool_id": "pool9928813f",
            "data_source": [{"type": "dataset", "dataset_id": "d-1", "dataset_version": "v-1"}],
            "train_url": "/bucket-b/out/",
            "volumes": [
                {"nfs": {"id": "fs-1", "src_path": "192.168.8.150:/", "dest_path": "/home/work/nas",
                         "read_only": True}},
                {"host_path": {"src_path": "/data", "dest_path": "/home/work/data", "read_only": False}},
            ],
        },
    },
    {
        "job_name": "client-custom-image",
        "config": {
            "worker_server_num": 1, "app_url": "/bucket-c/new/", "boot_file_url": "/bucket-c/new/train.py",
            "spec_id": 1, "engine_id": 1, "data_url": "/bucket-c/data/",
            "user_image_url": "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
            "user_command": "bash -x /home/work/run_train.sh python /home/work/user-job-dir/new/train.py",
        },
    },
]


@pytest.mark.parametrize("fields", CLIENT_JOBS, ids=lambda f: f["job_name"])
def test_independent_client_job_bodies_lint_clean(fields: dict[str, Any]) -> None:
    body = client_body("training_job.TrainingJob", **fields)
    assert body == fields  # the client sends what it was given; it validates nothing
    assert_lints_clean(body)


# The shipped examples of each kind


@pytest.mark.parametrize("name", ["create-job.yaml", "create-job-dedicated-pool.json"])
def test_job_examples_are_clean(name: str) -> None:
    assert tjlint.lint_file(EXAMPLES / "jobs" / name) == []


def test_update_example_is_clean_as_an_update() -> None:
    assert tjlint.lint_file(EXAMPLES / "updates" / "update-config.yaml", kind="config-update") == []


def test_broken_job_example_shows_checks_inside_config() -> None:
    diags = tjlint.lint_file(EXAMPLES / "jobs" / "broken-job.yaml")
    assert where(diags) == [(2, 11, "TJ105"), (5, 3, "TJ212"), (9, 13, "TJ401"), (15, 7, "TJ213")]

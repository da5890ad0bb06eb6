"""Which files are request bodies by content (tjlint.discovery.body_reason, tjlint.sniff).

The positive cases are bodies of the three v1 APIs and of the v2 API, written
the ways people write them. The negative ones are the ordinary YAML and JSON a
repository holds next to them, written as real projects write them: a walk must
never lint those.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tjlint.discovery import DEFAULT_INCLUDE, body_reason, walk_bodies
from tjlint.schemafiles import configuration_fields as config_fields
from tjlint.sniff import HEAD_SIZE, looks_like_body

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "reference" / "v2-create-training-job-samples.json"

CONFIG_YAML = """\
# ResNet-50 on the flowers dataset
config_name: resnet50-flowers
config_desc: fine-tune on flowers
worker_server_num: 1
spec_id: 1
model_id: 4
data_url: /ml-team-data/flowers/
train_url: /ml-team-output/resnet50/
"""
UPDATE_YAML = "worker_server_num: 2\nspec_id: 5\n"  # a config-update body: no config_name
JOB_YAML = """\
job_name: resnet50-flowers-run1
job_desc: first run
config:
  worker_server_num: 2
  spec_id: 5
"""
V2_YAML = """\
kind: job
metadata:
  name: resnet50-v2
  description: a v2 job
spec:
  resource:
    flavor_id: modelarts.vm.cpu.8u
    node_count: 1
"""

BODIES = {
    "config, block YAML": CONFIG_YAML,
    "config-update": UPDATE_YAML,
    "job": JOB_YAML,
    "v2 job, spec.resource only": V2_YAML,
    "v2 job with algorithm": "metadata:\n  name: x\nalgorithm:\n  id: 2e5451fe\n",
    "quoted keys": "'config_name': a\n\"spec_id\": 1\n",
    "with a BOM": "\ufeffconfig_name: a\nspec_id: 1\n",
    "new fields": "flavor:\n  code: modelarts.vm.cpu.2u\npool_id: pool-1\n",
    "nas fields": "nas_type: nfs\nnas_share_addr: 192.168.0.1:/\n",
    "flow YAML": "{config_name: a, spec_id: 1}\n",
    "flow YAML after comments and ---": "# a job\n---\n{job_name: x, config: {spec_id: 1}}\n",
    "flow v2 spec": "{metadata: {name: x}, spec: {resource: {pool_id: p}}}\n",
    "second document": "kind: Pod\n---\nconfig_name: a\nspec_id: 1\n",
    "JSON": json.dumps({"config_name": "a", "worker_server_num": 1, "spec_id": 1}, indent=2),
    "JSON, one line": '{"job_name": "x", "config": {"spec_id": 1}}',
    "JSON v2 spec in block": "metadata:\n  name: x\nspec: {resource: {flavor_id: f}}\n",
    "spec keys indented by tabs and comments": "metadata: {}\nspec:\n  # where it runs\n  resource: {}\n",
}

KUBERNETES = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: trainer
  labels: {app: trainer}
spec:
  replicas: 2
  selector:
    matchLabels: {app: trainer}
  template:
    metadata:
      labels: {app: trainer}
    spec:
      containers:
        - name: trainer
          image: swr.cn-north-4.myhuaweicloud.com/ml/trainer:1.0
          resources:
            limits: {cpu: "2"}
---
apiVersion: v1
kind: Service
metadata:
  name: trainer
spec:
  ports: [{port: 80}]
"""
KUBEFLOW = """\
apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: resnet
spec:
  resource:
    gpu: 1
  pytorchReplicaSpecs:
    Master:
      replicas: 1
"""
VOLCANO = """\
apiVersion: batch.volcano.sh/v1alpha1
kind: Job
metadata: {name: train}
spec: {minAvailable: 1, schedulerName: volcano, tasks: [{replicas: 1, name: worker}], resource: {}}
"""
WORKFLOW = """\
name: tjlint
on: [push, pull_request]
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    env:
      config_name: ci
    steps:
      - uses: actions/checkout@v4
      - run: tjlint training-jobs/
"""
COMPOSE = """\
version: "3.9"
services:
  trainer:
    image: trainer:1.0
    volumes: [data:/data]
    environment:
      spec_id: "1"
      data_url: /bucket/data/
volumes:
  data: {}
networks:
  default: {}
"""
PRE_COMMIT = """\
repos:
  - repo: https://github.com/tjlint/tjlint
    rev: v0.2.0
    hooks:
      - id: tjlint
default_language_version:
  python: python3.12
"""
OPENAPI = """\
openapi: 3.0.3
info: {title: ModelArts, version: v1}
paths:
  /v1/{project_id}/training-job-configs:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                config_name: {type: string}
                spec_id: {type: integer}
components:
  schemas:
    Config:
      properties:
        config_name: {type: string}
        worker_server_num: {type: integer}
"""
PACKAGE_JSON = json.dumps({
    "name": "ml-console", "version": "1.2.0", "private": True,
    "scripts": {"build": "tsc -p .", "test": "jest"},
    "dependencies": {"react": "^18.2.0"}, "devDependencies": {"typescript": "^5.4.0"},
    "config": {"port": 8080},
}, indent=2)
TSCONFIG = """\
{
  // comments are allowed in tsconfig.json
  "compilerOptions": {"target": "ES2022", "module": "commonjs", "strict": true, "outDir": "dist"},
  "include": ["src/**/*"],
  "exclude": ["node_modules"]
}
"""
OPENAPI_JSON = json.dumps(
    {"openapi": "3.1.0", "info": {"title": "x", "version": "1"},
     "paths": {"/jobs": {"post": {"requestBody": {"content": {"application/json": {"schema": {
         "properties": {"config_name": {}, "spec_id": {}, "job_name": {}, "config": {}}}}}}}}},
     "components": {"schemas": {"Job": {"properties": {"metadata": {}, "algorithm": {}}}}}}, indent=2)

ORDINARY = {
    "Kubernetes Deployment and Service": KUBERNETES,
    "Kubeflow PyTorchJob (spec.resource)": KUBEFLOW,
    "Volcano job, flow style": VOLCANO,
    "GitHub workflow": WORKFLOW,
    "docker-compose": COMPOSE,
    ".pre-commit-config.yaml": PRE_COMMIT,
    "OpenAPI (YAML)": OPENAPI,
    "OpenAPI (JSON)": OPENAPI_JSON,
    "package.json": PACKAGE_JSON,
    "tsconfig.json": TSCONFIG,
    "one configuration field": "config_name: a\nowner: ml-team\n",
    "job_name without config": "job_name: nightly\nschedule: '0 3 * * *'\n",
    "metadata alone": "metadata:\n  name: x\n",
    "metadata and spec without resource": "metadata:\n  name: x\nspec:\n  replicas: 1\n  template:\n    resource: 1\n",
    "fields nested under a key": "defaults:\n  config_name: a\n  spec_id: 1\n",
    "fields inside a block scalar": "notes: |\nconfig_name: a\n",
    "a sequence of bodies": "- config_name: a\n  spec_id: 1\n",
    "fields in a JSON array": '[{"config_name": "a", "spec_id": 1}]',
    "empty": "",
}


@pytest.mark.parametrize("text", BODIES.values(), ids=BODIES.keys())
def test_bodies_are_recognised(text: str) -> None:
    assert looks_like_body(text.encode()) is True


@pytest.mark.parametrize("text", ORDINARY.values(), ids=ORDINARY.keys())
def test_ordinary_yaml_and_json_are_not(text: str) -> None:
    assert looks_like_body(text.encode()) is False


@pytest.mark.parametrize("name", ["saved_algorithm_public_flavor", "custom_image_dedicated_pool_nfs"])
def test_v2_api_samples(name: str) -> None:
    body = json.loads(SAMPLES.read_text(encoding="utf-8"))[name]
    assert looks_like_body(json.dumps(body, indent=4).encode()) is True
    assert looks_like_body(json.dumps({**body, "apiVersion": "v1"}).encode()) is False


def test_configuration_fields_come_from_the_schema() -> None:
    fields = config_fields()
    assert {"config_name", "worker_server_num", "spec_id", "data_source", "user_command"} <= fields
    assert {"flavor", "pool_id", "volumes", "nas_type", "nas_share_addr", "nas_mount_path"} <= fields
    assert not {"job_name", "config", "metadata", "name", "version"} & fields


def test_only_the_first_64_kib_count() -> None:
    filler = "# " + "x" * 100 + "\n"
    late = filler * (HEAD_SIZE // len(filler) + 1) + "config_name: a\nspec_id: 1\n"
    assert looks_like_body(late.encode()) is False
    assert looks_like_body(("config_name: a\nspec_id: 1\n" + filler * 2000).encode()) is True


@pytest.mark.parametrize("tail", ['"x": "' + "y" * HEAD_SIZE, '"parameter": [' + '{"label": "a"},' * 9000])
def test_json_cut_at_64_kib_is_judged_by_what_was_read(tail: str) -> None:
    assert looks_like_body(('{"config_name": "a", "spec_id": 1, ' + tail).encode()) is True
    assert looks_like_body(('{"owner": {"config_name": "a", "spec_id": 1}, ' + tail).encode()) is False
    v2 = '{"metadata": {"name": "x"}, "spec": {"resource": {"node_count": 1}}, ' + tail
    assert looks_like_body(v2.encode()) is True


@pytest.mark.parametrize("text", [
    "[" * HEAD_SIZE,
    "{" * HEAD_SIZE,
    "{a: " * (HEAD_SIZE // 4),
    "# " + " " * HEAD_SIZE,
    "a" * HEAD_SIZE,
    "'" + "''" * (HEAD_SIZE // 2),
    "spec:\n" + " " * HEAD_SIZE,
    "config_name: &a [*a, *a]\nspec_id: !!python/object/apply:os.system [touch /tmp/x]\n",
])
def test_hostile_heads_end_quickly_and_construct_nothing(text: str) -> None:
    assert looks_like_body(text.encode()) in (True, False)


def test_tags_are_never_constructed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "ran"
    text = f"config_name: a\nspec_id: !!python/object/apply:os.system ['touch {marker}']\n"
    assert looks_like_body(text) is True
    assert not marker.exists()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_body_reason_name_content_none(folder: Path) -> None:
    (folder / "training-job-a.yaml").write_text("owner: x\n")
    (folder / "resnet.yaml").write_text(CONFIG_YAML)
    (folder / "deploy.yaml").write_text(KUBERNETES)
    assert body_reason("training-job-a.yaml") == "name"
    assert body_reason(folder / "resnet.yaml") == "content"  # os.PathLike
    assert body_reason("deploy.yaml") is None
    assert body_reason("deploy.yaml", text=CONFIG_YAML) == "content"
    assert body_reason("resnet.yaml", include=("*.yaml",)) == "name"
    assert body_reason("missing.yaml") is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_body_reason_never_reads_a_fifo(folder: Path) -> None:
    os.mkfifo(folder / "jobs.yaml")  # nobody writes: reading it would block
    assert body_reason("jobs.yaml") is None


def test_walk_finds_bodies_by_name_and_content(folder: Path) -> None:
    files = {"jobs/resnet.yaml": CONFIG_YAML, "jobs/run1.json": json.dumps({"job_name": "r", "config": {}}),
             "jobs/v2.yml": V2_YAML, "training-job-x.yaml": "owner: x\n", "k8s/deploy.yaml": KUBERNETES,
             ".github/workflows/ci.yaml": WORKFLOW, "docker-compose.yaml": COMPOSE,
             ".pre-commit-config.yaml": PRE_COMMIT, "api/openapi.yaml": OPENAPI, "package.json": PACKAGE_JSON,
             "tsconfig.json": TSCONFIG, "jobs/resnet.txt": CONFIG_YAML}
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    found = [(Path(p).as_posix(), why) for p, why in
             walk_bodies(".", lambda _: (DEFAULT_INCLUDE, ()), use_git=False)]
    assert found == [("jobs/resnet.yaml", "content"), ("jobs/run1.json", "content"),
                     ("jobs/v2.yml", "content"), ("training-job-x.yaml", "name")]

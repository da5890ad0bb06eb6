"""A repository of mixed YAML and JSON, written deterministically: request bodies among ordinary files.

Laid out like a monorepo: ``services/svc-NNNN/`` folders holding Kubernetes
manifests, Helm values, docker-compose files, OpenAPI documents (some over 64
KiB), package.json, tsconfig.json and CI files, and ``ml/team-N/`` folders
holding training-job request bodies named ``training-job-*.yaml``. Every
ordinary file is one a walk must skip; every body is one it must find by name.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import corpus

_IMAGES = ("nginx:1.25", "redis:7", "python:3.12-slim", "postgres:16", "swr.cn-north-4.myhuaweicloud.com/ml/api:2.1")


def kubernetes(rng: random.Random, name: str) -> str:
    """A Deployment, a Service and sometimes a ConfigMap, as ``kubectl apply`` takes them."""
    port = rng.choice((80, 8080, 8000, 5000))
    docs = [f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  labels: {{app: {name}, tier: backend}}
spec:
  replicas: {rng.randint(1, 5)}
  selector:
    matchLabels: {{app: {name}}}
  template:
    metadata:
      labels: {{app: {name}}}
    spec:
      containers:
        - name: {name}
          image: {rng.choice(_IMAGES)}
          ports: [{{containerPort: {port}}}]
          resources:
            requests: {{cpu: 100m, memory: 128Mi}}
            limits: {{cpu: "1", memory: 512Mi}}
          env:
            - {{name: LOG_LEVEL, value: info}}
""", f"""apiVersion: v1
kind: Service
metadata:
  name: {name}
spec:
  selector: {{app: {name}}}
  ports:
    - port: 80
      targetPort: {port}
"""]
    if rng.random() < 0.5:
        docs.append(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}-config\ndata:\n"
                    f"  spec_id: \"{rng.randint(1, 9)}\"\n  data_url: /bucket/{name}/\n")
    return "---\n".join(docs)


def helm_values(rng: random.Random, name: str) -> str:
    """Helm values with nested settings, a few KiB."""
    lines = [f"replicaCount: {rng.randint(1, 4)}", "image:", f"  repository: {name}", "  tag: latest",
             "service:", "  type: ClusterIP", "  port: 80", "resources:", "  limits:", "    cpu: 500m",
             "ingress:", "  enabled: false", "  hosts:"]
    lines += [f"    - host: {name}-{i}.example.com\n      paths: [/]" for i in range(rng.randint(5, 60))]
    return "\n".join(lines) + "\n"


def compose(rng: random.Random, name: str) -> str:
    return f"""version: "3.9"
services:
  {name}:
    image: {rng.choice(_IMAGES)}
    volumes: [data:/data]
    environment:
      config_name: {name}
      spec_id: "1"
  db:
    image: postgres:16
volumes:
  data: {{}}
"""


def openapi(rng: random.Random, name: str) -> str:
    """An OpenAPI document; one in four is longer than the 64 KiB a content check reads."""
    paths = rng.randint(900, 1200) if rng.random() < 0.25 else rng.randint(5, 40)
    lines = ["openapi: 3.0.3", f"info: {{title: {name}, version: 1.0.0}}", "paths:"]
    for i in range(paths):
        lines += [f"  /v1/items/{i}:", "    get:", f"      operationId: get{i}", "      responses:",
                  "        '200': {description: ok}"]
    lines += ["components:", "  schemas:", "    Config:", "      properties:",
              "        config_name: {type: string}", "        spec_id: {type: integer}"]
    return "\n".join(lines) + "\n"


def workflow(rng: random.Random, name: str) -> str:
    return f"""name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test SERVICE={name}
"""


def package_json(rng: random.Random, name: str) -> str:
    deps = {f"dep-{i}": f"^{rng.randint(1, 9)}.0.0" for i in range(rng.randint(3, 30))}
    return json.dumps({"name": name, "version": "1.0.0", "scripts": {"build": "tsc"}, "dependencies": deps,
                       "config": {"port": 8080}}, indent=2) + "\n"


def package_lock(rng: random.Random, name: str) -> str:
    """A lock file far longer than 64 KiB."""
    packages = {f"node_modules/pkg-{i}": {"version": "1.0.0", "resolved": f"https://registry.example/pkg-{i}.tgz",
                                          "integrity": f"sha512-{rng.getrandbits(256):064x}"} for i in range(600)}
    return json.dumps({"name": name, "lockfileVersion": 3, "packages": packages}, indent=2) + "\n"


def tsconfig(rng: random.Random, name: str) -> str:
    return json.dumps({"compilerOptions": {"target": "ES2022", "strict": True, "outDir": "dist"},
                       "include": ["src/**/*"]}, indent=2) + "\n"


#: File name -> writer, per service folder (a package-lock.json in one service in ten).
SERVICE_FILES: dict[str, Callable[[random.Random, str], str]] = {
    "k8s/deployment.yaml": kubernetes, "chart/values.yaml": helm_values, "docker-compose.yaml": compose,
    "api/openapi.yaml": openapi, "ci.yaml": workflow, "package.json": package_json, "tsconfig.json": tsconfig,
}


def write(root: Path, files: int, bodies: int, seed: int = 3) -> Path:
    """Write (once; reused when present) ``files`` files of which ``bodies`` are request bodies."""
    marker = root / ".complete"
    if marker.exists():
        return root
    rng = random.Random(seed)
    for i in range(bodies):
        config = corpus.valid_config(rng, i)
        path = root / "ml" / f"team-{i % 20:02d}" / f"training-job-{i:05d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(corpus.to_yaml(config, f"training job {i}"), encoding="utf-8")
    written, service = bodies, 0
    while written < files:
        name = f"svc-{service:04d}"
        extra = {"package-lock.json": package_lock} if service % 10 == 0 else {}
        for relative, writer in {**SERVICE_FILES, **extra}.items():
            if written == files:
                break
            path = root / "services" / name / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(writer(rng, name), encoding="utf-8")
            written += 1
        service += 1
    marker.write_text("", encoding="utf-8")
    return root

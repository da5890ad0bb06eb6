"""Build the passing and failing YAML examples shown by ``tjlint rules CODE``.

Each example is a complete small body, so that the only difference between a
rule's passing and failing example is the rule's subject: v1 examples start
from :data:`BASE` (a configuration), v2 examples from :data:`V2_BASE` (a job
of the current API). :func:`example` and :func:`v2_example` give a function
that writes the YAML when the example is first read (see
:class:`tjlint.rules.base.RuleInfo`), not at import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

#: A clean configuration: every v1 example starts from it.
BASE: dict[str, Any] = {
    "config_name": "resnet-train",
    "worker_server_num": 1,
    "spec_id": 1,
    "engine_id": 1,
    "app_url": "/my-bucket/code/",
    "boot_file_url": "/my-bucket/code/train.py",
    "data_url": "/my-bucket/data/",
    "train_url": "/my-bucket/output/",
}
ENGINE = {"engine_name": "PyTorch", "engine_version": "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"}
#: A clean v2 body (own code on a preset engine, public flavor): every v2 example starts from it.
V2_BASE: dict[str, Any] = {
    "kind": "job",
    "metadata": {"name": "resnet50-flowers"},
    "algorithm": {
        "code_dir": "/my-bucket/code/",
        "boot_file": "/my-bucket/code/train.py",
        "engine": ENGINE,
        "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "/my-bucket/data/"}}}],
        "outputs": [{"name": "train_url", "remote": {"obs": {"obs_url": "/my-bucket/output/"}}}],
    },
    "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}},
}


def _built(base: Mapping[str, Any], changes: Mapping[str, Any]) -> str:
    """``base`` as YAML with ``changes``: a key is a path of field names joined by ``/``; None removes."""
    body = dict(base)
    for path, value in changes.items():
        *parents, last = path.split("/")
        target = body
        for key in parents:  # copy only the mappings on the way: the base stays as it is
            child = target.get(key)
            target[key] = child = dict(child) if isinstance(child, dict) else {}
            target = child
        if value is None:
            target.pop(last, None)
        else:
            target[last] = value
    import yaml  # examples are written only when read (tjlint rules, SARIF, docs)

    # libyaml's emitter writes the same text several times faster.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(body, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1000)


def example(**changes: Any) -> Callable[[], str]:
    """:data:`BASE` as YAML with ``changes`` applied (None removes a key)."""
    return partial(_built, BASE, changes)


def v2_example(changes: Mapping[str, Any] | None = None) -> Callable[[], str]:
    """:data:`V2_BASE` as YAML with ``changes``: ``{"algorithm/id": "x", "spec/resource": None}``."""
    return partial(_built, V2_BASE, changes or {})

"""What the rules of the current training API (kind ``v2-job``) share.

Their checks receive the whole document (``kind``, ``metadata``, ``algorithm``,
``spec``). Any part may be missing or of the wrong type (the schema stage
reports that), so every access goes through :func:`mapping`, :func:`has`
and :func:`items`, which never raise. :func:`example` builds the YAML
examples that ``tjlint rules CODE`` shows.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

import yaml

# libyaml's emitter writes the same text several times faster; the examples are built at import.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

ENGINE = {"engine_name": "PyTorch", "engine_version": "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"}
#: A clean body (own code on a preset engine, public flavor): every example starts from it.
BASE: dict[str, Any] = {
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


def mapping(data: Any, *keys: str) -> Mapping[str, Any] | None:
    """The mapping at ``data[k1][k2]...``, or None when a step is missing or not a mapping."""
    for key in keys:
        if type(data) is not dict and not isinstance(data, Mapping):  # dict first: the ABC check is slow
            return None
        data = data.get(key)
    return data if type(data) is dict or isinstance(data, Mapping) else None


def has(data: Mapping[str, Any] | None, key: str) -> bool:
    """Whether ``data`` sets ``key``: null, "", [] and {} leave it blank (as the API page says)."""
    value = data.get(key) if data is not None else None
    return value is not None and value not in ("", [], {})


def items(data: Any, *keys: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """``(index, item)`` for the mapping items of the list at ``data[k1][k2]...``."""
    parent = mapping(data, *keys[:-1])
    found = parent.get(keys[-1]) if parent is not None else None
    if isinstance(found, list):
        for index, item in enumerate(found):
            if type(item) is dict or isinstance(item, Mapping):
                yield index, item


def repeats(data: Any, *keys: str) -> Iterator[tuple[int, int, str]]:
    """``(index, first index, name)`` for each item of the list at ``keys`` whose ``name`` an earlier item has."""
    first: dict[str, int] = {}
    for index, item in items(data, *keys):
        name = item.get("name")
        if isinstance(name, str):
            if name in first:
                yield index, first[name], name
            else:
                first[name] = index


def text(data: Mapping[str, Any] | None, key: str) -> str | None:
    """The string at ``data[key]``, or None."""
    value = data.get(key) if data is not None else None
    return value if isinstance(value, str) else None


def example(changes: Mapping[str, Any] | None = None) -> str:
    """:data:`BASE` as YAML with ``changes`` applied: ``{"algorithm/id": "x", "spec/resource": None}``.

    A key is a path of field names separated by ``/``; None removes the field.
    """
    body = copy.deepcopy(BASE)
    for path, value in (changes or {}).items():
        *parents, last = path.split("/")
        target = body
        for key in parents:
            target = target.setdefault(key, {})
        if value is None:
            target.pop(last, None)
        else:
            target[last] = value
    return yaml.dump(body, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000)

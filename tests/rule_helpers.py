"""What the rule tests share: the valid base bodies they build on, and linting a body as YAML or JSON.

Every rule test module starts from :data:`BASE` (a v1 configuration) or
:data:`V2_BASE` (a v2 job, written as YAML text so that tests can count its
lines), changing only what its rule is about. Both lint clean
(``test_builtin_rules.py`` checks).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

import yaml

import tjlint

#: A valid v1 configuration body.
BASE: dict[str, Any] = {
    "config_name": "demo",
    "worker_server_num": 1,
    "spec_id": 1,
    "engine_id": 1,
    "app_url": "/my-bucket/app/",
    "boot_file_url": "/my-bucket/app/train.py",
    "data_url": "/my-bucket/data/",
}
#: The first lines of a valid v2 body; a test adds its ``algorithm`` and ``spec``.
V2_HEAD = "kind: job\nmetadata: {name: demo}\n"
#: The ``spec`` of a valid v2 body: a public flavor.
V2_SPEC = "spec: {resource: {flavor_id: modelarts.vm.cpu.8u}}\n"
#: A valid v2 body (a saved algorithm on a public flavor).
V2_BASE = V2_HEAD + "algorithm: {id: a1}\n" + V2_SPEC


def from_base(base: Mapping[str, Any] = BASE, **changes: Any) -> dict[str, Any]:
    """``base`` with ``changes``: a key keeps its place, a new one goes last, None removes one."""
    out = {**base, **changes}
    return {k: v for k, v in out.items() if v is not None}


#: The base body running a built-in algorithm (``model_id``) instead of code of its own.
BUILT_IN = {**from_base(engine_id=None, app_url=None, boot_file_url=None, data_url=None), "model_id": 4,
            "data_url": BASE["data_url"]}
#: The first two lines of :data:`BUILT_IN` as a JSON object that a test ends with fields of its own.
BUILT_IN_JSON_HEAD = ('{"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 4,\n'
                      ' "data_url": "/my-bucket/data/",\n')


def dump(data: Mapping[str, Any], fmt: str = "yaml") -> str:
    """``data`` as indented JSON or block YAML (keys in their order)."""
    return json.dumps(data, indent=2) if fmt == "json" else yaml.safe_dump(dict(data), sort_keys=False)


def lint_as(data: dict[str, Any], fmt: str, name: str = "x") -> list[tjlint.Diagnostic]:
    """Write ``data`` as indented JSON or block YAML (``fmt``) and lint that text."""
    return tjlint.lint_text(dump(data, fmt), filename=f"{name}.{fmt}")


def codes_found(data: dict[str, Any], fmt: str, codes: Collection[str]) -> list[tuple[str, str]]:
    """(pointer, code) of the diagnostics with one of ``codes``."""
    return [(d.pointer, d.code) for d in lint_as(data, fmt) if d.code in codes]


def where(text: str, filename: str, codes: Collection[str] = (), **kwargs: Any) -> list[tuple[int, int, str]]:
    """(line, column, code) of every diagnostic of ``text`` (or of those with one of ``codes``), in order."""
    found = tjlint.lint_text(text, filename=filename, **kwargs)
    return [(d.line, d.column, d.code) for d in found if not codes or d.code in codes]

"""Where the bundled JSON Schemas are, and what tjlint reads from them outside the schema stage.

The schemas ship inside the package (``tjlint/schemas/``) and are found with
:mod:`importlib.resources`, so a wheel install and an editable install find
the same files. Nothing here imports jsonschema.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

SUFFIX = ".schema.json"
#: The schema whose ``$defs/configFields`` every kind's configuration shares.
CONFIGURATION_SCHEMA = "training-job-config"


def schema_path(name: str) -> Path:
    """The file of the bundled schema ``name`` (``training-job-config``, ...)."""
    return Path(str(files("tjlint") / "schemas" / f"{name}{SUFFIX}"))


def schema_names() -> tuple[str, ...]:
    """Names of the bundled schemas, sorted."""
    entries = (files("tjlint") / "schemas").iterdir()
    return tuple(sorted(e.name[: -len(SUFFIX)] for e in entries if e.name.endswith(SUFFIX)))


@lru_cache(maxsize=8)
def read_schema(name: str) -> dict[str, Any]:
    """The bundled schema ``name``, read once per process: callers must not modify it."""
    data: dict[str, Any] = json.loads(schema_path(name).read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def configuration_fields() -> frozenset[str]:
    """The configuration fields: what the configuration schema defines for every kind
    (``$defs/configFields``) and for a configuration itself (``config_name``, ``config_desc``)."""
    schema = read_schema(CONFIGURATION_SCHEMA)
    shared = schema.get("$defs", {}).get("configFields", {}).get("properties", {})
    return frozenset(schema.get("properties", {})) | frozenset(shared)

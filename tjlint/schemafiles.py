"""The bundled JSON Schemas: where they are, reading them, and the fields they define.

One copy of each schema is committed, in ``schemas/`` at the top of the
repository (editors and other tools point at it); the package ships it as
``tjlint.schemas`` (``[tool.setuptools] package-dir``), found with
:mod:`importlib.resources`, so a wheel install and an editable install read
the same files. Nothing here imports jsonschema.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

SUFFIX = ".schema.json"
#: The schema of a configuration body, whose ``$defs/configFields`` every kind shares.
CONFIGURATION_SCHEMA = "training-job-config"
#: The schema of tjlint's own settings files (for editors; the settings are checked in Python).
SETTINGS_SCHEMA = "tjlint-settings"


@lru_cache(maxsize=1)
def schema_folder() -> Path:
    """The folder of the bundled schemas.

    Installed (a wheel, or editable), that is the package ``tjlint.schemas``. Imported
    straight from a source checkout (``python -m tjlint`` at the top of a clone, where
    ``tjlint`` is found before the installed copy), no such package exists: the schemas
    are then the checkout's own ``schemas/`` folder beside ``tjlint/``.
    """
    try:
        return Path(str(files("tjlint.schemas")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "schemas"


def schema_path(name: str = CONFIGURATION_SCHEMA) -> Path:
    """The file of the bundled schema ``name`` (``training-job-config``, ...)."""
    return schema_folder() / f"{name}{SUFFIX}"


def schema_names() -> tuple[str, ...]:
    """Names of the bundled schemas, sorted."""
    entries = schema_folder().iterdir()
    return tuple(sorted(e.name[: -len(SUFFIX)] for e in entries if e.name.endswith(SUFFIX)))


@lru_cache(maxsize=1)
def bundled() -> dict[str, dict[str, Any]]:
    """Every bundled schema by name, read once per process: callers must not modify them."""
    return {name: json.loads(schema_path(name).read_text("utf-8")) for name in schema_names()}


def read_schema(name: str) -> dict[str, Any]:
    """The bundled schema ``name``, read once per process: callers must not modify it."""
    return bundled()[name]


def load_schema(name: str = CONFIGURATION_SCHEMA) -> dict[str, Any]:
    """A fresh copy of the bundled schema ``name``, the caller's to change."""
    return json.loads(json.dumps(read_schema(name)))  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def shared_fields() -> tuple[str, ...]:
    """The configuration fields every kind shares (``$defs/configFields``), in schema order."""
    return tuple(read_schema(CONFIGURATION_SCHEMA)["$defs"]["configFields"]["properties"])


@lru_cache(maxsize=1)
def configuration_fields() -> frozenset[str]:
    """The configuration fields: :func:`shared_fields` and a configuration's own (``config_name``, ...)."""
    return frozenset(read_schema(CONFIGURATION_SCHEMA).get("properties", {})) | frozenset(shared_fields())

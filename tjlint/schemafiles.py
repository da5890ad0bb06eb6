"""The bundled JSON Schemas: where they are, reading them, and the fields they define.

One copy of each schema is committed, in ``schemas/`` at the top of the
repository (editors and other tools point at it); the package ships it as
``tjlint.schemas`` (``[tool.setuptools] package-dir``), found where that
package is, so a wheel install and an editable install read the same files.
Nothing here imports jsonschema (or :mod:`importlib.resources`, whose imports
cost more start-up than a run spends on the schemas).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

SUFFIX = ".schema.json"
#: The schema of a configuration body, whose ``$defs/configFields`` every kind shares.
CONFIGURATION_SCHEMA = "training-job-config"
#: The schema of tjlint's own settings files (for editors; the settings are checked in Python).
SETTINGS_SCHEMA = "tjlint-settings"


@lru_cache(maxsize=1)
def schema_folder() -> str:
    """The folder of the bundled schemas.

    Installed (a wheel, or editable), that is the package ``tjlint.schemas``. Imported
    straight from a source checkout (``python -m tjlint`` at the top of a clone, where
    ``tjlint`` is found before the installed copy), no such package exists: the schemas
    are then the checkout's own ``schemas/`` folder beside ``tjlint/``.
    """
    from importlib import import_module  # the package may be missing: see above

    try:
        package = import_module("tjlint.schemas")
    except ModuleNotFoundError:
        return os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "schemas")
    return os.path.dirname(os.path.abspath(package.__file__ or ""))


def schema_path(name: str = CONFIGURATION_SCHEMA) -> Path:
    """The file of the bundled schema ``name`` (``training-job-config``, ...)."""
    from pathlib import Path  # only for callers that want the file itself

    return Path(schema_folder(), f"{name}{SUFFIX}")


def schema_names() -> tuple[str, ...]:
    """Names of the bundled schemas, sorted."""
    entries = os.listdir(schema_folder())
    return tuple(sorted(name[: -len(SUFFIX)] for name in entries if name.endswith(SUFFIX)))


@lru_cache(maxsize=1)
def bundled() -> dict[str, dict[str, Any]]:
    """Every bundled schema by name, read once per process: callers must not modify them."""
    import json  # the schemas are read only for a body that fails, hints and tools

    found = {}
    for name in schema_names():
        with open(os.path.join(schema_folder(), f"{name}{SUFFIX}"), encoding="utf-8") as handle:
            found[name] = json.load(handle)
    return found


def read_schema(name: str) -> dict[str, Any]:
    """The bundled schema ``name``, read once per process: callers must not modify it."""
    return bundled()[name]


def load_schema(name: str = CONFIGURATION_SCHEMA) -> dict[str, Any]:
    """A fresh copy of the bundled schema ``name``, the caller's to change."""
    import json  # the schemas are read only for a body that fails, hints and tools

    return json.loads(json.dumps(read_schema(name)))  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def shared_fields() -> tuple[str, ...]:
    """The configuration fields every kind shares (``$defs/configFields``), in schema order."""
    return tuple(read_schema(CONFIGURATION_SCHEMA)["$defs"]["configFields"]["properties"])


@lru_cache(maxsize=1)
def configuration_fields() -> frozenset[str]:
    """The configuration fields: :func:`shared_fields` and a configuration's own (``config_name``, ...)."""
    return frozenset(read_schema(CONFIGURATION_SCHEMA).get("properties", {})) | frozenset(shared_fields())

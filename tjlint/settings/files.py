"""Reading one settings file: ``[tool.tjlint]`` of a TOML file or a YAML file, every key checked.

Any mistake is a :class:`SettingsError` whose text is one line naming the
file and the key. Paths and anchored globs are made relative to the folder
of the file that holds them. Finding the files is :mod:`tjlint.configfile`'s job.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

from tjlint.model import replace
from tjlint.settings import Settings
from tjlint.settings.keys import KEYS, SettingsError, unknown_key


def shown(path: str) -> str:
    """How a configuration file is named in messages: relative to the working directory."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path


def _read_text(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        return data.decode("utf-8-sig")
    except OSError as exc:
        raise SettingsError(f"{shown(path)}: cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SettingsError(f"{shown(path)}: is not UTF-8 text") from None


def _read_toml(path: str) -> Mapping[str, Any] | None:
    """The ``[tool.tjlint]`` table of a TOML file, or None when it has none."""
    if sys.version_info >= (3, 11):
        import tomllib  # only a folder with a pyproject.toml reads TOML
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]  # as on 3.11
    try:
        data = tomllib.loads(_read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{shown(path)}: not valid TOML: {exc}") from None
    tool = data.get("tool")
    table = tool.get("tjlint") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise SettingsError(f"{shown(path)}: [tool.tjlint] must be a table of settings")
    return table


def _read_yaml(path: str) -> Mapping[str, Any]:
    import yaml  # only a folder with a .tjlint.yaml reads YAML settings

    try:
        data = yaml.load(_read_text(path), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "it cannot be parsed"
        raise SettingsError(f"{shown(path)}: not valid YAML{where}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SettingsError(f"{shown(path)}: must hold a mapping of settings (key: value)")
    return data


def read_settings(path: str) -> Mapping[str, Any] | None:
    """The raw settings of one file (``.toml``: its ``[tool.tjlint]``; None when absent)."""
    name = path.lower()
    if name.endswith(".toml"):
        return _read_toml(path)
    if name.endswith((".yaml", ".yml")):
        return _read_yaml(path)
    raise SettingsError(f"{shown(path)}: a configuration file is a .toml file with [tool.tjlint]"
                        " or a .yaml file")


def parse_settings(raw: Mapping[str, Any], path: str) -> dict[str, Any]:
    """Check every key of ``raw`` (from the file ``path``); return Config field -> value.

    ``limits`` comes back as a mapping of :class:`Limits` field -> value.
    """
    name = shown(path)
    table = " in [tool.tjlint]" if path.lower().endswith(".toml") else ""
    folder = os.path.dirname(os.path.abspath(path))
    changes: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in KEYS:
            raise SettingsError(f"{name}: {unknown_key(str(key), KEYS)}{table}")
        field, check = KEYS[key]
        try:
            changes[field] = check(value, folder)
        except SettingsError as exc:
            raise SettingsError(f"{name}: {key}: {exc}") from None
    return changes


def apply_settings(settings: Settings, changes: Mapping[str, Any]) -> Settings:
    """``config`` with ``changes`` from :func:`parse_settings` laid over it."""
    updates = dict(changes)
    if "limits" in updates:
        updates["limits"] = replace(settings.limits, **updates["limits"])
    return replace(settings, **updates)

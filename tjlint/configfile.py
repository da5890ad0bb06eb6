"""Configuration files: find them, read them, check every key, merge them into a Config.

Lowest priority first: built-in defaults, then the nearest ``.tjlint.yaml``
(or ``.tjlint.yml``) or ``pyproject.toml`` with a ``[tool.tjlint]`` table,
searched upward from the working directory (in one folder the ``.tjlint``
file wins), then the ``--config`` file, then command-line flags (applied by
the CLI). Each file sets only the keys it names; ``limits`` merges key by key.
Paths and anchored globs are relative to the folder of the file that holds
them. Any mistake is a :class:`SettingsError` whose text is one line naming
the file and the key.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import yaml

from tjlint.config import Config
from tjlint.settings_keys import KEYS, SettingsError, unknown_key

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

YAML_NAMES = (".tjlint.yaml", ".tjlint.yml")
PYPROJECT = "pyproject.toml"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["SettingsError", "find_config_file", "load_config", "named_in", "parse_settings",
           "read_settings"]


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
    try:
        data = yaml.load(_read_text(path), Loader=_Loader)  # a safe loader
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


def find_config_file(start: str) -> tuple[str, Mapping[str, Any]] | None:
    """The nearest configuration file at or above ``start``, with its raw settings."""
    folder = os.path.abspath(start)
    while True:
        for name in YAML_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return candidate, _read_yaml(candidate)
        candidate = os.path.join(folder, PYPROJECT)
        if os.path.isfile(candidate):
            table = _read_toml(candidate)
            if table is not None:
                return candidate, table
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


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


def apply_settings(config: Config, changes: Mapping[str, Any]) -> Config:
    """``config`` with ``changes`` from :func:`parse_settings` laid over it."""
    updates = dict(changes)
    if "limits" in updates:
        updates["limits"] = replace(config.limits, **updates["limits"])
    return replace(config, **updates)


def load_config(cwd: str | None = None, config_file: str | None = None,
                base: Config | None = None) -> tuple[Config, list[str]]:
    """Defaults, the nearest configuration file, then ``config_file``; also the files read."""
    config = base or Config()
    used: list[str] = []
    found = find_config_file(cwd or os.getcwd())
    if found is not None:
        config = apply_settings(config, parse_settings(found[1], found[0]))
        used.append(found[0])
    if config_file is not None:
        raw = read_settings(config_file)
        if raw is None:
            raise SettingsError(f"{shown(config_file)}: has no [tool.tjlint] table")
        config = apply_settings(config, parse_settings(raw, config_file))
        used.append(config_file)
    return config, used



CODE_KEYS = ("select", "ignore", "severity", "per-file-ignores")


def named_in(used: list[str], wanted: tuple[str, ...]) -> str | None:
    """``FILE: KEY`` of the last file in ``used`` that names it (None: none does).

    ``wanted`` is ``("plugins",)`` for a plugin problem, or ``(code,)`` for a
    code that no rule has: the file and key that list that code.
    """
    for path in reversed(used):
        raw = read_settings(path) or {}
        if wanted == ("plugins",):
            if "plugins" in raw:
                return f"{shown(path)}: plugins"
            continue
        for key in CODE_KEYS:
            value = raw.get(key)
            items = list(value) if isinstance(value, (list, dict)) else []
            if key == "per-file-ignores" and isinstance(value, dict):
                items = [c for codes in value.values() if isinstance(codes, list) for c in codes]
            if any(str(item).strip().upper() == wanted[0] for item in items):
                return f"{shown(path)}: {key}"
    return None

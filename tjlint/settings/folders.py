"""Configuration files: find them, read them, check every key, merge them into a Config.

Lowest priority first: built-in defaults, then the nearest ``.tjlint.yaml``
(or ``.tjlint.yml``) or ``pyproject.toml`` with a ``[tool.tjlint]`` table,
searched upward from the folder of each linted file, as ruff does (in one
folder the ``.tjlint`` file wins; standard input uses the working
directory), then the ``--config`` file, then command-line flags (applied by
the CLI). Each file sets only the keys it names; ``limits`` merges key by key.
Paths and anchored globs are relative to the folder of the file that holds
them. Any mistake is a :class:`SettingsError` whose text is one line naming
the file and the key.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from tjlint.settings import Settings
from tjlint.settings.files import apply_settings, parse_settings, read_settings, shown
from tjlint.settings.keys import SettingsError

YAML_NAMES = (".tjlint.yaml", ".tjlint.yml")
PYPROJECT = "pyproject.toml"  # tjlint.discovery.SETTINGS_FILES lists the same three names

__all__ = ["SettingsError", "named_in", "parse_settings",
           "read_settings", "settings_for"]


def _stamp(path: str) -> tuple[str, int, int]:
    """What tells a changed file apart: its modification time and size (-1, -1 when absent)."""
    try:
        info = os.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, info.st_mtime_ns, info.st_size)


#: path -> (stamp, raw settings) of every configuration file read, so each is parsed once.
_RAW: dict[str, tuple[tuple[str, int, int], Mapping[str, Any] | None]] = {}


def _raw_settings(path: str) -> Mapping[str, Any] | None:
    """:func:`read_settings` of ``path``, read again only when the file changed."""
    stamp = _stamp(path)
    cached = _RAW.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    raw = read_settings(path)
    _RAW[path] = (stamp, raw)
    return raw


def _search(start: str) -> tuple[str | None, list[str]]:
    """The nearest configuration file at or above ``start`` (None: none), and every name looked at."""
    folder = os.path.abspath(start)
    looked: list[str] = []
    while True:
        for name in (*YAML_NAMES, PYPROJECT):
            candidate = os.path.join(folder, name)
            looked.append(candidate)
            # A pyproject.toml without [tool.tjlint] does not stop the search.
            if os.path.isfile(candidate) and (name != PYPROJECT or _raw_settings(candidate) is not None):
                return candidate, looked
        parent = os.path.dirname(folder)
        if parent == folder:
            return None, looked
        folder = parent


def _build(found: str | None, config_file: str | None, base: Settings) -> tuple[Settings, list[str]]:
    settings = base
    used: list[str] = []
    for path in (found, config_file):
        if path is None:
            continue
        raw = _raw_settings(path)
        if raw is None:
            raise SettingsError(f"{shown(path)}: has no [tool.tjlint] table")
        settings = apply_settings(settings, parse_settings(raw, path))
        used.append(path)
    return settings, used


_Key = tuple[str, "str | None"]
#: (folder, --config file) -> (names looked at, their stamps, settings, files used).
_SETTINGS: dict[_Key, tuple[list[str], list[tuple[str, int, int]], Settings, list[str]]] = {}
_MAX_CACHED = 4096


def settings_for(folder: str | os.PathLike[str], config_file: str | os.PathLike[str] | None = None,
                 ) -> tuple[Settings, list[str]]:
    """The settings of the files in ``folder``, and the configuration files they come from.

    Defaults, then the nearest ``.tjlint.yaml``/``pyproject.toml`` at or above
    ``folder`` (as ruff finds its settings), then ``config_file`` (``--config``)
    on top. Cached per folder; a cached answer is used only while every file
    the search looked at is unchanged, so an editor sees edits to settings.
    Raises :class:`SettingsError` (one line naming the file and key).
    """
    key: _Key = (os.path.abspath(folder), None if config_file is None else os.path.abspath(config_file))
    cached = _SETTINGS.get(key)
    if cached is not None and [_stamp(p) for p in cached[0]] == cached[1]:
        return cached[2], list(cached[3])
    found, looked = _search(key[0])
    if key[1] is not None:
        looked.append(key[1])
    stamps = [_stamp(p) for p in looked]
    settings, used = _build(found, None if config_file is None else os.fspath(config_file), Settings())
    if len(_SETTINGS) >= _MAX_CACHED:
        _SETTINGS.clear()
    _SETTINGS[key] = (looked, stamps, settings, used)
    return settings, list(used)


class FolderSettings:
    """Settings per folder for one run: each folder is looked at once, each file read once.

    A walk meets thousands of folders; asking :func:`settings_for` for each
    would search (and check) the same parent folders again and again. Here a
    folder without a configuration file takes its parent's answer.
    """

    def __init__(self, config_file: str | os.PathLike[str] | None = None) -> None:
        self.config_file = config_file
        self._nearest: dict[str, str | None] = {}
        self._settings: dict[str | None, tuple[Settings, list[str]]] = {}

    def __call__(self, folder: str | os.PathLike[str]) -> tuple[Settings, list[str]]:
        """:func:`settings_for` of ``folder``."""
        found = self._find(os.path.abspath(folder))
        known = self._settings.get(found)
        if known is None:
            where = os.path.dirname(found) if found is not None else os.fspath(folder)
            known = self._settings[found] = settings_for(where, self.config_file)
        return known

    def _find(self, folder: str) -> str | None:
        """The nearest configuration file at or above ``folder`` (None: none)."""
        passed: list[str] = []
        while folder not in self._nearest:
            here = next((p for p in (os.path.join(folder, n) for n in (*YAML_NAMES, PYPROJECT))
                         if os.path.isfile(p) and (not p.endswith(PYPROJECT) or _raw_settings(p) is not None)),
                        None)
            parent = os.path.dirname(folder)
            if here is not None or parent == folder:
                self._nearest[folder] = here
                break
            passed.append(folder)
            folder = parent
        found = self._nearest[folder]
        self._nearest.update(dict.fromkeys(passed, found))
        return found


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

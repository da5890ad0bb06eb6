"""The settings, rules and catalogue that lint a document, as the command line finds them.

The nearest settings file above a document's folder (``.tjlint.yaml``,
``.tjlint.yml`` or a ``pyproject.toml`` with ``[tool.tjlint]``) decides, and
the catalogues it names are read. What was read is kept per folder and read
again when any settings file from that folder up, or a catalogue, changes on
disk (its modification time, size or inode), so an edit to either shows in
the next lint without a restart.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tjlint.engine import Linter
from tjlint.plugins import RuleSets
from tjlint.settings import Settings
from tjlint.settings.folders import PYPROJECT, YAML_NAMES, SettingsError, settings_for

if TYPE_CHECKING:
    from tjlint.catalog import Catalog

Stamp = tuple[tuple[str, int, int, int], ...]


@dataclass(frozen=True)
class Setup:
    """How to lint the documents of one folder, or the one-line reason it cannot be done."""

    linter: Linter | None
    problem: str | None = None
    settings: Settings = field(default_factory=Settings)
    catalog: Catalog | None = None


def _stamp(paths: list[str]) -> Stamp:
    """What changes when one of ``paths`` is written, created, replaced or removed."""
    found = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        found.append((path, info.st_mtime_ns, info.st_size, info.st_ino))
    return tuple(found)


def _settings_files(folder: str) -> list[str]:
    """Every place a settings file could be, from ``folder`` up to the root."""
    names = (*YAML_NAMES, PYPROJECT)
    paths: list[str] = []
    current = os.path.abspath(folder)
    while True:
        paths.extend(os.path.join(current, name) for name in names)
        parent = os.path.dirname(current)
        if parent == current:
            return paths
        current = parent


def _settings_for(folder: str) -> Settings:
    """The settings of the files in ``folder``: defaults, then its nearest settings file."""
    return settings_for(folder)[0]


def _build(folder: str, rulesets: RuleSets) -> Setup:
    try:
        settings = _settings_for(folder)
        ruleset = rulesets.for_settings(settings)
    except SettingsError as exc:
        return Setup(None, str(exc))
    catalog = None
    if settings.catalog:
        from tjlint.catalog import CatalogError, load_catalog  # only when a catalogue is named

        try:
            catalog = load_catalog(settings.catalog)
        except CatalogError as exc:
            return Setup(None, str(exc), settings)
    return Setup(Linter(settings, catalog, ruleset), None, settings, catalog)


class Setups:
    """The setup of each folder, kept until a file it came from changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Stamp, Stamp, Setup]] = {}
        self._rulesets = RuleSets()

    def for_folder(self, folder: str) -> Setup:
        """The setup for documents in ``folder`` (read again if its files changed)."""
        settings = _stamp(_settings_files(folder))
        with self._lock:
            cached = self._cache.get(folder)
        if cached is not None and cached[0] == settings:
            setup = cached[2]
            if _stamp(list(setup.settings.catalog)) == cached[1]:
                return setup
        setup = _build(folder, self._rulesets)
        with self._lock:
            self._cache[folder] = (settings, _stamp(list(setup.settings.catalog)), setup)
        return setup

    def forget(self) -> None:
        """Drop everything read (a watched file changed)."""
        with self._lock:
            self._cache.clear()

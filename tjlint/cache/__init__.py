"""The results cache: each file's diagnostics, kept between runs and reused only when nothing they depend on changed.

On by default for command-line runs that report on files and folders
(``--no-cache`` turns it off). Not used for standard input (nothing names it
between runs), by ``--fix`` and ``--diff`` (they rewrite text, and lint
again whatever they change), by ``--show-files`` (nothing is linted), by the
language server or by the library: none of these read or write a cache.

Where: ``.tjlint_cache/`` in the folder of the nearest settings file
(``.tjlint.yaml``, ``.tjlint.yml`` or a ``pyproject.toml`` with
``[tool.tjlint]``) found upward from each file's folder, else in the working
directory; the ``cache-dir`` setting or ``--cache-dir`` names another folder.
What a result depends on is in :mod:`tjlint.cache.keys`; how it is stored,
signed and written safely in :mod:`tjlint.cache.pack`. The key that signs the
cache lives in the user's cache folder, outside every repository: if it
cannot be made, the run goes on without a cache and says so once on stderr.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tjlint.cache.keys import digest, environment, settings_print, user_key
from tjlint.cache.pack import CacheUnusable, Pack

if TYPE_CHECKING:
    from tjlint.rules.base import RuleSet
    from tjlint.settings import Settings

__all__ = ["FOLDER_NAME", "Group", "ResultsCache", "digest"]

#: The cache folder's name, beside the nearest settings file or in the working directory.
FOLDER_NAME = ".tjlint_cache"


class Group:
    """Files that share settings: their pack (None: no cache for them) and the hash of their settings."""

    __slots__ = ("pack", "settings")

    def __init__(self, pack: Pack | None, settings: bytes) -> None:
        self.pack, self.settings = pack, settings


class ResultsCache:
    """The cache of one run: lookups while linting, one write per pack at the end (:meth:`save`)."""

    def __init__(self, config_file: str | None = None) -> None:
        self.config_file = os.path.abspath(config_file) if config_file else None
        self.notes: list[str] = []
        self._signing: tuple[bytes, bytes] | None = None  # the user's key and the environment's hash
        self._off = False
        self._packs: dict[str, Pack | None] = {}
        self._groups: dict[tuple[str, ...], Group] = {}

    def group(self, used: tuple[str, ...], settings: Settings, ruleset: Callable[[], RuleSet]) -> Group:
        """The group of files whose settings come from the files ``used`` (``ruleset``: their rule set)."""
        known = self._groups.get(used)
        if known is None:
            printed = settings_print(settings, ruleset() if settings.plugins else None)
            pack = self._pack(self.folder(settings, used)) if printed is not None else None
            known = self._groups[used] = Group(pack, printed or b"")
        return known

    def folder(self, settings: Settings, used: Sequence[str]) -> str:
        """The cache folder of files with these settings: ``cache-dir``, else beside the nearest settings file."""
        if settings.cache_dir:
            return os.path.abspath(os.path.expanduser(settings.cache_dir))
        found = [p for p in used if os.path.abspath(p) != self.config_file]
        return os.path.join(os.path.dirname(os.path.abspath(found[0])) if found else os.getcwd(), FOLDER_NAME)

    def _pack(self, folder: str) -> Pack | None:
        """The pack of ``folder`` for this environment, read on first use (None: no cache there)."""
        if folder not in self._packs:
            signing = self._sign()
            pack = Pack(folder, signing[1], signing[0]) if signing is not None else None
            if pack is not None:
                try:
                    pack.load()
                except CacheUnusable as exc:
                    self.note(str(exc))
                    pack = None
            self._packs[folder] = pack
        return self._packs[folder]

    def _sign(self) -> tuple[bytes, bytes] | None:
        """The user's key and the environment's hash, worked out once (None: no key, no cache)."""
        if self._signing is None and not self._off:
            key = user_key()
            if isinstance(key, str):
                self._off = True
                self.note(key)
            else:
                self._signing = (key, environment())
        return self._signing

    @staticmethod
    def lookup(group: Group, path: str, shown: str, content: bytes) -> tuple[Any, ...] | None:
        """The stored result of the file at ``path`` shown as ``shown`` with ``content`` (its hash), if any."""
        if group.pack is None:
            return None
        entry = group.pack.entries.get(path)
        try:
            if entry is not None and entry[0] == shown and entry[1] == group.settings and entry[2] == content:
                payload = entry[3]
                return payload if isinstance(payload, tuple) else None
        except (IndexError, TypeError):
            pass  # not an entry this version wrote: linted again, and replaced
        return None

    @staticmethod
    def store(group: Group, path: str, shown: str, content: bytes, payload: tuple[Any, ...]) -> None:
        """Keep a result until :meth:`save`."""
        if group.pack is not None:
            group.pack.put(path, (shown, group.settings, content, payload))

    def save(self) -> list[str]:
        """Write every pack that has new results; the notes of the run (at most one)."""
        for pack in self._packs.values():
            if pack is not None:
                try:
                    pack.save()
                except CacheUnusable as exc:
                    self.note(str(exc))
        return self.notes

    def note(self, problem: str) -> None:
        """Say once per run why the cache is not used (``--no-cache`` turns it off and silences this)."""
        if not self.notes:
            self.notes.append(f"results cache not used: {problem}")

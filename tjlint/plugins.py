"""Rules from other installed packages, through the ``tjlint.rules`` entry-point group.

A package offers rules by declaring an entry point that loads a tuple or list
of :class:`tjlint.Rule`::

    [project.entry-points."tjlint.rules"]
    acme = "acme_tjlint:RULES"

Nothing is loaded unless the configuration names it (``plugins = ["acme"]``),
and only installed distributions are searched: a file in the working
directory can never add rules, so linting an untrusted pull request in CI
does not run its code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from tjlint.rules.base import Rule
from tjlint.settings_keys import SettingsError

if TYPE_CHECKING:  # importlib.metadata is slow to import: only runs that name plugins need it
    from importlib.metadata import EntryPoint

GROUP = "tjlint.rules"


class PluginError(SettingsError):
    """A plugin that is not installed or cannot be loaded; ``str()`` is one line."""


def _available() -> dict[str, EntryPoint]:
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=GROUP)}


def _load(entry: EntryPoint) -> tuple[Rule, ...]:
    try:
        loaded = entry.load()
    except Exception as exc:  # any import-time failure of foreign code
        problem = " ".join(f"{type(exc).__name__}: {exc}".split())
        where = f"plugin '{entry.name}' ({entry.value})"
        raise PluginError(f"{where} cannot be loaded: {problem}") from None
    if not isinstance(loaded, (tuple, list)) or not all(isinstance(r, Rule) for r in loaded):
        raise PluginError(f"plugin '{entry.name}' ({entry.value}) must be a tuple or list of"
                          " tjlint.Rule objects")
    return tuple(loaded)


def load_plugins(names: Sequence[str], taken: Iterable[str] = ()) -> tuple[Rule, ...]:
    """The rules of the named plugins, in order; ``taken`` holds codes already in use."""
    if not names:
        return ()
    available = _available()
    codes = set(taken)
    rules: list[Rule] = []
    for name in names:
        entry = available.get(name)
        if entry is None:
            installed = ", ".join(sorted(available)) or "none"
            raise PluginError(f"plugin '{name}' is not installed"
                              f" (installed {GROUP} plugins: {installed})")
        for rule in _load(entry):
            if rule.code in codes:
                raise PluginError(f"plugin '{name}' defines {rule.code}, a code already taken")
            codes.add(rule.code)
            rules.append(rule)
    return tuple(rules)

"""Rules from other installed packages, through the ``tjlint.rules`` entry-point group.

A package offers rules by declaring an entry point that loads a tuple or list
of :class:`tjlint.Rule`::

    [project.entry-points."tjlint.rules"]
    acme = "acme_tjlint:RULES"

Nothing is loaded unless the settings name it (``plugins = ["acme"]``),
and only installed distributions are searched: a file in the working
directory can never add rules, so linting an untrusted pull request in CI
does not run its code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from tjlint.rules import BUILTIN
from tjlint.rules.base import Rule, RuleSet
from tjlint.settings import Settings
from tjlint.settings.keys import SettingsError

if TYPE_CHECKING:  # importlib.metadata is slow to import: only runs that name plugins need it
    from importlib.metadata import EntryPoint

GROUP = "tjlint.rules"


class PluginError(SettingsError):
    """A plugin that is not installed or cannot be loaded; ``str()`` is one line."""


def _available() -> dict[str, EntryPoint]:
    from importlib.metadata import entry_points  # slow to import: only runs that name plugins need it

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


class UnknownCode(SettingsError):
    """A code named in the settings that no rule of the run defines; ``code`` is that code."""

    def __init__(self, code: str) -> None:
        super().__init__(f"'{code}' is not a rule code or prefix (expected e.g. TJ102 or TJ3;"
                         " other codes come from plugins named in 'plugins')")
        self.code = code


def _named_codes(settings: Settings) -> tuple[str, ...]:
    return (*settings.select, *settings.ignore, *settings.severity,
            *(c for codes in settings.per_file_ignores.values() for c in codes))


class RuleSets:
    """The rule set of each group of settings: the built-in rules plus the plugins they name.

    Each combination of plugins is loaded once and kept, so a run (or a
    language server) whose folders share settings loads its plugins once.
    """

    def __init__(self) -> None:
        self._sets: dict[tuple[str, ...], RuleSet] = {(): BUILTIN}

    def for_settings(self, settings: Settings) -> RuleSet:
        """The rule set ``config`` asks for; every code it names must start a known code.

        Raises :class:`PluginError` or :class:`UnknownCode` (both :class:`SettingsError`).
        """
        ruleset = self._sets.get(settings.plugins)
        if ruleset is None:
            ruleset = self._sets[settings.plugins] = BUILTIN.extended(load_plugins(settings.plugins, BUILTIN.codes))
        for code in _named_codes(settings):
            if not any(known.startswith(code) for known in ruleset.codes):
                raise UnknownCode(code)
        return ruleset

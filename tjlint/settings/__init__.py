"""tjlint's own settings: one frozen object built from defaults, settings files and flags.

:class:`Settings` is what the library documents as ``tjlint.Config``; the
other modules of this package find the settings files of a folder
(:mod:`~tjlint.settings.folders`), read one (:mod:`~tjlint.settings.files`)
and check each key (:mod:`~tjlint.settings.keys`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from tjlint import arguments
from tjlint.codes import UNREAD
from tjlint.globs import matches
from tjlint.model import Record, Severity

_set = object.__setattr__

__all__ = ["DEFAULT_SETTINGS", "Limits", "Settings"]


class Limits(Record):
    """Safety limits on one input (TJ005). Defaults are generous for real bodies."""

    __slots__ = _fields = __match_args__ = ("max_file_size", "max_depth", "max_nodes")
    max_file_size: int
    max_depth: int
    max_nodes: int

    def __init__(self, max_file_size: int = 10 * 1024 * 1024, max_depth: int = 64, max_nodes: int = 1_000_000) -> None:
        for name, value in (("max_file_size", max_file_size), ("max_depth", max_depth), ("max_nodes", max_nodes)):
            arguments.positive(f"Limits({name}=...)", value)
            _set(self, name, value)


_DEFAULT_LIMITS = Limits()
#: The default of the mapping fields: each gets a new dict of its own (see :func:`_checked`).
_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Settings(Record):
    """Everything that changes what tjlint reports.

    ``select``/``ignore`` hold codes or prefixes (``"TJ3"``); an empty
    ``select`` selects every rule. ``severity`` maps a code or prefix to a
    level; the longest matching key wins. ``include``/``exclude`` (walking
    folders), ``per_file_ignores`` and ``kinds`` take globs (see
    :mod:`tjlint.globs`); relative ones are relative to the working directory
    (settings files make theirs absolute). An empty ``include`` means the
    default names; ``exclude`` adds to the folders that are always skipped.
    ``allow_empty`` lets a command-line run that finds no file to lint pass;
    ``cache_dir`` is the folder of its results cache (None: beside the nearest
    settings file); neither changes what a file reports.
    Every field is checked (a TypeError or ValueError names it); lists become tuples.
    """

    __slots__ = _fields = __match_args__ = (
        "select", "ignore", "severity", "limits", "strict", "kind", "catalog", "include", "exclude",
        "per_file_ignores", "kinds", "plugins", "allow_empty", "cache_dir")
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: Mapping[str, Severity]
    limits: Limits
    strict: bool
    kind: str
    catalog: tuple[str, ...]
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    per_file_ignores: Mapping[str, tuple[str, ...]]
    kinds: Mapping[str, str]
    plugins: tuple[str, ...]
    allow_empty: bool
    cache_dir: str | None

    def __init__(self, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 severity: Mapping[str, Severity] = _EMPTY, limits: Limits = _DEFAULT_LIMITS, strict: bool = False,
                 kind: str = "auto", catalog: tuple[str, ...] = (), include: tuple[str, ...] = (),
                 exclude: tuple[str, ...] = (), per_file_ignores: Mapping[str, tuple[str, ...]] = _EMPTY,
                 kinds: Mapping[str, str] = _EMPTY, plugins: tuple[str, ...] = (), allow_empty: bool = False,
                 cache_dir: str | None = None) -> None:
        values = {"select": select, "ignore": ignore, "severity": severity, "limits": limits, "strict": strict,
                  "kind": kind, "catalog": catalog, "include": include, "exclude": exclude,
                  "per_file_ignores": per_file_ignores, "kinds": kinds, "plugins": plugins, "allow_empty": allow_empty,
                  "cache_dir": cache_dir}
        for name, value in _checked(values).items():
            _set(self, name, value)

    def is_selected(self, code: str) -> bool:
        """Whether diagnostics with ``code`` are reported at all (always, for :data:`UNREAD` codes)."""
        return code in UNREAD or _selected(self.select, self.ignore, code)

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The level of ``code`` after ``severity`` overrides (:data:`UNREAD` codes stay errors)."""
        if code in UNREAD:
            return Severity.ERROR
        best = ""
        for key in self.severity:
            if code.startswith(key) and len(key) > len(best):
                best = key
        return self.severity[best] if best else default

    def ignored_in(self, path: str) -> tuple[str, ...]:
        """Codes and prefixes that ``per_file_ignores`` turns off for the file ``path``."""
        found: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if matches(path, (pattern,)):
                found.extend(codes)
        return tuple(found)

    def kind_for(self, path: str) -> str:
        """The body kind of ``path``: ``kind`` unless "auto", else the first ``kinds`` match."""
        if self.kind != "auto":
            return self.kind
        for pattern, kind in self.kinds.items():
            if matches(path, (pattern,)):
                return kind
        return "auto"


def _globs(where: str, value: Any) -> tuple[str, ...]:
    return arguments.strings(where, value, "globs", '("jobs/*.yaml",)')


def _checked(values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of :class:`Settings`, checked and normalised (lists become tuples, "error" a Severity).

    Messages name the class by its public name, ``tjlint.Config``.
    """
    a, out = arguments, dict(values)
    for name in ("select", "ignore"):
        out[name] = a.codes(f"Config({name}=...)", values[name])
    out["severity"] = a.severities("Config(severity=...)", values["severity"])
    a.instance("Config(limits=...)", values["limits"], Limits, "a tjlint.Limits (e.g. tjlint.Limits(max_depth=32))")
    for name in ("strict", "allow_empty"):
        a.flag(f"Config({name}=...)", values[name])
    if values["cache_dir"] is not None:
        out["cache_dir"] = a.path("Config(cache_dir=...)", values["cache_dir"])
    if values["kind"] != "auto":
        a.kind("Config(kind=...)", values["kind"])
    paths = a.sequence("Config(catalog=...)", values["catalog"], "paths", '("specs.json",)')
    out["catalog"] = tuple(a.path("Config(catalog=...)", p) for p in paths)
    out["include"], out["exclude"] = (_globs(f"Config({n}=...)", values[n]) for n in ("include", "exclude"))
    out["plugins"] = a.strings("Config(plugins=...)", values["plugins"], "plugin names", '("acme",)')
    ignores = a.mapping("Config(per_file_ignores=...)", values["per_file_ignores"], '{"legacy/*.yaml": ("TJ4",)}')
    out["per_file_ignores"] = {_globs("Config(per_file_ignores=...)", (k,))[0]:
                               a.codes(f"Config(per_file_ignores={{{k!r}: ...}})", v) for k, v in ignores.items()}
    kinds = a.mapping("Config(kinds=...)", values["kinds"], '{"updates/**": "config-update"}')
    out["kinds"] = {_globs("Config(kinds=...)", (k,))[0]: a.kind(f"Config(kinds={{{k!r}: ...}})", v, auto=False)
                    for k, v in kinds.items()}
    return out


@lru_cache(maxsize=4096)
def _selected(select: tuple[str, ...], ignore: tuple[str, ...], code: str) -> bool:
    def longest(prefixes: tuple[str, ...]) -> int:
        return max((len(p) for p in prefixes if code.startswith(p)), default=-1)

    chosen = longest(select) if select else 0
    if chosen < 0:
        return False
    # The more specific of select/ignore wins, as in ruff: --select TJ3 --ignore TJ305.
    return longest(ignore) < chosen


DEFAULT_SETTINGS = Settings()

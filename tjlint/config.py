"""Settings: one frozen object built from defaults, configuration files and flags."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache

from tjlint import arguments
from tjlint.diagnostics import Severity
from tjlint.globs import matches

#: The most diagnostics one document reports; past it, one TJ008 says the rest were not reported.
MAX_PROBLEMS = 1000
#: Reading problems that mean a file was not read in full. Such a file was not checked, so they are
#: always reported, as errors: no select, ignore, severity, per-file ignore or suppression hides them.
UNREAD = frozenset({"TJ001", "TJ002", "TJ005"})


@dataclass(frozen=True, slots=True)
class Limits:
    """Safety limits on one input (TJ005). Defaults are generous for real configs."""

    max_file_size: int = 10 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 1_000_000

    def __post_init__(self) -> None:
        for name in ("max_file_size", "max_depth", "max_nodes"):
            arguments.positive(f"Limits({name}=...)", getattr(self, name))


@dataclass(frozen=True)
class Config:
    """Everything that changes what tjlint reports.

    ``select``/``ignore`` hold codes or prefixes (``"TJ3"``); an empty
    ``select`` selects every rule. ``severity`` maps a code or prefix to a
    level; the longest matching key wins. ``include``/``exclude`` (walking
    folders), ``per_file_ignores`` and ``kinds`` take globs (see
    :mod:`tjlint.globs`); relative ones are relative to the working directory
    (configuration files make theirs absolute). An empty ``include`` means the
    default names; ``exclude`` adds to the folders that are always skipped.
    ``allow_empty`` lets a command-line run that finds no file to lint pass.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    limits: Limits = Limits()
    strict: bool = False
    kind: str = "auto"
    catalog: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: Mapping[str, str] = field(default_factory=dict)
    plugins: tuple[str, ...] = ()
    allow_empty: bool = False

    def __post_init__(self) -> None:
        """Check every field (a TypeError or ValueError names it) and normalise lists to tuples."""
        for name, value in arguments.config_fields({f.name: getattr(self, f.name) for f in fields(self)}).items():
            object.__setattr__(self, name, value)

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


@lru_cache(maxsize=4096)
def _selected(select: tuple[str, ...], ignore: tuple[str, ...], code: str) -> bool:
    def longest(prefixes: tuple[str, ...]) -> int:
        return max((len(p) for p in prefixes if code.startswith(p)), default=-1)

    chosen = longest(select) if select else 0
    if chosen < 0:
        return False
    # The more specific of select/ignore wins, as in ruff: --select TJ3 --ignore TJ305.
    return longest(ignore) < chosen


DEFAULT_CONFIG = Config()

"""The rule model: what a rule is, what it receives and what it yields.

A rule is a plain, typed object. Its ``check`` receives one configuration
mapping (for a ``job`` body, the mapping under ``config``) and a
:class:`Context`, and yields :class:`Finding` objects: a JSON pointer
relative to that mapping, a message, and the pointers of related fields.
The engine, not the rule, stamps the code and the severity, adds the
document prefix to pointers, and maps pointers to lines and columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard, TypeVar

from tjlint.diagnostics import Severity

if TYPE_CHECKING:
    from tjlint.catalog import Catalog

ALL_KINDS = frozenset({"config", "config-update", "job"})
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check reports.

    ``pointer`` is an RFC 6901 JSON pointer relative to the mapping the check
    received ("" for the mapping itself). With ``on_key`` the diagnostic points
    at the key of that field instead of its value (cross-field conflicts,
    unknown and duplicate keys). ``related`` lists pointers of the other
    fields involved. ``fix`` is the replacement text for the whole source text
    of the value at ``pointer`` (a safe fix), or None.
    """

    pointer: str
    message: str
    related: tuple[str, ...] = ()
    on_key: bool = False
    fix: str | None = None


class SourceView(Protocol):
    """What a check may learn about the source text of the document."""

    def value_text(self, pointer: str) -> str | None:
        """The exact source text of the value at ``pointer`` (absolute pointer), if known."""

    @property
    def fmt(self) -> str:
        """``"yaml"``, ``"json"`` or ``"data"`` (no source text)."""


@dataclass(frozen=True, slots=True)
class Context:
    """What a check may need beyond the mapping itself.

    ``prefix`` is the pointer of the checked mapping inside the document
    ("" for a configuration body, "/config" inside a job body); use
    :meth:`value_text` with a relative pointer to see how a value was written.
    """

    kind: str = "config"
    prefix: str = ""
    source: SourceView | None = None
    catalog: Catalog | None = None
    document: Mapping[str, Any] = field(default_factory=dict)
    #: Facts that several checks derive from the same mapping, worked out once: see :func:`shared`.
    facts: dict[tuple[str, int], tuple[Any, Any]] = field(default_factory=dict, compare=False, repr=False)

    def value_text(self, pointer: str) -> str | None:
        """Source text of the value at ``pointer`` (relative to the checked mapping)."""
        if self.source is None:
            return None
        return self.source.value_text(self.prefix + pointer)

    @property
    def fmt(self) -> str:
        return "data" if self.source is None else self.source.fmt


CheckFn = Callable[[Mapping[str, Any], Context], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What users read about a code: ``tjlint rules CODE``, SARIF rule metadata.

    ``explanation`` is plain prose (what, why, how to fix); ``good`` and
    ``bad`` are a passing and a failing YAML example.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    good: str = ""
    bad: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RetiredRule(RuleInfo):
    """A code that is no longer checked: reserved, never reported, never reused.

    Naming it in ``select``, ``ignore``, ``severity``, per-file ignores or a
    suppression is accepted and does nothing. ``retired`` says when and why it
    was retired; ``tjlint rules CODE`` shows it.
    """

    retired: str


def is_retired(rule: RuleInfo) -> TypeGuard[RetiredRule]:
    """Whether ``rule`` is a retired code (documented, never reported)."""
    return isinstance(rule, RetiredRule)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule(RuleInfo):
    """A rule the engine runs: metadata plus a check function (keyword-only).

    ``kinds`` lists the request-body kinds the rule applies to.
    """

    check: CheckFn
    kinds: frozenset[str] = ALL_KINDS


def shared(ctx: Context, data: Any, name: str, compute: Callable[[Any], T]) -> T:
    """``compute(data)``, worked out once for the checks of one document that ask for ``name``."""
    key = (name, id(data))
    found = ctx.facts.get(key)
    if found is None or found[0] is not data:  # the mapping itself is kept, so its id is not reused
        found = ctx.facts[key] = (data, compute(data))
    return found[1]


def escape(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from tokens: ``pointer("parameter", 2, "label")``."""
    out = ""
    for token in tokens:  # a loop, not a join over a generator: rules build many short pointers
        text = str(token)
        out += "/" + (escape(text) if "~" in text or "/" in text else text)
    return out

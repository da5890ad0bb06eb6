"""The rule model: what a rule is, and the rule set a run applies.

A rule is a plain, typed object. Its ``check`` receives one configuration
mapping (for a v1 ``job`` body, the mapping under ``config``: see
:mod:`tjlint.kinds`) and a :class:`~tjlint.model.Context`, and yields
:class:`~tjlint.model.Finding` objects. The engine, not the rule, stamps the
code and the severity, adds the document prefix to pointers, and maps
pointers to lines and columns. A rule names the body kinds it runs on
(``kinds``): a kind added to the registry gets no rule it does not name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, TypeGuard

from tjlint.kinds import V1_KINDS
from tjlint.model import Context, Finding, Record, Severity, SourceView, escape, pointer

__all__ = ["CheckFn", "Context", "ExampleText", "Finding", "RetiredRule", "Rule", "RuleInfo", "RuleSet",
           "SourceView", "escape", "is_retired", "per_kind", "pointer"]

CheckFn = Callable[[Mapping[str, Any], Context], Iterable[Finding]]
#: An example as text, or a function that writes it when it is first read.
ExampleText = str | Callable[[], str]


class _Example:
    """A rule's example: given as text, or as a function that writes it on first read.

    The built-in rules write their examples as YAML only when they are read
    (``tjlint rules``, SARIF, docs): dumping them all at import would cost every
    run of tjlint time at start-up.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = "_" + name

    def __get__(self, instance: object | None, owner: type) -> str:
        if instance is None:
            return ""  # what the class shows
        value = instance.__dict__[self._slot]
        if callable(value):
            value = instance.__dict__[self._slot] = value()
        return str(value)

    def __set__(self, instance: object, value: ExampleText) -> None:
        instance.__dict__[self._slot] = value


# No __slots__ here and below: the examples keep their text in the instance's __dict__.
class RuleInfo(Record):
    """What users read about a code: ``tjlint rules CODE``, SARIF rule metadata.

    ``explanation`` is plain prose (what, why, how to fix); ``good`` and
    ``bad`` are a passing and a failing YAML example (text, or a function
    that writes it when it is first read).
    """

    _fields: ClassVar[tuple[str, ...]] = ("code", "name", "severity", "summary", "explanation", "good", "bad")
    __match_args__ = ("code", "name", "severity", "summary", "explanation", "good", "bad")
    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    good = _Example()
    bad = _Example()

    def __init__(self, code: str, name: str, severity: Severity, summary: str, explanation: str,
                 good: ExampleText = "", bad: ExampleText = "") -> None:
        for field, value in (("code", code), ("name", name), ("severity", severity), ("summary", summary),
                             ("explanation", explanation), ("good", good), ("bad", bad)):
            object.__setattr__(self, field, value)


class RetiredRule(RuleInfo):
    """A code that is no longer checked: reserved, never reported, never reused.

    Naming it in ``select``, ``ignore``, ``severity``, per-file ignores or a
    suppression is accepted and does nothing. ``retired`` says when and why it
    was retired; ``tjlint rules CODE`` shows it.
    """

    _fields = (*RuleInfo._fields, "retired")
    retired: str

    def __init__(self, code: str, name: str, severity: Severity, summary: str, explanation: str,
                 good: ExampleText = "", bad: ExampleText = "", *, retired: str) -> None:
        super().__init__(code, name, severity, summary, explanation, good, bad)
        object.__setattr__(self, "retired", retired)


def is_retired(rule: RuleInfo) -> TypeGuard[RetiredRule]:
    """Whether ``rule`` is a retired code (documented, never reported)."""
    return isinstance(rule, RetiredRule)


class Rule(RuleInfo):
    """A rule the engine runs: metadata plus a check function (keyword-only).

    ``kinds`` names the request-body kinds the rule applies to (see
    :mod:`tjlint.kinds`); a rule runs on no other kind. Every built-in rule
    names its kinds. A plugin's rule that names none runs on the v1 kinds,
    as every rule did before kinds were named, so plugins written then keep
    their meaning and no rule runs on a kind added later unless it says so.
    """

    _fields = (*RuleInfo._fields, "check", "kinds")
    check: CheckFn
    kinds: frozenset[str]

    def __init__(self, code: str, name: str, severity: Severity, summary: str, explanation: str,
                 good: ExampleText = "", bad: ExampleText = "", *, check: CheckFn,
                 kinds: frozenset[str] = V1_KINDS) -> None:
        super().__init__(code, name, severity, summary, explanation, good, bad)
        object.__setattr__(self, "check", check)
        object.__setattr__(self, "kinds", kinds)


def per_kind(checks: Mapping[frozenset[str], CheckFn]) -> CheckFn:
    """One check for a rule whose kinds check differently: each body gets the check of its kind.

    A rule shared by the v1 and v2 bodies (an OBS path, say) names both sets in
    ``kinds`` and passes ``per_kind({V1_KINDS: check_v1, V2_KINDS: check_v2})``.
    """
    table = {kind: check for kinds, check in checks.items() for kind in kinds}

    def check(data: Mapping[str, Any], ctx: Context) -> Iterable[Finding]:
        chosen = table.get(ctx.kind)
        return () if chosen is None else chosen(data, ctx)

    return check


class RuleSet(Record):
    """The rules a run applies, and what users read about every code it can report.

    ``rules`` run in order. ``metadata`` describes every known code: the reading
    and schema stages', the rules', the retired ones, and those of the rules
    added on top of the built-in set (plugins, ``rules=``), in that order.
    Built once per run and passed down to the engine, the outcome and the
    formatters.
    """

    _fields = __match_args__ = ("rules", "metadata")
    rules: tuple[Rule, ...]
    metadata: tuple[RuleInfo, ...]
    _by_code: dict[str, RuleInfo]

    def __init__(self, rules: tuple[Rule, ...], metadata: tuple[RuleInfo, ...]) -> None:
        object.__setattr__(self, "rules", rules)
        object.__setattr__(self, "metadata", metadata)
        object.__setattr__(self, "_by_code", {r.code: r for r in metadata})

    def info(self, code: str) -> RuleInfo:
        """The metadata of ``code`` (a KeyError for a code nobody defines)."""
        return self._by_code[code]

    def get(self, code: str) -> RuleInfo | None:
        return self._by_code.get(code)

    @property
    def codes(self) -> frozenset[str]:
        """Every code this set knows (reported or retired)."""
        return frozenset(self._by_code)

    @property
    def retired(self) -> frozenset[str]:
        """Codes that are reserved but never reported."""
        return frozenset(r.code for r in self.metadata if is_retired(r))

    def with_rules(self, rules: Sequence[Rule]) -> RuleSet:
        """A set that runs ``rules`` instead, knowing their metadata too (theirs wins for a shared code)."""
        known = dict(self._by_code)
        added = [r for r in rules if r.code not in known]
        known.update((r.code, r) for r in rules)
        return RuleSet(tuple(rules), (*(known[r.code] for r in self.metadata), *added))

    def extended(self, extra: Sequence[Rule]) -> RuleSet:
        """This set with ``extra`` rules (a plugin's) run after its own."""
        return self if not extra else self.with_rules((*self.rules, *extra))

"""Schema failures as small records, shaped like jsonschema's ``ValidationError``.

The compiled explainer (``tjlint/schema/_explain.py``) describes why a body fails
its schema with :class:`Failure` records instead of jsonschema errors: the
same keyword (``validator``), the same value of that keyword in the schema
(``validator_value``), the failing ``instance``, the schema node that holds
the keyword, and the same paths. :mod:`tjlint.schema` and
:mod:`tjlint.schema.findings` read the two alike. The ``message`` is worded as
jsonschema words it, and :func:`best_match` picks the same branch error of an
``anyOf``/``oneOf`` as jsonschema's ``best_match`` does.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from typing import Any

Path = tuple[Any, ...]
#: A compiled check of :mod:`tjlint.schema._fastcheck`: does a value meet one schema node?
Check = Callable[[Any], bool]

#: Keywords whose failure says least (jsonschema's ``WEAK_MATCHES``).
_WEAK = frozenset({"anyOf", "oneOf"})
#: The JSON Schema types as :mod:`tjlint.schema` checks them: only ``int`` is an integer.
_IS_TYPE: dict[str, Callable[[Any], bool]] = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "integer": lambda x: isinstance(x, int) and not isinstance(x, bool),
    "number": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
}
_PHRASES = {  # keyword -> (the phrase for the limit 1 or 0, the phrase otherwise)
    "minLength": (1, "should be non-empty", "is too short"),
    "minItems": (1, "should be non-empty", "is too short"),
    "maxLength": (0, "is expected to be empty", "is too long"),
    "maxItems": (0, "is expected to be empty", "is too long"),
    "minProperties": (1, "should be non-empty", "does not have enough properties"),
    "maxProperties": (0, "is expected to be empty", "has too many properties"),
}
_COMPARED = {
    "minimum": "is less than the minimum of", "maximum": "is greater than the maximum of",
    "exclusiveMinimum": "is less than or equal to the minimum of",
    "exclusiveMaximum": "is greater than or equal to the maximum of",
}


class Unsure(Exception):
    """The explainer met a document it cannot explain exactly as jsonschema would."""


class Failure:
    """One reason a value fails its schema (the fields :mod:`tjlint.schema` reads of an error).

    ``note`` carries what the message needs beyond the keyword: the unexpected keys
    of ``additionalProperties``/``unevaluatedProperties``, the missing property of
    ``required``, the indexes of the ``oneOf`` branches that all matched.
    """

    __slots__ = ("absolute_path", "absolute_schema_path", "context", "instance", "note", "parent",
                 "schema", "validator", "validator_value")

    def __init__(self, validator: str | None, validator_value: Any, instance: Any, schema: Any,
                 path: Path, schema_path: Path, note: Any = None) -> None:
        self.validator = validator
        self.validator_value = validator_value
        self.instance = instance
        self.schema = schema
        self.absolute_path = path
        self.absolute_schema_path = schema_path
        self.note = note
        self.context: list[Failure] = []
        self.parent: Failure | None = None

    def __repr__(self) -> str:
        return f"<Failure {self.validator} at {list(self.absolute_path)}: {self.message!r}>"

    @property
    def path(self) -> Path:
        """The path relative to the ``anyOf``/``oneOf`` failure this one explains (if any)."""
        parent = self.parent
        return self.absolute_path if parent is None else self.absolute_path[len(parent.absolute_path):]

    @property
    def relative_schema_path(self) -> Path:
        """The schema path relative to the ``anyOf``/``oneOf`` failure this one explains (if any)."""
        parent = self.parent
        whole = self.absolute_schema_path
        return whole if parent is None else whole[len(parent.absolute_schema_path):]

    @property
    def message(self) -> str:
        """jsonschema's message for this failure, word for word."""
        return _message(self)


def node_at(document: Any, fragment: str) -> Any:
    """The node of a schema document that a JSON-pointer ``fragment`` (``/$defs/spec_id``) names."""
    node = document
    for token in filter(None, fragment.split("/")):
        node = node[int(token) if isinstance(node, list) else token.replace("~1", "/").replace("~0", "~")]
    return node


def with_context(failure: Failure, context: list[Failure]) -> Failure:
    """``failure`` (an ``anyOf``/``oneOf`` that no branch met) with the failures of its branches."""
    failure.context = context
    for each in context:
        each.parent = failure
    return failure


def _message(f: Failure) -> str:
    keyword, value, x = f.validator, f.validator_value, f.instance
    if keyword is None:
        return f"False schema does not allow {x!r}"
    if keyword in _PHRASES:
        limit, at_limit, otherwise = _PHRASES[keyword]
        return f"{x!r} {at_limit if value == limit else otherwise}"
    if keyword in _COMPARED:
        return f"{x!r} {_COMPARED[keyword]} {value!r}"
    if keyword == "type":
        reprs = ", ".join(repr(t) for t in ([value] if isinstance(value, str) else value))
        return f"{x!r} is not of type {reprs}"
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        return _extras_message(f)
    return _OTHER[keyword](f)


def _extras_message(f: Failure) -> str:
    extras = sorted(f.note, key=str)
    if f.validator == "additionalProperties" and "patternProperties" in f.schema:
        verb = "does" if len(extras) == 1 else "do"
        patterns = ", ".join(repr(each) for each in sorted(f.schema["patternProperties"]))
        return f"{', '.join(repr(e) for e in extras)} {verb} not match any of the regexes: {patterns}"
    what = "Additional" if f.validator == "additionalProperties" else "Unevaluated"
    verb = "was" if len(extras) == 1 else "were"
    return f"{what} properties are not allowed ({', '.join(repr(e) for e in extras)} {verb} unexpected)"


def _items_message(f: Failure) -> str:
    rest = f.instance if len(f.instance) != 1 else f.instance[0]
    return f"Expected at most 0 items but found {len(f.instance)} extra: {rest!r}"


def _one_of_message(f: Failure) -> str:
    if f.note is None:
        return f"{f.instance!r} is not valid under any of the given schemas"
    reprs = ", ".join(repr(f.validator_value[i]) for i in f.note)
    return f"{f.instance!r} is valid under each of {reprs}"


_OTHER: dict[str, Callable[[Failure], str]] = {
    "enum": lambda f: f"{f.instance!r} is not one of {f.validator_value!r}",
    "const": lambda f: f"{f.validator_value!r} was expected",
    "pattern": lambda f: f"{f.instance!r} does not match {f.validator_value!r}",
    "required": lambda f: f"{f.note!r} is a required property",
    "dependentRequired": lambda f: f"{f.note[0]!r} is a dependency of {f.note[1]!r}",
    "items": _items_message,
    "anyOf": lambda f: f"{f.instance!r} is not valid under any of the given schemas",
    "oneOf": _one_of_message,
    "not": lambda f: f"{f.instance!r} should not be valid under {f.validator_value!r}",
}


def _matches_type(f: Failure) -> bool:
    if not isinstance(f.schema, dict) or "type" not in f.schema:
        return False
    expected = f.schema["type"]
    return any(_IS_TYPE[t](f.instance) for t in ([expected] if isinstance(expected, str) else expected))


def relevance(f: Failure) -> tuple[Any, ...]:
    """jsonschema's ``relevance``: deeper first, then earlier, then not a weak keyword."""
    return (-len(f.path), f.path, f.validator not in _WEAK, False, not _matches_type(f))


def best_match(failures: Sequence[Failure]) -> Failure | None:
    """jsonschema's ``best_match`` over failures: into an ``anyOf``/``oneOf``, its deepest branch error."""
    best = max(failures, key=relevance, default=None)
    if best is None:
        return None
    while best.context:
        try:
            smallest = heapq.nsmallest(2, best.context, key=relevance)
        except TypeError:  # sibling paths that mix keys and indexes: jsonschema's own sort fails there
            raise Unsure("branch errors that cannot be ranked") from None
        if len(smallest) == 2 and relevance(smallest[0]) == relevance(smallest[1]):
            return best
        best = smallest[0]
    return best

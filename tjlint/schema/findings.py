"""Findings of the schema stage: the failures of a body (TJ101-TJ107), one finding each.

:mod:`tjlint.schema` finds why a body fails its schema, as jsonschema errors or
as :class:`tjlint.schema.failures.Failure` records (both read alike); :func:`report`
turns them into ``(code, finding)`` pairs with absolute pointers, with the
words of :mod:`tjlint.schema.messages`.

Messages may show how a value was written. They learn it through the
:class:`~tjlint.model.SourceView` protocol:
``source.value_text(pointer)`` is the exact source text of the value at an
absolute pointer (None when unknown) and ``source.fmt`` is ``"yaml"``,
``"json"`` or ``"data"`` (no source text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from tjlint.codes import (
    BAD_FORMAT,
    BAD_VALUE,
    MISSING_FIELD,
    NUMBER_FOR_STRING,
    OUT_OF_RANGE,
    UNKNOWN_FIELD,
    WRONG_TYPE,
)
from tjlint.kinds import BodyKind
from tjlint.model import Finding, SourceView, pointer
from tjlint.schema import messages as say
from tjlint.schema.declared import allowed as allowed_keys

#: The code of each failing keyword; anything else (``not``, ...) is TJ106 bad-value.
_CODES = {
    "required": MISSING_FIELD, "additionalProperties": UNKNOWN_FIELD, "unevaluatedProperties": UNKNOWN_FIELD,
    "type": WRONG_TYPE,
    **dict.fromkeys(
        ("minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum",
         "exclusiveMaximum", "minProperties", "maxProperties"), OUT_OF_RANGE
    ),
    "pattern": BAD_FORMAT, "format": BAD_FORMAT, "enum": BAD_VALUE, "const": BAD_VALUE,
}


def report(errors: list[Any], source: SourceView | None, schema_name: str,
           kind: BodyKind | None = None) -> Iterator[tuple[str, Finding]]:
    """The findings of these failures (jsonschema errors or :class:`~tjlint.schema.failures.Failure`);
    ``kind`` adds its own words to some messages."""
    # A value of the wrong type fails its enum, length, ... too: report the type only.
    mistyped = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    seen: set[tuple[str, Finding]] = set()
    for error in errors:
        if error.validator != "type" and tuple(error.absolute_path) in mistyped:
            continue
        for item in _findings(error, source, schema_name, kind):
            if item not in seen:
                seen.add(item)
                yield item


_SUGGEST_AT_MOST = 50


def _findings(
    error: Any, source: SourceView | None, schema_name: str, kind: BodyKind | None
) -> Iterator[tuple[str, Finding]]:
    """The findings of one jsonschema error (one per unknown key, one per missing field)."""
    path = tuple(error.absolute_path)
    keyword, name, here = error.validator, say.field_name(path), pointer(*path)
    code = _CODES.get(keyword, BAD_VALUE)
    needs_text = source is not None and code in (WRONG_TYPE, OUT_OF_RANGE, BAD_VALUE)
    text = source.value_text(here) if needs_text and source is not None else None
    fmt = "data" if source is None else source.fmt
    if "propertyNames" in error.relative_schema_path and isinstance(error.instance, str):
        # The key itself failed (it is the instance): point at the key, not at its mapping.
        message = say.range_message(keyword, error, f"a key of {name}", None) if code == OUT_OF_RANGE \
            else f"the key '{error.instance}' of {name} is not valid: {error.message}"
        yield code, Finding(pointer(*path, error.instance), message, on_key=True)
    elif keyword in ("additionalProperties", "unevaluatedProperties"):
        allowed = allowed_keys(error.schema, schema_name)
        for index, key in enumerate(_unknown_keys(error.instance, error.schema, allowed)):
            # "Did you mean" is for typos: past the first few dozen unknown keys it only costs time.
            message = say.unknown_message(key, allowed, path, kind, suggest=index < _SUGGEST_AT_MOST)
            yield code, Finding(pointer(*path, key), message, on_key=True)
    elif keyword == "required":
        for field in error.validator_value:
            if field not in error.instance:
                message = say.missing_message(field, path, kind, "else" in error.absolute_schema_path)
                yield code, Finding(here, message)
    elif keyword == "type" and say.is_parameter_value(path) and say.number_survives(error.instance, text, fmt):
        message, fix = say.number_for_string(name, error.instance, text, fmt)
        yield NUMBER_FOR_STRING, Finding(here, message, fix=fix)
    elif keyword == "type":
        message, fix = say.type_message(error, name, text, fmt)
        yield code, Finding(here, message, fix=fix)
    elif code == OUT_OF_RANGE:
        yield code, Finding(here, say.range_message(keyword, error, name, text))
    elif keyword == "pattern":
        found = say.pattern_message(name, error.instance, error.validator_value)
        yield from [(code, Finding(here, found))] if found else []
    elif keyword in ("enum", "const"):
        yield code, Finding(here, say.enum_message(error, name, text))
    else:
        yield code, Finding(here, f"{name} is not valid: {error.message}")


def _unknown_keys(instance: Mapping[Any, Any], schema: Mapping[str, Any], known: Sequence[str]) -> list[Any]:
    patterns, names = schema.get("patternProperties", {}), frozenset(known)
    return [
        k for k in instance
        if k not in names and not (isinstance(k, str) and any(re.search(p, k) for p in patterns))
    ]

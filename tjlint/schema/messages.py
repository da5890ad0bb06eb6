"""Messages of the schema stage: what is wrong with a value, and how to fix it.

:mod:`tjlint.schema.findings` decides which code a failing keyword gets; the
functions here put the failure into plain words for people, showing the
value as it was written (``text``, from a ``SourceView``) where that helps.
A body's kind (:mod:`tjlint.kinds`) adds its own words for some unknown and
missing fields.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from tjlint.kinds import BodyKind
from tjlint.words import yaml_type

_LONG_MAX = 2**63 - 1
_TYPE_WORDS = {"string": "a string", "integer": "a whole number", "number": "a number",
               "boolean": "true or false", "array": "a list", "object": "a mapping",
               "null": "null"}
#: Patterns the schemas use, in words, with the regex of one allowed character.
_PATTERNS = {"^[A-Za-z0-9_-]+$": ("letters, digits, underscores (_) and hyphens (-)",
                                  "[A-Za-z0-9_-]")}
_NOT_PLAIN = tuple("'\"[{*&!|>")
#: Names people give a parameter's name; the API calls it ``label``.
_LABEL_ALIASES = frozenset({"key", "name", "param", "param_name", "parameter_name"})
#: A number written the way a program prints it back (no exponent, sign, leading zero or '_').
_PLAIN_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_RESOURCES_HINT = ("; or name the resources another way: flavor (a specification by its code,"
                   " e.g. flavor: {code: modelarts.vm.cpu.8u}) or pool_id (a dedicated pool)")


def field_name(path: Sequence[Any]) -> str:
    """``parameter[0].value`` for the path ``("parameter", 0, "value")``."""
    out = ""
    for token in path:
        out += f"[{token}]" if isinstance(token, int) else ("." if out else "") + str(token)
    return out or "the document"


def unknown_message(key: Any, allowed: list[str], path: tuple[Any, ...], kind: BodyKind | None,
                    suggest: bool = True) -> str:
    """TJ102: an unknown key, with the kind's hint where it belongs instead, or a "did you mean"."""
    if kind is not None and kind.unknown_hint is not None and (hint := kind.unknown_hint(key, path, field_name(path))):
        return hint
    if key in _LABEL_ALIASES and len(path) >= 2 and path[-2] == "parameter" and isinstance(path[-1], int):
        return (f"unknown field '{key}' in {field_name(path)} (did you mean 'label'?): a parameter"
                " is named by label")
    where = f" in {field_name(path)}" if path else ""
    word = str(key)
    guess = _closest(word, allowed) if suggest and len(word) <= 2 * max(map(len, allowed), default=0) else None
    if len(word) > 80:  # a key that long is shown by its start only
        key = word[:60] + f"... ({len(word):,} characters)"
    return f"unknown field '{key}'{where}" + (
        f" (did you mean '{guess}'?)" if guess else "; remove it")


def missing_message(field: str, path: tuple[Any, ...], kind: BodyKind | None, alternative: bool) -> str:
    """TJ101: a required field is missing; ``alternative`` when other fields could stand in for it."""
    message = (f"{field_name(path)} is " if path else "") + f"missing required field '{field}'"
    if alternative and field == "spec_id":
        return message + _RESOURCES_HINT
    hint = kind.missing_hint(field, path) if kind is not None and kind.missing_hint is not None else None
    return message + hint if hint else message


def is_parameter_value(path: Sequence[Any]) -> bool:
    """Whether ``path`` is the ``value`` of a ``parameter`` item (in a body or a job's config)."""
    return (len(path) >= 3 and path[-1] == "value" and isinstance(path[-2], int)
            and path[-3] == "parameter" and len(path) in (3, 4))


def number_survives(value: Any, text: str | None, fmt: str) -> bool:
    """Whether a number reads back as the very text it was written with (``32``, ``0.01``).

    ``0.010``, ``1e3``, ``0o17``, ``1_000`` or ``+5`` would change on the way to a
    string; so would a float that Python cannot print as written.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    printed = repr(value) if isinstance(value, float) else str(value)
    written = printed if fmt == "data" else text
    return written is not None and _PLAIN_NUMBER.fullmatch(written) is not None and written == printed


def number_for_string(name: str, value: Any, text: str | None, fmt: str) -> tuple[str, str | None]:
    """TJ107: a number that keeps its text where the API documents a string; the fix quotes it."""
    written = text if text is not None else json.dumps(value)
    quoted = json.dumps(written)
    message = (f"{name} is the number {written}, but the API documents a string (some official"
               f" samples send numbers); quote it to be safe: {quoted}")
    return message, quoted if fmt in ("yaml", "json") and text is not None else None


def _closest(word: str, options: Sequence[str]) -> str | None:
    return _closest_of(word, tuple(options))


@functools.lru_cache(maxsize=1024)
def _closest_of(word: str, options: tuple[str, ...]) -> str | None:
    # The same misspelling recurs across a run's files: difflib is asked about it once.
    lower = {o.lower(): o for o in options}
    matches = difflib.get_close_matches(word.lower(), list(lower), n=1, cutoff=0.6)
    return lower[matches[0]] if matches else None




def _shown(value: Any, text: str | None) -> str:
    """The value as the user wrote it, shortened; JSON-style when the text is unknown."""
    if text is None:
        text = value.isoformat() if isinstance(value, dt.date) else json.dumps(value, default=str)
    if not text.strip():
        return "an empty value"
    return text if len(text) <= 40 else text[:37] + "..."


def _is_plain(text: str) -> bool:
    """A plain (unquoted, one-line, untagged) YAML scalar, which quoting keeps as written."""
    return bool(text.strip()) and not text.startswith(_NOT_PLAIN) and "\n" not in text \
        and "\r" not in text


def type_message(error: Any, name: str, text: str | None, fmt: str) -> tuple[str, str | None]:
    """TJ103: the message and, for a YAML typing slip, the fix (the value text quoted)."""
    value, wanted = error.instance, error.validator_value
    types = [wanted] if isinstance(wanted, str) else list(wanted)
    if "string" in types and (value is None or isinstance(value, (bool, int, float, dt.date))):
        return _string_needed(name, value, text, fmt)
    if "integer" in types:
        example = _whole_example(value, error.schema)
        message = f"{name} must be a whole number like {example}, not {_shown(value, text)}"
        if isinstance(value, bool) and fmt == "yaml" and text:
            message += f" (YAML reads {text} as a boolean)"
        return message, None
    words = " or ".join(_TYPE_WORDS.get(t, t) for t in types)
    return f"{name} must be {words}, not {yaml_type(value)}", None


def _string_needed(name: str, value: Any, text: str | None, fmt: str) -> tuple[str, str | None]:
    kind = yaml_type(value)
    if fmt == "yaml" and text is not None and not text.strip():
        return (f"{name} must be a string, but it has no value, which YAML reads as null;"
                ' write "" for an empty string, or remove the field'), None
    if fmt == "yaml" and text is not None and _is_plain(text):
        quoted = json.dumps(text, ensure_ascii=False)
        return f"{name} must be a string, but YAML read {text} as {kind}; quote it: {quoted}", \
            quoted
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if fmt == "json" and text is not None and is_number:
        quoted = json.dumps(text, ensure_ascii=False)
        return f"{name} must be a string, not a number; put it in quotes: {quoted}", quoted
    if value is None:
        return f'{name} must be a string, not null; write "" for an empty string or remove it', None
    return f"{name} must be a string, not {kind} ({_shown(value, text)})", None


def _whole_example(value: Any, schema: Mapping[str, Any]) -> int:
    """The whole number the user probably meant, else the schema's first example."""
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,19}\s*", value):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    examples = [e for e in schema.get("examples", ()) if type(e) is int]
    return examples[0] if examples else 1


def range_message(keyword: str, error: Any, name: str, text: str | None) -> str:
    """TJ104: the allowed range or length and what the value has."""
    schema, value = error.schema, error.instance
    if keyword in ("minLength", "maxLength"):
        need = _bounds(schema.get("minLength", 0), schema.get("maxLength"), "character")
        have = "it is empty" if not value else f"it has {len(value)}"
        return f"{name} must be {need}; {have}"
    if keyword in ("minItems", "maxItems", "minProperties", "maxProperties"):
        unit = "item" if keyword.endswith("Items") else "entry"
        need = _bounds(schema.get(f"min{keyword[3:]}", 0), schema.get(f"max{keyword[3:]}"), unit)
        have = "it is empty" if not value else f"it has {len(value)}"
        return f"{name} must have {need}; {have}"
    low, high = schema.get("minimum"), schema.get("maximum")
    if "exclusiveMinimum" in schema or "exclusiveMaximum" in schema:
        bounds = [f"more than {schema['exclusiveMinimum']}"] if "exclusiveMinimum" in schema else []
        bounds += [f"less than {schema['exclusiveMaximum']}"] if "exclusiveMaximum" in schema else []
        return f"{name} must be {' and '.join(bounds)}; it is {_shown(value, text)}"
    if low is not None and high is not None:
        need = f"between {low} and {high}"
    else:
        need = f"at least {low}" if high is None else f"at most {high}"
    note = " (the largest 64-bit integer)" if high == _LONG_MAX else ""
    return f"{name} must be {need}{note}; it is {_shown(value, text)}"


def _bounds(low: int, high: int | None, unit: str) -> str:
    def count(n: int) -> str:
        return f"{n} {unit}" if n == 1 else f"{n} {unit[:-1]}ies" if unit.endswith("y") else f"{n} {unit}s"

    if high is None:
        return f"at least {count(low)}"
    if low == 0:
        return f"at most {count(high)}"
    return count(low) if low == high else f"{low} to {count(high)}"


def pattern_message(name: str, value: str, pattern: str) -> str | None:
    """TJ105: which characters are allowed and which to remove (None for an empty value)."""
    known = _PATTERNS.get(pattern)
    if known is None:
        return f"{name} does not have the required format (pattern {pattern})"
    words, one = known
    allowed = re.compile(one).fullmatch  # compiled once (re caches it): no lookup for each character
    bad = list(dict.fromkeys(ch for ch in value if not allowed(ch)))
    if not bad:  # an empty value: TJ104 already says so
        return None
    chars = ", ".join("' ' (space)" if ch == " " else repr(ch) for ch in bad)
    return f"{name} may only contain {words}; replace or remove {chars}"


def enum_message(error: Any, name: str, text: str | None) -> str:
    """TJ106: the allowed values, with a "did you mean" for a near miss."""
    value, shown = error.instance, _shown(error.instance, text)
    if error.validator == "const":
        return f"{name} must be {json.dumps(error.validator_value)}, not {shown}"
    allowed = list(error.validator_value)
    words = " or ".join(f"'{a}'" if isinstance(a, str) else json.dumps(a) for a in allowed)
    message = f"{name} must be {words}, not {shown}"
    guess = _closest(value, [a for a in allowed if isinstance(a, str)]) if isinstance(value, str) \
        else None
    return message + (f" (did you mean '{guess}'?)" if guess else "")

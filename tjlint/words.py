"""Small pieces of wording that messages share: counts, and what kind of value something is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_JSON_WORDS: dict[type, str] = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
                                int: "a number", float: "a number", type(None): "null"}


def plural(n: int, word: str) -> str:
    """``1 file``, ``2 files``, ``1,000 files``."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def json_type(value: Any) -> str:
    """What a JSON value is, in the words of JSON: "an object", "a list", "a string", ..."""
    return _JSON_WORDS.get(type(value), type(value).__name__)


def yaml_type(value: Any) -> str:
    """What a value read from YAML or JSON is, in words: "a boolean", "a number", "a date", ..."""
    import datetime as dt  # only a message about a value's type needs it

    if value is None:
        return "null"
    for types, word in ((bool, "a boolean"), ((int, float), "a number"), (str, "a string"),
                        (dt.datetime, "a date and time"), (dt.date, "a date"),
                        (Mapping, "a mapping"), (list, "a list")):
        if isinstance(value, types):
            return word
    return f"a {type(value).__name__}"

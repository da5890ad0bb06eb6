"""Checks of the library's arguments: a wrong type or value is a clear TypeError or ValueError.

Each message names the argument and what it takes, for example::

    Config(select=...) takes a sequence of rule codes or prefixes such as ("TJ1", "TJ205"),
    not the string 'TJ1' (it would be read as 'T', 'J', '1'); write select=("TJ1",)

Values are also normalised here (a list becomes a tuple, "error" a Severity),
so a Config built in code behaves like one read from a file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

from tjlint.kinds import KINDS
from tjlint.model import Severity

_CODE = re.compile(r"[A-Z]+[0-9]*")


def type_of(value: Any) -> str:
    """A value as messages about arguments show it: its type and (the start of) its repr."""
    return "None" if value is None else f"{type(value).__name__} {value!r}"[:80]


def path(where: str, value: Any) -> str:
    """A ``str`` or ``os.PathLike`` path as ``str``; anything else is a TypeError naming ``where``."""
    if isinstance(value, (str, os.PathLike)):
        text = os.fspath(value)
        if isinstance(text, str):
            return text
    raise TypeError(f"{where} takes a path (str or os.PathLike), not {type_of(value)}")


def strings(where: str, value: Any, what: str, example: str) -> tuple[str, ...]:
    """A sequence of strings (never one string: it would be read character by character)."""
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{where} takes a sequence of {what} such as {example}, not the string {value!r}"
                        f" (it would be read as {', '.join(repr(c) for c in str(value)[:3])}, ...);"
                        f" write ({value!r},)")
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise TypeError(f"{where} takes a sequence of {what} such as {example}, not {type_of(value)}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{where} takes a sequence of {what} such as {example}; {type_of(item)} is not text")
    return items


def sequence(where: str, value: Any, what: str, example: str) -> tuple[Any, ...]:
    """A sequence of anything but text (a string would be read character by character)."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"{where} takes a sequence of {what} such as {example}, not {type_of(value)}")
    return tuple(value)


def codes(where: str, value: Any) -> tuple[str, ...]:
    """Rule codes or prefixes (``TJ1``, ``TJ205``, a plugin's ``ACME1``), upper-cased."""
    found = tuple(c.strip().upper() for c in strings(where, value, "rule codes or prefixes", '("TJ1", "TJ205")'))
    for code in found:
        if not _CODE.fullmatch(code):
            raise ValueError(f"{where}: {code!r} is not a rule code or prefix (e.g. 'TJ102' or 'TJ3')")
    return found


def mapping(where: str, value: Any, example: str) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{where} takes a mapping such as {example}, not {type_of(value)}")
    return value


def severities(where: str, value: Any) -> dict[str, Severity]:
    """Code or prefix -> ``Severity`` (or the strings "error" and "warning")."""
    result: dict[str, Severity] = {}
    for key, level in mapping(where, value, '{"TJ402": "error"}').items():
        (code,) = codes(where, (key,))
        try:
            result[code] = Severity(level)
        except ValueError:
            raise ValueError(f"{where}: the level of {key!r} must be 'error' or 'warning', not {level!r}") from None
    return result


def flag(where: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{where} takes True or False, not {type_of(value)}")
    return value


def kind(where: str, value: Any, auto: bool = True) -> str:
    """One of the request-body kinds (``auto`` only where detection is allowed)."""
    names = KINDS.choices if auto else KINDS.names
    if value not in names:
        raise ValueError(f"{where} takes one of {', '.join(repr(n) for n in names)}, not {type_of(value)}")
    return str(value)


def instance(where: str, value: Any, cls: type, example: str) -> Any:
    """``value`` when it is a ``cls``; a TypeError naming ``where`` and an example otherwise."""
    if not isinstance(value, cls):
        raise TypeError(f"{where} takes {example}, not {type_of(value)}")
    return value


def positive(where: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{where} takes a positive whole number, not {type_of(value)}")
    return value


def text_and_name(function: str, text: Any, filename: Any) -> str:
    """``lint_text``/``fix_text``: the text must be ``str`` or ``bytes``; the file name becomes ``str``."""
    if not isinstance(text, (str, bytes)):
        raise TypeError(f"{function}(text) takes the text of a file (str or bytes), not {type_of(text)};"
                        " for a file on disk use lint_file, for a dict lint_data")
    return path(f"{function}(filename=...)", filename)

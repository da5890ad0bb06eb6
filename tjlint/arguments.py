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

from tjlint.diagnostics import Severity

_CODE = re.compile(r"[A-Z]+[0-9]*")


def _kind_names() -> tuple[str, ...]:
    from tjlint.engine import KINDS  # here, not at the top: the engine imports the settings

    return KINDS


def _type(value: Any) -> str:
    return "None" if value is None else f"{type(value).__name__} {value!r}"[:80]


def path(where: str, value: Any) -> str:
    """A ``str`` or ``os.PathLike`` path as ``str``; anything else is a TypeError naming ``where``."""
    if isinstance(value, (str, os.PathLike)):
        text = os.fspath(value)
        if isinstance(text, str):
            return text
    raise TypeError(f"{where} takes a path (str or os.PathLike), not {_type(value)}")


def strings(where: str, value: Any, what: str, example: str) -> tuple[str, ...]:
    """A sequence of strings (never one string: it would be read character by character)."""
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{where} takes a sequence of {what} such as {example}, not the string {value!r}"
                        f" (it would be read as {', '.join(repr(c) for c in str(value)[:3])}, ...);"
                        f" write ({value!r},)")
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise TypeError(f"{where} takes a sequence of {what} such as {example}, not {_type(value)}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{where} takes a sequence of {what} such as {example}; {_type(item)} is not text")
    return items


def sequence(where: str, value: Any, what: str, example: str) -> tuple[Any, ...]:
    """A sequence of anything but text (a string would be read character by character)."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"{where} takes a sequence of {what} such as {example}, not {_type(value)}")
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
        raise TypeError(f"{where} takes a mapping such as {example}, not {_type(value)}")
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
        raise TypeError(f"{where} takes True or False, not {_type(value)}")
    return value


def kind(where: str, value: Any, auto: bool = True) -> str:
    """One of the request-body kinds (``auto`` only where detection is allowed)."""
    names = _kind_names() if auto else _kind_names()[1:]
    if value not in names:
        raise ValueError(f"{where} takes one of {', '.join(repr(n) for n in names)}, not {_type(value)}")
    return str(value)


def limits(where: str, value: Any) -> Any:
    from tjlint.config import Limits

    if not isinstance(value, Limits):
        raise TypeError(f"{where} takes a tjlint.Limits (e.g. tjlint.Limits(max_depth=32)), not {_type(value)}")
    return value


def positive(where: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{where} takes a positive whole number, not {_type(value)}")
    return value


def text_and_name(function: str, text: Any, filename: Any) -> str:
    """``lint_text``/``fix_text``: the text must be ``str`` or ``bytes``; the file name becomes ``str``."""
    if not isinstance(text, (str, bytes)):
        raise TypeError(f"{function}(text) takes the text of a file (str or bytes), not {_type(text)};"
                        " for a file on disk use lint_file, for a dict lint_data")
    return path(f"{function}(filename=...)", filename)


def library_call(function: str, config: Any, catalog: Any, rules: Any, kind_: Any) -> None:
    """The keyword arguments every ``lint_*`` function shares: ``config=``, ``catalog=``, ``rules=``, ``kind=``."""
    from tjlint.config import Config
    from tjlint.rules.base import Rule

    if config is not None and not isinstance(config, Config):
        raise TypeError(f"{function}(config=...) takes a tjlint.Config, e.g. tjlint.Config(select=(\"TJ1\",)),"
                        f" not {_type(config)}")
    if catalog is not None:
        from tjlint.catalog import Catalog

        if not isinstance(catalog, Catalog):
            raise TypeError(f"{function}(catalog=...) takes a tjlint.catalog.Catalog (from load_catalog),"
                            f" not {_type(catalog)}")
    if rules is not None:
        if isinstance(rules, (str, bytes, Mapping)) or not isinstance(rules, Iterable):
            raise TypeError(f"{function}(rules=...) takes a sequence of tjlint.Rule, not {_type(rules)}")
        for rule in rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"{function}(rules=...) takes a sequence of tjlint.Rule; {_type(rule)} is not one")
    if kind_ is not None:
        kind(f"{function}(kind=...)", kind_)


def _globs(where: str, value: Any) -> tuple[str, ...]:
    return strings(where, value, "globs", '("jobs/*.yaml",)')


def config_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a ``Config``, checked and normalised (lists become tuples, "error" a Severity)."""
    out = dict(values)
    for name in ("select", "ignore"):
        out[name] = codes(f"Config({name}=...)", values[name])
    out["severity"] = severities("Config(severity=...)", values["severity"])
    limits("Config(limits=...)", values["limits"])
    for name in ("strict", "allow_empty"):
        flag(f"Config({name}=...)", values[name])
    if values["kind"] != "auto":
        kind("Config(kind=...)", values["kind"])
    out["catalog"] = tuple(path("Config(catalog=...)", p)
                           for p in sequence("Config(catalog=...)", values["catalog"], "paths", '("specs.json",)'))
    out["include"], out["exclude"] = (_globs(f"Config({n}=...)", values[n]) for n in ("include", "exclude"))
    out["plugins"] = strings("Config(plugins=...)", values["plugins"], "plugin names", '("acme",)')
    ignores = mapping("Config(per_file_ignores=...)", values["per_file_ignores"], '{"legacy/*.yaml": ("TJ4",)}')
    out["per_file_ignores"] = {_globs("Config(per_file_ignores=...)", (k,))[0]:
                               codes(f"Config(per_file_ignores={{{k!r}: ...}})", v) for k, v in ignores.items()}
    kinds = mapping("Config(kinds=...)", values["kinds"], '{"updates/**": "config-update"}')
    out["kinds"] = {_globs("Config(kinds=...)", (k,))[0]: kind(f"Config(kinds={{{k!r}: ...}})", v, auto=False)
                    for k, v in kinds.items()}
    return out

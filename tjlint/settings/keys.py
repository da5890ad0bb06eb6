"""The configuration keys: what each accepts, and how a value becomes a Config field.

Each checker takes the raw value and the folder of the file that holds it,
and returns the Config value or raises :class:`SettingsError` with a short
problem (the caller adds the file and key).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from tjlint.globs import escape
from tjlint.kinds import KINDS
from tjlint.model import Severity
from tjlint.rules import BUILTIN

LIMIT_KEYS = {"max-file-size": "max_file_size", "max-depth": "max_depth", "max-nodes": "max_nodes"}
_CODE = re.compile(r"[A-Z]+[0-9]*")
_PLUGIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


class SettingsError(ValueError):
    """A configuration mistake; ``str()`` is one line (exit status 2 on the command line)."""


def unknown_key(key: str, known: Iterable[str]) -> str:
    """``unknown key 'selct' (did you mean 'select'?)``."""
    import difflib  # only a misspelling needs it

    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown key '{key}'{hint}"


def code_problem(code: str) -> str | None:
    """Why ``code`` is not a rule code or prefix, or None when it is one.

    ``TJ`` codes must start a built-in code; other letters are left to plugins.
    """
    if not _CODE.fullmatch(code):
        return f"'{code}' is not a rule code or prefix (expected e.g. TJ102 or TJ3)"
    if code.startswith("TJ") and not any(known.startswith(code) for known in BUILTIN.codes):
        return f"'{code}' is not a tjlint rule code or prefix ('tjlint rules' lists them)"
    return None


def _code(value: Any) -> str:
    if not isinstance(value, str):
        raise SettingsError(f"{value!r} is not a rule code (write codes as text, e.g. \"TJ102\")")
    code = value.strip().upper()
    problem = code_problem(code)
    if problem:
        raise SettingsError(problem)
    return code


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise SettingsError(f"expected a list of {what}, got {_type(value)}")
    return value


def _mapping(value: Any, what: str) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise SettingsError(f"expected a mapping of {what}, got {_type(value)}")
    return value


def _type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    names = {str: "text", int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    return names.get(type(value), type(value).__name__)


def codes(value: Any, folder: str) -> tuple[str, ...]:
    """``select``/``ignore``: a list of codes or prefixes."""
    return tuple(_code(v) for v in _list(value, 'rule codes (e.g. ["TJ1", "TJ205"])'))


def _glob(value: Any, folder: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{value!r} is not a glob (write it as text, e.g. \"configs/*.yaml\")")
    pattern = value.strip().replace("\\", "/")
    if pattern.startswith("./"):
        pattern = pattern[2:]
    anchored = "/" in pattern.rstrip("/") and not os.path.isabs(pattern)
    return escape(folder).rstrip("/") + "/" + pattern if anchored else pattern


def globs(value: Any, folder: str) -> tuple[str, ...]:
    """``include``/``exclude``: a non-empty list of globs, anchored ones made absolute."""
    items = _list(value, 'globs (e.g. ["configs/*.yaml"])')
    if not items:
        raise SettingsError("the list is empty: give at least one glob, or remove the key")
    return tuple(_glob(v, folder) for v in items)


def severity(value: Any, folder: str) -> dict[str, Severity]:
    """``severity``: code or prefix -> "error" | "warning"."""
    result: dict[str, Severity] = {}
    for key, level in _mapping(value, 'codes to levels (e.g. TJ402: "error")').items():
        text = level.strip().lower() if isinstance(level, str) else None
        if text not in ("error", "warning"):
            raise SettingsError(f"{key}: {level!r} is not a level: use \"error\" or \"warning\"")
        result[_code(key)] = Severity(text)
    return result


def per_file_ignores(value: Any, folder: str) -> dict[str, tuple[str, ...]]:
    """``per-file-ignores``: glob -> list of codes."""
    result: dict[str, tuple[str, ...]] = {}
    for key, items in _mapping(value, "globs to lists of codes").items():
        try:
            result[_glob(key, folder)] = codes(items, folder)
        except SettingsError as exc:
            raise SettingsError(f"'{key}': {exc}") from None
    return result


def kinds(value: Any, folder: str) -> dict[str, str]:
    """``kinds``: glob -> a kind of request body ("config", "config-update", "job", ...)."""
    result: dict[str, str] = {}
    for key, kind in _mapping(value, 'globs to kinds (e.g. "jobs/*.yaml": job)').items():
        if kind not in KINDS:
            choices = ", ".join(KINDS.names)
            raise SettingsError(f"'{key}': {kind!r} is not a kind: use one of {choices}")
        result[_glob(key, folder)] = kind
    return result


def catalog(value: Any, folder: str) -> tuple[str, ...]:
    """``catalog``: paths of saved catalogue responses, relative to the configuration file."""
    paths: list[str] = []
    for item in _list(value, "paths of saved catalogue responses"):
        if not isinstance(item, str) or not item:
            raise SettingsError(f"{item!r} is not a path (write it as text)")
        path = os.path.normpath(os.path.join(folder, item))
        if not os.path.isfile(path):
            raise SettingsError(f"'{item}' is not a file (paths are relative to the configuration"
                                " file's folder)")
        paths.append(path)
    return tuple(paths)


def limits(value: Any, folder: str) -> dict[str, int]:
    """``limits``: ``max-file-size``, ``max-depth``, ``max-nodes``, positive integers."""
    result: dict[str, int] = {}
    for key, number in _mapping(value, "limits (e.g. max-depth: 64)").items():
        if key not in LIMIT_KEYS:
            raise SettingsError(unknown_key(str(key), LIMIT_KEYS))
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise SettingsError(f"{key}: {number!r} is not a positive whole number")
        result[LIMIT_KEYS[key]] = number
    return result


def flag(value: Any, folder: str) -> bool:
    """``strict``, ``allow-empty``: true or false."""
    if not isinstance(value, bool):
        raise SettingsError(f"expected true or false, got {_type(value)}")
    return value


def plugins(value: Any, folder: str) -> tuple[str, ...]:
    """``plugins``: names of ``tjlint.rules`` entry points to load."""
    names = _list(value, 'plugin names (e.g. ["acme"])')
    for name in names:
        if not isinstance(name, str) or not _PLUGIN.fullmatch(name):
            raise SettingsError(f"{name!r} is not a plugin name")
    return tuple(names)


def cache_dir(value: Any, folder: str) -> str:
    """``cache-dir``: the results cache's folder, relative to the settings file's folder (``~`` expanded)."""
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{value!r} is not a folder (write it as text, e.g. \".tjlint_cache\")")
    return os.path.normpath(os.path.join(folder, os.path.expanduser(value.strip())))


Checker = Callable[[Any, str], Any]
#: Key in a file -> (Config field, checker).
KEYS: dict[str, tuple[str, Checker]] = {
    "select": ("select", codes),
    "ignore": ("ignore", codes),
    "severity": ("severity", severity),
    "catalog": ("catalog", catalog),
    "include": ("include", globs),
    "exclude": ("exclude", globs),
    "per-file-ignores": ("per_file_ignores", per_file_ignores),
    "limits": ("limits", limits),
    "strict": ("strict", flag),
    "kinds": ("kinds", kinds),
    "plugins": ("plugins", plugins),
    "allow-empty": ("allow_empty", flag),
    "cache-dir": ("cache_dir", cache_dir),
}

"""Path globs for ``include``, ``exclude``, ``per-file-ignores`` and ``kinds``.

The syntax is the one of ``.gitignore`` files and ruff, reduced to what a
configuration needs:

- ``*`` matches within one path component, ``?`` one character, ``[abc]`` a
  character class, ``**`` any number of folders (``**/x``, ``x/**``, ``a/**/b``);
  ``{yaml,yml}`` lists alternatives.
- A pattern without a ``/`` (``*.tj.yaml``, ``node_modules``) matches a file or
  folder name at any depth. A pattern with a ``/`` (``legacy/*.yaml``) is
  anchored to its base folder: the folder of the configuration file that holds
  it, or the working directory for settings made in code.
- A pattern that matches a folder matches everything inside it.

Paths are compared as absolute paths with ``/`` separators, case-sensitively.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

_BRACES = re.compile(r"(?<!\[)\{([^{}]*)(?<!\[)\}")  # "[{]" is an escaped brace


def expand_braces(pattern: str) -> list[str]:
    """``a.{yaml,yml}`` -> ``["a.yaml", "a.yml"]`` (groups may repeat; no nesting)."""
    match = _BRACES.search(pattern)
    if match is None:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [e for alt in match.group(1).split(",") for e in expand_braces(head + alt + tail)]


def escape(text: str) -> str:
    """Quote a literal path (a configuration file's folder) for use inside a glob."""
    return re.sub(r"([*?\[\]{}])", r"[\1]", text.replace(os.sep, "/"))


def posix_abspath(path: str, base: str | None = None) -> str:
    """``path`` made absolute (against ``base``, default the working directory), with ``/``."""
    if base is not None and not os.path.isabs(path):
        path = os.path.join(base, path)
    return os.path.abspath(path).replace(os.sep, "/")


def _translate(pattern: str) -> str:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2)
            if end < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end]
                negate = body.startswith("!")
                chars = "".join("\\" + ch if ch in "\\[]^&~|" else ch for ch in body[negate:])
                out.append("[" + "^" * negate + chars + "]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _one(pattern: str, base: str) -> str:
    pattern = pattern.replace(os.sep, "/").rstrip("/") or "/"
    if pattern.startswith("./"):
        pattern = pattern[2:]
    if os.path.isabs(pattern) or re.match(r"^[A-Za-z]:/", pattern):
        return _translate(pattern)
    if "/" not in pattern:
        return "(?:.*/)?" + _translate(pattern)
    return _translate(escape(base).rstrip("/") + "/" + pattern)


@lru_cache(maxsize=256)
def compile_globs(patterns: tuple[str, ...], base: str, tree: bool = True) -> re.Pattern[str]:
    """One regular expression matching an absolute ``/`` path against any of ``patterns``.

    With ``tree`` a path also matches when a folder holding it does; a walk
    that prunes folders as it goes turns that off.
    """
    parts = [_one(p, base) for pattern in patterns for p in expand_braces(pattern)]
    if not parts:
        return re.compile(r"(?!)")
    return re.compile("^(?:" + "|".join(parts) + ")" + ("(?:/.*)?$" if tree else "$"), re.DOTALL)


def matches(path: str, patterns: Iterable[str], base: str | None = None) -> bool:
    """Whether ``path`` (or a folder holding it) matches one of ``patterns``."""
    root = posix_abspath(base or os.getcwd())
    return compile_globs(tuple(patterns), root).match(posix_abspath(path)) is not None

"""The files one run lints: PATHs -> targets, and what was searched when none was found.

A folder is walked for request bodies (by name or content, see
:mod:`tjlint.discovery`) with the ``include``/``exclude`` of each folder's
settings. A file named explicitly is always linted, unless the run is for
bodies only (the pre-commit hook's ``--bodies-only``): then a file that does
not look like a request body is skipped. ``-`` is standard input. A file
reached twice (named and walked, or named twice) is linted once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

from tjlint.discovery import DEFAULT_INCLUDE, GIVEN, Globs, Target, body_reason, walk_bodies


class Search:
    """What a run searched: the folders walked and the files ``--bodies-only`` skipped."""

    __slots__ = ("folders", "skipped")

    def __init__(self) -> None:
        self.folders: list[str] = []
        self.skipped: list[str] = []

    def places(self) -> list[str]:
        """The folders whose settings decide whether an empty run is allowed."""
        return [*self.folders, *(os.path.dirname(p) or "." for p in self.skipped)]


def collect(paths: Sequence[str], stdin_filename: str | None, bodies_only: bool,
            globs: Callable[[str], Globs], problems: list[str], search: Search) -> Iterator[Target]:
    """The files to lint, one at a time (nothing is held per file); bad paths go to ``problems``."""
    seen: set[str] = set()
    dedupe = len(paths) > 1  # one path names each file once (a walk yields each file once): no set to keep
    for path in paths or (".",):
        if path == "-":
            yield Target(None, stdin_filename or "<stdin>")
            continue
        if os.path.isdir(path):
            search.folders.append(path)
            found: Iterator[tuple[str, str]] = walk_bodies(path, globs)
        elif not os.path.lexists(path):
            problems.append(f"path '{path}' does not exist")
            continue
        elif not os.path.isfile(path):
            problems.append(f"'{path}' is not a regular file or folder (or cannot be reached)")
            continue
        else:
            found = iter([(path, _reason(path, bodies_only, globs))])
        for file, reason in found:
            if not reason:
                search.skipped.append(file)
                continue
            if dedupe:
                key = os.path.normcase(os.path.abspath(file))
                if key in seen:
                    continue
                seen.add(key)
            yield Target(file, os.path.normpath(file), reason)


def _reason(path: str, bodies_only: bool, globs: Callable[[str], Globs]) -> str:
    """Why a named file is linted ("" when ``--bodies-only`` skips it)."""
    if not bodies_only:
        return GIVEN
    include = globs(os.path.dirname(path) or ".")[0]
    return body_reason(path, include=include) or ""


def empty_run(search: Search, include: Sequence[str]) -> str:
    """The one line that says a run found nothing to lint, and how to widen it."""
    names = ", ".join(_shown_glob(g) for g in include or DEFAULT_INCLUDE)
    parts = []
    if search.folders:
        where = ", ".join(f"'{f}'" for f in search.folders)
        parts.append(f"no request body found in {where}: no .yaml, .yml or .json file there has a name"
                     f" that matches include ({names}) or content that looks like a request body")
    if search.skipped:
        shown = ", ".join(f"'{p}'" for p in search.skipped[:3])
        more = f" and {len(search.skipped) - 3} more" if len(search.skipped) > 3 else ""
        parts.append(f"--bodies-only skipped {shown}{more}: no name that matches include ({names})"
                     " and no content that looks like a request body")
    widen = "name the files, widen 'include'," if search.folders else "widen 'include'"
    return "; ".join(parts) + f"; {widen} or pass --allow-empty (or set allow-empty = true)" \
        " if a run with nothing to lint is fine"


def _shown_glob(pattern: str) -> str:
    """A glob as people wrote it: anchored ones (made absolute) relative to the working directory."""
    if not os.path.isabs(pattern):
        return pattern
    try:
        return os.path.relpath(pattern).replace(os.sep, "/")
    except ValueError:
        return pattern

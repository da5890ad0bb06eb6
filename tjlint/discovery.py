"""Which files to lint: explicit paths, and request bodies found in directories.

A folder is walked for ``.json``, ``.yaml`` and ``.yml`` files whose path
matches ``include`` (default: names that look like training-job request
bodies) and not ``exclude``. Always skipped: version-control folders, virtual
environments (any folder holding ``pyvenv.cfg``), ``node_modules``, tool caches,
tjlint's own configuration files, and, inside a git work tree, whatever git
ignores. Symbolic links to folders are not followed (as git does), so link
loops cannot trap the walk; FIFOs, sockets and devices are never opened.
Files named explicitly on the command line are not filtered at all.

Git is asked once per walked folder, as a subprocess without a shell; if git
is missing or the folder is not in a work tree, that step is skipped. Linting
itself never starts a process.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tjlint.globs import compile_globs, posix_abspath

#: Names that look like training-job request bodies (see ``include`` in the configuration).
DEFAULT_INCLUDE = (
    "training-job*.{yaml,yml,json}",
    "*.tj.{yaml,yml,json}",
    "**/training-jobs/**",
)
#: Skipped in every walk; the ``exclude`` setting adds to these.
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
    ".mypy_cache", ".ruff_cache", ".pytest_cache", ".tjlint.yaml", ".tjlint.yml",
)
EXTENSIONS = (".json", ".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Target:
    """A file to lint: where it is (``path``, None for stdin) and how it is shown."""

    path: str | None
    shown: str


def git_ignored(folder: str) -> frozenset[str]:
    """Absolute ``/`` paths under ``folder`` that git ignores (empty outside a work tree).

    Untracked ignored folders come back whole (``--directory``), so their
    contents are never listed or walked. When ``folder`` itself is ignored git
    answers ``./``; that entry is dropped, because the folder was asked for.
    """
    command = ["git", "ls-files", "-z", "--others", "--ignored", "--exclude-standard",
               "--directory"]
    try:
        done = subprocess.run(command, cwd=folder, capture_output=True, stdin=subprocess.DEVNULL,
                              check=False)
    except (OSError, ValueError, subprocess.SubprocessError):
        return frozenset()
    if done.returncode != 0:
        return frozenset()
    names = (os.fsdecode(raw).rstrip("/") for raw in done.stdout.split(b"\0"))
    return frozenset(posix_abspath(name, folder) for name in names if name not in ("", "."))


def _is_virtualenv(path: str) -> bool:
    return os.path.isfile(os.path.join(path, "pyvenv.cfg"))


def walk(root: str, include: Sequence[str] = DEFAULT_INCLUDE, exclude: Sequence[str] = (),
         *, use_git: bool = True) -> Iterator[str]:
    """Files under ``root`` that match ``include`` and not ``exclude``, in path order.

    ``root`` itself is never excluded: it was asked for. Relative globs are
    relative to the working directory; an empty ``include`` means the defaults.
    """
    base = posix_abspath(".")
    wanted = compile_globs(tuple(include or DEFAULT_INCLUDE), base)
    skipped = compile_globs((*DEFAULT_EXCLUDE, *exclude), base, tree=False)
    ignored = git_ignored(root) if use_git else frozenset()
    stack = [_entries(root)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        absolute = posix_abspath(entry.path)
        if skipped.match(absolute) or absolute in ignored:
            continue
        if entry.is_dir(follow_symlinks=False):
            if not _is_virtualenv(entry.path):
                stack.append(_entries(entry.path))
        elif entry.name.lower().endswith(EXTENSIONS) and wanted.match(absolute) and _is_regular(entry):
            yield entry.path


def _entries(folder: str) -> Iterator[os.DirEntry[str]]:
    """The entries of ``folder`` sorted by name (none if it cannot be read)."""
    try:
        with os.scandir(folder) as scan:
            return iter(sorted(scan, key=lambda e: e.name))
    except OSError:
        return iter(())


def _is_regular(entry: os.DirEntry[str]) -> bool:
    """A regular file, or a link to one: never a FIFO, socket or device (those could block)."""
    try:
        return entry.is_file(follow_symlinks=True)
    except OSError:
        return False

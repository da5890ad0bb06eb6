"""Which files to lint: explicit paths, and request bodies found in directories."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

#: Names that look like training-job request bodies (see ``include`` in the configuration).
DEFAULT_INCLUDE = (
    "training-job*.yaml", "training-job*.yml", "training-job*.json",
    "*.tj.yaml", "*.tj.yml", "*.tj.json",
    "training-jobs/**",
)
#: Folders never walked into.
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__")
EXTENSIONS = (".json", ".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Target:
    """A file to lint: where it is (``path``, None for stdin) and how it is shown."""

    path: str | None
    shown: str


def _matches(relpath: str, patterns: Sequence[str]) -> bool:
    parts = relpath.split("/")
    name = parts[-1]
    for pattern in patterns:
        if pattern.endswith("/**"):
            folder = pattern[:-3]
            if folder in parts[:-1]:
                return True
        elif "/" in pattern:
            if fnmatch.fnmatchcase(relpath, pattern):
                return True
        elif fnmatch.fnmatchcase(name, pattern):
            return True
    return False


def walk(root: str, include: Sequence[str] = DEFAULT_INCLUDE,
         exclude: Sequence[str] = DEFAULT_EXCLUDE) -> Iterator[str]:
    """Files under ``root`` that match ``include`` and not ``exclude``, in a stable order.

    Symbolic links to folders are not followed, so link loops cannot trap the walk.
    """
    for folder, dirs, files in os.walk(root, followlinks=False):
        shown = os.path.normpath(folder).replace(os.sep, "/")
        prefix = "" if shown == "." else shown + "/"
        dirs[:] = sorted(d for d in dirs if d not in exclude and not _matches(prefix + d, exclude))
        for name in sorted(files):
            rel = prefix + name
            if not name.lower().endswith(EXTENSIONS) or _matches(rel, exclude):
                continue
            full = os.path.join(folder, name)
            if _matches(rel, include) and os.path.isfile(full):
                yield full

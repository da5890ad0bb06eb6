"""Which files to lint: explicit paths, and request bodies found in directories.

A folder is walked for ``.json``, ``.yaml`` and ``.yml`` files that are
request bodies: their path matches ``include`` (default: names that look like
training-job request bodies), or their content looks like one (see
:mod:`tjlint.sniff`: the first 64 KiB are read, nothing is parsed into
objects). ``exclude`` is skipped. Always skipped: hidden folders (``.git``,
``.github``, ...), virtual environments (any folder holding ``pyvenv.cfg``),
``node_modules``, tool caches, tjlint's own configuration files, and, inside
a git work tree, whatever git ignores. Symbolic links to folders are not followed (as git does), so link
loops cannot trap the walk; FIFOs, sockets and devices are never opened.
Files named explicitly on the command line are not filtered, unless the
command line asks for bodies only (:func:`body_reason` then decides).

Git is asked once per walked folder, as a subprocess without a shell; if git
is missing or the folder is not in a work tree, that step is skipped. Linting
itself never starts a process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence

from tjlint.globs import compile_globs, posix_abspath
from tjlint.model import Record

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
#: Files that hold settings (see :mod:`tjlint.configfile`): only where one is can settings change.
SETTINGS_FILES = frozenset({".tjlint.yaml", ".tjlint.yml", "pyproject.toml"})
#: Why a file is linted: its name matches ``include``, its content looks like a body, or it was named.
NAME, CONTENT, GIVEN = "name", "content", "given"
#: The ``include`` and ``exclude`` globs that apply inside one folder.
Globs = tuple[Sequence[str], Sequence[str]]


class Target(Record):
    """A file to lint: where it is (``path``, None for stdin), how it is shown, and why it is linted."""

    __slots__ = _fields = __match_args__ = ("path", "shown", "reason")
    path: str | None
    shown: str
    reason: str

    def __init__(self, path: str | None, shown: str, reason: str = GIVEN) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "shown", shown)
        object.__setattr__(self, "reason", reason)


def body_reason(path: str | os.PathLike[str], text: str | bytes | None = None,
                include: Sequence[str] = DEFAULT_INCLUDE) -> str | None:
    """Why ``path`` is a request body: ``"name"`` (it matches ``include``), ``"content"``, or None.

    The content is ``text`` when given, else the first 64 KiB of the file; a
    file that is not a regular file has no content. Relative globs are relative
    to the working directory; an empty ``include`` means the defaults.
    """
    absolute = posix_abspath(os.fspath(path))
    if compile_globs(tuple(include or DEFAULT_INCLUDE), posix_abspath(".")).match(absolute):
        return NAME
    from tjlint.sniff import looks_like_body, read_head  # the content check loads only when a name does not decide

    head = read_head(path) if text is None else text
    return CONTENT if head is not None and looks_like_body(head) else None


def git_ignored(folder: str) -> frozenset[str]:
    """Absolute ``/`` paths under ``folder`` that git ignores (empty outside a work tree).

    Untracked ignored folders come back whole (``--directory``), so their
    contents are never listed or walked. When ``folder`` itself is ignored git
    answers ``./``; that entry is dropped, because the folder was asked for.
    """
    import subprocess  # only a folder walk starts a process (git)

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


def walk(root: str, include: Sequence[str] = DEFAULT_INCLUDE, exclude: Sequence[str] = (),
         *, use_git: bool = True) -> Iterator[str]:
    """Request bodies under ``root`` (by name or content), not matching ``exclude``, in path order."""
    for path, _ in walk_bodies(root, lambda folder: (include, exclude), use_git=use_git):
        yield path


def walk_bodies(root: str, globs: Callable[[str], Globs], *, use_git: bool = True) -> Iterator[tuple[str, str]]:
    """``(path, reason)`` of each request body under ``root``, in path order.

    ``globs(folder)`` gives the ``include`` and ``exclude`` that apply to the
    entries of ``folder``. Settings can only change in a folder that holds a
    settings file, so it is asked for ``root`` and for those folders; the
    others keep their parent's. ``root`` itself is never excluded: it was asked
    for. Relative globs are relative to the working directory; an empty
    ``include`` means the defaults.
    """
    from tjlint.sniff import looks_like_body, read_head  # the content check loads only for a folder walk

    base = posix_abspath(".")
    compiled: dict[Globs, tuple[re.Pattern[str], re.Pattern[str]]] = {}

    def rules(folder: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
        key = globs(folder)
        found = compiled.get(key)
        if found is None:
            found = compiled[key] = _compiled(key, base)
        return found

    ignored = git_ignored(root) if use_git else frozenset()
    top = _Folder(root)
    stack = [(top, iter(top.names), rules(root), posix_abspath(root).rstrip("/"))]
    while stack:
        here, names, (wanted, skipped), folder = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        absolute = f"{folder}/{name}"  # what posix_abspath(path) gives, for less
        if skipped.match(absolute) or absolute in ignored:
            continue
        path = os.path.join(here.path, name)  # as os.scandir names its entries
        if name in here.folders:
            child = _Folder(path if not name.startswith(".") else None)
            if child.names and "pyvenv.cfg" not in child.names:  # a virtual environment is never walked
                own = rules(path) if not SETTINGS_FILES.isdisjoint(child.names) else (wanted, skipped)
                stack.append((child, iter(child.names), own, absolute))
        elif name.lower().endswith(EXTENSIONS) and name not in here.irregular:
            if wanted.match(absolute):
                yield path, NAME
            elif (head := read_head(path)) is not None and looks_like_body(head):
                yield path, CONTENT


def _compiled(globs: Globs, base: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    include, exclude = globs
    return (compile_globs(tuple(include or DEFAULT_INCLUDE), base),
            compile_globs((*DEFAULT_EXCLUDE, *exclude), base, tree=False))


class _Folder:
    """The entries of one folder, sorted by name: which are folders, and which files are not regular.

    Names and two small sets, not ``os.DirEntry`` objects: a flat folder of 10,000 bodies is
    held whole while it is walked, and its entries would take three times the memory.
    """

    __slots__ = ("folders", "irregular", "names", "path")

    def __init__(self, path: str | None) -> None:
        self.path = path or ""
        self.names: list[str] = []
        self.folders: set[str] = set()
        self.irregular: set[str] = set()  # FIFOs, sockets, devices, broken links: never read
        if path is None:
            return
        try:
            with os.scandir(path) as scan:
                for entry in scan:
                    self.names.append(entry.name)
                    if entry.is_dir(follow_symlinks=False):
                        self.folders.add(entry.name)
                    elif entry.name.lower().endswith(EXTENSIONS) and not _is_regular(entry):
                        self.irregular.add(entry.name)
        except OSError:
            self.names = []
        self.names.sort()


def _is_regular(entry: os.DirEntry[str]) -> bool:
    """A regular file, or a link to one: never a FIFO, socket or device (those could block)."""
    try:
        return entry.is_file(follow_symlinks=True)
    except OSError:
        return False

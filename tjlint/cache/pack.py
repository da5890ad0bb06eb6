"""The cache folder and its pack files: one signed file of results per folder and environment.

A cache folder holds ``.gitignore`` (``*``: git never shows the folder),
``CACHEDIR.TAG`` (backup tools skip the folder, and tjlint knows it as its
own) and one ``<environment>.pack`` per environment (see
:func:`tjlint.cache.keys.environment`; the :data:`KEEP` most recently
written are kept). A pack is read once per run, whole: one file, not one per
linted file, so a run where every file hits costs one read.

A pack is ``MAGIC``, a signature, then the body (:mod:`marshal`): the
environment's hash and ``absolute path -> (path as shown, settings hash,
content hash, encoded diagnostics)``. The signature is a MAC over the magic
and the body under the user's key (:func:`tjlint.cache.keys.user_key`), and
it is checked before the body is parsed: a pack that is truncated, corrupt,
written by another user or machine, committed to the repository or planted
by a pull request is ignored (and replaced at the end of the run), never
trusted. Nothing that has not been checked this way is given to
:mod:`marshal`.

Writing is safe when several tjlint processes share a folder (pre-commit runs
batches in parallel): writers take turns (a lock on ``.lock``), a pack is
written to a new temporary file and renamed over the old one, so a reader
sees the old pack or the new one, never half of one, and a writer merges
what others wrote since it read the pack. Where no lock can be had, a result
lost in a race only means that file is linted again. Entries for files that
no longer exist are dropped when a pack is written, and each file keeps one
entry (a new result replaces the old, whatever the settings), so a pack holds
at most one entry per file.

The folder is never reached through a symbolic link, and files are written
only into a folder tjlint made (one with its ``CACHEDIR.TAG``) or an empty
one: a cache folder committed as a link elsewhere, or a ``cache-dir``
setting that names someone else's folder, turns the cache off for the run.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import time
from collections.abc import Iterator
from typing import Any

from tjlint.cache.keys import FORMAT, read_regular, signature

MAGIC = b"TJLCACH" + bytes([FORMAT])
SIGNATURE_SIZE = 32
#: A pack larger than this is not read (and is replaced).
MAX_PACK = 512 * 1024 * 1024
#: How many packs (environments) a folder keeps: the most recently written.
KEEP = 4
#: A temporary file older than this was left by a process that died; it is removed.
STALE_SECONDS = 3600
#: How long a writer waits for the others of the folder before it writes anyway (see :func:`_turn`).
LOCK_WAIT = 5.0
TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
       "# This file is a cache directory tag created by tjlint (the results cache).\n"
       "# For information about cache directory tags, see https://bford.info/cachedir/\n")
#: The name the tag is written under before it is renamed into place (with the process id and ``.tmp``).
_TAG_DRAFT = "CACHEDIR.TAG."
GITIGNORE = "# Created by tjlint: the results cache is never committed.\n*\n"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
_DRAFT = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW | _BINARY

#: ``absolute path -> (shown, settings hash, content hash, encoded diagnostics)``
Entries = dict[str, tuple[Any, ...]]


class CacheUnusable(Exception):
    """The cache folder cannot be used; ``str()`` is one line saying why."""


def check_folder(folder: str, create: bool) -> bool:
    """Whether ``folder`` is a usable cache folder (False: it does not exist and ``create`` is off).

    Raises :class:`CacheUnusable` for a symbolic link, a file, or a folder that
    holds files and is not tjlint's; with ``create`` a missing folder is made
    with its ``.gitignore`` and ``CACHEDIR.TAG``.
    """
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        if not create:
            return False
        try:
            os.makedirs(os.path.dirname(folder) or ".", exist_ok=True)
            os.mkdir(folder)
        except FileExistsError:
            return check_folder(folder, create)  # another process made it first
        except OSError as exc:
            raise CacheUnusable(f"cannot create '{folder}': {exc.strerror or exc}") from None
        _mark(folder)
        return True
    except OSError as exc:
        raise CacheUnusable(f"cannot reach '{folder}': {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        raise CacheUnusable(f"'{folder}' is a symbolic link (a cache folder is never followed elsewhere)")
    if not stat.S_ISDIR(info.st_mode):
        raise CacheUnusable(f"'{folder}' is not a folder")
    if read_regular(os.path.join(folder, "CACHEDIR.TAG"), 4096) != TAG.encode():
        try:
            # empty, or only the tag another tjlint process is writing into the folder it just made
            if not all(name.startswith(_TAG_DRAFT) and name.endswith(".tmp") for name in os.listdir(folder)):
                raise CacheUnusable(f"'{folder}' holds files and is not a tjlint cache folder"
                                    " (it has no tjlint CACHEDIR.TAG)")
        except OSError as exc:
            raise CacheUnusable(f"cannot read '{folder}': {exc.strerror or exc}") from None
        if create:
            _mark(folder)
    return True


def _mark(folder: str) -> None:
    """``CACHEDIR.TAG`` and ``.gitignore`` in a cache folder.

    The tag comes first and whole (written aside, then renamed into place): a process that
    finds the folder another has just made sees either no tag and only its draft (the folder
    is being made) or the whole tag, never a folder of tjlint's files without one.
    """
    draft = os.path.join(folder, f"{_TAG_DRAFT}{os.getpid()}.tmp")
    try:
        # the draft is this process's own (one left by a process that died with this id is overwritten)
        _write(draft, TAG, _DRAFT)
        os.replace(draft, os.path.join(folder, "CACHEDIR.TAG"))  # atomic; another process's tag is the same
        _write(os.path.join(folder, ".gitignore"), GITIGNORE, _CREATE)
    except FileExistsError:  # .gitignore is there already
        pass
    except OSError as exc:
        _remove(draft)
        raise CacheUnusable(f"cannot write in '{folder}': {exc.strerror or exc}") from None


def _write(path: str, text: str, flags: int) -> None:
    handle = os.open(path, flags, 0o644)
    try:
        os.write(handle, text.encode())
    finally:
        os.close(handle)


class Pack:
    """The results of one environment in one cache folder: read once, written once at the end."""

    def __init__(self, folder: str, environment: bytes, key: bytes) -> None:
        self.folder = folder
        self.path = os.path.join(folder, environment.hex()[:20] + ".pack")
        self.environment = environment
        self.key = key
        self.entries: Entries = {}
        self.fresh: Entries = {}
        self._stamp: tuple[int, int, int] | None = None

    def load(self) -> None:
        """Read the pack (if the folder is usable and the pack is genuine; else start empty)."""
        if check_folder(self.folder, create=False):
            self._stamp, self.entries = self._read()

    def _read(self) -> tuple[tuple[int, int, int] | None, Entries]:
        try:
            info = os.lstat(self.path)
        except OSError:
            return None, {}
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
        data = read_regular(self.path, MAX_PACK)
        return stamp, (self._parse(data) if data is not None else {})

    def _parse(self, data: bytes) -> Entries:
        """The entries of a genuine pack of this environment; {} for anything else."""
        start = len(MAGIC) + SIGNATURE_SIZE
        head, mac, body = data[:len(MAGIC)], data[len(MAGIC):start], data[start:]
        if head != MAGIC or mac != signature(self.key, MAGIC + body):
            return {}
        try:  # signed with this user's key, so written by tjlint; still, only the expected shape is kept
            environment, entries = marshal.loads(body)
        except (ValueError, EOFError, TypeError):
            return {}
        return entries if environment == self.environment and isinstance(entries, dict) else {}

    def put(self, path: str, entry: tuple[Any, ...]) -> None:
        """Store the result of the file at the absolute ``path`` (written by :meth:`save`)."""
        self.entries[path] = self.fresh[path] = entry

    def save(self) -> None:
        """Write what this run stored, merged with what other processes wrote meanwhile, pruned.

        Raises :class:`CacheUnusable` when the folder cannot be used or written.
        """
        if not self.fresh:
            return
        check_folder(self.folder, create=True)
        with _turn(self.folder):
            entries = self.entries
            try:
                info = os.lstat(self.path)
                now = (info.st_ino, info.st_size, info.st_mtime_ns)
            except OSError:
                now = None
            if now is not None and now != self._stamp:  # another process wrote it since: keep its results too
                entries = {**self._read()[1], **self.fresh}
            entries = {p: e for p, e in entries.items() if p in self.fresh or os.path.exists(p)}
            body = marshal.dumps((self.environment, entries))
            self._write(MAGIC + signature(self.key, MAGIC + body) + body)
        self.fresh = {}
        self._prune()

    def _write(self, data: bytes) -> None:
        temporary = os.path.join(self.folder, f".{os.path.basename(self.path)}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        try:
            handle = os.open(temporary, _CREATE, 0o644)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(handle, view):]
            finally:
                os.close(handle)
            os.replace(temporary, self.path)  # replaces a link planted under the name, never its target
        except OSError as exc:
            if os.path.lexists(temporary):
                os.unlink(temporary)
            raise CacheUnusable(f"cannot write '{self.path}': {exc.strerror or exc}") from None

    def _prune(self) -> None:
        """Drop the packs of old environments (all but the :data:`KEEP` newest) and stale temporary files."""
        packs: list[tuple[int, str]] = []
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if entry.name.endswith(".pack") and entry.path != self.path:
                packs.append((info.st_mtime_ns, entry.path))
            elif entry.name.startswith(".") and entry.name.endswith(".tmp") and \
                    time.time() - info.st_mtime > STALE_SECONDS:
                _remove(entry.path)
        for _, path in sorted(packs, reverse=True)[KEEP - 1:]:
            _remove(path)


@contextlib.contextmanager
def _turn(folder: str) -> Iterator[None]:
    """Writers of one folder take turns (pre-commit starts several tjlint processes at once).

    A lock on ``.lock`` in the folder (POSIX ``flock``; released when the file is closed, also by a
    process that dies). Without it after :data:`LOCK_WAIT` seconds, or where there is no ``flock``,
    the write goes ahead: the merge in :meth:`Pack.save` keeps what others wrote, but for a race.
    """
    try:
        import fcntl  # POSIX only; loaded only by a run that writes the cache
    except ImportError:  # pragma: no cover - Windows
        fcntl = None  # type: ignore[assignment]
    handle = -1
    if fcntl is not None:
        with contextlib.suppress(OSError):  # no lock file: write without a turn
            handle = os.open(os.path.join(folder, ".lock"), os.O_RDWR | os.O_CREAT | _NOFOLLOW | _NONBLOCK, 0o644)
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while handle >= 0 and fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.005)
        yield
    finally:
        if handle >= 0:
            os.close(handle)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):  # gone already, or not ours to remove: nothing to do
        os.unlink(path)

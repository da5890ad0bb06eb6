"""The files of a check run, linted in order: from the results cache, in this process, or in worker processes.

Every file's result comes back in the order the files were found, so the
report is the same, byte for byte, whatever ``--jobs`` says and whatever
the cache holds. The walk, the cache, the settings (and their mistakes,
raised at the first file they apply to) stay in this process; only reading
and linting a file that the cache does not answer goes to a worker.

``--jobs N`` is N processes that lint: this one and N - 1 workers. A batch
goes to the workers while they have fewer than two batches each waiting;
otherwise this process lints it itself, between walking and reporting. On
two cores this beats two workers beside an idle main process: one process
fewer, and no core left waiting while the other has work.

Workers (:mod:`tjlint.workers`) start only when a run has more than one
batch of files to lint, so a run of a few files starts no process. If no
worker can be started, the files are linted here, and a note on stderr says so.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from tjlint.discovery import Target
from tjlint.read import decode as decode_text
from tjlint.read import read_file_bytes, read_source, source_of
from tjlint.read.source import Problem
from tjlint.settings import Settings

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from tjlint.cache import Group, ResultsCache
    from tjlint.engine import Linter
    from tjlint.model import Diagnostic
    from tjlint.workers import Returned

#: Files sent to a worker at a time: enough to make a message worth sending, few enough to share the work out.
BATCH = 32
#: ``read_stdin(limit)``: at most ``limit`` bytes of standard input.
ReadStdin = Callable[[int], bytes]


class Folders(Protocol):
    """The settings and the linter of the files in each folder of a run."""

    def of(self, folder: str) -> tuple[Settings, tuple[str, ...]]:
        """The settings of ``folder`` and the settings files they come from."""

    def linter(self, folder: str) -> Linter:
        """The linter of ``folder`` (raises a usage problem for bad settings)."""


class Done:
    """One file's result: its diagnostics, its ``strict`` setting and, for ``--show-source``, its text."""

    __slots__ = ("diagnostics", "strict", "text")

    def __init__(self, diagnostics: list[Diagnostic], strict: bool, text: str | None = None) -> None:
        self.diagnostics, self.strict, self.text = diagnostics, strict, text


class _Item:
    """One file in the order of the run, and where its result is (or will be)."""

    __slots__ = ("done", "folder", "future", "group", "position", "target")

    def __init__(self, target: Target, folder: str) -> None:
        self.target, self.folder = target, folder
        self.done: Done | None = None
        self.group: Group | None = None
        self.future: Future[list[Returned]] | None = None
        self.position = 0


def folder_of(target: Target) -> str:
    """The folder whose settings apply to ``target`` (standard input: the working directory)."""
    return os.path.dirname(target.path) or "." if target.path else "."


class Checks:
    """Lint the files of a check run: :meth:`submit` each file, then :meth:`finish`; results come back in order.

    ``start`` makes the :class:`Folders` of a worker process (it must be
    picklable); ``jobs`` is how many processes lint: this one and ``jobs - 1`` workers.
    """

    def __init__(self, folders: Folders, *, keep_sources: bool = False, read_stdin: ReadStdin | None = None,
                 cache: ResultsCache | None = None, jobs: int = 1, start: Callable[[], Folders] | None = None) -> None:
        self.folders, self.keep_sources, self.read_stdin = folders, keep_sources, read_stdin
        self.cache, self.jobs, self.start = cache, jobs if start is not None else 1, start
        self.notes: list[str] = []
        self._queue: deque[_Item] = deque()
        self._pending: list[_Item] = []
        self._pool: ProcessPoolExecutor | None = None
        self._flying: list[Future[Any]] = []
        self._workers = 0  # how many the pool has, once started
        self._cwd = os.getcwd()

    def _absolute(self, path: str) -> str:
        """``os.path.abspath(path)`` without asking the system for the working directory each time."""
        return path if os.path.isabs(path) else os.path.normpath(os.path.join(self._cwd, path))

    def submit(self, target: Target) -> Iterator[Done]:
        """Take one file; yields the results now ready, in order (this file's, if nothing waits before it)."""
        item = _Item(target, folder_of(target))
        raw: bytes | Problem | None = None
        if target.path is not None and self.cache is not None:
            raw = self._from_cache(item)
        if item.done is None:
            if self.jobs > 1 and target.path is not None and not isinstance(raw, Problem):
                self.folders.linter(item.folder)  # a mistake in the settings stops the run at its first file
                self._pending.append(item)
                if len(self._pending) >= BATCH:
                    self._send()
            else:
                item.done = self._lint_here(item, raw)
        self._queue.append(item)
        while self._queue and self._ready(self._queue[0]):
            yield self._result(self._queue.popleft())

    def finish(self) -> Iterator[Done]:
        """The results still to come, in order (waiting for the workers)."""
        if self._pending:
            if self._pool is not None:
                self._send()
            else:  # too few files to be worth a process
                for item in self._pending:
                    item.done = self._lint_here(item, None)
                self._pending = []
        while self._queue:
            yield self._result(self._queue.popleft())

    def finish_cache(self) -> list[str]:
        """Write the results cache (if on); the notes of the run for stderr (cache or workers unusable)."""
        notes = self.cache.save() if self.cache is not None else []
        return [*notes, *self.notes]

    def close(self) -> None:
        """Stop the workers (those busy finish their batch)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _from_cache(self, item: _Item) -> bytes | Problem:
        """Read the file; answer it from the cache if its result is there. The bytes (or why not) come back."""
        from tjlint.cache import digest  # with the cache on only
        from tjlint.cache.codec import decode  # likewise

        assert self.cache is not None and item.target.path is not None
        settings, used = self.folders.of(item.folder)
        item.group = self.cache.group(used, settings, lambda: self.folders.linter(item.folder).ruleset)
        raw = read_file_bytes(item.target.path, settings.limits.max_file_size)
        if isinstance(raw, bytes):
            path = self._absolute(item.target.path)
            stored = self.cache.lookup(item.group, path, item.target.shown, digest(raw))
            if stored is not None:
                try:
                    found = decode(stored, item.target.shown)
                except (TypeError, ValueError):  # not what this version writes: lint again
                    return raw
                text = _text(raw, settings) if self.keep_sources and found else None
                item.done = Done(found, settings.strict, text)
        return raw

    def _lint_here(self, item: _Item, raw: bytes | Problem | None) -> Done:
        """Lint one file in this process (``raw``: its bytes, if already read)."""
        linter = self.folders.linter(item.folder)
        target, limits = item.target, linter.settings.limits
        if target.path is None:
            data = self.read_stdin(limits.max_file_size + 1) if self.read_stdin is not None else b""
            source = read_source(data, target.shown, limits=limits)
        else:
            if raw is None:
                raw = read_file_bytes(target.path, limits.max_file_size)
            source = source_of(raw, target.shown, limits)
        found = linter.lint_source(source)
        if isinstance(raw, bytes) and item.group is not None:
            from tjlint.cache import digest  # with the cache on only
            from tjlint.cache.codec import encode  # likewise

            self._store(item, digest(raw), encode(found, target.shown))
        return Done(found, linter.settings.strict, source.text if self.keep_sources and found else None)

    def _store(self, item: _Item, content: bytes | None, payload: tuple[Any, ...] | None) -> None:
        if self.cache is not None and item.group is not None and content is not None and payload is not None:
            self.cache.store(item.group, self._absolute(str(item.target.path)), item.target.shown, content, payload)

    def _send(self) -> None:
        """Send the pending files to a worker (starting the workers first)."""
        items, self._pending = self._pending, []
        if self._pool is None and self.start is not None:
            from tjlint.workers import pool_size, start_pool  # runs with many files and --jobs only

            first = items.pop(0)  # linted here first: forked workers inherit the reader and checks it loads
            first.done = self._lint_here(first, None)
            self._pool = start_pool(self.jobs - 1, self.start, self.notes, self.folders)  # and this process
            self._workers = pool_size(self.jobs - 1)
            if self._pool is None:  # said once: the rest of the run is linted here
                self.start = None
        if self._pool is None:
            for item in items:
                item.done = self._lint_here(item, None)
            return
        self._flying = [f for f in self._flying if not f.done()]
        if len(self._flying) >= 2 * self._workers:  # the workers have enough waiting: lint this batch here
            for item in items:
                item.done = self._lint_here(item, None)
            return
        work = [(str(i.target.path), i.target.shown, i.folder) for i in items]
        from tjlint.workers import lint_batch  # loaded with the pool already

        future = self._pool.submit(lint_batch, work, self.keep_sources, self.cache is not None)
        self._flying.append(future)
        for position, item in enumerate(items):
            item.future, item.position = future, position

    @staticmethod
    def _ready(item: _Item) -> bool:
        return item.done is not None or (item.future is not None and item.future.done())

    def _result(self, item: _Item) -> Done:
        """The result of ``item``, waiting for its worker if need be."""
        if item.done is not None:
            return item.done
        assert item.future is not None
        from concurrent.futures.process import BrokenProcessPool  # loaded with the workers already

        try:
            content, found, text = item.future.result()[item.position]
        except BrokenProcessPool:  # a worker died (killed, out of memory): lint the file here instead
            return self._lint_here(item, None)
        if isinstance(found, tuple):
            from tjlint.cache.codec import decode  # loaded with the workers already

            self._store(item, content, found)
            found = decode(found, item.target.shown)
        settings = self.folders.of(item.folder)[0]
        return Done(found, settings.strict, text)


def _text(raw: bytes, settings: Settings) -> str:
    """The text :func:`tjlint.read.read_source` would keep for ``raw`` (for ``--show-source``)."""
    decoded = decode_text(raw) if len(raw) <= settings.limits.max_file_size else None
    return decoded[0] if isinstance(decoded, tuple) else ""

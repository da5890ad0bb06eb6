"""Open documents and the background lints: debounced, one at a time, the newest text wins.

A :class:`Document` is an open document: where it lives, its format, and
whether it is a request body.
Every change makes a new :class:`Snapshot`. A lint starts once the document
has been quiet for a short while, runs in a worker thread (so a huge or
hostile document never blocks hovers and completions), and its result is
published only if no newer snapshot arrived meanwhile: stale results are
dropped, never shown over newer ones.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Generic, TypeVar

from pygls.uris import to_fs_path

from tjlint.lsp.analysis import Analysis
from tjlint.read import detect_format

log = logging.getLogger("tjlint.lsp")
R = TypeVar("R")
_EXTENSIONS = {"json": ".json", "jsonc": ".json", "yaml": ".yaml"}


class Document:
    """An open document: where it lives, its format, and whether it is a request body."""

    def __init__(self, uri: str, language_id: str, root: str) -> None:
        self.uri = uri
        path = to_fs_path(uri) if uri.startswith("file:") else None
        self.path = os.path.abspath(path or os.path.join(root, "untitled" + _EXTENSIONS.get(language_id, ".yaml")))
        self.folder = os.path.dirname(self.path)
        self.body = False

    def fmt(self, analysis: Analysis | None) -> str:
        """``json`` or ``yaml``, as tjlint reads the document."""
        if analysis is not None and analysis.source is not None:
            return analysis.source.fmt
        return detect_format(self.path, analysis.text if analysis else "")


@dataclass(frozen=True, eq=False)
class Snapshot:
    """One version of one document's text (compared by identity: each change makes a new one)."""

    uri: str
    version: int | None
    text: str


class Scheduler(Generic[R]):
    """Runs ``analyse`` on the newest snapshot of each document and hands fresh results to ``publish``.

    Call everything from the event loop's thread; ``analyse`` runs on ``executor``.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, executor: Executor,
                 analyse: Callable[[Snapshot], R], publish: Callable[[Snapshot, R], None],
                 delay: float) -> None:
        self.loop = loop
        self.executor = executor
        self.analyse = analyse
        self.publish = publish
        self.delay = delay
        self.latest: dict[str, Snapshot] = {}
        self.results: dict[str, tuple[Snapshot, R]] = {}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._running: set[str] = set()

    def update(self, snapshot: Snapshot, delay: float | None = None) -> None:
        """A new text: lint it once the document has been quiet for ``delay`` seconds."""
        self.latest[snapshot.uri] = snapshot
        timer = self._timers.pop(snapshot.uri, None)
        if timer is not None:
            timer.cancel()
        wait = self.delay if delay is None else delay
        self._timers[snapshot.uri] = self.loop.call_later(wait, self._start, snapshot.uri)

    def close(self, uri: str) -> None:
        """Forget a document; a lint still running for it is not published."""
        self.latest.pop(uri, None)
        self.results.pop(uri, None)
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()

    def fresh(self, uri: str) -> R | None:
        """The result for the newest text of ``uri``, if it is ready."""
        latest, done = self.latest.get(uri), self.results.get(uri)
        return done[1] if done is not None and latest is not None and done[0] is latest else None

    async def current(self, uri: str) -> R | None:
        """The result for the newest text of ``uri``, linting it now if needed (None: not open)."""
        result = self.fresh(uri)
        snapshot = self.latest.get(uri)
        if result is not None or snapshot is None:
            return result
        result = await self.loop.run_in_executor(self.executor, self.analyse, snapshot)
        if self.latest.get(uri) is snapshot:
            self.results[uri] = (snapshot, result)
        return result

    def _start(self, uri: str) -> None:
        self._timers.pop(uri, None)
        snapshot = self.latest.get(uri)
        if snapshot is None or uri in self._running:
            return  # a running lint starts the next one when it ends
        self._running.add(uri)
        future = self.loop.run_in_executor(self.executor, self.analyse, snapshot)
        future.add_done_callback(lambda done: self._done(snapshot, done))

    def _done(self, snapshot: Snapshot, future: asyncio.Future[R]) -> None:
        uri = snapshot.uri
        self._running.discard(uri)
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            log.error("linting %s failed", uri, exc_info=error)
        elif self.latest.get(uri) is snapshot:
            self.results[uri] = (snapshot, future.result())
            try:
                self.publish(snapshot, future.result())
            except Exception:
                log.exception("publishing the diagnostics of %s failed", uri)
        newest = self.latest.get(uri)
        if newest is not None and newest is not snapshot and uri not in self._timers:
            self._start(uri)

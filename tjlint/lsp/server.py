"""The language server: protocol messages -> open documents -> lints, actions, hovers, completions.

Lints run in one worker thread and hovers, completions and code actions in
another, so the thread that reads messages always answers. Any exception in
a handler is logged (stderr and the client's log) and answered with an empty
result: the client never sees the server fail.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from tjlint import __version__
from tjlint.lsp import handlers, protocol
from tjlint.lsp.analysis import Analysis, analyse
from tjlint.lsp.bodies import body_reason
from tjlint.lsp.documents import Document, Scheduler, Snapshot
from tjlint.lsp.setups import Setup, Setups

log = logging.getLogger("tjlint.lsp")
T = TypeVar("T")
#: Seconds a document must be quiet after a change before it is linted.
DEBOUNCE = 0.15


class TjlintServer(LanguageServer):
    """A pygls server holding tjlint's state: setups per folder, open documents, the scheduler."""

    def __init__(self) -> None:
        super().__init__("tjlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.setups = Setups()
        self.documents: dict[str, Document] = {}
        self.lint_pool = ThreadPoolExecutor(1, "tjlint-lint")
        self.request_pool = ThreadPoolExecutor(1, "tjlint-request")
        self._scheduler: Scheduler[Analysis] | None = None
        self.shown_problems: set[str] = set()
        self.watched: set[str] = set()
        #: 0 after "shutdown", 1 for an "exit" without one; None until either comes (stdin closing is 0).
        self.exit_status: int | None = None

    @property
    def scheduler(self) -> Scheduler[Analysis]:
        if self._scheduler is None:
            self._scheduler = Scheduler(asyncio.get_running_loop(), self.lint_pool, self.analyse, self.publish,
                                        DEBOUNCE)
        return self._scheduler

    @property
    def encoding(self) -> str:
        """The position encoding agreed at ``initialize``."""
        chosen = self.workspace.position_encoding
        return str(getattr(chosen, "value", chosen) or "utf-16")

    def report_server_error(self, error: Exception, source: Any) -> None:
        log.error("tjlint language server: %s", error, exc_info=error)

    def setup_for(self, document: Document) -> Setup:
        return self.setups.for_folder(document.folder)

    def analyse(self, snapshot: Snapshot) -> Analysis:
        """Lint one snapshot (runs in the lint thread)."""
        document = self.documents.get(snapshot.uri)
        if document is None:
            return Analysis(snapshot.text, snapshot.uri, Setup(None), version=snapshot.version)
        return analyse(snapshot.text, document.path, self.setup_for(document), snapshot.version)

    def publish(self, snapshot: Snapshot, analysis: Analysis) -> None:
        """Send the diagnostics of the newest text of a document (and say once if its settings are bad)."""
        protocol.publish(self, snapshot, analysis)

    def snapshot(self, uri: str) -> Snapshot:
        text_document = self.workspace.get_text_document(uri)
        return Snapshot(uri, text_document.version, text_document.source)

    def changed(self, uri: str, delay: float | None = None) -> None:
        """Lint the document's newest text (if it is, or has become, a request body)."""
        document = self.documents.get(uri)
        if document is None:
            return
        snapshot = self.snapshot(uri)
        if not document.body:
            include = self.setup_for(document).settings.include
            document.body = body_reason(document.path, snapshot.text, include) is not None
        if document.body:
            self.scheduler.update(snapshot, delay)

    def relint_all(self) -> None:
        """A settings file or catalogue changed: read them again and lint every open body."""
        self.setups.forget()
        for uri in list(self.documents):
            self.changed(uri, 0)

    async def in_request_thread(self, function: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.request_pool, function, *args)


def create_server() -> TjlintServer:
    """A server with every feature registered (not started)."""
    server = TjlintServer()
    handlers.register(server)
    return server


def serve() -> int:
    """Run the server on stdin/stdout until the client says ``exit`` or closes stdin."""
    logging.basicConfig(level=os.environ.get("TJLINT_LSP_LOG", "WARNING").upper(),
                        format="tjlint-lsp %(levelname)s %(message)s")
    server = create_server()
    try:
        server.start_io()
    finally:
        server.lint_pool.shutdown(wait=False, cancel_futures=True)
        server.request_pool.shutdown(wait=False, cancel_futures=True)
    return server.exit_status or 0

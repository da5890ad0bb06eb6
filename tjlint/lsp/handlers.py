"""One handler per protocol message. pygls passes the server first (the parameter named ``ls``).

Every handler runs behind :func:`guarded`: an exception is logged and the
client gets an empty answer, never an error it would show as a crash.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from lsprotocol import types

from tjlint.lsp import protocol
from tjlint.lsp.actions import FIX_ALL, QUICKFIX, actions_for
from tjlint.lsp.completion import suggestions
from tjlint.lsp.documents import Document
from tjlint.lsp.hover import hover_text

if TYPE_CHECKING:
    from tjlint.lsp.server import TjlintServer

log = logging.getLogger("tjlint.lsp")
F = TypeVar("F", bound=Callable[..., Any])


def guarded(handler: F) -> F:
    """``handler``, with any exception logged and answered with None."""
    if asyncio.iscoroutinefunction(handler):
        @functools.wraps(handler)
        async def run_async(*args: Any) -> Any:
            try:
                return await handler(*args)
            except Exception:
                log.exception("tjlint language server: %s failed", handler.__name__)
                return None
        return run_async  # type: ignore[return-value]

    @functools.wraps(handler)
    def run(*args: Any) -> Any:
        try:
            return handler(*args)
        except Exception:
            log.exception("tjlint language server: %s failed", handler.__name__)
            return None
    return run  # type: ignore[return-value]


def initialized(ls: TjlintServer, params: types.InitializedParams) -> None:
    protocol.watch(ls, [])


def shutdown(ls: TjlintServer, params: None) -> None:
    ls.exit_status = 0


def exit_(ls: TjlintServer, params: None) -> None:
    if ls.exit_status is None:
        ls.exit_status = 1  # "exit" without "shutdown" first: the protocol asks for status 1


def did_open(ls: TjlintServer, params: types.DidOpenTextDocumentParams) -> None:
    opened = params.text_document
    ls.documents[opened.uri] = Document(opened.uri, opened.language_id, ls.workspace.root_path or os.getcwd())
    ls.changed(opened.uri, 0)


def did_change(ls: TjlintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.changed(params.text_document.uri)


def did_close(ls: TjlintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.scheduler.close(uri)
    if ls.documents.pop(uri, None) is not None:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))


def watched_files(ls: TjlintServer, params: types.DidChangeWatchedFilesParams) -> None:
    ls.relint_all()


async def code_actions(ls: TjlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    uri = params.text_document.uri
    document = ls.documents.get(uri)
    analysis = await ls.scheduler.current(uri) if document and document.body else None
    if analysis is None:
        return None
    start = analysis.index.offset(params.range.start.line, params.range.start.character, ls.encoding)
    end = analysis.index.offset(params.range.end.line, params.range.end.character, ls.encoding)
    inside = []
    for d in analysis.diagnostics:
        first, last = analysis.span(d.line, d.column, d.end_line, d.end_column)
        if first <= end and start <= last:
            inside.append(d)
    found = await ls.in_request_thread(actions_for, analysis, inside, params.context.only)
    return [protocol.code_action(ls, analysis, uri, a) for a in found]


async def hover(ls: TjlintServer, params: types.HoverParams) -> types.Hover | None:
    current = protocol.current(ls, params.text_document.uri, params.position)
    if current is None:
        return None
    document, analysis, offset = current
    text = await ls.in_request_thread(hover_text, analysis, document.fmt(analysis), offset)
    formats = protocol.capability(ls, "text_document", "hover", "content_format")
    return types.Hover(protocol.markup(ls, formats, text)) if text else None


async def completion(ls: TjlintServer, params: types.CompletionParams) -> types.CompletionList | None:
    current = protocol.current(ls, params.text_document.uri, params.position)
    if current is None:
        return None
    document, analysis, offset = current
    found = await ls.in_request_thread(suggestions, analysis.text, document.fmt(analysis), offset,
                                       document.path, analysis.setup)
    return types.CompletionList(False, [protocol.completion_item(ls, analysis, s) for s in found])


HANDLERS: tuple[tuple[str, Any, Callable[..., Any]], ...] = (
    (types.INITIALIZED, None, initialized),
    (types.SHUTDOWN, None, shutdown),
    (types.EXIT, None, exit_),
    (types.TEXT_DOCUMENT_DID_OPEN, None, did_open),
    (types.TEXT_DOCUMENT_DID_CHANGE, None, did_change),
    (types.TEXT_DOCUMENT_DID_CLOSE, None, did_close),
    (types.WORKSPACE_DID_CHANGE_WATCHED_FILES, None, watched_files),
    (types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[QUICKFIX, FIX_ALL]), code_actions),
    (types.TEXT_DOCUMENT_HOVER, None, hover),
    (types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=[":", '"']), completion),
)


def register(server: TjlintServer) -> None:
    """Register every handler on ``server``, each behind :func:`guarded`."""
    for method, options, handler in HANDLERS:
        server.feature(method, options)(guarded(handler))

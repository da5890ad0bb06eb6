"""The protocol's messages, one handler each, and tjlint's answers put into the protocol's types."""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from lsprotocol import types

from tjlint.lsp.actions import FIX_ALL, QUICKFIX, Action, actions_for
from tjlint.lsp.analysis import Analysis
from tjlint.lsp.completion import Suggestion, suggestions
from tjlint.lsp.diagnostics import lsp_range, publishable, to_lsp
from tjlint.lsp.documents import Snapshot
from tjlint.lsp.hover import hover_text

if TYPE_CHECKING:
    from tjlint.lsp.server import Document, TjlintServer

log = logging.getLogger("tjlint.lsp")
_SETTINGS_GLOBS = ("**/.tjlint.yaml", "**/.tjlint.yml", "**/pyproject.toml")


def _capability(server: TjlintServer, *names: str) -> Any:
    node: Any = server.client_capabilities
    for name in names:
        node = getattr(node, name, None)
        if node is None:
            return None
    return node


def _markup(server: TjlintServer, formats: Any, markdown: str) -> types.MarkupContent:
    """Markdown when the client reads it, else the same text without markup."""
    if formats is None or types.MarkupKind.Markdown in formats:
        return types.MarkupContent(types.MarkupKind.Markdown, markdown)
    return types.MarkupContent(types.MarkupKind.PlainText, markdown.replace("**", "").replace("`", ""))


def publish(server: TjlintServer, snapshot: Snapshot, analysis: Analysis) -> None:
    """Send a document's diagnostics; say once when its settings or catalogue cannot be used."""
    diagnostics = publishable(analysis, snapshot.uri, server.encoding)
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(snapshot.uri, diagnostics, snapshot.version))
    problem = analysis.setup.problem
    if problem is not None and problem not in server.shown_problems:
        server.shown_problems.add(problem)
        server.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"tjlint: {problem}"))
    _watch(server, [os.path.basename(p) for p in analysis.setup.config.catalog])


def _watch(server: TjlintServer, names: list[str]) -> None:
    """Ask the client to report changes to settings files and catalogues (if it can)."""
    if not _capability(server, "workspace", "did_change_watched_files", "dynamic_registration"):
        return
    globs = [g for g in (*_SETTINGS_GLOBS, *(f"**/{n}" for n in names)) if g not in server.watched]
    if not globs:
        return
    server.watched.update(globs)
    options = types.DidChangeWatchedFilesRegistrationOptions([types.FileSystemWatcher(g) for g in globs])
    registration = types.Registration(f"tjlint-watch-{len(server.watched)}",
                                      types.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)
    server.client_register_capability(types.RegistrationParams([registration]))


def _edit(server: TjlintServer, analysis: Analysis, uri: str, action: Action) -> types.WorkspaceEdit:
    edits = [types.TextEdit(lsp_range(analysis, c.start, c.end, server.encoding), c.text) for c in action.changes]
    if _capability(server, "workspace", "workspace_edit", "document_changes"):
        target = types.OptionalVersionedTextDocumentIdentifier(uri, analysis.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(target, list(edits))])
    return types.WorkspaceEdit(changes={uri: list(edits)})


def code_action(server: TjlintServer, analysis: Analysis, uri: str, action: Action) -> types.CodeAction:
    """One action in the protocol's terms."""
    from tjlint.rules import ALL_RULES

    documented = frozenset(r.code for r in ALL_RULES)
    found = [to_lsp(analysis, action.diagnostic, uri, server.encoding, documented)] if action.diagnostic else None
    return types.CodeAction(action.title, kind=action.kind, diagnostics=found,
                            is_preferred=action.preferred or None, edit=_edit(server, analysis, uri, action))


def completion_item(server: TjlintServer, analysis: Analysis, suggestion: Suggestion) -> types.CompletionItem:
    formats = _capability(server, "text_document", "completion", "completion_item", "documentation_format")
    where = lsp_range(analysis, suggestion.start, suggestion.end, server.encoding)
    return types.CompletionItem(
        suggestion.label,
        kind=types.CompletionItemKind.Property if suggestion.is_field else types.CompletionItemKind.Value,
        detail=suggestion.detail or None,
        documentation=_markup(server, formats, suggestion.documentation) if suggestion.documentation else None,
        filter_text=suggestion.insert.strip() or None,
        text_edit=types.TextEdit(where, suggestion.insert),
    )


def _current(server: TjlintServer, uri: str, position: types.Position) -> tuple[Document, Analysis, int] | None:
    """An open body, the newest analysis of its text (or its bare text, when not yet linted), and
    the offset of the position asked about."""
    document = server.documents.get(uri)
    if document is None or not document.body:
        return None
    text = server.workspace.get_text_document(document.uri).source
    analysis = server.scheduler.fresh(document.uri)
    if analysis is None or analysis.text != text:
        analysis = Analysis(text, document.path, server.setup_for(document))
    return document, analysis, analysis.index.offset(position.line, position.character, server.encoding)


F = TypeVar("F", bound=Callable[..., Any])


def guarded(default: Any = None) -> Callable[[F], F]:
    """Catch and log any exception of a handler and answer ``default``: the client never sees a crash."""
    def decorate(handler: F) -> F:
        if asyncio.iscoroutinefunction(handler):
            @functools.wraps(handler)
            async def run_async(*args: Any) -> Any:
                try:
                    return await handler(*args)
                except Exception:
                    log.exception("tjlint language server: %s failed", handler.__name__)
                    return default
            return run_async  # type: ignore[return-value]

        @functools.wraps(handler)
        def run(*args: Any) -> Any:
            try:
                return handler(*args)
            except Exception:
                log.exception("tjlint language server: %s failed", handler.__name__)
                return default
        return run  # type: ignore[return-value]
    return decorate


def register(server: TjlintServer) -> None:
    """Register every handler on ``server``, each behind :func:`guarded`."""
    from tjlint.lsp.server import Document

    @server.feature(types.INITIALIZED)
    @guarded()
    def initialized(params: types.InitializedParams) -> None:
        _watch(server, [])

    @server.feature(types.SHUTDOWN)
    @guarded()
    def shutdown(params: None) -> None:
        server.exit_status = 0

    @server.feature(types.EXIT)
    @guarded()
    def exit_(params: None) -> None:
        if server.exit_status is None:
            server.exit_status = 1  # "exit" without "shutdown" first: the protocol asks for status 1

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded()
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        opened = params.text_document
        root = server.workspace.root_path or os.getcwd()
        server.documents[opened.uri] = Document(opened.uri, opened.language_id, root)
        server.changed(opened.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded()
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        server.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        server.scheduler.close(uri)
        if server.documents.pop(uri, None) is not None:
            server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded()
    def watched_files(params: types.DidChangeWatchedFilesParams) -> None:
        server.relint_all()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[QUICKFIX, FIX_ALL]))
    @guarded()
    async def code_actions(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        document = server.documents.get(uri)
        analysis = await server.scheduler.current(uri) if document and document.body else None
        if analysis is None:
            return None
        start = analysis.index.offset(params.range.start.line, params.range.start.character, server.encoding)
        end = analysis.index.offset(params.range.end.line, params.range.end.character, server.encoding)
        inside = [d for d in analysis.diagnostics
                  if _overlaps(analysis.span(d.line, d.column, d.end_line, d.end_column), (start, end))]
        found = await server.in_request_thread(actions_for, analysis, inside, params.context.only)
        return [code_action(server, analysis, uri, a) for a in found]

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    async def hover(params: types.HoverParams) -> types.Hover | None:
        current = _current(server, params.text_document.uri, params.position)
        if current is None:
            return None
        document, analysis, offset = current
        text = await server.in_request_thread(hover_text, analysis, document.fmt(analysis), offset)
        formats = _capability(server, "text_document", "hover", "content_format")
        return types.Hover(_markup(server, formats, text)) if text else None

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=[":", '"']))
    @guarded()
    async def completion(params: types.CompletionParams) -> types.CompletionList | None:
        current = _current(server, params.text_document.uri, params.position)
        if current is None:
            return None
        document, analysis, offset = current
        found = await server.in_request_thread(suggestions, analysis.text, document.fmt(analysis), offset,
                                               document.path, analysis.setup)
        return types.CompletionList(False, [completion_item(server, analysis, s) for s in found])


def _overlaps(span: tuple[int, int], wanted: tuple[int, int]) -> bool:
    return span[0] <= wanted[1] and wanted[0] <= span[1]


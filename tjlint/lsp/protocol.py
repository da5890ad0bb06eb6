"""tjlint's answers put into the protocol's types: diagnostics, edits, actions, completions, markup."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from tjlint.lsp.actions import Action
from tjlint.lsp.analysis import Analysis
from tjlint.lsp.completion import Suggestion
from tjlint.lsp.diagnostics import lsp_range, publishable, to_lsp
from tjlint.lsp.documents import Document, Snapshot
from tjlint.rules import BUILTIN

if TYPE_CHECKING:
    from tjlint.lsp.server import TjlintServer

_SETTINGS_GLOBS = ("**/.tjlint.yaml", "**/.tjlint.yml", "**/pyproject.toml")


def capability(server: TjlintServer, *names: str) -> Any:
    node: Any = server.client_capabilities
    for name in names:
        node = getattr(node, name, None)
        if node is None:
            return None
    return node


def markup(server: TjlintServer, formats: Any, markdown: str) -> types.MarkupContent:
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
    watch(server, [os.path.basename(p) for p in analysis.setup.settings.catalog])


def watch(server: TjlintServer, names: list[str]) -> None:
    """Ask the client to report changes to settings files and catalogues (if it can)."""
    if not capability(server, "workspace", "did_change_watched_files", "dynamic_registration"):
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
    if capability(server, "workspace", "workspace_edit", "document_changes"):
        target = types.OptionalVersionedTextDocumentIdentifier(uri, analysis.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(target, list(edits))])
    return types.WorkspaceEdit(changes={uri: list(edits)})


def code_action(server: TjlintServer, analysis: Analysis, uri: str, action: Action) -> types.CodeAction:
    """One action in the protocol's terms."""
    documented = BUILTIN.codes
    found = [to_lsp(analysis, action.diagnostic, uri, server.encoding, documented)] if action.diagnostic else None
    return types.CodeAction(action.title, kind=action.kind, diagnostics=found,
                            is_preferred=action.preferred or None, edit=_edit(server, analysis, uri, action))


def completion_item(server: TjlintServer, analysis: Analysis, suggestion: Suggestion) -> types.CompletionItem:
    formats = capability(server, "text_document", "completion", "completion_item", "documentation_format")
    where = lsp_range(analysis, suggestion.start, suggestion.end, server.encoding)
    return types.CompletionItem(
        suggestion.label,
        kind=types.CompletionItemKind.Property if suggestion.is_field else types.CompletionItemKind.Value,
        detail=suggestion.detail or None,
        documentation=markup(server, formats, suggestion.documentation) if suggestion.documentation else None,
        filter_text=suggestion.insert.strip() or None,
        text_edit=types.TextEdit(where, suggestion.insert),
    )


def current(server: TjlintServer, uri: str, position: types.Position) -> tuple[Document, Analysis, int] | None:
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

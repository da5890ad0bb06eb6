"""A test client that drives the real ``tjlint lsp`` process over stdio, and what tests share."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "tjlint", "lsp"]
#: A safety net against a hang, never a timing assertion.
WAIT = 30.0


class Client(LanguageClient):
    """Records every diagnostics notification (with its version) and every registration."""

    published: list[types.PublishDiagnosticsParams]
    registrations: list[types.Registration]


def make_client() -> Client:
    client = Client(converter_factory=default_converter)
    client.published = []
    client.registrations = []

    def on_publish(params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)

    def on_register(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    register_lsp_features(client, {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: on_publish,
        types.CLIENT_REGISTER_CAPABILITY: on_register,
    })
    return client


def capabilities(encodings: list[str] | None = None) -> types.ClientCapabilities:
    """What an editor like VS Code declares, with the given position encodings offered."""
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings),
        workspace=types.WorkspaceClientCapabilities(
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
        ),
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                related_information=True, version_support=True, code_description_support=True),
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            completion=types.CompletionClientCapabilities(
                completion_item=types.ClientCompletionItemOptions(
                    documentation_format=[types.MarkupKind.Markdown])),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    types.ClientCodeActionKindOptions(["quickfix", "source.fixAll"]))),
        ),
    )


async def start(root: Path, encodings: list[str] | None = None) -> tuple[Client, types.InitializeResult]:
    """A client connected to a fresh server process, initialized with ``root`` as workspace."""
    client = make_client()
    await client.start_io(*SERVER, cwd=str(root))
    result = await client.initialize_session(types.InitializeParams(
        capabilities=capabilities(encodings), root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(root.as_uri(), "root")]))
    return client, result


def open_document(client: Client, path: Path, text: str, version: int = 1) -> str:
    """Open ``path`` with ``text`` (language from the extension); its URI."""
    language = "json" if path.suffix == ".json" else "yaml"
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri, language, version, text)))
    return uri


def replace_all(client: Client, uri: str, text: str, version: int) -> None:
    """Send a whole new text (a change without a range)."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version=version, uri=uri),
        [types.TextDocumentContentChangeWholeDocument(text)]))


async def diagnostics_for(client: Client, uri: str, version: int | None) -> list[types.Diagnostic]:
    """The diagnostics published for ``version`` of ``uri`` (waits for them)."""
    async def arrived() -> list[types.Diagnostic]:
        while True:
            for params in client.published:
                if params.uri == uri and params.version == version:
                    return list(params.diagnostics)
            await asyncio.sleep(0.01)

    return await asyncio.wait_for(arrived(), WAIT)


def summary(diagnostics: list[types.Diagnostic]) -> list[tuple[Any, int, int, int, int]]:
    """``(code, start line, start character, end line, end character)`` of each, sorted."""
    return sorted((d.code, d.range.start.line, d.range.start.character, d.range.end.line,
                   d.range.end.character) for d in diagnostics)


def _offset(text: str, position: types.Position, encoding: str) -> int:
    """A client's own reading of a position (written apart from the server's code on purpose)."""
    lines = re.split(r"(?<=\r\n)|(?<=\r)(?!\n)|(?<=\n)", text)
    start = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    line = line.rstrip("\r\n")
    codec = {"utf-8": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}[encoding]
    width = {"utf-8": 1, "utf-16": 2, "utf-32": 4}[encoding]
    encoded = line.encode(codec, "surrogatepass")[: position.character * width]
    return start + len(encoded.decode(codec, "surrogatepass"))


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    """``text`` with the edits applied, as an editor would."""
    spans = [(_offset(text, e.range.start, encoding), _offset(text, e.range.end, encoding), e.new_text)
             for e in edits]
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def edits_of(action: types.CodeAction | types.Command, uri: str) -> list[types.TextEdit]:
    """The text edits a code action makes to ``uri``."""
    assert isinstance(action, types.CodeAction) and action.edit is not None
    if action.edit.document_changes:
        return [e for change in action.edit.document_changes if isinstance(change, types.TextDocumentEdit)
                and change.text_document.uri == uri for e in change.edits]  # type: ignore[misc]
    return list((action.edit.changes or {}).get(uri, []))

"""``tjlint lsp`` end to end: the real server process over stdio, driven by a test client.

Ranges are 0-based (line, character) in UTF-16 units unless a test negotiates
another encoding; every expected range is counted by hand from the text.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from lsp_helpers import (
    Client,
    apply_edits,
    diagnostics_for,
    edits_of,
    open_document,
    replace_all,
    start,
    summary,
)
from lsprotocol import types

pytestmark = pytest.mark.asyncio(loop_scope="module")

CLEAN = (
    "config_name: clean-job\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\napp_url: /my-bucket/app/\n"
    "boot_file_url: /my-bucket/app/train.py\ndata_url: /my-bucket/data/\ntrain_url: /my-bucket/output/\n"
    'parameter:\n  - label: learning_rate\n    value: "0.01"\n'
)
# a clean body whose data_url starts with "@" (line 6, character 10): no YAML value starts so
BROKEN = CLEAN.replace("data_url: /", "data_url: @/")
FIXABLE = (
    "config_name: fixable\n"                 # 0
    "worker_server_num: 1\n"                 # 1
    "spec_id: 1\n"                           # 2
    "engine_id: 1\n"                         # 3
    "app_url: /my-bucket/app/\n"             # 4
    "boot_file_url: /my-bucket/app/train.py\n"  # 5
    "data_url: obs://my-bucket/data/\n"      # 6: TJ401, the value is characters 10-31
    "train_url: /my-bucket/output\n"         # 7: TJ402, characters 11-28
    "parameter:\n"                           # 8
    "  - label: learning_rate\n"             # 9
    "    value: 0.010\n"                     # 10: TJ103, characters 11-16
)
FIXABLE_FINDINGS = [("TJ103", 10, 11, 10, 16), ("TJ401", 6, 10, 6, 31), ("TJ402", 7, 11, 7, 28)]


@dataclass
class Session:
    client: Client
    root: Path


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def session(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Session]:
    root = tmp_path_factory.mktemp("workspace")
    client, _ = await start(root)
    yield Session(client, root)
    await client.shutdown_session()
    await client.stop()


def uri_of(session: Session, name: str) -> str:
    return (session.root / name).as_uri()


async def opened(session: Session, name: str, text: str) -> tuple[str, list[types.Diagnostic]]:
    """Open a document (also written to disk, as an editor's file would be) and wait for its diagnostics."""
    path = session.root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    uri = open_document(session.client, path, text)
    return uri, await diagnostics_for(session.client, uri, 1)


async def actions(session: Session, uri: str, line: int, character: int,
                  only: list[str] | None = None) -> list[types.CodeAction]:
    here = types.Position(line, character)
    found = await session.client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), types.Range(here, here), types.CodeActionContext([], only=only)))
    return [a for a in found or [] if isinstance(a, types.CodeAction)]


async def test_a_broken_body_gets_its_syntax_error_and_a_clean_one_nothing(session: Session) -> None:
    _, found = await opened(session, "training-job-broken.yaml", BROKEN)
    assert summary(found) == [("TJ002", 6, 10, 6, 10)]
    (syntax,) = found
    assert (syntax.source, syntax.severity) == ("tjlint", types.DiagnosticSeverity.Error)
    assert syntax.code_description is not None
    assert syntax.code_description.href == (
        "https://github.com/tjlint/tjlint/blob/main/docs/rules.md#tj002-syntax-error")
    _, found = await opened(session, "training-jobs/clean.yaml", CLEAN)
    assert found == []


async def test_exact_ranges_and_severities(session: Session) -> None:
    _, found = await opened(session, "training-job-fixable.yaml", FIXABLE)
    assert summary(found) == FIXABLE_FINDINGS
    severity = {d.code: d.severity for d in found}
    assert severity == {"TJ103": types.DiagnosticSeverity.Error, "TJ401": types.DiagnosticSeverity.Error,
                        "TJ402": types.DiagnosticSeverity.Warning}


async def test_a_document_that_is_not_a_body_gets_nothing(session: Session) -> None:
    notes = session.root / "notes.yaml"
    notes.write_text("name: notes\nitems: [1, 2]\n", encoding="utf-8")
    notes_uri = open_document(session.client, notes, notes.read_text(encoding="utf-8"))
    # named like nothing, but its content is a body: linted
    uri, found = await opened(session, "by-content.yaml", FIXABLE)
    assert summary(found) == FIXABLE_FINDINGS
    assert all(p.uri != notes_uri for p in session.client.published)
    hover = await session.client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(notes_uri), types.Position(0, 1)))
    assert hover is None
    assert uri != notes_uri


async def test_edits_and_the_newest_text_wins(session: Session) -> None:
    uri, found = await opened(session, "training-job-edited.yaml", BROKEN)
    assert [d.code for d in found] == ["TJ002"]
    # an incremental change: replace "@" (line 6, character 10) with nothing
    session.client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version=2, uri=uri),
        [types.TextDocumentContentChangePartial(types.Range(types.Position(6, 10), types.Position(6, 11)), "")]))
    assert summary(await diagnostics_for(session.client, uri, 2)) == []
    # three quick changes: only the last one's findings may be the last published
    replace_all(session.client, uri, BROKEN, 3)
    replace_all(session.client, uri, FIXABLE, 4)
    replace_all(session.client, uri, CLEAN.replace("/my-bucket/output/", "obs://my-bucket/out/"), 5)
    assert summary(await diagnostics_for(session.client, uri, 5)) == [("TJ401", 7, 11, 7, 31)]
    versions = [p.version for p in session.client.published if p.uri == uri]
    assert versions == sorted(versions) and versions[-1] == 5


async def test_a_quick_fix_makes_its_finding_go(session: Session) -> None:
    uri, _ = await opened(session, "training-job-quickfix.yaml", FIXABLE)
    found = await actions(session, uri, 6, 12)
    fix = next(a for a in found if a.kind == "quickfix" and a.title.startswith("Fix TJ401"))
    assert fix.diagnostics is not None and [d.code for d in fix.diagnostics] == ["TJ401"]
    text = apply_edits(FIXABLE, edits_of(fix, uri))
    assert text == FIXABLE.replace("obs://my-bucket/data/", "/my-bucket/data/")
    replace_all(session.client, uri, text, 2)
    assert summary(await diagnostics_for(session.client, uri, 2)) == [f for f in FIXABLE_FINDINGS if f[0] != "TJ401"]


async def test_fix_all_gives_what_tjlint_fix_writes(session: Session) -> None:
    uri, _ = await opened(session, "training-job-fixall.yaml", FIXABLE)
    (fix_all,) = await actions(session, uri, 0, 0, only=["source.fixAll"])
    assert fix_all.kind == "source.fixAll.tjlint"
    fixed = apply_edits(FIXABLE, edits_of(fix_all, uri))
    on_disk = session.root / "cli-copy.yaml"
    on_disk.write_text(FIXABLE, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "tjlint", "--fix", "--quiet", str(on_disk)], capture_output=True,
                   cwd=session.root, check=False)
    assert fixed == on_disk.read_text(encoding="utf-8")
    assert "data_url: /my-bucket/data/\ntrain_url: /my-bucket/output/\n" in fixed
    assert '    value: "0.010"\n' in fixed


async def test_disable_for_this_line_writes_a_comment_that_tjlint_honours(session: Session) -> None:
    uri, _ = await opened(session, "training-job-disable.yaml", FIXABLE)
    found = await actions(session, uri, 7, 12, only=["quickfix"])
    disable = next(a for a in found if a.title == "Disable TJ402 for this line")
    text = apply_edits(FIXABLE, edits_of(disable, uri))
    assert text.splitlines()[7] == "train_url: /my-bucket/output  # tjlint: disable=TJ402"
    replace_all(session.client, uri, text, 2)
    assert summary(await diagnostics_for(session.client, uri, 2)) == [f for f in FIXABLE_FINDINGS if f[0] != "TJ402"]
    # JSON has no comments: no such action there
    json_uri, _ = await opened(session, "training-job-disable.json", '{"config_name": "x", "data_url": "/b-1/d"}')
    assert not [a for a in await actions(session, json_uri, 0, 34) if a.title.startswith("Disable")]


SPECS = {"specs": [
    {"spec_id": 1, "spec_code": "modelarts.vm.cpu.2u", "max_num": 2},
    {"spec_id": 7, "spec_code": "modelarts.vm.gpu.v100", "max_num": 4, "gpu_num": 1},
]}
ENGINES = {"engines": [
    {"engine_id": 1, "engine_name": "TensorFlow", "engine_version": "TF-1.8.0-python3.6"},
    {"engine_id": 501, "engine_name": "MXNet", "engine_version": "MXNet-1.2.1-python2.7"},
]}
TYPING = (
    "config_name: typing\n"       # 0
    "worker_server_num: 1\n"      # 1
    "spec_id:\n"                  # 2: a value after the colon, character 8
    "engine_id: 5\n"              # 3: "5" is characters 11-12
    "parameter:\n"                # 4
    "  - label: lr\n"             # 5
    "    va\n"                    # 6: a key being typed in a parameter item, characters 4-6
    "data_source:\n"              # 7
    "  - type:\n"                 # 8: a value after the colon, character 9
    "co\n"                        # 9: a top-level key being typed, characters 0-2
)


def catalogued(root: Path) -> Path:
    """A folder whose settings file names a specs and an engines catalogue."""
    import json

    folder = root / "catalogued"
    folder.mkdir(exist_ok=True)
    (folder / "specs.json").write_text(json.dumps(SPECS), encoding="utf-8")
    (folder / "engines.json").write_text(json.dumps(ENGINES), encoding="utf-8")
    (folder / ".tjlint.yaml").write_text("catalog:\n  - specs.json\n  - engines.json\n", encoding="utf-8")
    return folder


async def complete(session: Session, uri: str, line: int, character: int) -> list[types.CompletionItem]:
    found = await session.client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(uri), types.Position(line, character)))
    assert isinstance(found, types.CompletionList)
    return list(found.items)


def edit_of(item: types.CompletionItem) -> tuple[str, tuple[int, int, int, int]]:
    edit = item.text_edit
    assert isinstance(edit, types.TextEdit)
    r = edit.range
    return edit.new_text, (r.start.line, r.start.character, r.end.line, r.end.character)


async def test_completion_in_a_document_that_does_not_parse(session: Session) -> None:
    catalogued(session.root)
    uri, found = await opened(session, "catalogued/training-job-typing.yaml", TYPING)
    assert "TJ002" in {d.code for d in found}
    specs = {i.label: i for i in await complete(session, uri, 2, 8)}
    assert set(specs) == {"1", "7"}
    assert specs["7"].detail == "modelarts.vm.gpu.v100"
    assert edit_of(specs["7"]) == (" 7", (2, 8, 2, 8))
    engines = {i.label: i for i in await complete(session, uri, 3, 12)}
    assert set(engines) == {"1", "501"}
    assert engines["501"].detail == "MXNet MXNet-1.2.1-python2.7"
    assert edit_of(engines["501"]) == ("501", (3, 11, 3, 12))
    item_keys = {i.label for i in await complete(session, uri, 6, 6)}
    assert "value" in item_keys and "label" not in item_keys
    types_ = {i.label: i for i in await complete(session, uri, 8, 9)}
    assert set(types_) == {"obs", "dataset"}
    assert edit_of(types_["obs"]) == (" obs", (8, 9, 8, 9))
    top = {i.label: i for i in await complete(session, uri, 9, 2)}
    assert not {"config_name", "worker_server_num", "spec_id", "engine_id", "parameter", "data_source"} & set(top)
    assert edit_of(top["config_desc"]) == ("config_desc: ", (9, 0, 9, 2))
    documentation = top["config_desc"].documentation
    assert isinstance(documentation, types.MarkupContent)
    assert documentation.value == _schema_field("config_desc")["description"]


async def test_completion_of_json_values_and_keys(session: Session) -> None:
    text = '{"config_name": "x", "data_source": [{"type": ""}],\n "spec_"}'
    uri, _ = await opened(session, "training-job-typing.json", text)
    values = {i.label: i for i in await complete(session, uri, 0, 47)}
    assert set(values) == {"obs", "dataset"}
    assert edit_of(values["dataset"]) == ('"dataset"', (0, 46, 0, 48))
    keys = {i.label: i for i in await complete(session, uri, 1, 7)}
    assert "config_name" not in keys and "data_source" not in keys
    assert edit_of(keys["spec_id"]) == ('"spec_id": ', (1, 1, 1, 8))


def _schema_field(name: str) -> dict[str, object]:
    """A field of the configuration schema, its ``$ref`` followed (read from the file itself)."""
    from tjlint.schemafiles import load_schema

    schema = load_schema("training-job-config")
    own, shared = schema["properties"], schema["$defs"]["configFields"]["properties"]
    field = own[name] if name in own else shared[name]
    while "$ref" in field:
        field = schema["$defs"][field["$ref"].rsplit("/", 1)[1]]
    return field  # type: ignore[no-any-return]


async def hover(session: Session, uri: str, line: int, character: int) -> str | None:
    found = await session.client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(line, character)))
    if found is None:
        return None
    assert isinstance(found.contents, types.MarkupContent)
    return found.contents.value


async def test_hover_on_a_key_and_on_a_finding(session: Session) -> None:
    from tjlint.rules import ALL_RULES

    uri, _ = await opened(session, "training-job-hover.yaml", FIXABLE)
    on_key = await hover(session, uri, 6, 2)
    assert on_key is not None
    assert str(_schema_field("data_url")["description"]) in on_key
    assert "Type: `string`" in on_key
    assert "TJ401" not in on_key
    on_finding = await hover(session, uri, 6, 12)
    assert on_finding is not None
    tj401 = next(r for r in ALL_RULES if r.code == "TJ401")
    assert tj401.explanation in on_finding
    assert "(https://github.com/tjlint/tjlint/blob/main/docs/rules.md#tj401-bad-obs-path)" in on_finding
    on_item = await hover(session, uri, 10, 5)
    assert on_item is not None and "**Parameter value** (`value`)" in on_item


async def test_hover_in_a_document_that_does_not_parse(session: Session) -> None:
    uri, found = await opened(session, "training-job-hover-broken.yaml", TYPING)
    assert "TJ002" in {d.code for d in found}
    on_label = await hover(session, uri, 5, 5)
    assert on_label is not None and "**Parameter name** (`label`)" in on_label
    assert await hover(session, uri, 9, 1) is None  # "co" is no field


async def test_related_fields_point_at_their_keys(session: Session) -> None:
    catalogued(session.root)
    text = CLEAN.replace("worker_server_num: 1", "worker_server_num: 9")
    _, found = await opened(session, "catalogued/training-job-workers.yaml", text)
    (workers,) = [d for d in found if d.code == "TJ602"]
    assert summary([workers]) == [("TJ602", 1, 19, 1, 20)]
    assert workers.related_information is not None
    assert [(r.location.range.start.line, r.location.range.start.character, r.message)
            for r in workers.related_information] == [(2, 0, "related field /spec_id")]


async def next_diagnostics(session: Session, uri: str, seen: int) -> list[types.Diagnostic]:
    """The first diagnostics for ``uri`` published after the first ``seen`` notifications."""
    import asyncio

    async def arrived() -> list[types.Diagnostic]:
        while True:
            for params in session.client.published[seen:]:
                if params.uri == uri:
                    return list(params.diagnostics)
            await asyncio.sleep(0.01)

    return await asyncio.wait_for(arrived(), 30.0)


async def test_a_changed_settings_file_is_read_again(session: Session) -> None:
    folder = session.root / "watched"
    folder.mkdir()
    settings = folder / ".tjlint.yaml"
    settings.write_text("ignore: [TJ402]\n", encoding="utf-8")
    uri, found = await opened(session, "watched/training-job.yaml", FIXABLE)
    assert {d.code for d in found} == {"TJ103", "TJ401"}
    watched = [w["globPattern"] for r in session.client.registrations
               if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
               for w in r.register_options["watchers"]]  # type: ignore[index]
    assert {"**/.tjlint.yaml", "**/.tjlint.yml", "**/pyproject.toml"} <= set(watched)
    # the editor reports the change: every open body is linted again
    settings.write_text("ignore: [TJ103]\n", encoding="utf-8")
    seen = len(session.client.published)
    session.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(settings.as_uri(), types.FileChangeType.Changed)]))
    assert {d.code for d in await next_diagnostics(session, uri, seen)} == {"TJ401", "TJ402"}
    # no report: the next lint still notices the file changed on disk
    settings.write_text("ignore: [TJ401, TJ103]\n", encoding="utf-8")
    replace_all(session.client, uri, FIXABLE, 2)
    assert {d.code for d in await diagnostics_for(session.client, uri, 2)} == {"TJ402"}
    settings.unlink()
    replace_all(session.client, uri, FIXABLE, 3)
    assert {d.code for d in await diagnostics_for(session.client, uri, 3)} == {"TJ103", "TJ401", "TJ402"}


async def test_a_bad_settings_file_is_one_clear_diagnostic(session: Session) -> None:
    folder = session.root / "bad"
    folder.mkdir()
    (folder / ".tjlint.yaml").write_text("selekt: [TJ1]\n", encoding="utf-8")
    _, found = await opened(session, "bad/training-job.yaml", FIXABLE)
    (problem,) = found
    assert problem.message.startswith("tjlint cannot lint this file: ")
    assert "selekt" in problem.message and "did you mean 'select'" in problem.message
    assert summary(found) == [(None, 0, 0, 0, 0)]
    assert any("selekt" in m.message for m in session.client.messages)


async def test_closing_a_document_clears_its_diagnostics(session: Session) -> None:
    uri, found = await opened(session, "training-job-closed.yaml", FIXABLE)
    assert found
    seen = len(session.client.published)
    session.client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    assert await next_diagnostics(session, uri, seen) == []
    assert await hover(session, uri, 6, 2) is None


async def test_odd_requests_get_empty_answers(session: Session) -> None:
    unknown = uri_of(session, "never-opened.yaml")
    assert await hover(session, unknown, 0, 0) is None
    assert await actions(session, unknown, 0, 0) == []
    found = await session.client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(unknown), types.Position(0, 0)))
    assert found is None
    uri, _ = await opened(session, "training-job-odd.yaml", FIXABLE)
    assert await hover(session, uri, 500, 3) is None  # past the end of the text
    # a position past the end means the end of the text
    at_end = [i.label for i in await complete(session, uri, 11, 0)]
    assert [i.label for i in await complete(session, uri, 500, 3)] == at_end
    # an unsaved document, named by the editor, whose content is a body
    untitled = "untitled:Untitled-1"
    session.client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(untitled, "yaml", 1, FIXABLE)))
    assert summary(await diagnostics_for(session.client, untitled, 1)) == FIXABLE_FINDINGS

"""Position encodings end to end: negotiated at ``initialize``, used both ways.

The body's first line holds two emoji (U+1F600: one character, two UTF-16
units, four UTF-8 bytes) before the ``data_url`` finding. Counted by hand:
``{"config_name": "emoji", "config_desc": "😀😀 run", "data_url": `` is 62
characters, so the value starts at character 62 and its 23 characters end at
85; in UTF-16 both move by 2 (to 64 and 87), in UTF-8 by 6 (to 68 and 91).
The key ``"data_url"`` starts at character 50 (52 in UTF-16, 56 in UTF-8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lsp_helpers import apply_edits, diagnostics_for, edits_of, open_document, start, summary
from lsprotocol import types

EMOJI = "\U0001F600"
TEXT = (
    f'{{"config_name": "emoji", "config_desc": "{EMOJI}{EMOJI} run", "data_url": "obs://my-bucket/data/",\n'
    ' "worker_server_num": 1, "spec_id": 1, "engine_id": 1, "app_url": "/my-bucket/app/",'
    ' "boot_file_url": "/my-bucket/app/train.py"}\n'
)
SHIFT = {"utf-8": 6, "utf-16": 2, "utf-32": 0}


@pytest.mark.asyncio
@pytest.mark.parametrize(("offered", "chosen"), [
    (None, "utf-16"),
    (["utf-16"], "utf-16"),
    (["utf-8", "utf-16"], "utf-8"),
    (["utf-32", "utf-8", "utf-16"], "utf-32"),
])
async def test_positions_in_the_negotiated_encoding(tmp_path: Path, offered: list[str] | None, chosen: str) -> None:
    client, result = await start(tmp_path, offered)
    try:
        assert result.capabilities.position_encoding == chosen
        path = tmp_path / "training-job-emoji.json"
        uri = open_document(client, path, TEXT)
        found = await diagnostics_for(client, uri, 1)
        shift = SHIFT[chosen]
        assert summary(found) == [("TJ401", 0, 62 + shift, 0, 85 + shift)]
        # positions from the client are read in the same encoding: a hover inside the key "data_url"
        hover = await client.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(uri), types.Position(0, 50 + shift + 3)))
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        assert "(`data_url`)" in hover.contents.value
        # and the quick fix's edit lands on the value
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), found[0].range, types.CodeActionContext(found)))
        fix = next(a for a in actions or [] if isinstance(a, types.CodeAction) and a.title.startswith("Fix TJ401"))
        fixed = TEXT.replace("obs://my-bucket/data/", "/my-bucket/data/")
        assert apply_edits(TEXT, edits_of(fix, uri), chosen) == fixed
    finally:
        await client.shutdown_session()
        await client.stop()

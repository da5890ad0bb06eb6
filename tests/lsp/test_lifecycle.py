"""The server's life: clean exits, hostile documents, and a core that never imports the protocol libraries."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile.hostile_runner import BIG_INPUTS
from lsp_helpers import SERVER, WAIT, diagnostics_for, open_document, start
from lsprotocol import types

INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"processId": None, "rootUri": None, "capabilities": {}}}


def frame(message: dict[str, object]) -> bytes:
    data = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(data) + data


def test_the_server_exits_when_stdin_closes(tmp_path: Path) -> None:
    proc = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=tmp_path)
    out, err = proc.communicate(frame(INITIALIZE), timeout=WAIT)  # writes, then closes stdin
    assert proc.returncode == 0
    assert b'"id": 1' in out.replace(b'"id":1', b'"id": 1') and b"capabilities" in out
    assert b"Traceback" not in err


def test_exit_without_shutdown_ends_the_process_with_status_1(tmp_path: Path) -> None:
    proc = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=tmp_path)
    assert proc.stdin is not None
    proc.stdin.write(frame(INITIALIZE) + frame({"jsonrpc": "2.0", "method": "exit"}))
    proc.stdin.flush()
    assert proc.wait(WAIT) == 1  # stdin is still open: the exit message ended the server
    proc.communicate()


@pytest.mark.asyncio
async def test_shutdown_then_exit_ends_the_process_with_status_0(tmp_path: Path) -> None:
    client, _ = await start(tmp_path)
    await client.shutdown_session()
    assert client._server is not None and client._server.returncode == 0
    await client.stop()


HOSTILE = ("laughs12.yaml", "deep-flow-map.yaml", "deep-block-seq.yaml", "long-keys-deep.yaml",
           "keys-50k.yaml", "parameters-60k.yaml")


@pytest.mark.asyncio
async def test_hostile_documents_are_linted_within_their_limits_and_the_server_keeps_answering(
        tmp_path: Path) -> None:
    client, _ = await start(tmp_path)
    try:
        uris = {}
        for name in HOSTILE:
            text = BIG_INPUTS[name]()
            assert isinstance(text, str)
            uris[name] = open_document(client, tmp_path / f"training-job-{name}", text)
        small = open_document(client, tmp_path / "training-job-small.yaml", "config_name: small\nwork")
        # requests are answered in their own thread, whatever the lint thread is busy with
        found = await asyncio.wait_for(client.text_document_completion_async(types.CompletionParams(
            types.TextDocumentIdentifier(small), types.Position(1, 4))), WAIT)
        assert isinstance(found, types.CompletionList)
        assert "worker_server_num" in {i.label for i in found.items}
        codes = {name: {d.code for d in await diagnostics_for(client, uri, 1)} for name, uri in uris.items()}
        assert "TJ005" in codes["laughs12.yaml"] and "TJ005" in codes["deep-flow-map.yaml"]
        assert "TJ005" in codes["deep-block-seq.yaml"] and "TJ005" in codes["long-keys-deep.yaml"]
        assert "TJ209" in codes["parameters-60k.yaml"]
        hover = await client.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(uris["parameters-60k.yaml"]), types.Position(90_008, 6)))
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        assert "(`label`)" in hover.contents.value
    finally:
        await client.shutdown_session()
        await client.stop()


PROBE = """
import sys
sys.argv = ["tjlint", "--format", "json", sys.argv[1]]
import tjlint
tjlint.lint_text("config_name: x\\n", filename="training-job.yaml")
from tjlint.cli import main
try:
    main()
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("pygls", "lsprotocol", "cattrs")
                or m.startswith("tjlint.lsp"))
print("LOADED", loaded, file=sys.stderr)
"""


def test_the_core_and_a_normal_lint_never_import_the_language_server(tmp_path: Path) -> None:
    body = tmp_path / "training-job.yaml"
    body.write_text("config_name: x\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, str(body)], capture_output=True, text=True, check=False)
    assert "LOADED []" in done.stderr, done.stderr[-2000:]


BLOCK_PYGLS = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "pygls":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Block())
sys.argv = ["tjlint", "lsp"]
from tjlint.cli import main
main()
"""


def test_without_the_extra_one_error_line_says_what_to_install() -> None:
    done = subprocess.run([sys.executable, "-c", BLOCK_PYGLS], capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "tjlint: error: the language server needs the lsp extra (pygls is not installed):"
        " pip install 'tjlint[lsp]'"]

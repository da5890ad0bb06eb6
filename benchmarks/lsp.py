"""The language server's speed: start-up, and the CPU a change of a 500-line body costs.

    pip install -e '.[lsp]'
    python benchmarks/lsp.py [--repeat 10]

Start-up is the time from starting ``tjlint lsp`` until it answers
``initialize`` (wall clock, and the server's own CPU time read from
``/proc``), beside the floor any pygls server pays: a Python process that only
imports ``lsprotocol`` and ``pygls``. A change is measured in the real server:
its CPU time from sending ``didChange`` with a new 500-line text until the
diagnostics of that version arrive (JSON-RPC, the lint, the conversion to
protocol positions and the notification; the wait of the debounce costs no
CPU), and in-process for the lint and conversion alone. Linux only (``/proc``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, BinaryIO

SERVER = [sys.executable, "-m", "tjlint", "lsp"]
TICK = os.sysconf("SC_CLK_TCK")


def body(lines: int = 500, variant: int = 0) -> str:
    """A configuration of about ``lines`` lines: settings, then parameter items (two lines each)."""
    head = (
        f"config_name: bench-{variant}\nconfig_desc: a body of {lines} lines\nworker_server_num: 1\n"
        "spec_id: 1\nengine_id: 1\napp_url: /my-bucket/app/\nboot_file_url: /my-bucket/app/train.py\n"
        "data_url: obs://my-bucket/data\ntrain_url: /my-bucket/output/\nparameter:\n"
    )
    items = (lines - head.count("\n")) // 2
    return head + "".join(f"  - label: p{i}\n    value: {'0.0' if i % 50 == 7 else repr(str(i))}\n"
                          for i in range(items))


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a running process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


class Connection:
    """A bare JSON-RPC client over a server's stdin and stdout (light, so it measures little else)."""

    def __init__(self, cwd: str) -> None:
        self.proc = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, cwd=cwd)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.out: BinaryIO = self.proc.stdin
        self.inp: BinaryIO = self.proc.stdout

    def send(self, message: dict[str, Any]) -> None:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.out.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.out.flush()

    def receive(self) -> dict[str, Any]:
        length = 0
        while (line := self.inp.readline().strip()):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.inp.read(length))  # type: ignore[no-any-return]

    def until(self, wanted: Any) -> dict[str, Any]:
        while True:
            message = self.receive()
            if wanted(message):
                return message

    def close(self) -> None:
        self.send({"id": 99, "method": "shutdown"})
        self.until(lambda m: m.get("id") == 99)
        self.send({"method": "exit"})
        self.proc.wait(30)


def start_up(cwd: str) -> tuple[float, float, Connection]:
    """Wall and CPU seconds until ``initialize`` is answered, and the live connection."""
    started = time.perf_counter()
    server = Connection(cwd)
    server.send({"id": 1, "method": "initialize",
                 "params": {"processId": None, "rootUri": Path(cwd).as_uri(), "capabilities": {}}})
    server.until(lambda m: m.get("id") == 1)
    wall = time.perf_counter() - started
    cpu = cpu_of(server.proc.pid)
    server.send({"method": "initialized", "params": {}})
    return wall, cpu, server


def floor_cpu() -> float:
    """CPU seconds of a process that only imports what every pygls server imports."""
    started = os.times()
    subprocess.run([sys.executable, "-c", "import lsprotocol.types, pygls.lsp.server"], check=True)
    done = os.times()
    return done.children_user - started.children_user + done.children_system - started.children_system


def changes(server: Connection, folder: str, repeat: int) -> list[float]:
    """The server's CPU seconds per change of a 500-line body, change to diagnostics."""
    uri = Path(folder, "training-job-bench.yaml").as_uri()
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1, "text": body()}}})
    server.until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    spent = []
    for version in range(2, repeat + 2):
        before = cpu_of(server.proc.pid)
        server.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": body(variant=version)}]}})
        server.until(lambda m, v=version: m.get("method") == "textDocument/publishDiagnostics"
                     and m["params"].get("version") == v)
        spent.append(cpu_of(server.proc.pid) - before)
    return spent


def in_process(folder: str, repeat: int) -> list[float]:
    """CPU seconds of the lint and conversion alone (no JSON-RPC), per change."""
    from tjlint.lsp.analysis import analyse
    from tjlint.lsp.diagnostics import publishable
    from tjlint.lsp.setups import Setups

    setup = Setups().for_folder(folder)
    path = os.path.join(folder, "training-job-bench.yaml")
    publishable(analyse(body(), path, setup), "file:///bench", "utf-16")  # warm: schemas, validators
    spent = []
    for version in range(repeat):
        text = body(variant=version)
        started = time.process_time()
        publishable(analyse(text, path, setup), "file:///bench", "utf-16")
        spent.append(time.process_time() - started)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        starts = []
        for _ in range(args.repeat):
            wall, cpu, server = start_up(folder)
            starts.append((wall, cpu))
            server.close()
        floor = statistics.median(floor_cpu() for _ in range(args.repeat))
        wall, cpu, server = start_up(folder)
        per_change = changes(server, folder, args.repeat * 5)
        server.close()
        lint_only = in_process(folder, args.repeat * 5)
    ms = 1000
    print(f"lines in the body: {body().count(chr(10))}")
    print(f"start-up until initialize is answered: wall {statistics.median(w for w, _ in starts) * ms:.0f} ms,"
          f" server CPU {statistics.median(c for _, c in starts) * ms:.0f} ms (median of {args.repeat})")
    print(f"floor, importing lsprotocol and pygls only: CPU {floor * ms:.0f} ms")
    print(f"a change of the 500-line body, server CPU until its diagnostics arrive: mean"
          f" {statistics.mean(per_change) * ms:.1f} ms (over {len(per_change)} changes; /proc counts in"
          f" {ms // TICK} ms ticks)")
    print(f"lint + conversion alone, in-process: median {statistics.median(lint_only) * ms:.1f} ms,"
          f" max {max(lint_only) * ms:.1f} ms")


if __name__ == "__main__":
    main()

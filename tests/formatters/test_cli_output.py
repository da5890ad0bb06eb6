"""--output, --color and --show-source through the real command line."""

from __future__ import annotations

import json
import os
import pty
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from formatter_cases import BROKEN, Runner

import tjlint.runner
from tjlint.runner import Options


def test_output_writes_the_report_and_keeps_the_summary_on_stderr(tjlint_run: Runner,
                                                                 broken: Path) -> None:
    direct = tjlint_run("--format", "json", "broken.yaml")
    ran = tjlint_run("--format", "json", "--output", "report.json", "broken.yaml")
    assert ran.status == direct.status == 1
    assert ran.stdout == ""
    assert "1 error, 1 warning in 1 file" in ran.stderr
    written = (broken.parent / "report.json").read_text(encoding="utf-8")
    assert json.loads(written) == json.loads(direct.stdout)
    names = sorted(p.name for p in broken.parent.iterdir())
    assert names == ["broken.yaml", "good.yaml", "report.json"]


def test_output_replaces_through_a_temporary_file_in_the_same_folder(
        tjlint_run: Runner, broken: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = broken.parent / "out" / "report.txt"
    target.parent.mkdir()
    target.write_text("an old, much longer report that must disappear entirely\n" * 50)
    target.chmod(0o640)
    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        renames.append((src, dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    ran = tjlint_run("--no-cache", "--output", str(target), "broken.yaml")  # the report's rename only
    assert ran.status == 1
    ((src, dst),) = renames
    assert Path(src).parent == target.parent and Path(dst) == target
    assert target.read_text().splitlines()[0].startswith("broken.yaml:2:20: error TJ103 ")
    assert target.read_text().count("\n") == 2
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.txt"]


def test_output_into_a_missing_folder_is_a_usage_error(tjlint_run: Runner, broken: Path) -> None:
    ran = tjlint_run("--output", "no/such/folder/report.txt", "broken.yaml")
    assert ran.status == 2
    assert "cannot write the report to 'no/such/folder/report.txt'" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_output_of_a_clean_run_is_an_empty_file(tjlint_run: Runner, broken: Path) -> None:
    (broken.parent / "report.txt").write_text("stale\n")
    ran = tjlint_run("--output", "report.txt", "good.yaml")
    assert ran.status == 0
    assert (broken.parent / "report.txt").read_text() == ""


def test_color_always_and_never(tjlint_run: Runner, broken: Path) -> None:
    assert "\x1b[" in tjlint_run("--color", "always", "broken.yaml").stdout
    assert "\x1b[" in tjlint_run("--color", "always", "broken.yaml", env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" not in tjlint_run("--color", "never", "broken.yaml").stdout
    assert "\x1b[" not in tjlint_run("broken.yaml").stdout  # auto, and stdout is not a terminal
    assert "\x1b[" not in tjlint_run("--format", "json", "--color", "always", "broken.yaml").stdout


def _on_a_terminal(folder: Path, *args: str, no_color: str | None = None) -> bytes:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    if no_color is not None:
        env["NO_COLOR"] = no_color
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "tjlint", *args]
    with subprocess.Popen(command, cwd=folder, env=env, stdout=follower,
                          stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait()
    os.close(leader)
    return b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_color_auto_on_a_terminal_honours_no_color(broken: Path) -> None:
    assert b"\x1b[" in _on_a_terminal(broken.parent, "broken.yaml")
    assert b"\x1b[" in _on_a_terminal(broken.parent, "broken.yaml", no_color="")
    assert b"\x1b[" not in _on_a_terminal(broken.parent, "broken.yaml", no_color="1")
    _on_a_terminal(broken.parent, "--output", "r.txt", "broken.yaml")
    written = (broken.parent / "r.txt").read_text(encoding="utf-8")
    assert written.startswith("broken.yaml:2:20: error TJ103 ")
    assert "\x1b[" not in written  # a file is not a terminal


def test_show_source(tjlint_run: Runner, broken: Path) -> None:
    ran = tjlint_run("--show-source", "broken.yaml", "good.yaml")
    assert ran.stdout.splitlines() == [
        ran.stdout.splitlines()[0],
        "  |",
        '2 | worker_server_num: "1"',
        "  | " + " " * 19 + "^~~",
        ran.stdout.splitlines()[4],
        "  |",
        "8 | train_url: /my-bucket/output",
        "  | " + " " * 11 + "^" + "~" * 16,
    ]
    assert ran.stdout.splitlines()[4].startswith("broken.yaml:8:12: warning TJ402 ")
    assert len(tjlint_run("broken.yaml").stdout.splitlines()) == 2


def test_show_source_reads_standard_input(tjlint_run: Runner) -> None:
    ran = tjlint_run("--show-source", "--stdin-filename", "job.yaml", "-", stdin=BROKEN)
    assert '2 | worker_server_num: "1"' in ran.stdout.splitlines()


def test_show_source_after_fix_shows_the_fixed_text(tjlint_run: Runner, tmp_path: Path) -> None:
    # One line: the fix (a '/' after output) moves the quoted number that remains one column right.
    body = '{"train_url": "/my-bucket/output", "worker_server_num": "1"}\n'
    (tmp_path / "job.json").write_text(body, encoding="utf-8")
    ran = tjlint_run("--fix", "--show-source", "job.json")
    fixed = body.replace('"/my-bucket/output"', '"/my-bucket/output/"')
    assert (tmp_path / "job.json").read_text(encoding="utf-8") == fixed
    column = fixed.index('"1"') + 1
    lines = ran.stdout.splitlines()
    (at,) = [i for i, line in enumerate(lines) if " TJ103 " in line]
    assert lines[at].startswith(f"job.json:1:{column}: error TJ103 ")
    assert lines[at + 1 : at + 4] == ["  |", "1 | " + fixed.rstrip("\n"), "  | " + " " * (column - 1) + "^~~"]


def test_texts_are_kept_only_for_show_source_and_files_with_findings(broken: Path) -> None:
    paths = [str(broken), str(broken.parent / "good.yaml")]
    assert tjlint.runner.run(paths, Options()).sources == {}
    kept = tjlint.runner.run(paths, Options(), keep_sources=True).sources
    assert kept == {str(broken): BROKEN}

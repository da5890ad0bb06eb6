"""``tjlint --fix`` and ``tjlint --diff`` on real files in a temporary folder."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from tjlint import cli, runner
from tjlint.fix import unified_diff, write_atomic

BROKEN = (
    "config_name: resnet-train\n"
    "worker_server_num: 1\n"
    "spec_id: 1\n"
    "model_id: 7\n"
    "data_url: obs://my-bucket/data   # images\n"
)
FIXED = (
    "config_name: resnet-train\n"
    "worker_server_num: 1\n"
    "spec_id: 1\n"
    "model_id: 7\n"
    "data_url: /my-bucket/data/   # images\n"
)
# Two data sources (TJ201): nothing to fix automatically.
UNFIXABLE = FIXED + "dataset_id: ds\ndataset_version_id: v1\n"


def tjlint(*args: str) -> int:
    with pytest.raises(SystemExit) as done:
        cli.main(list(args))
    code = done.value.code
    assert isinstance(code, int)
    return code


def write(path: Path, text: str, mode: int = 0o644) -> Path:
    path.write_bytes(text.encode("utf-8"))
    path.chmod(mode)
    return path


def test_fix_rewrites_and_keeps_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = write(tmp_path / "job.yaml", BROKEN, 0o640)
    assert tjlint("--fix", str(target)) == 0
    assert target.read_bytes() == FIXED.encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["job.yaml"]  # no temporary file left behind
    out, err = capsys.readouterr()
    assert out == ""
    assert "fixed 2 problems in 1 file" in err


def test_second_fix_changes_nothing(tmp_path: Path) -> None:
    target = write(tmp_path / "job.yaml", BROKEN)
    assert tjlint("--fix", str(target)) == 0
    before = target.stat()
    assert tjlint("--fix", str(target)) == 0
    after = target.stat()
    assert target.read_bytes() == FIXED.encode()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_fix_keeps_crlf_and_bom(tmp_path: Path) -> None:
    target = tmp_path / "job.yaml"
    target.write_bytes(b"\xef\xbb\xbf" + BROKEN.replace("\n", "\r\n").encode())
    assert tjlint("--fix", "-q", str(target)) == 0
    assert target.read_bytes() == b"\xef\xbb\xbf" + FIXED.replace("\n", "\r\n").encode()


def test_diff_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = write(tmp_path / "job.yaml", BROKEN)
    before = target.stat()
    assert tjlint("--diff", "job.yaml") == 1
    assert target.read_bytes() == BROKEN.encode()
    assert target.stat().st_mtime_ns == before.st_mtime_ns
    out, err = capsys.readouterr()
    assert out == (
        "--- a/job.yaml\n"
        "+++ b/job.yaml\n"
        "@@ -2,4 +2,4 @@\n"
        " worker_server_num: 1\n"
        " spec_id: 1\n"
        " model_id: 7\n"
        "-data_url: obs://my-bucket/data   # images\n"
        "+data_url: /my-bucket/data/   # images\n"
    )
    assert "would fix 2 problems in 1 file" in err


def test_diff_with_nothing_to_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = write(tmp_path / "job.yaml", UNFIXABLE)
    assert tjlint("--diff", str(target)) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(("name", "data", "code"), [
    ("job.yaml", b"config_name: a\nworker_server_num: [1\n", "TJ002"),  # a syntax error
    ("job.json", b'{"config_name": "a",}', "TJ002"),
    ("job.yaml", b"config_name: \xff\n", "TJ001"),  # not UTF-8
])
def test_diff_fails_on_a_file_it_could_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                name: str, data: bytes, code: str) -> None:
    """A file that was not read in full has nothing to show, but must not pass as clean."""
    target = tmp_path / name
    target.write_bytes(data)
    assert tjlint("--diff", str(target)) == 1
    out, err = capsys.readouterr()
    assert out == ""  # stdout stays a diff
    assert f"error {code} " in err
    assert tjlint("--diff", "--exit-zero", str(target)) == 0


def test_unfixable_finding_leaves_file_untouched(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = write(tmp_path / "job.yaml", UNFIXABLE)
    before = target.stat()
    assert tjlint("--fix", str(target)) == 1
    assert target.read_bytes() == UNFIXABLE.encode()
    assert target.stat().st_ino == before.st_ino
    out, _ = capsys.readouterr()
    assert ":6:1: error TJ201 " in out


def test_fix_reports_what_remains(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = write(tmp_path / "job.yaml", BROKEN + "dataset_id: ds\ndataset_version_id: v1\n")
    assert tjlint("--fix", "--format", "json", str(target)) == 1
    assert target.read_bytes() == UNFIXABLE.encode()
    out, _ = capsys.readouterr()
    assert '"code": "TJ201"' in out and "TJ401" not in out and "TJ402" not in out


def test_exit_status_follows_what_remains(tmp_path: Path) -> None:
    # Only a warning (TJ211, a label that is no environment variable name) is left after fixing.
    text = (
        "config_name: a\nworker_server_num: 1\nspec_id: 1\ndata_url: /my-bucket/data\n"
        "app_url: /my-bucket/code/\nboot_file_url: /my-bucket/code/a.py\n"
        "user_image_url: swr.cn-north-4.myhuaweicloud.com/team/train:1.0\n"
        "user_command: bash /home/work/run_train.sh python /home/work/user-job-dir/code/a.py\n"
        "parameter: [{label: learning-rate, value: '0.1'}]\n"
    )
    target = write(tmp_path / "job.yaml", text)
    assert tjlint("--fix", str(target)) == 0
    assert "data_url: /my-bucket/data/\n" in target.read_text()
    assert tjlint("--fix", "--strict", str(target)) == 1


def test_fix_stdin_prints_fixed_text(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(BROKEN.encode())))
    assert tjlint("--fix", "-", "--stdin-filename", "job.yaml") == 0
    out, err = capsys.readouterr()
    assert out == FIXED
    assert "fixed 2 problems" in err


def test_fix_stdin_sends_report_to_stderr(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    text = BROKEN + "dataset_id: ds\ndataset_version_id: v1\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert tjlint("--fix", "-", "--stdin-filename", "job.yaml") == 1
    out, err = capsys.readouterr()
    assert out == UNFIXABLE
    assert "job.yaml:6:1: error TJ201 " in err


def test_write_failure_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(path: str, text: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(runner, "write_atomic", refuse)
    target = write(tmp_path / "job.yaml", BROKEN)
    assert tjlint("--fix", str(target)) == 2
    assert target.read_bytes() == BROKEN.encode()
    assert "cannot write the fixes to" in capsys.readouterr().err


def test_diff_wins_over_fix(tmp_path: Path) -> None:
    target = write(tmp_path / "job.yaml", BROKEN)
    assert tjlint("--fix", "--diff", str(target)) == 1
    assert target.read_bytes() == BROKEN.encode()


def test_write_atomic_through_a_symlink(tmp_path: Path) -> None:
    real = write(tmp_path / "real.yaml", "a: 1\n", 0o600)
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    write_atomic(link, "a: 2\n")
    assert link.is_symlink()
    assert real.read_text() == "a: 2\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["link.yaml", "real.yaml"]


def test_unified_diff_marks_a_missing_final_newline() -> None:
    assert unified_diff("a: 1\nb: x", "a: 1\nb: y", "f.yaml") == (
        "--- a/f.yaml\n+++ b/f.yaml\n@@ -1,2 +1,2 @@\n a: 1\n-b: x\n"
        "\\ No newline at end of file\n+b: y\n\\ No newline at end of file\n"
    )

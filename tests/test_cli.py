"""The command line, run as users run it: exit statuses, formats, stdin, selection, usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import cache_env

CLEAN = (
    "config_name: demo\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\n"
    "app_url: /bucket/code/\nboot_file_url: /bucket/code/train.py\ndata_url: /bucket/data/\n"
)
TYPO = CLEAN.replace("data_url:", "dataurl:")  # TJ102 on line 7 col 1, and TJ201 (no data source)
WARNING_ONLY = CLEAN.replace("data_url: /bucket/data/", "data_url: /bucket/data")  # TJ402


def tjlint(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env_args = [sys.executable, "-m", "tjlint", *args]
    return subprocess.run(env_args, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", **cache_env()})


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    (tmp_path / "training-job-clean.yaml").write_text(CLEAN)
    (tmp_path / "training-job-typo.yaml").write_text(TYPO)
    (tmp_path / "training-job-warn.yaml").write_text(WARNING_ONLY)
    return tmp_path


def test_clean_file_exits_0(files: Path) -> None:
    result = tjlint("training-job-clean.yaml", cwd=files)
    assert (result.returncode, result.stdout) == (0, "")
    assert "no problems in 1 file" in result.stderr


def test_error_exits_1_with_path_line_col_lines(files: Path) -> None:
    result = tjlint("training-job-typo.yaml", cwd=files)
    assert result.returncode == 1
    assert "training-job-typo.yaml:7:1: error TJ102 " in result.stdout
    for line in result.stdout.splitlines():
        path, line_no, col, rest = line.split(":", 3)
        assert path == "training-job-typo.yaml" and line_no.isdigit() and col.isdigit()
        assert rest.split()[0] in ("error", "warning")


def test_warnings_pass_unless_strict(files: Path) -> None:
    assert tjlint("training-job-warn.yaml", cwd=files).returncode == 0
    assert tjlint("--strict", "training-job-warn.yaml", cwd=files).returncode == 1


def test_json_format(files: Path) -> None:
    result = tjlint("--format", "json", "training-job-typo.yaml", cwd=files)
    found = json.loads(result.stdout)
    typo = next(d for d in found if d["code"] == "TJ102")
    assert {k: typo[k] for k in ("path", "line", "column", "end_line", "end_column", "pointer", "document")} == {
        "path": "training-job-typo.yaml", "line": 7, "column": 1, "end_line": 7, "end_column": 8,
        "pointer": "/dataurl", "document": 0,
    }
    assert typo["name"] == "unknown-field" and typo["severity"] == "error" and typo["related"] == []


def test_json_format_clean_is_empty_array(files: Path) -> None:
    result = tjlint("--format", "json", "training-job-clean.yaml", cwd=files)
    assert (result.returncode, json.loads(result.stdout)) == (0, [])


def test_directory_walk_finds_training_job_files(files: Path) -> None:
    (files / "unrelated.yaml").write_text("- not a config\n")
    result = tjlint("--format", "json", ".", cwd=files)
    paths = {d["path"] for d in json.loads(result.stdout)}
    assert paths == {"training-job-typo.yaml", "training-job-warn.yaml"}


@pytest.mark.parametrize(("name", "text"), [("job.json", '{"config_name": 5}'), ("job.yaml", "config_name: 5\n")])
def test_stdin_with_filename(files: Path, name: str, text: str) -> None:
    result = tjlint("--format", "json", "--stdin-filename", name, "-", cwd=files, stdin=text)
    found = json.loads(result.stdout)
    assert {d["path"] for d in found} == {name}
    assert any(d["code"] == "TJ103" and d["pointer"] == "/config_name" for d in found)


def test_stdin_sniffs_json(files: Path) -> None:
    result = tjlint("--format", "json", "-", cwd=files, stdin='{"config_name": "a", "config_name": "b"}')
    assert [d["code"] for d in json.loads(result.stdout) if d["code"].startswith("TJ0")] == ["TJ003"]


def test_select_and_ignore(files: Path) -> None:
    selected = tjlint("--format", "json", "--select", "TJ1", "training-job-typo.yaml", cwd=files)
    assert {d["code"] for d in json.loads(selected.stdout)} == {"TJ102"}
    ignored = tjlint("--format", "json", "--ignore", "TJ102,TJ2", "training-job-typo.yaml", cwd=files)
    assert json.loads(ignored.stdout) == []
    assert ignored.returncode == 0


def test_quiet_drops_the_summary(files: Path) -> None:
    result = tjlint("--quiet", "training-job-typo.yaml", cwd=files)
    assert result.returncode == 1 and result.stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "xml", "training-job-clean.yaml"],
        ["--no-such-flag"],
        ["--select", "E501", "training-job-clean.yaml"],
        ["missing.yaml"],
        ["rules", "TJ999"],
    ],
)
def test_usage_errors_are_one_line_exit_2(files: Path, args: list[str]) -> None:
    result = tjlint(*args, cwd=files)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("tjlint: error:")]
    assert len(errors) == 1, result.stderr


def test_only_missing_paths_is_the_error_line_alone(files: Path) -> None:
    result = tjlint("missing.yaml", cwd=files)
    assert result.returncode == 2
    assert result.stderr == "tjlint: error: path 'missing.yaml' does not exist\n"


def test_missing_path_still_lints_the_others(files: Path) -> None:
    result = tjlint("--format", "json", "missing.yaml", "training-job-typo.yaml", cwd=files)
    assert result.returncode == 2
    assert any(d["code"] == "TJ102" for d in json.loads(result.stdout))


def test_version(files: Path) -> None:
    import tjlint as package

    result = tjlint("--version", cwd=files)
    assert (result.returncode, result.stdout.strip()) == (0, f"tjlint {package.__version__}")


def test_rules_list_and_one_rule(files: Path) -> None:
    listing = tjlint("rules", cwd=files)
    assert listing.returncode == 0
    assert all(f"TJ{n}" in listing.stdout for n in ("001", "102", "205", "301", "404"))
    assert max(len(line) for line in listing.stdout.splitlines()) <= 80
    one = tjlint("rules", "TJ205", cwd=files)
    assert one.returncode == 0 and "boot-file-outside-code-dir" in one.stdout


@pytest.mark.parametrize(("kind", "name"), [("job", "training-job"), ("config-update", "training-job-config-update")])
def test_schema_path_per_kind(files: Path, kind: str, name: str) -> None:
    result = tjlint("schema", "--kind", kind, "--path", cwd=files)
    assert Path(result.stdout.strip()).name == f"{name}.schema.json"


def test_schema_prints_the_schema_and_path_its_file(files: Path) -> None:
    printed = tjlint("schema", cwd=files)
    schema = json.loads(printed.stdout)
    assert printed.returncode == 0
    assert schema["$schema"].startswith("https://json-schema.org/draft/2020-12")
    assert schema["$id"].endswith("/training-job-config.schema.json")
    path = Path(tjlint("schema", "--path", cwd=files).stdout.strip())
    assert path.is_file() and json.loads(path.read_text()) == schema


def test_show_source_after_fix_shows_the_fixed_line(tmp_path: Path) -> None:
    # The TJ402 fix on data_url shifts 'bogus' one column right; the snippet must show the fixed line.
    body = ("\ufeff{config_name: demo, worker_server_num: 1, spec_id: 1, engine_id: 1, app_url: /b1c/code/, "
            "boot_file_url: /b1c/code/t.py, data_url: /b1c/data, bogus: 1}\n")
    (tmp_path / "training-job-x.yaml").write_text(body, encoding="utf-8")
    result = tjlint("--fix", "--show-source", "--color", "never", "training-job-x.yaml", cwd=tmp_path)
    lines = result.stdout.splitlines()
    (index,) = [i for i, line in enumerate(lines) if " TJ102 " in line]
    source_line, caret_line = lines[index + 2], lines[index + 3]
    assert "data_url: /b1c/data/," in source_line
    assert source_line[caret_line.index("^") :].startswith("bogus")

"""Hostile, huge and corrupted inputs through the real command line.

Every run must exit 0 or 1 for a file (2 for a path that is missing or not a
regular file), print a JSON array, never a traceback, finish in bounded time
and stay under a bounded peak memory (see ``conftest.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_runner import check_run, lint_path, run_cli

SAMPLE = (
    '{"config_name": "testConfig", "config_desc": "This is config", "worker_server_num": 1,'
    ' "app_url": "/usr/app/", "boot_file_url": "/usr/app/boot.py",'
    ' "parameter": [{"label": "learning_rate", "value": "0.01"}, {"label": "batch_size", "value": "32"}],'
    ' "spec_id": 1, "engine_id": 1, "data_url": "/usr/data/", "train_url": "/usr/train/"}'
)
#: A clean body of the current API (its own API page's custom-image sample, trimmed).
V2_SAMPLE = (
    '{"kind": "job", "metadata": {"name": "TestModelArtsJob2"}, "algorithm": {"engine": {"image_url":'
    ' "xxxxxxxx/fastseq:1.2"}, "command": "cd /home/ma-user/ddp_demo && sh run_ddp.sh"}, "spec":'
    ' {"resource": {"flavor_id": "modelarts.pool.visual.xlarge", "node_count": 1, "pool_id": "poolfaf38d76"}}}'
)


def sample(kind: str) -> str:
    """A clean body of the kind the test reads its inputs as."""
    return V2_SAMPLE if kind == "v2-job" else SAMPLE


@pytest.mark.parametrize("name", ["laughs9.yaml", "laughs12.yaml"])
def test_billion_laughs_stops_at_max_nodes(big_inputs: dict[str, Path], name: str, kind: str) -> None:
    run = lint_path(big_inputs[name], expected_exit=(1,), kind=kind)
    (too_big,) = [d for d in run.diagnostics if d["code"] == "TJ005"]
    assert "max-nodes" in too_big["message"]


@pytest.mark.parametrize("name", [
    "deep-flow-seq.yaml", "deep-flow-map.yaml", "deep-block-seq.yaml", "deep-block-map.yaml",
    "deep-array.json", "deep-object.json",
])
def test_deep_nesting_stops_at_max_depth(big_inputs: dict[str, Path], name: str, kind: str) -> None:
    run = lint_path(big_inputs[name], expected_exit=(1,), kind=kind)
    assert "TJ005" in run.codes
    assert any("max-depth" in d["message"] for d in run.diagnostics)


def test_file_over_max_file_size(big_inputs: dict[str, Path], kind: str) -> None:
    run = lint_path(big_inputs["big-20mib.yaml"], expected_exit=(1,), kind=kind)
    assert run.codes == {"TJ005"}
    assert "max-file-size" in run.diagnostics[0]["message"]


def test_sixty_thousand_parameters_are_really_linted(big_inputs: dict[str, Path], kind: str) -> None:
    if kind == "auto":
        run = lint_path(big_inputs["parameters-60k.yaml"], expected_exit=(1,), kind=kind)
        (duplicate,) = [d for d in run.diagnostics if d["code"] == "TJ209"]
        # Item 0 starts on line 9 and each item takes two lines: item 45,000 starts on line 90,009.
        assert (duplicate["pointer"], duplicate["line"]) == ("/parameter/45000/label", 90_009)
    else:
        run = lint_path(big_inputs["v2-parameters-60k.yaml"], expected_exit=(1,), kind=kind)
        (duplicate,) = [d for d in run.diagnostics if d["code"] == "TJ712"]
        # Item 0 starts on line 10 and each item takes two lines: item 45,000 starts on line 90,010.
        assert (duplicate["pointer"], duplicate["line"]) == ("/algorithm/parameters/45000/name", 90_010)
    assert "TJ005" not in run.codes


def test_fifty_thousand_bad_environment_names_stop_at_the_problem_cap(big_inputs: dict[str, Path],
                                                                      kind: str) -> None:
    run = lint_path(big_inputs["v2-environments-50k.json"], expected_exit=(1,), kind=kind)
    # The schema finds 50,000 entries too many; TJ707 then finds every name, and past the cap of
    # 1,000 problems one TJ008 says the rest (TJ715's references among them) were not reported.
    assert run.codes == {"TJ104", "TJ707", "TJ008"}
    assert len(run.diagnostics) == 1001


@pytest.mark.parametrize("name", ["long-keys-deep.json", "long-keys-deep.yaml"])
def test_long_keys_nested_deep(big_inputs: dict[str, Path], name: str, kind: str) -> None:
    run = lint_path(big_inputs[name], expected_exit=(1,), kind=kind)
    assert any(d["code"] == "TJ005" and "max-nodes" in d["message"] for d in run.diagnostics)


@pytest.mark.parametrize("name", ["string-2mb.yaml", "keys-50k.yaml", "docs-2000.yaml"])
def test_large_but_readable(big_inputs: dict[str, Path], name: str, kind: str) -> None:
    run = lint_path(big_inputs[name], kind=kind)
    assert "TJ005" not in run.codes
    assert not run.codes & {"TJ001", "TJ002"}


def test_two_thousand_documents_are_each_checked(big_inputs: dict[str, Path], kind: str) -> None:
    run = lint_path(big_inputs["docs-2000.yaml"], kind=kind)
    assert {d["document"] for d in run.diagnostics} <= set(range(2000))
    if kind == "v2-job":  # read as v2 bodies, every configuration lacks kind, metadata, algorithm, spec
        missing = [d["document"] for d in run.diagnostics if d["code"] == "TJ101"]
        assert missing == [i for i in range(2000) for _ in range(4)]


@pytest.mark.parametrize("name", ["random.yaml", "random.json"])
def test_random_binary(big_inputs: dict[str, Path], name: str, kind: str) -> None:
    run = lint_path(big_inputs[name], expected_exit=(1,), kind=kind)
    assert run.codes == {"TJ001"}


SMALL_CASES: dict[str, tuple[bytes, set[str]]] = {
    # name: (content, codes that must be among the diagnostics)
    "nul.yaml": (b"config_name: a\x00b\n", {"TJ001"}),
    "nul.json": (b'{"config_name": "a\x00"}', {"TJ001"}),
    "utf16.yaml": ("config_name: x\n".encode("utf-16"), {"TJ001"}),
    "utf16.json": ('{"config_name": "x"}'.encode("utf-16"), {"TJ001"}),
    "raw-surrogate.yaml": (b"config_name: \xed\xa0\x80\n", {"TJ001"}),
    "raw-surrogate.json": (b'{"config_name": "\xed\xa0\x80"}', {"TJ001"}),
    "nan.json": (b'{"config_name": "x", "worker_server_num": NaN}', {"TJ002"}),
    "infinity.json": (b'{"worker_server_num": -Infinity}', {"TJ002"}),
    "digits.json": (b'{"worker_server_num": ' + b"7" * 5000 + b"}", {"TJ005"}),
    "digits.yaml": (b"worker_server_num: " + b"7" * 5000 + b"\n", {"TJ005"}),
    "huge-exponent.json": (b'{"worker_server_num": 1e999999}', set()),
    "tabs.yaml": (b"config_name: x\nparameter:\n\t- label: a\n", {"TJ002"}),
    "tab-values.yaml": (b"config_name:\tx\t\nworker_server_num:\t1\n", set()),
    "recursive-merge.yaml": (b"base: &b\n  spec_id: 1\n  <<: *b\n", {"TJ005"}),
    "self-merge.yaml": (b"&m {<<: *m}\n", {"TJ005"}),
    "merge-not-mapping.yaml": (b"config_name: x\n<<: [1, 2]\n", set()),
    "complex-keys.yaml": (b"? [a, b]\n: 1\n? {x: y}\n: 2\n1: one\nnull: n\n2001-01-01: d\ntrue: t\n", {"TJ103"}),
    "alias-key.yaml": (b"a: &k config_name\n*k : x\n", set()),
    "empty.yaml": (b"", {"TJ004"}),
    "empty.json": (b"", {"TJ004"}),
    "blank.json": (b" \n\t\n", {"TJ004"}),
    "comments.yaml": (b"# only a comment\n# and another\n", {"TJ004"}),
    "dashes.yaml": (b"---\n", {"TJ004"}),
    "dashes-many.yaml": (b"---\n---\n...\n---\n", {"TJ004"}),
    "bom.yaml": (b"\xef\xbb\xbfconfig_name: x\n", set()),
    "cr-only.yaml": (b"config_name: x\rworker_server_num: 1\r", set()),
    "crlf.json": (b'{\r\n"config_name": "x"\r\n}\r\n', set()),
    "control.yaml": (b"config_name: \x07\n", {"TJ002"}),
    "line-separator.yaml": ("config_name: a\u2028b\nspec_id: 1\n".encode(), set()),
    "bad-escape.json": (b'{"config_name": "\\x"}', {"TJ002"}),
    "truncated.json": (b'{"config_name": "x', {"TJ002"}),
    "unknown-alias.yaml": (b"config_name: *nowhere\n", {"TJ002"}),
    "yaml-directive.yaml": (b"%YAML 2.0\n---\nconfig_name: x\n", {"TJ002"}),
    "bad-date.yaml": (b"config_name: x\nconfig_desc: 2001-13-45\n", set()),
    "binary-tag.yaml": (b"config_name: !!binary aGVsbG8=\ny: !!set {a, b}\nz: !!omap [a: 1]\n", {"TJ006"}),
    "custom-tags.yaml": (b"config_name: !Ref name\nparameter: !custom [1, 2]\n!top {a: 1}: 2\n", {"TJ006"}),
    "weird-keys.yaml": (b'"a/b~c": 1\n"": 2\n"\\u00e9": 3\n', {"TJ102"}),
}


@pytest.mark.parametrize("name", sorted(SMALL_CASES))
def test_small_hostile_inputs(tmp_path: Path, name: str, kind: str) -> None:
    content, codes = SMALL_CASES[name]
    path = tmp_path / name
    path.write_bytes(content)
    run = lint_path(path, kind=kind)
    assert codes <= run.codes, run.diagnostics


def test_lone_surrogate_escapes_survive_output_encoding(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "surrogates.json"
    path.write_text('{"config_name": "\\ud800", "config_desc": "\\udfff\\ud800x", "\\udc80": 1}')
    for encoding in ("utf-8", "ascii"):
        run = lint_path(path, expected_exit=(1,), env={"PYTHONIOENCODING": encoding}, kind=kind)
        assert "TJ102" in run.codes  # the key "\udc80" is unknown: the message holds a lone surrogate


def test_yaml_surrogate_escape(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "surrogate.yaml"
    path.write_text('config_name: "\\ud800"\n')
    lint_path(path, expected_exit=(1,), kind=kind)


@pytest.mark.parametrize("document", [
    "config_name: !!python/object/apply:os.system ['touch {marker}']\n",
    "!!python/object/apply:os.system\nargs: ['touch {marker}']\n",
    "config_name: !!python/object/new:subprocess.Popen [['touch', '{marker}']]\n",
    "config_name: !!python/name:os.system\n",
    "? !!python/object/apply:os.system ['touch {marker}']\n: 1\n",
    "config_name: !!python/object/apply:builtins.open ['{marker}', 'w']\n",
])
def test_python_tags_are_never_constructed(tmp_path: Path, document: str, kind: str) -> None:
    marker = tmp_path / "constructed"
    path = tmp_path / "tags.yaml"
    path.write_text(document.format(marker=marker))
    run = lint_path(path, expected_exit=(1,), kind=kind)
    assert "TJ006" in run.codes
    assert not marker.exists()


# -- paths that are not regular files ----------------------------------------------------------------

def test_directory_named_like_a_file_is_walked(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "x.yaml"
    folder.mkdir()
    (folder / "training-job-a.json").write_text(sample(kind))
    run = lint_path(folder, expected_exit=(0,), kind=kind)
    assert run.diagnostics == []


def test_directory_named_like_a_file_inside_a_walked_folder(tmp_path: Path, kind: str) -> None:
    (tmp_path / "training-jobs" / "job.yaml").mkdir(parents=True)
    (tmp_path / "training-job-dir.yaml").mkdir()
    (tmp_path / "training-jobs" / "good.json").write_text(sample(kind))
    assert lint_path(tmp_path, expected_exit=(0,), kind=kind).diagnostics == []


def test_missing_path(tmp_path: Path, kind: str) -> None:
    run = check_run(run_cli([str(tmp_path / "nowhere.yaml")], kind=kind), expected_exit=(2,))
    assert run.diagnostics == []
    assert "nowhere.yaml" in run.stderr


def test_symlink_loop(tmp_path: Path, kind: str) -> None:
    os.symlink("b.yaml", tmp_path / "a.yaml")
    os.symlink("a.yaml", tmp_path / "b.yaml")
    os.symlink("self.yaml", tmp_path / "self.yaml")
    for name in ("a.yaml", "self.yaml"):
        check_run(run_cli([str(tmp_path / name)], kind=kind), expected_exit=(2,))
    walked = tmp_path / "training-jobs"
    walked.mkdir()
    os.symlink("loop.yaml", walked / "loop.yaml")
    os.symlink("..", walked / "up")  # a folder link that loops back
    (walked / "good.json").write_text(sample(kind))
    assert lint_path(tmp_path, expected_exit=(0,), kind=kind).diagnostics == []


def test_fifo_never_blocks(tmp_path: Path, kind: str) -> None:
    fifo = tmp_path / "training-job-fifo.yaml"
    os.mkfifo(fifo)
    check_run(run_cli([str(fifo)], kind=kind), expected_exit=(2,))
    (tmp_path / "training-job-good.json").write_text(sample(kind))
    assert lint_path(tmp_path, expected_exit=(0,), kind=kind).diagnostics == []


def test_limits_from_a_configuration_file(tmp_path: Path, kind: str) -> None:
    deep = tmp_path / "training-job-deep.yaml"
    deep.write_text("config_name: deep\nworker_server_num: 1\nspec_id: 1\nextra: " + "[" * 100 + "]" * 100 + "\n")
    assert "TJ005" in lint_path(deep, cwd=tmp_path, kind=kind).codes
    (tmp_path / ".tjlint.yaml").write_text("limits:\n  max-depth: 200\n")
    assert "TJ005" not in lint_path(deep, cwd=tmp_path, kind=kind).codes
    (tmp_path / ".tjlint.yaml").write_text("limits:\n  max-file-size: 50\n")
    run = lint_path(deep, cwd=tmp_path, kind=kind)
    assert [d["code"] for d in run.diagnostics] == ["TJ005"]
    assert "max-file-size" in run.diagnostics[0]["message"]

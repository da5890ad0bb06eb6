"""Output pinned byte for byte: every format, over the examples and a varied corpus.

Each case runs the real command line (or the library) in a fresh folder that
holds a copy of ``examples/`` and of ``tests/golden/corpus/`` (YAML and JSON,
v1 and v2 bodies, several documents in one file, fixes, related fields,
suppressions, reading problems, odd characters) and compares what it printed,
and its exit status, with ``tests/golden/expected/CASE.out``. The expected
files were written by the release these tests were added to; they hold the
output as users see it, so any change to them is a change users see.

Only what differs from machine to machine is replaced before comparing: the
folder the run happened in (``<ROOT>``, and as a file URI ``<ROOT-URI>``) and
tjlint's version (``<VERSION>``). After a deliberate change of output, write
the new expected files with ``TJLINT_GOLDEN=write pytest tests/golden`` and
review the diff.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import run_cli

import tjlint

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EXPECTED = HERE / "expected"
CATALOGS = [
    "examples/catalog/resource-specs.json", "examples/catalog/ai-engines.json",
    "examples/catalog/built-in-algorithms.json", "examples/catalog/v2/flavors.json",
    "examples/catalog/v2/engines.json", "examples/catalog/v2/algorithms.json",
]
SETTINGS = 'kinds: {"examples/training-jobs/updates/**": config-update}\n'
FORMATS = ("text", "json", "sarif", "github")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder holding the examples and the corpus, as the working directory."""
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    shutil.copytree(HERE / "corpus", tmp_path / "corpus")
    (tmp_path / ".tjlint.yaml").write_text(SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def _normalise(text: str, root: Path) -> str:
    uri = root.as_uri()
    return (text.replace(uri, "<ROOT-URI>").replace(str(root), "<ROOT>")
            .replace(f'"{tjlint.__version__}"', '"<VERSION>"'))


def check(case: str, root: Path, status: int, stdout: str, stderr: str) -> None:
    """Compare one run with ``expected/CASE.out`` (or write it, with ``TJLINT_GOLDEN=write``)."""
    got = _normalise(f"status: {status}\n--- stdout\n{stdout}--- stderr\n{stderr}", root)
    path = EXPECTED / f"{case}.out"
    if os.environ.get("TJLINT_GOLDEN") == "write":
        path.write_text(got, encoding="utf-8", newline="")
    with open(path, encoding="utf-8", newline="") as handle:  # line breaks as written (\r\n too)
        assert got == handle.read(), f"the output of {case} changed"


def cli(case: str, root: Path, *args: str, stdin: str | None = None) -> None:
    check(case, root, *run_cli(list(args), stdin=stdin))


@pytest.mark.parametrize("fmt", FORMATS)
def test_examples_and_corpus(workspace: Path, fmt: str) -> None:
    catalogs = [arg for path in CATALOGS for arg in ("--catalog", path)]
    cli(f"all-{fmt}", workspace, "--format", fmt, *catalogs, "examples", "corpus")


@pytest.mark.parametrize("fmt", ("text", "json", "github"))
def test_corpus_strict_and_selected(workspace: Path, fmt: str) -> None:
    cli(f"selected-{fmt}", workspace, "--format", fmt, "--strict", "--select", "TJ1,TJ4,TJ7",
        "--severity", "TJ402=error", "--ignore", "TJ104", "corpus")


def test_text_with_source_colour_and_statistics(workspace: Path) -> None:
    cli("text-source", workspace, "--show-source", "--color", "always", "--statistics", "corpus", "examples")


def test_text_quiet_exit_zero(workspace: Path) -> None:
    cli("text-quiet", workspace, "--quiet", "--exit-zero", "corpus")


def test_diff(workspace: Path) -> None:
    cli("diff", workspace, "--diff", "corpus", "examples")


def test_fix_in_place_then_report(workspace: Path) -> None:
    cli("fix", workspace, "--fix", "--show-source", "corpus")
    fixed = "".join(f"=== {p.name}\n{p.read_text(encoding='utf-8', errors='replace')}"
                    for p in sorted((workspace / "corpus").iterdir()))
    check("fix-files", workspace, 0, fixed, "")


def test_fix_standard_input(workspace: Path) -> None:
    text = (HERE / "corpus" / "training-job-multi.yaml").read_text(encoding="utf-8")
    cli("fix-stdin", workspace, "--fix", "--stdin-filename", "job.yaml", "-", stdin=text)


def test_show_files(workspace: Path) -> None:
    cli("show-files", workspace, "--show-files", "examples", "corpus")


def test_rules_listings(workspace: Path) -> None:
    cli("rules-text", workspace, "rules")
    cli("rules-json", workspace, "rules", "--format", "json")
    cli("rules-one", workspace, "rules", "TJ401")
    cli("rules-retired", workspace, "rules", "TJ210")
    cli("rules-family", workspace, "rules", "TJ7")


@pytest.mark.parametrize("fmt", FORMATS)
def test_plugin_codes(workspace: Path, fake_distribution: Path, fmt: str) -> None:
    (workspace / ".tjlint.yaml").write_text(SETTINGS + "plugins: [acme]\n", encoding="utf-8")
    (workspace / "training-job-plugin.yaml").write_text(
        'config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\ndata_url: /bucket/data\n'
        'config_desc: ""  # tjlint: disable=ACME9\n', encoding="utf-8")
    cli(f"plugin-{fmt}", workspace, "--format", fmt, "--severity", "ACME101=error", "training-job-plugin.yaml")
    if fmt == "text":
        cli("plugin-rules", workspace, "rules", "ACME")


def test_library_without_positions(workspace: Path) -> None:
    body = json.loads((workspace / "examples/training-jobs/api-sample.json").read_text(encoding="utf-8"))
    body.update(worker_server_num="2", data_url="obs://b/data", train_url="/b/data/out")
    found = [d.to_json() for d in tjlint.lint_data(body)]
    found += [d.to_json() for d in tjlint.lint_data({"kind": "job", "metadata": {"name": "x y"}})]
    check("library-data", workspace, 0, json.dumps(found, indent=2) + "\n", "")

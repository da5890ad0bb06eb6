"""What a run imports: a one-file clean run and ``tjlint --version`` load only what they need.

Start-up is most of a pre-commit run (one process per batch of files), so the modules a
run loads are pinned here: an import made eager again fails this test, not a benchmark.
Each run is a fresh interpreter, as ``python -m tjlint``; what the interpreter imported
before the run (its site packages) is left out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import tjlint

ROOT = Path(__file__).resolve().parents[1]

#: A clean configuration body (every field as the API page describes it, nothing a rule reports).
CLEAN_YAML = """\
config_name: resnet-train
config_desc: ResNet-50 on the flowers dataset
worker_server_num: 1
spec_id: 1
engine_id: 1
app_url: /my-bucket/code/
boot_file_url: /my-bucket/code/train.py
data_url: /my-bucket/data/
train_url: /my-bucket/output/
"""

#: What a one-file clean YAML run needs of tjlint: the command line without click, the
#: runner and the settings found for the file, the YAML reader, the compiled schema check,
#: every built-in rule (and the builders their examples are written with, on first read) but the
#: reading of commands behind TJ301-TJ305 (a body without ``user_command`` has none to read),
#: suppressions, the results cache (on by default: its key, its pack, the findings' codec), and the
#: text format for the summary line.
ONE_FILE_RUN = {
    "tjlint", "tjlint.cli", "tjlint.cli.checking", "tjlint.cli.report",
    "tjlint.runner", "tjlint.batch", "tjlint.cache", "tjlint.cache.keys", "tjlint.cache.pack", "tjlint.cache.codec",
    "tjlint.targets", "tjlint.discovery", "tjlint.globs", "tjlint.plugins",
    "tjlint.settings", "tjlint.settings.files", "tjlint.settings.folders", "tjlint.settings.keys",
    "tjlint.arguments", "tjlint.engine", "tjlint.codes", "tjlint.model", "tjlint.words",
    "tjlint.kinds", "tjlint.kind_notes", "tjlint.schemafiles",
    "tjlint.schema", "tjlint.schema._fastcheck", "tjlint.schema.reference", "tjlint.ecma",
    "tjlint.read", "tjlint.read.source", "tjlint.read.yamlreader", "tjlint.read.yamlvalues",
    "tjlint.read.yamlpositions", "tjlint.suppress", "tjlint.formatters", "tjlint.formatters.text",
    *(f"tjlint.rules.{p.stem}" if p.stem != "__init__" else "tjlint.rules"
      for p in (ROOT / "tjlint" / "rules").glob("*.py") if p.stem not in ("invocation", "programs")),
}

#: Loaded only for what a clean one-file run never does: flags and subcommands (click), explaining a
#: schema failure (jsonschema), folder walks (subprocess, sniffing), fixes and --output (tempfile,
#: shutil, difflib), settings in TOML, saved catalogues, other formats, plugins, the language server,
#: commands (the shell reader), worker processes (--jobs).
NEVER_FOR_ONE_FILE = {
    "multiprocessing", "concurrent",
    "click", "jsonschema", "referencing", "rpds", "subprocess", "tempfile", "shutil", "difflib", "tomllib",
    "dataclasses", "inspect", "json", "importlib.metadata", "importlib.resources", "pygls", "lsprotocol",
    "tjlint.cli.group", "tjlint.cli.check", "tjlint.cli.commands", "tjlint.api", "tjlint.fix", "tjlint.fixcheck",
    "tjlint.sniff", "tjlint.catalog", "tjlint.schemas", "tjlint.formatters.json", "tjlint.formatters.github",
    "tjlint.formatters.sarif", "tjlint.lsp", "tjlint.shell", "tjlint.rules.invocation",
}


#: ``python -m tjlint ARGS`` that writes, to the file named first, the modules the run imported.
RUN_AND_LIST = """\
import runpy, sys
listing = sys.argv.pop(1)
before = set(sys.modules)
status = 0
try:
    runpy.run_module("tjlint", run_name="__main__", alter_sys=True)
except SystemExit as done:
    status = done.code
loaded = set(sys.modules) - before
with open(listing, "w") as handle:
    handle.write("\\n".join(sorted(loaded)))
sys.exit(status)
"""


def imported(args: list[str], cwd: Path) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules ``python -m tjlint ARGS`` imports beyond what the interpreter had before, and the run.

    Read from ``sys.modules`` (``-X importtime`` misses modules loaded with ``importlib.import_module``).
    """
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PYTHONPATH")}
    listing = cwd / "modules.txt"
    done = subprocess.run([sys.executable, "-c", RUN_AND_LIST, str(listing), *args], capture_output=True,
                          text=True, cwd=cwd, env=env)
    return set(listing.read_text(encoding="utf-8").split("\n")), done


def _top(names: set[str]) -> set[str]:
    """Each module and the packages it lies in (``tjlint.lsp.server`` -> also ``tjlint.lsp``)."""
    return {".".join(name.split(".")[:n]) for name in names for n in range(1, name.count(".") + 2)}


@pytest.fixture
def clean_file(tmp_path: Path) -> Path:
    body = tmp_path / "training-job.yaml"
    body.write_text(CLEAN_YAML, encoding="utf-8")
    return body


def test_one_clean_yaml_file_imports_only_what_the_run_needs(clean_file: Path) -> None:
    modules, done = imported([clean_file.name], clean_file.parent)
    assert (done.returncode, done.stdout) == (0, ""), done.stderr[-2000:]
    assert "no problems in 1 file" in done.stderr
    assert {m for m in modules if m == "tjlint" or m.startswith("tjlint.")} == ONE_FILE_RUN
    assert "yaml" in modules
    assert not _top(modules) & NEVER_FOR_ONE_FILE, sorted(_top(modules) & NEVER_FOR_ONE_FILE)


def test_one_clean_file_writes_no_rule_example(clean_file: Path) -> None:
    """The examples ``tjlint rules`` shows are written when first read, never by a run."""
    script = ("import runpy, sys\n"
              "from tjlint.rules import ALL_RULES\n"
              "def unwritten():\n"
              "    return [(r.code, s) for r in ALL_RULES for s in ('_good', '_bad') if callable(r.__dict__[s])]\n"
              "before = unwritten()\n"
              "sys.argv = ['tjlint', sys.argv[1]]\n"
              "try:\n    runpy.run_module('tjlint', run_name='__main__')\n"
              "except SystemExit as done:\n    assert done.code == 0, done.code\n"
              "print(len(before), [found for found in before if found not in unwritten()])\n")
    done = subprocess.run([sys.executable, "-c", script, clean_file.name], capture_output=True, text=True,
                          cwd=clean_file.parent)
    assert done.returncode == 0, done.stderr
    count, written = done.stdout.split(" ", 1)
    assert int(count) > 50 and written.strip() == "[]"


def test_version_loads_click_and_nothing_of_the_linter(tmp_path: Path) -> None:
    modules, done = imported(["--version"], tmp_path)
    assert (done.returncode, done.stdout) == (0, f"tjlint {tjlint.__version__}\n")
    assert {m for m in modules if m.startswith("tjlint")} == {"tjlint", "tjlint.cli", "tjlint.cli.group"}
    assert "click" in modules
    assert not {"yaml", "jsonschema", "subprocess", "tempfile", "shutil", "tomllib"} & modules


def test_a_flag_is_read_by_click(clean_file: Path) -> None:
    """A command line with a flag goes through click (its parsing, its help and its errors)."""
    modules, done = imported(["--quiet", clean_file.name], clean_file.parent)
    assert (done.returncode, done.stdout) == (0, "")
    assert {"click", "tjlint.cli.group", "tjlint.cli.check"} <= modules

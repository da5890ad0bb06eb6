"""Every configuration check applies inside a job body's ``config``, with positions there.

Each case edits a clean job body (YAML and JSON) and marks where each
diagnostic must point with ``«CODE»`` right before that character, written by
hand following rules.md ("Where a diagnostic points").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tjlint
from tjlint import fix_text
from tjlint.catalog import Catalog, load_catalog

DATA = Path(__file__).resolve().parent / "data" / "catalog"
MARK = re.compile(r"«(TJ\d{3})»")

YAML = """\
job_name: demo
config:
  worker_server_num: 1
  spec_id: 1
  engine_id: 1
  app_url: /my-bucket/code/
  boot_file_url: /my-bucket/code/train.py
  data_url: /my-bucket/data/
"""

JSON = """\
{
  "job_name": "demo",
  "config": {
    "worker_server_num": 1,
    "spec_id": 1,
    "engine_id": 1,
    "app_url": "/my-bucket/code/",
    "boot_file_url": "/my-bucket/code/train.py",
    "data_url": "/my-bucket/data/"
  }
}
"""

Edits = list[tuple[str, str]]
IMAGE = "swr.cn-north-4.myhuaweicloud.com/my-org/train:1.0"

#: id -> (YAML edits, JSON edits); each edit replaces the first occurrence of a text.
CASES: dict[str, tuple[Edits, Edits]] = {
    "TJ101-missing-field": (
        [("  worker_server_num: 1\n", ""), ("  spec_id", "  «TJ101»spec_id")],
        [('    "worker_server_num": 1,\n', ""), ('"config": {', '"config": «TJ101»{')],
    ),
    "TJ102-unknown-field": (
        [("data/\n", "data/\n  «TJ102»trainurl: /my-bucket/out/\n")],
        [('data/"\n', 'data/",\n    «TJ102»"trainurl": "/my-bucket/out/"\n')],
    ),
    "TJ103-wrong-type": (
        [("spec_id: 1", 'spec_id: «TJ103»"1"')],
        [('"spec_id": 1', '"spec_id": «TJ103»"1"')],
    ),
    "TJ104-out-of-range": (
        [("worker_server_num: 1", "worker_server_num: «TJ104»0")],
        [('"worker_server_num": 1', '"worker_server_num": «TJ104»0')],
    ),
    "TJ105-job-name": (
        [("job_name: demo", "job_name: «TJ105»de mo")],
        [('"job_name": "demo"', '"job_name": «TJ105»"de mo"')],
    ),
    "TJ106-bad-value": (
        [("data_url: /my-bucket/data/", "data_source:\n    - type: «TJ106»s3\n"
          "      data_url: /my-bucket/data/")],
        [('"data_url": "/my-bucket/data/"',
          '"data_source": [{"type": «TJ106»"s3", "data_url": "/my-bucket/data/"}]')],
    ),
    "TJ201-no-data-source": (
        [("  data_url: /my-bucket/data/\n", ""), ("  worker", "  «TJ201»worker")],
        [(',\n    "data_url": "/my-bucket/data/"', ""), ('"config": {', '"config": «TJ201»{')],
    ),
    "TJ203-code-dir-pair": (
        [("  boot_file_url: /my-bucket/code/train.py\n", ""), ("  app_url", "  «TJ203»app_url")],
        [('    "boot_file_url": "/my-bucket/code/train.py",\n', ""),
         ('    "app_url"', '    «TJ203»"app_url"')],
    ),
    "TJ205-boot-file-outside": (
        [("  boot_file_url: /my-bucket/code/", "  «TJ205»boot_file_url: /my-bucket/other/")],
        [('    "boot_file_url": "/my-bucket/code/', '    «TJ205»"boot_file_url": "/my-bucket/other/')],
    ),
    "TJ208-image-command-pair": (
        [("data/\n", f"data/\n  «TJ208»user_image_url: {IMAGE}\n")],
        [('data/"\n', f'data/",\n    «TJ208»"user_image_url": "{IMAGE}"\n')],
    ),
    # the later item's label: the value that has to change
    "TJ209-duplicate-parameter": (
        [("data/\n", "data/\n  parameter:\n    - label: lr\n      value: '1'\n"
          "    - label: «TJ209»lr\n      value: '2'\n")],
        [('data/"\n', 'data/",\n    "parameter": [{"label": "lr", "value": "1"},\n'
          '                  {"label": «TJ209»"lr", "value": "2"}]\n')],
    ),
    "TJ301-missing-run-train": (
        [("data/\n", f"data/\n  user_image_url: {IMAGE}\n  user_command: «TJ301»python train.py\n")],
        [('data/"\n', f'data/",\n    "user_image_url": "{IMAGE}",\n'
          '    "user_command": «TJ301»"python train.py"\n')],
    ),
    "TJ401-TJ402-obs-path": (
        [("data_url: /my-bucket/data/", "data_url: «TJ401»«TJ402»obs://my-bucket/data")],
        [('"data_url": "/my-bucket/data/"', '"data_url": «TJ401»«TJ402»"obs://my-bucket/data"')],
    ),
    "TJ403-boot-file-is-dir": (
        [("file_url: /my-bucket/code/train.py", "file_url: «TJ403»/my-bucket/code/sub/")],
        [('"/my-bucket/code/train.py"', '«TJ403»"/my-bucket/code/sub/"')],
    ),
    "TJ404-bad-image-ref": (
        [("data/\n", "data/\n  user_image_url: «TJ404»swr.cn-north-4.myhuaweicloud.com/My_Org/t:1\n"
          "  user_command: bash /home/work/run_train.sh python /home/work/user-job-dir/code/t.py\n")],
        [('data/"\n', 'data/",\n    "user_image_url": «TJ404»"swr.cn-north-4.myhuaweicloud.com/My_Org/t:1",\n'
          '    "user_command": "bash /home/work/run_train.sh python /home/work/user-job-dir/code/t.py"\n')],
    ),
    # a cross-field conflict: the key of the field to change
    "TJ405-output-overlaps-input": (
        [("data/\n", "data/\n  «TJ405»train_url: /my-bucket/data/out/\n")],
        [('data/"\n', 'data/",\n    «TJ405»"train_url": "/my-bucket/data/out/"\n')],
    ),
}


def marked(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text without its ``«CODE»`` marks, and the (line, column, code) each mark stands for."""
    expected: list[tuple[int, int, str]] = []
    lines = []
    for number, line in enumerate(text.split("\n"), start=1):
        while (match := MARK.search(line)) is not None:
            expected.append((number, match.start() + 1, match.group(1)))
            line = line[: match.start()] + line[match.end():]
        lines.append(line)
    return "\n".join(lines), sorted(expected)


def case_text(fmt: str, edits: Edits) -> str:
    text = YAML if fmt == "yaml" else JSON
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def params() -> list[object]:
    return [pytest.param(fmt, edits[fmt == "json"], id=f"{name}-{fmt}")
            for name, edits in CASES.items() for fmt in ("yaml", "json")]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_base_job_is_clean(fmt: str) -> None:
    assert tjlint.lint_text(YAML if fmt == "yaml" else JSON, filename=f"job.{fmt}") == []


@pytest.mark.parametrize(("fmt", "edits"), params())
def test_check_inside_config(fmt: str, edits: Edits) -> None:
    text, expected = marked(case_text(fmt, edits))
    diags = tjlint.lint_text(text, filename=f"job.{fmt}")
    assert [(d.line, d.column, d.code) for d in diags] == expected
    assert all(d.pointer.startswith("/config") for d in diags if d.code != "TJ105")


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_related_fields_are_inside_config(fmt: str) -> None:
    text, _ = marked(case_text(fmt, CASES["TJ205-boot-file-outside"][fmt == "json"]))
    [diag] = tjlint.lint_text(text, filename=f"job.{fmt}")
    app_line = 6 if fmt == "yaml" else 7
    assert [(r.pointer, r.line, r.column) for r in diag.related] == [
        ("/config/app_url", app_line, 3 if fmt == "yaml" else 5)]


FIXES = [
    # (format, the data_url or parameter text written, what --fix makes of it)
    ("yaml", "  data_url: obs://my-bucket/data\n", "  data_url: /my-bucket/data/\n"),
    ("yaml", "  data_url: /my-bucket/data/\n  parameter:\n    - {label: lr, value: 0.010}\n",
     '  data_url: /my-bucket/data/\n  parameter:\n    - {label: lr, value: "0.010"}\n'),
    ("json", '    "data_url": "obs://my-bucket/data"\n', '    "data_url": "/my-bucket/data/"\n'),
    ("json", '    "data_url": "/my-bucket/data/",\n    "parameter": [{"label": "lr", "value": 0.010}]\n',
     '    "data_url": "/my-bucket/data/",\n    "parameter": [{"label": "lr", "value": "0.010"}]\n'),
]


@pytest.mark.parametrize(("fmt", "written", "fixed"), FIXES)
def test_fixes_inside_config(fmt: str, written: str, fixed: str) -> None:
    base = YAML if fmt == "yaml" else JSON
    line = "  data_url: /my-bucket/data/\n" if fmt == "yaml" else '    "data_url": "/my-bucket/data/"\n'
    assert line in base
    result, remaining = fix_text(base.replace(line, written), f"job.{fmt}")
    assert (result, remaining) == (base.replace(line, fixed), [])


# The catalogue rules (TJ6xx) inside config

CATALOG_CASES = {
    # spec 1 allows 2 workers; spec 3 is sold out; engine 501 and algorithm 4 exist,
    # algorithm 4 requires batch_size and num_epoch (tests/data/catalog).
    "TJ601": ("spec_id: 1", "spec_id: «TJ601»99"),
    "TJ602": ("worker_server_num: 1", "worker_server_num: «TJ602»3"),
    "TJ603": ("engine_id: 1", "engine_id: «TJ603»77"),
    "TJ605": ("spec_id: 1", "spec_id: «TJ605»3"),
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([DATA / "resource-specs.json", DATA / "ai-engines.json",
                         DATA / "built-in-algorithms.json"])


@pytest.mark.parametrize("code", sorted(CATALOG_CASES))
def test_catalogue_rules_inside_config(code: str, catalog: Catalog) -> None:
    text, expected = marked(YAML.replace(*CATALOG_CASES[code]))
    diags = tjlint.lint_text(text, filename="job.yaml", catalog=catalog)
    assert [(d.line, d.column, d.code) for d in diags] == expected
    assert tjlint.lint_text(YAML, filename="job.yaml", catalog=catalog) == []


ALGORITHM = """\
job_name: demo
config:
  worker_server_num: 1
  spec_id: 1
  model_id: {model}
  data_url: /my-bucket/data/
  parameter:
    - label: batch_size
      value: "32"
"""


def test_algorithm_rules_inside_config(catalog: Catalog) -> None:
    unknown = tjlint.lint_text(ALGORITHM.format(model=5), filename="job.yaml", catalog=catalog)
    assert [(d.line, d.column, d.code, d.pointer) for d in unknown] == [
        (5, 13, "TJ604", "/config/model_id")]
    missing = tjlint.lint_text(ALGORITHM.format(model=4), filename="job.yaml", catalog=catalog)
    assert [(d.code, d.pointer) for d in missing] == [("TJ606", "/config/parameter")]

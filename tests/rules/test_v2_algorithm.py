"""TJ701-TJ704, TJ712 on v2 bodies: what runs, with which engine and parameters.

Positions are written by hand from rules.md ("Where a diagnostic points"):
a conflict or half pair points at the key to change, "nothing present" at the
start of the mapping that should hold it, a duplicate at the later value.
"""

from __future__ import annotations

import pytest
from rule_helpers import V2_HEAD, V2_SPEC, where

import tjlint
from tjlint.model import Severity
from tjlint.rules.v2_algorithm import RULES

HEAD = V2_HEAD + "algorithm:\n"
SPEC = V2_SPEC


def yaml_body(algorithm: str) -> str:
    """A v2 body whose algorithm block (indented lines) starts on line 4."""
    return HEAD + algorithm + SPEC


def test_metadata() -> None:
    assert [(r.code, r.name, r.severity) for r in RULES] == [
        ("TJ701", "algorithm-source", Severity.ERROR),
        ("TJ702", "algorithm-pairs", Severity.ERROR),
        ("TJ703", "engine-choice", Severity.ERROR),
        ("TJ704", "image-needs-command", Severity.ERROR),
        ("TJ712", "duplicate-parameter-name", Severity.ERROR),
    ]
    assert all(r.kinds == frozenset({"v2-job"}) for r in RULES)


# TJ701 algorithm-source


def test_nothing_to_run_points_at_the_algorithm_mapping_yaml() -> None:
    text = ("kind: job\nmetadata:\n  name: demo\nalgorithm:\n  engine:\n    engine_name: PyTorch\n"
            "    engine_version: v1\nspec:\n  resource:\n    flavor_id: modelarts.vm.cpu.8u\n")
    assert where(text, "b.yaml") == [(5, 3, "TJ701")]


def test_nothing_to_run_json_and_flow() -> None:
    text = ('{\n  "kind": "job",\n  "metadata": {"name": "demo"},\n  "algorithm": {"parameters": []},\n'
            '  "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u"}}\n}\n')
    assert where(text, "b.json") == [(4, 16, "TJ701")]
    flow = "{kind: job, metadata: {name: demo}, algorithm: {parameters: []}, spec: {resource: {pool_id: p}}}\n"
    assert where(flow, "b.yaml") == [(1, 48, "TJ701")]


def test_saved_algorithm_with_code_and_engine_points_at_each_field() -> None:
    text = yaml_body("  id: 3f5d6706-7b67-408d-8ba0-ec08048c45ed\n  subscription_id: sub-1\n"
                     "  code_dir: /my-bucket/code/\n  boot_file: /my-bucket/code/train.py\n"
                     "  engine: {engine_name: PyTorch, engine_version: v1}\n")
    assert where(text, "b.yaml") == [(5, 3, "TJ701"), (5, 3, "TJ702"), (6, 3, "TJ701"), (7, 3, "TJ701"),
                                     (8, 3, "TJ701")]
    (conflict,) = [d for d in tjlint.lint_text(text, "b.yaml") if d.line == 6]
    assert [(r.pointer, r.line, r.column) for r in conflict.related] == [("/algorithm/id", 4, 3)]


def test_subscribed_algorithm_with_engine_json() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"},\n'
            ' "algorithm": {"subscription_id": "s1", "item_version_id": "v1",\n'
            '   "engine": {"engine_id": "e1"}},\n'
            ' "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u"}}}\n')
    assert where(text, "b.json") == [(3, 4, "TJ701")]


@pytest.mark.parametrize(("algorithm", "expected"), [
    ("  engine:\n    image_url: my-org/img:1\n", [(5, 5, "TJ704")]),
    ("  subscription_id: sub-1\n", [(4, 3, "TJ702")]),
    ("  item_version_id: v1\n", [(4, 3, "TJ702")]),
    ("  boot_file: /my-bucket/code/train.py\n", [(4, 3, "TJ702")]),
    ("  code_dir: /my-bucket/code/\n", [(4, 3, "TJ702")]),
], ids=["image", "subscription", "version", "boot-file", "code-dir"])
def test_half_a_pair_is_the_pair_rules_alone(algorithm: str, expected: list[tuple[int, int, str]]) -> None:
    assert where(yaml_body(algorithm), "b.yaml") == expected


@pytest.mark.parametrize("algorithm", [
    "  id: 3f5d6706-7b67-408d-8ba0-ec08048c45ed\n  parameters: [{name: a, value: '1'}]\n",
    "  subscription_id: s1\n  item_version_id: v1\n",
    "  code_dir: /my-bucket/code/\n  boot_file: /my-bucket/code/train.py\n",
    "  engine: {image_url: my-org/img:1}\n  command: python /home/ma-user/train.py\n",
    "  code_dir: obs://my-bucket/code/\n  command: bash run.sh\n  engine: {engine_id: e1}\n",
    "  engine: {engine_name: PyTorch, engine_version: v1}\n  command: python -c 'print(1)'\n",
    # A saved algorithm with blank code fields (as the API page says: leave them blank).
    "  id: a1\n  code_dir: ''\n  engine: {}\n",
], ids=["saved", "subscribed", "own-code", "custom-image", "code-and-command", "preset-with-command",
        "blank-fields"])
def test_one_way_to_run_is_clean(algorithm: str) -> None:
    assert where(yaml_body(algorithm), "b.yaml") == []


# TJ702 algorithm-pairs


def test_boot_file_outside_code_dir_points_at_boot_file_key() -> None:
    text = yaml_body("  code_dir: /my-bucket/code/\n  boot_file: obs://my-bucket/code-old/train.py\n")
    (found,) = tjlint.lint_text(text, "b.yaml")
    assert (found.line, found.column, found.code) == (5, 3, "TJ702")
    assert [r.pointer for r in found.related] == ["/algorithm/code_dir"]


@pytest.mark.parametrize(("code_dir", "boot_file"), [
    ("/my-bucket/code/", "obs://my-bucket/code/train.py"),  # both forms name the same place
    ("obs://my-bucket/code", "/my-bucket/code/sub/train.py"),
    ("file:///home/ma-user/code/", "train.py"),  # code already in the image: not compared
])
def test_boot_file_inside_code_dir(code_dir: str, boot_file: str) -> None:
    text = yaml_body(f"  code_dir: {code_dir}\n  boot_file: {boot_file}\n")
    assert where(text, "b.yaml", ("TJ702",)) == []


def test_pairs_json() -> None:
    text = ('{\n  "kind": "job",\n  "metadata": {"name": "demo"},\n  "algorithm": {\n'
            '    "code_dir": "/my-bucket/app/",\n    "boot_file": "/my-bucket/application/train.py"\n  },\n'
            '  "spec": {"resource": {"pool_id": "pool-1"}}\n}\n')
    assert where(text, "b.json") == [(6, 5, "TJ702")]


# TJ703 engine-choice

#: Lines 4-6; the engine's fields start on line 7.
CODE = "  code_dir: /my-bucket/code/\n  boot_file: /my-bucket/code/train.py\n  engine:\n"


@pytest.mark.parametrize(("engine", "expected"), [
    ("    engine_id: pytorch-1.8\n    engine_name: PyTorch\n", [(8, 5, "TJ703")]),
    ("    engine_id: pytorch-1.8\n    engine_version: v1\n", [(8, 5, "TJ703")]),
    ("    engine_name: PyTorch\n", [(7, 5, "TJ703")]),
    ("    engine_version: v1\n", [(7, 5, "TJ703")]),
    ("    engine_name: PyTorch\n    engine_version: v1\n    install_sys_packages: true\n", [(9, 5, "TJ703")]),
    ("    image_url: my-org/img:1\n    install_sys_packages: true\n", [(8, 5, "TJ703")]),
], ids=["id-and-name", "id-and-version", "name-alone", "version-alone", "packages-no-image",
        "packages-no-name"])
def test_engine_problems(engine: str, expected: list[tuple[int, int, str]]) -> None:
    assert where(yaml_body(CODE + engine), "b.yaml") == expected


@pytest.mark.parametrize("engine", [
    "    engine_id: pytorch-1.8\n",
    "    engine_name: PyTorch\n    engine_version: v1\n",
    "    engine_name: PyTorch\n    engine_version: v1\n    image_url: my-org/img:1\n    install_sys_packages: true\n",
    "    engine_name: PyTorch\n    image_url: my-org/img:1\n",  # documented: preset framework + custom image
    "    image_url: my-org/img:1\n    install_sys_packages: false\n",
])
def test_engine_named_one_way(engine: str) -> None:
    assert where(yaml_body(CODE + engine), "b.yaml") == []


def test_engine_json_flow() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"}, "algorithm": {"code_dir": "/my-bucket/c/",'
            ' "boot_file": "/my-bucket/c/t.py", "engine": {"engine_version": "v1"}}, "spec": {"resource":'
            ' {"pool_id": "p"}}}')
    column = text.index('"engine_version"') + 1
    assert where(text, "b.json") == [(1, column, "TJ703")]


# TJ704 image-needs-command


def test_image_without_command_json() -> None:
    text = ('{\n  "kind": "job",\n  "metadata": {"name": "demo"},\n  "algorithm": {\n    "engine": {\n'
            '      "image_url": "swr.cn-north-4.myhuaweicloud.com/my-org/img:1"\n    }\n  },\n'
            '  "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u"}}\n}\n')
    assert where(text, "b.json") == [(6, 7, "TJ704")]


def test_image_with_code_runs_the_boot_file() -> None:
    assert where(yaml_body(CODE + "    image_url: my-org/img:1\n"), "b.yaml") == []


# TJ712 duplicate-parameter-name


def test_duplicate_parameter_name_points_at_the_later_value() -> None:
    text = yaml_body('  id: a1\n  parameters:\n  - {name: lr, value: "0.1"}\n  - name: epochs\n    value: "3"\n'
                     '  - name: lr\n    value: "0.2"\n')
    (found,) = tjlint.lint_text(text, "b.yaml")
    assert (found.line, found.column, found.code) == (9, 11, "TJ712")
    assert [(r.pointer, r.line, r.column) for r in found.related] == [("/algorithm/parameters/0/name", 6, 6)]


def test_duplicate_parameter_name_json() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"},\n "algorithm": {"id": "a1", "parameters": [\n'
            '  {"name": "lr", "value": "0.1"},\n  {"name": "lr", "value": "0.2"},\n  {"name": "lr"}]},\n'
            ' "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u"}}}\n')
    assert where(text, "b.json") == [(4, 12, "TJ712"), (5, 12, "TJ712")]

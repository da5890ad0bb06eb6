"""Shared rules on v2 fields: TJ401, TJ402, TJ405 (OBS paths), TJ404 (image), TJ303 (command), and their fixes."""

from __future__ import annotations

import pytest
from rule_helpers import V2_HEAD, V2_SPEC, where

import tjlint
from tjlint.rules import BUILTIN_RULES
from tjlint.rules.v2_shared import image_problem, obs_path_problem

HEAD = V2_HEAD + "algorithm:\n"
SPEC = V2_SPEC
V1_ONLY = ("TJ301", "TJ302", "TJ304", "TJ305", "TJ403")


def test_shared_rules_run_on_v2_and_run_train_rules_do_not() -> None:
    kinds = {r.code: r.kinds for r in BUILTIN_RULES}
    assert all("v2-job" in kinds[c] for c in ("TJ303", "TJ401", "TJ402", "TJ404", "TJ405"))
    assert not any("v2-job" in kinds[c] for c in V1_ONLY)
    assert all("v2-job" not in r.kinds for r in BUILTIN_RULES if r.code[2] == "2")


@pytest.mark.parametrize(("value", "valid"), [
    ("/my-bucket/data/", True), ("obs://my-bucket/data/", True), ("OBS://my-bucket/x", True),
    ("/my-bucket", True), ("s3://my-bucket/data/", False), ("https://my-bucket/data/", False),
    ("my-bucket/data/", False), ("obs://", False), ("/", False), ("obs://My_Bucket/x", False),
    ("/ab/x", False), ("/my-bucket/a/../b", False), ("obs://my-bucket/./a", False),
    ("/192.168.1.1/x", False), ("/my..bucket/x", False),
])
def test_obs_path_forms(value: str, valid: bool) -> None:
    assert (obs_path_problem(value) is None) == valid


def test_every_obs_field_is_checked() -> None:
    text = HEAD + ("  code_dir: /Bad/c/\n  boot_file: /Bad/c/t.py\n  autosearch_config_path: obs://x/c.yaml\n"
                   "  autosearch_framework_path: s3://my-bucket/f/\n"
                   "  inputs: [{name: i, remote: {obs: {obs_url: data/}}}]\n"
                   "  outputs: [{name: o, remote: {obs: {obs_url: 'obs://a_b/o/'}}}]\n"
                   "  summary: {log_type: tensorboard, log_dir: {pfs: {pfs_path: pfs/logs/}}}\n"
                   "spec:\n  resource: {flavor_id: modelarts.vm.cpu.8u}\n  log_export_path: {obs_url: /l/}\n"
                   "  volumes: [{pfs: {pfs_path: /p/}}, {obs: {obs_path: /o/}}]\n"
                   "  output_model: {obs: {obs_path: /m/}}\n")
    assert where(text, "b.yaml", ("TJ401",)) == [
        (4, 13, "TJ401"), (5, 14, "TJ401"), (6, 27, "TJ401"), (7, 30, "TJ401"), (8, 46, "TJ401"),
        (9, 47, "TJ401"), (10, 62, "TJ401"), (13, 30, "TJ401"), (14, 30, "TJ401"), (14, 54, "TJ401"),
        (15, 34, "TJ401")]


@pytest.mark.parametrize("algorithm", [
    "  code_dir: file:///home/ma-user/code/\n  boot_file: /home/ma-user/code/train.py\n  command: python x.py\n",
    "  id: a1\n  code_dir: ''\n",
])
def test_local_code_and_blank_values_are_not_obs_paths(algorithm: str) -> None:
    assert where(HEAD + algorithm + SPEC, "b.yaml", ("TJ401", "TJ402")) == []


def test_empty_log_export_path_means_none() -> None:
    text = HEAD + "  id: a1\nspec:\n  resource: {flavor_id: f}\n  log_export_path:\n    obs_url: ''\n"
    assert where(text, "b.yaml") == []


def test_directories_need_a_slash_but_an_input_may_be_a_file() -> None:
    text = HEAD + ("  code_dir: obs://my-bucket/code\n  boot_file: obs://my-bucket/code/train.py\n"
                   "  inputs: [{name: i, remote: {obs: {obs_url: /my-bucket/data/train.csv}}}]\n"
                   "  outputs: [{name: o, remote: {obs: {obs_url: /my-bucket/out}}}]\n"
                   "spec:\n  resource: {flavor_id: f}\n  log_export_path: {obs_url: \"/my-bucket/logs\"}\n")
    assert where(text, "b.yaml") == [(4, 13, "TJ402"), (7, 47, "TJ402"), (10, 30, "TJ402")]


def test_s3_scheme_is_fixed_to_the_plain_form_then_the_slash() -> None:
    text = HEAD + "  code_dir: 's3://my-bucket/code'  # keep me\n  boot_file: /my-bucket/code/t.py\n" + SPEC
    fixed, remaining = tjlint.fix_text(text, "b.yaml")
    assert fixed == text.replace("'s3://my-bucket/code'", "'/my-bucket/code/'")
    assert remaining == []
    assert tjlint.fix_text(fixed, "b.yaml") == (fixed, [])


def test_fixes_in_json_keep_everything_else() -> None:
    text = ('{\r\n  "kind": "job", "metadata": {"name": "demo"},\r\n  "algorithm": {"id": "a1", "outputs": [\r\n'
            '    {"name": "o", "remote": {"obs": {"obs_url": "obs://my-bucket/out"}}}]},\r\n'
            '  "spec": {"resource": {"flavor_id": "f"}, "log_export_path": {"obs_url": "s3://my-bucket/l/"}}\r\n}\r\n')
    fixed, remaining = tjlint.fix_text(text, "b.json")
    assert fixed == text.replace('"obs://my-bucket/out"', '"obs://my-bucket/out/"').replace(
        '"s3://my-bucket/l/"', '"/my-bucket/l/"')
    assert remaining == []


def test_no_slash_fix_for_a_value_that_is_not_an_obs_path() -> None:
    text = HEAD + "  code_dir: my-bucket/code\n  boot_file: my-bucket/code/t.py\n" + SPEC
    found = {d.code: d for d in tjlint.lint_text(text, "b.yaml") if d.pointer == "/algorithm/code_dir"}
    assert set(found) == {"TJ401", "TJ402"}
    assert found["TJ401"].fix == () and found["TJ402"].fix == ()


def test_outputs_overlapping_inputs_in_either_form() -> None:
    text = HEAD + ("  id: a1\n  inputs:\n  - {name: i, remote: {obs: {obs_url: 'obs://my-bucket/data/'}}}\n"
                   "  outputs:\n  - {name: o, remote: {obs: {obs_url: /my-bucket/data/out/}}}\n"
                   "  - {name: p, remote: {obs: {obs_url: /my-bucket/}}}\n"
                   "  - {name: q, remote: {obs: {obs_url: /my-bucket/data-out/}}}\n"
                   "spec:\n  resource: {flavor_id: f}\n  log_export_path: {obs_url: /my-bucket/data/logs/}\n")
    found = [d for d in tjlint.lint_text(text, "b.yaml") if d.code == "TJ405"]
    assert [(d.line, d.column) for d in found] == [(8, 30), (9, 30), (13, 21)]  # the obs_url keys
    assert {r.pointer for d in found for r in d.related} == {"/algorithm/inputs/0/remote/obs/obs_url"}


@pytest.mark.parametrize(("ref", "valid"), [
    ("xxxxxxxx/fastseq:1.2", True),  # the API page's sample: no registry host
    ("swr.cn-north-4.myhuaweicloud.com/my-org/img:1.0", True),
    ("my-org/team/img@sha256:" + "a" * 64, True),
    ("my.org/img:1", True),
    ("localhost:5000/org/img", True),
    ("fastseq:1.2", False), ("My_Org/img:1", False), ("org/img:.bad", False),
    ("https://swr.example.com/org/img", False), ("org/img name", False),
])
def test_image_registry_host_is_optional(ref: str, valid: bool) -> None:
    assert (image_problem(ref) is None) == valid


def test_bad_image_points_at_value() -> None:
    text = HEAD + "  engine: {image_url: 'Org/img:1'}\n  command: python t.py\n" + SPEC
    assert where(text, "b.yaml") == [(4, 23, "TJ404")]  # the quote starts the value


def test_command_syntax_only() -> None:
    text = HEAD + "  engine: {image_url: org/img:1}\n  command: \"python t.py --name 'x\"\n" + SPEC
    assert where(text, "b.yaml") == [(5, 12, "TJ303")]
    fine = HEAD + "  engine: {image_url: org/img:1}\n  command: cd /home/ma-user && sh run.sh {x}\n" + SPEC
    assert where(fine, "b.yaml") == []  # no run_train.sh contract, no placeholder rule in v2


@pytest.mark.parametrize(("command", "codes"), [
    # sh joins a backslash-newline; the next line goes on with the same command.
    ('"cd /home/ma-user/code && \\\\\\n  python train.py --epochs 3"', []),
    ('"python train.py \\\\\\n  --lr 0.01; echo done"', []),
    ('"python train.py --out $(date"', ["TJ303"]),  # an unclosed $( is as unreadable as a quote
    ('"python train.py &&"', ["TJ303"]),
])
def test_command_is_read_as_sh_reads_it(command: str, codes: list[str]) -> None:
    text = HEAD + f"  engine: {{image_url: org/img:1}}\n  command: {command}\n" + SPEC
    assert [c for _, _, c in where(text, "b.yaml")] == codes

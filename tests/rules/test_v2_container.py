"""TJ707, TJ708, TJ715 on v2 bodies: environment variables and the container's local folders."""

from __future__ import annotations

import pytest
from rule_helpers import V2_HEAD, V2_SPEC, where

from tjlint.model import Severity
from tjlint.rules.v2_container import RULES, local_dir_problem

HEAD = V2_HEAD + "algorithm:\n  id: a1\n"
SPEC = V2_SPEC


def test_metadata() -> None:
    assert [(r.code, r.name, r.severity) for r in RULES] == [
        ("TJ707", "environment-names", Severity.ERROR),
        ("TJ708", "local-dirs", Severity.ERROR),
        ("TJ715", "env-reference", Severity.WARNING),
    ]


# TJ707 environment-names: the name is a key, so the key is pointed at.


def test_bad_names_point_at_their_keys_yaml() -> None:
    text = HEAD + ("  environments:\n    GOOD_NAME: x\n    LOG-LEVEL: debug\n    2ND: y\n    _ok2: z\n"
                   '    "with space": w\n') + SPEC
    assert where(text, "b.yaml") == [(7, 5, "TJ707"), (8, 5, "TJ707"), (10, 5, "TJ707")]


def test_bad_names_json_and_flow() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"}, "algorithm": {"id": "a1",\n'
            '  "environments": {"A": "1", "b.c": "2"}},\n "spec": {"resource": {"pool_id": "p"}}}\n')
    assert where(text, "b.json") == [(2, 30, "TJ707")]
    flow = HEAD + "  environments: {A: '1', é: '2'}\n" + SPEC
    assert where(flow, "b.yaml") == [(5, 26, "TJ707")]  # columns count characters: é is one


def test_message_suggests_a_usable_name() -> None:
    import tjlint

    (found,) = tjlint.lint_text(HEAD + "  environments: {LOG-LEVEL: debug}\n" + SPEC, "b.yaml")
    assert "'LOG_LEVEL'" in found.message and "ModelArts.0104" in found.message


# TJ708 local-dirs


@pytest.mark.parametrize(("value", "bad"), [
    ("/home/ma-user/code/", False),
    ("/home/work/", False),
    ("/home/ma-user/modelarts-data/", False),  # a sibling of modelarts, not inside it
    ("/home/ma-user", True),
    ("/home/ma-user/", True),
    ("/home/ma-user/modelarts", True),
    ("/home/ma-user/modelarts/user-job-dir/code/", True),
    ("/home/ma-user/modelarts-dev/x", True),
    ("/home/ma-user/infer/", True),
    ("/home/ma-user/code/../modelarts/x", True),
    ("//home/ma-user/infer", True),
    ("/home", True),
    ("/tmp/code/", True),
    ("code/", True),
])
def test_local_dir_problem(value: str, bad: bool) -> None:
    assert (local_dir_problem(value) is not None) == bad


def test_local_dirs_point_at_values() -> None:
    text = HEAD + "  local_code_dir: /home/ma-user/modelarts/code/\n  working_dir: '/tmp/run'\n" + SPEC
    assert where(text, "b.yaml") == [(5, 19, "TJ708"), (6, 16, "TJ708")]
    json_text = ('{\n  "kind": "job", "metadata": {"name": "demo"},\n'
                 '  "algorithm": {"id": "a1", "working_dir": "/home/ma-user"},\n'
                 '  "spec": {"resource": {"pool_id": "p"}}\n}\n')
    assert where(json_text, "b.json") == [(3, 44, "TJ708")]


def test_input_local_dir_is_not_checked() -> None:
    text = HEAD + ("  inputs:\n  - name: data\n    local_dir: /home/ma-user/modelarts/inputs/data_url_0\n"
                   "    remote: {obs: {obs_url: /my-bucket/data/}}\n") + SPEC
    assert where(text, "b.yaml") == []


# TJ715 env-reference


@pytest.mark.parametrize(("value", "warns"), [
    ("$HOME/data", True), ("${PATH}:/opt/bin", True), ("a$B", True),
    ("costs $5", False), ("plain", False), ("$", False), ("${1}", False),
])
def test_references(value: str, warns: bool) -> None:
    text = HEAD + f"  environments:\n    DATA: '{value}'\n" + SPEC
    assert where(text, "b.yaml") == ([(6, 11, "TJ715")] if warns else [])


def test_reference_json() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"},\n "algorithm": {"id": "a1", "environments":'
            ' {\n   "DATA_DIR": "${HOME}/data"}},\n "spec": {"resource": {"pool_id": "p"}}}\n')
    assert where(text, "b.json") == [(3, 16, "TJ715")]

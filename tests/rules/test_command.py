"""TJ301-TJ305: user_command."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from rule_helpers import codes_found

import tjlint
from tjlint.rules.command import analyse

CODES = ("TJ301", "TJ302", "TJ303", "TJ304", "TJ305")
RT = "/home/work/run_train.sh"
JOB = "/home/work/user-job-dir"
OFFICIAL = f"bash {RT} python {JOB}/my-code/train.py --lr 0.1"
CLEAN: dict[str, Any] = {
    "config_name": "demo",
    "worker_server_num": 1,
    "spec_id": 1,
    "engine_id": 1,
    "app_url": "/my-bucket/my-code/",
    "boot_file_url": "/my-bucket/my-code/train.py",
    "data_url": "/my-bucket/data/",
    "user_image_url": "swr.cn-north-4.myhuaweicloud.com/org/img:1.0",
}


def found(command: Any, fmt: str, **extra: Any) -> list[tuple[str, str]]:
    return codes_found({**CLEAN, "user_command": command, **extra}, fmt, CODES)


def code(command: str, app_url: object = "/my-bucket/my-code/") -> str | None:
    problem = analyse(command, app_url)
    return None if problem is None else problem[0]



def test_official_form_is_clean(fmt: str) -> None:
    assert found(OFFICIAL, fmt) == []


@pytest.mark.parametrize(
    "command",
    [
        OFFICIAL,
        f"bash -x {RT} python {JOB}/my-code/train.py",
        f"bash -ex -o pipefail {RT} python3 {JOB}/my-code/train.py",
        f"/bin/bash {RT} python3.8 -u {JOB}/my-code/train.py --x 'a b'",
        f"bash {RT} python -W ignore -X dev {JOB}/my-code/sub/train.py",
        f"bash {RT} python -m my_pkg.train --epochs 3",
        f"bash {RT} python3 -u -m my_pkg.train",
        f'bash {RT} python "{JOB}/my-code/train.py" --name "my run"',
        f"bash {RT} python {JOB}/my-code/./train.py",
        f"bash {RT} bash {JOB}/my-code/start.sh",
        f"bash {RT} sh -e {JOB}/my-code/start.sh arg",
        f"bash {RT} python $DLS_APP_DIR/train.py",
        f"bash {RT} python {JOB}/my-code/train.py --out ${{DLS_TRAIN_URL}}",
        f"bash {RT} python {JOB}/my-code/train.py && echo done",
    ],
)
def test_accepted_commands(command: str) -> None:
    assert code(command) is None


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("", "TJ301"),
        ("   ", "TJ301"),
        (f"python {JOB}/my-code/train.py", "TJ301"),
        (f"sh {RT} python {JOB}/my-code/train.py", "TJ301"),
        (f"bash /home/work/other.sh python {JOB}/my-code/train.py", "TJ301"),
        (f"cd /x && bash {RT} python {JOB}/my-code/train.py", "TJ301"),
        (f"bash {RT}", "TJ302"),
        (f"bash -x {RT}", "TJ302"),
        (f"bash {RT} {JOB}/my-code/train.py", "TJ302"),
        (f"bash {RT} python2 {JOB}/my-code/train.py", "TJ302"),
        (f"bash {RT} 'python\n' {JOB}/my-code/train.py", "TJ302"),
        (f"bash {RT} pythonx {JOB}/my-code/train.py", "TJ302"),
        (f"bash {RT} python", "TJ302"),
        (f"bash {RT} python -u", "TJ302"),
        (f"bash {RT} bash -c 'python train.py'", "TJ302"),
        (f"bash {RT} bash", "TJ302"),
        (f"bash {RT} python '{JOB}/my-code/train.py", "TJ303"),
        (f'bash {RT} python "{JOB}/my-code/train.py', "TJ303"),
        (f"bash {RT} python {JOB}/my-code/train.py \\", "TJ303"),
        (f"bash {RT} python {JOB}/app/train.py", "TJ304"),
        (f"bash {RT} python {JOB}/my-code-old/train.py", "TJ304"),
        (f"bash {RT} python {JOB}/my-code/../train.py", "TJ304"),
        (f"bash {RT} python train.py", "TJ304"),
        (f"bash {RT} python {JOB}/my-code/train.sh", "TJ304"),
        (f"bash {RT} python -u {JOB}/my-code/train", "TJ304"),
        (f"bash {RT} bash {JOB}/other/start.sh", "TJ304"),
    ],
)
def test_rejected_commands(command: str, expected: str) -> None:
    assert code(command) == expected


def test_app_url_decides_the_code_dir() -> None:
    command = f"bash {RT} python {JOB}/new/train.py"
    assert code(command, "/bucket/new/") is None
    assert code(command, "/bucket/new") is None
    assert code(command, "obs://bucket/x/new/") is None
    assert code(command, "/bucket/old/") == "TJ304"


@pytest.mark.parametrize("app_url", [None, 5, ["/a/"], "/"])
def test_without_usable_app_url_only_py_is_checked(app_url: object) -> None:
    assert code(f"bash {RT} python /anywhere/train.py", app_url) is None
    assert code(f"bash {RT} python /anywhere/train.txt", app_url) == "TJ304"


def test_placeholder_left(fmt: str) -> None:
    command = f"bash {RT} python {JOB}/my-code/train.py {{python_file_parameter}}"
    assert found(command, fmt) == [("/user_command", "TJ305")]


def test_placeholder_reported_even_when_unsplittable(fmt: str) -> None:
    command = f"bash {RT} python {JOB}/my-code/train.py '{{python_file_parameter}}"
    assert sorted(found(command, fmt)) == [("/user_command", "TJ303"), ("/user_command", "TJ305")]


@pytest.mark.parametrize(
    "command",
    [
        f"{OFFICIAL} --out ${{DLS_TRAIN_URL}}",
        f"{OFFICIAL} --json '{{\"a\": 1}}'",
        f"{OFFICIAL} --range {{1,2}}",
    ],
)
def test_not_placeholders(command: str, fmt: str) -> None:
    assert found(command, fmt) == []


def test_api_page_form_with_its_app_url(fmt: str) -> None:
    command = f"bash {RT} python {JOB}/app/train.py {{python_file_parameter}}"
    got = found(command, fmt, app_url="/usr/app/", boot_file_url="/usr/app/boot.py")
    assert got == [("/user_command", "TJ305")]


def test_position_is_the_value() -> None:
    text = yaml.safe_dump(CLEAN, sort_keys=False)
    text += f'user_command: "python {JOB}/my-code/train.py"\n'
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code in CODES]
    assert [(d.line, d.column, d.code) for d in diags] == [(9, 15, "TJ301")]


@pytest.mark.parametrize("weird", [None, 5, ["bash", RT], {"cmd": "x"}, True])
def test_non_string_command_is_left_to_the_schema(weird: object, fmt: str) -> None:
    assert found(weird, fmt) == []


def test_tj301_on_a_bare_python_command_shows_the_command_with_its_prefix() -> None:
    import tjlint

    text = (
        "config_name: demo\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\n"
        "app_url: /my-bucket/detr/\nboot_file_url: /my-bucket/detr/main.py\ndata_url: /my-bucket/data/\n"
        "user_image_url: swr.cn-north-4.myhuaweicloud.com/team/detr:1.2\n"
        "user_command: python3 /home/work/user-job-dir/detr/main.py --epochs 5\n"
    )
    (d,) = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code == "TJ301"]
    assert (d.line, d.column) == (9, 15)
    expected = "write bash /home/work/run_train.sh python3 /home/work/user-job-dir/detr/main.py --epochs 5"
    assert d.message.endswith(expected)

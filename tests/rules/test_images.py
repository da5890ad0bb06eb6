"""TJ208, TJ211, TJ404: custom images (TJ210 is retired)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from rule_helpers import BASE, codes_found, lint_as

import tjlint
from tjlint.rules.swr import image_problem

CODES = ("TJ208", "TJ211", "TJ404")
IMAGE = "swr.cn-north-4.myhuaweicloud.com/my-org/train:1.0"
COMMAND = "bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py"
CLEAN = BASE


def found(data: dict[str, Any], fmt: str) -> list[tuple[str, str]]:
    return codes_found(data, fmt, CODES)


def body(**fields: Any) -> dict[str, Any]:
    return {**CLEAN, **fields}



def test_image_with_command_and_engine_is_clean(fmt: str) -> None:
    assert found(body(user_image_url=IMAGE, user_command=COMMAND), fmt) == []


@pytest.mark.parametrize(("have", "value"), [("user_image_url", IMAGE), ("user_command", COMMAND)])
def test_half_pair(have: str, value: str, fmt: str) -> None:
    assert ("/" + have, "TJ208") in found(body(**{have: value}), fmt)


def test_custom_image_without_engine_id_is_clean(fmt: str) -> None:
    # rules.md: TJ210 is retired; the engine defaults to 1 and official custom-image samples omit it.
    data = body(user_image_url=IMAGE, user_command=COMMAND)
    del data["engine_id"]
    assert [(d.pointer, d.code) for d in lint_as(data, fmt)] == []


def test_no_image_no_engine_warning(fmt: str) -> None:
    data = body()
    del data["engine_id"]
    assert found(data, fmt) == []


@pytest.mark.parametrize("label", ["learning_rate", "_x", "LR2", "a"])
def test_valid_env_labels(label: str, fmt: str) -> None:
    params = [{"label": label, "value": "1"}]
    assert found(body(user_image_url=IMAGE, user_command=COMMAND, parameter=params), fmt) == []


@pytest.mark.parametrize("label", ["learning-rate", "2nd", "a.b", "", "a b", "é"])
def test_invalid_env_labels(label: str, fmt: str) -> None:
    params = [{"label": "ok", "value": "1"}, {"label": label, "value": "1"}]
    data = body(user_image_url=IMAGE, user_command=COMMAND, parameter=params)
    assert found(data, fmt) == [("/parameter/1/label", "TJ211")]


def test_labels_without_image_are_not_env_vars(fmt: str) -> None:
    assert found(body(parameter=[{"label": "learning-rate", "value": "1"}]), fmt) == []


@pytest.mark.parametrize(
    "ref",
    [
        "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
        "swr.cn-north-4.myhuaweicloud.com/org/img:1.0",
        "swr.cn-north-4.myhuaweicloud.com/org/img",
        "swr.cn-north-4.myhuaweicloud.com/org/team/img:v2_b.3-rc",
        "localhost:5000/org/img:latest",
        "localhost/org/img",
        "registry.example.com:443/my.org_a-b/img.x_y-z:TAG",
        "swr.cn-north-4.myhuaweicloud.com/a__b/img:_x",
        "swr.cn-north-4.myhuaweicloud.com/org/img@sha256:" + "a" * 64,
        "swr.cn-north-4.myhuaweicloud.com/org/img:1.0@sha256:" + "0123456789" * 6 + "abcd",
        "swr.x.com/" + "o" * 64 + "/img:" + "t" * 128,
    ],
)
def test_valid_image_refs(ref: str) -> None:
    assert image_problem(ref) is None


@pytest.mark.parametrize(
    "ref",
    [
        "",
        "img:1.0",
        "org/img:1.0",
        "jobmng/custom-cpu-base:1.0",
        "https://swr.cn-north-4.myhuaweicloud.com/org/img:1.0",
        "swr.cn-north-4.myhuaweicloud.com/org",
        "swr.cn-north-4.myhuaweicloud.com/Org/img:1.0",
        "swr.cn-north-4.myhuaweicloud.com/1org/img:1.0",
        "swr.cn-north-4.myhuaweicloud.com/org-/img:1.0",
        "swr.cn-north-4.myhuaweicloud.com/o--rg/img:1.0",
        "swr.cn-north-4.myhuaweicloud.com/a___b/img:1.0",
        "swr.x.com/" + "o" * 65 + "/img",
        "swr.cn-north-4.myhuaweicloud.com/org/Img:1.0",
        "swr.cn-north-4.myhuaweicloud.com/org/img-:1.0",
        "swr.cn-north-4.myhuaweicloud.com/org/a//b:1.0",
        "swr.x.com/org/" + "i" * 129,
        "swr.cn-north-4.myhuaweicloud.com/org/img:",
        "swr.cn-north-4.myhuaweicloud.com/org/img:.x",
        "swr.cn-north-4.myhuaweicloud.com/org/img:-x",
        "swr.cn-north-4.myhuaweicloud.com/org/img:a+b",
        "swr.x.com/org/img:" + "t" * 129,
        "swr.cn-north-4.myhuaweicloud.com/org/img@sha256:abc",
        "swr.cn-north-4.myhuaweicloud.com/org/img@md5:" + "a" * 64,
        "swr.cn-north-4.myhuaweicloud.com/org/img@sha256:" + "A" * 64,
        "100.125.5.235:port/jobmng/img:1.0",
        "100.125.5.235:70000/jobmng/img:1.0",
        "100.125.5.235:/jobmng/img:1.0",
        "swr..com/org/img",
        "swr.cn-north-4.myhuaweicloud.com/org/img 1.0",
        "swr.cn-north-4.myhuaweicloud.com/org/img:1.0\n",
    ],
)
def test_invalid_image_refs(ref: str) -> None:
    assert image_problem(ref) is not None


def test_bad_image_position_and_message() -> None:
    text = yaml.safe_dump(body(user_command=COMMAND), sort_keys=False)
    text += "user_image_url: 'org/img'\n"
    diags = [d for d in tjlint.lint_text(text, filename="x.yaml") if d.code == "TJ404"]
    assert [(d.line, d.column) for d in diags] == [(9, 17)]
    assert "ModelArts.2810" in diags[0].message


def test_pair_message_names_2806() -> None:
    diags = tjlint.lint_text(yaml.safe_dump(body(user_image_url=IMAGE)), filename="x.yaml")
    assert any("ModelArts.2806" in d.message for d in diags if d.code == "TJ208")


@pytest.mark.parametrize(
    "weird",
    [
        {"user_image_url": 5, "user_command": [1]},
        {"user_image_url": IMAGE, "user_command": COMMAND, "parameter": "x"},
        {"user_image_url": IMAGE, "user_command": COMMAND, "parameter": [1, {"label": 2}]},
        {"user_image_url": {"a": 1}},
    ],
)
def test_wrong_types_never_crash(weird: dict[str, Any], fmt: str) -> None:
    found(body(**weird), fmt)


def test_label_with_trailing_newline_is_not_a_variable_name(fmt: str) -> None:
    # `[A-Za-z_][A-Za-z0-9_]*` must match the whole label: "lr\n" is not a variable name.
    params = [{"label": "lr\n", "value": "1"}]
    data = body(user_image_url=IMAGE, user_command=COMMAND, parameter=params)
    text = (
        "config_name: demo\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\n"
        "app_url: /my-bucket/app/\nboot_file_url: /my-bucket/app/train.py\n"
        f"data_url: /my-bucket/data/\nuser_image_url: {IMAGE}\nuser_command: {COMMAND}\n"
        'parameter:\n- label: "lr\\n"\n  value: "1"\n'
    )
    assert found(data, fmt) == [("/parameter/0/label", "TJ211")]
    found_yaml = [(d.line, d.column, d.code) for d in tjlint.lint_text(text, filename="x.yaml")]
    assert found_yaml == [(11, 10, "TJ211")]

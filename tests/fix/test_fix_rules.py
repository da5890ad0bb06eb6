"""The TJ103, TJ401 and TJ402 fixes, byte for byte on whole files.

Every expected text is written by hand from spec/rules.md ("Fixes"): only
the repaired value changes; comments, quoting, indentation, ``\\r\\n`` and a
BOM stay as they were.
"""

from __future__ import annotations

import pytest

import tjlint
from tjlint import Config

HEAD = (
    "config_name: resnet-train\n"
    "worker_server_num: 1\n"
    "spec_id: 1\n"
    "engine_id: 122\n"
)


def check_fix(before: str, after: str, filename: str = "job.yaml", remaining: tuple[str, ...] = (),
              config: Config | None = None) -> None:
    """Fixing ``before`` gives exactly ``after``; fixing again changes nothing."""
    fixed, left = tjlint.fix_text(before, filename, config=config)
    assert fixed == after
    assert tuple(d.code for d in left) == remaining
    again, left_again = tjlint.fix_text(fixed, filename, config=config)
    assert again == fixed
    assert left_again == left


# --- TJ103: a YAML scalar read as bool/number/null/date where a string is needed -------------

def test_tj103_yaml_block_keeps_original_text_and_comment() -> None:
    before = HEAD + (
        "model_id: 7\n"
        "data_url: /my-bucket/data/\n"
        "parameter:\n"
        "  - label: learning_rate\n"
        "    value: 0.010    # keep two zeros\n"
        "  - label: use_fp16\n"
        "    value: no\n"
        "  - label: start\n"
        "    value: 2024-01-01\n"
        "  - label: steps\n"
        "    value: 1.5e+3\n"
        "  - label: nothing\n"
        "    value: ~\n"
        "  - label: at\n"
        "    value: 12:30\n"
    )
    after = HEAD + (
        "model_id: 7\n"
        "data_url: /my-bucket/data/\n"
        "parameter:\n"
        "  - label: learning_rate\n"
        '    value: "0.010"    # keep two zeros\n'
        "  - label: use_fp16\n"
        '    value: "no"\n'
        "  - label: start\n"
        '    value: "2024-01-01"\n'
        "  - label: steps\n"
        '    value: "1.5e+3"\n'
        "  - label: nothing\n"
        '    value: "~"\n'
        "  - label: at\n"
        '    value: "12:30"\n'
    )
    check_fix(before, after)


def test_tj103_yaml_flow_several_on_one_line() -> None:
    before = HEAD + (
        "model_id: 7\n"
        "data_url: /my-bucket/data/\n"
        "parameter: [{label: lr, value: 0.010}, {label: fp16, value: yes}]  # tuned\n"
    )
    after = HEAD + (
        "model_id: 7\n"
        "data_url: /my-bucket/data/\n"
        'parameter: [{label: lr, value: "0.010"}, {label: fp16, value: "yes"}]  # tuned\n'
    )
    check_fix(before, after)


def test_tj103_yaml_config_desc_date() -> None:
    before = HEAD + "model_id: 7\ndata_url: /my-bucket/data/\nconfig_desc: 2024-01-01\n"
    after = HEAD + 'model_id: 7\ndata_url: /my-bucket/data/\nconfig_desc: "2024-01-01"\n'
    check_fix(before, after)


@pytest.mark.parametrize("value", ["!!float 0.5", "null", ""])
def test_tj103_yaml_without_a_safe_fix(value: str) -> None:
    # A tagged scalar is not plain; an empty value (null) has no text to quote.
    # "null" itself is plain text and gets quoted.
    before = HEAD + f"model_id: 7\ndata_url: /my-bucket/data/\nconfig_desc: {value}\n"
    if value == "null":
        check_fix(before, before.replace("config_desc: null", 'config_desc: "null"'))
    else:
        check_fix(before, before, remaining=("TJ103",))


def test_tj103_json_number_becomes_string_of_its_text() -> None:
    before = (
        '{\n  "config_name": "resnet-train",\n  "worker_server_num": 1,\n  "spec_id": 1,\n'
        '  "model_id": 7,\n  "data_url": "/my-bucket/data/",\n'
        '  "parameter": [\n'
        '    {"label": "lr", "value": 0.010},\n'
        '    {"label": "steps", "value": 1E3},\n'
        '    {"label": "shift", "value": -2}\n'
        "  ]\n}\n"
    )
    after = (
        '{\n  "config_name": "resnet-train",\n  "worker_server_num": 1,\n  "spec_id": 1,\n'
        '  "model_id": 7,\n  "data_url": "/my-bucket/data/",\n'
        '  "parameter": [\n'
        '    {"label": "lr", "value": "0.010"},\n'
        '    {"label": "steps", "value": "1E3"},\n'
        '    {"label": "shift", "value": "-2"}\n'
        "  ]\n}\n"
    )
    check_fix(before, after, "job.json")


def test_tj103_json_boolean_and_null_have_no_fix() -> None:
    before = (
        '{"config_name": "a", "worker_server_num": 1, "spec_id": 1, "model_id": 7,'
        ' "data_url": "/my-bucket/data/", "parameter": [{"label": "a", "value": true},'
        ' {"label": "b", "value": null}]}'
    )
    check_fix(before, before, "job.json", remaining=("TJ103", "TJ103"))


# --- TJ401: obs:// or s3:// with a valid bucket becomes /bucket/path ---------------------------

def test_tj401_boot_file_plain_and_quoted() -> None:
    before = (
        "config_name: resnet-train\nworker_server_num: 1\nspec_id: 1\nengine_id: 122\n"
        "app_url: /my-bucket/code/\n"
        "boot_file_url: obs://my-bucket/code/train.py   # entry point\n"
        "data_url: /my-bucket/data/\n"
    )
    after = (
        "config_name: resnet-train\nworker_server_num: 1\nspec_id: 1\nengine_id: 122\n"
        "app_url: /my-bucket/code/\n"
        "boot_file_url: /my-bucket/code/train.py   # entry point\n"
        "data_url: /my-bucket/data/\n"
    )
    check_fix(before, after)
    single = before.replace("obs://my-bucket/code/train.py", "'S3://my-bucket/code/train.py'")
    check_fix(single, after.replace("/my-bucket/code/train.py ", "'/my-bucket/code/train.py' "))


def test_tj401_invalid_bucket_or_escapes_are_not_fixed() -> None:
    before = HEAD + (
        "app_url: /my-bucket/code/\n"
        "boot_file_url: obs://My_Bucket/code/train.py\n"
        'data_url: "obs://my-bucket/d\\x61ta/"\n'
    )
    check_fix(before, before, remaining=("TJ205", "TJ401", "TJ401"))


def test_tj401_and_tj402_on_one_value_write_both_repairs() -> None:
    before = HEAD + (
        "app_url: obs://my-bucket/code\n"
        "boot_file_url: /my-bucket/code/train.py\n"
        'data_url: "s3://my-bucket/data"  # images\n'
    )
    after = HEAD + (
        "app_url: /my-bucket/code/\n"
        "boot_file_url: /my-bucket/code/train.py\n"
        'data_url: "/my-bucket/data/"  # images\n'
    )
    check_fix(before, after)


def test_tj401_json_keeps_layout() -> None:
    before = (
        '{"config_name":"a","worker_server_num":1,"spec_id":1,"engine_id":122,'
        '"app_url":"obs://my-bucket/code/","boot_file_url":"obs://my-bucket/code/t.py",'
        '"data_url":"/my-bucket/data/"}'
    )
    after = (
        '{"config_name":"a","worker_server_num":1,"spec_id":1,"engine_id":122,'
        '"app_url":"/my-bucket/code/","boot_file_url":"/my-bucket/code/t.py",'
        '"data_url":"/my-bucket/data/"}'
    )
    check_fix(before, after, "job.json")


def test_tj401_in_a_job_body() -> None:
    before = (
        "job_name: nightly\n"
        "config:\n"
        "  worker_server_num: 1\n"
        "  spec_id: 1\n"
        "  model_id: 7\n"
        "  data_url: obs://my-bucket/data/   # input\n"
    )
    after = before.replace("obs://my-bucket/data/", "/my-bucket/data/")
    check_fix(before, after, config=Config(select=("TJ4",)))


# --- TJ402: append / to a directory, inside its quotes -----------------------------------------

def test_tj402_block_quoted_and_plain() -> None:
    before = HEAD + (
        "app_url: '/my-bucket/code'\n"
        "boot_file_url: /my-bucket/code/train.py\n"
        'data_url: "/my-bucket/data"\n'
        "train_url: /my-bucket/output  # results\n"
        "log_url: /my-bucket/logs\n"
    )
    after = HEAD + (
        "app_url: '/my-bucket/code/'\n"
        "boot_file_url: /my-bucket/code/train.py\n"
        'data_url: "/my-bucket/data/"\n'
        "train_url: /my-bucket/output/  # results\n"
        "log_url: /my-bucket/logs/\n"
    )
    check_fix(before, after)


def test_tj402_flow_mapping_and_data_source_items() -> None:
    before = (
        "{config_name: a, worker_server_num: 1, spec_id: 1, model_id: 7, data_source:"
        " [{type: obs, data_url: /my-bucket/a}, {type: obs, data_url: '/my-bucket/b'}]}\n"
    )
    after = (
        "{config_name: a, worker_server_num: 1, spec_id: 1, model_id: 7, data_source:"
        " [{type: obs, data_url: /my-bucket/a/}, {type: obs, data_url: '/my-bucket/b/'}]}\n"
    )
    check_fix(before, after)


def test_tj402_json_data_source() -> None:
    before = (
        '{\n    "config_name": "a",\n    "worker_server_num": 1,\n    "spec_id": 1,\n'
        '    "model_id": 7,\n    "data_source": [{"type": "obs", "data_url": "/my-bucket/a"}],\n'
        '    "train_url": "/my-bucket/out"\n}'
    )
    after = (
        '{\n    "config_name": "a",\n    "worker_server_num": 1,\n    "spec_id": 1,\n'
        '    "model_id": 7,\n    "data_source": [{"type": "obs", "data_url": "/my-bucket/a/"}],\n'
        '    "train_url": "/my-bucket/out/"\n}'
    )
    check_fix(before, after, "job.json")


# --- the whole file: CRLF, BOM, several documents ----------------------------------------------

def test_crlf_and_bom_yaml() -> None:
    before = (
        "\ufeff# training job\r\n"
        "config_name: resnet-train\r\n"
        "worker_server_num: 1\r\n"
        "spec_id: 1\r\n"
        "model_id: 7\r\n"
        "data_url: obs://my-bucket/data\r\n"
        "parameter:\r\n"
        "  - {label: lr, value: 0.010}   # lr\r\n"
    )
    after = (
        "\ufeff# training job\r\n"
        "config_name: resnet-train\r\n"
        "worker_server_num: 1\r\n"
        "spec_id: 1\r\n"
        "model_id: 7\r\n"
        "data_url: /my-bucket/data/\r\n"
        "parameter:\r\n"
        '  - {label: lr, value: "0.010"}   # lr\r\n'
    )
    check_fix(before, after)


def test_crlf_and_bom_json() -> None:
    before = (
        '\ufeff{\r\n  "config_name": "a",\r\n  "worker_server_num": 1,\r\n  "spec_id": 1,\r\n'
        '  "model_id": 7,\r\n  "data_url": "s3://my-bucket/data",\r\n'
        '  "parameter": [{"label": "lr", "value": 0.5}]\r\n}\r\n'
    )
    after = (
        '\ufeff{\r\n  "config_name": "a",\r\n  "worker_server_num": 1,\r\n  "spec_id": 1,\r\n'
        '  "model_id": 7,\r\n  "data_url": "/my-bucket/data/",\r\n'
        '  "parameter": [{"label": "lr", "value": "0.5"}]\r\n}\r\n'
    )
    check_fix(before, after, "job.json")


def test_multi_document_stream() -> None:
    before = (
        "# first job\n"
        "config_name: one\nworker_server_num: 1\nspec_id: 1\nmodel_id: 7\n"
        "data_url: /my-bucket/one\n"
        "---\n"
        "# second job: TJ201 (two data sources) cannot be fixed\n"
        "config_name: two\nworker_server_num: 1\nspec_id: 1\nmodel_id: 7\n"
        "data_url: obs://my-bucket/two/\n"
        "dataset_id: ds\ndataset_version_id: v1\n"
        "parameter:\n- label: lr\n  value: .5\n"
        "...\n"
    )
    after = (
        "# first job\n"
        "config_name: one\nworker_server_num: 1\nspec_id: 1\nmodel_id: 7\n"
        "data_url: /my-bucket/one/\n"
        "---\n"
        "# second job: TJ201 (two data sources) cannot be fixed\n"
        "config_name: two\nworker_server_num: 1\nspec_id: 1\nmodel_id: 7\n"
        "data_url: /my-bucket/two/\n"
        "dataset_id: ds\ndataset_version_id: v1\n"
        'parameter:\n- label: lr\n  value: ".5"\n'
        "...\n"
    )
    fixed, left = tjlint.fix_text(before, "jobs.yaml")
    assert fixed == after
    assert [(d.document, d.code) for d in left] == [(1, "TJ201")]
    assert tjlint.fix_text(fixed, "jobs.yaml")[0] == fixed


def test_no_trailing_newline_is_kept() -> None:
    before = HEAD + "model_id: 7\ndata_url: /my-bucket/data"
    check_fix(before, HEAD + "model_id: 7\ndata_url: /my-bucket/data/")


@pytest.mark.parametrize(("ignored", "expected"), [
    # rules.md, Fixes: the value a fix writes must pass every rule on the field, ignored or not:
    # obs://my-bucket/data/ is still no OBS path, so TJ402 offers no fix for it.
    ("TJ401", "data_url: obs://my-bucket/data\n"),
    ("TJ402", "data_url: /my-bucket/data/\n"),
])
def test_a_fix_is_judged_by_every_rule_even_ignored_ones(ignored: str, expected: str) -> None:
    before = HEAD.replace("engine_id: 122\n", "model_id: 7\n") + "data_url: obs://my-bucket/data\n"
    fixed, _ = tjlint.fix_text(before, "job.yaml", config=Config(ignore=(ignored,)))
    assert fixed == HEAD.replace("engine_id: 122\n", "model_id: 7\n") + expected

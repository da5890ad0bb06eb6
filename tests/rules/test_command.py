"""TJ301-TJ305: user_command, read as sh reads it (rules.md, "TJ3xx: user_command")."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from rule_helpers import from_base, lint_as

import tjlint

CODES = ("TJ301", "TJ302", "TJ303", "TJ304", "TJ305")
RT = "/home/work/run_train.sh"
JOB = "/home/work/user-job-dir"
SCRIPT = f"{JOB}/my-code/train.py"
OFFICIAL = f"bash {RT} python {SCRIPT} --lr 0.1"
CLEAN = from_base(app_url="/my-bucket/my-code/", boot_file_url="/my-bucket/my-code/train.py",
                  data_url="/data-bucket/coco/", user_image_url="swr.cn-north-4.myhuaweicloud.com/org/img:1.0")


class LiteralDumper(yaml.SafeDumper):
    """Writes multi-line strings as literal block scalars (``|``), as people write long commands."""


def _literal(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


LiteralDumper.add_representer(str, _literal)

STYLES: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
    "yaml-block": ("yaml", lambda body: yaml.safe_dump(body, sort_keys=False)),
    "yaml-literal": ("yaml", lambda body: yaml.dump(body, Dumper=LiteralDumper, sort_keys=False)),
    "yaml-flow": ("yaml", lambda body: yaml.safe_dump(body, sort_keys=False, default_flow_style=True)),
    "json-indented": ("json", lambda body: json.dumps(body, indent=2)),
    "json-flow": ("json", json.dumps),
}


@pytest.fixture(params=sorted(STYLES))
def fmt(request: pytest.FixtureRequest) -> str:
    """The command tests run on YAML and JSON, each written in block and in flow style."""
    return str(request.param)


def found(command: Any, style: str, **extra: Any) -> list[str]:
    """The TJ3xx codes reported on a config body with ``command`` written in ``style``, in order."""
    ext, dump = STYLES[style]
    body = {**CLEAN, "user_command": command, **extra}
    body = {key: value for key, value in body.items() if value is not None or key not in extra}  # None: left out
    diags = [d for d in tjlint.lint_text(dump(body), filename=f"x.{ext}") if d.code in CODES]
    assert all(d.pointer == "/user_command" for d in diags)
    return [d.code for d in diags]


ACCEPTED = [
    OFFICIAL,
    # how run_train.sh is invoked
    f"bash -x {RT} python {SCRIPT}",
    f"bash -ex -o pipefail {RT} python3 {SCRIPT}",
    f"/bin/bash {RT} python3.8 -u {SCRIPT} --x 'a b'",
    f"sh {RT} python {SCRIPT}",
    f"/bin/sh -e {RT} python {SCRIPT}",
    f"/usr/bin/env bash {RT} python {SCRIPT}",
    f"env -i PATH=/usr/bin bash {RT} python {SCRIPT}",
    f"bash /home/work/./run_train.sh python {SCRIPT}",
    f"bash //home/work/run_train.sh python {SCRIPT}",
    f"exec bash {RT} python {SCRIPT}",
    f"bash '{RT}' python {SCRIPT}",
    f"bash /home/work/run\\\n_train.sh python {SCRIPT}",
    # preparation before it
    f"env && bash {RT} python {SCRIPT}",
    f"export A=1; bash {RT} python {SCRIPT}",
    f"cd /home/work && bash {RT} python {SCRIPT}",
    f"cd /home/work && bash run_train.sh python {SCRIPT}",
    f"set -x\nbash {RT} python {SCRIPT}",
    f"echo start && bash {RT} python {SCRIPT}",
    f"pip install -r /tmp/req.txt && bash {RT} python {SCRIPT}",
    f"python -m pip install torch==2.1 && bash {RT} python {SCRIPT}",
    f"python3 --version && bash {RT} python {SCRIPT}",
    f"source /usr/local/Ascend/set_env.sh && bash {RT} python {SCRIPT}",
    f"A=1 B='x y' bash {RT} python {SCRIPT}",
    f"# start the job\nbash {RT} python {SCRIPT}",
    f"bash -c 'env && bash {RT} python {SCRIPT}'",
    f'sh -c "cd /tmp; bash {RT} python {SCRIPT} --name \\"a b\\""',
    f"bash -c 'pip install x' && bash {RT} python {SCRIPT}",
    # multi-line commands joined by continuations
    f"bash {RT} \\\n  python {SCRIPT} \\\n  --lr 0.1 \\\n  --epochs 3",
    f"bash {RT} \\\n\tpython \\\n\t{SCRIPT}",
    f"bash {RT} python {JOB}/my-\\\ncode/train.py",
    f'bash {RT} python "{JOB}/my-\\\ncode/train.py"',
    f"env &&\nbash {RT} python {SCRIPT}",
    f"bash {RT} python {SCRIPT} \\\n",
    f"bash {RT} python {SCRIPT}\n",
    # whatever can run may follow run_train.sh
    f"bash {RT} python2 {SCRIPT}",
    f"bash {RT} /opt/conda/bin/python {SCRIPT}",
    f"bash {RT} /usr/local/bin/start-training --flag",
    f"bash {RT} bash {JOB}/my-code/start.sh",
    f"bash {RT} sh -e {JOB}/my-code/start.sh arg",
    f"bash {RT} bash -c 'python {SCRIPT} --lr 0.1'",
    f"bash {RT} bash -c 'cd {JOB}/my-code && python train.py'",
    f"bash {RT} mpirun -np 8 -x PATH python {SCRIPT}",
    f"bash {RT} torchrun --nproc_per_node=8 --nnodes 1 {SCRIPT} --lr 0.1",
    f"bash {RT} torchrun -m my_pkg.train --cfg other.py",
    f"bash {RT} deepspeed --num_gpus 8 {SCRIPT} --deepspeed ds.json",
    f"bash {RT} accelerate launch --config_file {JOB}/my-code/acc.yaml {SCRIPT}",
    f"bash {RT} horovodrun -np 4 -H localhost:4 python {SCRIPT}",
    f"bash {RT} env A=1 python {SCRIPT}",
    f"bash {RT} nvidia-smi",
    # Python's own option grammar
    f"bash {RT} python -m my_pkg.train --epochs 3",
    f"bash {RT} python3 -um my_pkg.train",
    f"bash {RT} python -mmy_pkg.train",
    f"bash {RT} python -Bc 'import train; train.main()'",
    f"bash {RT} python -W ignore -X dev {SCRIPT}",
    f"bash {RT} python -Wignore -Xdev -uB {SCRIPT}",
    f"bash {RT} python -uW ignore {SCRIPT}",
    f"bash {RT} python -- {SCRIPT}",
    f"bash {RT} python - < /tmp/train.py",
    f"bash {RT} python {JOB}/my-code/",
    f"bash {RT} python {JOB}/my-code/app.pyz",
    f"bash {RT} python {JOB}/my-code/./sub/train.py",
    # quoting, redirections, variables, what comes after
    f'bash {RT} python "{SCRIPT}" --name "my run"',
    f"bash {RT} python {SCRIPT} > /cache/log.txt 2>&1",
    f"bash {RT} python {SCRIPT} 2>&1 | tee /cache/log.txt",
    f"bash {RT} python {SCRIPT} |& tee /cache/log.txt",
    f"bash {RT} python {SCRIPT} <<< 'yes'",
    f"sudo -E bash {RT} python {SCRIPT}",
    f"bash {RT} python {SCRIPT} && echo done",
    f"bash {RT} python {SCRIPT} # a comment with 'a quote",
    f"bash {RT} python $DLS_APP_DIR/train.py",
    f'bash {RT} python "${{DLS_APP_DIR}}/train.py" --out ${{DLS_TRAIN_URL}}',
    f"bash {RT} python {SCRIPT} --stamp $(date +%s) --host `hostname`",
    f"bash {RT} python {SCRIPT} --data_url /data-bucket/coco/ --train_url s3://x/y",
    f"bash {RT} python {SCRIPT} \\; echo not-a-separator",
    # braces that are the program's business
    f"bash {RT} python {SCRIPT} --save '{{epoch}}.ckpt' --fmt {{epoch}}.ckpt",
    f"bash {RT} python {SCRIPT} --json '{{\"a\": 1}}' --range {{1,2}} --x {{}}",
    f"bash {RT} python {SCRIPT} --x \"<name>\" --y '{{file}}' --z ${{file_location}}",
]


@pytest.mark.parametrize("command", ACCEPTED)
def test_accepted_commands(command: str, fmt: str) -> None:
    assert found(command, fmt) == []


REJECTED = [
    # TJ301: no command invokes run_train.sh
    ("", ["TJ301"]),
    ("   \n", ["TJ301"]),
    (f"python {SCRIPT}", ["TJ301"]),
    (f"bash /home/work/other.sh python {SCRIPT}", ["TJ301"]),
    (f"{RT} python {SCRIPT}", ["TJ301"]),
    (f"bash /home/run_train.sh python {SCRIPT}", ["TJ301"]),
    (f"bash run_train.sh python {SCRIPT}", ["TJ301"]),
    (f"bash $HOME/run_train.sh python {SCRIPT}", ["TJ301"]),
    (f"echo bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"# bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"python {SCRIPT} # bash {RT}", ["TJ301"]),
    (f"bash -c 'python {SCRIPT}'", ["TJ301"]),
    # TJ301: the training starts before it
    (f"python {JOB}/my-code/prep.py && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"A=1 python3 prep.py; bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"python -c 'import prep' && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"bash /opt/setup.sh\nbash {RT} python {SCRIPT}", ["TJ301"]),
    (f"sh -x prep.sh && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"./prepare.sh && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"/opt/tools/convert.py && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"torchrun train.py; bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"mpirun -np 2 hostname && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"deepspeed train.py && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"horovodrun -np 2 python x.py && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"accelerate launch x.py && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"nohup python {SCRIPT} & bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"bash -c 'python prep.py' && bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"python prep.py | bash {RT} python {SCRIPT}", ["TJ301"]),
    (f"python prep.py && bash {RT}", ["TJ301", "TJ302"]),
    # TJ302: nothing follows run_train.sh
    (f"bash {RT}", ["TJ302"]),
    (f"bash -x {RT}", ["TJ302"]),
    (f"bash {RT} > /cache/log.txt 2>&1", ["TJ302"]),
    (f"bash {RT}\npython {SCRIPT}", ["TJ302"]),
    (f"bash {RT} \npython {SCRIPT} \\\n  --lr 0.1", ["TJ302"]),
    (f"bash {RT} \\ \npython {SCRIPT}", ["TJ302"]),
    (f"bash {RT} \\\r\npython {SCRIPT}", ["TJ302"]),
    (f"bash {RT} \\\n  # the script:\n  python {SCRIPT}", ["TJ302"]),
    (f"bash {RT}; python {SCRIPT}", ["TJ302"]),
    (f"bash {RT} && python {SCRIPT}", ["TJ302"]),
    (f"bash {RT} & python {SCRIPT}", ["TJ302"]),
    (f"bash {RT} # python {SCRIPT}", ["TJ302"]),
    (f"bash -c 'bash {RT}'", ["TJ302"]),
    (f"bash {RT} ''", ["TJ302"]),
    (f"bash {RT} 'python {SCRIPT} --lr 0.1'", ["TJ302"]),
    (f'bash {RT} "python\n" {SCRIPT}', ["TJ302"]),
    # TJ302: something that cannot be run follows it
    (f"bash {RT} {SCRIPT} --lr 0.1", ["TJ302"]),
    (f"bash {RT} train.py", ["TJ302"]),
    (f"bash {RT} ./start.sh", ["TJ302"]),
    (f"bash {RT} obs://my-bucket/my-code/train.py", ["TJ302"]),
    (f"bash {RT} s3://my-bucket/my-code/train.py", ["TJ302"]),
    (f"bash {RT} https://example.com/train.py", ["TJ302"]),
    (f"bash {RT} /my-bucket/my-code/train.py", ["TJ302"]),
    (f"bash {RT} /data-bucket/coco/run", ["TJ302"]),
    # TJ303: cannot be read
    (f"{OFFICIAL} --name 'my run", ["TJ303"]),
    (f'{OFFICIAL} --name "my run', ["TJ303"]),
    (f"{OFFICIAL} \\", ["TJ303"]),
    (f"{OFFICIAL} &&", ["TJ303"]),
    (f"{OFFICIAL} |", ["TJ303"]),
    (f"&& {OFFICIAL}", ["TJ303"]),
    (f"{OFFICIAL} --stamp $(date", ["TJ303"]),
    (f"{OFFICIAL} --stamp `date", ["TJ303"]),
    (f"{OFFICIAL} > ", ["TJ303"]),
    (f"bash -c 'echo \"x' && {OFFICIAL}", ["TJ303"]),
    (f"bash {RT} bash -c 'python \"{SCRIPT}'", ["TJ303"]),
    # TJ304: the script the interpreter runs
    (f"bash {RT} python {JOB}/app/train.py", ["TJ304"]),
    (f"bash {RT} python {JOB}/my-code-old/train.py", ["TJ304"]),
    (f"bash {RT} python {JOB}/my-code/../train.py", ["TJ304"]),
    (f"bash {RT} python train.py", ["TJ304"]),
    (f"bash {RT} python /my-bucket/my-code/train.py", ["TJ304"]),
    (f"bash {RT} python {JOB}/my-code/train.sh", ["TJ304"]),
    (f"bash {RT} python -u {JOB}/my-code/train", ["TJ304"]),
    (f"bash {RT} python -W ignore {JOB}/app/train.py", ["TJ304"]),
    (f"bash {RT} python3 -X dev -u {JOB}/app/train.py", ["TJ304"]),
    (f"bash {RT} bash {JOB}/other/start.sh", ["TJ304"]),
    (f"bash {RT} bash -c 'python {JOB}/app/train.py'", ["TJ304"]),
    (f"bash {RT} torchrun --nproc_per_node 8 {JOB}/app/train.py", ["TJ304"]),
    (f"bash {RT} mpirun -np 8 python {JOB}/app/train.py", ["TJ304"]),
    (f"bash {RT} deepspeed train.py --deepspeed ds.json", ["TJ304"]),
    (f"bash {RT} \\\n  python \\\n  {JOB}/app/train.py", ["TJ304"]),
    (f"python prep.py && bash {RT} python {JOB}/app/train.py", ["TJ301", "TJ304"]),
    # TJ305: placeholders
    (f"{OFFICIAL} {{python_file_parameter}}", ["TJ305"]),
    (f"{OFFICIAL} --data {{file_location}} --x={{file_parameter}}", ["TJ305"]),
    (f"{OFFICIAL} '{{python_file_parameter}}'", ["TJ305"]),
    (f"bash {RT} [python/bash/..] {{file}} {{args}}", ["TJ305"]),
    (f"{OFFICIAL} {{epochs}}", ["TJ305"]),
    (f"{OFFICIAL} <args>", ["TJ305"]),
    (f"{OFFICIAL} --out <output_dir>", ["TJ305"]),
    (f"bash {RT} python {JOB}/<code_dir>/train.py", ["TJ305"]),
    (f"bash {RT} python {JOB}/<code dir name>/<script>.py", ["TJ305"]),
    (f"bash {RT} python <script.py> <args>", ["TJ305"]),
    (f"bash {RT} {{command}}", ["TJ305"]),
    (f"bash -c '{OFFICIAL} {{epochs}}'", ["TJ305"]),
    (f"{OFFICIAL} '{{python_file_parameter}}", ["TJ303", "TJ305"]),
]


@pytest.mark.parametrize(("command", "expected"), REJECTED)
def test_rejected_commands(command: str, expected: list[str], fmt: str) -> None:
    assert found(command, fmt) == expected


@pytest.mark.parametrize(
    ("app_url", "expected"),
    [("/bucket/new/", []), ("/bucket/new", []), ("obs://bucket/x/new/", []), ("/bucket/old/", ["TJ304"])],
)
def test_app_url_decides_the_code_dir(app_url: str, expected: list[str], fmt: str) -> None:
    command = f"bash {RT} python {JOB}/new/train.py"
    assert found(command, fmt, app_url=app_url, boot_file_url=None) == expected


@pytest.mark.parametrize("app_url", [None, "/"])
def test_without_a_code_dir_only_py_is_checked(app_url: str | None, fmt: str) -> None:
    body = {"app_url": app_url, "boot_file_url": None}
    assert found(f"bash {RT} python /anywhere/train.py", fmt, **body) == []
    assert found(f"bash {RT} python /anywhere/train.txt", fmt, **body) == ["TJ304"]


def test_obs_path_is_any_bucket_of_the_body(fmt: str) -> None:
    body = {"data_url": None, "data_source": [{"type": "obs", "data_url": "/src-bucket/d/"}]}
    assert found(f"bash {RT} /src-bucket/d/run", fmt, **body) == ["TJ302"]
    assert found(f"bash {RT} /other-bucket/d/run", fmt, **body) == []


def test_api_page_form_with_its_app_url(fmt: str) -> None:
    command = f"bash {RT} python {JOB}/app/train.py {{python_file_parameter}}"
    assert found(command, fmt, app_url="/usr/app/", boot_file_url="/usr/app/boot.py") == ["TJ305"]


@pytest.mark.parametrize("weird", [None, 5, ["bash", RT], {"cmd": "x"}, True])
def test_non_string_command_is_left_to_the_schema(weird: object, fmt: str) -> None:
    assert found(weird, fmt) == []


IMAGE = "swr.cn-north-4.myhuaweicloud.com/org/img:1.0"
HEAD = f"config_name: demo\nworker_server_num: 1\nspec_id: 1\napp_url: /my-bucket/my-code/\nuser_image_url: {IMAGE}\n"
POSITIONS = [
    # YAML block, a plain value
    ("x.yaml", HEAD + f"user_command: python {SCRIPT}\n", (6, 15, "TJ301")),
    # YAML block scalar: a line break really cuts the command; the value starts at `|`
    ("x.yaml", HEAD + f"user_command: |\n  bash {RT}\n  python {SCRIPT}\n", (6, 15, "TJ302")),
    # YAML block scalar with continuations: one command
    ("x.yaml", HEAD + f"user_command: |\n  bash {RT} \\\n    python {JOB}/app/train.py \\\n    --lr 0.1\n",
     (6, 15, "TJ304")),
    # YAML plain scalar over two lines: folded into one line
    ("x.yaml", HEAD + f"user_command: bash {RT}\n  python {JOB}/app/train.py\n", (6, 15, "TJ304")),
    # YAML flow mapping, a double-quoted value holding a line break
    ("x.yaml", f'{{app_url: /my-bucket/my-code/, user_command: "bash {RT}\\npython {SCRIPT}"}}\n',
     (1, 46, "TJ302")),
    # JSON, indented
    ("x.json", '{\n  "config_name": "demo",\n  "app_url": "/my-bucket/my-code/",\n'
     f'  "user_command": "bash {RT}; python {SCRIPT}"\n}}\n', (4, 19, "TJ302")),
    # JSON on one line
    ("x.json", f'{{"config_name": "demo", "app_url": "/my-bucket/my-code/", "user_command": "python {SCRIPT}"}}',
     (1, 75, "TJ301")),
    # JSON: an unbalanced quote inside the string
    ("x.json", f'{{"user_command": "bash {RT} python {SCRIPT} \'a"}}', (1, 18, "TJ303")),
    # a job body: the command is under config
    ("x.yaml", f"job_name: j\nconfig:\n  app_url: /my-bucket/my-code/\n  user_image_url: {IMAGE}\n"
     f"  user_command: >-\n    bash {RT}\n    python {JOB}/app/train.py\n", (5, 17, "TJ304")),
    ("x.json", f'{{"job_name": "j", "config": {{"user_command": "bash {RT}\\n"}}}}', (1, 46, "TJ302")),
]


@pytest.mark.parametrize(("name", "text", "expected"), POSITIONS)
def test_position_is_the_start_of_the_value(name: str, text: str, expected: tuple[int, int, str]) -> None:
    diags = [d for d in tjlint.lint_text(text, filename=name) if d.code in CODES]
    assert [(d.line, d.column, d.code) for d in diags] == [expected]


def message(command: str, code: str, **extra: Any) -> str:
    (diag,) = [d for d in lint_as({**CLEAN, "user_command": command, **extra}, "yaml") if d.code == code]
    return diag.message


def test_tj303_says_what_is_open_and_where() -> None:
    assert "single quote (') at column 94 " in message(f"{OFFICIAL} --name 'my run", "TJ303")
    assert 'double quote (") at line 2, column 10 ' in message(f"bash {RT} \\\n  python \"{SCRIPT}", "TJ303")
    assert "the backslash (\\) at column 87 " in message(f"{OFFICIAL} \\", "TJ303")
    inner = message(f"bash -c 'echo \"x' && {OFFICIAL}", "TJ303")
    assert "`bash -c` at column 9" in inner and 'double quote (") at column 6 of that string' in inner


def test_tj302_names_what_cuts_the_command() -> None:
    assert message(f"bash {RT}\npython {SCRIPT}", "TJ302").startswith("a line break ends the command")
    assert message(f"bash {RT}; python {SCRIPT}", "TJ302").startswith("`;` ends the command")
    assert "followed by a space, so it escapes" in message(f"bash {RT} \\ \npython {SCRIPT}", "TJ302")
    assert "followed by a carriage return (\\r, a" in message(f"bash {RT} \\\r\npython {SCRIPT}", "TJ302")


def test_tj302_shows_where_an_obs_file_is_in_the_container() -> None:
    got = message(f"bash {RT} obs://my-bucket/my-code/sub/train.py", "TJ302")
    assert got.endswith(f"write python {JOB}/my-code/sub/train.py")
    assert message(f"bash {RT} /data-bucket/coco/run", "TJ302").startswith(
        "run_train.sh is followed by '/data-bucket/coco/run', an OBS path (bucket 'data-bucket' of data_url)"
    )


def test_tj301_on_a_bare_python_command_shows_the_command_with_its_prefix() -> None:
    got = message(f"A=1 python3 {JOB}/my-code/main.py --epochs 5", "TJ301")
    assert got.endswith(f"write A=1 bash /home/work/run_train.sh python3 {JOB}/my-code/main.py --epochs 5")


def test_tj301_names_the_command_that_runs_too_early() -> None:
    got = message(f"python prep.py --fast && bash {RT} python {SCRIPT}", "TJ301")
    assert got.startswith("`python prep.py --fast` runs before run_train.sh")


def test_tj305_lists_each_placeholder_once() -> None:
    got = message(f"bash {RT} [python/bash/..] {{file}} {{args}} {{file}}", "TJ305")
    assert "placeholder [python/bash/..], {file}, {args}:" in got
    got = message(f"bash {RT} python {JOB}/<code dir name>/<script>.py <args>", "TJ305")
    assert "placeholder <code dir name>, <script>, <args>:" in got


def test_the_shell_reader_is_loaded_only_for_a_body_with_a_command() -> None:
    code = (
        "import sys, tjlint\n"
        "tjlint.lint_text('config_name: a\\n', filename='a.yaml')\n"
        "print('tjlint.shell' in sys.modules)\n"
        "tjlint.lint_text('user_command: bash x\\n', filename='a.yaml')\n"
        "print('tjlint.shell' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["False", "True"]

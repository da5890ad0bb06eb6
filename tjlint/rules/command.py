"""TJ301-TJ305: the start command of a custom image (``user_command``).

The documented form is
``bash /home/work/run_train.sh python /home/work/user-job-dir/<code dir>/<script>.py [args]``.
The command is read the way POSIX ``sh`` reads it (:mod:`tjlint.shell`) and
never run; :mod:`tjlint.rules.invocation` finds the command that invokes
``run_train.sh``, what runs before it and what it is given to run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from tjlint.kinds import V1_KINDS, V2_JOB, V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules import v2_shared
from tjlint.rules.base import CheckFn, Rule, per_kind
from tjlint.rules.boot import RUN_TRAIN, USER_JOB_DIR
from tjlint.rules.examples import example

#: The documentation's own placeholders, wherever they stand (``${name}`` is a shell variable).
_NAMED = re.compile(r"(?<!\$)\{(?:python_file_parameter|file_location|file_parameter)\}|\[python/bash/\.\.\]")
#: Any ``{name}`` written as a whole unquoted word.
_BRACED_WORD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_-]*\}\Z")
_PTR = pointer("user_command")


def _checker(code: str) -> CheckFn:
    def check(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
        command = data.get("user_command") if isinstance(data, Mapping) else None
        if isinstance(command, str):
            from tjlint.rules.invocation import analyse, body_of  # the shell reader loads only for commands

            for found, message in analyse(command, body_of(data)):
                if found == code:
                    yield Finding(_PTR, message)

    check.__name__ = f"check_{code.lower()}"
    return check


def placeholders(command: str) -> list[str]:
    """The documentation placeholders left in ``command``, in order, each once."""
    from tjlint.shell import ShellError, split_commands, walk  # the shell reader loads only for commands

    found: list[str] = _NAMED.findall(command)
    commands = split_commands(command)
    if not isinstance(commands, ShellError):  # unreadable: only the named ones are sure
        for cmd in walk(commands):
            for word in (*cmd.words, *cmd.redirects):
                found.extend(word.placeholders)
                if not word.quoted and _BRACED_WORD.match(word.raw):
                    found.append(word.raw)
    return list(dict.fromkeys(found))


def _check_placeholders(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    command = data.get("user_command") if isinstance(data, Mapping) else None
    found = placeholders(command) if isinstance(command, str) else []
    if found:
        yield Finding(
            _PTR,
            f"user_command still holds the documentation placeholder {', '.join(found)}:"
            " replace it with real arguments, or remove it",
        )


_IMAGE = "swr.cn-north-4.myhuaweicloud.com/my-org/train-image:1.0"
_GOOD = f"bash {RUN_TRAIN} python {USER_JOB_DIR}/code/train.py --lr 0.01"


def _ex(command: str) -> Callable[[], str]:
    return example(user_image_url=_IMAGE, user_command=command)


RULES: tuple[Rule, ...] = (
    Rule(
        "TJ301", "missing-run-train", Severity.ERROR,
        "No command runs 'bash /home/work/run_train.sh', or the training starts before it.",
        "A custom image must start through ModelArts' boot script: `run_train.sh` sets up"
        " the credentials (AK/SK), downloads the code directory, runs the command given"
        " after it and uploads the logs. Some command must run it with `bash` or `sh`"
        " (shell options such as `bash -x` are fine, and so is `bash -c '...'`)."
        " Commands before it may prepare the shell (`env`, `export A=1`, `cd`, `set -x`,"
        " `echo`, `pip install ...`, `A=1` prefixes), but an interpreter (`python`, `bash"
        " script.sh`), a script file or a launcher (`torchrun`, `mpirun`, `deepspeed`,"
        " `horovodrun`, `accelerate`) before it would run without credentials or code: give"
        " that command to run_train.sh instead.",
        good=_ex(f"env && {_GOOD}"),
        bad=_ex(f"python {USER_JOB_DIR}/code/train.py --lr 0.01"),
        check=_checker("TJ301"), kinds=V1_KINDS,
    ),
    Rule(
        "TJ302", "run-train-args", Severity.ERROR,
        "run_train.sh is given nothing to run, or something that cannot be run.",
        "`run_train.sh` runs the rest of its arguments as a command, so anything that can"
        " run may follow it (`python`, `bash`, `mpirun`, `torchrun`, an absolute path)."
        " Nothing at all is an error, also when a line break or `;` cuts the command right"
        " after `run_train.sh` (end the line with `\\` to continue it). So is a URL or an"
        " OBS path (the code is downloaded to `/home/work/user-job-dir/<last folder of"
        " app_url>/`), a `.py`/`.sh` file with no interpreter before it (files downloaded"
        " from OBS are not executable, so write `python FILE` or `bash FILE`), or the whole"
        " command in one pair of quotes (`run_train.sh` runs its arguments as they are).",
        good=_ex(_GOOD),
        bad=_ex(f"bash {RUN_TRAIN} {USER_JOB_DIR}/code/train.py --lr 0.01"),
        check=_checker("TJ302"), kinds=V1_KINDS,
    ),
    Rule(
        "TJ303", "shell-syntax", Severity.ERROR,
        "user_command cannot be read as a shell command.",
        "The command is read the way a POSIX shell reads it. An unbalanced quote, a"
        " backslash at the very end, or a `&&`, `||` or `|` with no command after it makes"
        " that impossible, so the container would fail to start. The message says what is"
        " left open and where; close the quote, or escape it. tjlint never runs the command."
        f" {V2_JOB.notes['TJ303']}",
        good=_ex(_GOOD + " --name 'my run'"),
        bad=_ex(_GOOD + " --name 'my run"),
        check=per_kind({V1_KINDS: _checker("TJ303"), V2_KINDS: v2_shared.check_command}),
        kinds=V1_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ304", "script-outside-code-dir", Severity.WARNING,
        "The script is not in the downloaded code directory, or python runs a non-.py file.",
        "ModelArts downloads the code directory `app_url` to"
        " `/home/work/user-job-dir/<last folder of app_url>/`: for `app_url:"
        " /my-bucket/code/` the script is `/home/work/user-job-dir/code/train.py`. A script"
        " elsewhere is probably not in the container. The script is the one the command"
        " after `run_train.sh` runs: Python's options are read as Python reads them (`-u`,"
        " `-W arg`, `-X opt`; `-m module` and `-c code` run no script file), `bash -c '...'`"
        " is read in turn, and a launcher (`torchrun`, `mpirun`...) runs the interpreter or"
        " the first `.py` file it is given. A Python interpreter must run a `.py` file.",
        good=_ex(_GOOD),
        bad=_ex(f"bash {RUN_TRAIN} python {USER_JOB_DIR}/app/train.py --lr 0.01"),
        check=_checker("TJ304"), kinds=V1_KINDS,
    ),
    Rule(
        "TJ305", "placeholder-left", Severity.WARNING,
        "user_command still holds a documentation placeholder such as {python_file_parameter}.",
        "The documentation writes the command as `... train.py {python_file_parameter}` or"
        " `run_train.sh [python/bash/..] {file} {args}`; such words mark where your own"
        " text goes. Left in, the script receives the literal text (and an unquoted"
        " `<name>` is read by the shell as redirections). Replace the placeholder with real"
        " arguments, or remove it. Braces inside a longer word or a quoted string"
        " (`'{epoch}.ckpt'`) and shell variables such as `${DLS_TRAIN_URL}` are not placeholders.",
        good=_ex(_GOOD),
        bad=_ex(f"bash {RUN_TRAIN} python {USER_JOB_DIR}/code/train.py {{python_file_parameter}}"),
        check=_check_placeholders, kinds=V1_KINDS,
    ),
)

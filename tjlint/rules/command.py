"""TJ301-TJ305: the start command of a custom image (``user_command``).

The documented form is
``bash /home/work/run_train.sh python /home/work/user-job-dir/<code dir>/<script>.py [args]``.
The command is split the way a POSIX shell would (:func:`shlex.split`) and
never run.
"""

from __future__ import annotations

import functools
import posixpath
import re
import shlex
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from tjlint.diagnostics import Severity
from tjlint.kind_v2 import NOTES, V2_KINDS
from tjlint.rules.base import ALL_KINDS, CheckFn, Context, Finding, Rule, pointer
from tjlint.rules.examples import example
from tjlint.rules.paths import strip_scheme

RUN_TRAIN = "/home/work/run_train.sh"
USER_JOB_DIR = "/home/work/user-job-dir"
_PYTHON = re.compile(r"^python(?:3(?:\.\d+)?)?\Z")
_PLACEHOLDER = re.compile(r"(?<!\$)\{[A-Za-z_][A-Za-z0-9_]*\}")
_FORM = f"bash {RUN_TRAIN} python {USER_JOB_DIR}/<code dir>/<script>.py [args]"
_PTR = pointer("user_command")

Problem = tuple[str, str]  # (code, message)


class _Target(NamedTuple):
    """What the interpreter after run_train.sh runs (script None: a module or inline code)."""

    python: bool
    script: str | None


def _skip_options(args: Sequence[str], with_arg: frozenset[str]) -> int:
    """Index of the first argument that is not an interpreter option."""
    i = 0
    while i < len(args) and args[i].startswith(("-", "+")) and args[i] not in ("-", "+"):
        if args[i] == "--":
            return i + 1
        i += 2 if args[i] in with_arg else 1
    return i


def _after_run_train(tokens: Sequence[str]) -> Sequence[str] | None:
    """What follows ``bash [options] /home/work/run_train.sh``, or None when it is missing."""
    if not tokens or posixpath.basename(tokens[0]) != "bash":
        return None
    i = 1 + _skip_options(tokens[1:], frozenset({"-o", "+o", "-O", "+O"}))
    if i < len(tokens) and tokens[i] == RUN_TRAIN:
        return tokens[i + 1:]
    return None


def _python_script(args: Sequence[str]) -> str | None:
    """The script a Python interpreter runs; "" for ``-m module``/``-c code``; None if none."""
    i = _skip_options(args, frozenset({"-W", "-X", "-Q"}))
    if any(a.startswith(("-m", "-c")) for a in args[:i]):
        return ""
    return args[i] if i < len(args) else None


def _script(rest: Sequence[str]) -> _Target | Problem:
    """(is Python, script) for the interpreter after run_train.sh, or a TJ302 problem."""
    if not rest:
        return "TJ302", f"nothing follows run_train.sh: write {_FORM}"
    name = posixpath.basename(rest[0])
    if _PYTHON.match(name):
        script = _python_script(rest[1:])
        if script is None:
            return "TJ302", f"'{rest[0]}' is given no script to run: write {_FORM}"
        return _Target(True, script or None)
    if name in ("bash", "sh"):
        args = rest[1:]
        i = _skip_options(args, frozenset({"-o", "+o", "-O", "+O"}))
        if i < len(args) and "-c" not in args[:i]:
            return _Target(False, args[i])
        return "TJ302", f"'{rest[0]}' after run_train.sh must run a script file"
    return "TJ302", (
        f"run_train.sh is followed by '{rest[0]}', not by an interpreter (python, python3,"
        f" python3.N, or bash/sh running a script): write {_FORM}"
    )


def _location_problem(script: str, python: bool, app_url: object) -> Problem | None:
    if python and not script.endswith(".py"):
        return "TJ304", f"python runs '{script}', which is not a .py file"
    if not isinstance(app_url, str) or "$" in script:
        return None
    folder = posixpath.basename(posixpath.normpath("/" + strip_scheme(app_url).strip("/")))
    if folder in ("", ".", ".."):
        return None
    expected = f"{USER_JOB_DIR}/{folder}/"
    if not posixpath.normpath(script).startswith(expected):
        return "TJ304", (
            f"the script '{script}' is not under {expected}, where the code directory"
            f" app_url '{app_url}' is downloaded: write"
            f" {expected}{posixpath.basename(script)}"
        )
    return None


def analyse(command: str, app_url: object = None) -> Problem | None:
    """The first TJ301-TJ304 problem of ``command`` (with code directory ``app_url``)."""
    if app_url is None or isinstance(app_url, str):  # TJ301-TJ304 each ask: split the command once
        return _analyse_once(command, app_url)
    return _analyse(command, app_url)


@functools.lru_cache(maxsize=64)
def _analyse_once(command: str, app_url: str | None) -> Problem | None:
    return _analyse(command, app_url)


def _analyse(command: str, app_url: object) -> Problem | None:
    try:
        tokens = shlex.split(command, posix=True)
    except ValueError as err:
        return "TJ303", f"user_command cannot be split like a shell command: {err}"
    rest = _after_run_train(tokens)
    if rest is None:
        # A command that already starts with an interpreter only lacks the prefix: show it in place.
        bare_python = bool(tokens) and _PYTHON.match(posixpath.basename(tokens[0])) is not None
        fix = f"bash {RUN_TRAIN} {command.strip()}" if bare_python else _FORM
        return "TJ301", (
            f"user_command must start with 'bash {RUN_TRAIN}', which sets up credentials,"
            f" downloads the code and uploads logs: write {fix}"
        )
    found = _script(rest)
    if not isinstance(found, _Target):
        return found
    if found.script is None:
        return None
    return _location_problem(found.script, found.python, app_url)


def _checker(code: str) -> CheckFn:
    def check(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
        if ctx.kind in V2_KINDS:  # the current API (kind v2-job; only TJ303 runs there): v2_shared
            from tjlint.rules import v2_shared
            return (yield from v2_shared.check_command(data, ctx))
        command = data.get("user_command") if isinstance(data, Mapping) else None
        if isinstance(command, str):
            problem = analyse(command, data.get("app_url"))
            if problem is not None and problem[0] == code:
                yield Finding(_PTR, problem[1])

    check.__name__ = f"check_{code.lower()}"
    return check


def _check_placeholders(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    command = data.get("user_command") if isinstance(data, Mapping) else None
    if isinstance(command, str):
        found = list(dict.fromkeys(_PLACEHOLDER.findall(command)))
        if found:
            yield Finding(
                _PTR,
                f"user_command still holds the documentation placeholder {', '.join(found)}:"
                " replace it with real arguments, or remove it",
            )


_IMAGE = "swr.cn-north-4.myhuaweicloud.com/my-org/train-image:1.0"
_GOOD = f"bash {RUN_TRAIN} python {USER_JOB_DIR}/code/train.py --lr 0.01"


def _ex(command: str) -> str:
    return example(user_image_url=_IMAGE, user_command=command)


RULES: tuple[Rule, ...] = (
    Rule(
        "TJ301", "missing-run-train", Severity.ERROR,
        "user_command does not start with 'bash /home/work/run_train.sh'.",
        "A custom image must start through ModelArts' boot script: `run_train.sh` sets up"
        " the credentials (AK/SK), downloads the code directory, runs your command and"
        " uploads the logs. Start the command with `bash /home/work/run_train.sh`"
        " (shell options such as `bash -x` are fine), followed by the interpreter and the"
        " script: `bash /home/work/run_train.sh python"
        " /home/work/user-job-dir/<code dir>/train.py --lr 0.01`."
        f" {NOTES['TJ303']}",
        good=_ex(_GOOD),
        bad=_ex(f"python {USER_JOB_DIR}/code/train.py --lr 0.01"),
        check=_checker("TJ301"),
    ),
    Rule(
        "TJ302", "missing-interpreter", Severity.ERROR,
        "run_train.sh is not followed by an interpreter running a script.",
        "`run_train.sh` runs the rest of the command in the environment it prepared. The"
        " documented form puts `python` (or `python3`, `python3.N`) and the script right"
        " after it; the wider documentation also allows `bash` or `sh` running a script."
        " Anything else (nothing at all, the script alone, `bash -c ...`) is not started"
        " the way ModelArts expects.",
        good=_ex(_GOOD),
        bad=_ex(f"bash {RUN_TRAIN} {USER_JOB_DIR}/code/train.py --lr 0.01"),
        check=_checker("TJ302"),
    ),
    Rule(
        "TJ303", "shell-syntax", Severity.ERROR,
        "user_command cannot be split into words like a shell command.",
        "The command is split into words the way a POSIX shell would. An unbalanced quote"
        " or a trailing backslash makes that impossible, so the container would fail to"
        " start. Close the quote, or escape it. tjlint never runs the command.",
        good=_ex(_GOOD + " --name 'my run'"),
        bad=_ex(_GOOD + " --name 'my run"),
        check=_checker("TJ303"), kinds=ALL_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ304", "script-outside-code-dir", Severity.WARNING,
        "The script is not in the downloaded code directory, or python runs a non-.py file.",
        "ModelArts downloads the code directory `app_url` to"
        " `/home/work/user-job-dir/<last folder of app_url>/`: for `app_url:"
        " /my-bucket/code/` the script is `/home/work/user-job-dir/code/train.py`. A script"
        " elsewhere is probably not in the container. A Python interpreter must run a `.py`"
        " file (`python -m module` is fine).",
        good=_ex(_GOOD),
        bad=_ex(f"bash {RUN_TRAIN} python {USER_JOB_DIR}/app/train.py --lr 0.01"),
        check=_checker("TJ304"),
    ),
    Rule(
        "TJ305", "placeholder-left", Severity.WARNING,
        "user_command still holds a documentation placeholder such as {python_file_parameter}.",
        "The API page writes the command as `... train.py {python_file_parameter}`; the"
        " braces mark where your arguments go. Left in, the script receives the literal"
        " text. Replace the placeholder with real arguments, or remove it. Shell variables"
        " such as `${DLS_TRAIN_URL}` are not placeholders.",
        good=_ex(_GOOD),
        bad=_ex(f"bash {RUN_TRAIN} python {USER_JOB_DIR}/code/train.py {{python_file_parameter}}"),
        check=_check_placeholders,
    ),
)

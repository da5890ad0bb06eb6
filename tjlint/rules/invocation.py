"""How a ``user_command`` starts the training: the reading behind TJ301-TJ305.

The command is read with :mod:`tjlint.shell`, never run. The command that
matters is the one that invokes ``/home/work/run_train.sh`` through ``bash``
or ``sh``: what runs before it must only prepare the shell, and what follows
it is the command ``run_train.sh`` runs (``"$@"``).
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from tjlint.rules.boot import FORM, RUN_TRAIN, USER_JOB_DIR
from tjlint.rules.obs import bucket_of, strip_scheme
from tjlint.rules.paths import obs_fields
from tjlint.rules.programs import SCRIPT, Target, resolve, runs_training, sequence
from tjlint.rules.programs import target as find_target
from tjlint.shell import Command, ShellError, Word, program, shell_call, split_commands, walk

_PY_FILE = re.compile(r"\.py[cwz]?\Z|/\Z")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")

Problem = tuple[str, str]  # (code, message)


class Body(NamedTuple):
    """What the reading needs from the rest of the body."""

    app_url: str | None
    buckets: tuple[tuple[str, str], ...]  # (bucket, the OBS field that names it)


def body_of(data: Mapping[str, Any]) -> Body:
    """The code directory and the OBS buckets of ``data``."""
    app_url = data.get("app_url")
    buckets = ((bucket_of(value), ptr[1:].replace("/", ".")) for ptr, value, _ in obs_fields(data))
    return Body(app_url if isinstance(app_url, str) else None, tuple(b for b in buckets if b[0]))


@functools.lru_cache(maxsize=64)  # TJ301-TJ304 each ask about the same command
def analyse(command: str, body: Body) -> tuple[Problem, ...]:
    """The TJ301-TJ304 problems of ``command`` in a body like ``body``."""
    commands = split_commands(command)
    if isinstance(commands, ShellError):
        return (_unreadable(commands),)
    early: Command | None = None
    for cmd, following, cwd in sequence(commands, None):
        call = shell_call(program(cmd.words))
        if call is not None and call.script is not None and resolve(call.script, cwd) == RUN_TRAIN:
            before = [] if early is None else [("TJ301", _runs_before(early))]
            return (*before, *_after(call.args, cmd, following, cwd, body))
        if early is None and runs_training(program(cmd.words)):
            early = cmd
    return (("TJ301", _missing(commands, command)),)


def _unreadable(error: ShellError) -> Problem:
    return "TJ303", f"user_command cannot be read as a shell command: {error.message}"


def show(cmd: Command) -> str:
    """A command as written (its words), shortened for a message."""
    return show_text(" ".join(w.raw for w in cmd.words).replace("\\\n", ""))


def show_text(text: str) -> str:
    """``text`` on one line, shortened for a message."""
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."


def _runs_before(cmd: Command) -> str:
    return (
        f"`{show(cmd)}` runs before run_train.sh, so it runs without the credentials, the code"
        " directory and the log upload that run_train.sh sets up: give it to run_train.sh instead,"
        f" as in bash {RUN_TRAIN} {show(cmd)}"
    )


def _missing(commands: list[Command], text: str) -> str:
    why = "which sets up credentials, downloads the code directory and uploads the logs"
    for cmd in walk(commands):
        prog = program(cmd.words)
        call = shell_call(prog)
        named = call.script if call is not None else prog[0] if prog else None
        if named is not None and posixpath.basename(named.text) == "run_train.sh":
            return (
                f"user_command runs '{named.text}', but the boot script must be run as"
                f" `bash {RUN_TRAIN}` ({why}): write bash {RUN_TRAIN} followed by your command"
            )
    fix = FORM
    if len(commands) == 1 and not commands[0].inner and runs_training(program(commands[0].words)):
        start = commands[0].words[0].start  # after any A=1 prefixes, which stay in front
        fix = f"{text[:start].strip()} bash {RUN_TRAIN} {text[start:].strip()}".strip()
    return f"no command in user_command runs `bash {RUN_TRAIN}`, {why}: write {fix}"


def _after(args: tuple[Word, ...], cmd: Command, following: Command | None, cwd: str | None,
           body: Body) -> tuple[Problem, ...]:
    """TJ302 and TJ304 for what ``run_train.sh`` is given to run."""
    if not args:
        return (("TJ302", _nothing_follows(cmd, following)),)
    wrong = _not_a_command(args[0], body)
    if wrong is not None:
        return (("TJ302", wrong),)
    target = find_target(program(args), cwd)
    if isinstance(target, ShellError):
        return (_unreadable(target),)
    problem = None if target is None else _location_problem(target, body.app_url)
    return () if problem is None else (("TJ304", problem),)


_CUTS = {
    "\n": ("a line break", "end the line with a backslash (\\) to continue the command on the next line"),
    ";": ("`;`", "remove the `;`"),
    "&": ("`&`", "remove the `&`"),
}


def _nothing_follows(cmd: Command, following: Command | None) -> str:
    if following is not None and cmd.separator in _CUTS:
        cut, fix = _CUTS[cmd.separator]
        return (
            f"{cut} ends the command right after run_train.sh, so run_train.sh runs nothing and"
            f" `{show(following)}` runs on its own, without the set-up of run_train.sh: {fix}"
        )
    if following is not None and cmd.separator in ("&&", "||", "|"):
        return (
            f"nothing follows run_train.sh before `{cmd.separator}`, so `{show(following)}` runs"
            f" on its own, without the set-up of run_train.sh: write bash {RUN_TRAIN} {show(following)}"
        )
    return f"nothing follows run_train.sh, which runs the command given after it: write {FORM}"


def _not_a_command(word: Word, body: Body) -> str | None:
    """Why the first word after run_train.sh cannot be run, or None."""
    text = word.text
    if word.expands or word.placeholders:
        return None
    if not text.strip():
        if word.raw.startswith("\\"):
            what = "a carriage return (\\r, a Windows line end)" if "\r" in text else "a space"
            return (
                f"a backslash after run_train.sh is followed by {what}, so it escapes that character"
                " instead of continuing the line: remove what follows the backslash on that line"
            )
        return f"run_train.sh is followed by an empty word, which is no command: write {FORM}"
    if any(c in " \t\n\r" for c in text):
        what = "the whole command" if len(text.split()) > 1 else "a program name with a space or line break"
        return (
            f"run_train.sh is given {what} as one quoted word ('{show_text(text)}'), and it runs its"
            " arguments as they are (\"$@\"), so it looks for a program of that name: remove the quotes"
        )
    where = f"ModelArts downloads app_url to {USER_JOB_DIR}/<last folder of app_url>/"
    if _URL.match(text):
        return f"run_train.sh is followed by the URL '{text}', which cannot be run: {where}; {_run_it(text, body)}"
    bucket = text[1:].split("/", 1)[0] if text.startswith("/") else ""
    field = next((name for b, name in body.buckets if b == bucket), None)
    if field is not None:
        return (
            f"run_train.sh is followed by '{text}', an OBS path (bucket '{bucket}' of {field}), not a"
            f" file in the container: {where}; {_run_it(text, body)}"
        )
    if SCRIPT.search(text):
        folder = code_folder(body.app_url)
        path = text if text.startswith("/") or folder is None else posixpath.join(USER_JOB_DIR, folder, text)
        return (
            f"run_train.sh is followed by the script '{text}' with no interpreter, and files downloaded"
            f" from OBS are not executable: write {_interpreter(text)} {posixpath.normpath(path)}"
        )
    return None


def _interpreter(script: str) -> str:
    return "python" if script.endswith(".py") else "bash"


def _run_it(obs_path: str, body: Body) -> str:
    """How to run the container copy of an OBS file inside app_url."""
    folder = code_folder(body.app_url)
    code_dir = "/" + strip_scheme(body.app_url or "").strip("/") + "/"
    path = "/" + strip_scheme(obs_path).lstrip("/")
    if folder is None or not path.startswith(code_dir) or not SCRIPT.search(path):
        return f"write {FORM}"
    return f"write {_interpreter(path)} {USER_JOB_DIR}/{folder}/{path[len(code_dir):]}"


def code_folder(app_url: str | None) -> str | None:
    """The last folder of ``app_url``: the code directory's name in the container."""
    if app_url is None:
        return None
    folder = strip_scheme(app_url).rstrip("/").rsplit("/", 1)[-1]
    return None if folder in ("", ".", "..") else folder


def _location_problem(target: Target, app_url: str | None) -> str | None:
    script = target.script
    if script.expands or script.placeholders:
        return None
    if target.python and not _PY_FILE.search(script.text):
        return f"python runs '{script.text}', which is not a .py file: give python the script to run"
    folder = code_folder(app_url)
    if folder is None:
        return None
    expected = f"{USER_JOB_DIR}/{folder}/"
    path = resolve(script, target.cwd)
    if path is not None and (path + "/").startswith(expected):
        return None
    return (
        f"the script '{script.text}' is not under {expected}, where the code directory"
        f" app_url '{app_url}' is downloaded: write {expected}{posixpath.basename(script.text)}"
    )

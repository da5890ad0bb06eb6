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
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from tjlint.rules.paths import bucket_of, obs_fields, strip_scheme
from tjlint.shell import Command, ShellError, Word, program, shell_call, split_commands, walk

RUN_TRAIN = "/home/work/run_train.sh"
USER_JOB_DIR = "/home/work/user-job-dir"
FORM = f"bash {RUN_TRAIN} python {USER_JOB_DIR}/<code dir>/<script>.py [args]"
_PYTHON = re.compile(r"python[0-9.]*\Z")
_PY_FILE = re.compile(r"\.py[cwz]?\Z|/\Z")
_SCRIPT = re.compile(r"\.(?:py|sh)\Z")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_LAUNCHERS = frozenset({"torchrun", "mpirun", "deepspeed", "horovodrun", "accelerate"})
_PIP = frozenset({"pip", "pip3", "ensurepip"})
_PY_INFO = frozenset({"-V", "-VV", "--version", "-h", "-?", "--help"})
_NO_SCRIPT = frozenset({"-m", "--module", "--no-python", "--no_python"})

Problem = tuple[str, str]  # (code, message)


class Body(NamedTuple):
    """What the reading needs from the rest of the body."""

    app_url: str | None
    buckets: tuple[tuple[str, str], ...]  # (bucket, the OBS field that names it)


class _Target(NamedTuple):
    """A script an interpreter runs, whether that interpreter is Python, and the directory it runs in."""

    script: Word
    python: bool
    cwd: str | None


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
        return (("TJ303", f"user_command cannot be read as a shell command: {commands.message}"),)
    early: Command | None = None
    for cmd, following, cwd in _sequence(commands, None):
        call = shell_call(program(cmd.words))
        if call is not None and call.script is not None and _resolve(call.script, cwd) == RUN_TRAIN:
            before = [] if early is None else [("TJ301", _runs_before(early))]
            return (*before, *_after(call.args, cmd, following, cwd, body))
        if early is None and _runs_training(program(cmd.words)):
            early = cmd
    return (("TJ301", _missing(commands, command)),)


def _sequence(commands: Sequence[Command], cwd: str | None) -> Iterator[tuple[Command, Command | None, str | None]]:
    """Each command (``sh -c`` strings read in place), the next one in its list, and its directory."""
    for index, cmd in enumerate(commands):
        yield cmd, commands[index + 1] if index + 1 < len(commands) else None, cwd
        yield from _sequence(cmd.inner, cwd)
        prog = program(cmd.words)
        if prog and prog[0].text == "cd":
            target = next((w for w in prog[1:] if not w.text.startswith("-")), None)
            cwd = None if target is None else _resolve(target, cwd)


def _resolve(path: Word, cwd: str | None) -> str | None:
    """The normalised absolute path ``path`` names from ``cwd``; None when unknown."""
    text = path.text
    if path.expands or not (text.startswith("/") or cwd):
        return None
    joined = posixpath.join(cwd or "/", text)
    return posixpath.normpath("/" + joined.lstrip("/"))  # POSIX keeps a leading "//"


class _PyRun(NamedTuple):
    """What a Python command line runs: "script", "module", "code", "stdin", "info" or "unknown"."""

    kind: str
    script: Word | None = None
    module: str = ""


def python_run(args: Sequence[Word]) -> _PyRun:
    """Read Python's options as Python does: ``-um pkg``, ``-Bc code``, ``-W arg``, ``-Xopt``."""
    i = 0
    while i < len(args):
        arg = args[i].text
        if args[i].expands:
            return _PyRun("unknown")
        if arg in _PY_INFO:
            return _PyRun("info")
        if arg == "-" or (arg == "--" and i + 1 == len(args)):
            return _PyRun("stdin")
        if arg == "--" or not arg.startswith("-"):
            return _PyRun("script", args[i + 1] if arg == "--" else args[i])
        if arg.startswith("--"):
            i += 2 if arg == "--check-hash-based-pycs" else 1
            continue
        for j, letter in enumerate(arg[1:], start=2):
            if letter in "cm":
                value = arg[j:] or (args[i + 1].text if i + 1 < len(args) else "")
                return _PyRun("module" if letter == "m" else "code", module=value)
            if letter in "WX":
                i += 0 if arg[j:] else 1  # the value is the rest of the word, or the next word
                break
        i += 1
    return _PyRun("stdin")


def _runs_training(prog: Sequence[Word]) -> bool:
    """Whether ``prog`` already runs a program: an interpreter, a script file or a launcher."""
    if not prog or prog[0].expands:
        return False
    name = posixpath.basename(prog[0].text)
    if _PYTHON.match(name):
        run = python_run(prog[1:])
        return run.kind != "info" and not (run.kind == "module" and run.module in _PIP)
    call = shell_call(prog)
    if call is not None:
        return call.script is not None
    return name in _LAUNCHERS or _SCRIPT.search(name) is not None


def show(cmd: Command) -> str:
    """A command as written (its words), shortened for a message."""
    text = " ".join(w.raw for w in cmd.words).replace("\\\n", "").replace("\n", " ")
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
        named = next((w for w in program(cmd.words) if posixpath.basename(w.text) == "run_train.sh"), None)
        if named is not None:
            return (
                f"user_command runs '{named.text}', but the boot script must be run as"
                f" `bash {RUN_TRAIN}` ({why}): write bash {RUN_TRAIN} followed by your command"
            )
    fix = FORM
    if len(commands) == 1 and not commands[0].inner and _runs_training(program(commands[0].words)):
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
    target = _target(program(args), cwd)
    if isinstance(target, ShellError):
        return (("TJ303", f"user_command cannot be read as a shell command: {target.message}"),)
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
            return (
                "a backslash after run_train.sh is followed by a space, so it escapes the space instead"
                " of continuing the line: remove what follows the backslash on that line"
            )
        return f"run_train.sh is followed by an empty word, which is no command: write {FORM}"
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
    if _SCRIPT.search(text):
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
    if folder is None or not path.startswith(code_dir) or not _SCRIPT.search(path):
        return f"write {FORM}"
    return f"write {_interpreter(path)} {USER_JOB_DIR}/{folder}/{path[len(code_dir):]}"


def code_folder(app_url: str | None) -> str | None:
    """The last folder of ``app_url``: the code directory's name in the container."""
    if app_url is None:
        return None
    folder = strip_scheme(app_url).rstrip("/").rsplit("/", 1)[-1]
    return None if folder in ("", ".", "..") else folder


def _target(prog: Sequence[Word], cwd: str | None) -> _Target | ShellError | None:
    """The script that ``prog`` (the command run_train.sh runs) runs, if it is known."""
    if not prog or prog[0].expands:
        return None
    name = posixpath.basename(prog[0].text)
    if _PYTHON.match(name):
        run = python_run(prog[1:])
        return None if run.script is None else _Target(run.script, True, cwd)
    call = shell_call(prog)
    if call is not None and call.script is not None:
        return _Target(call.script, False, cwd)
    if call is not None and call.command is not None:
        inner = split_commands(call.command.text)
        if isinstance(inner, ShellError):
            return inner
        found = (_target(program(c.words), d) for c, _, d in _sequence(inner, cwd))
        return next((t for t in found if t is not None), None)
    if name in _LAUNCHERS:
        return _launched(prog[1:], cwd)
    return None


def _launched(args: Sequence[Word], cwd: str | None) -> _Target | ShellError | None:
    """The script a launcher (torchrun, mpirun...) runs: the interpreter it starts, or the first ``.py`` file."""
    for index, word in enumerate(args):
        text = word.text
        if text in _NO_SCRIPT or text.startswith("--module="):
            return None
        if text.startswith("-") or word.expands:
            continue
        if _PYTHON.match(posixpath.basename(text)) or shell_call(args[index:]) is not None:
            return _target(args[index:], cwd)
        if text.endswith(".py"):
            return _Target(word, True, cwd)
    return None


def _location_problem(target: _Target, app_url: str | None) -> str | None:
    script = target.script
    if script.expands or script.placeholders:
        return None
    if target.python and not _PY_FILE.search(script.text):
        return f"python runs '{script.text}', which is not a .py file: give python the script to run"
    folder = code_folder(app_url)
    if folder is None:
        return None
    expected = f"{USER_JOB_DIR}/{folder}/"
    path = _resolve(script, target.cwd)
    if path is not None and (path + "/").startswith(expected):
        return None
    return (
        f"the script '{script.text}' is not under {expected}, where the code directory"
        f" app_url '{app_url}' is downloaded: write {expected}{posixpath.basename(script.text)}"
    )

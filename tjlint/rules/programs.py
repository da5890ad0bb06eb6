"""What the programs in a command run: Python's options, shells, launchers, directories.

The knowledge behind TJ301 (does a command already run the training?) and
TJ304 (which script does the command after ``run_train.sh`` run?).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from tjlint.shell import Command, ShellError, Word, program, shell_call, split_commands

PYTHON = re.compile(r"python[0-9.]*\Z")
SCRIPT = re.compile(r"\.(?:py|sh)\Z")
_LAUNCHERS = frozenset({"torchrun", "mpirun", "deepspeed", "horovodrun", "accelerate"})
_PIP = frozenset({"pip", "pip3", "ensurepip"})
_PY_INFO = frozenset({"-V", "-VV", "--version", "-h", "-?", "--help"})
_NO_SCRIPT = frozenset({"-m", "--module", "--no-python", "--no_python"})


class Target(NamedTuple):
    """A script an interpreter runs, whether that interpreter is Python, and the directory it runs in."""

    script: Word
    python: bool
    cwd: str | None


def sequence(commands: Sequence[Command], cwd: str | None) -> Iterator[tuple[Command, Command | None, str | None]]:
    """Each command (``sh -c`` strings read in place), the next one in its list, and its directory."""
    for index, cmd in enumerate(commands):
        yield cmd, commands[index + 1] if index + 1 < len(commands) else None, cwd
        yield from sequence(cmd.inner, cwd)
        prog = program(cmd.words)
        if prog and prog[0].text == "cd":
            directory = next((w for w in prog[1:] if not w.text.startswith("-")), None)
            cwd = None if directory is None else resolve(directory, cwd)


def resolve(path: Word, cwd: str | None) -> str | None:
    """The normalised absolute path ``path`` names from ``cwd``; None when unknown."""
    text = path.text
    if path.expands or not (text.startswith("/") or cwd):
        return None
    joined = posixpath.join(cwd or "/", text)
    return posixpath.normpath("/" + joined.lstrip("/"))  # POSIX keeps a leading "//"


class PyRun(NamedTuple):
    """What a Python command line runs: "script", "module", "code", "stdin", "info" or "unknown"."""

    kind: str
    script: Word | None = None
    module: str = ""


def python_run(args: Sequence[Word]) -> PyRun:
    """Read Python's options as Python does: ``-um pkg``, ``-Bc code``, ``-W arg``, ``-Xopt``."""
    i = 0
    while i < len(args):
        arg = args[i].text
        if args[i].expands:
            return PyRun("unknown")
        if arg in _PY_INFO:
            return PyRun("info")
        if arg == "-" or (arg == "--" and i + 1 == len(args)):
            return PyRun("stdin")
        if arg == "--" or not arg.startswith("-"):
            return PyRun("script", args[i + 1] if arg == "--" else args[i])
        if arg.startswith("--"):
            i += 2 if arg == "--check-hash-based-pycs" else 1
            continue
        for j, letter in enumerate(arg[1:], start=2):
            if letter in "cm":
                value = arg[j:] or (args[i + 1].text if i + 1 < len(args) else "")
                return PyRun("module" if letter == "m" else "code", module=value)
            if letter in "WX":
                i += 0 if arg[j:] else 1  # the value is the rest of the word, or the next word
                break
        i += 1
    return PyRun("stdin")


def runs_training(prog: Sequence[Word]) -> bool:
    """Whether ``prog`` already runs a program: an interpreter, a script file or a launcher."""
    if not prog or prog[0].expands:
        return False
    name = posixpath.basename(prog[0].text)
    if PYTHON.match(name):
        run = python_run(prog[1:])
        return run.kind != "info" and not (run.kind == "module" and run.module in _PIP)
    call = shell_call(prog)
    if call is not None:
        return call.script is not None
    return name in _LAUNCHERS or SCRIPT.search(name) is not None


def target(prog: Sequence[Word], cwd: str | None) -> Target | ShellError | None:
    """The script that ``prog`` (the command run_train.sh runs) runs, if it is known."""
    if not prog or prog[0].expands:
        return None
    name = posixpath.basename(prog[0].text)
    if PYTHON.match(name):
        run = python_run(prog[1:])
        return None if run.script is None else Target(run.script, True, cwd)
    call = shell_call(prog)
    if call is not None and call.script is not None:
        return Target(call.script, False, cwd)
    if call is not None and call.command is not None:
        inner = split_commands(call.command.text)
        if isinstance(inner, ShellError):
            return inner
        found = (target(program(c.words), d) for c, _, d in sequence(inner, cwd))
        return next((t for t in found if t is not None), None)
    if name in _LAUNCHERS:
        return _launched(prog[1:], cwd)
    return None


def _launched(args: Sequence[Word], cwd: str | None) -> Target | ShellError | None:
    """The script a launcher (torchrun, mpirun...) runs: the interpreter it starts, or the first ``.py`` file."""
    for index, word in enumerate(args):
        text = word.text
        if text in _NO_SCRIPT or text.startswith("--module="):
            return None
        if text.startswith("-") or word.expands:
            continue
        if PYTHON.match(posixpath.basename(text)) or shell_call(args[index:]) is not None:
            return target(args[index:], cwd)
        if text.endswith(".py"):
            return Target(word, True, cwd)
    return None



"""Read a command line the way POSIX ``sh`` reads it, without running it.

:func:`split_commands` turns a command string into simple commands: words
after quote removal (single quotes, double quotes where ``\\`` escapes only
``$ ` " \\`` and newline, a backslash outside quotes), ``\\``+newline
removed everywhere but inside single quotes, unquoted newline, ``;``, ``&``,
``&&``, ``||`` and ``|`` as separators, ``A=1`` prefixes, comments,
redirections (``2>&1`` is not an argument), here-documents, and the string
given to ``bash -c``/``sh -c`` read the same way. Expansions (``$X``,
``${X}``, ``$(...)``, backquotes) are kept as written and marked: their
value is only known when the command runs. Nothing is ever executed.

Why not a library: ``shlex`` keeps ``\\``+newline inside a word and does
not separate commands; ``bashlex`` is GPL-3.0. ``tree-sitter-bash`` 0.25.1
(MIT, on ``tree-sitter`` 0.26.1, 3.6 MB of compiled code) was measured:
loading it adds about 11 ms to start-up (this package: about 4 ms on the
same machine) and it parses a command in 3-11 us (this reader: 22-45 us,
``sh -c`` strings included). Speed is not what decides, fidelity is:
it is an editor grammar for bash, not a reader for ``sh``. It splits
``a\\<newline>b`` into two words (``sh`` reads ``ab``), reports
``a \\<newline>`` at the end of the text as an error, reads ``}{ } {`` as
two words, and leaves quote removal, escapes inside double quotes, joining
the parts of a word, ``sh -c`` strings and messages that say what is left
open and where to the caller: most of what this package does.
The reader is :mod:`tjlint.shell.words` (one word) and
:mod:`tjlint.shell.commands` (separators, assignments, redirections).
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from tjlint.shell.commands import ASSIGNMENT, Command, ShellError, read
from tjlint.shell.words import Word, where

__all__ = [
    "Command", "ShellCall", "ShellError", "Word", "program", "shell_call",
    "split_commands", "syntax_problem", "walk",
]

#: ``sh -c 'sh -c ...'`` is read this many levels deep, no deeper.
_MAX_DEPTH = 8


def split_commands(text: str) -> list[Command] | ShellError:
    """The simple commands of ``text``, in order, or why ``sh`` could not read it.

    A command that gives a string to ``sh -c`` or ``bash -c`` holds the
    commands of that string in ``inner``.
    """
    commands = read(text)
    return commands if isinstance(commands, ShellError) else _with_inner(commands, text, 0)


def syntax_problem(text: str) -> str | None:
    """Why ``sh`` could not read ``text`` (with the place and the fix), or None."""
    result = split_commands(text)
    return result.message if isinstance(result, ShellError) else None


def walk(commands: Sequence[Command]) -> Iterator[Command]:
    """Every command in order, each followed by the commands of its ``sh -c`` string."""
    for command in commands:
        yield command
        yield from walk(command.inner)


def _with_inner(commands: list[Command], text: str, depth: int) -> list[Command] | ShellError:
    for index, command in enumerate(commands):
        call = shell_call(program(command.words))
        if call is None or call.command is None or depth >= _MAX_DEPTH:
            continue
        inner = read(call.command.text, "that string")
        if not isinstance(inner, ShellError):
            inner = _with_inner(inner, call.command.text, depth + 1)
        if isinstance(inner, ShellError):
            name = posixpath.basename(program(command.words)[0].text)
            message = f"in the command string of `{name} -c` at {where(text, call.command.start)}: {inner.message}"
            return ShellError(message, call.command.start)
        commands[index] = dataclasses.replace(command, inner=tuple(inner))
    return commands


class ShellCall(NamedTuple):
    """How ``sh``/``bash`` is called: the ``-c`` string, or the script file, and what follows."""

    command: Word | None
    script: Word | None
    args: tuple[Word, ...]


_SHELL_ARG_OPTIONS = frozenset({"--rcfile", "--init-file"})
#: Programs that run the rest of their arguments as a command: (options taking a value, operands).
_WRAPPERS: dict[str, tuple[frozenset[str], int]] = {
    "env": (frozenset({"-u", "--unset", "-C", "--chdir", "-S", "--split-string"}), 0),
    "exec": (frozenset({"-a"}), 0),
    "nohup": (frozenset(), 0),
    "command": (frozenset(), 0),
    "time": (frozenset({"-f", "--format", "-o", "--output"}), 0),
    "nice": (frozenset({"-n", "--adjustment"}), 0),
    "stdbuf": (frozenset({"-i", "-o", "-e", "--input", "--output", "--error"}), 0),
    "timeout": (frozenset({"-k", "--kill-after", "-s", "--signal"}), 1),
    "sudo": (frozenset({"-u", "-g", "-C", "-D", "-R", "-T", "-U", "-p", "-r", "-t", "-h"}), 0),
}


def program(words: Sequence[Word]) -> tuple[Word, ...]:
    """The program a command runs and its arguments, past ``env``, ``exec``, ``nohup`` and the like."""
    rest = tuple(words)
    while rest and not rest[0].expands and posixpath.basename(rest[0].text) in _WRAPPERS:
        name = posixpath.basename(rest[0].text)
        with_value, operands = _WRAPPERS[name]
        i = 1
        while i < len(rest) and rest[i].text.startswith("-") and rest[i].text != "-":
            if rest[i].text == "--":
                i += 1
                break
            if name == "command" and rest[i].text in ("-v", "-V"):
                return ()  # `command -v x` looks x up and runs nothing
            i += 2 if rest[i].text in with_value else 1
        while name == "env" and i < len(rest) and ASSIGNMENT.match(rest[i].raw):
            i += 1
        rest = rest[i + operands:]
    return rest


def shell_call(words: Sequence[Word]) -> ShellCall | None:
    """How ``words`` call ``sh`` or ``bash`` (any directory), read with the shell's options; else None."""
    if not words or words[0].expands or posixpath.basename(words[0].text) not in ("bash", "sh"):
        return None
    i, command, stdin = 1, False, False
    while i < len(words):
        arg = words[i].text
        if arg in ("-", "--"):
            i += 1
            break
        if arg[:1] not in ("-", "+") or arg == "+":
            break
        letters = "" if arg.startswith("--") else arg[1:]
        command = command or (arg[0] == "-" and "c" in letters)
        stdin = stdin or (arg[0] == "-" and "s" in letters)
        takes_value = arg in _SHELL_ARG_OPTIONS or "o" in letters or "O" in letters
        i += 2 if takes_value else 1
    operands = tuple(words[i:])
    if command:
        return ShellCall(operands[0] if operands else None, None, operands[1:])
    if stdin or not operands:
        return ShellCall(None, None, operands)
    return ShellCall(None, operands[0], operands[1:])

"""Commands of POSIX ``sh``: separators, assignments, redirections, comments.

:func:`read` splits a command string into simple commands the way ``sh``
does, without running anything; :mod:`tjlint.shell` builds on it (``sh -c``
strings, ``env`` and the like).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from tjlint.shell.words import ANGLE, Fail, Word, WordReader

_DIGITS = re.compile(r"[0-9]+\Z")
ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
# bash's `|&` (a pipe) and `<<<` (a here-string) are read as bash reads them: commands that
# work under bash must not be reported as syntax errors.
_OPERATORS = ("&&", "||", ";;", "|&", "<<<", "<<-", "<<", ">>", "<&", ">&", "<>", ">|",
              "&", "|", ";", "(", ")", "<", ">")
_REDIRECTS = frozenset({"<<<", "<<-", "<<", ">>", "<&", ">&", "<>", ">|", "<", ">"})
_CHAINS = frozenset({"&&", "||", "|", "|&"})
#: Reserved words that may open a command; the command itself follows them.
_OPENERS = frozenset({"!", "{", "if", "then", "else", "elif", "do", "while", "until"})


class ShellError(NamedTuple):
    """Why a command cannot be read: ``message`` says what, where and the fix."""

    message: str
    offset: int


@dataclass(frozen=True, slots=True)
class Command:
    """A simple command: its words, ``A=1`` prefixes, redirection targets, and what ends it.

    ``separator`` is the operator after it (``;``, ``&``, ``&&``, ``||``, ``|``,
    ``\\n``, ``)``...; "" at the end). ``inner`` holds the commands of the string
    it gives to ``sh -c``.
    """

    words: tuple[Word, ...]
    assignments: tuple[Word, ...] = ()
    redirects: tuple[Word, ...] = ()
    separator: str = ""
    inner: tuple[Command, ...] = ()

    @property
    def argv(self) -> tuple[str, ...]:
        """The words' texts."""
        return tuple(w.text for w in self.words)


def read(text: str, whole: str = "") -> list[Command] | ShellError:
    """The simple commands of ``text`` in order (``inner`` left empty), or why ``sh`` cannot read it.

    ``whole`` names what ``text`` is part of, for places in messages ("column 5 of the string").
    """
    try:
        return _Reader(text, whole).read()
    except Fail as err:
        return ShellError(str(err), err.offset)


class _Reader(WordReader):
    """One pass over ``text``, collecting simple commands."""

    def __init__(self, text: str, whole: str) -> None:
        super().__init__(text, whole)
        self.commands: list[Command] = []
        self.words: list[Word] = []
        self.assignments: list[Word] = []
        self.redirects: list[Word] = []
        self.last, self.last_at = "\n", 0  # the last operator read, and where
        self.heredocs: list[tuple[str, bool]] = []
        self.in_case = False

    def read(self) -> list[Command]:
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c in " \t":
                self.i += 1
            elif s.startswith("\\\n", self.i):
                self.i += 2
            elif c == "#":
                end = s.find("\n", self.i)
                self.i = len(s) if end < 0 else end
            elif c == "\n":
                self.i += 1
                self._newline()
            elif c in ";&|()<>" and not ANGLE.match(s, self.i):
                self._operator()
            else:
                self._add(self.word())
        if self.last in _CHAINS and self._empty():
            raise self.fail(f"the command ends with `{self.last}`", self.last_at,
                            f": add the command it should run, or remove `{self.last}`")
        self._end("")
        return self.commands

    def _empty(self) -> bool:
        return not (self.words or self.assignments or self.redirects)

    def _end(self, separator: str) -> None:
        if self._empty():
            return
        self.commands.append(Command(tuple(self.words), tuple(self.assignments), tuple(self.redirects), separator))
        self.words, self.assignments, self.redirects = [], [], []

    def _newline(self) -> None:
        if not (self.last in _CHAINS and self._empty()):  # after `&&`, `||`, `|` a newline is a blank
            self._end("\n")
            self.last = "\n"
        for delimiter, strip_tabs in self.heredocs:
            while self.i < len(self.s):
                end = self.s.find("\n", self.i)
                end = len(self.s) if end < 0 else end
                line, self.i = self.s[self.i:end], end + 1
                if (line.lstrip("\t") if strip_tabs else line) == delimiter:
                    break
        self.heredocs.clear()
        self.i = min(self.i, len(self.s))

    def _operator(self) -> None:
        start = self.i
        op = self._read_operator()
        if op in _REDIRECTS:
            self._redirect(op, start)
            return
        if op not in ("(", ")"):
            if self._empty() and self.last != ")":
                raise self.fail(f"`{op}`", start, " has no command before it: remove it, or add the command")
            if op == ";;" and not self.in_case:
                raise self.fail("`;;`", start, " belongs in a case statement: write a single `;`")
        self._end(op)
        self.last, self.last_at = op, start

    def _read_operator(self) -> str:
        s, i, chars, ends = self.s, self.i, "", []
        while len(chars) < 3 and i < len(s):
            if s.startswith("\\\n", i):  # sh joins lines before it looks for operators
                i += 2
            elif s[i] in ";&|()<>-":
                chars, i = chars + s[i], i + 1
                ends.append(i)
            else:
                break
        op = next(op for op in _OPERATORS if chars.startswith(op))
        self.i = ends[len(op) - 1]
        return op

    def _redirect(self, op: str, start: int) -> None:
        s = self.s
        while s.startswith((" ", "\t", "\\\n"), self.i):
            self.i += 2 if s[self.i] == "\\" else 1
        if self.i >= len(s) or (s[self.i] in "\n;&|()<>" and not ANGLE.match(s, self.i)):
            raise self.fail(f"the redirection `{op}`", start, f" has no file name: add one, or remove `{op}`")
        target = self.word()
        self.redirects.append(target)
        if op in ("<<", "<<-"):
            self.heredocs.append((target.text, op == "<<-"))

    def _add(self, word: Word) -> None:
        if not word.quoted and _DIGITS.match(word.raw) and self.s.startswith(("<", ">"), self.i):
            return  # a file descriptor: the 2 of `2>&1`
        if not self.words:
            if not self.assignments and not word.quoted and word.text in _OPENERS:
                return
            if ASSIGNMENT.match(word.raw):
                self.assignments.append(word)
                return
            self.in_case = self.in_case or word.raw == "case"
        self.words.append(word)


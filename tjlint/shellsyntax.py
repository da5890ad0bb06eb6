"""The syntax of POSIX ``sh`` command lines: words, quotes, escapes, operators.

:func:`read` splits a command string into simple commands the way ``sh``
does, without running anything; :mod:`tjlint.shell` builds on it (``sh -c``
strings, ``env`` and the like). Expansions (``$X``, ``${X}``, ``$(...)``,
backquotes) are kept as written and marked: their value is only known when
the command runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

_PLAIN = re.compile(r"[^\\'\"$`< \t\n;&|()>]+")
_DQ_SPECIAL = re.compile(r'["\\$`]')
_DIGITS = re.compile(r"[0-9]+\Z")
ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
#: ``<name>`` is no redirection anyone means: it is a placeholder copied from documentation.
_ANGLE = re.compile(r"<[A-Za-z_][A-Za-z0-9_.-]*>")
_EXPANDS = re.compile(r"[A-Za-z0-9_@*#?$!{(-]")
_OPERATORS = ("&&", "||", ";;", "<<-", "<<", ">>", "<&", ">&", "<>", ">|",
              "&", "|", ";", "(", ")", "<", ">")
_REDIRECTS = frozenset({"<<-", "<<", ">>", "<&", ">&", "<>", ">|", "<", ">"})
_CHAINS = frozenset({"&&", "||", "|"})
#: Reserved words that may open a command; the command itself follows them.
_OPENERS = frozenset({"!", "{", "if", "then", "else", "elif", "do", "while", "until"})


class ShellError(NamedTuple):
    """Why a command cannot be read: ``message`` says what, where and the fix."""

    message: str
    offset: int


@dataclass(frozen=True, slots=True)
class Word:
    """One word: ``text`` after quote removal, ``raw`` as written, from offset ``start``.

    ``quoted``: a part of it was quoted or escaped. ``expands``: it holds a
    ``$`` expansion or a backquote. ``placeholders``: the unquoted ``<name>`` in it.
    """

    text: str
    raw: str
    start: int
    quoted: bool = False
    expands: bool = False
    placeholders: tuple[str, ...] = ()


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


class _Fail(Exception):
    """A reading error: ``subject`` at its place in ``text``, then ``rest`` (the fix)."""

    def __init__(self, subject: str, place: str, offset: int, rest: str) -> None:
        super().__init__(f"{subject} at {place}{rest}")
        self.offset = offset


def where(text: str, offset: int) -> str:
    """``column C`` of a one-line text, else ``line L, column C`` (1-based)."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}" if "\n" in text else f"column {column}"



def read(text: str, whole: str = "") -> list[Command] | ShellError:
    """The simple commands of ``text`` in order (``inner`` left empty), or why ``sh`` cannot read it.

    ``whole`` names what ``text`` is part of, for places in messages ("column 5 of the string").
    """
    try:
        return _Reader(text, whole).read()
    except _Fail as err:
        return ShellError(str(err), err.offset)


_OPEN_SINGLE = " is never closed: close it with another ', or write a quote as \\' outside quotes"
_OPEN_DOUBLE = ' is never closed: close it with another ", or write a quote as \\" inside it'


class _Reader:
    """One pass over ``text``, collecting simple commands."""

    def __init__(self, text: str, whole: str) -> None:
        self.s = text
        self.whole = f" of {whole}" if whole else ""
        self.i = 0
        self.commands: list[Command] = []
        self.words: list[Word] = []
        self.assignments: list[Word] = []
        self.redirects: list[Word] = []
        self.last, self.last_at = "\n", 0  # the last operator read, and where
        self.heredocs: list[tuple[str, bool]] = []
        self.in_case = False

    def fail(self, subject: str, offset: int, rest: str) -> _Fail:
        return _Fail(subject, where(self.s, offset) + self.whole, offset, rest)

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
            elif c in ";&|()<>" and not _ANGLE.match(s, self.i):
                self._operator()
            else:
                self._add(self._word())
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
        if self.i >= len(s) or (s[self.i] in "\n;&|()<>" and not _ANGLE.match(s, self.i)):
            raise self.fail(f"the redirection `{op}`", start, f" has no file name: add one, or remove `{op}`")
        target = self._word()
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

    def _word(self) -> Word:
        s, start = self.s, self.i
        parts: list[str] = []
        quoted = expands = False
        placeholders: list[str] = []
        i = start
        while i < len(s):
            c = s[i]
            run = _PLAIN.match(s, i) or _ANGLE.match(s, i)
            if run:
                parts.append(run.group())
                if run.re is _ANGLE:
                    placeholders.append(run.group())
                i = run.end()
            elif c == "\\":
                if i + 1 == len(s):
                    raise self.fail("the backslash (\\)", i, " escapes nothing, the command ends there: remove it")
                parts.append(s[i + 1] if s[i + 1] != "\n" else "")
                quoted = quoted or s[i + 1] != "\n"
                i += 2
            elif c == "'":
                end = s.find("'", i + 1)
                if end < 0:
                    raise self.fail("the single quote (')", i, _OPEN_SINGLE)
                parts.append(s[i + 1:end])
                quoted, i = True, end + 1
            elif c == '"':
                text, i, more = self._double(i)
                parts.append(text)
                quoted, expands = True, expands or more
            elif c in "$`":
                end, more = self._expansion(i)
                parts.append(s[i:end])
                expands, i = expands or more, end
            else:
                break
        self.i = i
        return Word("".join(parts), s[start:i], start, quoted, expands, tuple(placeholders))

    def _double(self, i: int) -> tuple[str, int, bool]:
        """The text of the double-quoted string at ``i``, where it ends, and whether it expands."""
        s, expands = self.s, False
        parts: list[str] = []
        j = i + 1
        while j < len(s):
            c = s[j]
            if c == '"':
                return "".join(parts), j + 1, expands
            if c == "\\" and s[j + 1:j + 2] and s[j + 1] in '$`"\\\n':
                parts.append(s[j + 1] if s[j + 1] != "\n" else "")
                j += 2
            elif c in "$`":
                end, more = self._expansion(j)
                parts.append(s[j:end])
                expands, j = expands or more, end
            else:
                special = _DQ_SPECIAL.search(s, j + 1)
                end = len(s) if special is None else special.start()
                parts.append(s[j:end])
                j = end
        raise self.fail('the double quote (")', i, _OPEN_DOUBLE)

    def _expansion(self, i: int) -> tuple[int, bool]:
        """Where the ``$`` or backquote expansion at ``i`` ends, and whether it is one."""
        s = self.s
        if s[i] == "`":
            return self._backquote(i), True
        if s.startswith(("$(", "${"), i):
            return self._nested(i, ")" if s[i + 1] == "(" else "}"), True
        return i + 1, bool(_EXPANDS.match(s, i + 1))

    def _backquote(self, i: int) -> int:
        s, j = self.s, i + 1
        while j < len(s):
            if s[j] == "`":
                return j + 1
            j += 2 if s[j] == "\\" else 1
        raise self.fail("the backquote (`)", i, " is never closed: add another `, or write $(...) instead")

    def _nested(self, i: int, close: str) -> int:
        """Where the ``$(...)`` or ``${...}`` at ``i`` ends (quotes and nesting inside respected)."""
        s, depth, j = self.s, 1, i + 2
        while j < len(s):
            c = s[j]
            if c == "\\":
                j += 2
            elif c == "'":
                end = s.find("'", j + 1)
                if end < 0:
                    raise self.fail("the single quote (')", j, _OPEN_SINGLE)
                j = end + 1
            elif c == '"':
                j = self._double(j)[1]
            elif c in "$`":
                j = self._expansion(j)[0]
            else:
                depth += 1 if c == "(" and close == ")" else -1 if c == close else 0
                j += 1
                if depth == 0:
                    return j
        name = "the command substitution `$(`" if close == ")" else "the parameter expansion `${`"
        raise self.fail(name, i, f" is never closed: add `{close}`")

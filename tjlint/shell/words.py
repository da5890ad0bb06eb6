"""Words of POSIX ``sh``: quotes, escapes, line continuations and expansions.

A :class:`WordReader` reads one word at a time: single quotes keep
everything, double quotes let ``\\`` escape only ``$ ` " \\`` and newline,
a backslash elsewhere quotes the next character, and ``\\``+newline
disappears outside single quotes. Expansions (``$X``, ``${X}``, ``$(...)``,
backquotes) are kept as written and marked: their value is only known when
the command runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLAIN = re.compile(r"[^\\'\"$`< \t\n;&|()>]+")
_DQ_SPECIAL = re.compile(r'["\\$`]')
#: ``<name>`` (``<code dir name>``) is no redirection anyone means: it is a placeholder from documentation.
ANGLE = re.compile(r"<[A-Za-z_][A-Za-z0-9_.-]*(?: [A-Za-z0-9_.-]+)*>")
_EXPANDS = re.compile(r"[A-Za-z0-9_@*#?$!{(-]")


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


class Fail(Exception):
    """A reading error: ``subject`` at ``place``, then ``rest`` (the fix); ``offset`` in the text read."""

    def __init__(self, subject: str, place: str, offset: int, rest: str) -> None:
        super().__init__(f"{subject} at {place}{rest}")
        self.offset = offset


def where(text: str, offset: int) -> str:
    """``column C`` of a one-line text, else ``line L, column C`` (1-based)."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}" if "\n" in text else f"column {column}"


_OPEN_SINGLE = " is never closed: close it with another ', or write a quote as \\' outside quotes"
_OPEN_DOUBLE = ' is never closed: close it with another ", or write a quote as \\" inside it'


class WordReader:
    """Reads the words of ``text`` from offset ``i``; ``whole`` names what ``text`` is part of."""

    def __init__(self, text: str, whole: str) -> None:
        self.s = text
        self.i = 0
        self.whole = f" of {whole}" if whole else ""

    def fail(self, subject: str, offset: int, rest: str) -> Fail:
        """The error for ``subject`` at ``offset``, with ``rest`` (the fix) after the place."""
        return Fail(subject, where(self.s, offset) + self.whole, offset, rest)

    def word(self) -> Word:
        """The word at ``i`` (there is one); ``i`` moves past it."""
        s, start = self.s, self.i
        parts: list[str] = []
        quoted = expands = False
        placeholders: list[str] = []
        i = start
        while i < len(s):
            c = s[i]
            run = _PLAIN.match(s, i) or ANGLE.match(s, i)
            if run:
                parts.append(run.group())
                if run.re is ANGLE:
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

"""Positions as the Language Server Protocol counts them, and conversions from tjlint's.

tjlint counts characters (code points). An LSP position is a 0-based line and
a 0-based count of code units within that line: UTF-16 units unless client
and server agree on ``utf-8`` (bytes) or ``utf-32`` (code points) at
``initialize``. Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` and nowhere
else, as the protocol says. Nothing here imports the protocol library.
"""

from __future__ import annotations

import re
from bisect import bisect_right

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"
ENCODINGS = (UTF8, UTF16, UTF32)

_BREAKS = re.compile("\r\n|\r|\n")


def units(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` the characters of ``text`` take."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF16:
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    return len(text.encode("utf-8", "surrogatepass"))


def _char_units(char: str, encoding: str) -> int:
    point = ord(char)
    if encoding == UTF16:
        return 2 if point > 0xFFFF else 1
    return 1 if point < 0x80 else 2 if point < 0x800 else 3 if point < 0x10000 else 4


def characters(line: str, count: int, encoding: str) -> int:
    """How many characters of ``line`` the first ``count`` code units cover.

    A count past the end of the line means the end of the line; a count that
    falls inside a character (half of a surrogate pair) means the start of it.
    """
    if count <= 0:
        return 0
    if encoding == UTF32 or line.isascii():
        return min(count, len(line))
    used = 0
    for index, char in enumerate(line):
        used += _char_units(char, encoding)
        if used > count:
            return index
    return len(line)


class LineIndex:
    """Line starts of one text: character offsets <-> LSP positions in a given encoding."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAKS.finditer(text))]

    def line_end(self, line: int) -> int:
        """The offset just before the line break of 0-based ``line`` (or the end of the text)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            return end - 2 if self.text[end - 2 : end] == "\r\n" else end - 1
        return len(self.text)

    def line_text(self, line: int) -> str:
        """The characters of 0-based ``line`` without its line break ("" past the end)."""
        if not 0 <= line < len(self.starts):
            return ""
        return self.text[self.starts[line] : self.line_end(line)]

    def position(self, offset: int, encoding: str) -> tuple[int, int]:
        """The 0-based line and code-unit column of a character offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        offset = min(offset, self.line_end(line))  # an offset inside "\r\n" is the end of its line
        return line, units(self.text[start:offset], encoding)

    def offset(self, line: int, character: int, encoding: str) -> int:
        """The character offset of an LSP position; past the last line or a line's end, the end."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        return start + characters(self.text[start : self.line_end(line)], character, encoding)

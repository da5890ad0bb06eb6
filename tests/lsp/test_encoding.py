"""Positions in the client's encoding: UTF-16 by default, UTF-8 or UTF-32 when agreed.

Expected values are counted by hand: U+1F600 (an emoji) is one character, two
UTF-16 code units and four UTF-8 bytes; U+00E9 is one UTF-16 unit and two
bytes; U+4E2D is one UTF-16 unit and three bytes.
"""

from __future__ import annotations

import pytest

from tjlint.lsp.encoding import UTF8, UTF16, UTF32, LineIndex, characters, units

EMOJI = "\U0001F600"


@pytest.mark.parametrize(("text", "utf8", "utf16", "utf32"), [
    ("", 0, 0, 0),
    ("abc", 3, 3, 3),
    (EMOJI, 4, 2, 1),
    ("\u00e9", 2, 1, 1),
    ("\u4e2d", 3, 1, 1),
    (f"a{EMOJI}\u00e9b", 8, 5, 4),
])
def test_units(text: str, utf8: int, utf16: int, utf32: int) -> None:
    assert (units(text, UTF8), units(text, UTF16), units(text, UTF32)) == (utf8, utf16, utf32)


@pytest.mark.parametrize(("encoding", "column"), [(UTF16, 8), (UTF8, 12), (UTF32, 6)])
def test_a_finding_after_emoji_moves_by_the_encoding(encoding: str, column: int) -> None:
    # "k: 😀😀 x": the x is character 6 (0-based); "k: " and " " are 4 units in any encoding,
    # each emoji 2 UTF-16 units or 4 UTF-8 bytes: 4 + 2 * 2 = 8 and 4 + 2 * 4 = 12.
    text = f"first: 1\nk: {EMOJI}{EMOJI} x\n"
    index = LineIndex(text)
    x = text.index("x")
    assert index.position(x, encoding) == (1, column)
    assert index.offset(1, column, encoding) == x


def test_a_position_inside_a_surrogate_pair_means_the_start_of_the_character() -> None:
    index = LineIndex(f"{EMOJI}b")
    assert index.offset(0, 1, UTF16) == 0
    assert index.offset(0, 2, UTF16) == 1
    assert characters(f"{EMOJI}b", 3, UTF8) == 0
    assert characters(f"{EMOJI}b", 4, UTF8) == 1


def test_lines_end_at_lf_crlf_and_cr_only() -> None:
    text = "a\r\nb\rc\nd\u2028e\x85f"
    index = LineIndex(text)
    assert index.starts == [0, 3, 5, 7]
    assert [index.line_text(n) for n in range(4)] == ["a", "b", "c", "d\u2028e\x85f"]
    assert index.position(text.index("f"), UTF16) == (3, 4)
    assert index.position(2, UTF16) == (0, 1)  # between \r and \n: the end of line 0


def test_positions_past_the_end_are_clamped() -> None:
    index = LineIndex("ab\ncd")
    assert index.offset(0, 99, UTF16) == 2
    assert index.offset(7, 0, UTF16) == 5
    assert index.offset(-1, 0, UTF16) == 0
    assert index.position(99, UTF16) == (1, 2)
    assert index.line_text(5) == ""


def test_round_trip_on_every_character() -> None:
    text = f"\ufeffk: {EMOJI}\u00e9\r\nv: \u4e2d{EMOJI}\rlast\n"
    index = LineIndex(text)
    for encoding in (UTF8, UTF16, UTF32):
        for offset in range(len(text) + 1):
            if text[offset - 1 : offset + 1] == "\r\n":
                continue
            line, column = index.position(offset, encoding)
            assert index.offset(line, column, encoding) == offset, (encoding, offset)

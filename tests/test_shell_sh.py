"""The shell reader agrees with ``/bin/sh`` itself.

These tests run ``/bin/sh`` (never tjlint does): generated commands made of
words, quotes, escapes, line continuations, comments, assignments and
separators are given to ``sh``, which prints each word of each command with
``printf``; the reader must split them the same way. A second property
checks that the reader refuses exactly the texts ``sh -n`` refuses.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tjlint.shell import ShellError, split_commands

SH = shutil.which("sh") or "/bin/sh"
pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX sh")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Characters with no meaning to sh in an argument (no $, `, globs, ~, #, quotes, operators);
#: "@" is left out so that a lone "@" can end each command's output.
SAFE = "abcXYZ019_-./:,=+%^!{}é中"
#: Characters sh treats specially outside quotes.
SPECIAL = " \t\n\"'\\$`;&|<>()#*?[]~"


@dataclass(frozen=True)
class Part:
    """A piece of a word: how it is written, and what sh makes of it."""

    source: str
    value: str


def _double_piece() -> st.SearchStrategy[Part]:
    """One piece inside double quotes."""
    plain = st.text(SAFE + " \t\n'#;&|<>()*?[]~", min_size=1, max_size=4).map(lambda t: Part(t, t))
    escaped = st.sampled_from("$`\"\\").map(lambda c: Part("\\" + c, c))
    literal_backslash = st.sampled_from("an'; ").map(lambda c: Part("\\" + c, "\\" + c))
    continuation = st.just(Part("\\\n", ""))
    return st.one_of(plain, escaped, literal_backslash, continuation)


def _part() -> st.SearchStrategy[Part]:
    plain = st.text(SAFE, min_size=1, max_size=5).map(lambda t: Part(t, t))
    single = st.text(SAFE + SPECIAL.replace("'", ""), max_size=6).map(lambda t: Part(f"'{t}'", t))
    double = st.lists(_double_piece(), max_size=4).map(
        lambda ps: Part('"' + "".join(p.source for p in ps) + '"', "".join(p.value for p in ps))
    )
    escaped = st.sampled_from(SAFE + SPECIAL.replace("\n", "")).map(lambda c: Part("\\" + c, c))
    return st.one_of(plain, single, double, escaped)


@st.composite
def words(draw: st.DrawFn) -> Part:
    """A word: pieces, with line continuations and inner '#' between them."""
    parts = [draw(_part())]
    for _ in range(draw(st.integers(0, 3))):
        parts.append(draw(st.one_of(_part(), st.just(Part("\\\n", "")), st.just(Part("#", "#")))))
    return Part("".join(p.source for p in parts), "".join(p.value for p in parts))


BLANKS = st.sampled_from([" ", "\t", "  ", " \\\n ", "\\\n "])
SEPARATORS = st.sampled_from([";", "\n", " && ", " ; ", "\n\n", " &&\n", ";\n", " # a 'comment' \"x\" \\\n"])


@st.composite
def scripts(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    """A script of printf commands and the words each one must print."""
    text, expected = "", []
    for index in range(draw(st.integers(1, 4))):
        if index:
            text += draw(SEPARATORS)
        if draw(st.booleans()):
            text += "A1=" + draw(words()).source + draw(BLANKS)
        args = draw(st.lists(words(), max_size=4))
        text += "printf '%s\\000'"
        for word in args:
            text += draw(BLANKS) + word.source
        text += draw(BLANKS) + "@"
        expected.append([w.value for w in args])
    return text + draw(st.sampled_from(["", ";", "\n", " # done"])), expected


def run_sh(text: str, *options: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([SH, *options, "-c", text], capture_output=True, timeout=10, check=False)


def printed_by_sh(text: str) -> list[list[str]]:
    """What each command printed: its words, one list per command."""
    result = run_sh(text)
    assert result.returncode == 0, result.stderr
    fields = result.stdout.decode("utf-8").split("\0")[:-1]
    commands: list[list[str]] = [[]]
    for field in fields:
        if field == "@":
            commands.append([])
        else:
            commands[-1].append(field)
    return commands[:-1]


@SETTINGS
@given(scripts())
def test_reader_splits_words_as_sh_does(script: tuple[str, list[list[str]]]) -> None:
    text, expected = script
    assert printed_by_sh(text) == expected  # the generator models sh correctly
    commands = split_commands(text)
    assert not isinstance(commands, ShellError), commands
    assert [c.argv[:2] for c in commands] == [("printf", "%s\\000")] * len(expected)
    assert [list(c.argv[2:-1]) for c in commands] == expected
    assert all(c.argv[-1] == "@" for c in commands)


@SETTINGS
@given(st.lists(st.sampled_from(["a", "b", " ", "'", '"', "\\", "\n", ";", "&", "|", "#", "\t"]), max_size=12))
def test_reader_refuses_what_sh_refuses(tokens: list[str]) -> None:
    text = "".join(tokens)
    assume("|&" not in text)  # bash's pipe: read as bash reads it, dash refuses it
    sh_refuses = run_sh(text, "-n").returncode != 0  # -n: read, run nothing
    result = split_commands(text)
    if isinstance(result, ShellError) and not sh_refuses:
        # sh keeps a backslash at the very end as a literal; tjlint reports it (rules.md: trailing escape).
        assert text.endswith("\\") and "escapes nothing" in result.message
    else:
        assert isinstance(result, ShellError) == sh_refuses, (text, result)

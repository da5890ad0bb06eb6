"""The shell reader (tjlint.shell): splits written by hand from POSIX sh's rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tjlint.shell import Command, ShellError, Word, program, shell_call, split_commands, syntax_problem, walk


def split(text: str) -> list[Command]:
    result = split_commands(text)
    assert not isinstance(result, ShellError), result
    return result


def argvs(text: str) -> list[tuple[str, ...]]:
    return [c.argv for c in walk(split(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("  \t\n\n", []),
        ("a  b\tc", [("a", "b", "c")]),
        ("a 'b c' \"d e\" f\\ g", [("a", "b c", "d e", "f g")]),
        ("a'b'\"c\"d\\e", [("abcde",)]),
        ("a '' \"\"", [("a", "", "")]),
        # backslash in double quotes escapes only $ ` " \ and newline
        ('a "\\$ \\` \\" \\\\ \\a \\n"', [("a", '$ ` " \\ \\a \\n')]),
        # nothing is special in single quotes, not even a backslash before a newline
        ("a 'b\\\nc' '$x \"'", [("a", "b\\\nc", '$x "')]),
        # line continuations are removed everywhere else, also inside a word
        ("a\\\nb c", [("ab", "c")]),
        ('a "b\\\nc"', [("a", "bc")]),
        ("a \\\n b \\\n", [("a", "b")]),
        ("\\\na", [("a",)]),
        # separators
        ("a;b&c&&d||e|f\ng", [("a",), ("b",), ("c",), ("d",), ("e",), ("f",), ("g",)]),
        ("a &&\n\n  b ||\n c |\n d", [("a",), ("b",), ("c",), ("d",)]),
        ("a &\\\n& b", [("a",), ("b",)]),
        # bash's pipe `|&` and here-string `<<<`
        ("a |& b <<< 'c d' e", [("a",), ("b", "e")]),
        ("a ';' \\; \"&&\" b\\|c", [("a", ";", ";", "&&", "b|c")]),
        ("(a; b) && { c; }", [("a",), ("b",), ("c",), ("}",)]),
        ("if a; then b; else c; fi", [("a",), ("b",), ("c",), ("fi",)]),
        ("! a", [("a",)]),
        # comments start only at the start of a word
        ("a #b c\nd", [("a",), ("d",)]),
        ("a#b c", [("a#b", "c")]),
        ("a '#b' \\#c", [("a", "#b", "#c")]),
        ("# only a comment\n", []),
        ("a # comment \\\nb", [("a",), ("b",)]),
        # redirections are not arguments
        ("a > f 2>&1 < g >> h b", [("a", "b")]),
        ("a 2>err b 3 >x", [("a", "b", "3")]),
        ("a <<EOF\nb c\nEOF\nd", [("a",), ("d",)]),
        ("a <<-EOF\n\tb\n\tEOF\nd", [("a",), ("d",)]),
        # expansions are kept as written and do not split
        ("a $(b c) ${d:-e f} `g h` $((1 + 2))", [("a", "$(b c)", "${d:-e f}", "`g h`", "$((1 + 2))")]),
        ('a "$(b ")" c)"', [("a", '$(b ")" c)')]),
        ("a $ b$", [("a", "$", "b$")]),
        # braces and brackets are ordinary characters in sh
        ("a }{ } { [x] {y,z}", [("a", "}{", "}", "{", "[x]", "{y,z}")]),
    ],
)
def test_words_and_commands(text: str, expected: list[tuple[str, ...]]) -> None:
    assert argvs(text) == expected


def test_separator_is_the_operator_after_each_command() -> None:
    assert [c.separator for c in split("a; b && c || d | e & f\ng")] == [";", "&&", "||", "|", "&", "\n", ""]


def test_assignments_only_before_the_command_name() -> None:
    (cmd,) = split("A=1 B='x y' C= cmd D=2 --e=3")
    assert [w.text for w in cmd.assignments] == ["A=1", "B=x y", "C="]
    assert cmd.argv == ("cmd", "D=2", "--e=3")
    (only,) = split("A=1")
    assert only.argv == () and [w.text for w in only.assignments] == ["A=1"]
    assert split("'A=1' cmd")[0].argv == ("A=1", "cmd")


def test_redirection_targets_are_kept() -> None:
    (cmd,) = split("a > out.txt 2>&1 <in")
    assert [w.text for w in cmd.redirects] == ["out.txt", "1", "in"]


def test_word_fields() -> None:
    (cmd,) = split("ab 'c d' e$X \"$(f)\" <g> x/<h>/y")
    assert [(w.raw, w.start) for w in cmd.words] == [
        ("ab", 0), ("'c d'", 3), ("e$X", 9), ('"$(f)"', 13), ("<g>", 20), ("x/<h>/y", 24)
    ]
    assert [w.quoted for w in cmd.words] == [False, True, False, True, False, False]
    assert [w.expands for w in cmd.words] == [False, False, True, True, False, False]
    assert [w.placeholders for w in cmd.words] == [(), (), (), (), ("<g>",), ("<h>",)]
    assert split("'$X' \\$Y")[0].words[0].expands is False
    (doc,) = split("python a/<code dir name>/<script>.py <in.txt >out.txt")
    assert [w.placeholders for w in doc.words] == [(), ("<code dir name>", "<script>")]
    assert [w.text for w in doc.redirects] == ["in.txt", "out.txt"]


def test_offsets_count_characters_in_the_original_text() -> None:
    (cmd,) = split("é \\\n  'ü' x")
    assert [(w.text, w.start) for w in cmd.words] == [("é", 0), ("ü", 6), ("x", 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bash -c 'a; b c'", [("bash", "-c", "a; b c"), ("a",), ("b", "c")]),
        ("sh -xc \"a 'b c'\" name arg", [("sh", "-xc", "a 'b c'", "name", "arg"), ("a", "b c")]),
        ("/bin/bash -o pipefail -c 'a|b'", [("/bin/bash", "-o", "pipefail", "-c", "a|b"), ("a",), ("b",)]),
        (
            "env A=1 bash -c 'sh -c \"a b\"'",
            [("env", "A=1", "bash", "-c", 'sh -c "a b"'), ("sh", "-c", "a b"), ("a", "b")],
        ),
        ("bash x.sh -c 'a b'", [("bash", "x.sh", "-c", "a b")]),
        ("bash -- -c", [("bash", "--", "-c")]),
    ],
)
def test_sh_c_strings_are_read_the_same_way(text: str, expected: list[tuple[str, ...]]) -> None:
    assert argvs(text) == expected


def test_deeply_nested_sh_c_stops_reading() -> None:
    text = "a"
    for _ in range(12):
        text = "sh -c " + text.replace("\\", "\\\\").replace(" ", "\\ ")
    assert len(argvs(text)) == 9  # the outer command and 8 levels inside it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 'b", "the single quote (') at column 3 is never closed"),
        ('a "b', 'the double quote (") at column 3 is never closed'),
        ('a "b\\"', 'the double quote (") at column 3 is never closed'),
        ("a\nb 'c", "the single quote (') at line 2, column 3 is never closed"),
        ("a \\", "the backslash (\\) at column 3 escapes nothing"),
        ("a $(b", "the command substitution `$(` at column 3 is never closed"),
        ("a ${b", "the parameter expansion `${` at column 3 is never closed"),
        ("a `b", "the backquote (`) at column 3 is never closed"),
        ("a &&", "the command ends with `&&` at column 3"),
        ("a |\n", "the command ends with `|` at line 1, column 3"),
        ("; a", "`;` at column 1 has no command before it"),
        ("a && || b", "`||` at column 6 has no command before it"),
        ("a\n& b", "`&` at line 2, column 1 has no command before it"),
        ("a;;", "`;;` at column 2 belongs in a case statement"),
        ("a >", "the redirection `>` at column 3 has no file name"),
        ("a > ;", "the redirection `>` at column 3 has no file name"),
        ("x; sh -c 'a \"b'", "in the command string of `sh -c` at column 10: the double quote (\") at column 3 of"),
    ],
)
def test_syntax_problems_say_what_and_where(text: str, expected: str) -> None:
    problem = syntax_problem(text)
    assert problem is not None and problem.startswith(expected), problem
    result = split_commands(text)
    assert isinstance(result, ShellError) and result.message == problem


@pytest.mark.parametrize("text", ["a", "a;", "a &", "(a);b", "case x in a) b;; esac", "a\\\n", "a # 'unclosed"])
def test_no_syntax_problem(text: str) -> None:
    assert syntax_problem(text) is None


def words(*texts: str) -> tuple[Word, ...]:
    return tuple(Word(t, t, 0) for t in texts)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("python", "x"), ("python", "x")),
        (("env",), ()),
        (("env", "-i", "-u", "HOME", "A=1", "B=2", "python", "x"), ("python", "x")),
        (("/usr/bin/env", "bash", "x"), ("bash", "x")),
        (("exec", "-a", "name", "nohup", "python"), ("python",)),
        (("timeout", "-s", "KILL", "1h", "python", "x"), ("python", "x")),
        (("nice", "-n", "5", "stdbuf", "-oL", "python"), ("python",)),
        (("command", "-v", "python"), ()),
        (("time", "-p", "--", "python"), ("python",)),
        (("sudo", "-E", "-u", "work", "python"), ("python",)),
    ],
)
def test_program_skips_wrappers(argv: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert tuple(w.text for w in program(words(*argv))) == expected


@pytest.mark.parametrize(
    ("argv", "command", "script", "args"),
    [
        (("bash", "x.sh", "a"), None, "x.sh", ("a",)),
        (("/bin/sh", "-ex", "-o", "pipefail", "+O", "extglob", "x.sh"), None, "x.sh", ()),
        (("bash", "--norc", "--rcfile", "f", "x.sh"), None, "x.sh", ()),
        (("bash", "-c", "a b", "name"), "a b", None, ("name",)),
        (("bash", "-xc", "a"), "a", None, ()),
        (("bash", "-s", "x"), None, None, ("x",)),
        (("bash", "-x"), None, None, ()),
        (("bash", "--", "-c"), None, "-c", ()),
    ],
)
def test_shell_call(argv: tuple[str, ...], command: str | None, script: str | None, args: tuple[str, ...]) -> None:
    call = shell_call(words(*argv))
    assert call is not None
    assert (call.command and call.command.text, call.script and call.script.text) == (command, script)
    assert tuple(w.text for w in call.args) == args


@pytest.mark.parametrize("argv", [(), ("python", "-c", "x"), ("bashx", "-c", "x"), ("zsh", "x")])
def test_not_a_shell_call(argv: tuple[str, ...]) -> None:
    assert shell_call(words(*argv)) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab \t\n'\"\\$`(){};&|<>#=-c", "sh -c ", "bash -c '"]), max_size=40).map("".join))
def test_any_text_is_read_or_refused_never_crashes(text: str) -> None:
    result = split_commands(text)
    assert isinstance(result, (list, ShellError))
    if isinstance(result, ShellError):
        assert 0 <= result.offset <= len(text) and " at " in result.message

"""The ``github`` format: one workflow command per finding, escaped as the Actions toolkit does."""

from __future__ import annotations

import json
from pathlib import Path

from formatter_cases import Runner, diagnostic

from tjlint.formatters import Report
from tjlint.formatters.github import escape_data, escape_property, render
from tjlint.model import Severity


def _unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(text: str) -> str:
    for escaped, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, char)
    return text


def test_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b"
    assert escape_property("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext%3A a%2Cb"
    assert escape_data("%0A") == "%250A"  # an escape-looking text survives the round trip


def test_cli_lines(tjlint_run: Runner, broken: Path) -> None:
    ran = tjlint_run("--format", "github", "broken.yaml", "good.yaml")
    assert ran.status == 1
    lines = ran.stdout.splitlines()
    heads = [line.split("::")[1] for line in lines]
    assert heads == [
        "error file=broken.yaml,line=2,col=20,endLine=2,endColumn=23,title=TJ103 wrong-type",
        "warning file=broken.yaml,line=8,col=12,endLine=8,endColumn=29,title=TJ402 directory-slash",
    ]
    plain = json.loads(tjlint_run("--format", "json", "broken.yaml", "good.yaml").stdout)
    messages = [_unescape_data(line.split("::", 2)[2]) for line in lines]
    assert messages == [d["message"] for d in plain]
    assert "1 error, 1 warning in 2 files" in ran.stderr


def test_chosen_inside_github_actions(tjlint_run: Runner, broken: Path) -> None:
    inside = tjlint_run("broken.yaml", env={"GITHUB_ACTIONS": "true"})
    assert inside.stdout.startswith("::error file=broken.yaml,")
    chosen = tjlint_run("broken.yaml", "--format", "text", env={"GITHUB_ACTIONS": "true"})
    assert chosen.stdout.startswith("broken.yaml:2:20: error TJ103 ")
    outside = tjlint_run("broken.yaml", env={"GITHUB_ACTIONS": "false"})
    assert outside.stdout.startswith("broken.yaml:2:20: error TJ103 ")


def test_odd_message_and_path_survive_on_one_line() -> None:
    message = "100% sure: a, b\nsecond line\r\nthird"
    path = "odd, name: v1%.yaml"
    out = render([diagnostic(message=message, path=path)], Report(root=""))
    assert out.count("\n") == 1 and "\r" not in out
    assert out.startswith("::")
    head, data = out.rstrip("\n")[2:].split("::", 1)
    assert _unescape_data(data) == message
    kind, props = head.split(" ", 1)
    assert kind == "error"
    values = dict(p.split("=", 1) for p in props.split(","))
    assert _unescape_property(values["file"]) == path
    assert values["title"] == "TJ102 unknown-field"


def test_multi_line_span_has_no_columns_and_no_position_has_no_lines() -> None:
    out = render([
        diagnostic(line=1, column=1, end_line=4, end_column=3, severity=Severity.WARNING),
        diagnostic(line=0, column=0, end_line=0, end_column=0),
    ], Report(root=""))
    assert out.splitlines() == [
        "::warning file=job.yaml,line=1,endLine=4,title=TJ102 unknown-field::unknown field 'x'",
        "::error file=job.yaml,title=TJ102 unknown-field::unknown field 'x'",
    ]


def test_absolute_path_is_relative_to_the_root(tmp_path: Path) -> None:
    out = render([diagnostic(path=str(tmp_path / "sub" / "job.yaml"))], Report(root=str(tmp_path)))
    assert out.startswith("::error file=sub/job.yaml,line=3,col=5,")


def test_clean_run_prints_nothing(tjlint_run: Runner, broken: Path) -> None:
    ran = tjlint_run("--format", "github", "good.yaml")
    assert (ran.status, ran.stdout) == (0, "")

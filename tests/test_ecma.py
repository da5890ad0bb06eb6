"""JSON Schema patterns keep their ECMA-262 meaning: '$' is the very end of the text."""

from __future__ import annotations

import pytest

import tjlint
from tjlint.ecma import compile_pattern, to_python


@pytest.mark.parametrize(
    ("pattern", "python"),
    [
        ("^[A-Za-z0-9_-]+$", r"^[A-Za-z0-9_-]+\Z"),
        (r"^a\$b$", r"^a\$b\Z"),  # an escaped dollar is a dollar sign
        ("^[$]+$", r"^[$]+\Z"),  # inside a class too
        ("^(a|b$)", r"^(a|b\Z)"),
    ],
)
def test_to_python(pattern: str, python: str) -> None:
    assert to_python(pattern) == python


def test_a_final_newline_does_not_match_the_end() -> None:
    assert compile_pattern("^[a-z]+$").search("cfg\n") is None
    assert compile_pattern("^[a-z]+$").search("cfg") is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('{"config_name": "cfg\\n", "worker_server_num": 1, "spec_id": 1}', None),
        ('{"job_name": "job\\n", "config": {"worker_server_num": 1, "spec_id": 1}}', "job"),
    ],
)
def test_names_with_a_trailing_newline_are_tj105(text: str, kind: str | None) -> None:
    found = tjlint.lint_text(text, filename="x.json", kind=kind, config=tjlint.Config(select=("TJ105",)))
    assert [(d.code, d.line, d.column) for d in found] == [("TJ105", 1, 17 if kind is None else 14)]
    assert tjlint.lint_data(__import__("json").loads(text), kind=kind, config=tjlint.Config(select=("TJ105",)))

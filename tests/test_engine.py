"""The engine: library entry points, rule selection, severity, pointers and spans."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any

import pytest

import tjlint
from tjlint import BUILTIN_RULES, Config, Context, Finding, Rule, Severity

BODY: dict[str, Any] = {
    "config_name": "demo", "worker_server_num": 1, "spec_id": 1, "engine_id": 1,
    "app_url": "/bucket/code/", "boot_file_url": "/bucket/code/train.py", "data_url": "/bucket/data/",
}
YAML = "".join(f"{k}: {v}\n" for k, v in BODY.items())


def explode(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    raise AssertionError("a rule that is not selected must not run")


def flag_name(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    yield Finding("/config_name", "custom finding", related=("/spec_id",), on_key=True)


EXPLODING = Rule("ZZ901", "explodes", Severity.ERROR, "s", "e", check=explode)
FLAGGING = Rule("ZZ902", "flags", Severity.WARNING, "s", "e", check=flag_name)


def test_clean_body_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "job.yaml"
    path.write_text(YAML)
    assert tjlint.lint_file(path) == []
    assert tjlint.lint_text(YAML, filename="job.yaml") == []
    assert tjlint.lint_data(BODY) == []
    assert tjlint.check_data(BODY) == []


def test_check_data_raises_with_diagnostics() -> None:
    with pytest.raises(tjlint.ConfigError) as info:
        tjlint.check_data({**BODY, "spec_id": "1"})
    assert [(d.code, d.pointer, d.line) for d in info.value.diagnostics] == [("TJ103", "/spec_id", 0)]


def test_unselected_rules_are_not_run() -> None:
    config = Config(ignore=("ZZ9",))
    assert tjlint.lint_text(YAML, filename="a.yaml", rules=(*BUILTIN_RULES, EXPLODING), config=config) == []
    with pytest.raises(AssertionError):
        tjlint.lint_text(YAML, filename="a.yaml", rules=(EXPLODING,))


def test_custom_rule_is_stamped_and_located() -> None:
    (d,) = tjlint.lint_text(YAML, filename="a.yaml", rules=(FLAGGING,))
    expected = ("ZZ902", "flags", Severity.WARNING, 1, 1, 12)
    assert (d.code, d.name, d.severity, d.line, d.column, d.end_column) == expected
    assert [(r.pointer, r.line, r.column) for r in d.related] == [("/spec_id", 3, 1)]


def test_rules_replace_the_builtin_set() -> None:
    body = dict(BODY)
    del body["data_url"]  # TJ201 with the built-in rules
    assert [d.code for d in tjlint.lint_data(body)] == ["TJ201"]
    assert tjlint.lint_data(body, rules=()) == []


def test_severity_override_and_select_prefix() -> None:
    text = YAML.replace("data_url: /bucket/data/", "data_url: /bucket/data")
    (d,) = tjlint.lint_text(text, filename="a.yaml")
    assert (d.code, d.severity) == ("TJ402", Severity.WARNING)
    (d,) = tjlint.lint_text(text, filename="a.yaml", config=Config(severity={"TJ4": Severity.ERROR}))
    assert d.severity is Severity.ERROR
    assert tjlint.lint_text(text, filename="a.yaml", config=Config(select=("TJ1",))) == []


def test_diagnostic_is_frozen_and_hashable() -> None:
    (d,) = tjlint.lint_text("config_name: 1\n", filename="a.yaml", config=Config(select=("TJ103",)))
    assert {d, d} == {d}
    with pytest.raises(FrozenInstanceError):
        d.line = 3  # type: ignore[misc]


def test_every_document_of_a_stream_is_checked_on_its_own() -> None:
    text = YAML + "---\n" + YAML.replace("spec_id: 1", "spec_id: x")
    found = [(d.document, d.code, d.line) for d in tjlint.lint_text(text, filename="a.yaml")]
    assert found == [(1, "TJ103", 11)]


def test_sorted_by_position() -> None:
    text = "zz: 1\n" + YAML + "aa: 2\n"
    lines = [d.line for d in tjlint.lint_text(text, filename="a.yaml")]
    assert lines == sorted(lines) and lines[0] == 1


def test_library_does_not_import_click() -> None:
    import subprocess
    import sys

    code = "import sys, tjlint; tjlint.lint_text('a: 1', filename='a.yaml'); print('click' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_unknown_key_messages_stay_short_and_suggest_for_typos() -> None:
    long_key = "x" * 900  # YAML allows implicit keys up to 1024 characters
    text = YAML + "dataurl: 1\n" + f"{long_key}: 2\n"
    found = {d.pointer: d.message for d in tjlint.lint_text(text, filename="a.yaml", config=Config(select=("TJ102",)))}
    assert "did you mean 'data_url'" in found["/dataurl"]
    assert len(found["/" + long_key]) < 200


def test_order_is_stable_across_runs() -> None:
    import subprocess
    import sys

    code = "import tjlint; print([d.message for d in tjlint.lint_text('config_desc: x', filename='a.yaml')])"
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": str(seed)}).stdout
        for seed in (1, 2, 3, 4, 5)
    }
    assert len(runs) == 1
    # Missing fields come in the order the API page lists them.
    assert "'config_name'" in runs.pop().split("missing required field")[1]


def test_a_document_reports_at_most_a_thousand_problems() -> None:
    # 3,000 aliased parameter items, each with a number for its value: 3,000 TJ103 and 2,999 TJ209.
    items = ", ".join(["*item"] * 3000)
    text = YAML + "x: &item {label: a, value: 1}\n" + f"parameter: [{items}]\n"
    found = tjlint.lint_text(text, filename="a.yaml", config=Config(ignore=("TJ102",)))
    assert len(found) == 1001
    assert [(d.code, d.line, d.column, d.severity) for d in found if d.code == "TJ008"] == [
        ("TJ008", 1, 1, Severity.WARNING)
    ]
    few = tjlint.lint_text(YAML + "parameter: [{label: a, value: '1'}, {label: a, value: '2'}]\n", filename="a.yaml")
    assert [d.code for d in few] == ["TJ209"]

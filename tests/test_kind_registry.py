"""The kind registry: everything that names body kinds reads it, and a new kind is one entry.

A throwaway kind proves the second part: an entry (its schema, how auto
detects it, where its configuration sits), the rules that name it, and
nothing else, gives a linter that detects it, checks it against its schema
and runs its rules on its configuration and no others; the built-in registry
is left as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import click
import pytest

import tjlint
from tjlint.cli import cli
from tjlint.engine import Linter
from tjlint.kinds import JOB, KINDS, V1_KINDS, V2_KINDS, BodyKind, KindRegistry
from tjlint.read import read_source
from tjlint.rules import BUILTIN
from tjlint.settings.keys import SettingsError, kinds
from tjlint.sniff import looks_like_body

ROOT = Path(__file__).resolve().parent.parent


def _choices(command: str, option: str) -> list[str]:
    group = cli.commands[command]
    (param,) = [p for p in group.params if p.name == option]
    assert isinstance(param.type, click.Choice)
    return list(param.type.choices)


def test_the_built_in_kinds_in_the_order_auto_tries_them() -> None:
    assert [k.name for k in KINDS] == ["v2-job", "job", "config", "config-update"]
    assert KINDS.names == ("config", "config-update", "job", "v2-job")
    assert KINDS.choices == ("auto", "config", "config-update", "job", "v2-job")
    assert KINDS["config-update"].detects is None  # an update looks like a configuration: never guessed
    assert {"config", "config-update", "job"} == V1_KINDS
    assert {"v2-job"} == V2_KINDS
    assert (JOB.configuration, KINDS["config"].configuration, KINDS["v2-job"].configuration) == ("/config", "", "")


def test_the_command_line_offers_the_registered_kinds() -> None:
    assert _choices("check", "kind") == list(KINDS.choices)
    assert _choices("schema", "kind") == list(KINDS.names)


def test_the_settings_schema_lists_the_registered_kinds() -> None:
    schema = json.loads((ROOT / "schemas" / "tjlint-settings.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["kinds"]["additionalProperties"]["enum"] == list(KINDS.names)


def test_settings_accept_the_registered_kinds_and_name_them_when_wrong() -> None:
    for name in KINDS.names:
        assert kinds({"x/*": name}, "/w") == {"/w/x/*": name}
        assert tjlint.Config(kind=name).kind == name
    with pytest.raises(SettingsError, match="use one of config, config-update, job, v2-job"):
        kinds({"x/*": "body"}, "/w")
    with pytest.raises(ValueError, match="'auto', 'config', 'config-update', 'job', 'v2-job'"):
        tjlint.Config(kind="body")


def test_every_kind_has_its_schema_printed_by_tjlint_schema() -> None:
    for kind in KINDS:
        assert (ROOT / "schemas" / f"{kind.schema}.schema.json").is_file()


def test_the_folder_walk_recognises_bodies_by_the_kinds_content_checks() -> None:
    assert looks_like_body(b"job_name: x\nconfig: {}\n")  # job
    assert looks_like_body(b"config_name: x\nspec_id: 1\n")  # config
    assert looks_like_body(b"metadata: {name: x}\nalgorithm: {}\n")  # v2-job
    assert not looks_like_body(b"apiVersion: v1\nmetadata: {name: x}\nspec: {resource: {}}\n")
    assert not looks_like_body(b"config_name: x\n")


# A kind added in one entry.

DEMO = BodyKind(
    name="demo", schema="training-job-config-update", api="POST /v9/{project_id}/demo-jobs",
    configuration="/demo", detects=lambda data: "demo" in data,
)


def _demo_check(data: Mapping[str, Any], ctx: tjlint.Context) -> Iterator[tjlint.Finding]:
    if data.get("spec_id") == 0:
        yield tjlint.Finding("/spec_id", f"spec 0 in a {ctx.kind} body")


DEMO_RULE = tjlint.Rule("DEMO1", "no-spec-zero", tjlint.Severity.ERROR, "spec 0", "No spec 0.",
                        check=_demo_check, kinds=frozenset({"demo"}))


def _lint(text: str, kind: str | None = None) -> list[tuple[int, int, str, str]]:
    registry = KINDS.with_kind(DEMO)
    linter = Linter(tjlint.Config(), ruleset=BUILTIN.extended([DEMO_RULE]), kind=kind, kinds=registry)
    return [(d.line, d.column, d.code, d.pointer) for d in linter.lint_source(read_source(text, "d.yaml"))]


def test_a_new_kind_is_detected_checked_against_its_schema_and_gets_only_its_rules() -> None:
    text = "demo:\n  worker_server_num: 1\n  spec_id: 0\n  data_url: obs://b/data\n"
    # Auto tries the new kind first. Its schema (an update's) sees the whole document: it lacks
    # worker_server_num and spec_id (TJ101 twice) and 'demo' is no field of it (TJ102). Its rule
    # gets the mapping at /demo; no built-in rule runs on it (TJ401 would for obs://).
    missing = (1, 1, "TJ101", "")
    assert _lint(text) == [missing, missing, (1, 1, "TJ102", "/demo"), (3, 12, "DEMO1", "/demo/spec_id")]
    # Read as a configuration: its schema (config_name too), the v1 rules, and not the new rule.
    assert _lint(text, kind="config") == [missing, missing, missing, (1, 1, "TJ102", "/demo"),
                                          (1, 1, "TJ201", ""), (1, 1, "TJ204", "")]


def test_adding_a_kind_leaves_the_built_in_registry_alone() -> None:
    registry = KINDS.with_kind(DEMO)
    assert "demo" in registry and "demo" not in KINDS
    assert registry.names == ("config", "config-update", "demo", "job", "v2-job")
    with pytest.raises(ValueError, match="unique"):
        KindRegistry((*KINDS, DEMO, DEMO))
    assert isinstance(registry, KindRegistry)

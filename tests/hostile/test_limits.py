"""The safety limits (TJ005): user-facing names, defaults that fit real configs, and raising them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tjlint
from tjlint import Config, Limits

BODY = {"config_name": "limits", "worker_server_num": 1, "spec_id": 1, "data_url": "/bucket/data/",
        "app_url": "/bucket/app/", "boot_file_url": "/bucket/app/train.py", "engine_id": 1}


def nested_yaml(depth: int) -> str:
    """A body whose ``config_desc`` holds lists nested ``depth`` deep (the body itself is level 1)."""
    return "config_name: deep\nworker_server_num: 1\nspec_id: 1\nconfig_desc: " + "[" * depth + "]" * depth + "\n"


def nested_json(depth: int) -> str:
    return json.dumps({**BODY, "config_desc": "x"})[:-1] + ', "extra": ' + "[" * depth + "]" * depth + "}"


def lint_text(kind: str, text: str | bytes, name: str, config: Config | None = None) -> list[tjlint.Diagnostic]:
    """``tjlint.lint_text`` reading the body as ``kind`` (every limit holds for every kind)."""
    return tjlint.lint_text(text, name, config=config, kind=kind)


def lint_file(kind: str, path: Path, config: Config | None = None) -> list[tjlint.Diagnostic]:
    return tjlint.lint_file(path, config=config, kind=kind)


def too_large(diagnostics: list[tjlint.Diagnostic]) -> list[tjlint.Diagnostic]:
    return [d for d in diagnostics if d.code == "TJ005"]


@pytest.mark.parametrize(("make", "name"), [(nested_yaml, "x.yaml"), (nested_json, "x.json")])
def test_max_depth(make: object, name: str, kind: str) -> None:
    text = make(10)  # type: ignore[operator]
    # The body is one level and the lists ten more: eleven levels in all.
    (found,) = too_large(lint_text(kind, text, name, config=Config(limits=Limits(max_depth=10))))
    assert "max-depth" in found.message
    assert found.line == 1 or found.column > 1
    assert too_large(lint_text(kind, text, name, config=Config(limits=Limits(max_depth=11)))) == []


def test_defaults_accept_tens_of_levels(kind: str) -> None:
    for text, name in ((nested_yaml(40), "x.yaml"), (nested_json(40), "x.json")):
        assert too_large(lint_text(kind, text, name)) == []


def test_raising_max_depth_lets_deeper_files_through(kind: str) -> None:
    text = nested_yaml(100)
    assert too_large(lint_text(kind, text, "x.yaml"))
    assert too_large(lint_text(kind, text, "x.yaml", config=Config(limits=Limits(max_depth=200)))) == []


def test_max_nodes_counts_values(kind: str) -> None:
    items = [{"label": f"p{i}", "value": str(i)} for i in range(60)]
    text = json.dumps({**BODY, "parameter": items})
    (found,) = too_large(lint_text(kind, text, "x.json", config=Config(limits=Limits(max_nodes=100))))
    assert "max-nodes" in found.message
    assert too_large(lint_text(kind, text, "x.json", config=Config(limits=Limits(max_nodes=1000)))) == []


def test_max_nodes_counts_alias_expansion(kind: str) -> None:
    text = ("config_name: a\nworker_server_num: 1\nspec_id: 1\n"
            "x: &x [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\ny: [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\n")
    (found,) = too_large(lint_text(kind, text, "x.yaml", config=Config(limits=Limits(max_nodes=100))))
    assert "max-nodes" in found.message
    assert found.line == 5  # the alias that went over the limit
    assert too_large(lint_text(kind, text, "x.yaml", config=Config(limits=Limits(max_nodes=200)))) == []


def test_max_nodes_counts_the_whole_stream(kind: str) -> None:
    document = "---\nconfig_name: a\nworker_server_num: 1\nspec_id: 1\n"  # 7 values each
    text = document * 20
    assert too_large(lint_text(kind, text, "x.yaml", config=Config(limits=Limits(max_nodes=100))))
    assert too_large(lint_text(kind, text, "x.yaml", config=Config(limits=Limits(max_nodes=140)))) == []


def test_long_field_names_count_against_max_nodes(kind: str) -> None:
    key = "k" * 500
    text = json.dumps({key: {key: {f"a{i}": i for i in range(100)}}})
    (found,) = too_large(lint_text(kind, text, "x.json", config=Config(limits=Limits(max_nodes=500))))
    assert "max-nodes" in found.message
    assert too_large(lint_text(kind, text, "x.json")) == []


def test_max_file_size_for_text_and_files(tmp_path: Path, kind: str) -> None:
    text = json.dumps({**BODY, "config_desc": "d" * 300})
    small = Config(limits=Limits(max_file_size=200))
    (found,) = too_large(lint_text(kind, text, "x.json", config=small))
    assert "max-file-size" in found.message
    path = tmp_path / "training-job.json"
    path.write_text(text)
    (found,) = too_large(lint_file(kind, path, config=small))
    assert "max-file-size" in found.message
    assert too_large(lint_file(kind, path)) == []


def test_defaults_accept_megabytes(kind: str) -> None:
    items = [{"label": f"p{i}", "value": "v" * 5000} for i in range(1000)]
    text = json.dumps({**BODY, "parameter": items}, indent=2)
    assert len(text) > 5_000_000
    diagnostics = lint_text(kind, text, "x.json")
    assert too_large(diagnostics) == []
    assert diagnostics == lint_text(kind, text.encode(), "x.json")


def test_default_limits() -> None:
    limits = Limits()
    assert limits.max_file_size == 10 * 1024 * 1024
    assert limits.max_depth == 64
    assert limits.max_nodes == 1_000_000

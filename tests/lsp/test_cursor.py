"""The completion context: the path of the mapping at the cursor, key or value, what is typed, keys present.

Each case marks the cursor with ``§``; the expected paths, prefixes and keys
are read off the text by hand. None of the texts needs to parse.
"""

from __future__ import annotations

import pytest

from tjlint.lsp.cursor import Cursor
from tjlint.lsp.jsoncursor import json_key_at
from tjlint.lsp.where import cursor_at, top_level_keys
from tjlint.lsp.yamlcursor import yaml_key_at


def at(marked: str, fmt: str) -> Cursor | None:
    offset = marked.index("§")
    return cursor_at(marked.replace("§", "", 1), fmt, offset)


def where(marked: str, fmt: str) -> tuple[tuple[str, ...], str | None, str, frozenset[str]] | None:
    cursor = at(marked, fmt)
    return None if cursor is None else (cursor.path, cursor.key, cursor.prefix, cursor.present)


YAML_CASES = [
    ("config_name: a\nwork§\nspec_id: 1\n", ((), None, "work", {"config_name", "spec_id"})),
    ("config_name: a\nparameter:\n  - label: a\n    val§\n  - label: b\n",
     (("parameter", "0"), None, "val", {"label"})),
    ("parameter:\n  - label: a\n    value: x\n  - §\n", (("parameter", "1"), None, "", set())),
    # a sequence written at the same indentation as its key
    ("parameter:\n- label: a\n  value: x\n- label: b\n  §\nspec_id: 1", (("parameter", "1"), None, "", {"label"})),
    ("job_name: a\nconfig:\n  data_source:\n    - type: o§\n", (("config", "data_source", "0"), "type", "o", set())),
    ("job_name: a\nconfig:\n  volumes:\n    - nfs:\n        §\n", (("config", "volumes", "0", "nfs"), None, "", set())),
    ("job_name: a\nconfig:\n  flavor: {co§}\n", (("config", "flavor"), None, "co", set())),
    ("job_name: a\nconfig:\n  flavor: {code: §}\n", (("config", "flavor"), "code", "", set())),
    ("a: 1\n---\nconfig_name: x\n§", ((), None, "", {"config_name"})),
    ("config_name: x\nspec_id:§", ((), "spec_id", "", set())),
    ("config_name: x\n'spec§", ((), None, "spec", {"config_name"})),
    ("config:\n  # a comment §\n", None),
    ("user_command: |\n  python §\n", None),
    ("config:\n  cmd: [a,\n   b§", None),
    # the document need not parse: a tab, an unclosed quote and a stray bracket above the cursor
    ("config_name: 'x\nbad:\t[\nspec_id: 1\nengine§\n", ((), None, "engine", {"config_name", "bad", "spec_id"})),
]


@pytest.mark.parametrize(("marked", "expected"), YAML_CASES)
def test_yaml_cursor(marked: str, expected: tuple[tuple[str, ...], str | None, str, set[str]] | None) -> None:
    found = where(marked, "yaml")
    assert found == (None if expected is None else (*expected[:3], frozenset(expected[3])))


JSON_CASES = [
    ('{"config_name": "x", "parameter": [{"label": "a", "v§"}], "spec_id": 1}',
     (("parameter", "0"), None, "v", {"label"})),
    ('{"config_name": "x", "data_source": [{"type": "o§"}]}', (("data_source", "0"), "type", "o", set())),
    ('{"config_name": "x", "spec_id": §, "engine_id": 2}', ((), "spec_id", "", set())),
    ('{"config_name": "x", §\n "engine_id": 2}', ((), None, "", {"config_name", "engine_id"})),
    ('{"config": {"a": 1, "§', (("config",), None, "", {"a"})),
    ('{"config": {"a": [1, 2, §', (("config", "a"), "2", "", set())),
]


@pytest.mark.parametrize(("marked", "expected"), JSON_CASES)
def test_json_cursor(marked: str, expected: tuple[tuple[str, ...], str | None, str, set[str]]) -> None:
    assert where(marked, "json") == (*expected[:3], frozenset(expected[3]))


def test_the_replaced_word_runs_past_the_cursor() -> None:
    cursor = at("config:\n  data_§url: x\n", "yaml")
    assert cursor is not None and (cursor.start, cursor.end, cursor.prefix) == (10, 18, "data_")
    cursor = at('{"spec_§id": 1}', "json")
    assert cursor is not None and (cursor.start, cursor.end, cursor.quote) == (1, 10, '"')


@pytest.mark.parametrize(("marked", "path"), [
    ("config:\n  data_§url: x\n", ("config", "data_url")),
    ("config:\n  data_url: /a/b§/\n", ("config", "data_url")),
    ("config:\n  spec_id: 1  # a §\n", ("config", "spec_id")),
    ("parameter:\n  - label: a\n    val§ue: b\n", ("parameter", "0", "value")),
    ("parameter:\n  - lab§el: a\n", ("parameter", "0", "label")),
    ("a: 1\nb§\n", None),
])
def test_yaml_key_at(marked: str, path: tuple[str, ...] | None) -> None:
    assert yaml_key_at(marked.replace("§", ""), marked.index("§")) == path


@pytest.mark.parametrize(("marked", "path"), [
    ('{"config": {"spec_§id": 1}}', ("config", "spec_id")),
    ('{"config": {"spec_id": 1§}}', ("config", "spec_id")),
    ('{"p": [{"label": "§a"}]}', ("p", "0", "label")),
    ('{"p": [1, §2]}', None),
])
def test_json_key_at(marked: str, path: tuple[str, ...] | None) -> None:
    assert json_key_at(marked.replace("§", ""), marked.index("§")) == path


def test_top_level_keys() -> None:
    assert top_level_keys("a: 1\nb:\n  c: 2\nd: [1]\n---\ne: 1\n", "yaml") == ["a", "b", "d"]
    assert top_level_keys("a: 1\n---\ne: 1\nf:\n", "yaml", 8) == ["e", "f"]
    assert top_level_keys('{"a": {"b": 1}, "c": [{"d": 1}], "e": 2', "json") == ["a", "c", "e"]

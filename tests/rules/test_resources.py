"""TJ212, TJ213, TJ214: resources and volumes, in job bodies (see test_resources_kinds.py for the rest)."""

from __future__ import annotations

from typing import Any

import pytest
from rule_helpers import BUILT_IN, from_base, lint_as

import tjlint
from tjlint.model import Severity
from tjlint.rules import BUILTIN_RULES
from tjlint.rules.base import Context
from tjlint.rules.resources import RULES

CODES = ("TJ212", "TJ213", "TJ214")
POOL = "pool-7c1f2a"
NFS = {"nfs": {"id": "fs-1", "src_path": "192.168.8.150:/", "dest_path": "/home/work/nas"}}
HOST = {"host_path": {"src_path": "/data/cache", "dest_path": "/home/work/cache"}}
#: The configuration of a clean job: the base body's settings, with a built-in algorithm.
CONFIG = from_base(BUILT_IN, config_name=None)


def job(**changes: Any) -> dict[str, Any]:
    """A clean job body with ``changes`` applied to its config (None removes a key)."""
    config = {**CONFIG, **changes}
    return {"job_name": "demo", "config": {k: v for k, v in config.items() if v is not None}}


def lint(data: dict[str, Any], fmt: str) -> list[tjlint.Diagnostic]:
    return lint_as(data, fmt, "job")


def found(data: dict[str, Any], fmt: str) -> list[tuple[str, str]]:
    return [(d.pointer, d.code) for d in lint(data, fmt) if d.code in CODES]



def test_metadata() -> None:
    # rules.md: TJ212 is named "resources"; volumes belong to every kind with configuration fields.
    assert [(r.code, r.name, r.severity) for r in RULES] == [
        ("TJ212", "resources", Severity.ERROR),
        ("TJ213", "volume-kind", Severity.ERROR),
        ("TJ214", "host-path-needs-pool", Severity.WARNING),
    ]
    assert all(r.kinds == frozenset({"job", "config", "config-update"}) for r in RULES)
    assert {r.code for r in BUILTIN_RULES} >= set(CODES)


# TJ212 resources


@pytest.mark.parametrize(
    "changes", [{}, {"spec_id": None, "pool_id": POOL}], ids=["public-pool", "dedicated-pool"]
)
def test_exactly_one_of_pool_and_spec_is_clean(changes: dict[str, Any], fmt: str) -> None:
    assert lint(job(**changes), fmt) == []


def test_both_pool_and_spec_points_at_spec_id(fmt: str) -> None:
    diags = [d for d in lint(job(pool_id=POOL), fmt) if d.code == "TJ212"]
    assert [(d.pointer, d.code) for d in diags] == [("/config/spec_id", "TJ212")]
    assert [r.pointer for r in diags[0].related] == ["/config/pool_id"]


def test_neither_pool_nor_spec_points_at_config(fmt: str) -> None:
    assert found(job(spec_id=None), fmt) == [("/config", "TJ212")]


def test_null_counts_as_not_set(fmt: str) -> None:
    # spec_id: null is a type error (TJ103), not a second resource choice.
    data = job(pool_id=POOL)
    data["config"]["spec_id"] = None
    assert found(data, fmt) == []


# TJ213 volume-kind


@pytest.mark.parametrize("volumes", [[NFS], [NFS, NFS]], ids=["one", "two"])
def test_nfs_volumes_are_clean(volumes: list[Any], fmt: str) -> None:
    assert lint(job(volumes=volumes), fmt) == []


def test_host_path_volume_in_a_dedicated_pool_is_clean(fmt: str) -> None:
    assert lint(job(spec_id=None, pool_id=POOL, volumes=[NFS, HOST]), fmt) == []


@pytest.mark.parametrize("item", [{}, {"nsf": NFS["nfs"]}], ids=["empty", "typo"])
def test_volume_with_neither_kind_points_at_the_item(item: dict[str, Any], fmt: str) -> None:
    assert found(job(volumes=[NFS, item]), fmt) == [("/config/volumes/1", "TJ213")]


@pytest.mark.parametrize(
    ("item", "later", "earlier"),
    [({**NFS, **HOST}, "host_path", "nfs"), ({**HOST, **NFS}, "nfs", "host_path")],
    ids=["nfs-first", "host-path-first"],
)
def test_volume_with_both_kinds_points_at_the_later_key(
    item: dict[str, Any], later: str, earlier: str, fmt: str
) -> None:
    diags = [d for d in lint(job(spec_id=None, pool_id=POOL, volumes=[item]), fmt)
             if d.code in CODES]
    assert [(d.pointer, d.code) for d in diags] == [(f"/config/volumes/0/{later}", "TJ213")]
    assert [r.pointer for r in diags[0].related] == [f"/config/volumes/0/{earlier}"]


@pytest.mark.parametrize("volumes", ["/data", ["/data"], [None]], ids=["string", "str-item", "null"])
def test_malformed_volumes_are_left_to_the_schema(volumes: Any, fmt: str) -> None:
    codes = {d.code for d in lint(job(volumes=volumes), fmt)}
    assert "TJ103" in codes and not codes & set(CODES)


# TJ214 host-path-needs-pool


def test_host_path_without_pool_warns_on_the_key(fmt: str) -> None:
    diags = [d for d in lint(job(volumes=[NFS, HOST]), fmt) if d.code in CODES]
    assert [(d.pointer, d.code, d.severity) for d in diags] == [
        ("/config/volumes/1/host_path", "TJ214", Severity.WARNING)
    ]
    assert [r.pointer for r in diags[0].related] == ["/config/spec_id"]


def test_nfs_without_pool_is_fine(fmt: str) -> None:
    assert found(job(volumes=[NFS]), fmt) == []


# Positions, written out by hand (rules.md, "Where a diagnostic points").

YAML_TEXT = """\
job_name: demo
config:
  worker_server_num: 1
  spec_id: 1
  pool_id: pool-a
  model_id: 4
  data_url: /my-bucket/data/
  volumes:
    - {}
    - nfs: {id: a, src_path: b, dest_path: /c}
      host_path: {src_path: /d, dest_path: /e}
"""

JSON_TEXT = """\
{
  "job_name": "demo",
  "config": {
    "worker_server_num": 1,
    "spec_id": 1,
    "pool_id": "pool-a",
    "model_id": 4,
    "data_url": "/my-bucket/data/",
    "volumes": [
      {},
      {"nfs": {"id": "a", "src_path": "b", "dest_path": "/c"},
       "host_path": {"src_path": "/d", "dest_path": "/e"}}
    ]
  }
}
"""

POSITIONS = {
    # (line, column, code) and the (line, column) of each related field
    "yaml": [((4, 3, "TJ212"), [(5, 3)]), ((9, 7, "TJ213"), []), ((11, 7, "TJ213"), [(10, 7)])],
    "json": [((5, 5, "TJ212"), [(6, 5)]), ((10, 7, "TJ213"), []), ((12, 8, "TJ213"), [(11, 8)])],
}


@pytest.mark.parametrize(("fmt", "text"), [("yaml", YAML_TEXT), ("json", JSON_TEXT)])
def test_positions_inside_config(fmt: str, text: str) -> None:
    diags = tjlint.lint_text(text, filename=f"job.{fmt}")
    got = [((d.line, d.column, d.code), [(r.line, r.column) for r in d.related]) for d in diags]
    assert got == POSITIONS[fmt]


@pytest.mark.parametrize(
    ("fmt", "text", "where"),
    [
        ("yaml", "job_name: demo\nconfig:\n  worker_server_num: 1\n  model_id: 4\n"
                 "  data_url: /my-bucket/data/\n", (3, 3)),
        ("json", '{"job_name": "demo",\n "config": {"worker_server_num": 1, "model_id": 4,\n'
                 '            "data_url": "/my-bucket/data/"}}\n', (2, 12)),
    ],
)
def test_nothing_chosen_points_at_the_config_mapping(fmt: str, text: str,
                                                     where: tuple[int, int]) -> None:
    diags = tjlint.lint_text(text, filename=f"job.{fmt}")
    assert [(d.line, d.column, d.code) for d in diags] == [(*where, "TJ212")]


def test_check_functions_ignore_non_mappings() -> None:
    for rule in RULES:
        assert list(rule.check([], Context(kind="job", prefix="/config"))) == []  # type: ignore[arg-type]

"""TJ706, TJ709 on v2 bodies: data channels, visualisation logs (TJ713: test_v2_values.py)."""

from __future__ import annotations

import pytest
from rule_helpers import V2_HEAD, V2_SPEC, where

import tjlint
from tjlint.model import Severity
from tjlint.rules.v2_data import RULES as DATA_RULES
from tjlint.rules.v2_values import RULES as VALUE_RULES

HEAD = V2_HEAD + "algorithm:\n  id: a1\n"
SPEC = V2_SPEC
DATASET = "{id: d1, version_id: v1}"


def test_metadata() -> None:
    assert [(r.code, r.name, r.severity) for r in (*DATA_RULES, *VALUE_RULES)] == [
        ("TJ706", "data-channels", Severity.ERROR),
        ("TJ709", "summary-fields", Severity.ERROR),
        ("TJ713", "unknown-value", Severity.WARNING),
    ]


# TJ706 data-channels


def test_remote_with_both_points_at_the_later_key() -> None:
    text = HEAD + (f"  inputs:\n  - name: data\n    remote:\n      dataset: {DATASET}\n"
                   "      obs: {obs_url: /my-bucket/data/}\n") + SPEC
    (found,) = tjlint.lint_text(text, "b.yaml")
    assert (found.line, found.column, found.code) == (9, 7, "TJ706")
    assert [r.pointer for r in found.related] == ["/algorithm/inputs/0/remote/dataset"]


def test_remote_with_neither_points_at_remote() -> None:
    text = HEAD + "  inputs:\n  - name: data\n    remote: {}\n  - {name: more, remote: {obs: null}}\n" + SPEC
    # The null obs is a type error (TJ103) and leaves the remote empty (TJ706).
    assert where(text, "b.yaml") == [(7, 13, "TJ706"), (8, 26, "TJ706"), (8, 32, "TJ103")]


def test_remote_json() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo"}, "algorithm": {"id": "a1", "inputs": [\n'
            '  {"name": "a", "remote": {"obs": {"obs_url": "/my-bucket/a/"}, "dataset": {"id": "d"}}}]},\n'
            ' "spec": {"resource": {"pool_id": "p"}}}\n')
    assert where(text, "b.json") == [(2, 65, "TJ706")]


def test_duplicate_names_point_at_the_later_name() -> None:
    text = HEAD + ("  inputs:\n  - {name: data, remote: {obs: {obs_url: /my-bucket/a/}}}\n"
                   f"  - {{name: data, remote: {{dataset: {DATASET}}}}}\n"
                   "  outputs:\n  - name: out\n    remote: {obs: {obs_url: /my-bucket/o1/}}\n"
                   "  - name: out\n    remote: {obs: {obs_url: /my-bucket/o2/}}\n") + SPEC
    assert where(text, "b.yaml") == [(7, 12, "TJ706"), (11, 11, "TJ706")]


@pytest.mark.parametrize("inputs", [
    f"  - {{name: a, remote: {{dataset: {DATASET}}}}}\n  - {{name: b, remote: {{obs: {{obs_url: /my-bucket/b/}}}}}}\n",
])
def test_distinct_channels_are_clean(inputs: str) -> None:
    assert where(HEAD + "  inputs:\n" + inputs + SPEC, "b.yaml") == []


# TJ709 summary-fields


def test_log_type_without_log_dir_points_at_log_type() -> None:
    text = HEAD + "  summary:\n    log_type: tensorboard\n" + SPEC
    assert where(text, "b.yaml") == [(6, 5, "TJ709")]


@pytest.mark.parametrize("value", ['"true"', '"True"'])
def test_visualisation_annotation_needs_data_sources(value: str) -> None:
    text = ("kind: job\nmetadata:\n  name: demo\n  annotations:\n"
            f"    tensorboard/enable: {value}\nalgorithm: {{id: a1}}\n" + SPEC)
    assert where(text, "b.yaml") == [(5, 5, "TJ709")]


def test_visualisation_annotation_json() -> None:
    text = ('{"kind": "job", "metadata": {"name": "demo", "annotations": {\n'
            '   "jupyter-lab/enable": "true", "mindstudio-insight/enable": "true"}},\n'
            ' "algorithm": {"id": "a1"}, "spec": {"resource": {"pool_id": "p"}}}\n')
    assert where(text, "b.json") == [(2, 34, "TJ709")]


def test_summary_complete_and_annotation_off_are_clean() -> None:
    text = ("kind: job\nmetadata:\n  name: demo\n  annotations: {tensorboard/enable: 'false'}\n"
            "algorithm:\n  id: a1\n  summary:\n    log_type: mindstudio-insight\n"
            "    log_dir: {pfs: {pfs_path: /my-pfs/logs/}}\n" + SPEC)
    assert where(text, "b.yaml") == []
    text = ("kind: job\nmetadata:\n  name: demo\n  annotations: {tensorboard/enable: 'true'}\n"
            "algorithm:\n  id: a1\n  summary:\n    data_sources: [{job: {job_id: j1}}]\n" + SPEC)
    assert where(text, "b.yaml") == []




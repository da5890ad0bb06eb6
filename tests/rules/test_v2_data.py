"""TJ706, TJ709, TJ713 on v2 bodies: data channels, visualisation logs, drifting values."""

from __future__ import annotations

import pytest
from v2_lint import where

import tjlint
from tjlint.model import Severity
from tjlint.rules.v2_data import RULES as DATA_RULES
from tjlint.rules.v2_values import KNOWN_ANNOTATIONS, KNOWN_VALUES
from tjlint.rules.v2_values import RULES as VALUE_RULES

HEAD = "kind: job\nmetadata: {name: demo}\nalgorithm:\n  id: a1\n"
SPEC = "spec: {resource: {flavor_id: modelarts.vm.cpu.8u}}\n"
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


# TJ713 unknown-value


def test_known_values_are_the_union_of_the_sources() -> None:
    assert set(KNOWN_VALUES[("kind",)]) == {"job", "visualization_job", "hetero_job", "autosearch_job",
                                            "mrs_job", "edge_job", "federated_pool_job", "diag_job"}
    assert set(KNOWN_VALUES[("train_type",)]) == {"SFT", "PRETRAIN", "LORA", "DPO", "RFT"}
    assert "fault-tolerance/pod-retry-num" in KNOWN_ANNOTATIONS and "record/code-dir" in KNOWN_ANNOTATIONS


def test_unknown_values_warn_at_the_value_or_key() -> None:
    text = ("kind: training_job\nmetadata:\n  name: demo\n  annotations:\n    tensorbord/enable: 'true'\n"
            "algorithm: {id: a1}\ntrain_type: LoRA\n"
            "spec:\n  resource: {pool_id: p}\n  schedule_policy:\n    required_affinity: {affinity_type: rack}\n")
    found = tjlint.lint_text(text, "b.yaml")
    assert [(d.line, d.column, d.code) for d in found] == [(1, 7, "TJ713"), (5, 5, "TJ713"), (7, 13, "TJ713"),
                                                           (11, 40, "TJ713")]
    assert all(d.severity is Severity.WARNING for d in found)
    assert "did you mean 'tensorboard/enable'?" in found[1].message
    assert "job, visualization_job" in found[0].message


def test_every_known_value_is_quiet() -> None:
    for kind in KNOWN_VALUES[("kind",)]:
        text = f"kind: {kind}\nmetadata: {{name: demo}}\nalgorithm: {{id: a1}}\n" + SPEC
        assert where(text, "b.yaml") == []


def test_unknown_kind_json() -> None:
    text = ('{"kind": "Job", "metadata": {"name": "demo"}, "algorithm": {"id": "a"},'
            ' "spec": {"resource": {"pool_id": "p"}}}')
    assert where(text, "b.json") == [(1, 10, "TJ713")]

"""TJ713 on v2 bodies: values that drift between releases and regions (the metadata is in test_v2_data.py)."""

from __future__ import annotations

from rule_helpers import V2_SPEC, where

import tjlint
from tjlint.model import Severity
from tjlint.rules.v2_values import KNOWN_ANNOTATIONS, KNOWN_VALUES

SPEC = V2_SPEC


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

"""TJ713: values of drifting fields outside their known set (a warning, not an error).

The values of ``kind``, ``train_type``, ``affinity_type`` and the annotation
keys differ between sources, releases and regions, so the schema does not
restrict them; this rule lists what the sources name and warns about the rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from tjlint.kinds import V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules.base import Rule
from tjlint.rules.examples import v2_example
from tjlint.rules.fields import mapping

#: Known values of each drifting field: the union of every source (API pages, SDK, Terraform).
KNOWN_VALUES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("kind",): ("job", "visualization_job", "hetero_job", "autosearch_job", "mrs_job", "edge_job",
                "federated_pool_job", "diag_job"),
    ("train_type",): ("SFT", "PRETRAIN", "LORA", "DPO", "RFT"),
    ("spec", "schedule_policy", "required_affinity", "affinity_type"): ("cabinet", "hyperinstance",
                                                                       "networkTopology"),
}
KNOWN_ANNOTATIONS = (
    "job_template", "fault-tolerance/job-retry-num", "fault-tolerance/job-unconditional-retry",
    "fault-tolerance/hang-retry", "fault-tolerance/hccl_op_retry", "fault-tolerance/pod-retry-num",
    "jupyter-lab/enable", "tensorboard/enable", "mindstudio-insight/enable",
    "performance_diagnosis_enabled", "record/code-dir",
)


def _unknown(what: str, value: str, known: Sequence[str]) -> str:
    import difflib  # only a misspelling needs it

    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.7)
    guess = f" (did you mean '{close[0]}'?)" if close else ""
    shown = value if len(value) <= 60 else value[:57] + "..."
    return (f"{what} '{shown}' is not one the documentation names{guess}; known: {', '.join(known)}."
            " The set changes between releases and regions: check that your region accepts it")


def _check_values(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for path, known in KNOWN_VALUES.items():
        parent = mapping(data, *path[:-1])
        value = parent.get(path[-1]) if parent is not None else None
        if isinstance(value, str) and value not in known:
            yield Finding(pointer(*path), _unknown(path[-1], value, known))
    annotations = mapping(data, "metadata", "annotations")
    for key in annotations or {}:
        if isinstance(key, str) and key not in KNOWN_ANNOTATIONS:
            yield Finding(pointer("metadata", "annotations", key),
                          _unknown("annotation", key, KNOWN_ANNOTATIONS), on_key=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "TJ713", "unknown-value", Severity.WARNING,
        "A value of kind, train_type, affinity_type or an annotation key outside the known set.",
        "The values of `kind`, `train_type`, `spec.schedule_policy.required_affinity.affinity_type`"
        " and the keys of `metadata.annotations` change between releases and regions, and the"
        " sources disagree on them (the API page lists two kinds, the SDK eight). tjlint knows"
        " the union of every source; a value outside it is probably a typo, but may be new, so"
        " this is a warning and the schema accepts any text. The message lists the known"
        " values.",
        good=v2_example({"metadata/annotations": {"fault-tolerance/job-retry-num": "3"}}),
        bad=v2_example({"metadata/annotations": {"fault-tolerance/job-retries": "3"}}),
        check=_check_values, kinds=V2_KINDS,
    ),
)

"""TJ706, TJ709: the data channels of a v2 job (inputs, outputs) and its visualisation logs."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules.base import Rule
from tjlint.rules.examples import V2_BASE, v2_example
from tjlint.rules.fields import filled, items, mapping, repeats

_SOURCES = ("dataset", "obs")
#: Annotations that turn on a visualisation, which then needs summary.data_sources.
VISUAL_ANNOTATIONS = ("tensorboard/enable", "mindstudio-insight/enable")


def _remotes(data: Mapping[str, Any]) -> Iterator[Finding]:
    for index, item in items(data, "algorithm", "inputs"):
        remote = mapping(item, "remote")
        if remote is None:
            continue  # missing or not a mapping: the schema stage says so
        written = [k for k in remote if k in _SOURCES and remote.get(k) is not None]
        here = ("algorithm", "inputs", index, "remote")
        if len(written) == 2:
            yield Finding(pointer(*here, written[1]),
                          f"input {index} reads from both dataset and obs: keep one (the API would"
                          " answer ModelArts.2753)", (pointer(*here, written[0]),), on_key=True)
        elif not written:
            yield Finding(pointer(*here), f"input {index} says nowhere where its data comes from: set"
                                          " remote.dataset or remote.obs (the API would answer"
                                          " ModelArts.2834)")


def _duplicates(data: Mapping[str, Any], channels: str) -> Iterator[Finding]:
    for index, first, name in repeats(data, "algorithm", channels):
        yield Finding(pointer("algorithm", channels, index, "name"),
                      f"{channels[:-1]} name '{name}' is already used by item {first}: each of the"
                      f" {channels} needs its own name (the API would answer ModelArts.2753)",
                      (pointer("algorithm", channels, first, "name"),))


def _check_channels(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    yield from _remotes(data)
    yield from _duplicates(data, "inputs")
    yield from _duplicates(data, "outputs")


def _turned_on(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def _check_summary(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    summary = mapping(data, "algorithm", "summary")
    if filled(summary, "log_type") and not filled(summary, "log_dir"):
        yield Finding(pointer("algorithm", "summary", "log_type"),
                      "summary.log_type needs summary.log_dir, where the logs are written (the API"
                      " would answer ModelArts.0104)", on_key=True)
    annotations = mapping(data, "metadata", "annotations")
    for key in VISUAL_ANNOTATIONS:
        if annotations is not None and _turned_on(annotations.get(key)) and not filled(summary, "data_sources"):
            yield Finding(pointer("metadata", "annotations", key),
                          f"the {key} annotation needs algorithm.summary.data_sources, the jobs whose"
                          " logs are shown (the API would answer ModelArts.0104)", on_key=True)


_INPUT = V2_BASE["algorithm"]["inputs"][0]
_DATASET = {"id": "38277e62-9e59-48f4-8d89-c8cf41622c24", "version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90"}
_LOGS = {"pfs": {"pfs_path": "/my-bucket/tensorboard/"}}

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ706", "data-channels", Severity.ERROR,
        "An input with both or neither of dataset and obs, or two inputs (or outputs) with one name.",
        "Each item of `algorithm.inputs` reads from exactly one place: `remote.dataset` (a"
        " ModelArts dataset) or `remote.obs` (an OBS path). Both, or neither, would be answered"
        " with ModelArts.2753 (input/output information not standardised) or 2834 (unsupported"
        " remote type). Inputs are told apart by `name`, and so are outputs: two with the same"
        " name would be answered with ModelArts.2753; the diagnostic points at the later one.",
        good=v2_example({"algorithm/inputs": [_INPUT, {"name": "labels", "remote": {"dataset": _DATASET}}]}),
        bad=v2_example({"algorithm/inputs": [_INPUT, {"name": "data_url", "remote": {"dataset": _DATASET}}]}),
        check=_check_channels, kinds=V2_KINDS,
    ),
    Rule(
        "TJ709", "summary-fields", Severity.ERROR,
        "Visualisation logs without the fields they need.",
        "`algorithm.summary.log_type` (tensorboard or mindstudio-insight) says the job writes"
        " visualisation logs; `summary.log_dir` says where, and is required with it. The"
        " annotations `tensorboard/enable` and `mindstudio-insight/enable` set to \"true\" start"
        " a visualisation, which needs `summary.data_sources`, the jobs whose logs it shows."
        " The API would answer ModelArts.0104.",
        good=v2_example({"algorithm/summary": {"log_type": "tensorboard", "log_dir": _LOGS}}),
        bad=v2_example({"algorithm/summary": {"log_type": "tensorboard"}}),
        check=_check_summary, kinds=V2_KINDS,
    ),
)

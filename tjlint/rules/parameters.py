"""TJ209: running parameters (``parameter`` items, label-value pairs)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.diagnostics import Severity
from tjlint.rules.base import Context, Finding, Rule, pointer
from tjlint.rules.examples import example


def _check_duplicates(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    items = data.get("parameter") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        return
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        label = item.get("label") if isinstance(item, (dict, Mapping)) else None  # dict first: fast
        if not isinstance(label, str):
            continue
        if label in first:
            yield Finding(
                pointer("parameter", index, "label"),
                f"parameter label '{label}' is already used by item {first[label]}: each"
                " label may appear once (the API would answer ModelArts.2767"
                " ParameterKeyRepeat)",
                (pointer("parameter", first[label], "label"),),
            )
        else:
            first[label] = index


RULES: tuple[Rule, ...] = (
    Rule(
        "TJ209", "duplicate-parameter", Severity.ERROR,
        "Two parameter items share a label.",
        "`parameter` is a list of label-value pairs passed to the training program (with a"
        " custom image, as environment variables). A label may appear only once; the API"
        " would answer ModelArts.2767 (ParameterKeyRepeat). The diagnostic points at the"
        " later item: remove it, or merge the two values.",
        good=example(parameter=[{"label": "learning_rate", "value": "0.01"},
                                {"label": "batch_size", "value": "32"}]),
        bad=example(parameter=[{"label": "learning_rate", "value": "0.01"},
                               {"label": "learning_rate", "value": "0.1"}]),
        check=_check_duplicates,
    ),
)

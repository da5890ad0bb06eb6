"""TJ209, TJ215: running parameters (``parameter`` items, label-value pairs).

The API marks both ``label`` and ``value`` optional; an item without a label
is accepted but sets no parameter.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V1_KINDS
from tjlint.model import Context, Finding, Severity, pointer, shared
from tjlint.rules.base import Rule
from tjlint.rules.examples import example

#: Stands for a parameter item that is not a mapping (it has no label to read).
_NOT_AN_ITEM = object()


def _read_labels(data: Mapping[str, Any]) -> list[Any]:
    """The ``label`` of each ``parameter`` item (None when it has none, :data:`_NOT_AN_ITEM` for an
    item that is not a mapping); empty when ``parameter`` is not a list."""
    items = data.get("parameter") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        return []
    return [item.get("label") if isinstance(item, (dict, Mapping)) else _NOT_AN_ITEM for item in items]  # dict: fast


def _labels(data: Mapping[str, Any], ctx: Context) -> list[Any]:
    """:func:`_read_labels`, found once for TJ209 and TJ215 of one document."""
    return shared(ctx, data, "parameter_labels", _read_labels)


def _check_duplicates(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, label in enumerate(_labels(data, ctx)):
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


def _check_labels(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for index, label in enumerate(_labels(data, ctx)):
        if label is None:
            others = [k for k in data["parameter"][index] if k not in ("label", "value")]
            hint = f" (is '{others[0]}' meant to be the label?)" if others else ""
            yield Finding(
                pointer("parameter", index),
                f"parameter item {index} has no label, so it sets no parameter{hint}: name it"
                " with label, for example {label: batch_size, value: \"32\"}",
            )
        elif isinstance(label, str) and not label.strip():
            yield Finding(
                pointer("parameter", index, "label"),
                f"parameter item {index} has an empty label, so it sets no parameter: write the"
                " parameter's name, or remove the item",
            )


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
        check=_check_duplicates, kinds=V1_KINDS,
    ),    Rule(
        "TJ215", "parameter-without-label", Severity.WARNING,
        "A parameter item has no label (or an empty one), so it sets no parameter.",
        "Each `parameter` item is a label-value pair: `label` names the parameter (with a"
        " custom image, the environment variable) and `value` gives its value. The API marks"
        " both optional, so an item without a label is accepted, but it sets nothing, and the"
        " program never sees the value. A key such as `key` or `name` in its place is also an"
        " unknown field (TJ102). Name the parameter with `label`, or remove the item.",
        good=example(parameter=[{"label": "batch_size", "value": "32"}]),
        bad=example(parameter=[{"value": "32"}]),
        check=_check_labels, kinds=V1_KINDS,
    ),
)

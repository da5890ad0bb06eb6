"""TJ201, TJ202, TJ206, TJ207: where the training data comes from.

A configuration names its data in exactly one way: an OBS directory
(``data_url``), a list of sources (``data_source``), or a dataset with its
version (``dataset_id`` + ``dataset_version_id``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V1_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules.base import Rule
from tjlint.rules.examples import example
from tjlint.rules.fields import present

_PAIR = ("dataset_id", "dataset_version_id")
_ITEM_PAIR = ("dataset_id", "dataset_version")
_ONE_OF = "data_url, data_source, or dataset_id with dataset_version_id"


def _sources(data: Mapping[str, Any]) -> list[list[str]]:
    """The data sources written, in the order they appear; each is a list of pointers."""
    found: list[list[str]] = []
    pair: list[str] = []
    for key in data:
        if not isinstance(key, str) or not present(data, key):
            continue
        if key in ("data_url", "data_source"):
            found.append([pointer(key)])
        elif key in _PAIR:
            if not pair:
                found.append(pair)
            pair.append(pointer(key))
    return found


def _check_one_source(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    sources = _sources(data)
    if not sources:
        yield Finding(
            "", f"no data source: set exactly one of {_ONE_OF} (the API would answer"
            " ModelArts.0104)",
        )
    elif len(sources) > 1:
        first, extra = sources[0], sources[1]
        others = tuple(p for s in sources for p in s if p != extra[0])
        yield Finding(
            extra[0],
            f"{extra[0][1:]} is a second data source besides {first[0][1:]}: keep exactly"
            f" one of {_ONE_OF} (the API would answer ModelArts.2788)",
            others,
            on_key=True,
        )


def _half_pair(
    item: Mapping[str, Any], names: tuple[str, str], prefix: tuple[str | int, ...]
) -> Iterator[Finding]:
    first, second = names
    if present(item, first) == present(item, second):
        return
    have, lack = (first, second) if present(item, first) else (second, first)
    code = "2782: dataset version not found" if have == first else "2783: dataset not found"
    hint = ""
    wrong = {"dataset_version": "dataset_version_id", "dataset_version_id": "dataset_version"}
    if wrong.get(lack) in item:
        hint = f"; here the field is called {lack}, not {wrong[lack]}"
    elif lack in item:  # present but null
        hint = f"; {lack} is null here"
    yield Finding(
        pointer(*prefix, have),
        f"{have} needs {lack}: give both or neither{hint} (the API would answer"
        f" ModelArts.{code})",
        on_key=True,
    )


def _items(data: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    items = data.get("data_source") if isinstance(data, Mapping) else None
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                yield index, item


def _check_pairs(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    yield from _half_pair(data, _PAIR, ())
    for index, item in _items(data):
        yield from _half_pair(item, _ITEM_PAIR, ("data_source", index))


def _item_findings(index: int, item: Mapping[str, Any]) -> Iterator[Finding]:
    kind = item.get("type")
    url = present(item, "data_url")
    ds = [pointer("data_source", index, k) for k in _ITEM_PAIR if present(item, k)]
    here = pointer("data_source", index)
    type_ptr, url_ptr = pointer("data_source", index, "type"), here + "/data_url"
    tail = " (the API would answer ModelArts.2788)"
    if kind == "obs" and ds:
        ptr, rel = (ds[0], (type_ptr,)) if url else (type_ptr, tuple(ds))
        yield Finding(ptr, "an 'obs' item takes data_url and no dataset fields" + tail, rel, True)
    elif kind == "obs" and not url:
        yield Finding(here, "an 'obs' item needs data_url" + tail)
    elif kind == "dataset" and url:
        ptr, rel = (url_ptr, (type_ptr,)) if ds else (type_ptr, (url_ptr,))
        yield Finding(ptr, "a 'dataset' item takes dataset_id and dataset_version, not"
                      " data_url" + tail, rel, True)
    elif kind == "dataset" and not ds:
        yield Finding(here, "a 'dataset' item needs dataset_id and dataset_version" + tail)
    elif kind is None and url and ds:
        yield Finding(url_ptr, "an item holds either data_url or dataset_id with"
                      " dataset_version, not both" + tail, tuple(ds), True)
    elif kind is None and not url and not ds:
        yield Finding(here, "an item needs data_url (type obs) or dataset_id with"
                      " dataset_version (type dataset)" + tail)


def _check_items(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for index, item in _items(data):
        yield from _item_findings(index, item)


def _type(index: int, item: Mapping[str, Any]) -> tuple[str, str] | None:
    """The item's type (``obs`` or ``dataset``) and the pointer of the field that decides it, if clear."""
    given = item.get("type")
    if given in ("obs", "dataset"):
        return str(given), pointer("data_source", index, "type")
    url, ds = present(item, "data_url"), present(item, "dataset_id") or present(item, "dataset_version")
    if given is None and url != ds:
        key = "data_url" if url else ("dataset_id" if present(item, "dataset_id") else
                                      "dataset_version")
        return ("obs" if url else "dataset"), pointer("data_source", index, key)
    return None


def _check_mixed(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    types = [k for k in (_type(i, item) for i, item in _items(data)) if k is not None]
    for found, ptr in types[1:]:
        if found != types[0][0]:
            yield Finding(
                ptr,
                f"data_source mixes '{types[0][0]}' and '{found}' items: use one type"
                " (the API would answer ModelArts.2788)",
                (types[0][1],),
                on_key=True,
            )


_DATASET = "38277e62-9e59-48f4-8d89-c8cf41622c24"  # the API page's sample IDs
_VERSION = "2ff0d6ba-c480-45ae-be41-09a8369bfc90"
_DS_OBS = [{"type": "obs", "data_url": "/my-bucket/data/"}]

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ201", "one-data-source", Severity.ERROR,
        "Not exactly one of data_url, data_source, or dataset_id with dataset_version_id.",
        "A configuration names its training data in exactly one way: an OBS directory"
        " (`data_url`), a list of sources (`data_source`), or a dataset and its version"
        " (`dataset_id` with `dataset_version_id`). With none the API answers"
        " ModelArts.0104; with two it answers ModelArts.2788. A lone `dataset_id` or"
        " `dataset_version_id` counts as an attempt at the dataset source (TJ202 reports the"
        " missing half). Keep one source and remove the others.",
        good=example(),
        bad=example(data_source=_DS_OBS),
        check=_check_one_source, kinds=V1_KINDS,
    ),
    Rule(
        "TJ202", "dataset-pair", Severity.ERROR,
        "dataset_id without its version, or the reverse (also inside data_source items).",
        "A dataset is named by its ID and a version ID together: `dataset_id` with"
        " `dataset_version_id` at the top level, and `dataset_id` with `dataset_version`"
        " (note the different name) inside a `data_source` item. Give both or neither."
        " The API would answer ModelArts.2782 (dataset version not found) or 2783 (dataset"
        " not found).",
        good=example(data_url=None, dataset_id=_DATASET, dataset_version_id=_VERSION),
        bad=example(data_url=None, dataset_id=_DATASET),
        check=_check_pairs, kinds=V1_KINDS,
    ),
    Rule(
        "TJ206", "data-source-item", Severity.ERROR,
        "A data_source item whose fields do not match its type.",
        "An item of type `obs` needs `data_url` and no dataset fields; an item of type"
        " `dataset` needs `dataset_id` and `dataset_version` and no `data_url`. An item"
        " without `type` must still be clearly one or the other. The API would answer"
        " ModelArts.2788 (invalid parameter). Fix the fields, or the `type`.",
        good=example(data_url=None, data_source=_DS_OBS),
        bad=example(data_url=None, data_source=[{"type": "obs"}]),
        check=_check_items, kinds=V1_KINDS,
    ),
    Rule(
        "TJ207", "mixed-data-source-types", Severity.ERROR,
        "data_source mixes obs and dataset items.",
        "All items of `data_source` must be of the same type: either OBS directories or"
        " datasets, not both. The API would answer ModelArts.2788 (invalid parameter)."
        " Split the job, or copy the dataset to OBS.",
        good=example(data_url=None, data_source=[*_DS_OBS, {"type": "obs",
                                                            "data_url": "/my-bucket/more/"}]),
        bad=example(data_url=None, data_source=[*_DS_OBS, {
            "type": "dataset", "dataset_id": _DATASET, "dataset_version": _VERSION}]),
        check=_check_mixed, kinds=V1_KINDS,
    ),
)

"""Reading fields of a body that may hold anything: what the rules share.

Any part of a body may be missing or of the wrong type (the schema stage
reports that), so every access goes through these helpers, which never
raise. Two words for two meanings: a v1 field is :func:`present` when it is
given and not null; a v2 field is :func:`filled` when it is not left blank
(null, "", [] and {} leave it blank, as the v2 API page says).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


def present(data: Any, key: str) -> bool:
    """Whether the mapping ``data`` gives ``key`` a value other than null."""
    # dict first: the ABC check is slow, and bodies are dicts
    return (type(data) is dict or isinstance(data, Mapping)) and data.get(key) is not None


def mapping(data: Any, *keys: str) -> Mapping[str, Any] | None:
    """The mapping at ``data[k1][k2]...``, or None when a step is missing or not a mapping."""
    for key in keys:
        if type(data) is not dict and not isinstance(data, Mapping):  # dict first: the ABC check is slow
            return None
        data = data.get(key)
    return data if type(data) is dict or isinstance(data, Mapping) else None


def filled(data: Mapping[str, Any] | None, key: str) -> bool:
    """Whether ``data`` fills ``key`` in: null, "", [] and {} leave it blank (as the v2 API page says)."""
    value = data.get(key) if data is not None else None
    return value is not None and value not in ("", [], {})


def items(data: Any, *keys: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """``(index, item)`` for the mapping items of the list at ``data[k1][k2]...``."""
    parent = mapping(data, *keys[:-1])
    found = parent.get(keys[-1]) if parent is not None else None
    if isinstance(found, list):
        for index, item in enumerate(found):
            if type(item) is dict or isinstance(item, Mapping):
                yield index, item


def repeats(data: Any, *keys: str) -> Iterator[tuple[int, int, str]]:
    """``(index, first index, name)`` for each item of the list at ``keys`` whose ``name`` an earlier item has."""
    first: dict[str, int] = {}
    for index, item in items(data, *keys):
        name = item.get("name")
        if isinstance(name, str):
            if name in first:
                yield index, first[name], name
            else:
                first[name] = index


def text(data: Mapping[str, Any] | None, key: str) -> str | None:
    """The string at ``data[key]``, or None."""
    value = data.get(key) if data is not None else None
    return value if isinstance(value, str) else None

"""Saved catalogue responses of the current training API, read into typed lookups.

``GET /v2/{project_id}/training-job-flavors`` (top-level ``flavors``),
``GET /v2/{project_id}/training-job-engines`` (``items`` whose entries have
``engine_name``) and ``GET /v2/{project_id}/algorithms`` (``items`` whose
entries have ``metadata`` and ``job_config``). :mod:`tjlint.catalog` calls
:func:`response_of` and :func:`entries` and merges the files; a file that
cannot be used raises :class:`ResponseProblem`, which it reports with the
file's name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tjlint.catalog_v1 import ResponseProblem
from tjlint.words import json_type

FLAVORS = "flavors"
ENGINES = "training-job-engines"
ALGORITHMS = "algorithms"
#: The responses, in the order of :class:`V2Catalog`'s fields.
RESPONSES = (FLAVORS, ENGINES, ALGORITHMS)
#: Top-level keys only a paged algorithms response has: they tell an empty one from engines.
_ALGORITHM_PAGE_KEYS = ("count", "limit", "offset", "sort_by", "order", "group_by")



@dataclass(frozen=True, slots=True)
class Flavor:
    """One flavor of ``training-job-flavors``; ``max_num`` is its node limit, if the response gives one."""

    flavor_id: str
    flavor_name: str = ""
    max_num: int | None = None


@dataclass(frozen=True, slots=True)
class TrainingEngine:
    """One preset engine of ``training-job-engines``."""

    engine_id: str
    engine_name: str = ""
    engine_version: str = ""


@dataclass(frozen=True, slots=True)
class SavedAlgorithm:
    """One saved algorithm of ``algorithms`` (its ``metadata``)."""

    algorithm_id: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class V2Catalog:
    """The current API's catalogues by id; a response that was not given is None."""

    flavors: Mapping[str, Flavor] | None = None
    engines: Mapping[str, TrainingEngine] | None = None
    algorithms: Mapping[str, SavedAlgorithm] | None = None



def _items(data: Mapping[str, Any], key: str) -> list[Any]:
    found = data[key]
    if not isinstance(found, list):
        raise ResponseProblem(f"'{key}' is {json_type(found)}, not a list")
    return found


def response_of(data: Mapping[str, Any]) -> str | None:
    """``flavors``, ``training-job-engines`` or ``algorithms``; None for another response."""
    if FLAVORS in data:
        return FLAVORS
    if "items" not in data:
        return None
    found = _items(data, "items")
    engines = [isinstance(i, dict) and "engine_name" in i for i in found]
    algorithms = [isinstance(i, dict) and "metadata" in i and "job_config" in i for i in found]
    if found and all(engines):
        return ENGINES
    if found and all(algorithms):
        return ALGORITHMS
    if not found:
        return ALGORITHMS if any(k in data for k in _ALGORITHM_PAGE_KEYS) else ENGINES
    odd = [i for i, (e, a) in enumerate(zip(engines, algorithms, strict=True)) if not (e or a)]
    what = (f"items[{odd[0]}] is neither a training-job engine (with engine_name) nor an algorithm"
            " (with metadata and job_config)") if odd else "'items' mixes training-job engines and algorithms"
    raise ResponseProblem(f"{what}; save each API response in its own file")


def _text(item: Mapping[str, Any], key: str, where: str, required: bool = False) -> str:
    value = item.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise ResponseProblem(f"{where} has no string '{key}'" if value is None or required
                              else f"{where} '{key}' is {json_type(value)}, not a string")
    return value


def _number(item: Mapping[str, Any] | None, key: str, where: str) -> int | None:
    value = item.get(key) if item is not None else None
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ResponseProblem(f"{where} '{key}' is {json_type(value)}, not an integer")
    return value


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ResponseProblem(f"{where} is {json_type(value)}, not an object")
    return value


def _flavor(item: Any, where: str) -> tuple[str, Flavor]:
    item = _object(item, where)
    info = item.get("flavor_info")
    limit = _number(item, "max_num", where)
    if limit is None and info is not None:  # the OTC example gives max_num only inside flavor_info
        limit = _number(_object(info, f"{where} flavor_info"), "max_num", f"{where} flavor_info")
    flavor = Flavor(_text(item, "flavor_id", where, True), _text(item, "flavor_name", where), limit)
    return flavor.flavor_id, flavor


def _engine(item: Any, where: str) -> tuple[str, TrainingEngine]:
    item = _object(item, where)
    engine = TrainingEngine(_text(item, "engine_id", where, True), _text(item, "engine_name", where),
                            _text(item, "engine_version", where))
    return engine.engine_id, engine


def _algorithm(item: Any, where: str) -> tuple[str, SavedAlgorithm]:
    metadata = _object(_object(item, where).get("metadata"), f"{where} metadata")
    algorithm = SavedAlgorithm(_text(metadata, "id", f"{where} metadata", True),
                               _text(metadata, "name", f"{where} metadata"))
    return algorithm.algorithm_id, algorithm


_BUILDERS: dict[str, tuple[str, Callable[[Any, str], tuple[str, Any]]]] = {
    FLAVORS: (FLAVORS, _flavor), ENGINES: ("items", _engine), ALGORITHMS: ("items", _algorithm),
}


def entries(response: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of one ``response`` by id (raises :class:`ResponseProblem`)."""
    key, build = _BUILDERS[response]
    return dict(build(item, f"{key}[{index}]") for index, item in enumerate(_items(data, key)))

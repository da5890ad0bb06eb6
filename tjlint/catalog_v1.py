"""The v1 catalogue responses: resource specs, AI engines and built-in algorithms, read into records.

``GET /v1/{project_id}/job/resource-specs`` (top-level key ``specs``),
``GET /v1/{project_id}/job/ai-engines`` (``engines``) and
``GET /v1/{project_id}/built-in-algorithms`` (``models``). A response that
cannot be used raises :class:`ResponseProblem`; :mod:`tjlint.catalog` names
the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from tjlint.words import json_type

#: The top-level key of each response, in the order messages list them.
RESPONSES = ("specs", "engines", "models")
_ID_KEYS = {"specs": "spec_id", "engines": "engine_id", "models": "model_id"}


class ResponseProblem(ValueError):
    """A saved response that cannot be used; the caller adds which file it is."""


@dataclass(frozen=True, slots=True)
class Spec:
    """One resource specification (flavor) from ``job/resource-specs``."""

    spec_id: int
    spec_code: str = ""
    max_num: int | None = None
    no_resource: bool = False
    gpu_num: int | None = None


@dataclass(frozen=True, slots=True)
class Engine:
    """One AI engine from ``job/ai-engines``."""

    engine_id: int
    engine_name: str = ""
    engine_version: str = ""
    engine_type: int | None = None


@dataclass(frozen=True, slots=True)
class AlgorithmParameter:
    """One running parameter a built-in algorithm publishes."""

    label: str
    required: bool = False
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Algorithm:
    """One built-in algorithm from ``built-in-algorithms``."""

    model_id: int
    model_name: str = ""
    engine_id: int | None = None
    parameters: tuple[AlgorithmParameter, ...] = ()


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Item:
    """One object of a response list, with typed accessors that raise :class:`ResponseProblem`."""

    where: str
    data: Any

    def fail(self, problem: str) -> ResponseProblem:
        return ResponseProblem(f"{self.where} {problem}")

    def obj(self) -> Mapping[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(f"is {json_type(self.data)}, not an object")
        return self.data

    def get(self, key: str, expected: type[T], default: T, what: str) -> T:
        value = self.obj().get(key)
        if value is None:
            return default
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise self.fail(f"'{key}' is {json_type(value)}, not {what}")
        return value

    def ident(self, key: str) -> int:
        value = self.obj().get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(f"has no integer '{key}'")
        return value

    def text(self, key: str) -> str:
        value = self.obj().get(key)
        return "" if value is None else str(value)


def _spec(item: _Item) -> Spec:
    return Spec(
        spec_id=item.ident("spec_id"),
        spec_code=item.text("spec_code"),
        max_num=item.get("max_num", int, None, "an integer"),
        no_resource=item.get("no_resource", bool, False, "true or false"),
        gpu_num=item.get("gpu_num", int, None, "an integer"),
    )


def _engine(item: _Item) -> Engine:
    return Engine(
        engine_id=item.ident("engine_id"),
        engine_name=item.text("engine_name"),
        engine_version=item.text("engine_version"),
        engine_type=item.get("engine_type", int, None, "an integer"),
    )


def _algorithm(item: _Item) -> Algorithm:
    return Algorithm(
        model_id=item.ident("model_id"),
        model_name=item.text("model_name"),
        engine_id=item.get("engine_id", int, None, "an integer"),
        parameters=_parameters(item),
    )


def _parameters(item: _Item) -> tuple[AlgorithmParameter, ...]:
    """Decode ``parameter``: a JSON string holding a list (an already-decoded list is fine)."""
    raw = item.obj().get("parameter")
    if raw is None or raw == "":
        return ()
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except (json.JSONDecodeError, RecursionError):
            raise item.fail("'parameter' is not valid JSON (it should hold a list)") from None
    if not isinstance(raw, list):
        raise item.fail(f"'parameter' holds {json_type(raw)}, not a list")
    return tuple(
        _parameter(_Item(f"{item.where} parameter[{i}]", p)) for i, p in enumerate(raw)
    )


def _parameter(item: _Item) -> AlgorithmParameter:
    label = item.obj().get("label")
    if not isinstance(label, str):
        raise item.fail("has no string 'label'")
    required = item.obj().get("required")
    if isinstance(required, str) and required.lower() in ("true", "false"):
        required = required.lower() == "true"  # some responses quote booleans
    if required is not None and not isinstance(required, bool):
        raise item.fail(f"'required' is {json_type(required)}, not true or false")
    value = item.obj().get("value")
    return AlgorithmParameter(
        label=label, required=bool(required), value=None if value is None else str(value)
    )


_BUILDERS: dict[str, Callable[[_Item], Spec | Engine | Algorithm]] = {
    "specs": _spec,
    "engines": _engine,
    "models": _algorithm,
}


def entries(response: str, data: Mapping[str, Any]) -> dict[int, Any]:
    """The entries of one ``response`` (``specs``, ``engines``, ``models``) by id."""
    items = data[response]
    if not isinstance(items, list):
        raise ResponseProblem(f"'{response}' is {json_type(items)}, not a list")
    build = _BUILDERS[response]
    found: dict[int, Any] = {}
    for index, item in enumerate(items):
        entry = build(_Item(f"{response}[{index}]", item))
        found[getattr(entry, _ID_KEYS[response])] = entry
    return found

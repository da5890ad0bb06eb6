"""Saved ModelArts catalogue responses, read into typed lookups (``--catalog``).

A catalogue file is a response saved exactly as the API returned it:
``GET /v1/{project_id}/job/resource-specs`` (top-level key ``specs``),
``GET /v1/{project_id}/job/ai-engines`` (``engines``) or
``GET /v1/{project_id}/built-in-algorithms`` (``models``), or one of the
current API's (see :mod:`tjlint.catalog_v2`). Several files of one kind
merge, so paged responses can be saved page by page. Nothing is ever
fetched: tjlint reads only the files it is given.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from tjlint import catalog_v2
from tjlint.words import json_type

#: The top-level key of each response kind, in the order messages list them.
KINDS = ("specs", "engines", "models")
_ID_KEYS = {"specs": "spec_id", "engines": "engine_id", "models": "model_id"}


class CatalogError(ValueError):
    """A catalogue file that cannot be used; ``str()`` is one line naming the file."""

    def __init__(self, name: str, problem: str) -> None:
        text = f"catalog {name}: {problem}"
        super().__init__(" ".join(text.split()))


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


@dataclass(frozen=True)
class Catalog:
    """What the saved responses hold; a kind that was not given is ``None``.

    ``sources`` maps a kind (``"specs"``, ``"engines"``, ``"models"``) to the
    names of the files it was read from, for messages.
    """

    specs: Mapping[int, Spec] | None = None
    engines: Mapping[int, Engine] | None = None
    models: Mapping[int, Algorithm] | None = None
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    v2: catalog_v2.V2Catalog = field(default_factory=catalog_v2.V2Catalog)

    def source_names(self, kind: str) -> str:
        """The file names of one kind, for a message (``"resource-specs.json"``)."""
        names = [os.path.basename(n) or n for n in self.sources.get(kind, ())]
        return ", ".join(names) or "the catalogue"


def load_catalog(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
) -> Catalog:
    """Read and merge saved catalogue responses; raise :class:`CatalogError` on a bad file.

    Files of one kind merge (a paged response saved page by page); on a
    repeated id the later file wins. A single path is accepted as well.
    """
    merged: dict[str, dict[Any, Any]] = {}
    sources: dict[str, list[str]] = {}
    for path in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        name = os.fspath(path)
        kind, entries = _parse(_read(name), name)
        merged.setdefault(kind, {}).update(entries)
        sources.setdefault(kind, []).append(name)
    return _catalog(merged, sources)


def parse_catalog_text(text: str, name: str) -> Catalog:
    """Read one saved response given as text; ``name`` is used in messages."""
    kind, entries = _parse(text, name)
    return _catalog({kind: entries}, {kind: [name]})


def _catalog(merged: dict[str, dict[Any, Any]], sources: dict[str, list[str]]) -> Catalog:
    def view(kind: str) -> Mapping[Any, Any] | None:
        entries = merged.get(kind)
        return None if entries is None else MappingProxyType(dict(sorted(entries.items())))

    return Catalog(
        specs=view("specs"),
        engines=view("engines"),
        models=view("models"),
        sources=MappingProxyType({k: tuple(v) for k, v in sources.items()}),
        v2=catalog_v2.V2Catalog(*(view(kind) for kind in catalog_v2.KINDS)),
    )


def _read(name: str) -> str:
    try:
        with open(name, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise CatalogError(name, f"cannot be read ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogError(name, "is not UTF-8 text") from None


def _parse(text: str, name: str) -> tuple[str, dict[Any, Any]]:
    """The kind of one response and its entries by id."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise CatalogError(name, f"is not valid JSON ({exc.msg} at {where})") from None
    except RecursionError:
        raise CatalogError(name, "is not valid JSON (nested too deeply)") from None
    if not isinstance(data, dict):
        raise CatalogError(
            name, f"the top level is {json_type(data)}, not an object; save the whole API response"
        )
    kinds = [k for k in KINDS if k in data]
    if not kinds and (current := _parse_v2(data, name)) is not None:
        return current
    if not kinds:
        raise CatalogError(name, _unknown_kind(data))
    if len(kinds) > 1:
        both = " and ".join(f"'{k}'" for k in kinds)
        raise CatalogError(name, f"holds both {both}; save each API response in its own file")
    kind = kinds[0]
    items = data[kind]
    if not isinstance(items, list):
        raise CatalogError(name, f"'{kind}' is {json_type(items)}, not a list")
    build = _BUILDERS[kind]
    entries: dict[int, Any] = {}
    for index, item in enumerate(items):
        entry = build(_Item(name, f"{kind}[{index}]", item))
        entries[getattr(entry, _ID_KEYS[kind])] = entry
    return kind, entries


def _parse_v2(data: Mapping[str, Any], name: str) -> tuple[str, dict[str, Any]] | None:
    """A response of the current API: its kind and entries; None when it is not one."""
    try:
        kind = catalog_v2.response_kind(data)
        return None if kind is None else (kind, catalog_v2.entries(kind, data))
    except catalog_v2.ResponseProblem as problem:
        raise CatalogError(name, str(problem)) from None


def _unknown_kind(data: Mapping[str, Any]) -> str:
    if data.get("is_success") is False or "error_code" in data:
        code = data.get("error_code", "no error code")
        return f"holds a failed API response ({code}: {data.get('error_message', '')})"
    return (
        "is not a saved resource-specs, ai-engines or built-in-algorithms response (no top-level"
        " 'specs', 'engines' or 'models' key), nor a training-job-flavors, training-job-engines"
        " or algorithms one ('flavors' or 'items')"
    )



T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Item:
    """One object of a response list, with typed accessors that raise CatalogError."""

    name: str
    where: str
    data: Any

    def fail(self, problem: str) -> CatalogError:
        return CatalogError(self.name, f"{self.where} {problem}")

    def obj(self) -> Mapping[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(f"is {json_type(self.data)}, not an object")
        return self.data

    def get(self, key: str, kind: type[T], default: T, what: str) -> T:
        value = self.obj().get(key)
        if value is None:
            return default
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
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
        _parameter(_Item(item.name, f"{item.where} parameter[{i}]", p)) for i, p in enumerate(raw)
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

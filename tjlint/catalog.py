"""Saved ModelArts catalogue responses, read into typed lookups (``--catalog``).

A catalogue file is a response saved exactly as the API returned it:
``GET /v1/{project_id}/job/resource-specs`` (top-level key ``specs``),
``GET /v1/{project_id}/job/ai-engines`` (``engines``) or
``GET /v1/{project_id}/built-in-algorithms`` (``models``), or one of the
current API's (see :mod:`tjlint.catalog_v2`); :mod:`tjlint.catalog_v1` reads
the entries of the first three. Several files of one response
merge, so paged responses can be saved page by page. Nothing is ever
fetched: tjlint reads only the files it is given.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from tjlint import catalog_v1, catalog_v2
from tjlint.catalog_v1 import Algorithm, AlgorithmParameter, Engine, Spec
from tjlint.words import json_type


class CatalogError(ValueError):
    """A catalogue file that cannot be used; ``str()`` is one line naming the file."""

    def __init__(self, name: str, problem: str) -> None:
        text = f"catalog {name}: {problem}"
        super().__init__(" ".join(text.split()))


@dataclass(frozen=True)
class Catalog:
    """What the saved responses hold; a response that was not given is ``None``.

    ``sources`` maps a response (``"specs"``, ``"engines"``, ``"models"``) to the
    names of the files it was read from, for messages.
    """

    specs: Mapping[int, Spec] | None = None
    engines: Mapping[int, Engine] | None = None
    models: Mapping[int, Algorithm] | None = None
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    v2: catalog_v2.V2Catalog = field(default_factory=catalog_v2.V2Catalog)

    def source_names(self, response: str) -> str:
        """The file names of one response, for a message (``"resource-specs.json"``)."""
        names = [os.path.basename(n) or n for n in self.sources.get(response, ())]
        return ", ".join(names) or "the catalogue"


def load_catalog(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
) -> Catalog:
    """Read and merge saved catalogue responses; raise :class:`CatalogError` on a bad file.

    Files of one response merge (a paged response saved page by page); on a
    repeated id the later file wins. A single path is accepted as well.
    """
    merged: dict[str, dict[Any, Any]] = {}
    sources: dict[str, list[str]] = {}
    for path in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        name = os.fspath(path)
        response, entries = _parse(_read(name), name)
        merged.setdefault(response, {}).update(entries)
        sources.setdefault(response, []).append(name)
    return _catalog(merged, sources)


def parse_catalog_text(text: str, name: str) -> Catalog:
    """Read one saved response given as text; ``name`` is used in messages."""
    response, entries = _parse(text, name)
    return _catalog({response: entries}, {response: [name]})


def _catalog(merged: dict[str, dict[Any, Any]], sources: dict[str, list[str]]) -> Catalog:
    def view(response: str) -> Mapping[Any, Any] | None:
        entries = merged.get(response)
        return None if entries is None else MappingProxyType(dict(sorted(entries.items())))

    return Catalog(
        specs=view("specs"),
        engines=view("engines"),
        models=view("models"),
        sources=MappingProxyType({k: tuple(v) for k, v in sources.items()}),
        v2=catalog_v2.V2Catalog(*(view(response) for response in catalog_v2.RESPONSES)),
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
    """Which response ``text`` is, and its entries by id."""
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
    responses = [k for k in catalog_v1.RESPONSES if k in data]
    if not responses and (current := _parse_v2(data, name)) is not None:
        return current
    if not responses:
        raise CatalogError(name, _unknown_response(data))
    if len(responses) > 1:
        both = " and ".join(f"'{k}'" for k in responses)
        raise CatalogError(name, f"holds both {both}; save each API response in its own file")
    response = responses[0]
    try:
        return response, catalog_v1.entries(response, data)
    except catalog_v1.ResponseProblem as problem:
        raise CatalogError(name, str(problem)) from None


def _parse_v2(data: Mapping[str, Any], name: str) -> tuple[str, dict[str, Any]] | None:
    """A response of the current API: which one, and its entries; None when it is not one."""
    try:
        response = catalog_v2.response_of(data)
        return None if response is None else (response, catalog_v2.entries(response, data))
    except catalog_v1.ResponseProblem as problem:
        raise CatalogError(name, str(problem)) from None


def _unknown_response(data: Mapping[str, Any]) -> str:
    if data.get("is_success") is False or "error_code" in data:
        code = data.get("error_code", "no error code")
        return f"holds a failed API response ({code}: {data.get('error_message', '')})"
    return (
        "is not a saved resource-specs, ai-engines or built-in-algorithms response (no top-level"
        " 'specs', 'engines' or 'models' key), nor a training-job-flavors, training-job-engines"
        " or algorithms one ('flavors' or 'items')"
    )


__all__ = ["Algorithm", "AlgorithmParameter", "Catalog", "CatalogError", "Engine", "Spec", "load_catalog",
           "parse_catalog_text"]

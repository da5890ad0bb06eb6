"""The v2 side of TJ601-TJ604: a v2 body against the current API's saved catalogues.

``tjlint.rules.catalog`` dispatches here on ``ctx.kind``. Only the v2
catalogues are read (``ctx.catalog.v2``): v1 catalogues check v1 bodies only.
The flavors response lists public flavors, so a ``flavor_id`` used with
``pool_id`` is not looked up. Each check is silent without its catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from tjlint.model import Context, Finding, pointer
from tjlint.rules.fields import filled, mapping, text

if TYPE_CHECKING:  # the catalogue reader is imported only when a catalogue is given
    from tjlint.catalog_v2 import Flavor, V2Catalog

#: How many catalogue entries a message lists before "... and N more".
SHOWN = 8
_FLAVOR = pointer("spec", "resource", "flavor_id")
_ENGINE = ("algorithm", "engine")


def _known(labels: Iterable[str]) -> str:
    found = sorted(dict.fromkeys(labels))
    if not found:
        return "the catalogue lists none"
    more = len(found) - SHOWN
    return ", ".join(found[:SHOWN]) + (f" and {more} more" if more > 0 else "")


def _v2(ctx: Context) -> V2Catalog | None:
    return ctx.catalog.v2 if ctx.catalog is not None else None


def _public_flavor(data: Mapping[str, Any], ctx: Context) -> tuple[str, Flavor | None] | None:
    """The flavor_id of a public-pool job and its catalogue entry; None when not looked up."""
    catalog, resource = _v2(ctx), mapping(data, "spec", "resource")
    flavor_id = text(resource, "flavor_id")
    if catalog is None or catalog.flavors is None or not flavor_id or filled(resource, "pool_id"):
        return None
    return flavor_id, catalog.flavors.get(flavor_id)


def _names(ctx: Context, response: str) -> str:
    return ctx.catalog.source_names(response) if ctx.catalog is not None else "the catalogue"


def check_unknown_flavor(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ601: ``spec.resource.flavor_id`` is not in the training-job-flavors catalogue."""
    found, catalog = _public_flavor(data, ctx), _v2(ctx)
    if found is None or found[1] is not None or catalog is None or catalog.flavors is None:
        return
    yield Finding(_FLAVOR, f"flavor '{found[0]}' is not in {_names(ctx, 'flavors')} (the server would"
                           " answer ModelArts.2781 FlavorNotFound); choose a listed flavor_id:"
                           f" {_known(catalog.flavors)}")


def check_too_many_nodes(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ602: ``spec.resource.node_count`` exceeds the flavor's ``max_num``."""
    found = _public_flavor(data, ctx)
    nodes = mapping(data, "spec", "resource")
    count = nodes.get("node_count") if nodes is not None else None
    flavor = found[1] if found is not None else None
    if flavor is None or flavor.max_num is None or not isinstance(count, int) or isinstance(count, bool):
        return
    if count > flavor.max_num:
        yield Finding(pointer("spec", "resource", "node_count"),
                      f"at most {flavor.max_num} node{'' if flavor.max_num == 1 else 's'} for"
                      f" {flavor.flavor_id} (max_num in"
                      f" {_names(ctx, 'flavors')}), not {count}; the server would answer ModelArts.2793"
                      " (FlavorOutOfRange): lower node_count or choose a flavor with a larger max_num",
                      (_FLAVOR,))


def check_unknown_engine(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ603: the engine (``engine_id``, or ``engine_name`` + ``engine_version``) is not listed."""
    catalog, engine = _v2(ctx), mapping(data, *_ENGINE)
    if catalog is None or catalog.engines is None or engine is None:
        return
    listed, where = catalog.engines.values(), _names(ctx, "training-job-engines")
    engine_id, name, version = (text(engine, k) for k in ("engine_id", "engine_name", "engine_version"))
    if engine_id:
        if engine_id not in catalog.engines:
            yield Finding(pointer(*_ENGINE, "engine_id"),
                          f"engine '{engine_id}' is not in {where} (the server would answer"
                          f" ModelArts.2780 EngineNotFound); choose a listed engine_id: {_known(catalog.engines)}")
    elif name and not any(e.engine_name == name for e in listed):
        yield Finding(pointer(*_ENGINE, "engine_name"),
                      f"engine '{name}' is not in {where} (the server would answer ModelArts.2780"
                      f" EngineNotFound); listed engines: {_known(e.engine_name for e in listed)}")
    elif name and version and not any(e.engine_name == name and e.engine_version == version for e in listed):
        yield Finding(pointer(*_ENGINE, "engine_version"),
                      f"{name} has no version '{version}' in {where} (the server would answer"
                      " ModelArts.2780 EngineNotFound); listed versions:"
                      f" {_known(e.engine_version for e in listed if e.engine_name == name)}")


def check_unknown_algorithm(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ604: ``algorithm.id`` is not the ``metadata.id`` of a saved algorithm."""
    catalog, algorithm_id = _v2(ctx), text(mapping(data, "algorithm"), "id")
    if catalog is None or catalog.algorithms is None or not algorithm_id:
        return
    if algorithm_id not in catalog.algorithms:
        labels = (f"{a.algorithm_id} ({a.name})" if a.name else a.algorithm_id for a in catalog.algorithms.values())
        yield Finding(pointer("algorithm", "id"),
                      f"algorithm '{algorithm_id}' is not in {_names(ctx, 'algorithms')} (the server would"
                      f" answer ModelArts.2755, algorithm not found); choose a listed id: {_known(labels)}")

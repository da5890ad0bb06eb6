"""TJ212, TJ213, TJ214: resources and volumes.

A job runs in a public pool, chosen by a resource specification (``spec_id``,
or ``flavor.code`` naming a specification by its code), or in a dedicated
pool (``pool_id``, where ``flavor`` may pick its nodes). ``volumes`` mount SFS
Turbo file systems (``nfs``) or folders of the host (``host_path``, which
exist only in dedicated pools). These fields belong to every kind that holds
configuration fields; a configuration that names no resources gets TJ101 for
``spec_id`` from the schema stage, a job's ``config`` gets TJ212.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import Any

from tjlint.kinds import JOB, V1_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules.base import Rule
from tjlint.rules.examples import BASE, example

_VOLUME_TYPES = ("nfs", "host_path")


def _names(data: Mapping[str, Any], key: str) -> bool:
    """Whether ``key`` names the resources: ``spec_id``, ``pool_id`` or ``flavor.code``, not empty.

    Clients send unused string fields empty (``pool_id: ""``); an empty value names nothing.
    """
    value = data.get(key)
    if key == "flavor" and isinstance(value, Mapping):
        value = value.get("code")
    return value is not None and value != ""


def _volumes(data: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The ``volumes`` items that are mappings, with their index."""
    items = data.get("volumes")
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                yield index, item


_CONFLICT = {
    "pool_id": "spec_id names a specification of a public pool, but pool_id runs the job in a"
               " dedicated pool (there, flavor may pick the nodes)",
    "flavor": "spec_id and flavor both name the resource specification",
}


def _check_resources(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    spec, others = _names(data, "spec_id"), [k for k in ("pool_id", "flavor") if _names(data, k)]
    if spec and others:
        yield Finding(
            pointer("spec_id"),
            f"spec_id together with {' and '.join(others)}: {'; '.join(_CONFLICT[k] for k in others)};"
            " keep one way of naming the resources (the API would answer ModelArts.0104)",
            tuple(pointer(k) for k in others),
            on_key=True,
        )
    elif not spec and not others and ctx.kind == JOB.name:
        yield Finding(
            "",
            "config names no resources: set spec_id (a resource specification of a public"
            " pool), flavor.code (a specification by its code) or pool_id (a dedicated pool)"
            " (the API would answer ModelArts.0104)",
        )


def _check_volume_kind(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    for index, item in _volumes(data):
        kinds = [k for k in item if k in _VOLUME_TYPES]
        if not kinds:
            yield Finding(
                pointer("volumes", index),
                f"volumes[{index}] is neither an SFS Turbo volume nor a host folder: give it"
                " exactly one of nfs and host_path (the API would answer ModelArts.0104)",
            )
        elif len(kinds) > 1:
            yield Finding(
                pointer("volumes", index, kinds[1]),
                f"volumes[{index}] has both {kinds[0]} and {kinds[1]}: each volume is one or"
                " the other; split it into two items (the API would answer ModelArts.0104)",
                (pointer("volumes", index, kinds[0]),),
                on_key=True,
            )


def _check_host_path_pool(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping) or _names(data, "pool_id"):
        return
    related = tuple(pointer(k) for k in ("spec_id", "flavor") if _names(data, k))
    for index, item in _volumes(data):
        if "host_path" in item:
            yield Finding(
                pointer("volumes", index, "host_path"),
                "a host_path volume needs a dedicated pool, but no pool_id is set: host"
                " folders exist only on the nodes of a dedicated pool; set pool_id, or mount"
                " an SFS Turbo file system (nfs) instead",
                related,
                on_key=True,
            )


def job_example(**changes: Any) -> Callable[[], str]:
    """A clean job body as YAML (the shared example settings under ``config``), with
    ``changes`` applied to ``config`` (None removes a key); written when first read."""
    return partial(_job_yaml, changes)


def _job_yaml(changes: dict[str, Any]) -> str:
    config = {k: v for k, v in BASE.items() if k != "config_name"}
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    import yaml  # examples are written only when read (tjlint rules, SARIF, docs)

    body = {"job_name": "resnet-train", "config": config}
    return yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=1000)


_POOL = "pool-7c1f2a"
_NFS = {"nfs": {"id": "43b37236-9afa-4855-8174-32254b9562e7", "src_path": "192.168.8.150:/",
                "dest_path": "/home/work/nas", "read_only": False}}
_HOST = {"host_path": {"src_path": "/data/shared", "dest_path": "/home/work/shared",
                       "read_only": True}}

_FLAVOR = {"code": "modelarts.vm.cpu.8u"}

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ212", "resources", Severity.ERROR,
        "spec_id together with pool_id or flavor, or a job's config that names no resources.",
        "A training job runs in a public pool, on a resource specification named by"
        " `spec_id` or by its code (`flavor: {code: ...}`), or in a dedicated pool"
        " (`pool_id`, where `flavor` may pick the nodes). `spec_id` together with `pool_id`"
        " (a public-pool specification in a dedicated pool) or with `flavor` (two"
        " specifications) is rejected with ModelArts.0104, and so is a job whose `config`"
        " names none of `spec_id`, `flavor.code` and `pool_id`. A configuration body that"
        " names none gets TJ101 for `spec_id` instead.",
        good=job_example(spec_id=None, pool_id=_POOL, flavor=_FLAVOR),
        bad=job_example(pool_id=_POOL),
        check=_check_resources, kinds=V1_KINDS,
    ),
    Rule(
        "TJ213", "volume-kind", Severity.ERROR,
        "A volumes item does not hold exactly one of nfs and host_path.",
        "Each item of `volumes` is one volume: either an SFS Turbo file system"
        " (`nfs: {id, src_path, dest_path, read_only}`) or a folder of the host"
        " (`host_path: {src_path, dest_path, read_only}`). An item with neither, or with"
        " both, is rejected (ModelArts.0104); write two items to mount two volumes.",
        good=job_example(spec_id=None, pool_id=_POOL, volumes=[_NFS, _HOST]),
        bad=job_example(spec_id=None, pool_id=_POOL, volumes=[{**_NFS, **_HOST}]),
        check=_check_volume_kind, kinds=V1_KINDS,
    ),
    Rule(
        "TJ214", "host-path-needs-pool", Severity.WARNING,
        "A host_path volume without pool_id: host folders exist only in dedicated pools.",
        "Host folders (`host_path` volumes) exist only on the nodes of a dedicated resource"
        " pool; a job in a public pool (`spec_id` or `flavor`, no `pool_id`) cannot mount"
        " them. Run the job in a dedicated pool (`pool_id`), or share the data through an"
        " SFS Turbo file system (`nfs`) instead.",
        good=example(spec_id=None, pool_id=_POOL, volumes=[_HOST]),
        bad=example(volumes=[_HOST]),
        check=_check_host_path_pool, kinds=V1_KINDS,
    ),
)

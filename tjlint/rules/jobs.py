"""TJ212, TJ213, TJ214: resource pools and volumes of training-job bodies.

A job body (``POST /v1/{project_id}/training-jobs``) holds its settings under
``config``; these rules receive that mapping. A job runs either in a public
pool, chosen by a resource specification (``spec_id``), or in a dedicated
pool (``pool_id``). Its ``volumes`` mount SFS Turbo file systems (``nfs``) or
folders of the host (``host_path``, which exist only in dedicated pools).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import yaml

from tjlint.diagnostics import Severity
from tjlint.rules.base import Context, Finding, Rule, pointer
from tjlint.rules.examples import BASE

_JOB = frozenset({"job"})
_VOLUME_KINDS = ("nfs", "host_path")


def _set(data: Mapping[str, Any], key: str) -> bool:
    return data.get(key) is not None


def _volumes(data: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The ``volumes`` items that are mappings, with their index."""
    items = data.get("volumes")
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                yield index, item


def _check_pool_or_spec(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    pool, spec = _set(data, "pool_id"), _set(data, "spec_id")
    if pool and spec:
        yield Finding(
            pointer("spec_id"),
            "config has both pool_id (a dedicated pool) and spec_id (a public pool): keep"
            " one; remove spec_id to run in the dedicated pool, or pool_id to run in a public"
            " pool (the API would answer ModelArts.0104)",
            (pointer("pool_id"),),
            on_key=True,
        )
    elif not pool and not spec:
        yield Finding(
            "",
            "config names no resources: set spec_id (a resource specification of a public"
            " pool) or pool_id (a dedicated pool) (the API would answer ModelArts.0104)",
        )


def _check_volume_kind(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    for index, item in _volumes(data):
        kinds = [k for k in item if k in _VOLUME_KINDS]
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
    if not isinstance(data, Mapping) or _set(data, "pool_id"):
        return
    related = (pointer("spec_id"),) if _set(data, "spec_id") else ()
    for index, item in _volumes(data):
        if "host_path" in item:
            yield Finding(
                pointer("volumes", index, "host_path"),
                "a host_path volume needs a dedicated pool, but config has no pool_id: host"
                " folders exist only on the nodes of a dedicated pool; set pool_id, or mount"
                " an SFS Turbo file system (nfs) instead",
                related,
                on_key=True,
            )


def job_example(**changes: Any) -> str:
    """A clean job body as YAML (the shared example settings under ``config``), with
    ``changes`` applied to ``config`` (None removes a key)."""
    config = {k: v for k, v in BASE.items() if k != "config_name"}
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    body = {"job_name": "resnet-train", "config": config}
    return yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=1000)


_POOL = "pool-7c1f2a"
_NFS = {"nfs": {"id": "43b37236-9afa-4855-8174-32254b9562e7", "src_path": "192.168.8.150:/",
                "dest_path": "/home/work/nas", "read_only": False}}
_HOST = {"host_path": {"src_path": "/data/shared", "dest_path": "/home/work/shared",
                       "read_only": True}}

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ212", "pool-or-spec", Severity.ERROR,
        "A job's config does not name exactly one of pool_id and spec_id.",
        "A training job runs either in a public pool, chosen by a resource specification"
        " (`config.spec_id`), or in a dedicated pool (`config.pool_id`); it needs exactly"
        " one of the two. The API would answer ModelArts.0104. Only job bodies have"
        " `pool_id`: a configuration always needs `spec_id`.",
        good=job_example(spec_id=None, pool_id=_POOL),
        bad=job_example(pool_id=_POOL),
        check=_check_pool_or_spec,
        kinds=_JOB,
    ),
    Rule(
        "TJ213", "volume-kind", Severity.ERROR,
        "A job's config.volumes item does not hold exactly one of nfs and host_path.",
        "Each item of `config.volumes` is one volume: either an SFS Turbo file system"
        " (`nfs: {id, src_path, dest_path, read_only}`) or a folder of the host"
        " (`host_path: {src_path, dest_path, read_only}`). An item with neither, or with"
        " both, is rejected (ModelArts.0104); write two items to mount two volumes.",
        good=job_example(spec_id=None, pool_id=_POOL, volumes=[_NFS, _HOST]),
        bad=job_example(spec_id=None, pool_id=_POOL, volumes=[{**_NFS, **_HOST}]),
        check=_check_volume_kind,
        kinds=_JOB,
    ),
    Rule(
        "TJ214", "host-path-needs-pool", Severity.WARNING,
        "A job mounts a host_path volume but runs in no dedicated pool (no pool_id).",
        "Host folders (`host_path` volumes) exist only on the nodes of a dedicated resource"
        " pool; a job in a public pool (`spec_id`, no `pool_id`) cannot mount them. Run the"
        " job in a dedicated pool (`pool_id`), or share the data through an SFS Turbo file"
        " system (`nfs`) instead.",
        good=job_example(spec_id=None, pool_id=_POOL, volumes=[_HOST]),
        bad=job_example(volumes=[_HOST]),
        check=_check_host_path_pool,
        kinds=_JOB,
    ),
)

"""TJ6xx: checks against saved catalogue responses (``--catalog``).

Each rule needs only its own kind of catalogue and is silent without it: with
resource specs but no engines, TJ601/TJ602/TJ605 run and TJ603 does not.
Values of the wrong type are left to the schema stage (TJ103).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from tjlint.kinds import V1_KINDS, V2_JOB, V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules import v2_catalog
from tjlint.rules.base import Rule, per_kind

if TYPE_CHECKING:  # the catalogue reader is imported only when a catalogue is given
    from tjlint.catalog import Algorithm, Spec

#: How many catalogue entries a message lists before "... and N more".
SHOWN = 8


def _int(value: Any) -> int | None:
    """``value`` if it is an integer (booleans are not), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _known(labels: list[str]) -> str:
    if not labels:
        return "the catalogue lists none"
    shown = ", ".join(labels[:SHOWN])
    more = len(labels) - SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _spec_label(spec: Spec) -> str:
    return f"{spec.spec_id} ({spec.spec_code})" if spec.spec_code else str(spec.spec_id)


def _flavor_code(data: Mapping[str, Any]) -> str | None:
    """``flavor.code``, the specification named by its code, if it is a string."""
    flavor = data.get("flavor")
    code = flavor.get("code") if isinstance(flavor, Mapping) else None
    return code if isinstance(code, str) and code else None


def _spec(data: Mapping[str, Any], ctx: Context) -> tuple[str, Spec] | None:
    """The field that names the specification (``spec_id``, else ``flavor.code``) and its entry."""
    specs = ctx.catalog.specs if ctx.catalog is not None else None
    if specs is None:
        return None
    spec_id, code = _int(data.get("spec_id")), _flavor_code(data)
    if spec_id is not None:
        found = specs.get(spec_id)
        return None if found is None else (pointer("spec_id"), found)
    by_code = (s for s in specs.values() if code is not None and s.spec_code == code)
    found = next(by_code, None)
    return None if found is None else (pointer("flavor", "code"), found)


def check_unknown_spec(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ601: ``spec_id`` or ``flavor.code`` is not in the resource-specs catalogue."""
    if ctx.catalog is None or ctx.catalog.specs is None:
        return
    specs, where = ctx.catalog.specs, ctx.catalog.source_names("specs")
    spec_id, code = _int(data.get("spec_id")), _flavor_code(data)
    if spec_id is not None and spec_id not in specs:
        yield Finding(
            pointer("spec_id"),
            f"spec {spec_id} is not in {where} (the server would answer ModelArts.2781, flavor"
            f" not found); choose a listed spec_id: {_known([_spec_label(s) for s in specs.values()])}",
        )
    codes = [s.spec_code for s in specs.values() if s.spec_code]
    if code is not None and code not in codes:
        yield Finding(
            pointer("flavor", "code"),
            f"flavor code '{code}' is not a spec_code in {where} (the server would answer"
            f" ModelArts.2781, flavor not found); choose a listed code: {_known(codes)}",
        )


def check_too_many_workers(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ602: ``worker_server_num`` exceeds the spec's ``max_num``."""
    workers, named = _int(data.get("worker_server_num")), _spec(data, ctx)
    if ctx.catalog is None or named is None or named[1].max_num is None or workers is None:
        return
    where, spec = named
    if spec.max_num is not None and workers > spec.max_num:
        name = spec.spec_code or f"spec {spec.spec_id}"
        yield Finding(
            pointer("worker_server_num"),
            f"at most {spec.max_num} workers for {name} (max_num in"
            f" {ctx.catalog.source_names('specs')}), not {workers}; the server would answer"
            " ModelArts.2793 (flavor out of range): lower worker_server_num or choose a spec"
            " with a larger max_num",
            related=(where,),
        )


def check_unknown_engine(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ603: ``engine_id`` is not in the ai-engines catalogue."""
    engine_id = _int(data.get("engine_id"))
    if ctx.catalog is None or ctx.catalog.engines is None or engine_id is None:
        return
    engines = ctx.catalog.engines
    if engine_id not in engines:
        labels = [
            f"{e.engine_id} ({e.engine_version or e.engine_name})"
            if e.engine_version or e.engine_name else str(e.engine_id)
            for e in engines.values()
        ]
        yield Finding(
            pointer("engine_id"),
            f"engine {engine_id} is not in {ctx.catalog.source_names('engines')} (the server"
            f" would answer ModelArts.2780, engine not found); choose a listed engine_id:"
            f" {_known(labels)}",
        )


def _model_label(model: Algorithm) -> str:
    return f"{model.model_id} ({model.model_name})" if model.model_name else str(model.model_id)


def check_unknown_algorithm(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ604: ``model_id`` is not in the built-in-algorithms catalogue."""
    model_id = _int(data.get("model_id"))
    if ctx.catalog is None or ctx.catalog.models is None or model_id is None:
        return
    models = ctx.catalog.models
    if model_id not in models:
        yield Finding(
            pointer("model_id"),
            f"built-in algorithm {model_id} is not in {ctx.catalog.source_names('models')};"
            f" choose a listed model_id: {_known([_model_label(m) for m in models.values()])}",
        )


def check_spec_sold_out(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ605: the spec is marked ``no_resource: true`` (sold out)."""
    named = _spec(data, ctx)
    if ctx.catalog is None or named is None or not named[1].no_resource:
        return
    where, spec = named
    yield Finding(
        where,
        f"spec {_spec_label(spec)} is sold out (no_resource: true in"
        f" {ctx.catalog.source_names('specs')}); the server would answer ModelArts.2763"
        " (no such flavor available): choose another spec or save a fresh catalogue",
    )


def _labels(data: Mapping[str, Any]) -> set[str]:
    items = data.get("parameter")
    if not isinstance(items, list):
        return set()
    return {i["label"] for i in items if isinstance(i, dict) and isinstance(i.get("label"), str)}


def check_missing_parameter(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ606: a parameter the built-in algorithm marks ``required`` is not given."""
    model_id = _int(data.get("model_id"))
    models = ctx.catalog.models if ctx.catalog is not None else None
    model = None if models is None or model_id is None else models.get(model_id)
    if ctx.catalog is None or model is None:
        return
    given = _labels(data)
    given_at = "parameter" in data
    where = pointer("parameter") if given_at else pointer("model_id")
    related = (pointer("model_id"),) if given_at else ()
    for param in model.parameters:
        if param.required and param.label not in given:
            import json  # only a message about an algorithm's parameters writes one

            item = json.dumps({"label": param.label, "value": param.value or "..."})
            yield Finding(
                where,
                f"built-in algorithm {_model_label(model)} requires parameter"
                f" '{param.label}' (required in {ctx.catalog.source_names('models')}), but no"
                f" parameter item has that label; add one, e.g. {item}",
                related=related,
            )


E = Severity.ERROR
W = Severity.WARNING
_SPECS = (
    "The specs catalogue is a saved response of"
    " GET /v1/{project_id}/job/resource-specs?job_type=train, passed with --catalog."
)

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ601", "unknown-spec", E,
        "spec_id, or flavor.code, is not in the resource-specs catalogue.",
        f"{_SPECS} A spec_id it does not list, or a flavor code that is not one of its"
        " spec_code values, would be rejected with ModelArts.2781 (flavor not found). Pick"
        " one of the listed values. For example, with a catalogue listing only specs 1 and"
        " 2 (modelarts.vm.cpu.2u and modelarts.vm.cpu.8u), 'spec_id: 2' and"
        " 'flavor: {code: modelarts.vm.cpu.8u}' pass, 'spec_id: 99' and"
        " 'flavor: {code: modelarts.vm.cpu.64u}' fail."
        f" {V2_JOB.notes['TJ601']}",
        check=per_kind({V1_KINDS: check_unknown_spec, V2_KINDS: v2_catalog.check_unknown_flavor}),
        kinds=V1_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ602", "too-many-workers", E,
        "worker_server_num exceeds the max_num of the chosen spec (spec_id or flavor.code).",
        f"{_SPECS} Each spec's max_num is the largest worker_server_num it allows, whether"
        " the body names the spec by spec_id or by its code (flavor.code); more"
        " workers would be rejected with ModelArts.2793 (flavor out of range). Lower"
        " worker_server_num or choose a spec with a larger max_num. For example, when spec 2"
        " has max_num 2, 'worker_server_num: 2' passes and 'worker_server_num: 4' fails."
        f" {V2_JOB.notes['TJ602']}",
        check=per_kind({V1_KINDS: check_too_many_workers, V2_KINDS: v2_catalog.check_too_many_nodes}),
        kinds=V1_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ603", "unknown-engine", E,
        "engine_id is not in the ai-engines catalogue.",
        "The engines catalogue is a saved response of"
        " GET /v1/{project_id}/job/ai-engines?job_type=train, passed with --catalog. An"
        " engine_id it does not list would be rejected with ModelArts.2780 (engine not"
        " found). For example, with a catalogue listing engines 1 and 2, 'engine_id: 1'"
        " passes and 'engine_id: 7' fails."
        f" {V2_JOB.notes['TJ603']}",
        check=per_kind({V1_KINDS: check_unknown_engine, V2_KINDS: v2_catalog.check_unknown_engine}),
        kinds=V1_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ604", "unknown-algorithm", E,
        "model_id is not in the built-in-algorithms catalogue.",
        "The algorithms catalogue is a saved response of"
        " GET /v1/{project_id}/built-in-algorithms, passed with --catalog. A model_id it"
        " does not list names no built-in algorithm of the project. For example, with a"
        " catalogue listing algorithm 4 (ResNet_v2_50), 'model_id: 4' passes and"
        " 'model_id: 40' fails."
        f" {V2_JOB.notes['TJ604']}",
        check=per_kind({V1_KINDS: check_unknown_algorithm, V2_KINDS: v2_catalog.check_unknown_algorithm}),
        kinds=V1_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ605", "spec-sold-out", W,
        "The chosen spec (spec_id or flavor.code) is sold out (no_resource: true in the catalogue).",
        f"{_SPECS} A spec marked no_resource: true (named by spec_id or by its code in"
        " flavor.code) had no capacity left when the catalogue"
        " was saved; a job would fail with ModelArts.2763 (no such flavor available)."
        " Choose another spec, or save a fresh catalogue if capacity came back.",
        check=check_spec_sold_out, kinds=V1_KINDS,
    ),
    Rule(
        "TJ606", "missing-algorithm-parameter", E,
        "A parameter the built-in algorithm marks required is not in parameter.",
        "The algorithms catalogue (GET /v1/{project_id}/built-in-algorithms, passed with"
        " --catalog) lists each algorithm's running parameters with a required flag. Add a"
        " parameter item for every required label. For example, when algorithm 4 requires"
        " batch_size, 'model_id: 4' with 'parameter: [{label: batch_size, value: \"4\"}]'"
        " passes and 'model_id: 4' with no batch_size item fails.",
        check=check_missing_parameter, kinds=V1_KINDS,
    ),
)

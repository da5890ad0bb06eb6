"""The schema stage: check a document against the bundled JSON Schema (TJ101-TJ107).

The schemas live in ``tjlint/schemas/`` (``training-job-config.schema.json``
there is a byte-identical copy of the canonical ``schemas/`` file at the top
of the repository) and are found with :mod:`importlib.resources`, so wheel
and editable installs behave the same.

Both questions the stage asks are answered by code compiled from the schemas:
whether a body meets its schema (``tjlint/_fastcheck.py``) and, when it does
not, why (``tjlint/_explain.py``: the failures jsonschema would report, in
its order, as :class:`tjlint.failures.Failure` records). jsonschema is the
reference the compiled code follows (tests compare the two); it is imported
and its validator built (once per process) only for a body the compiled
explanation cannot be sure about, or a schema it does not cover.

``$ref`` resolves offline only, against a registry that holds our own
schemas (keyed by their ``$id``): a sibling schema refers to a field as
``training-job-config.schema.json#/$defs/spec_id``. Refer to ``$defs``
entries, not to a whole schema document: a referenced document carrying
``$schema`` would be checked with jsonschema's stock type rules. The
configuration fields are defined once (``$defs/configFields``); each kind
refers to them and closes its mapping with ``unevaluatedProperties: false``.

The findings and their messages come from :mod:`tjlint.schema_findings`.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from importlib.resources import files
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from tjlint.config import MAX_PROBLEMS
from tjlint.ecma import compile_pattern
from tjlint.rules.base import Finding, SourceView

DEFAULT_SCHEMA = "training-job-config"
_SUFFIX = ".schema.json"


def schema_path(name: str = DEFAULT_SCHEMA) -> Path:
    """The file of the bundled schema ``name`` (what ``tjlint schema`` prints)."""
    return Path(str(files("tjlint") / "schemas" / f"{name}{_SUFFIX}"))


def schema_names() -> tuple[str, ...]:
    """Names of the bundled schemas (``training-job-config``, ...), sorted."""
    entries = (files("tjlint") / "schemas").iterdir()
    return tuple(sorted(e.name[: -len(_SUFFIX)] for e in entries if e.name.endswith(_SUFFIX)))


def load_schema(name: str = DEFAULT_SCHEMA) -> dict[str, Any]:
    """A fresh copy of the bundled schema ``name`` as a dict."""
    return json.loads(json.dumps(_schemas()[name]))  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=1)
def _schemas() -> dict[str, dict[str, Any]]:
    folder = files("tjlint") / "schemas"
    return {n: json.loads((folder / f"{n}{_SUFFIX}").read_text("utf-8")) for n in schema_names()}


def _resolve(base: str, ref: str) -> tuple[str, Any]:
    """The base URI and the node a ``$ref`` (relative to ``base``) names in the bundled schemas."""
    uri, _, fragment = urljoin(base, ref).partition("#")
    node: Any = next(s for s in _schemas().values() if s.get("$id") == uri)
    for token in filter(None, fragment.split("/")):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return uri, node


def _declared(node: Mapping[str, Any], base: str) -> list[str]:
    """The property names a schema node declares, itself and through ``$ref`` and ``allOf``."""
    names = list(node.get("properties", {}))
    if isinstance(node.get("$ref"), str):
        target_base, target = _resolve(base, node["$ref"])
        names += _declared(target, target_base)
    for part in node.get("allOf", ()):
        if isinstance(part, Mapping):
            names += _declared(part, base)
    return list(dict.fromkeys(names))


@functools.cache
def config_fields() -> tuple[str, ...]:
    """The configuration fields every kind shares (a configuration body, an update, a job's config)."""
    base = load_schema(DEFAULT_SCHEMA)
    return tuple(base["$defs"]["configFields"]["properties"])


def _allowed(schema: Mapping[str, Any], schema_name: str) -> list[str]:
    """The known keys of the mapping ``schema`` describes (its refs resolve within ``schema_name``)."""
    key = (id(schema), schema_name)
    known = _ALLOWED.get(key)
    if known is None or known[0] is not schema:  # the node itself is kept: its id is not reused
        known = _ALLOWED[key] = (schema, _declared(schema, _schemas()[schema_name]["$id"]))
    return known[1]


#: The known keys of each schema node asked about, with the node (by its id and schema name).
_ALLOWED: dict[tuple[int, str], tuple[Mapping[str, Any], list[str]]] = {}


def _is_integer(checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


def _is_number(checker: object, instance: object) -> bool:
    return isinstance(instance, (int, float)) and not isinstance(instance, bool)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """The ``pattern`` keyword with ECMA-262 meaning (``$`` is the very end, not before a final newline)."""
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped,unused-ignore]

    if isinstance(instance, str) and compile_pattern(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.cache
def _validator(schema_name: str) -> Any:
    """A Draft 2020-12 validator where only ``int`` is an integer, resolving refs offline."""
    from jsonschema import Draft202012Validator, validators  # type: ignore[import-untyped,unused-ignore]
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    schemas = _schemas()
    if schema_name not in schemas:
        raise ValueError(f"no bundled schema named {schema_name!r}; known: {sorted(schemas)}")
    checker = Draft202012Validator.TYPE_CHECKER.redefine_many(
        {"integer": _is_integer, "number": _is_number}
    )
    cls = validators.extend(Draft202012Validator, type_checker=checker, validators={"pattern": _pattern})
    registry: Registry[Any] = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012))
        for s in schemas.values()
    )
    return cls(schemas[schema_name], registry=registry)


#: The validator of the bundled schemas, which the compiled explanations follow. A validator put
#: in its place (tests try other schemas that way) explains failures on its own.
_BUNDLED_VALIDATOR = _validator


def check_schema(
    document: Mapping[str, Any], source: SourceView | None, schema_name: str = DEFAULT_SCHEMA
) -> Iterator[tuple[str, Finding]]:
    """Validate ``document`` and yield ``(code, finding)`` with absolute pointers.

    ``source`` (or None for in-memory data) lets messages show how a value was
    written and lets TJ103 offer a fix that quotes it.
    """
    from tjlint._fastcheck import is_valid

    if is_valid(schema_name, document):  # compiled from the schema
        return
    # Compiled too: the reasons, as jsonschema would list them; jsonschema itself only where not compiled.
    failures = explained(schema_name, document)
    if failures is None:
        fallbacks[schema_name] += 1
        failures = jsonschema_failures(schema_name, document)
    from tjlint.schema_findings import report

    yield from report(failures, source, schema_name)


#: Failing bodies left to jsonschema (schema not compiled, or its explanation not sure), by schema.
fallbacks: Counter[str] = Counter()


def explained(schema_name: str, document: Any) -> list[Any] | None:
    """The failures of ``document`` from the compiled explanation, or None when it cannot be sure.

    The engine reports at most MAX_PROBLEMS per document: explaining more would only cost time.
    """
    from tjlint.failures import Unsure, best_match

    found = _explainer()(schema_name, document) if _validator is _BUNDLED_VALIDATOR else None
    if found is None:
        return None
    try:
        # For anyOf/oneOf, the one most relevant branch failure, not all of them.
        return [best_match([f]) if f.context else f for f in islice(found, MAX_PROBLEMS + 1)]
    except Unsure:
        return None


@functools.cache
def _explainer() -> Any:
    from tjlint import _explain

    _explain.bind(_schemas().values())
    return _explain.explain


def jsonschema_failures(schema_name: str, document: Any) -> list[Any]:
    """The errors jsonschema finds in ``document`` (the reference the compiled explanation follows)."""
    return [_best(e) for e in islice(_validator(schema_name).iter_errors(document), MAX_PROBLEMS + 1)]


def _best(error: Any) -> Any:
    """For ``anyOf``/``oneOf``, the one most relevant branch error, not all of them."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        from jsonschema.exceptions import best_match

        return best_match([error])
    return error

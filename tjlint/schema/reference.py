"""The reference validator: jsonschema, set up as the schema stage reads the schemas.

Draft 2020-12, where only ``int`` is an integer and a bool is never a number,
``pattern`` has its ECMA-262 meaning, and ``$ref`` resolves offline only,
against a registry of the bundled schemas (keyed by their ``$id``). Refer to
``$defs`` entries, not to a whole schema document: a referenced document
carrying ``$schema`` would be checked with jsonschema's stock type rules.
jsonschema is imported when a validator is first built, never at start-up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.ecma import compile_pattern
from tjlint.schemafiles import bundled


def _is_integer(checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


def _is_number(checker: object, instance: object) -> bool:
    return isinstance(instance, (int, float)) and not isinstance(instance, bool)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """The ``pattern`` keyword with ECMA-262 meaning (``$`` is the very end, not before a final newline)."""
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped,unused-ignore]  # slow

    if isinstance(instance, str) and compile_pattern(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.cache
def validator(schema_name: str) -> Any:
    """The validator of the bundled schema ``schema_name``, built once per process."""
    # jsonschema is slow to import; only a body the compiled code cannot explain needs it
    from jsonschema import Draft202012Validator, validators  # type: ignore[import-untyped,unused-ignore]
    from referencing import Registry, Resource  # with jsonschema: only when a validator is built
    from referencing.jsonschema import DRAFT202012  # with jsonschema: only when a validator is built

    schemas = bundled()
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


def best(error: Any) -> Any:
    """For ``anyOf``/``oneOf``, the one most relevant branch error, not all of them."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        from jsonschema.exceptions import best_match  # loaded with the validator that made ``error``

        return best_match([error])
    return error

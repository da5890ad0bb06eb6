"""Compare the compiled explanation of a failing body with jsonschema's, failure by failure.

The reference is jsonschema itself, built as :mod:`tjlint.schema` builds it, with
one change: where jsonschema walks a *set* (the keys an object-valued
``additionalProperties`` checks, whose order changes from process to process
with string hashing), the reference walks them in the body's order, as the
compiled explanation does. So the order is compared exactly against that
reference, and the failures as a multiset against stock jsonschema.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from itertools import islice
from typing import Any

from jsonschema import validators
from jsonschema._utils import find_additional_properties

from tjlint import schema
from tjlint.codes import MAX_PROBLEMS
from tjlint.schema import findings as schema_findings
from tjlint.schema.reference import best


def _ordered_additional(validator: Any, extra_schema: Any, instance: Any, node: Mapping[str, Any]) -> Iterator[Any]:
    """jsonschema's ``additionalProperties``, walking the extra keys in the body's order."""
    if not validator.is_type(instance, "object"):
        return
    if validator.is_type(extra_schema, "object"):
        for extra in dict.fromkeys(find_additional_properties(instance, node)):
            yield from validator.descend(instance[extra], extra_schema, path=extra)
    else:
        stock = validators.Draft202012Validator.VALIDATORS["additionalProperties"]
        yield from stock(validator, extra_schema, instance, node)


def ordered(validator: Any) -> Any:
    """``validator`` (a jsonschema validator) walking extra keys in the body's order."""
    cls = validators.extend(type(validator), validators={"additionalProperties": _ordered_additional})
    return cls(validator.schema, registry=validator._registry)


@functools.cache
def reference(schema_name: str) -> Any:
    """The ordered reference validator of a bundled schema."""
    return ordered(schema._validator(schema_name))


def failures_of(validator: Any, document: Any) -> list[Any]:
    """What :func:`tjlint.schema.jsonschema_failures` keeps of ``validator``'s errors."""
    return [best(e) for e in islice(validator.iter_errors(document), MAX_PROBLEMS + 1)]


def canonical(failure: Any) -> tuple[Any, ...]:
    """Everything the schema stage reads of a failure (the same objects: compared by identity)."""
    return (failure.validator, tuple(failure.absolute_path), tuple(failure.absolute_schema_path),
            tuple(failure.relative_schema_path), failure.message, id(failure.instance), id(failure.schema),
            id(failure.validator_value))


def assert_same(got: list[Any], ordered_reference: list[Any], stock: list[Any],
                report: Callable[[list[Any]], list[Any]]) -> None:
    """The same failures in the reference's order (and as stock jsonschema's multiset), same findings."""
    assert [canonical(f) for f in got] == [canonical(e) for e in ordered_reference]
    assert Counter(canonical(f) for f in got) == Counter(canonical(e) for e in stock)
    assert report(got) == report(ordered_reference)


def compare(schema_name: str, document: Any) -> list[tuple[str, Any]]:
    """Check the compiled explanation of ``document`` against jsonschema; its findings."""
    got = schema.explained(schema_name, document)
    assert got is not None, "the compiled explanation was not sure"
    ordered_reference = failures_of(reference(schema_name), document)
    stock = schema.jsonschema_failures(schema_name, document)

    def report(failures: list[Any]) -> list[Any]:
        return list(schema_findings.report(failures, None, schema_name))

    assert_same(got, ordered_reference, stock, report)
    return report(got)

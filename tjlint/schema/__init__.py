"""The schema stage: check a document against its kind's JSON Schema (TJ101-TJ107).

Both questions the stage asks are answered by code compiled from the schemas
(``scripts/gen_fastcheck.py`` and ``scripts/gen_explain.py`` write it):
whether a body meets its schema (:mod:`tjlint.schema._fastcheck`) and, when it
does not, why (:mod:`tjlint.schema._explain`: the failures jsonschema would
report, in its order, as :class:`tjlint.schema.failures.Failure` records).
jsonschema is the reference the compiled code follows (tests compare the two,
:mod:`tjlint.schema.reference`); it is imported and its validator built (once
per process) only for a body the compiled explanation cannot be sure about,
or a schema it does not cover. :mod:`tjlint.schema.findings` turns failures
into findings, in the words of :mod:`tjlint.schema.messages`.

The configuration fields are defined once (``$defs/configFields``); each kind
refers to them and closes its mapping with ``unevaluatedProperties: false``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from tjlint.codes import MAX_PROBLEMS
from tjlint.kinds import KINDS, BodyKind
from tjlint.model import Finding, SourceView
from tjlint.schema._fastcheck import is_valid
from tjlint.schema.reference import best
from tjlint.schema.reference import validator as _validator
from tjlint.schemafiles import CONFIGURATION_SCHEMA, bundled

__all__ = ["check_schema", "explained", "fallbacks", "jsonschema_failures"]

#: The validator of the bundled schemas, which the compiled explanations follow. A validator put
#: in its place (tests try other schemas that way) explains failures on its own.
_BUNDLED_VALIDATOR = _validator


def check_schema(document: Mapping[str, Any], source: SourceView | None, schema_name: str = CONFIGURATION_SCHEMA,
                 kind: BodyKind | None = None) -> Iterator[tuple[str, Finding]]:
    """Validate ``document`` and yield ``(code, finding)`` with absolute pointers.

    ``source`` (or None for in-memory data) lets messages show how a value was
    written and lets TJ103 offer a fix that quotes it. ``kind`` (by default the
    registered kind of ``schema_name``) adds its own words to some messages.
    """
    if is_valid(schema_name, document):  # compiled from the schema
        return
    # Compiled too: the reasons, as jsonschema would list them; jsonschema itself only where not compiled.
    failures = explained(schema_name, document)
    if failures is None:
        fallbacks[schema_name] += 1
        failures = jsonschema_failures(schema_name, document)
    if kind is None:
        kind = next((k for k in KINDS if k.schema == schema_name), None)
    from tjlint.schema.findings import report  # the messages load only for a body that fails

    yield from report(failures, source, schema_name, kind)


#: Failing bodies left to jsonschema (schema not compiled, or its explanation not sure), by schema.
fallbacks: Counter[str] = Counter()


def explained(schema_name: str, document: Any) -> list[Any] | None:
    """The failures of ``document`` from the compiled explanation, or None when it cannot be sure.

    The engine reports at most MAX_PROBLEMS per document: explaining more would only cost time.
    """
    from tjlint.schema.failures import Unsure, best_match  # loaded only for a body that fails

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
    from tjlint.schema import _explain  # a large module: loaded only for a body that fails

    _explain.bind(bundled().values())
    return _explain.explain


def jsonschema_failures(schema_name: str, document: Any) -> list[Any]:
    """The errors jsonschema finds in ``document`` (the reference the compiled explanation follows)."""
    return [best(e) for e in islice(_validator(schema_name).iter_errors(document), MAX_PROBLEMS + 1)]

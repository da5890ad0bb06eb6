"""The kind ``v2-job``: bodies of ``POST /v2/{project_id}/training-jobs``, the current training API.

Everything the rest of tjlint needs to know about this kind sits in
:data:`V2_JOB`: its name (``--kind``, settings, rule applicability), its
schema, how ``--kind auto`` recognises it, and where the mapping its rules
receive sits (the whole document: there is no ``config`` to unwrap). The
hints of :func:`unknown_hint` are the kind's own words for some unknown keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


def _looks_like_v2(data: Mapping[str, Any]) -> bool:
    # v1 bodies never have metadata; metadata alone (a catalogue item, say) is not enough.
    return "metadata" in data and ("algorithm" in data or "spec" in data)


@dataclass(frozen=True, slots=True)
class BodyKind:
    """One kind of request body: its name, its schema and how ``auto`` detects it.

    ``body_pointer`` is where the mapping the kind's rules receive sits in the
    document ("" for the whole document).
    """

    name: str
    schema: str
    api: str
    body_pointer: str
    detects: Callable[[Mapping[str, Any]], bool]


V2_JOB = BodyKind(
    name="v2-job",
    schema="training-job-v2",
    api="POST /v2/{project_id}/training-jobs",
    body_pointer="",
    detects=_looks_like_v2,
)

#: The kinds a v2 rule runs on.
V2_KINDS = frozenset({V2_JOB.name})

#: Keys written in camelCase on the wire (the only ones in the body), by their snake_case spelling.
CAMEL_CASE = {"node_selector_terms": "nodeSelectorTerms", "match_expressions": "matchExpressions",
              "match_fields": "matchFields"}
_SERVER_SET = ("id", "create_time", "user_name")


def unknown_hint(key: Any, path: Sequence[Any], where: str) -> str | None:
    """A TJ102 message for an unknown key that has a better hint than "did you mean"; else None.

    ``where`` is the readable name of the mapping holding the key.
    """
    if key == "project_id":
        return (f"unknown field 'project_id': the project ID belongs in the request URL"
                f" ({V2_JOB.api}), not in the body; remove it")
    if key in CAMEL_CASE:
        right = CAMEL_CASE[key]
        return (f"unknown field '{key}' in {where}: this key is written in camelCase on the wire"
                f" (did you mean '{right}'?)")
    if tuple(path) == ("metadata",) and key in _SERVER_SET:
        return (f"unknown field '{key}' in metadata: the server sets it when the job is created"
                " (older documentation listed it); remove it")
    return None

"""The kinds of request body tjlint lints, in one registry.

Each :class:`BodyKind` says everything the rest of tjlint needs to know about
one kind: its name (``--kind``, the ``kinds`` setting, rule applicability),
its schema, the API request it is the body of, how ``--kind auto`` and the
folder walk recognise it, where the configuration mapping its rules receive
sits, and the notes and hints it adds to messages. :data:`KINDS` holds the
built-in kinds; the command line, the settings, the settings schema,
``tjlint schema``, the language server, the content check of the folder walk
and the engine all read it. Adding a kind is one entry here, one schema in
``schemas/``, and the rules that name it in their ``kinds``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from typing import Any

from tjlint.kind_notes import (
    V2_API,
    V2_NOTES,
    config_missing_hint,
    job_unknown_hint,
    update_unknown_hint,
    v1_unknown_hint,
    v2_unknown_hint,
)
from tjlint.model import Record, resolve
from tjlint.schemafiles import configuration_fields

#: ``detects(document)``: whether ``--kind auto`` takes a document for this kind.
Detector = Callable[[Mapping[str, Any]], bool]
#: ``looks_like(top-level keys, keys of spec)``: the folder walk's content check; ``spec()`` is
#: asked for only when it decides.
ContentCheck = Callable[[Set[str], Callable[[], Set[str]]], bool]
#: ``unknown_hint(key, path, where)``: the kind's own words for an unknown key, or None.
UnknownHint = Callable[[Any, Sequence[Any], str], "str | None"]
#: ``missing_hint(field, path)``: what the kind adds to the message of a missing field, or None.
MissingHint = Callable[[str, Sequence[Any]], "str | None"]


class BodyKind(Record):
    """One kind of request body.

    ``configuration`` is the JSON pointer of the mapping the kind's rules
    receive ("" for the whole document). ``detects`` is None for a kind that
    ``--kind auto`` never guesses (an update body looks like a configuration).
    ``notes`` are appended, per code, to what ``tjlint rules CODE`` explains;
    ``unknown_hint`` and ``missing_hint`` add the kind's own words to the
    schema stage's messages.
    """

    __slots__ = _fields = __match_args__ = (
        "name", "schema", "api", "configuration", "detects", "looks_like", "notes", "unknown_hint", "missing_hint")
    name: str
    schema: str
    api: str
    configuration: str
    detects: Detector | None
    looks_like: ContentCheck | None
    notes: Mapping[str, str]
    unknown_hint: UnknownHint | None
    missing_hint: MissingHint | None

    def __init__(self, name: str, schema: str, api: str, configuration: str = "", detects: Detector | None = None,
                 looks_like: ContentCheck | None = None, notes: Mapping[str, str] | None = None,
                 unknown_hint: UnknownHint | None = None, missing_hint: MissingHint | None = None) -> None:
        for field, value in (("name", name), ("schema", schema), ("api", api), ("configuration", configuration),
                             ("detects", detects), ("looks_like", looks_like),
                             ("notes", {} if notes is None else notes), ("unknown_hint", unknown_hint),
                             ("missing_hint", missing_hint)):
            object.__setattr__(self, field, value)

    @property
    def version(self) -> str:
        """``v1`` or ``v2``: the version of the API the body is for (from its request line)."""
        return self.api.split("/")[1]

    def configuration_of(self, document: Mapping[str, Any]) -> Any:
        """The mapping this kind's rules receive (None, or not a mapping, when it is missing)."""
        return resolve(document, self.configuration) if self.configuration else document


class KindRegistry:
    """The known kinds, in the order ``--kind auto`` tries them; listed by name.

    Immutable: :meth:`with_kind` gives a new registry, so a kind can be added
    (in a test, or by a program embedding tjlint) without touching :data:`KINDS`.
    """

    def __init__(self, kinds: Iterable[BodyKind]) -> None:
        self._kinds = tuple(kinds)
        self._by_name = {k.name: k for k in self._kinds}
        if len(self._by_name) != len(self._kinds) or "auto" in self._by_name:
            raise ValueError("kind names must be unique and not 'auto'")

    def __iter__(self) -> Iterator[BodyKind]:
        return iter(self._kinds)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> BodyKind:
        return self._by_name[name]

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the kinds, sorted (``--kind`` lists them so, after ``auto``)."""
        return tuple(sorted(self._by_name))

    @property
    def choices(self) -> tuple[str, ...]:
        """What ``--kind`` and ``Config(kind=...)`` accept: ``auto``, then every name."""
        return ("auto", *self.names)

    def of_version(self, version: str) -> frozenset[str]:
        """The names of the kinds whose bodies are for ``version`` of the API (``v1``, ``v2``)."""
        return frozenset(k.name for k in self._kinds if k.version == version)

    def detect(self, data: Mapping[str, Any], requested: str = "auto") -> BodyKind:
        """The kind of ``data``: as requested, or for ``auto`` the first kind that detects it."""
        if requested != "auto":
            return self._by_name[requested]
        for kind in self._kinds:
            if kind.detects is not None and kind.detects(data):
                return kind
        raise ValueError("no kind detects this body")  # the registry ends with a kind that takes any

    def looks_like_body(self, top: Set[str], spec: Callable[[], Set[str]]) -> bool:
        """Whether a document with these top-level keys looks like a body of some kind."""
        return any(k.looks_like is not None and k.looks_like(top, spec) for k in self._kinds)

    def with_kind(self, kind: BodyKind) -> KindRegistry:
        """A registry with ``kind`` too, tried first by ``auto``."""
        return KindRegistry((kind, *self._kinds))


def _is_v2(data: Mapping[str, Any]) -> bool:
    # v1 bodies never have metadata; metadata alone (a catalogue item, say) is not enough.
    return "metadata" in data and ("algorithm" in data or "spec" in data)


def _looks_v2(top: Set[str], spec: Callable[[], Set[str]]) -> bool:
    # Kubernetes manifests have metadata and spec too, but always apiVersion.
    if "metadata" not in top or "apiVersion" in top:
        return False
    return "algorithm" in top or ("spec" in top and "resource" in spec())


V2_JOB = BodyKind(
    name="v2-job", schema="training-job-v2", api=V2_API,
    detects=_is_v2, looks_like=_looks_v2, notes=V2_NOTES, unknown_hint=v2_unknown_hint,
)
JOB = BodyKind(
    name="job", schema="training-job", api="POST /v1/{project_id}/training-jobs", configuration="/config",
    detects=lambda data: "job_name" in data or "config" in data,
    looks_like=lambda top, spec: "job_name" in top and "config" in top, unknown_hint=job_unknown_hint,
)
CONFIG = BodyKind(
    name="config", schema="training-job-config", api="POST /v1/{project_id}/training-job-configs",
    detects=lambda data: True,  # what auto takes when nothing else fits
    looks_like=lambda top, spec: len(top & configuration_fields()) >= 2,
    unknown_hint=v1_unknown_hint, missing_hint=config_missing_hint,
)
CONFIG_UPDATE = BodyKind(
    name="config-update", schema="training-job-config-update",
    api="PUT /v1/{project_id}/training-job-configs/{config_name}", unknown_hint=update_unknown_hint,
)

#: The built-in kinds, in the order ``--kind auto`` tries them.
KINDS = KindRegistry((V2_JOB, JOB, CONFIG, CONFIG_UPDATE))
#: The kinds of the v1 API (configurations, their updates, jobs) and of the current v2 API.
V1_KINDS = KINDS.of_version("v1")
V2_KINDS = KINDS.of_version("v2")

"""The records every stage shares: what a check reports, and what a run reports.

A check (a rule, or the schema stage) yields a :class:`Finding`: a JSON
pointer inside the mapping it received, a message, maybe related pointers and
a fix. The engine turns each finding into a :class:`Diagnostic`: it stamps the
code's name and severity and locates every pointer as a :class:`Span` of the
source text. Everything here is immutable and hashable, so diagnostics can be
sorted, deduplicated and cached freely. This module imports nothing of
tjlint's own: the readers, the schema stage, the rules and the engine all
build on it.

What a run reports (:class:`Span`, :class:`Related`, :class:`Edit`,
:class:`Diagnostic`, :data:`NO_SPAN`, :data:`FILE_SPAN`) are dataclasses, as
documented; they are made the first time one of them is asked for (see
:func:`__getattr__`), because the :mod:`dataclasses` module and making a
dataclass cost more start-up than linting a clean file, which never needs
them. What every run needs (:class:`Finding`, :class:`Context`) are
:class:`Record` classes: written out by hand, they behave the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

if TYPE_CHECKING:
    from dataclasses import dataclass

    from tjlint.catalog import Catalog
else:
    import _thread

    #: The dataclasses of this module, and their options, before they are made (see :func:`__getattr__`).
    _LATER: list[tuple[type, dict[str, Any]]] = []
    _MAKING = _thread.allocate_lock()

    def dataclass(**options: Any) -> Callable[[type], type]:
        """Until first use, ``@dataclass(...)`` only notes the class (see :func:`__getattr__`)."""

        def later(cls: type) -> type:
            _LATER.append((cls, options))
            return cls

        return later


_set = object.__setattr__


class Record:
    """An immutable record that behaves as a frozen dataclass does, without its start-up cost.

    A subclass names its fields in ``_fields`` (what is compared, hashed and shown; usually its
    ``__slots__`` too) and sets them in ``__init__`` with ``object.__setattr__``. Records of the
    same class with equal fields are equal and hash alike; assigning to one raises AttributeError.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _key(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._fields])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Record):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __setstate__(self, state: Any) -> None:
        """Restore a copy or an unpickled record (``__setattr__`` refuses, so each value is set here).

        ``state`` is what :meth:`object.__getstate__` gives: the instance dict, or a pair of the
        instance dict (or None) and the slots' values.
        """
        for values in state if isinstance(state, tuple) else (state,):
            for name, value in (values or {}).items():
                _set(self, name, value)


R = TypeVar("R", bound=Record)


def replace(record: R, **changes: Any) -> R:
    """A copy of ``record`` with ``changes``, as :func:`dataclasses.replace` gives (its ``__init__``
    takes each of its fields by name)."""
    values = {name: getattr(record, name) for name in record._fields}
    values.update(changes)
    return type(record)(**values)


class Severity(str, Enum):
    """How much a diagnostic matters: errors fail a run, warnings do not (unless strict)."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Span:
    """A region of the source text.

    Lines and columns are 1-based and count characters; the end is exclusive
    (``end_column`` is the column just after the last character), as in SARIF.
    ``offset``/``end_offset`` are 0-based character offsets into the decoded
    text (a leading BOM removed), or -1 when unknown.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    offset: int = -1
    end_offset: int = -1


if TYPE_CHECKING:
    #: The span used where no source text exists (``lint_data``): line 0 means "no position".
    NO_SPAN = Span(0, 0, 0, 0)
    #: The span of a whole-file problem.
    FILE_SPAN = Span(1, 1, 1, 1, 0, 0)
else:
    NO_SPAN = "the default of Related.span, set when the dataclasses are made"


class _Located:
    """``line``, ``column``, ``end_line`` and ``end_column`` read from the ``span`` of a record."""

    span: Span

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    @property
    def end_line(self) -> int:
        return self.span.end_line

    @property
    def end_column(self) -> int:
        return self.span.end_column


# Related and Diagnostic have no __slots__: with them, assigning to a property (d.line = 3) raises a
# TypeError from the generated __setattr__ instead of FrozenInstanceError.
@dataclass(frozen=True)
class Related(_Located):
    """Another field that takes part in a cross-field diagnostic, and where its key was written."""

    pointer: str
    span: Span = NO_SPAN

    def to_json(self) -> dict[str, Any]:
        return {"pointer": self.pointer, "line": self.line, "column": self.column}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the characters of ``span`` with ``replacement`` (a safe fix)."""

    span: Span
    replacement: str


@dataclass(frozen=True)
class Diagnostic(_Located):
    """One problem found in one document of one file.

    ``span`` is where it was found (line 0 when there is no source text);
    ``line``, ``column``, ``end_line`` and ``end_column`` read it, as the JSON
    output names them.
    """

    path: str
    span: Span
    code: str
    name: str
    severity: Severity
    message: str
    pointer: str = ""
    document: int = 0
    related: tuple[Related, ...] = ()
    fix: tuple[Edit, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def fixable(self) -> bool:
        return bool(self.fix)

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        return (self.path, self.document, self.span.line, self.span.column, self.code, self.pointer)

    def to_json(self) -> dict[str, Any]:
        """The object of the ``json`` output format."""
        span = self.span
        return {
            "path": self.path,
            "line": span.line,
            "column": span.column,
            "end_line": span.end_line,
            "end_column": span.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "pointer": self.pointer,
            "document": self.document,
            "related": [r.to_json() for r in self.related],
            "fixable": self.fixable,
        }


class Finding(Record):
    """What a check reports.

    ``pointer`` is an RFC 6901 JSON pointer relative to the mapping the check
    received ("" for the mapping itself). With ``on_key`` the diagnostic points
    at the key of that field instead of its value (cross-field conflicts,
    unknown and duplicate keys). ``related`` lists pointers of the other
    fields involved. ``fix`` is the replacement text for the whole source text
    of the value at ``pointer`` (a safe fix), or None.
    """

    __slots__ = _fields = __match_args__ = ("pointer", "message", "related", "on_key", "fix")
    pointer: str
    message: str
    related: tuple[str, ...]
    on_key: bool
    fix: str | None

    def __init__(self, pointer: str, message: str, related: tuple[str, ...] = (), on_key: bool = False,
                 fix: str | None = None) -> None:
        _set(self, "pointer", pointer)
        _set(self, "message", message)
        _set(self, "related", related)
        _set(self, "on_key", on_key)
        _set(self, "fix", fix)


class SourceView(Protocol):
    """What a check may learn about the source text of the document."""

    def value_text(self, pointer: str) -> str | None:
        """The exact source text of the value at ``pointer`` (absolute pointer), if known."""

    @property
    def fmt(self) -> str:
        """``"yaml"``, ``"json"`` or ``"data"`` (no source text)."""


class Context(Record):
    """What a check may need beyond the mapping itself.

    ``kind`` is the name of the body's kind (see :mod:`tjlint.kinds`);
    ``prefix`` is the pointer of the checked mapping inside the document
    ("" for a configuration body, "/config" inside a v1 job body); use
    :meth:`value_text` with a relative pointer to see how a value was written.
    ``facts`` holds what several checks derive from the same mapping, worked out
    once (see :func:`shared`); it is not compared.
    """

    __slots__ = ("catalog", "facts", "kind", "prefix", "source")
    _fields = __match_args__ = ("kind", "prefix", "source", "catalog")
    kind: str
    prefix: str
    source: SourceView | None
    catalog: Catalog | None
    facts: dict[tuple[str, int], tuple[Any, Any]]

    def __init__(self, kind: str = "config", prefix: str = "", source: SourceView | None = None,
                 catalog: Catalog | None = None, facts: dict[tuple[str, int], tuple[Any, Any]] | None = None,
                 ) -> None:
        _set(self, "kind", kind)
        _set(self, "prefix", prefix)
        _set(self, "source", source)
        _set(self, "catalog", catalog)
        _set(self, "facts", {} if facts is None else facts)

    def value_text(self, pointer: str) -> str | None:
        """Source text of the value at ``pointer`` (relative to the checked mapping)."""
        if self.source is None:
            return None
        return self.source.value_text(self.prefix + pointer)


T = TypeVar("T")


def shared(ctx: Context, data: Any, name: str, compute: Callable[[Any], T]) -> T:
    """``compute(data)``, worked out once for the checks of one document that ask for ``name``."""
    key = (name, id(data))
    found = ctx.facts.get(key)
    if found is None or found[0] is not data:  # the mapping itself is kept, so its id is not reused
        found = ctx.facts[key] = (data, compute(data))
    return found[1]


def escape(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901): ``~`` -> ``~0``, ``/`` -> ``~1``."""
    if "~" in token or "/" in token:
        return token.replace("~", "~0").replace("/", "~1")
    return token


def unescape(token: str) -> str:
    """The reference token an escaped one stands for (the inverse of :func:`escape`)."""
    if "~" in token:
        return token.replace("~1", "/").replace("~0", "~")
    return token


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from tokens: ``pointer("parameter", 2, "label")``."""
    out = ""
    for token in tokens:  # a loop, not a join over a generator: rules build many short pointers
        text = str(token)
        out += "/" + (escape(text) if "~" in text or "/" in text else text)
    return out


def tokens(ptr: str) -> list[str]:
    """The reference tokens of a JSON pointer, unescaped (``"/a~1b/0"`` -> ``["a/b", "0"]``)."""
    return [unescape(t) for t in ptr.split("/")[1:]]


def resolve(document: Any, ptr: str) -> Any:
    """The value at ``ptr`` inside ``document``, or None when a step is missing."""
    node = document
    for token in tokens(ptr):
        if isinstance(node, Mapping):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


if not TYPE_CHECKING:
    del Span, NO_SPAN, Related, Edit, Diagnostic  # they are made on first use: see __getattr__

    #: What :func:`__getattr__` makes.
    _REPORTED = frozenset({"Span", "NO_SPAN", "FILE_SPAN", "Related", "Edit", "Diagnostic"})

    def __getattr__(name: str) -> Any:
        """``Span``, ``Related``, ``Edit``, ``Diagnostic`` and the two spans, made on first use."""
        if name not in _REPORTED:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        with _MAKING:
            if _LATER:
                _make_dataclasses()
        return globals()[name]

    def _make_dataclasses() -> None:
        """Make each noted class a dataclass, in the order written, and the spans after Span."""
        from dataclasses import dataclass as make  # what a run reports loads with its first report

        made: dict[str, Any] = {}
        for cls, options in _LATER:
            if cls.__name__ == "Related":  # its span's default is NO_SPAN, made with Span
                cls.span = made["NO_SPAN"]
            made[cls.__name__] = make(**options)(cls)
            if cls.__name__ == "Span":
                made["NO_SPAN"], made["FILE_SPAN"] = made["Span"](0, 0, 0, 0), made["Span"](1, 1, 1, 1, 0, 0)
        globals().update(made)
        _LATER.clear()

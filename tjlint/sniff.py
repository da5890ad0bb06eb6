"""Does a file's content look like a ModelArts request body? A cheap, safe check.

A walk meets many YAML and JSON files that are not request bodies
(Kubernetes manifests, workflows, compose files, package.json, ...), so the
check must cost little and never pick those up. A document looks like a body
when its top-level keys pass the content check of some kind in
:data:`tjlint.kinds.KINDS`:

- ``job_name`` and ``config`` (a v1 training job), or
- at least two of the configuration fields (``config_name``, ``spec_id``,
  ``data_url``, ...: the properties of the bundled configuration schema), or
- ``metadata`` and ``algorithm``, or ``metadata`` and a ``spec`` holding
  ``resource`` (a v2 training job), unless it has ``apiVersion``: Kubernetes
  manifests have ``metadata`` and ``spec`` too.

Only the first 64 KiB are read. Block YAML is judged by the lines that start
at the first column (one regular expression, no parsing); JSON by its
top-level members, each read with the C JSON scanner, so a text cut at 64 KiB
still gives the keys before the cut; other flow YAML by its tokens alone.
Nothing is constructed or executed, aliases are never expanded, and a FIFO or
device is never read.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from tjlint.kinds import KINDS

#: How much of a file the content check reads.
HEAD_SIZE = 64 * 1024
_BOM = b"\xef\xbb\xbf"
# A line that starts at the first column (the lookahead first: most lines are indented): a
# document marker (group 1), a top-level key (group 3), or anything else.
_TOP_LINE = re.compile(
    rb"""\n(?=[^ \t\r\n#])(?:(---|\.\.\.)(?=[ \t\r\n])|(["']?)([A-Za-z_][\w.-]*)\2[ \t]*:(?=[ \t\r\n])|)""")
_INDENT = re.compile(rb"^([ \t]+)[^ \t\r\n#]", re.MULTILINE)
_BLANKS = re.compile(rb"[ \t\r\n]*")
_SPACE = re.compile(r"[ \t\r\n]*")
_JSON = json.JSONDecoder()
_CUT = object()  # a JSON value that could not be read to its end


def read_head(path: str | os.PathLike[str]) -> bytes | None:
    """The first 64 KiB of a regular file (None: not a regular file, or unreadable).

    Opened without blocking, then checked: a FIFO or device is never read.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return None
        return os.read(handle, HEAD_SIZE)
    except OSError:
        return None
    finally:
        os.close(handle)


def looks_like_body(data: bytes | str) -> bool:
    """Whether a document of ``data`` (the head of a file: only 64 KiB count) looks like a request body."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    raw = raw[:HEAD_SIZE]
    cut = len(raw) == HEAD_SIZE
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    start = -1 if raw[:1].isalpha() else _flow_start(raw)  # most YAML starts with a key
    if start < 0:
        return _block_is_body(raw)
    text = raw.decode("utf-8", "replace")
    found = None if cut else _whole_json(text)  # one C call for a file read to its end
    if found is None:
        found = _json_keys(text, len(raw[:start].decode("utf-8", "replace")), cut)
    documents = [found] if found is not None else _scan_flow(raw)
    return any(_is_body(top, spec.copy) for top, spec in documents)


def _flow_start(raw: bytes) -> int:
    """Where the ``{`` of a flow mapping is, when only blanks and comments come before it (-1: none)."""
    at = _blanks(raw, 0)
    while raw.startswith((b"#", b"%", b"---"), at):
        end = raw.find(b"\n", at)
        end = len(raw) if end < 0 else end
        if raw.startswith(b"---", at) and raw[at + 3:end].strip():  # --- {a: 1}
            at = _blanks(raw, at + 3)
            break
        at = _blanks(raw, end)
    return at if raw.startswith(b"{", at) else -1


def _blanks(raw: bytes, at: int) -> int:
    match = _BLANKS.match(raw, at)
    return at if match is None else match.end()


def _is_body(top: set[str], spec: Callable[[], Iterable[str]]) -> bool:
    """The content check of the kinds; ``spec()`` (the keys of ``spec``) is asked for only when it decides."""
    return KINDS.looks_like_body(top, lambda: set(spec()))


def _block_is_body(raw: bytes) -> bool:
    """Block YAML: the keys of each document are on the lines that start at the first column."""
    text = b"\n" + raw + b"\n"
    top: set[str] = set()
    spec_at = -1
    for line in _TOP_LINE.finditer(text):
        marker, _, key = line.groups()
        if marker:  # --- or ...: the next document starts
            if _is_body(top, _SpecKeys(text, spec_at)):
                return True
            top, spec_at = set(), -1
        elif key:
            top.add(key.decode("ascii"))
            if key == b"spec":
                spec_at = line.end()
    return _is_body(top, _SpecKeys(text, spec_at))


class _SpecKeys:
    """The keys of the block (or one-line flow) mapping whose key ends at ``start``, when asked."""

    def __init__(self, text: bytes, start: int) -> None:
        self.text, self.start = text, start

    def __call__(self) -> set[str]:
        text, start = self.text, self.start
        if start < 0:
            return set()
        line_end = text.find(b"\n", start)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[start:line_end].split(b"#", 1)[0].strip()
        if rest.startswith(b"{"):
            return {m.decode("ascii") for m in re.findall(rb"[{,]\s*[\"']?([A-Za-z_][\w.-]*)[\"']?\s*:", rest)}
        following = _TOP_LINE.search(text, line_end)  # the next line at the first column
        block = text[line_end + 1 : following.start() if following else len(text)]
        indent = _INDENT.search(block)
        if indent is None:
            return set()
        child = re.compile(rb"^" + re.escape(indent.group(1)) + rb"[\"']?([A-Za-z_][\w.-]*)[\"']?[ \t]*:", re.M)
        return {m.decode("ascii") for m in child.findall(block)}


def _space(text: str, at: int) -> int:
    match = _SPACE.match(text, at)
    return at if match is None else match.end()


def _members(text: str, at: int) -> Iterator[tuple[str, Any, int]]:
    """``(key, value, where the value starts)`` of the JSON object at ``text[at]``, one at a time.

    Each value is read by the C scanner. A value that does not read to its end
    comes back as ``_CUT`` and ends the members: the text was cut, or is not JSON.
    """
    at = _space(text, at + 1)
    while text.startswith('"', at):
        try:
            key, at = _JSON.raw_decode(text, at)
        except ValueError:
            return
        at = _space(text, at)
        if not text.startswith(":", at):
            return
        start = _space(text, at + 1)
        try:
            value, at = _JSON.raw_decode(text, start)
        except (ValueError, RecursionError):
            yield key, _CUT, start
            return
        yield key, value, start
        at = _space(text, at)
        if not text.startswith(",", at):
            return
        at = _space(text, at + 1)


def _whole_json(text: str) -> tuple[set[str], set[str]] | None:
    """Top-level and ``spec`` keys of a whole JSON object (None: not one)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    spec = data.get("spec")
    return set(data), set(spec) if isinstance(spec, dict) else set()


def _json_keys(text: str, at: int, cut: bool) -> tuple[set[str], set[str]] | None:
    """Top-level and ``spec`` keys of the JSON object at ``text[at]`` (None: it is not JSON)."""
    top: set[str] = set()
    spec: set[str] = set()
    for key, value, start in _members(text, at):
        top.add(key)
        if value is _CUT and not cut:
            return None  # a plain value: flow YAML rather than JSON
        if key == "spec" and isinstance(value, dict):
            spec = set(value)
        elif key == "spec" and value is _CUT and text.startswith("{", start):
            spec = {k for k, _, _ in _members(text, start)}
    if not top and not text.startswith("}", _space(text, at + 1)):
        return None  # {a: 1}: a plain key, flow YAML
    return top, spec


# One token of flow YAML or JSON: a quoted scalar (maybe cut), a comment, punctuation, a plain scalar.
_FLOW_TOKEN = re.compile(rb"""
    "(?:[^"\\]|\\.)*"?
  | '(?:[^']|'')*'?
  | (?<![^\s,\[\]{}])\#[^\n]*
  | [{}\[\],:]
  | [^\s{}\[\],:"'\#](?:[^\s{}\[\],:]|:(?![\s,\]}])|[ \t]+(?=[^\s{}\[\],:\#]))*
""", re.VERBOSE)


def _scan_flow(raw: bytes) -> list[tuple[set[str], set[str]]]:
    """Keys found by tokens alone: for a text cut at 64 KiB, or flow YAML that is not JSON."""
    documents: list[tuple[set[str], set[str]]] = []
    stack: list[tuple[bool, bool]] = []  # (is a mapping, is the value of the top-level 'spec')
    scalar, key = "", ""
    for match in _FLOW_TOKEN.finditer(raw):
        token = match.group()
        first = token[:1]
        if first in (b"{", b"["):
            if not stack:
                documents.append((set(), set()))
            is_spec = len(stack) == 1 and key == "spec" and first == b"{"
            stack.append((first == b"{", is_spec))
            scalar = key = ""
        elif first in (b"}", b"]"):
            if stack:
                stack.pop()
            scalar = key = ""
        elif first == b":" and stack and stack[-1][0]:
            key = scalar
            if len(stack) == 1:
                documents[-1][0].add(key)
            elif stack[-1][1]:
                documents[-1][1].add(key)
        elif first == b",":
            scalar = key = ""
        elif first != b"#":
            scalar = token.strip(b"\"'").decode("utf-8", "replace")
    return documents

"""Does a file's content look like a ModelArts request body? A cheap, safe check.

A walk meets many YAML and JSON files that are not request bodies
(Kubernetes manifests, workflows, compose files, package.json, ...), so the
check must cost little and never pick those up. A document looks like a body
when its top level is a mapping with:

- ``job_name`` and ``config`` (a v1 training job), or
- at least two of the configuration fields (``config_name``, ``spec_id``,
  ``data_url``, ...: the properties of the bundled configuration schema), or
- ``metadata`` and ``algorithm``, or ``metadata`` and a ``spec`` holding
  ``resource`` (a v2 training job), unless it has ``apiVersion``: Kubernetes
  manifests have ``metadata`` and ``spec`` too.

Only the first 64 KiB are read. Block YAML is judged by the keys that start a
line (one regular expression, no parsing); a flow or JSON document by
``json.loads`` or, when that fails or the file was cut at 64 KiB, by its
tokens alone. Nothing is constructed or executed, aliases are never
expanded, and a FIFO or device is never read.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files

#: How much of a file the content check reads.
HEAD_SIZE = 64 * 1024
#: Known configuration fields the schema may not list yet (the API accepts them).
EXTRA_FIELDS = ("flavor", "pool_id", "volumes", "nas_type", "nas_share_addr", "nas_mount_path")
_BOM = b"\xef\xbb\xbf"
# A key at the start of a line (a top-level key of block YAML), or a document marker.
_BLOCK_KEY = re.compile(
    rb"""^(?:(---|\.\.\.)(?=[ \t\r\n]|\Z)|(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2[ \t]*:(?=[ \t\r\n]|\Z))""",
    re.MULTILINE,
)
_BLANKS = re.compile(rb"[ \t\r\n]*")
_NEXT_TOP = re.compile(rb"^[^ \t\r\n#]", re.MULTILINE)
_INDENT = re.compile(rb"^([ \t]+)[^ \t\r\n#]", re.MULTILINE)


@lru_cache(maxsize=1)
def config_fields() -> frozenset[str]:
    """The configuration fields: the bundled schema's properties plus :data:`EXTRA_FIELDS`."""
    text = (files("tjlint") / "schemas" / "training-job-config.schema.json").read_text("utf-8")
    return frozenset(json.loads(text).get("properties", {})) | frozenset(EXTRA_FIELDS)


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
    """Whether any document of ``data`` (the head of a file) looks like a request body."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    raw = raw[:HEAD_SIZE]
    cut = len(raw) == HEAD_SIZE
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    if _opens_flow_mapping(raw):
        return any(_is_body(top, spec) for top, spec in _flow_documents(raw, cut))
    return any(_is_body(top, spec) for top, spec in _block_documents(raw))


def _opens_flow_mapping(raw: bytes) -> bool:
    """Whether the first thing that is not blank, a comment, a directive or ``---`` is ``{``."""
    at = _BLANKS.match(raw).end()  # type: ignore[union-attr]  # matches the empty string at worst
    while raw.startswith((b"#", b"%", b"---"), at):
        end = raw.find(b"\n", at)
        end = len(raw) if end < 0 else end
        if raw.startswith(b"---", at) and raw[at + 3:end].strip():  # --- {a: 1}
            return raw[at + 3:end].lstrip().startswith(b"{")
        at = _BLANKS.match(raw, end).end()  # type: ignore[union-attr]
    return raw.startswith(b"{", at)


def _is_body(top: set[str], spec: Iterable[str]) -> bool:
    if "job_name" in top and "config" in top:
        return True
    if len(top & config_fields()) >= 2:
        return True
    if "metadata" not in top or "apiVersion" in top:
        return False
    return "algorithm" in top or ("spec" in top and "resource" in spec)


def _block_documents(raw: bytes) -> Iterator[tuple[set[str], Iterable[str]]]:
    """Top-level keys of each block YAML document, and the keys of its ``spec`` mapping."""
    top: set[str] = set()
    spec_at = -1
    for match in _BLOCK_KEY.finditer(raw):
        if match.group(1):  # --- or ...: a new document
            yield top, _spec_keys(raw, spec_at)
            top, spec_at = set(), -1
            continue
        key = match.group(3).decode("ascii")
        top.add(key)
        if key == "spec":
            spec_at = match.end()
    yield top, _spec_keys(raw, spec_at)


def _spec_keys(raw: bytes, start: int) -> Iterable[str]:
    """The keys of the block (or one-line flow) mapping that starts at ``start``."""
    if start < 0:
        return ()
    line_end = raw.find(b"\n", start)
    line_end = len(raw) if line_end < 0 else line_end
    rest_of_line = raw[start:line_end].split(b"#", 1)[0].strip()
    if rest_of_line.startswith(b"{"):
        return {m.decode("ascii") for m in re.findall(rb"[{,]\s*[\"']?([A-Za-z_][\w.-]*)[\"']?\s*:", rest_of_line)}
    following = _NEXT_TOP.search(raw, line_end + 1)
    block = raw[line_end + 1 : following.start() if following else len(raw)]
    indent = _INDENT.search(block)
    if indent is None:
        return ()
    child = re.compile(rb"^" + re.escape(indent.group(1)) + rb"[\"']?([A-Za-z_][\w.-]*)[\"']?[ \t]*:", re.MULTILINE)
    return {m.decode("ascii") for m in child.findall(block)}


def _flow_documents(raw: bytes, cut: bool) -> list[tuple[set[str], set[str]]]:
    """Top-level and ``spec`` keys of each flow (JSON-like) document."""
    if not cut:
        try:
            data = json.loads(raw.decode("utf-8", "replace"))
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict):
            spec = data.get("spec")
            return [(set(data), set(spec) if isinstance(spec, dict) else set())]
    return _scan_flow(raw)


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

"""Reading: text or a file -> a :class:`~tjlint.read.source.SourceFile` of documents, positions and problems.

The only place positions are made. YAML is read event by event (libyaml's C
parser when present, PyYAML's pure Python parser otherwise; both give the
same events and marks), and values are built iteratively, so no input can
exhaust the stack. JSON is read by a small iterative parser with JSON
semantics (see :mod:`tjlint.read.jsonreader`). Both read a clean file for its
values first, and record where each value was written only when a diagnostic
asks (see :mod:`tjlint.read.yamlreader`). Reading problems become TJ0xx
problems, never exceptions.
"""

from __future__ import annotations

import os
import stat

from tjlint.codes import INPUT_TOO_LARGE, UNREADABLE_FILE
from tjlint.read.source import Problem, SourceFile, file_problem
from tjlint.settings import Limits

__all__ = ["decode", "detect_format", "read_file", "read_file_bytes", "read_source", "source_of"]


def decode(raw: bytes) -> tuple[str, bool] | Problem:
    """UTF-8 text (BOM removed) and whether there was a BOM, or a TJ001 problem."""
    if b"\x00" in raw:
        where = raw.index(b"\x00")
        hint = " (is it UTF-16 or a binary file?)" if where < 4 else ""
        return file_problem(UNREADABLE_FILE, f"the file holds a NUL byte at byte {where}{hint}; save it as UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return file_problem(
            UNREADABLE_FILE,
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} at byte {exc.start}); save it as UTF-8",
        )
    if text.startswith("\ufeff"):
        return text[1:], True
    return text, False


def detect_format(path: str, text: str) -> str:
    """``json`` or ``yaml``: by extension, else by a look at the first character."""
    lower = path.lower()
    if lower.endswith(".json"):
        return "json"
    if lower.endswith((".yaml", ".yml")):
        return "yaml"
    return "json" if text.lstrip(" \t\r\n")[:1] in ("{", "[") else "yaml"


def read_source(
    data: str | bytes,
    path: str = "<stdin>",
    *,
    fmt: str | None = None,
    limits: Limits | None = None,
    pure_yaml: bool = False,
) -> SourceFile:
    """Read a whole file into documents, recording positions and reading problems."""
    limits = limits or Limits()
    if len(data) > limits.max_file_size:
        size = len(data)
        return SourceFile(path, "", fmt or "yaml", problems=[file_problem(
            INPUT_TOO_LARGE,
            f"the file is {size:,} {'bytes' if isinstance(data, bytes) else 'characters'}, more than the "
            f"max-file-size limit of {limits.max_file_size:,}; raise 'limits.max-file-size' if it is real",
        )])
    if isinstance(data, bytes):
        decoded = decode(data)
        if isinstance(decoded, Problem):
            return SourceFile(path, "", fmt or "yaml", problems=[decoded])
        text, has_bom = decoded
    else:
        text, has_bom = (data[1:], True) if data.startswith("\ufeff") else (data, False)
        if "\x00" in text:
            return SourceFile(path, "", fmt or "yaml", problems=[file_problem(
                UNREADABLE_FILE, "the text holds a NUL character; save it as UTF-8 text")])
    fmt = fmt or detect_format(path, text)
    source = SourceFile(path, text, fmt, has_bom)
    if fmt == "json":
        from tjlint.read.jsonreader import read_json  # each reader loads for the first file of its format

        read_json(source, limits)
    else:
        from tjlint.read.yamlreader import read_yaml  # each reader loads for the first file of its format

        read_yaml(source, limits, pure=pure_yaml)
    return source


def read_file_bytes(path: str | os.PathLike[str], max_size: int) -> bytes | Problem:
    """The bytes of a regular file, or the reason it cannot be linted (never blocks on a FIFO)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return file_problem(UNREADABLE_FILE, "this is not a regular file")
        if info.st_size > max_size:
            return file_problem(
                INPUT_TOO_LARGE,
                f"the file is {info.st_size:,} bytes, more than the max-file-size limit of {max_size:,}",
            )
        with open(path, "rb") as handle:
            # By the size it has (a buffer of max_size per file costs more than the reading); if it
            # grew since, read on to just past the limit, which the reader then refuses.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(max(0, max_size + 1 - len(data)))
            return data
    except OSError as exc:
        return file_problem(UNREADABLE_FILE, f"the file cannot be read: {exc.strerror or exc}")


def read_file(path: str | os.PathLike[str], shown: str, limits: Limits) -> SourceFile:
    """Read one file on disk into a :class:`SourceFile` (problems included, never raises)."""
    return source_of(read_file_bytes(path, limits.max_file_size), shown, limits)


def source_of(raw: bytes | Problem, shown: str, limits: Limits) -> SourceFile:
    """What :func:`read_file_bytes` gave, read into a :class:`SourceFile` (the problem, if it gave one)."""
    if isinstance(raw, Problem):
        return SourceFile(shown, "", "yaml", problems=[raw])
    return read_source(raw, shown, limits=limits)

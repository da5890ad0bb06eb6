"""Safe fixes: apply the edits diagnostics carry, check the result, repeat.

A fix replaces the characters of one value and nothing else, so comments,
quoting style, indentation, ``\\r\\n`` line breaks and a BOM stay as they
were. A fixed text is kept only if it still reads without new problems and
has no diagnostic the text before it did not have; otherwise each fix of
that pass is tried on its own and only those that pass the check are kept.
Nothing here prints or exits.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tjlint.codes import UNREAD
from tjlint.engine import Linter
from tjlint.model import Diagnostic, Edit
from tjlint.read import read_source
from tjlint.read.source import SourceFile

if TYPE_CHECKING:
    pass

#: At most this many rounds of fixing; every built-in fix settles in one or two.
MAX_PASSES = 4

Key = tuple[str, str, int]

__all__ = ["FixResult", "apply_edits", "edits_are_safe", "fix_source", "select_edits", "unified_diff",
           "write_atomic"]


@dataclass(frozen=True)
class FixResult:
    """The outcome of fixing one file.

    ``text`` is the fixed text (with the BOM if the file had one);
    ``original`` the text before (likewise); ``diagnostics`` what remains,
    with positions in ``text``; ``fixed`` how many diagnostics went away.
    """

    original: str
    text: str
    diagnostics: list[Diagnostic]
    fixed: int

    @property
    def changed(self) -> bool:
        return self.text != self.original


def _overlaps(a: Edit, b: Edit) -> bool:
    a0, a1, b0, b1 = a.span.offset, a.span.end_offset, b.span.offset, b.span.end_offset
    if a0 == a1 or b0 == b1:  # an insertion conflicts with anything at or around its point
        return a0 <= b1 and b0 <= a1
    return a0 < b1 and b0 < a1


def select_edits(edits: Iterable[Edit]) -> list[Edit]:
    """The edits that can be applied together, in the given order of preference.

    Edits without an offset are skipped, repeats of an edit already chosen are
    dropped, and an edit that overlaps a chosen one is left for a later pass.
    """
    chosen: list[Edit] = []
    for edit in edits:
        span = edit.span
        if span.offset < 0 or span.end_offset < span.offset:
            continue
        if not any(_overlaps(edit, other) for other in chosen):
            chosen.append(edit)
    return chosen


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with the non-overlapping ``edits`` applied (offsets index ``text``).

    Overlapping edits: the first one wins and the rest are dropped (a later
    pass, after a re-lint, may offer them again).
    """
    for edit in sorted(select_edits(edits), key=lambda e: e.span.offset, reverse=True):
        start, end = edit.span.offset, edit.span.end_offset
        text = text[:start] + edit.replacement + text[end:]
    return text


def _keys(source: SourceFile, diagnostics: Sequence[Diagnostic]) -> Counter[Key]:
    """What a text has wrong: its diagnostics and its reading problems (even ignored ones)."""
    found = Counter((d.code, d.pointer, d.document) for d in diagnostics)
    found.update((p.code, p.pointer, p.document) for p in source.problems)
    found[("documents", "", len(source.documents))] += 1
    return found


def _with_bom(source: SourceFile, text: str) -> str:
    return "\ufeff" + text if source.has_bom else text


def _relint(text: str, current: SourceFile, linter: Linter) -> tuple[SourceFile, list[Diagnostic]]:
    new_source = read_source(text, current.path, fmt=current.fmt, limits=linter.settings.limits)
    new_source.has_bom = current.has_bom
    return new_source, linter.lint_source(new_source)


def _one_by_one(current: SourceFile, diagnostics: list[Diagnostic], edits: Sequence[Edit],
                linter: Linter) -> tuple[SourceFile, list[Diagnostic]] | None:
    """A pass whose edits together read worse: keep each edit that alone does not (None: none)."""
    before = _keys(current, diagnostics)
    kept: list[Edit] = []
    best = None
    for edit in select_edits(edits):
        trial = _relint(apply_edits(current.text, [*kept, edit]), current, linter)
        if not _keys(*trial) - before:
            kept.append(edit)
            best = trial
    return best


def edits_are_safe(source: SourceFile, diagnostics: Sequence[Diagnostic], edits: Sequence[Edit],
                   linter: Linter) -> bool:
    """Whether ``edits`` applied together leave the text reading no worse: the check a fix passes."""
    return not _keys(*_relint(apply_edits(source.text, edits), source, linter)) - _keys(source, diagnostics)


def fix_source(source: SourceFile, linter: Linter) -> FixResult:
    """Apply every safe fix to a file already read, re-linting after each pass.

    A file with a syntax error (or one not read to the end, :data:`UNREAD`) is left as it is.
    A fix that would make the text read worse is left out; the others still apply.
    """
    diagnostics = linter.lint_source(source)
    first, current = diagnostics, source
    passes = 0 if any(p.code in UNREAD for p in source.problems) else MAX_PASSES
    for _ in range(passes):
        edits = [edit for d in diagnostics for edit in d.fix]
        new_text = apply_edits(current.text, edits)
        if not edits or new_text == current.text:
            break
        new_source, new_diagnostics = _relint(new_text, current, linter)
        if _keys(new_source, new_diagnostics) - _keys(current, diagnostics):
            safer = _one_by_one(current, diagnostics, edits, linter)
            if safer is None:
                break  # every fix reads worse: keep the last safe text
            new_source, new_diagnostics = safer
        current, diagnostics = new_source, new_diagnostics
    gone = _keys(source, first) - _keys(current, diagnostics)
    return FixResult(_with_bom(source, source.text), _with_bom(current, current.text), diagnostics,
                     sum(n for key, n in gone.items() if key[0] != "documents"))


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``, the one way tjlint writes a file (``--fix``, ``--output``).

    A regular file, or a link to one, is replaced atomically: the text goes to
    a temporary file in the target's folder, is flushed to disk, then renamed
    over it, so an interrupted run never leaves half a file; an existing file
    keeps its mode (a new one gets 0666 less the umask) and a link stays a link.
    A FIFO, a device, or a path under ``/dev/`` or ``/proc/`` (``/dev/stdout``)
    is written in place, never replaced.
    """
    data = text.encode("utf-8", errors="backslashreplace")
    name = os.fspath(path)
    try:
        info: os.stat_result | None = os.stat(name)
    except FileNotFoundError:
        info = None
    if (info is not None and not stat.S_ISREG(info.st_mode)) or _special(name):
        with open(name, "ab") as stream:  # append: 'tjlint -o /dev/stdout >> log' keeps the log
            stream.write(data)
        return
    target = os.path.realpath(name)
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".tjlint-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _special(path: str) -> bool:
    """Paths that name a stream or the kernel's view of one, never a file to replace."""
    return os.path.abspath(path).startswith(("/dev/", "/proc/")) and os.name == "posix"


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _lines(text: str) -> list[str]:
    """Lines split at ``\\n`` only, ends kept (``\\r`` stays part of its line)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def unified_diff(before: str, after: str, path: str) -> str:
    """A unified diff (``--- a/PATH``, ``+++ b/PATH``) of one file's fixes; "" if none."""
    out = []
    for line in difflib.unified_diff(_lines(before), _lines(after), f"a/{path}", f"b/{path}"):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)

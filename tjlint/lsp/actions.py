"""Code actions: the safe fix of a finding, every safe fix at once, and a suppression comment.

A quick fix applies exactly the edits ``--fix`` would apply for that finding,
and only when ``--fix`` would (the file was read to the end, and the edits
leave it reading no worse). "Fix all" is ``--fix`` itself on the editor's
text. "Disable for this line" writes a ``# tjlint: disable=CODE`` comment
(YAML has comments, JSON has none) and is offered only when the text with
the comment lints without that finding and without a new one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tjlint.codes import UNREAD, UNUSED_SUPPRESSION
from tjlint.fix import edits_are_safe, fix_source, select_edits
from tjlint.lsp.analysis import Analysis
from tjlint.model import Diagnostic
from tjlint.read import read_source

QUICKFIX = "quickfix"
FIX_ALL = "source.fixAll.tjlint"
#: Findings in one request that get a suppression action (each costs one lint to check).
MAX_SUPPRESSIONS = 20
_DISABLE = re.compile(r"#[ \t]*tjlint[ \t]*:[ \t]*disable[ \t]*=[ \t]*[A-Za-z0-9]+(?:[ \t]*,[ \t]*[A-Za-z0-9]+)*")
#: Codes a comment cannot suppress (the file was not read in full), and the suppression check itself.
_NOT_SUPPRESSIBLE = UNREAD | {UNUSED_SUPPRESSION}


@dataclass(frozen=True)
class TextChange:
    """Replace the characters ``start:end`` of the document with ``text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Action:
    """A code action before it is put into the protocol's terms."""

    title: str
    kind: str
    changes: tuple[TextChange, ...]
    diagnostic: Diagnostic | None = None
    preferred: bool = False


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether an action of ``kind`` matches the client's ``only`` filter (kinds are hierarchical)."""
    return only is None or any(kind == o or kind.startswith(o + ".") for o in only)


def _fixable(analysis: Analysis) -> bool:
    source = analysis.source
    return source is not None and analysis.setup.linter is not None and not any(
        p.code in UNREAD for p in source.problems)


def quick_fix(analysis: Analysis, diagnostic: Diagnostic) -> Action | None:
    """The safe fix of one finding, if ``--fix`` would apply it to the text as it is.

    ``--fix`` applies the edits of all findings in order, an edit that overlaps
    an earlier one waiting for the next pass: such an edit is not offered yet
    (after the earlier fix, the finding is linted again and may offer another).
    """
    if not diagnostic.fix or not _fixable(analysis):
        return None
    assert analysis.source is not None and analysis.setup.linter is not None
    first_pass = select_edits(e for d in analysis.diagnostics for e in d.fix)
    if not all(edit in first_pass for edit in diagnostic.fix):
        return None
    if not edits_are_safe(analysis.source, analysis.diagnostics, diagnostic.fix, analysis.setup.linter):
        return None
    changes = tuple(TextChange(*analysis.edit_span(e), e.replacement) for e in diagnostic.fix)
    return Action(f"Fix {diagnostic.code}: {diagnostic.message}", QUICKFIX, changes, diagnostic, True)


def fix_all(analysis: Analysis) -> Action | None:
    """Every safe fix, as ``tjlint --fix`` makes them (None when there is nothing to fix)."""
    if not any(d.fix for d in analysis.diagnostics) or not _fixable(analysis):
        return None
    assert analysis.source is not None and analysis.setup.linter is not None
    result = fix_source(analysis.source, analysis.setup.linter)
    if not result.changed:
        return None
    return Action("Fix all tjlint problems that have a safe fix", FIX_ALL, (_one_change(analysis.text, result.text),))


def _one_change(before: str, after: str) -> TextChange:
    """The smallest single replacement that turns ``before`` into ``after``."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return TextChange(start, len(before) - end, after[start : len(after) - end])


def _line_bounds(analysis: Analysis, diagnostic: Diagnostic) -> tuple[int, int]:
    """Start and end (before the line break) of the line where a finding starts."""
    offset = analysis.offset(diagnostic.line, diagnostic.column)
    line, _ = analysis.index.position(offset, "utf-32")
    return analysis.index.starts[line], analysis.index.line_end(line)


def _comment_changes(analysis: Analysis, diagnostic: Diagnostic) -> Iterable[TextChange]:
    """Ways to write the comment, best first: at the end of the line, then on a line above it."""
    start, end = _line_bounds(analysis, diagnostic)
    line = analysis.text[start:end]
    existing = _DISABLE.search(line)
    if existing is not None:
        yield TextChange(start + existing.end(), start + existing.end(), f",{diagnostic.code}")
        return
    content = len(line.rstrip(" \t"))
    yield TextChange(start + content, start + content, f"  # tjlint: disable={diagnostic.code}")
    indent = line[: len(line) - len(line.lstrip(" "))]
    newline = analysis.text[end : end + 2] if analysis.text.startswith("\r\n", end) else (
        analysis.text[end : end + 1] or "\n")
    yield TextChange(start, start, f"{indent}# tjlint: disable={diagnostic.code}{newline}")


def _apply(text: str, change: TextChange) -> str:
    return text[: change.start] + change.text + text[change.end :]


def _key(d: Diagnostic) -> tuple[str, str, int]:
    return d.code, d.pointer, d.document


def _suppresses(analysis: Analysis, diagnostic: Diagnostic, change: TextChange) -> bool:
    """Whether the text with ``change`` lints without ``diagnostic`` and without anything new."""
    linter = analysis.setup.linter
    assert linter is not None
    text = _apply(analysis.text, change)
    after = linter.lint_source(read_source(text, analysis.path, limits=linter.settings.limits))
    before_keys = Counter(_key(d) for d in analysis.diagnostics)
    after_keys = Counter(_key(d) for d in after)
    return not after_keys - before_keys and after_keys[_key(diagnostic)] < before_keys[_key(diagnostic)]


def disable_for_line(analysis: Analysis, diagnostic: Diagnostic) -> Action | None:
    """A ``# tjlint: disable=CODE`` comment for the finding's line (YAML only), if tjlint honours it."""
    source = analysis.source
    if source is None or source.fmt != "yaml" or analysis.setup.linter is None:
        return None
    if diagnostic.code in _NOT_SUPPRESSIBLE:
        return None
    for change in _comment_changes(analysis, diagnostic):
        if _suppresses(analysis, diagnostic, change):
            title = f"Disable {diagnostic.code} for this line"
            return Action(title, QUICKFIX, (change,), diagnostic)
    return None


def actions_for(analysis: Analysis, diagnostics: Sequence[Diagnostic], only: Sequence[str] | None) -> list[Action]:
    """The actions for the findings in a range, then "fix all"."""
    found: list[Action] = []
    if wanted(QUICKFIX, only):
        for diagnostic in diagnostics[:MAX_SUPPRESSIONS]:
            for make in (quick_fix, disable_for_line):
                action = make(analysis, diagnostic)
                if action is not None:
                    found.append(action)
    if wanted(FIX_ALL, only):
        action = fix_all(analysis)
        if action is not None:
            found.append(action)
    return found

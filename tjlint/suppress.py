"""Per-file filtering: inline suppression comments in YAML, and ``per-file-ignores``.

In YAML files::

    data_url: /bucket/data   # tjlint: disable=TJ402       (this line)
    # tjlint: disable=TJ402,TJ205                           (the next line)
    # tjlint: disable-file=TJ3                              (the whole file)

Codes and prefixes are comma-separated; text after them is free (a reason).
A suppression that suppresses nothing is reported as TJ007 at its code, unless
the code is not selected in this run (then nobody can tell) or is retired
(never reported, so naming it is harmless). TJ001, TJ002 and TJ005 (a file not
read in full) are never suppressed.

Only real comments count: the ``#`` must start the line or follow a space or
tab, and must not lie inside a scalar. Scalars are found with the YAML
scanner, so quoted and block scalars that contain ``# tjlint:`` are content,
not comments. Limit: in a file whose YAML cannot be scanned, everything after
the scanner's error is judged by the first rule alone. JSON has no comments;
``per-file-ignores`` works for every format.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

from tjlint.codes import UNREAD, UNUSED_SUPPRESSION
from tjlint.read.source import SourceFile, new_span
from tjlint.rules.base import RuleSet
from tjlint.settings import Settings

if TYPE_CHECKING:
    from tjlint.model import Diagnostic, Span

#: ``unused(span, message)``: the TJ007 diagnostic of a suppression that hid nothing.
Unused = Callable[["Span", str], "Diagnostic"]
_COMMENT = re.compile(r"#[ \t]*tjlint[ \t]*:[ \t]*")
_DIRECTIVE = re.compile(r"([A-Za-z][A-Za-z_-]*)[ \t]*(=[ \t]*)?")
_CODES = re.compile(r"[A-Za-z0-9]+(?:[ \t]*,[ \t]*[A-Za-z0-9]+)*")
_CODE = re.compile(r"[A-Za-z0-9]+")


class CodeRef:
    """One code or prefix in a suppression comment, where it is written, and whether it was used."""

    __slots__ = ("code", "end", "offset", "target", "used")

    def __init__(self, code: str, offset: int, end: int, target: int | None, used: bool = False) -> None:
        self.code = code
        self.offset = offset
        self.end = end
        self.target = target  # the line it covers; None: the whole file; 0: no line follows
        self.used = used

    def covers(self, diagnostic: Diagnostic) -> bool:
        # A file that was not read in full was not checked: that is never suppressed.
        return (diagnostic.code.startswith(self.code) and self.target in (None, diagnostic.line)
                and diagnostic.code not in UNREAD)


class Comments:
    """The suppression comments of one file, and the malformed ones (as findings)."""

    __slots__ = ("malformed", "refs")

    def __init__(self) -> None:
        self.refs: list[CodeRef] = []
        self.malformed: list[tuple[int, int, str]] = []


def _scalar_spans(source: SourceFile) -> tuple[list[int], list[int]]:
    """Start and end offsets of every scalar the scanner reads, up to a scan error."""
    import yaml  # only a file with suppression comments is scanned

    starts: list[int] = []
    ends: list[int] = []
    try:
        for token in yaml.scan(source.text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(token, yaml.ScalarToken):
                start, end = token.start_mark, token.end_mark
                # The index, not line and column: YAML counts U+2028 and U+0085 as line breaks, tjlint does not.
                starts.append(start.index)
                ends.append(end.index)
    except yaml.YAMLError:
        pass
    return starts, ends


def _is_comment(text: str, offset: int, spans: tuple[list[int], list[int]]) -> bool:
    if offset > 0 and text[offset - 1] not in " \t\r\n\x85\u2028\u2029":
        return False
    index = bisect_right(spans[0], offset) - 1
    return index < 0 or spans[1][index] <= offset


def _next_line(source: SourceFile, line: int) -> int:
    """The first line after ``line`` that is neither blank nor only a comment (0 if none)."""
    starts = source.line_starts()
    for number in range(line + 1, len(starts) + 1):
        end = starts[number] if number < len(starts) else len(source.text)
        stripped = source.text[starts[number - 1] : end].strip()
        if stripped and not stripped.startswith("#"):
            return number
    return 0


def find_comments(source: SourceFile) -> Comments:
    """Every ``# tjlint:`` comment of a YAML file."""
    found = Comments()
    hits = [m for m in _COMMENT.finditer(source.text)]
    if not hits:
        return found
    spans = _scalar_spans(source)
    for hit in hits:
        if _is_comment(source.text, hit.start(), spans):
            _parse(source, hit, found)
    return found


def _parse(source: SourceFile, hit: re.Match[str], found: Comments) -> None:
    text = source.text
    directive = _DIRECTIVE.match(text, hit.end())
    name = directive.group(1).lower() if directive else ""
    codes = _CODES.match(text, directive.end()) if directive and directive.group(2) else None
    if name not in ("disable", "disable-file") or codes is None:
        end = directive.end() if directive else hit.end()
        found.malformed.append((hit.start(), max(end, hit.end()), name))
        return
    line, _ = source.position(hit.start())
    starts = source.line_starts()
    own_line = not text[starts[line - 1] : hit.start()].strip()
    target = None if name == "disable-file" else _next_line(source, line) if own_line else line
    for code in _CODE.finditer(text, codes.start(), codes.end()):
        found.refs.append(CodeRef(code.group().upper(), code.start(), code.end(), target))


def _span(source: SourceFile, start: int, end: int) -> Span:
    """Where a comment's code is written (lines and columns only, as the outputs have always shown it)."""
    return new_span(*source.position(start), *source.position(end))


def _unused_message(ref: CodeRef, known: Collection[str]) -> str:
    if not any(code.startswith(ref.code) for code in known):
        return f"'{ref.code}' is not a tjlint rule code or prefix: correct it or remove it"
    if ref.code in UNREAD:
        return (f"{ref.code} cannot be suppressed: a file that was not read in full was not"
                " checked; repair the file and remove this suppression")
    what = f"no {ref.code} diagnostic"
    if ref.code not in known:
        what = f"no diagnostic starting with {ref.code}"
    if ref.target is None:
        return f"{what} in this file, so this suppression hides nothing: remove it"
    if ref.target == 0:
        return f"this suppression has no line after it to apply to: remove {ref.code}"
    return f"{what} on line {ref.target}, so this suppression hides nothing: remove it"


def _checkable(ref: CodeRef, settings: Settings, rules: RuleSet, ignored: tuple[str, ...]) -> bool:
    """Whether an unused ``ref`` can be told apart from a rule that is simply switched off.

    A code is switched off when this run does not select it, when ``per-file-ignores`` drop
    it for this file, or when it is retired (never reported).
    """
    matching = [code for code in rules.codes if code.startswith(ref.code)]
    if UNUSED_SUPPRESSION in matching and ref.target is None:
        return False  # "disable-file=TJ007" silences the check itself
    # A retired code is never reported, so naming it is harmless: it counts as switched off.
    on = [code for code in matching if code not in rules.retired and settings.is_selected(code)
          and not code.startswith(ignored)]
    return not matching or bool(on)


def apply_suppressions(diagnostics: Iterable[Diagnostic], source: SourceFile, settings: Settings, rules: RuleSet,
                       unused_at: Unused) -> list[Diagnostic]:
    """Drop what the comments of a YAML file suppress; add TJ007 where one hid nothing."""
    comments = find_comments(source)
    if not comments.refs and not comments.malformed:
        return list(diagnostics)
    ignored = settings.ignored_in(source.path) if settings.per_file_ignores else ()
    kept = [d for d in diagnostics if not _suppressed(d, comments.refs)]
    if not settings.is_selected(UNUSED_SUPPRESSION):
        return kept
    unused: list[Diagnostic] = []
    for start, end, name in comments.malformed:
        message = (f"'{name or '?'}' is not a tjlint directive: write"
                   " '# tjlint: disable=CODES' or '# tjlint: disable-file=CODES'")
        unused.append(unused_at(_span(source, start, end), message))
    for ref in comments.refs:
        if ref.used or not _checkable(ref, settings, rules, ignored):
            continue
        unused.append(unused_at(_span(source, ref.offset, ref.end), _unused_message(ref, rules.codes)))
    file_wide = [r for r in comments.refs if r.target is None]
    return kept + [d for d in unused if not _suppressed(d, file_wide)]


def _suppressed(diagnostic: Diagnostic, refs: Iterable[CodeRef]) -> bool:
    hit = False
    for ref in refs:
        if ref.covers(diagnostic):
            ref.used = hit = True
    return hit


def filter_file(diagnostics: list[Diagnostic], source: SourceFile | None, settings: Settings, rules: RuleSet,
                unused: Unused) -> list[Diagnostic]:
    """Apply inline suppressions (YAML) and then ``per-file-ignores`` to one file's diagnostics.

    ``rules`` knows every code the run can report (for TJ007's "not a code");
    ``unused`` makes the TJ007 diagnostic of a suppression that hid nothing.
    """
    if source is not None and source.fmt == "yaml" and "tjlint" in source.text:
        diagnostics = apply_suppressions(diagnostics, source, settings, rules, unused)
    if not settings.per_file_ignores:
        return diagnostics
    path = source.path if source is not None else diagnostics[0].path if diagnostics else ""
    ignored = settings.ignored_in(path) if path else ()
    if not ignored:
        return diagnostics
    return [d for d in diagnostics if d.code in UNREAD or not d.code.startswith(ignored)]

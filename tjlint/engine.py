"""The pipeline of one file: kind -> schema -> rules -> locate -> filter -> sort.

A :class:`Linter` holds what a group of files shares (settings, catalogue,
rule set, kinds) and lints a file already read (:mod:`tjlint.read`). The
library's functions (:mod:`tjlint.api`) and the runner build on it. Nothing
here prints, exits, or touches the network.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING, Any

from tjlint.codes import MAX_PROBLEMS, SCHEMA_CODES, TOO_MANY_PROBLEMS, UNUSED_SUPPRESSION
from tjlint.kinds import KINDS, KindRegistry
from tjlint.model import Context, Finding, replace
from tjlint.read.source import DocumentView, Problem, SourceFile
from tjlint.rules import BUILTIN
from tjlint.rules.base import RuleSet
from tjlint.settings import Settings
from tjlint.suppress import filter_file

if TYPE_CHECKING:  # keeps the catalogue module off the start-up path
    from tjlint.catalog import Catalog
    from tjlint.model import Diagnostic, Edit, Related, Span

#: ``(code, finding, prefix)``: what a check found, before it is located (``prefix`` is the pointer
#: of the mapping the check received, which the finding's pointers are relative to).
Found = tuple[str, Finding, str]


class Linter:
    """Settings, rule set and body kinds: build once, lint many files.

    ``kind`` overrides the settings' kind (None: as the settings say).
    """

    def __init__(self, settings: Settings, catalog: Catalog | None = None, ruleset: RuleSet = BUILTIN,
                 kind: str | None = None, kinds: KindRegistry = KINDS) -> None:
        self.settings = settings
        self.catalog = catalog
        self.ruleset = ruleset
        self.rules = tuple(r for r in ruleset.rules if settings.is_selected(r.code))
        self.kind = kind or settings.kind
        self.kinds = kinds
        self._kind_of: tuple[str, str] = ("", "")  # the last file's kind by the 'kinds' setting

    def kind_of(self, path: str) -> str:
        """The kind asked for the file ``path`` (for ``auto``: by the 'kinds' setting)."""
        if self.kind != "auto":
            return self.kind
        if self._kind_of[0] != path or not path:  # glob matching, once for all documents of a file
            self._kind_of = (path, self.settings.kind_for(path))
        return self._kind_of[1]

    @cached_property
    def every_rule(self) -> Linter:
        """This linter with every rule and stage selected, whatever the settings say (built once)."""
        return Linter(replace(self.settings, select=(), ignore=()), self.catalog, self.ruleset, self.kind, self.kinds)

    def make(self, path: str, code: str, span: Span, message: str, pointer: str = "", document: int = 0,
             related: tuple[Related, ...] = (), fix: tuple[Edit, ...] = ()) -> Diagnostic:
        """The one way a diagnostic is made: the code's name and its severity under the settings stamped."""
        from tjlint.model import Diagnostic  # made on first use: a clean run never needs it

        info = self.ruleset.info(code)
        return Diagnostic(path, span, code, info.name, self.settings.severity_for(code, info.severity), message,
                          pointer, document, related, fix)

    def diagnostic(self, source: SourceFile | None, path: str, document: int, found: Found) -> Diagnostic:
        """A finding located in the source (no position without one)."""
        from tjlint.model import NO_SPAN, Edit, Related  # made on first use: a clean run never needs them

        code, finding, prefix = found
        pointer = prefix + finding.pointer
        span = source.locate(document, pointer, finding.on_key) if source else NO_SPAN
        related = tuple(Related(prefix + p, source.locate(document, prefix + p, on_key=True) if source else NO_SPAN)
                        for p in finding.related)
        fix: tuple[Edit, ...] = ()
        if (finding.fix is not None and source is not None and span.offset >= 0 and not finding.on_key
                and source.is_written_here(document, pointer)):  # not through a YAML alias or merge
            fix = (Edit(span, finding.fix),)
        return self.make(path, code, span, finding.message, pointer, document, related, fix)

    def problem(self, path: str, problem: Problem) -> Diagnostic:
        """A reading problem as a diagnostic."""
        return self.make(path, problem.code, problem.span, problem.message, problem.pointer, problem.document)

    def document(self, source: SourceFile | None, path: str, index: int, data: Any) -> Iterator[Diagnostic]:
        """Schema stage and rules for one document, at most ``MAX_PROBLEMS`` of them.

        A document with more problems (thousands of aliased items, say) would only cost time and
        memory to report in full; past the cap, one TJ008 says that the rest were not reported.
        """
        view = DocumentView(source, index) if source else None
        found = (self.diagnostic(source, path, index, f) for f in self.found(view, path, data))
        kept = list(islice(found, MAX_PROBLEMS))
        more = next(found, None) is not None
        if source is not None and any(d.fix for d in kept):
            from tjlint.fixcheck import valid_fixes_only  # loaded only when a fix is offered

            kept = valid_fixes_only(self, path, index, data, kept, source.fmt)
        yield from kept
        if more and self.settings.is_selected(TOO_MANY_PROBLEMS):
            yield self.diagnostic(source, path, index, (TOO_MANY_PROBLEMS, Finding(
                "", f"this document has more than {MAX_PROBLEMS:,} problems; only the first {MAX_PROBLEMS:,}"
                " are reported: fix those and run tjlint again"), ""))

    def found(self, view: DocumentView | None, path: str, data: Mapping[str, Any]) -> Iterator[Found]:
        """What the schema stage and the rules find in one document that is a mapping, one at a time."""
        kind = self.kinds.detect(data, self.kind_of(path))
        if any(self.settings.is_selected(c) for c in SCHEMA_CODES):
            from tjlint.schema import check_schema  # jsonschema and the compiled checks load on first use

            for code, finding in check_schema(data, view, kind.schema, kind):
                if self.settings.is_selected(code):
                    yield code, finding, ""
        body, prefix = kind.configuration_of(data), kind.configuration
        if not isinstance(body, Mapping):
            return
        ctx = Context(kind=kind.name, prefix=prefix, source=view, catalog=self.catalog)
        for rule in self.rules:
            if kind.name in rule.kinds:
                for finding in rule.check(body, ctx):
                    yield rule.code, finding, prefix

    def lint_source(self, source: SourceFile) -> list[Diagnostic]:
        """Lint a file that has already been read."""
        path = source.path
        found = [self.problem(path, p) for p in source.problems if self.settings.is_selected(p.code)]
        for doc in source.documents:
            if isinstance(doc.data, dict):
                found.extend(self.document(source, path, doc.index, doc.data))
        return self.finish(found, source)

    def finish(self, diagnostics: list[Diagnostic], source: SourceFile | None) -> list[Diagnostic]:
        """Filter (suppressions, per-file ignores) and sort one file's diagnostics."""
        path = source.path if source is not None else ""

        def unused(span: Span, message: str) -> Diagnostic:
            return self.make(path, UNUSED_SUPPRESSION, span, message)

        kept = filter_file(diagnostics, source, self.settings, self.ruleset, unused)
        if not kept:
            return []
        from tjlint.model import Diagnostic  # made on first use: a clean run never needs it

        # dict.fromkeys drops repeats but keeps the order found, so ties sort the same way on every run.
        return sorted(dict.fromkeys(kept), key=Diagnostic.sort_key)

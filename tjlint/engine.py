"""The pipeline: parse -> schema -> rules -> locate -> filter -> sort.

``lint_text``, ``lint_file`` and ``lint_data`` are the library's entry
points. None of them prints, exits, or touches the network.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tjlint import arguments
from tjlint.config import DEFAULT_CONFIG, MAX_PROBLEMS, Config
from tjlint.diagnostics import NO_SPAN, Diagnostic, Edit, Related, Span
from tjlint.kind_v2 import V2_JOB
from tjlint.rules import ALL_RULES, BUILTIN_RULES
from tjlint.rules.base import Context, Finding, Rule, RuleInfo
from tjlint.source import DocumentView, Problem, SourceFile, file_problem, read_source
from tjlint.suppress import filter_file

if TYPE_CHECKING:  # keeps the catalogue module off the start-up path
    from tjlint.catalog import Catalog

#: The schema file (in ``schemas/``) that describes each kind of request body.
SCHEMA_FOR_KIND = {
    "config": "training-job-config",
    "config-update": "training-job-config-update",
    "job": "training-job",
    V2_JOB.name: V2_JOB.schema,
}
KINDS = ("auto", *SCHEMA_FOR_KIND)
#: The codes the schema stage reports.
SCHEMA_CODES = ("TJ101", "TJ102", "TJ103", "TJ104", "TJ105", "TJ106", "TJ107")


class ConfigError(ValueError):
    """Raised by :func:`check_data` when a body has error-level diagnostics."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        errors = [d for d in self.diagnostics if d.is_error]
        lines = [f"{d.pointer or '/'}: {d.code} {d.message}" for d in errors]
        super().__init__(f"{len(errors)} error(s) in the request body:\n" + "\n".join(lines))


def detect_kind(data: Mapping[str, Any], requested: str = "auto") -> str:
    """The request-body kind: as requested, or for ``auto`` detected from the top-level keys.

    ``auto`` picks ``v2-job`` (see :data:`tjlint.kind_v2.V2_JOB`), else ``job`` when the body
    has ``job_name`` or ``config``, else ``config``.
    """
    if requested != "auto":
        return requested
    if V2_JOB.detects(data):
        return V2_JOB.name
    return "job" if "job_name" in data or "config" in data else "config"


class Linter:
    """Settings, rule set and the metadata of every code: build once, lint many files."""

    def __init__(self, config: Config, catalog: Catalog | None, rules: Sequence[Rule] | None,
                 kind: str | None) -> None:
        self.config = config
        self.catalog = catalog
        chosen = BUILTIN_RULES if rules is None else tuple(rules)
        self.chosen = chosen
        self.rules = tuple(r for r in chosen if config.is_selected(r.code))
        self.info: dict[str, RuleInfo] = {r.code: r for r in ALL_RULES}
        self.info.update({r.code: r for r in chosen})
        self.kind = kind or config.kind
        self._kind_of: tuple[str, str] = ("", "")  # the last file's kind by the 'kinds' setting

    def kind_of(self, path: str) -> str:
        """The kind asked for the file ``path`` (for ``auto``: by the 'kinds' setting)."""
        if self.kind != "auto":
            return self.kind
        if self._kind_of[0] != path or not path:  # glob matching, once for all documents of a file
            self._kind_of = (path, self.config.kind_for(path))
        return self._kind_of[1]

    def diagnostic(self, source: SourceFile | None, path: str, document: int, code: str, finding: Finding,
                   prefix: str = "") -> Diagnostic:
        pointer = prefix + finding.pointer
        span = source.locate(document, pointer, finding.on_key) if source else NO_SPAN
        related = tuple(self.related(source, document, prefix + p) for p in finding.related)
        fix: tuple[Edit, ...] = ()
        if (finding.fix is not None and source is not None and span.offset >= 0 and not finding.on_key
                and source.is_written_here(document, pointer)):  # not through a YAML alias or merge
            fix = (Edit(span, finding.fix),)
        info = self.info[code]
        return Diagnostic(
            path, span.line, span.column, span.end_line, span.end_column, code, info.name,
            self.config.severity_for(code, info.severity), finding.message, pointer, document, related, fix,
        )

    @staticmethod
    def related(source: SourceFile | None, document: int, pointer: str) -> Related:
        span = source.locate(document, pointer, on_key=True) if source else NO_SPAN
        return Related(pointer, span.line, span.column)

    def problem(self, path: str, problem: Problem) -> Diagnostic:
        info = self.info[problem.code]
        s: Span = problem.span
        return Diagnostic(path, s.line, s.column, s.end_line, s.end_column, problem.code, info.name,
                          self.config.severity_for(problem.code, info.severity), problem.message,
                          problem.pointer, problem.document)

    def document(self, source: SourceFile | None, path: str, index: int, data: Any) -> Iterator[Diagnostic]:
        """Schema stage and rules for one document, at most ``MAX_PROBLEMS`` of them.

        A document with more problems (thousands of aliased items, say) would only cost time and
        memory to report in full; past the cap, one TJ008 says that the rest were not reported.
        """
        found = self.findings(source, path, index, data)
        kept = list(islice(found, MAX_PROBLEMS))
        more = next(found, None) is not None
        if source is not None and any(d.fix for d in kept):
            from tjlint.fixcheck import valid_fixes_only

            kept = valid_fixes_only(self, path, index, data, kept, source.fmt)
        yield from kept
        if more and self.config.is_selected("TJ008"):
            yield self.diagnostic(source, path, index, "TJ008", Finding(
                "", f"this document has more than {MAX_PROBLEMS:,} problems; only the first {MAX_PROBLEMS:,}"
                " are reported: fix those and run tjlint again"))

    def findings(self, source: SourceFile | None, path: str, index: int, data: Any) -> Iterator[Diagnostic]:
        """Schema stage and rules for one document that is a mapping, found one at a time."""
        kind = detect_kind(data, self.kind_of(path))
        view = DocumentView(source, index) if source else None
        if any(self.config.is_selected(c) for c in SCHEMA_CODES):
            from tjlint.schema import check_schema

            for code, finding in check_schema(data, view, SCHEMA_FOR_KIND[kind]):
                if self.config.is_selected(code):
                    yield self.diagnostic(source, path, index, code, finding)
        body, prefix = (data.get("config"), "/config") if kind == "job" else (data, "")
        if not isinstance(body, Mapping):
            return
        ctx = Context(kind=kind, prefix=prefix, source=view, catalog=self.catalog, document=data)
        for rule in self.rules:
            if kind in rule.kinds:
                for finding in rule.check(body, ctx):
                    yield self.diagnostic(source, path, index, rule.code, finding, prefix)

    def lint_source(self, source: SourceFile) -> list[Diagnostic]:
        """Lint a file that has already been read."""
        path = source.path
        found = [self.problem(path, p) for p in source.problems if self.config.is_selected(p.code)]
        for doc in source.documents:
            if isinstance(doc.data, dict):
                found.extend(self.document(source, path, doc.index, doc.data))
        return finish(found, source, self.config, self.info)


def finish(diagnostics: list[Diagnostic], source: SourceFile | None, config: Config,
           known: Collection[str] = ()) -> list[Diagnostic]:
    """Filter (suppressions, per-file ignores) and sort one file's diagnostics.

    ``known`` is every code the run can report (default: the built-in ones).
    """
    # dict.fromkeys drops repeats but keeps the order found, so ties sort the same way on every run.
    return sorted(dict.fromkeys(filter_file(diagnostics, source, config, known)), key=Diagnostic.sort_key)


def lint_source(source: SourceFile, *, config: Config | None = None, catalog: Catalog | None = None,
                rules: Sequence[Rule] | None = None, kind: str | None = None) -> list[Diagnostic]:
    """Lint a file that has already been read."""
    return Linter(config or DEFAULT_CONFIG, catalog, rules, kind).lint_source(source)


def lint_text(text: str | bytes, filename: str | os.PathLike[str] = "<stdin>", *, config: Config | None = None,
              catalog: Catalog | None = None, rules: Sequence[Rule] | None = None,
              kind: str | None = None) -> list[Diagnostic]:
    """Lint the text of one file; ``filename`` names it in diagnostics and picks JSON or YAML."""
    arguments.library_call("lint_text", config, catalog, rules, kind)
    filename = arguments.text_and_name("lint_text", text, filename)
    config = config or DEFAULT_CONFIG
    source = read_source(text, filename, limits=config.limits)
    return lint_source(source, config=config, catalog=catalog, rules=rules, kind=kind)


def read_file_bytes(path: str | os.PathLike[str], max_size: int) -> bytes | Problem:
    """The bytes of a regular file, or the reason it cannot be linted (never blocks on a FIFO)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return file_problem("TJ001", "this is not a regular file")
        if info.st_size > max_size:
            return file_problem(
                "TJ005",
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
        return file_problem("TJ001", f"the file cannot be read: {exc.strerror or exc}")


def read_file(path: str | os.PathLike[str], shown: str, config: Config) -> SourceFile:
    """Read one file on disk into a :class:`SourceFile` (problems included, never raises)."""
    raw = read_file_bytes(path, config.limits.max_file_size)
    if isinstance(raw, Problem):
        return SourceFile(shown, "", "yaml", problems=[raw])
    return read_source(raw, shown, limits=config.limits)


def lint_file(path: str | os.PathLike[str], *, config: Config | None = None, catalog: Catalog | None = None,
              rules: Sequence[Rule] | None = None, kind: str | None = None,
              display_path: str | os.PathLike[str] | None = None) -> list[Diagnostic]:
    """Lint one file on disk; ``display_path`` is how the path is shown (default: as given)."""
    arguments.library_call("lint_file", config, catalog, rules, kind)
    path = arguments.path("lint_file(path)", path)
    config = config or DEFAULT_CONFIG
    shown = path if display_path is None else arguments.path("lint_file(display_path=...)", display_path)
    return lint_source(read_file(path, shown, config), config=config, catalog=catalog, rules=rules, kind=kind)


def lint_data(data: Any, *, config: Config | None = None, catalog: Catalog | None = None,
              rules: Sequence[Rule] | None = None, kind: str | None = None,
              path: str | os.PathLike[str] = "<data>") -> list[Diagnostic]:
    """Lint a request body already in memory. Diagnostics have no position (line 0)."""
    arguments.library_call("lint_data", config, catalog, rules, kind)
    path = arguments.path("lint_data(path=...)", path)
    run = Linter(config or DEFAULT_CONFIG, catalog, rules, kind)
    if not isinstance(data, Mapping):
        problem = Problem("TJ004", "the request body is not a mapping of fields", NO_SPAN)
        return [run.problem(path, problem)] if run.config.is_selected("TJ004") else []
    return finish(list(run.document(None, path, 0, data)), None, run.config, run.info)


def check_data(data: Any, *, config: Config | None = None, catalog: Catalog | None = None,
               rules: Sequence[Rule] | None = None, kind: str | None = None) -> list[Diagnostic]:
    """Lint a body in memory; raise :class:`ConfigError` if any diagnostic is an error.

    Returns the (warning-only) diagnostics when the body has no error.
    """
    arguments.library_call("check_data", config, catalog, rules, kind)
    diagnostics = lint_data(data, config=config, catalog=catalog, rules=rules, kind=kind)
    if any(d.is_error for d in diagnostics):
        raise ConfigError(diagnostics)
    return diagnostics


def default_path(path: str | Path) -> str:
    """How a path is shown: relative to the working directory when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return os.fspath(path)

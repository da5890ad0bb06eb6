"""Lint v2 bodies written by hand, for tests that compare (line, column, code)."""

from __future__ import annotations

from collections.abc import Collection

import tjlint


def where(text: str, filename: str, codes: Collection[str] = (), **kwargs: object) -> list[tuple[int, int, str]]:
    """(line, column, code) of every diagnostic (or of those with one of ``codes``), in order."""
    found = tjlint.lint_text(text, filename=filename, **kwargs)  # type: ignore[arg-type]
    return [(d.line, d.column, d.code) for d in found if not codes or d.code in codes]

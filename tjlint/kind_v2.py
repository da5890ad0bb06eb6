"""The kind ``v2-job`` under its former module name: see :mod:`tjlint.kinds` and :mod:`tjlint.kind_notes`."""

from __future__ import annotations

from tjlint.kind_notes import v2_unknown_hint as unknown_hint
from tjlint.kinds import V2_JOB

__all__ = ["V2_JOB", "unknown_hint"]

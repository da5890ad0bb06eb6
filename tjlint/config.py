"""The settings under their former module name: see :mod:`tjlint.settings` and :mod:`tjlint.codes`."""

from __future__ import annotations

from tjlint.codes import MAX_PROBLEMS
from tjlint.settings import Limits, Settings

Config = Settings

__all__ = ["MAX_PROBLEMS", "Config", "Limits"]

"""Codes that are no longer checked. They stay reserved: codes are never renumbered or reused.

Settings, flags and suppressions that name a retired code are accepted and do
nothing, so configurations written for an earlier release keep working.
"""

from __future__ import annotations

from tjlint.model import Severity
from tjlint.rules.base import RetiredRule

RETIRED_RULES: tuple[RetiredRule, ...] = (
    RetiredRule(
        "TJ210", "custom-image-engine", Severity.WARNING,
        "Retired: was a custom-image configuration without an explicit engine_id.",
        "TJ210 warned when a custom-image configuration (`user_image_url`) left out"
        " `engine_id`. The API page gives `engine_id` a default of 1, and the official"
        " custom-image job samples omit it, so the warning was a false alarm on bodies the"
        " API accepts. The code is reserved and never reported; naming it in `select`,"
        " `ignore`, `severity`, `per-file-ignores` or a `# tjlint: disable=` comment is"
        " accepted and does nothing.",
        retired="0.2.0: the engine defaults to 1 and official custom-image samples omit engine_id",
    ),
)

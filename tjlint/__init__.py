"""tjlint: lint ModelArts training-job configurations before you submit them.

The public surface is ``__all__``. The library never prints, exits, imports
click, or touches the network. Paths may be ``str`` or ``os.PathLike``; a
wrong type or value raises ``TypeError`` or ``ValueError`` naming the argument::

    import tjlint
    diagnostics = tjlint.lint_file("training-jobs/resnet.yaml")
"""

from __future__ import annotations

from tjlint.api import ConfigError, check_data, fix_text, lint_data, lint_file, lint_text
from tjlint.model import Context, Diagnostic, Edit, Finding, Related, Severity, Span
from tjlint.rules import ALL_RULES, BUILTIN_RULES
from tjlint.rules.base import Rule, RuleInfo
from tjlint.settings import Limits, Settings

#: tjlint's settings, by the name the library documents (``tjlint.Config(select=("TJ1",))``).
Config = Settings

__version__ = "0.2.0"

__all__ = [
    "ALL_RULES",
    "BUILTIN_RULES",
    "Config",
    "ConfigError",
    "Context",
    "Diagnostic",
    "Edit",
    "Finding",
    "Limits",
    "Related",
    "Rule",
    "RuleInfo",
    "Severity",
    "Span",
    "__version__",
    "check_data",
    "fix_text",
    "lint_data",
    "lint_file",
    "lint_text",
]


def __dir__() -> list[str]:
    """The public surface only: ``dir(tjlint)`` lists ``__all__``, not the modules and imports behind it."""
    return sorted(__all__)

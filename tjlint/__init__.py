"""tjlint: lint ModelArts training-job configurations before you submit them.

The public surface is ``__all__``. The library never prints, exits, imports
click, or touches the network. Paths may be ``str`` or ``os.PathLike``; a
wrong type or value raises ``TypeError`` or ``ValueError`` naming the argument::

    import tjlint
    diagnostics = tjlint.lint_file("training-jobs/resnet.yaml")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


#: Where each name of ``__all__`` is defined. They load on first use, so that ``tjlint --version``
#: and a command-line run load only the modules they need (see :func:`__getattr__`).
_WHERE = {
    "ConfigError": "api", "check_data": "api", "fix_text": "api", "lint_data": "api", "lint_file": "api",
    "lint_text": "api", "Context": "model", "Diagnostic": "model", "Edit": "model", "Finding": "model",
    "Related": "model", "Severity": "model", "Span": "model", "ALL_RULES": "rules", "BUILTIN_RULES": "rules",
    "Rule": "rules.base", "RuleInfo": "rules.base", "Limits": "settings", "Config": "settings",
}


def __getattr__(name: str) -> Any:
    """A public name, imported when first asked for (``tjlint.Config`` is ``tjlint.settings.Settings``)."""
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'tjlint' has no attribute {name!r}")
    from importlib import import_module  # only for the first use of each public name

    value = getattr(import_module(f"tjlint.{where}"), "Settings" if name == "Config" else name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    """The public surface only: ``dir(tjlint)`` lists ``__all__``, not the modules and imports behind it."""
    return sorted(__all__)

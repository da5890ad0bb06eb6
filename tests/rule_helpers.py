"""Lint a body written as YAML or JSON, for the rule tests."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

import yaml

import tjlint


def lint_as(data: dict[str, Any], fmt: str, name: str = "x") -> list[tjlint.Diagnostic]:
    """Write ``data`` as indented JSON or block YAML (``fmt``) and lint that text."""
    text = json.dumps(data, indent=2) if fmt == "json" else yaml.safe_dump(data, sort_keys=False)
    return tjlint.lint_text(text, filename=f"{name}.{fmt}")


def codes_found(data: dict[str, Any], fmt: str, codes: Collection[str]) -> list[tuple[str, str]]:
    """(pointer, code) of the diagnostics with one of ``codes``."""
    return [(d.pointer, d.code) for d in lint_as(data, fmt) if d.code in codes]

"""Fixtures shared by the rule tests."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["yaml", "json"])
def fmt(request: pytest.FixtureRequest) -> str:
    """Each rule test runs on YAML and on JSON."""
    return str(request.param)

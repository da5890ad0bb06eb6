"""Hostile inputs are generated once per session, in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_runner import BIG_INPUTS


@pytest.fixture(params=["auto", "v2-job"])
def kind(request: pytest.FixtureRequest) -> str:
    """Every hostile input is read as detected, and as a body of the current API (``--kind v2-job``)."""
    return str(request.param)


@pytest.fixture(scope="session")
def big_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every generated input, written once per session (nothing large is committed)."""
    folder = tmp_path_factory.mktemp("hostile")
    paths: dict[str, Path] = {}
    for name, make in BIG_INPUTS.items():
        data = make()
        path = folder / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8", newline="")
        paths[name] = path
    return paths

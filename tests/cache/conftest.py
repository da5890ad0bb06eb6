"""The ``project`` fixture of the results-cache tests (see ``cache_helpers``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cache_helpers import Project

from tjlint.engine import Linter


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """An empty project folder as the working directory, its own user cache folder, lint calls counted."""
    root, user_cache = tmp_path / "project", tmp_path / "user-cache"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.setenv("XDG_CACHE_HOME", str(user_cache))
    monkeypatch.delenv("TJLINT_CACHE_DIR", raising=False)  # these tests are about where the cache goes
    calls: list[str] = []
    real: Callable[..., object] = Linter.lint_source

    def counted(self: Linter, source: object, *args: object, **kwargs: object) -> object:
        calls.append(getattr(source, "path", "?"))
        return real(self, source, *args, **kwargs)

    monkeypatch.setattr(Linter, "lint_source", counted)
    return Project(root, user_cache, calls)


"""Hypothesis settings profiles for the whole suite.

``ci`` (the default) is derandomized so every run tries the same inputs;
``fuzz`` is for long runs: ``pytest -m fuzz --hypothesis-profile=fuzz --hypothesis-seed=N``.
Profiles are registered here, in the top-level conftest, because pytest
loads it before the Hypothesis plugin reads ``--hypothesis-profile``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", derandomize=True, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci")


@pytest.fixture(autouse=True, scope="session")
def _outside_github_actions() -> Iterator[None]:
    """The suite behaves the same inside GitHub Actions, where tjlint defaults to --format github."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("GITHUB_ACTIONS", raising=False)
        yield


@pytest.fixture(autouse=True, scope="session")
def _explanations_follow_jsonschema() -> Iterator[None]:
    """Every failing body the suite lints in-process is explained by jsonschema too: the compiled
    explanation must give the same failures in the same order (see ``explain_helpers``)."""
    from tjlint import schema

    explained = schema.explained

    def checked(schema_name: str, document: Any) -> list[Any] | None:
        got = explained(schema_name, document)
        if got is not None:
            from explain_helpers import canonical, failures_of, reference

            expected = failures_of(reference(schema_name), document)
            assert [canonical(f) for f in got] == [canonical(e) for e in expected], (schema_name, document)
        return got

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "explained", checked)
        yield

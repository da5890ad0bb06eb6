"""Hypothesis settings profiles for the whole suite.

``ci`` (the default) is derandomized so every run tries the same inputs;
``fuzz`` is for long runs: ``pytest -m fuzz --hypothesis-profile=fuzz --hypothesis-seed=N``.
Profiles are registered here, in the top-level conftest, because pytest
loads it before the Hypothesis plugin reads ``--hypothesis-profile``.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
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
def _outside_github_actions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The suite behaves the same inside GitHub Actions, where tjlint defaults to --format github.

    The results cache's key goes to a folder of the session's own (never the user's ~/.cache).
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("GITHUB_ACTIONS", raising=False)
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
        yield


@pytest.fixture(autouse=True)
def _results_cache_of_its_own(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                              request: pytest.FixtureRequest) -> None:
    """Each test's command-line runs keep their results cache in a folder of that test's own.

    Runs from the checkout (the README's examples, ``python -m tjlint examples/``) would otherwise
    write ``.tjlint_cache`` into it, and a test would read what another one stored.
    """
    base = tmp_path_factory.getbasetemp() / "results-caches"
    monkeypatch.setenv("TJLINT_CACHE_DIR", str(base / f"{len(_SEEN)}"))
    _SEEN.append(request.node.nodeid)


_SEEN: list[str] = []


# A fake distribution offering rules through the ``tjlint.rules`` entry-point group: a
# module and a ``*.dist-info`` folder with ``METADATA`` and ``entry_points.txt``, in a
# temporary folder put on ``sys.path``.
MODULE = '''
from tjlint import Finding, Rule, Severity


def _check(body, ctx):
    if body.get("config_desc") == "":
        yield Finding("/config_desc", "write a description")


RULES = (
    Rule("ACME101", "empty-description", Severity.WARNING, "An empty config_desc.", "Describe it.",
         check=_check),
)
NOT_RULES = 42
TAKEN = (Rule("TJ402", "clash", Severity.ERROR, "x", "x", check=_check),)
'''
ENTRY_POINTS = """[tjlint.rules]
acme = acme_rules:RULES
broken = acme_missing_module:RULES
wrong = acme_rules:NOT_RULES
taken = acme_rules:TAKEN
"""


@pytest.fixture
def fake_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    site = tmp_path / "site"
    info = site / "acme_rules-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rules\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    (site / "acme_rules.py").write_text(MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    yield site
    sys.modules.pop("acme_rules", None)
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

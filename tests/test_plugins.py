"""Rules from installed packages through the ``tjlint.rules`` entry-point group.

The fake distribution they use is the ``fake_distribution`` fixture (``tests/conftest.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cli_helpers import run_cli

from tjlint.plugins import PluginError, load_plugins

BODY = 'config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\ndata_url: /bucket/data/\nconfig_desc: ""\n'


def test_named_plugin_is_loaded(fake_distribution: Path) -> None:
    (rule,) = load_plugins(["acme"])
    assert (rule.code, rule.name) == ("ACME101", "empty-description")


def test_nothing_is_loaded_unless_named(fake_distribution: Path) -> None:
    assert load_plugins([]) == ()
    assert "acme_rules" not in sys.modules


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("nope", "plugin 'nope' is not installed"),
        ("broken", "plugin 'broken' (acme_missing_module:RULES) cannot be loaded: ModuleNotFoundError"),
        ("wrong", "must be a tuple or list of tjlint.Rule"),
        ("taken", "TJ402"),
    ],
)
def test_plugin_errors(fake_distribution: Path, name: str, fragment: str) -> None:
    with pytest.raises(PluginError) as caught:
        load_plugins([name], taken=("TJ402",))
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


def run(*args: str) -> tuple[int, str, str]:
    return run_cli(args)


def test_plugin_rules_run_through_the_cli(fake_distribution: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "training-job.yaml").write_text(BODY, encoding="utf-8")
    status, out, _ = run("--format", "json")
    assert status == 0 and "ACME101" not in out  # not named: not loaded
    assert run("--select", "ACME1")[0] == 2  # nobody defines ACME codes yet
    (tmp_path / ".tjlint.yaml").write_text("plugins: [acme]\n", encoding="utf-8")
    status, out, _ = run("--format", "json")
    assert status == 0 and '"ACME101"' in out and '"line": 6' in out
    status, out, _ = run("--format", "json", "--ignore", "ACME1")
    assert status == 0 and "ACME101" not in out
    status, out, _ = run("--severity", "ACME101=error")
    assert status == 1 and "training-job.yaml:6:14: error ACME101" in out


def test_unknown_plugin_in_configuration_is_exit_2(fake_distribution: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "training-job.yaml").write_text(BODY, encoding="utf-8")
    (tmp_path / ".tjlint.yaml").write_text("plugins: [broken]\n", encoding="utf-8")
    status, _, err = run()
    assert status == 2
    assert err.startswith("tjlint: error: .tjlint.yaml: plugins: plugin 'broken'") and err.count("\n") == 1
    assert "Traceback" not in err


def test_plugin_module_in_working_directory_is_never_imported(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "evil_rules.py").write_text("raise SystemExit('imported')\n", encoding="utf-8")
    (tmp_path / ".tjlint.yaml").write_text("plugins: [evil_rules]\n", encoding="utf-8")
    (tmp_path / "training-job.yaml").write_text(BODY, encoding="utf-8")
    status, _, err = run()
    assert status == 2 and "plugin 'evil_rules' is not installed" in err


def test_tjlint_rules_lists_the_named_plugins_rules(fake_distribution: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert "ACME101" not in run("rules")[1]
    (tmp_path / ".tjlint.yaml").write_text("plugins: [acme]\n", encoding="utf-8")
    status, out, _ = run("rules")
    assert status == 0 and "ACME101" in out and "TJ101" in out
    status, out, _ = run("rules", "ACME101")
    assert status == 0 and "empty-description" in out

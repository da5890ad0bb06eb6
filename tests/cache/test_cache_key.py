"""A file's stored result is reused only while everything it depends on is unchanged."""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import pytest
from cache_helpers import BROKEN, GOOD, Project, specs_catalogue

import tjlint.cache.keys


def test_a_second_run_reads_every_result_from_the_cache(project: Project) -> None:
    project.write("jobs/training-job-a.yaml", GOOD)
    project.write("jobs/training-job-b.yaml", BROKEN)
    first = project.run("--format", "json", "jobs/")
    second = project.run("--format", "json", "jobs/")
    assert (first.linted, second.linted) == (2, 0)
    assert (second.status, second.stdout, second.stderr) == (first.status, first.stdout, first.stderr)
    assert [(d["line"], d["code"]) for d in json.loads(second.stdout)] == [
        (1, "TJ201"), (2, "TJ103"), (7, "TJ102")]


def test_show_source_from_the_cache_shows_the_line(project: Project) -> None:
    project.write("training-job.yaml", BROKEN)
    first = project.run("--show-source", "training-job.yaml")
    second = project.run("--show-source", "training-job.yaml")
    assert second.linted == 0 and second.stdout == first.stdout
    assert "dataurl: /my-bucket/data/" in second.stdout


def test_an_edited_file_is_linted_again(project: Project) -> None:
    path = project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    stat = path.stat()
    edited = GOOD.replace("data_url:", "data_ur1:")
    assert len(edited) == len(GOOD)  # same size and same time: the bytes decide, not the clock
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    ran = project.run("training-job.yaml")
    assert (ran.status, ran.linted) == (1, 1)
    assert "TJ102 unknown field 'data_ur1'" in ran.stdout


@pytest.mark.parametrize("settings, code", [
    ("select: [TJ102]\n", "TJ103"),
    ("ignore: [TJ103]\n", "TJ103"),
    ("severity: {TJ102: warning}\n", "error TJ102"),
    ("per-file-ignores: {'training-job.yaml': [TJ103]}\n", "TJ103"),
    ("limits: {max-file-size: 50}\n", "TJ102"),
])
def test_changed_settings_lint_the_file_again(project: Project, settings: str, code: str) -> None:
    project.write("training-job.yaml", BROKEN)
    before = project.run("training-job.yaml")
    assert code in before.stdout
    project.write(".tjlint.yaml", settings)
    project.run("training-job.yaml")  # the cache folder moves beside the settings file: fill it
    project.write(".tjlint.yaml", "strict: false\n")
    assert project.run("training-job.yaml").stdout == before.stdout
    project.write(".tjlint.yaml", settings)
    ran = project.run("training-job.yaml")
    assert ran.linted == 1 and code not in ran.stdout


@pytest.mark.parametrize("flags", [["--select", "TJ102"], ["--ignore", "TJ1"], ["--severity", "TJ102=warning"],
                                   ["--kind", "job"]])
def test_changed_flags_lint_the_file_again(project: Project, flags: list[str]) -> None:
    project.write("training-job.yaml", BROKEN)
    before = project.run("training-job.yaml")
    ran = project.run(*flags, "training-job.yaml")
    assert ran.linted == 1 and ran.stdout != before.stdout
    again = project.run("training-job.yaml")
    assert again.stdout == before.stdout and again.linted == 1  # one entry per file: the last run's


def test_strict_reuses_the_result_and_still_decides_the_exit_status(project: Project) -> None:
    project.write("training-job.yaml", GOOD.replace("app_url: /my-bucket/code/", "app_url: /my-bucket/code"))
    plain = project.run("training-job.yaml")
    strict = project.run("--strict", "training-job.yaml")
    assert "warning TJ402" in plain.stdout
    assert (plain.status, strict.status, strict.linted, strict.stdout) == (0, 1, 0, plain.stdout)


def test_a_changed_kinds_setting_lints_the_file_again(project: Project) -> None:
    project.write("training-job.yaml", GOOD)
    assert project.run("training-job.yaml").status == 0
    project.write(".tjlint.yaml", "kinds: {'*.yaml': job}\n")
    ran = project.run("training-job.yaml")
    assert ran.status == 1 and ran.linted == 1 and "job_name" in ran.stdout


def test_a_changed_catalogue_lints_the_file_again(project: Project) -> None:
    project.write("catalog/resource-specs.json", specs_catalogue(1, 2))
    project.write("training-job.yaml", GOOD)
    first = project.run("--catalog", "catalog/resource-specs.json", "training-job.yaml")
    assert (first.status, first.linted) == (0, 1)
    assert project.run("--catalog", "catalog/resource-specs.json", "training-job.yaml").linted == 0
    project.write("catalog/resource-specs.json", specs_catalogue(2, 3))  # spec 1 is gone
    ran = project.run("--catalog", "catalog/resource-specs.json", "training-job.yaml")
    assert (ran.status, ran.linted) == (1, 1)
    assert "spec_id" in ran.stdout


def test_the_path_shown_is_part_of_the_key(project: Project) -> None:
    project.write("jobs/training-job.yaml", BROKEN)
    first = project.run("jobs/training-job.yaml")
    os.chdir(project.root / "jobs")
    ran = project.run("--cache-dir", str(project.root / ".tjlint_cache"), "training-job.yaml")
    assert ran.linted == 1
    assert ran.stdout == first.stdout.replace("jobs/training-job.yaml", "training-job.yaml")


def test_another_tjlint_version_lints_again(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    monkeypatch.setattr(tjlint.cache.keys, "__version__", "99.0.0")
    assert project.run("training-job.yaml").linted == 1
    assert project.run("training-job.yaml").linted == 0


def test_an_edited_tjlint_module_lints_again(project: Project, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    """An editable install keeps its version while its rules change: the modules' stamps are in the key."""
    project.write("training-job.yaml", GOOD)
    real = tjlint.cache.keys._stamps

    def stamps(folder: str, suffixes: tuple[str, ...]) -> list[tuple[str, int, int]]:
        found = real(folder, suffixes)
        return [(name, size + 1, mtime) if name.endswith("engine.py") else (name, size, mtime)
                for name, size, mtime in found]

    project.run("training-job.yaml")
    monkeypatch.setattr(tjlint.cache.keys, "_stamps", stamps)
    assert project.run("training-job.yaml").linted == 1


PLUGIN = '''
from tjlint import Finding, Rule, Severity


def _check(body, ctx):
    if body.get("config_name") == "resnet-train":
        yield Finding("/config_name", "MESSAGE")


RULES = (Rule("ACME201", "named", Severity.WARNING, "A name.", "Rename it.", check=_check),)
'''


def _plugin(site: Path, version: str, message: str) -> None:
    info = site / "acme_cache-1.0.dist-info"
    for old in site.glob("acme_cache-*.dist-info"):
        for f in old.iterdir():
            f.unlink()
        old.rmdir()
    info = site / f"acme_cache-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: acme-cache\nVersion: {version}\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[tjlint.rules]\nacme = acme_cache:RULES\n", encoding="utf-8")
    (site / "acme_cache.py").write_text(PLUGIN.replace("MESSAGE", message), encoding="utf-8")
    importlib.invalidate_caches()
    sys.modules.pop("acme_cache", None)


def test_a_new_plugin_version_lints_again(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    _plugin(site, "1.0", "first words")
    project.write(".tjlint.yaml", "plugins: [acme]\n")
    project.write("training-job.yaml", GOOD)
    first = project.run("training-job.yaml")
    assert "ACME201 first words" in first.stdout and first.linted == 1
    assert project.run("training-job.yaml").linted == 0
    _plugin(site, "1.1", "new words")
    ran = project.run("training-job.yaml")
    assert ran.linted == 1 and "ACME201 new words" in ran.stdout
    sys.modules.pop("acme_cache", None)


def test_another_pyyaml_or_jsonschema_lints_again(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    project.write("training-job.yaml", GOOD)
    project.run("training-job.yaml")
    real = tjlint.cache.keys._library
    for name in ("yaml", "jsonschema"):
        def upgraded(library: str, name: str = name) -> tuple[object, ...]:
            return (*real(library), "upgraded") if library == name else real(library)

        monkeypatch.setattr(tjlint.cache.keys, "_library", upgraded)
        assert project.run("training-job.yaml").linted == 1, name
        assert project.run("training-job.yaml").linted == 0, name

"""The library checks its arguments: paths may be os.PathLike; a wrong type or value is a
TypeError or ValueError that names the argument and what it takes, never a silent answer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import tjlint
from tjlint import Config, Limits, Severity

CLEAN = "config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 1\ndata_url: /bucket/data/\n"
SLASH = CLEAN.replace("/bucket/data/", "/bucket/data")  # TJ402 at 5:11
BODY = {"config_name": "demo", "worker_server_num": 1, "spec_id": 1, "model_id": 1, "data_url": "/b/data"}


def codes(diagnostics: list[tjlint.Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


def test_paths_may_be_path_like(tmp_path: Path) -> None:
    target = tmp_path / "job.yaml"
    target.write_text(SLASH, encoding="utf-8")
    assert [(d.path, d.line, d.column, d.code) for d in tjlint.lint_file(target)] == [
        (str(target), 5, 11, "TJ402")]
    assert tjlint.lint_file(target, display_path=Path("shown.yaml"))[0].path == "shown.yaml"
    assert tjlint.lint_text(SLASH, filename=Path("x.yaml"))[0].path == "x.yaml"
    assert tjlint.lint_data(BODY, path=Path("b.json"))[0].path == "b.json"
    assert tjlint.fix_text(SLASH, filename=Path("x.yaml"))[0] == CLEAN
    assert Config(catalog=(Path("specs.json"),)).catalog == ("specs.json",)


def test_a_string_of_codes_is_refused_not_read_letter_by_letter() -> None:
    with pytest.raises(TypeError, match=re.escape("Config(select=...) takes a sequence of rule codes")) as caught:
        Config(select="TJ1")  # type: ignore[arg-type]
    assert "'T', 'J', '1'" in str(caught.value) and "('TJ1',)" in str(caught.value)
    with pytest.raises(TypeError, match=re.escape("Config(ignore=...)")):
        Config(ignore="TJ402")  # type: ignore[arg-type]


def test_codes_are_normalised_and_lists_accepted() -> None:
    config = Config(select=["tj1", " TJ402 "], severity={"tj402": "error"})  # type: ignore[arg-type]
    assert config.select == ("TJ1", "TJ402") and config.severity == {"TJ402": Severity.ERROR}
    assert codes(tjlint.lint_text(SLASH, "j.yaml", config=Config(select=["TJ4"]))) == ["TJ402"]  # type: ignore[arg-type]


@pytest.mark.parametrize(("changes", "error", "fragment"), [
    ({"select": ("TJ-1",)}, ValueError, "Config(select=...): 'TJ-1' is not a rule code"),
    ({"select": 5}, TypeError, "Config(select=...) takes a sequence of rule codes"),
    ({"select": (1,)}, TypeError, "Config(select=...)"),
    ({"severity": {"TJ4": "fatal"}}, ValueError, "Config(severity=...): the level of 'TJ4' must be 'error' or"),
    ({"severity": ["TJ4"]}, TypeError, "Config(severity=...) takes a mapping"),
    ({"kind": "bogus"}, ValueError, "Config(kind=...) takes one of 'auto', 'config', 'config-update', 'job'"),
    ({"strict": "yes"}, TypeError, "Config(strict=...) takes True or False"),
    ({"allow_empty": 1}, TypeError, "Config(allow_empty=...) takes True or False"),
    ({"limits": {"max_depth": 3}}, TypeError, "Config(limits=...) takes a tjlint.Limits"),
    ({"catalog": "specs.json"}, TypeError, "Config(catalog=...) takes a sequence of paths"),
    ({"include": "*.yaml"}, TypeError, "Config(include=...) takes a sequence of globs"),
    ({"exclude": None}, TypeError, "Config(exclude=...) takes a sequence of globs"),
    ({"plugins": "acme"}, TypeError, "Config(plugins=...) takes a sequence of plugin names"),
    ({"per_file_ignores": {"a/*.yaml": "TJ4"}}, TypeError, "Config(per_file_ignores={'a/*.yaml': ...}) takes a"),
    ({"kinds": {"u/**": "update"}}, ValueError, "Config(kinds={'u/**': ...}) takes one of 'config'"),
    ({"kinds": {"u/**": "auto"}}, ValueError, "Config(kinds={'u/**': ...})"),
])
def test_config_checks_every_field(changes: dict[str, Any], error: type[Exception], fragment: str) -> None:
    with pytest.raises(error, match=re.escape(fragment)):
        Config(**changes)


@pytest.mark.parametrize("name", ["max_file_size", "max_depth", "max_nodes"])
@pytest.mark.parametrize("value", [0, -1, True, 1.5, "10"])
def test_limits_are_positive_whole_numbers(name: str, value: Any) -> None:
    with pytest.raises(ValueError, match=re.escape(f"Limits({name}=...) takes a positive whole number")):
        Limits(**{name: value})


CALLS = {
    "lint_text": lambda **kw: tjlint.lint_text(CLEAN, "job.yaml", **kw),
    "lint_data": lambda **kw: tjlint.lint_data(BODY, **kw),
    "check_data": lambda **kw: tjlint.check_data({**BODY, "data_url": "/b/data/"}, **kw),
    "fix_text": lambda **kw: tjlint.fix_text(CLEAN, "job.yaml", **kw),
}


@pytest.mark.parametrize("function", CALLS)
@pytest.mark.parametrize(("keyword", "value", "error", "fragment"), [
    ("config", {"select": ["TJ1"]}, TypeError, "(config=...) takes a tjlint.Config"),
    ("catalog", ["specs.json"], TypeError, "(catalog=...) takes a tjlint.catalog.Catalog"),
    ("rules", "TJ402", TypeError, "(rules=...) takes a sequence of tjlint.Rule"),
    ("rules", ["TJ402"], TypeError, "(rules=...) takes a sequence of tjlint.Rule; str 'TJ402' is not one"),
    ("kind", "bogus", ValueError, "(kind=...) takes one of 'auto', 'config', 'config-update', 'job'"),
])
def test_functions_check_their_keywords(function: str, keyword: str, value: Any, error: type[Exception],
                                        fragment: str) -> None:
    with pytest.raises(error, match=re.escape(function + fragment)):
        CALLS[function](**{keyword: value})


def test_lint_file_checks_its_path(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match=re.escape("lint_file(path) takes a path (str or os.PathLike), not int 3")):
        tjlint.lint_file(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=re.escape("lint_file(kind=...) takes one of")):
        tjlint.lint_file(tmp_path / "x.yaml", kind="bogus")


@pytest.mark.parametrize("function", ["lint_text", "fix_text"])
def test_text_must_be_text(function: str) -> None:
    with pytest.raises(TypeError, match=re.escape(f"{function}(text) takes the text of a file (str or bytes)")):
        getattr(tjlint, function)({"config_name": "a"})
    with pytest.raises(TypeError, match=re.escape(f"{function}(filename=...) takes a path")):
        getattr(tjlint, function)(CLEAN, 5)


def test_good_keywords_still_work() -> None:
    rules = [r for r in tjlint.BUILTIN_RULES if r.code == "TJ402"]
    assert codes(tjlint.lint_data(BODY, rules=rules, kind="config")) == ["TJ402"]
    assert codes(tjlint.lint_data(BODY, rules=tuple(rules), config=Config(ignore=("TJ1",)))) == ["TJ402"]


def test_the_public_surface_is_all() -> None:
    assert dir(tjlint) == sorted(tjlint.__all__)
    assert "annotations" not in dir(tjlint) and "engine" not in dir(tjlint)
    for name in tjlint.__all__:
        assert getattr(tjlint, name) is not None

"""Finding, reading, checking and merging configuration files (tjlint.configfile)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tjlint import Config, Limits, Severity
from tjlint.globs import matches
from tjlint.settings.folders import parse_settings, settings_for
from tjlint.settings.keys import SettingsError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_defaults(tmp_path: Path) -> None:
    assert settings_for(str(tmp_path)) == (Config(), [])


def test_pyproject_without_table_does_not_count(tmp_path: Path) -> None:
    write(tmp_path / ".tjlint.yaml", "strict: true\n")
    write(tmp_path / "pkg" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert settings_for(str(tmp_path / "pkg"))[1] == [str(tmp_path / ".tjlint.yaml")]


def test_nearest_file_wins(tmp_path: Path) -> None:
    write(tmp_path / ".tjlint.yaml", "strict: true\n")
    write(tmp_path / "a" / "pyproject.toml", "[tool.tjlint]\nselect = ['TJ1']\n")
    config, used = settings_for(str(tmp_path / "a" / "b"))
    assert used == [str(tmp_path / "a" / "pyproject.toml")]
    assert config.select == ("TJ1",) and config.strict is False


def test_tjlint_yaml_beats_pyproject_in_one_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.tjlint]\nselect = ['TJ1']\n")
    write(tmp_path / ".tjlint.yaml", "select: [TJ2]\n")
    assert settings_for(str(tmp_path))[0].select == ("TJ2",)


def test_every_key(tmp_path: Path) -> None:
    write(tmp_path / "specs.json", "{}")
    write(tmp_path / "pyproject.toml", """
[tool.tjlint]
select = ["TJ1", "tj205"]
ignore = ["TJ106"]
severity = { TJ402 = "error", TJ2 = "Warning" }
catalog = ["specs.json"]
include = ["jobs/*.yaml", "*.job.json"]
exclude = ["old/"]
strict = true
plugins = ["acme"]

[tool.tjlint.per-file-ignores]
"legacy/*.yaml" = ["TJ402"]

[tool.tjlint.kinds]
"jobs/**" = "job"

[tool.tjlint.limits]
max-depth = 20
""")
    config, _ = settings_for(str(tmp_path))
    assert config.select == ("TJ1", "TJ205")
    assert config.ignore == ("TJ106",)
    assert config.severity == {"TJ402": Severity.ERROR, "TJ2": Severity.WARNING}
    assert config.catalog == (str(tmp_path / "specs.json"),)
    assert config.strict is True
    assert config.plugins == ("acme",)
    assert config.limits == Limits(max_depth=20)
    # Anchored globs are relative to the file's folder, wherever tjlint runs from.
    assert matches(str(tmp_path / "jobs" / "a.yaml"), config.include, base="/")
    assert not matches(str(tmp_path / "x" / "jobs" / "a.yaml"), config.include, base="/")
    assert matches(str(tmp_path / "deep" / "b.job.json"), config.include, base="/")
    assert config.ignored_in(str(tmp_path / "legacy" / "a.yaml")) == ("TJ402",)
    assert config.ignored_in(str(tmp_path / "a.yaml")) == ()
    assert config.kind_for(str(tmp_path / "jobs" / "x" / "a.yaml")) == "job"
    assert config.kind_for(str(tmp_path / "a.yaml")) == "auto"


def test_folder_with_glob_characters(tmp_path: Path) -> None:
    folder = tmp_path / "team [x]{1}"
    write(folder / ".tjlint.yaml", "per-file-ignores:\n  legacy/*.yaml: [TJ4]\n")
    config, _ = settings_for(str(folder))
    assert config.ignored_in(str(folder / "legacy" / "j.yaml")) == ("TJ4",)


def test_config_file_layers_over_discovered_file(tmp_path: Path) -> None:
    write(tmp_path / ".tjlint.yaml", "select: [TJ1]\nstrict: true\nlimits: {max-depth: 10}\n")
    toml = "[tool.tjlint]\nselect = ['TJ2']\n[tool.tjlint.limits]\nmax-nodes = 5\n"
    extra = write(tmp_path / "ci" / "tjlint.toml", toml)
    config, used = settings_for(str(tmp_path), str(extra))
    assert used == [str(tmp_path / ".tjlint.yaml"), str(extra)]
    assert config.select == ("TJ2",) and config.strict is True
    assert config.limits == Limits(max_depth=10, max_nodes=5)


def test_explicit_yaml_and_empty_yaml(tmp_path: Path) -> None:
    empty = write(tmp_path / "c" / "empty.yaml", "")
    assert settings_for(str(tmp_path / "c"), str(empty))[0].select == ()


def error_of(tmp_path: Path, name: str, text: str) -> str:
    write(tmp_path / name, text)
    with pytest.raises(SettingsError) as caught:
        settings_for(str(tmp_path))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_typo_in_key_names_file_and_suggests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    message = error_of(tmp_path, ".tjlint.yaml", "selct: [TJ1]\n")
    assert message == ".tjlint.yaml: unknown key 'selct' (did you mean 'select'?)"


def test_typo_in_pyproject_names_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    message = error_of(tmp_path, "pyproject.toml", "[tool.tjlint]\nper_file_ignores = {}\n")
    assert message.startswith("pyproject.toml: unknown key 'per_file_ignores'")
    assert "'per-file-ignores'" in message and "[tool.tjlint]" in message


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("select: TJ1\n", ["select", "list"]),
        ("select: [TJ9999]\n", ["select", "TJ9999"]),
        ("ignore: [42]\n", ["ignore", "42"]),
        ("severity: {TJ402: fatal}\n", ["severity", "fatal", "error", "warning"]),
        ("severity: [TJ402]\n", ["severity", "mapping"]),
        ("limits: {max-depth: 0}\n", ["limits", "max-depth"]),
        ("limits: {max-depth: true}\n", ["limits", "max-depth"]),
        ("limits: {max-size: 5}\n", ["limits", "max-size", "max-file-size"]),
        ("strict: 'yes'\n", ["strict", "true or false"]),
        ("kinds: {'*.yaml': body}\n", ["kinds", "body", "config-update"]),
        ("include: []\n", ["include", "empty"]),
        ("exclude: ['']\n", ["exclude"]),
        ("per-file-ignores: {'a/*.yaml': [TJ42]}\n", ["per-file-ignores", "a/*.yaml", "TJ42"]),
        ("catalog: [missing.json]\n", ["catalog", "missing.json"]),
        ("plugins: ['a b']\n", ["plugins", "a b"]),
        ("- select\n", ["mapping"]),
        ("select: [\n", ["not valid YAML", "line"]),
    ],
)
def test_bad_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, fragments: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    message = error_of(tmp_path, ".tjlint.yaml", text)
    assert message.startswith(".tjlint.yaml: ")
    for fragment in fragments:
        assert fragment in message


def test_bad_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert "not valid TOML" in error_of(tmp_path, "pyproject.toml", "[tool.tjlint\n")


def test_explicit_toml_without_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    other = write(tmp_path / "sub" / "other.toml", "[tool.black]\n")
    with pytest.raises(SettingsError, match=r"other\.toml: has no \[tool\.tjlint\] table"):
        settings_for(str(tmp_path / "sub"), str(other))


@pytest.mark.parametrize("name", ["settings.json", "missing.yaml"])
def test_explicit_file_of_wrong_kind_or_missing(tmp_path: Path, name: str) -> None:
    if name.endswith(".json"):
        write(tmp_path / name, "{}")
    with pytest.raises(SettingsError, match=name.replace(".", r"\.")):
        settings_for(str(tmp_path), str(tmp_path / name))


def test_parse_settings_returns_config_fields(tmp_path: Path) -> None:
    raw: dict[str, Any] = {"per-file-ignores": {"*.json": ["TJ4"]}, "strict": False}
    assert parse_settings(raw, str(tmp_path / ".tjlint.yaml")) == {
        "per_file_ignores": {"*.json": ("TJ4",)}, "strict": False}


SCHEMA = Path(__file__).parent.parent / "schemas" / "tjlint-settings.schema.json"


def test_settings_schema_matches_the_keys() -> None:
    import json

    import jsonschema

    from tjlint.settings.keys import KEYS, LIMIT_KEYS

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["properties"]) == set(KEYS)
    assert set(schema["properties"]["limits"]["properties"]) == set(LIMIT_KEYS)
    validator = jsonschema.Draft202012Validator(schema)
    good = {"select": ["TJ1"], "severity": {"TJ402": "error"}, "per-file-ignores": {"a/*.yaml": ["TJ4"]},
            "limits": {"max-depth": 10}, "strict": True, "kinds": {"u/**": "config-update"}}
    assert list(validator.iter_errors(good)) == []
    for bad in ({"selct": ["TJ1"]}, {"limits": {"max-depth": 0}}, {"severity": {"TJ4": "fatal"}}):
        assert list(validator.iter_errors(bad)) != []


def test_settings_for_each_folder_and_config_file_on_top(tmp_path: Path) -> None:
    write(tmp_path / "a" / "pyproject.toml", "[tool.tjlint]\nselect = ['TJ1']\nstrict = true\n")
    write(tmp_path / "b" / ".tjlint.yaml", "select: [TJ2]\n")
    extra = write(tmp_path / "ci.yaml", "ignore: [TJ105]\n")
    a, used_a = settings_for(tmp_path / "a" / "deep")  # os.PathLike
    b, used_b = settings_for(str(tmp_path / "b"))
    assert (a.select, a.strict, used_a) == (("TJ1",), True, [str(tmp_path / "a" / "pyproject.toml")])
    assert (b.select, b.strict, used_b) == (("TJ2",), False, [str(tmp_path / "b" / ".tjlint.yaml")])
    both, used = settings_for(tmp_path / "b", extra)
    assert (both.select, both.ignore, used) == (("TJ2",), ("TJ105",), [str(tmp_path / "b" / ".tjlint.yaml"),
                                                                          str(extra)])


def test_settings_for_sees_edited_added_and_removed_files(tmp_path: Path) -> None:
    folder = tmp_path / "jobs"
    folder.mkdir()
    assert settings_for(folder) == (Config(), [])
    top = write(tmp_path / ".tjlint.yaml", "select: [TJ1]\n")
    assert settings_for(folder)[0].select == ("TJ1",)
    write(top, "select: [TJ2, TJ3]\n")  # another size: seen even within one clock tick
    assert settings_for(folder)[0].select == ("TJ2", "TJ3")
    write(folder / "pyproject.toml", "[tool.tjlint]\nselect = ['TJ4']\n")
    assert settings_for(folder) == (Config(select=("TJ4",)), [str(folder / "pyproject.toml")])
    (folder / "pyproject.toml").unlink()
    assert settings_for(folder)[0].select == ("TJ2", "TJ3")


def test_settings_for_is_cached_per_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".tjlint.yaml", "select: [TJ1]\n")
    first = settings_for(tmp_path)
    import tjlint.settings.folders as module

    monkeypatch.setattr(module, "parse_settings", lambda raw, path: pytest.fail("parsed again"))
    assert settings_for(tmp_path) == first


def test_settings_for_reports_a_bad_file(tmp_path: Path) -> None:
    write(tmp_path / "x" / ".tjlint.yaml", "selct: [TJ1]\n")
    with pytest.raises(SettingsError, match=r"\.tjlint\.yaml: unknown key 'selct'"):
        settings_for(tmp_path / "x")

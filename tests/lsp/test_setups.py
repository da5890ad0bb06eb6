"""Settings and catalogues per folder, as the command line finds them, read again when they change."""

from __future__ import annotations

import json
from pathlib import Path

from tjlint.lsp.setups import Setups

SPECS = {"specs": [{"spec_id": 3, "spec_code": "modelarts.vm.cpu.8u", "max_num": 1}]}


def test_no_settings_file_means_the_defaults(tmp_path: Path) -> None:
    setup = Setups().for_folder(str(tmp_path))
    assert setup.problem is None and setup.linter is not None
    assert (setup.settings.select, setup.settings.ignore, setup.catalog) == ((), (), None)


def test_the_nearest_settings_file_counts_and_a_change_is_noticed(tmp_path: Path) -> None:
    setups = Setups()
    sub = tmp_path / "sub"
    sub.mkdir()
    (tmp_path / ".tjlint.yaml").write_text("ignore: [TJ402]\n", encoding="utf-8")
    first = setups.for_folder(str(sub))
    assert first.settings.ignore == ("TJ402",)
    assert setups.for_folder(str(sub)) is first  # nothing changed: nothing read again
    (sub / "pyproject.toml").write_text("[tool.tjlint]\nselect = ['TJ1']\n", encoding="utf-8")
    nearer = setups.for_folder(str(sub))
    assert (nearer.settings.select, nearer.settings.ignore) == (("TJ1",), ())
    (sub / "pyproject.toml").write_text("[tool.tjlint]\nselect = ['TJ2', 'TJ3']\n", encoding="utf-8")
    assert setups.for_folder(str(sub)).settings.select == ("TJ2", "TJ3")


def test_a_bad_settings_file_is_a_problem_named_by_its_key(tmp_path: Path) -> None:
    (tmp_path / ".tjlint.yaml").write_text("selekt: [TJ1]\n", encoding="utf-8")
    setup = Setups().for_folder(str(tmp_path))
    assert setup.linter is None
    assert setup.problem is not None and "selekt" in setup.problem


def test_a_catalogue_is_read_and_read_again_when_it_changes(tmp_path: Path) -> None:
    setups = Setups()
    (tmp_path / ".tjlint.yaml").write_text("catalog: [specs.json]\n", encoding="utf-8")
    catalogue = tmp_path / "specs.json"
    catalogue.write_text("{not json", encoding="utf-8")
    broken = setups.for_folder(str(tmp_path))
    assert broken.linter is None and broken.problem is not None and "specs.json" in broken.problem
    catalogue.write_text(json.dumps(SPECS), encoding="utf-8")
    fixed = setups.for_folder(str(tmp_path))
    assert fixed.problem is None and fixed.catalog is not None and fixed.catalog.specs is not None
    assert list(fixed.catalog.specs) == [3]

"""The installed package finds the same schemas in a wheel as in the repository."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import zipfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_one_copy_of_each_schema_is_committed() -> None:
    assert sorted(p.name for p in (ROOT / "schemas").glob("*.schema.json"))
    assert not (ROOT / "tjlint" / "schemas").exists()


def test_the_packages_listed_are_the_packages_there_are() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "tjlint").rglob("__init__.py")}
    assert set(pyproject["packages"]) == found | {"tjlint.schemas"}
    assert pyproject["package-dir"] == {"tjlint.schemas": "schemas"}


def test_an_editable_install_reads_the_committed_schemas() -> None:
    from tjlint.schemafiles import schema_path

    assert schema_path() == ROOT / "schemas" / "training-job-config.schema.json"
    done = subprocess.run([sys.executable, "-m", "tjlint", "schema", "--path", "--kind", "v2-job"],
                          capture_output=True, text=True, check=True)
    assert Path(done.stdout.strip()) == ROOT / "schemas" / "training-job-v2.schema.json"


def test_wheel_ships_the_schemas_and_py_typed(tmp_path: Path) -> None:
    # Built as pip builds it for users (an isolated build environment from the package index).
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
         str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = tmp_path.glob("tjlint-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "tjlint/py.typed" in names
        for schema in (ROOT / "schemas").glob("*.schema.json"):
            assert archive.read(f"tjlint/schemas/{schema.name}") == schema.read_bytes()
        assert any(n.endswith("entry_points.txt") and b"tjlint.cli:main" in archive.read(n) for n in names)
        archive.extractall(tmp_path / "site")
    # Installed from the wheel (its files first on the path), tjlint finds and prints its own copy.
    done = subprocess.run([sys.executable, "-m", "tjlint", "schema", "--path"], capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONPATH": str(tmp_path / "site")}, cwd=tmp_path)
    printed = Path(done.stdout.strip())
    assert printed == tmp_path / "site" / "tjlint" / "schemas" / "training-job-config.schema.json"
    assert printed.read_bytes() == (ROOT / "schemas" / "training-job-config.schema.json").read_bytes()


def test_a_source_checkout_imported_directly_reads_its_own_schemas(tmp_path: Path) -> None:
    """``python -m tjlint`` at the top of a clone imports ./tjlint, not the installed copy: with no
    ``tjlint.schemas`` package mapped there, the checkout's own schemas/ folder is read."""
    checkout = tmp_path / "clone"
    (checkout / "schemas").mkdir(parents=True)
    for schema in (ROOT / "schemas").glob("*.schema.json"):
        (checkout / "schemas" / schema.name).write_bytes(schema.read_bytes())
    subprocess.run(["cp", "-r", str(ROOT / "tjlint"), str(checkout / "tjlint")], check=True)
    body = checkout / "training-job.yaml"
    body.write_text("config_name: demo\nworker_server_num: 1\nspec_id: 1\nmodel_id: 4\ndataurl: /b/\n")
    # -S: site-packages without their .pth files (so no editable-install finder maps tjlint.schemas),
    # then the working folder first, as `python -m tjlint` at the top of a clone has it.
    isolated = [sys.executable, "-S", "-c", "import runpy, sys; sys.path[:0] = ['.', *sys.argv.pop(1).split(':')];"
                " sys.argv = ['tjlint', *sys.argv[1:]]; runpy.run_module('tjlint', run_name='__main__')",
                ":".join(site.getsitepackages())]
    done = subprocess.run([*isolated, "schema", "--path"], capture_output=True, text=True, cwd=checkout)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == checkout / "schemas" / "training-job-config.schema.json"
    done = subprocess.run([*isolated, "--format", "json", "training-job.yaml"], capture_output=True, text=True,
                          cwd=checkout)
    assert done.returncode == 1 and '"TJ102"' in done.stdout, done.stderr

"""The installed package finds the same schemas in a wheel as in the repository."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_bundled_schema_is_identical_to_the_canonical_one() -> None:
    canonical = sorted(p.name for p in (ROOT / "schemas").glob("*.schema.json"))
    bundled = sorted(p.name for p in (ROOT / "tjlint" / "schemas").glob("*.schema.json"))
    assert "training-job-config.schema.json" in canonical
    assert bundled == canonical
    for name in canonical:
        assert (ROOT / "tjlint" / "schemas" / name).read_bytes() == (ROOT / "schemas" / name).read_bytes()


def test_schema_path_of_this_install_is_the_bundled_file() -> None:
    from tjlint.schema import schema_path

    assert schema_path().read_bytes() == (ROOT / "schemas" / "training-job-config.schema.json").read_bytes()


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

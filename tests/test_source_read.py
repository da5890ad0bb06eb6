"""Reading a file's bytes: by its size, whole, and never more than the max-file-size limit."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import tjlint.read
from tjlint import Limits
from tjlint.read import read_file, read_file_bytes
from tjlint.read.source import Problem


def test_a_small_file_does_not_cost_a_buffer_of_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(b"config_name: x\n")
    tracemalloc.start()
    try:
        data = read_file_bytes(path, 100 * 1024 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == b"config_name: x\n"
    assert peak < 1024 * 1024  # a buffer of the 100 MB limit would show here


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 65537])
def test_a_file_is_read_whole_up_to_the_limit(tmp_path: Path, size: int) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(b"#" * size)
    assert read_file_bytes(path, size) == b"#" * size
    too_big = read_file_bytes(path, size - 1) if size else b""
    assert size == 0 or (isinstance(too_big, Problem) and too_big.code == "TJ005")


def _stat_saying(size: int) -> Any:
    """``os.stat`` as if the file had ``size`` bytes when tjlint looked (it grows after)."""
    real = os.stat

    def fake(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        info = list(real(path, *args, **kwargs))
        info[6] = size  # st_size
        return os.stat_result(info)

    return fake


def test_a_file_that_grows_after_its_size_is_taken_is_read_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(b"config_name: x\nspec_id: 1\n")
    monkeypatch.setattr(tjlint.read.os, "stat", _stat_saying(4))
    assert read_file_bytes(path, 1000) == b"config_name: x\nspec_id: 1\n"


def test_a_file_that_grows_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(b"a: 1\n" * 100)
    monkeypatch.setattr(tjlint.read.os, "stat", _stat_saying(5))
    data = read_file_bytes(path, 50)
    assert data == (b"a: 1\n" * 100)[:51]  # never more than just past the limit
    source = read_file(path, "c.yaml", Limits(max_file_size=50))
    assert [p.code for p in source.problems] == ["TJ005"]

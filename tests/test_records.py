"""The immutable records of the library and the run behave as frozen dataclasses do when copied or pickled.

Other processes (a plugin's, a pool of workers) receive settings, rules and findings pickled;
``copy.replace``-style code copies them. A copy equals the original and stays immutable.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

import tjlint
from tjlint.model import Context, Finding
from tjlint.runner import Options
from tjlint.settings import Limits, Settings

RECORDS: list[Any] = [
    Settings(select=("TJ1", "TJ205"), ignore=("TJ402",), strict=True, limits=Limits(max_depth=32),
             per_file_ignores={"legacy/*.yaml": ("TJ4",)}),
    Limits(max_file_size=1024, max_depth=8, max_nodes=100),
    Finding("/spec_id", "test jobs must not use the GPU spec 5", related=("/engine_id",), on_key=True, fix="1"),
    Context(kind="job", prefix="/config"),
    Options(select=("TJ1",), kind="job", catalog=("specs.json",)),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
@pytest.mark.parametrize("how", ["pickle", "copy", "deepcopy"])
def test_a_copied_record_equals_the_original_and_stays_frozen(record: Any, how: str) -> None:
    copied = pickle.loads(pickle.dumps(record)) if how == "pickle" else getattr(copy, how)(record)
    assert copied == record and type(copied) is type(record)
    assert repr(copied) == repr(record)
    first = record._fields[0]
    with pytest.raises(AttributeError):
        setattr(copied, first, None)


def test_a_pickled_rule_keeps_its_check_and_examples() -> None:
    rule = next(r for r in tjlint.BUILTIN_RULES if r.code == "TJ201")
    copied = pickle.loads(pickle.dumps(rule))
    assert (copied.code, copied.kinds, copied.check) == (rule.code, rule.kinds, rule.check)
    assert copied.good == rule.good and copied.bad == rule.bad

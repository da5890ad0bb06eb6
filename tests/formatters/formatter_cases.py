"""Shared inputs of the output-format tests (the fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tjlint.model import Diagnostic, Related, Severity, Span

#: A configuration that passes every check (values from the API page's example).
GOOD = """\
config_name: resnet-train
worker_server_num: 1
spec_id: 1
engine_id: 1
app_url: /my-bucket/code/
boot_file_url: /my-bucket/code/train.py
data_url: /my-bucket/data/
train_url: /my-bucket/output/
user_image_url: swr.cn-north-4.myhuaweicloud.com/my-org/train-image:1.0
user_command: bash /home/work/run_train.sh python /home/work/user-job-dir/code/train.py --lr 0.01
"""

#: Two findings: line 2 a quoted number (TJ103 error at 2:20-2:23), line 8 a directory
#: without its trailing slash (TJ402 warning at 8:12-8:29, fixable by appending '/').
BROKEN = GOOD.replace("worker_server_num: 1", 'worker_server_num: "1"').replace(
    "train_url: /my-bucket/output/", "train_url: /my-bucket/output"
)


@dataclass
class Ran:
    """What one run of ``tjlint`` printed and returned."""

    status: int
    stdout: str
    stderr: str


Runner = Callable[..., Ran]


def make_diagnostic(fields: dict[str, Any]) -> Diagnostic:
    """A diagnostic from its JSON fields (``line``, ``column``, ``end_line``, ``end_column`` make the span)."""
    span = Span(*(fields.pop(k) for k in ("line", "column", "end_line", "end_column")))
    return Diagnostic(span=span, **fields)


def diagnostic(**changes: Any) -> Diagnostic:
    """A TJ102 error at job.yaml:3:5-3:9, with ``changes`` applied."""
    fields: dict[str, Any] = {
        "path": "job.yaml", "line": 3, "column": 5, "end_line": 3, "end_column": 9,
        "code": "TJ102", "name": "unknown-field", "severity": Severity.ERROR,
        "message": "unknown field 'x'", "pointer": "/x",
    }
    fields.update(changes)
    return make_diagnostic(fields)


def related(pointer: str, line: int, column: int) -> Related:
    """A related field whose key was written at ``line``, ``column``."""
    return Related(pointer, Span(line, column, line, column))

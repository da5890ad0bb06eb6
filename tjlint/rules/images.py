"""TJ208, TJ211, TJ404: custom images.

A custom-image job names an SWR image (``user_image_url``) and the command
that starts it (``user_command``); its ``parameter`` items become container
environment variables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V1_KINDS, V2_JOB, V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules import v2_shared
from tjlint.rules.base import Rule, per_kind
from tjlint.rules.examples import example
from tjlint.rules.fields import present
from tjlint.rules.swr import image_problem

_ENV = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")


def _check_image_ref(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    ref = data.get("user_image_url") if isinstance(data, Mapping) else None
    if isinstance(ref, str):
        problem = image_problem(ref)
        if problem:
            yield Finding(
                pointer("user_image_url"),
                f"bad image address '{ref}': {problem} (the API would answer ModelArts.2810)",
            )



def _check_pair(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    image, command = present(data, "user_image_url"), present(data, "user_command")
    if image != command:
        have, lack = ("user_image_url", "user_command") if image else (
            "user_command", "user_image_url")
        yield Finding(
            pointer(have),
            f"{have} needs {lack}: a custom image and its start command go together (the"
            " API would answer ModelArts.2806 MustHaveCmdAndImage)",
            on_key=True,
        )


def _check_env_labels(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping) or not isinstance(data.get("user_image_url"), str):
        return
    items = data.get("parameter")
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        label = item.get("label") if isinstance(item, Mapping) else None
        if isinstance(label, str) and not _ENV.match(label):
            yield Finding(
                pointer("parameter", index, "label"),
                f"label '{label}' becomes an environment variable of the custom image but is"
                " not a valid variable name (letters, digits and '_', not starting with a"
                " digit)",
            )


_IMAGE = "swr.cn-north-4.myhuaweicloud.com/my-org/train-image:1.0"
_COMMAND = "bash /home/work/run_train.sh python /home/work/user-job-dir/code/train.py"

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ208", "image-command-pair", Severity.ERROR,
        "user_image_url without user_command, or the reverse.",
        "A custom image (`user_image_url`) is started with `user_command`; one without the"
        " other cannot run. The API would answer ModelArts.2806 (MustHaveCmdAndImage). Add"
        " the missing field, or remove the one present to use a built-in engine.",
        good=example(user_image_url=_IMAGE, user_command=_COMMAND),
        bad=example(user_image_url=_IMAGE),
        check=_check_pair, kinds=V1_KINDS,
    ),
    Rule(
        "TJ211", "env-var-label", Severity.WARNING,
        "With a custom image, a parameter label that is not a valid environment variable name.",
        "With a custom image, each `parameter` item becomes a container environment variable"
        " named by its `label`. A label such as `learning-rate` or `2nd_stage` is not a"
        " valid variable name (`[A-Za-z_][A-Za-z0-9_]*`), so the program cannot read it."
        " Rename the label, for example `learning_rate`.",
        good=example(user_image_url=_IMAGE, user_command=_COMMAND,
                     parameter=[{"label": "learning_rate", "value": "0.01"}]),
        bad=example(user_image_url=_IMAGE, user_command=_COMMAND,
                    parameter=[{"label": "learning-rate", "value": "0.01"}]),
        check=_check_env_labels, kinds=V1_KINDS,
    ),
    Rule(
        "TJ404", "bad-image-ref", Severity.ERROR,
        "user_image_url is not a valid SWR image address.",
        "`user_image_url` has the form `registry[:port]/organization/repository[:tag]`, or"
        " ends with `@sha256:<64 hex digits>`, for example"
        " `swr.cn-north-4.myhuaweicloud.com/my-org/train-image:1.0`. The organization has"
        " 1-64 lowercase letters, digits, `.`, `_` and `-`, starting with a letter; the"
        " repository (which may contain `/`) has 1-128 such characters; a tag has at most"
        " 128 letters, digits, `_`, `.` and `-` and does not start with `.` or `-`. The"
        " API would answer ModelArts.2810 (image lookup failed)."
        f" {V2_JOB.notes['TJ404']}",
        good=example(user_image_url=_IMAGE, user_command=_COMMAND),
        bad=example(user_image_url="swr.cn-north-4.myhuaweicloud.com/My_Org/train-image:1.0",
                    user_command=_COMMAND),
        check=per_kind({V1_KINDS: _check_image_ref, V2_KINDS: v2_shared.check_image}),
        kinds=V1_KINDS | V2_KINDS,
    ),
)

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
from tjlint.rules.base import Rule
from tjlint.rules.examples import example

_HOST = re.compile(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$"
)
_ORG = re.compile(r"^[a-z][a-z0-9]*(?:(?:[._-]|__)[a-z0-9]+)*$")
_REPO = re.compile(r"^[a-z0-9]+(?:[./_-][a-z0-9]+)*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_DIGEST = re.compile(r"^sha256:[0-9a-f]{64}$")
_ENV = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")
_FORM = "registry[:port]/organization/repository[:tag]"


def _registry_problem(registry: str) -> str | None:
    host, _, port = registry.partition(":")
    if ":" in registry and not (port.isascii() and port.isdigit() and 0 < int(port) < 65536):
        return f"registry port '{port}' is not a number from 1 to 65535"
    if not _HOST.match(host) or not ("." in host or ":" in registry or host == "localhost"):
        return f"'{registry}' is not a registry address such as swr.<region>.myhuaweicloud.com"
    return None


def _name_problem(name: str) -> str | None:
    parts = name.split("/")
    if len(parts) < 3:
        return f"the address must have the form {_FORM}"
    problem = _registry_problem(parts[0])
    if problem:
        return problem
    org, repo = parts[1], "/".join(parts[2:])
    if not (len(org) <= 64 and _ORG.match(org)):
        return (
            f"organization '{org}' must have 1-64 lowercase letters, digits, '.', '_' or '-',"
            " start with a letter, end with a letter or digit, with no two separators together"
        )
    if not (len(repo) <= 128 and _REPO.match(repo)):
        return (
            f"repository '{repo}' must have 1-128 lowercase letters, digits, '.', '/', '_' or"
            " '-', start and end with a letter or digit, with no two separators together"
        )
    return None


def image_problem(ref: str) -> str | None:
    """Why ``ref`` is not an SWR image address, or None when it is valid."""
    if "://" in ref:
        return f"remove the scheme: the address has the form {_FORM}"
    if not ref or any(c.isspace() for c in ref):
        return f"the address must have the form {_FORM}, with no spaces"
    name, at, digest = ref.partition("@")
    if at and not _DIGEST.match(digest):
        return f"digest '{digest}' must be 'sha256:' followed by 64 lowercase hex digits"
    head, slash, last = name.rpartition("/")
    repo, colon, tag = last.partition(":")
    if colon and not _TAG.match(tag):
        return (
            f"tag '{tag}' must have 1-128 letters, digits, '_', '.' or '-', not starting"
            " with '.' or '-'"
        )
    return _name_problem(head + slash + repo)


def _check_image_ref(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if ctx.kind in V2_KINDS:  # the current API (kind v2-job): tjlint.rules.v2_shared
        from tjlint.rules import v2_shared
        return (yield from v2_shared.check_image(data, ctx))
    ref = data.get("user_image_url") if isinstance(data, Mapping) else None
    if isinstance(ref, str):
        problem = image_problem(ref)
        if problem:
            yield Finding(
                pointer("user_image_url"),
                f"bad image address '{ref}': {problem} (the API would answer ModelArts.2810)",
            )


def _set(data: Mapping[str, Any], key: str) -> bool:
    return isinstance(data, Mapping) and data.get(key) is not None


def _check_pair(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    image, command = _set(data, "user_image_url"), _set(data, "user_command")
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
        check=_check_image_ref, kinds=V1_KINDS | V2_KINDS,
    ),
)

"""TJ203-TJ205: where the training code comes from.

A job runs either a built-in algorithm (``model_id``) or the user's code: a
code directory (``app_url``) and a boot file inside it (``boot_file_url``).
Both may be present (the API page's own sample sends both).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.diagnostics import Severity
from tjlint.rules.base import Context, Finding, Rule, pointer
from tjlint.rules.examples import example
from tjlint.rules.paths import contains, normalise


def _set(data: Mapping[str, Any], key: str) -> bool:
    return isinstance(data, Mapping) and data.get(key) is not None


def _check_pair(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    app, boot = _set(data, "app_url"), _set(data, "boot_file_url")
    if app and not boot:
        yield Finding(
            pointer("app_url"),
            "app_url needs boot_file_url, the file to run inside it (the API would answer"
            " ModelArts.2758)",
            on_key=True,
        )
    elif boot and not app:
        yield Finding(
            pointer("boot_file_url"),
            "boot_file_url needs app_url, the code directory that holds it (the API would"
            " answer ModelArts.2757)",
            on_key=True,
        )


def _check_code_source(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    if not any(_set(data, k) for k in ("model_id", "app_url", "boot_file_url")):
        yield Finding(
            "",
            "no code to run: set model_id (a built-in algorithm) or app_url with"
            " boot_file_url (your code) (the API would answer ModelArts.0104)",
        )


def _check_inside(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    if not isinstance(data, Mapping):
        return
    app, boot = data.get("app_url"), data.get("boot_file_url")
    if not (isinstance(app, str) and isinstance(boot, str)):
        return
    app_dir, boot_file = normalise(app), normalise(boot)
    if app_dir is None or boot_file is None:
        return
    if boot_file != app_dir and contains(app_dir, boot_file):
        return
    yield Finding(
        pointer("boot_file_url"),
        f"boot_file_url '{boot}' is not inside the code directory app_url '{app}'"
        " (the API would answer ModelArts.2758 BootFileDirError)",
        (pointer("app_url"),),
        on_key=True,
    )


RULES: tuple[Rule, ...] = (
    Rule(
        "TJ203", "code-dir-pair", Severity.ERROR,
        "app_url without boot_file_url, or the reverse.",
        "Your own training code is given as a code directory (`app_url`) and the file to"
        " run inside it (`boot_file_url`); one without the other is incomplete. The API"
        " would answer ModelArts.2758 (boot file missing) or ModelArts.2757 (code directory"
        " missing). Add the missing field.",
        good=example(),
        bad=example(boot_file_url=None),
        check=_check_pair,
    ),
    Rule(
        "TJ204", "no-code-source", Severity.ERROR,
        "Neither model_id nor the pair app_url + boot_file_url.",
        "A job needs code to run: a built-in algorithm (`model_id`, from Querying a"
        " Built-in Algorithm) or your own code (`app_url` with `boot_file_url`). The API"
        " page marks all three mandatory, but they are alternatives; giving both is"
        " accepted. With neither, the API would answer ModelArts.0104.",
        good=example(app_url=None, boot_file_url=None, engine_id=None, model_id=4),
        bad=example(app_url=None, boot_file_url=None),
        check=_check_code_source,
    ),
    Rule(
        "TJ205", "boot-file-outside-code-dir", Severity.ERROR,
        "boot_file_url is not inside app_url.",
        "Only the code directory `app_url` is downloaded to the training container, so the"
        " boot file must lie inside it. Paths are compared after normalisation (`.`, `..`,"
        " `//`) and folder by folder: the code directory `/b/app/` does not contain"
        " `/b/application/train.py`. The API would answer ModelArts.2758"
        " (BootFileDirError). Move the file, or point `app_url` at its folder.",
        good=example(boot_file_url="/my-bucket/code/train.py"),
        bad=example(boot_file_url="/my-bucket/code-old/train.py"),
        check=_check_inside,
    ),
)

"""TJ203-TJ205: where the training code comes from.

A job runs a built-in algorithm (``model_id``), the user's code (a code
directory ``app_url`` and a boot file inside it, ``boot_file_url``), or a
custom image with its start command (``user_image_url`` + ``user_command``).
With a custom image, ``run_train.sh`` downloads ``app_url`` and runs the
command: no boot file is read, so ``app_url`` alone is complete there.
Several sources may be present (the API page's own sample sends two).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V1_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules.base import Rule
from tjlint.rules.examples import example
from tjlint.rules.fields import present
from tjlint.rules.obs import contains, normalise


def _check_pair(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    app, boot = present(data, "app_url"), present(data, "boot_file_url")
    if app and not boot and not present(data, "user_image_url"):
        yield Finding(
            pointer("app_url"),
            "app_url needs boot_file_url, the file to run inside it (the API would answer"
            " ModelArts.2758); with a custom image, user_image_url and user_command run the"
            " code instead",
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
    # Half of the app_url/boot_file_url pair is TJ203's to report.
    sources = ("model_id", "app_url", "boot_file_url")
    if any(present(data, k) for k in sources) or (
            present(data, "user_image_url") and present(data, "user_command")):
        return
    yield Finding(
        "",
        "no code to run: set model_id (a built-in algorithm), app_url with boot_file_url"
        " (your code), or user_image_url with user_command (a custom image) (the API would"
        " answer ModelArts.0104)",
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


_IMAGE = "swr.cn-north-4.myhuaweicloud.com/my-org/train-image:1.0"
_COMMAND = "bash /home/work/run_train.sh python /home/work/user-job-dir/code/train.py"

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ203", "code-dir-pair", Severity.ERROR,
        "boot_file_url without app_url, or app_url without boot_file_url and no custom image.",
        "Your own training code is given as a code directory (`app_url`) and the file to"
        " run inside it (`boot_file_url`); one without the other is incomplete. The API"
        " would answer ModelArts.2758 (boot file missing) or ModelArts.2757 (code directory"
        " missing). Add the missing field. With a custom image (`user_image_url`), `app_url`"
        " alone is fine: `run_train.sh` downloads the code directory and runs"
        " `user_command`, and no boot file is read.",
        good=example(boot_file_url=None, user_image_url=_IMAGE, user_command=_COMMAND),
        bad=example(boot_file_url=None),
        check=_check_pair, kinds=V1_KINDS,
    ),
    Rule(
        "TJ204", "no-code-source", Severity.ERROR,
        "No code to run: no model_id, no app_url + boot_file_url, no custom image with its command.",
        "A job needs code to run: a built-in algorithm (`model_id`, from Querying a"
        " Built-in Algorithm), your own code (`app_url` with `boot_file_url`), or a custom"
        " image with its start command (`user_image_url` with `user_command`). The API"
        " page marks `model_id`, `app_url` and `boot_file_url` mandatory, but they are"
        " alternatives; giving more than one is accepted. With none, the API would answer"
        " ModelArts.0104. When only half of the `app_url`/`boot_file_url` pair is there,"
        " TJ203 reports it instead.",
        good=example(app_url=None, boot_file_url=None, engine_id=None, model_id=4),
        bad=example(app_url=None, boot_file_url=None),
        check=_check_code_source, kinds=V1_KINDS,
    ),
    Rule(
        "TJ205", "boot-file-outside-code-dir", Severity.ERROR,
        "boot_file_url is not inside app_url.",
        "Only the code directory `app_url` is downloaded to the training container, so the"
        " boot file must lie inside it. Paths are compared as written (OBS object names are"
        " literal), folder by folder: the code directory `/b/app/` does not contain"
        " `/b/application/train.py`. The API would answer ModelArts.2758"
        " (BootFileDirError). Move the file, or point `app_url` at its folder.",
        good=example(boot_file_url="/my-bucket/code/train.py"),
        bad=example(boot_file_url="/my-bucket/code-old/train.py"),
        check=_check_inside, kinds=V1_KINDS,
    ),
)

"""TJ707, TJ708, TJ715: the training container of a v2 job (environment variables, local folders)."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules.base import Rule
from tjlint.rules.examples import v2_example
from tjlint.rules.fields import mapping

_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_REFERENCE = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})")
_MA_USER = "/home/ma-user"
#: Folders ModelArts keeps for itself: a local code or working directory may not be in them.
_RESERVED = (f"{_MA_USER}/modelarts", f"{_MA_USER}/modelarts-dev", f"{_MA_USER}/infer")
_SERVER_ERROR = {"local_code_dir": "ModelArts.2857 InvalidLocalCodeDir",
                 "working_dir": "ModelArts.2859 InvalidWorkingDir"}


def _environments(data: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    found = mapping(data, "algorithm", "environments")
    for name, value in (found or {}).items():
        if isinstance(name, str):
            yield name, value


def _usable(name: str) -> str:
    """A valid variable name close to ``name`` (invalid characters become '_')."""
    fixed = re.sub(r"[^A-Za-z0-9_]", "_", name)
    return fixed if _ENV_NAME.fullmatch(fixed) else "_" + fixed


def _check_names(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for name, _ in _environments(data):
        if not _ENV_NAME.fullmatch(name):
            shown = name if len(name) <= 60 else name[:57] + "..."
            yield Finding(
                pointer("algorithm", "environments", name),
                f"'{shown}' is not a valid environment variable name: use letters, digits and '_',"
                f" not starting with a digit, such as '{_usable(shown)}' (the API would answer"
                " ModelArts.0104)",
                on_key=True,
            )


def local_dir_problem(value: str) -> str | None:
    """Why ``value`` cannot be a local code or working directory, or None."""
    if not value.startswith("/"):
        return "is not an absolute path under /home/"
    path = posixpath.normpath("/" + value.lstrip("/"))  # normpath keeps a leading '//'
    if not path.startswith("/home/"):
        return "is not under /home/"
    if path == _MA_USER:
        return f"is {_MA_USER} itself"
    for reserved in _RESERVED:
        if path == reserved or path.startswith(reserved + "/"):
            return f"is {'' if path == reserved else 'inside '}{reserved}, which ModelArts keeps for itself"
    return None


def _check_local_dirs(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    algo = mapping(data, "algorithm")
    for key in ("local_code_dir", "working_dir"):
        value = algo.get(key) if algo is not None else None
        if not isinstance(value, str) or not value:
            continue
        problem = local_dir_problem(value)
        if problem:
            yield Finding(
                pointer("algorithm", key),
                f"{key} '{value}' {problem}: use a folder under /home/ such as"
                f" /home/ma-user/code/ (the API would answer {_SERVER_ERROR[key]})",
            )


def _check_references(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for name, value in _environments(data):
        if isinstance(value, str) and (found := _REFERENCE.search(value)):
            yield Finding(
                pointer("algorithm", "environments", name),
                f"the value of {name} refers to {found.group(0)}, but the API passes values as they"
                f" are: {name} would hold the text '{found.group(0)}', not a variable's value;"
                " write the value itself",
            )


RULES: tuple[Rule, ...] = (
    Rule(
        "TJ707", "environment-names", Severity.ERROR,
        "An algorithm.environments name that is not a valid environment variable name.",
        "The names of `algorithm.environments` become environment variables of the training"
        " container. The API accepts only letters, digits and `_`, not starting with a digit"
        " (`[A-Za-z_][A-Za-z0-9_]*`): `LOG-LEVEL` or `2ND_STAGE` would be answered with"
        " ModelArts.0104. Rename the variable, for example `LOG_LEVEL`.",
        good=v2_example({"algorithm/environments": {"LOG_LEVEL": "debug"}}),
        bad=v2_example({"algorithm/environments": {"LOG-LEVEL": "debug"}}),
        check=_check_names, kinds=V2_KINDS,
    ),
    Rule(
        "TJ708", "local-dirs", Severity.ERROR,
        "local_code_dir or working_dir is not a usable folder under /home/.",
        "`algorithm.local_code_dir` (where the code is downloaded in the container) and"
        " `algorithm.working_dir` (where the job runs) must be folders under `/home/`, but not"
        " `/home/ma-user` itself, and not `/home/ma-user/modelarts`, `/home/ma-user/modelarts-dev`"
        " or `/home/ma-user/infer` or anything inside them: ModelArts keeps those for itself."
        " Paths are normalised first (`/home/ma-user/code/../modelarts` is inside"
        " `/home/ma-user/modelarts`). The API would answer ModelArts.2857 (InvalidLocalCodeDir) or"
        " 2859 (InvalidWorkingDir). The `local_dir` of inputs and outputs is not checked: its"
        " documented examples sit under `/home/ma-user/modelarts/inputs`.",
        good=v2_example({"algorithm/local_code_dir": "/home/ma-user/code/"}),
        bad=v2_example({"algorithm/local_code_dir": "/home/ma-user/modelarts/code/"}),
        check=_check_local_dirs, kinds=V2_KINDS,
    ),
    Rule(
        "TJ715", "env-reference", Severity.WARNING,
        "An environment variable value refers to another variable ($NAME or ${NAME}).",
        "The API passes `algorithm.environments` values as they are and does not expand `$`:"
        " `DATA: $HOME/data` sets DATA to the literal text `$HOME/data`. Write the value itself,"
        " or expand the variable in your start command.",
        good=v2_example({"algorithm/environments": {"DATA_DIR": "/home/ma-user/data"}}),
        bad=v2_example({"algorithm/environments": {"DATA_DIR": "${HOME}/data"}}),
        check=_check_references, kinds=V2_KINDS,
    ),
)

"""TJ401-TJ403, TJ405: OBS paths.

ModelArts v1 bodies name OBS objects as ``/bucket-name/path``, with no
scheme. OBS object names are literal: ``.`` and ``..`` are not folders to
resolve, so paths are compared as written. Directory fields end with ``/``;
the boot file does not, and a ``data_url`` may name a dataset manifest
file. The OBS helpers the rules share (schemes, buckets, comparable forms,
containment, fixes that keep quotes) are in :mod:`tjlint.rules.obs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V1_KINDS, V2_JOB, V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer, shared
from tjlint.rules import v2_shared
from tjlint.rules.base import Rule, per_kind
from tjlint.rules.examples import example
from tjlint.rules.obs import SCHEME, bucket_of, bucket_problem, contains, normalise, replacement, strip_scheme

#: Top-level fields that hold an OBS path.
OBS_FIELDS = ("app_url", "boot_file_url", "data_url", "train_url", "log_url")
#: Top-level fields that name a directory (and so end with ``/``).
DIR_FIELDS = ("app_url", "data_url", "train_url", "log_url")
#: Fields the API page says are "left blank" by default: an empty string is fine there.
BLANK_OK = frozenset({"train_url", "log_url"})

_ANY_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: A path with nothing wrong: '/', a bucket name OBS accepts (3 to 63 characters, letters, digits
#: and single '.' or '-' between them, not written like an IP address), then folders none of which
#: is '.' or '..'. Anything else (a valid name with '--' too) is looked at piece by piece.
_FINE = re.compile(
    r"/(?=[a-z0-9.-]{3,63}(?:/|\Z))(?![0-9]{1,3}(?:\.[0-9]{1,3}){3}(?:/|\Z))[a-z0-9]+(?:[.-][a-z0-9]+)*"
    r"(?:/(?!\.\.?(?:/|\Z))[^/]*)*"
)
#: Fields that may name a file instead of a directory: a dataset manifest.
_MANIFEST_OK = ("/data_url",)


def obs_fields(data: Mapping[str, Any]) -> Iterator[tuple[str, str, bool]]:
    """Every OBS path in ``data``: (pointer, string value, is a directory field)."""
    for name, ptr, is_dir in _FIELDS:
        value = data.get(name)
        if isinstance(value, str) and not (value == "" and name in BLANK_OK):
            yield ptr, value, is_dir
    items = data.get("data_source")
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, Mapping) and isinstance(item.get("data_url"), str):
                yield f"/data_source/{index}/data_url", item["data_url"], True


_FIELDS = tuple((name, pointer(name), name in DIR_FIELDS) for name in OBS_FIELDS)


def _obs_fields(data: Mapping[str, Any], ctx: Context) -> tuple[tuple[str, str, bool], ...]:
    """:func:`obs_fields` of ``data``, found once for the rules of this file that need them."""
    return shared(ctx, data, "obs_fields", lambda d: tuple(obs_fields(d)))


def dot_segment(value: str) -> str | None:
    """The first ``.`` or ``..`` folder of an OBS path (after the bucket), or None."""
    parts = strip_scheme(value).split("/")[2:]
    return next((p for p in parts if p in (".", "..")), None)


def _dots_problem(value: str) -> str | None:
    dots = dot_segment(value)
    if dots is None:
        return None
    return (f"'{value}' has a '{dots}' folder, but OBS object names are literal: '{dots}' does"
            " not lead to another folder; write the path without it")


def path_problem(value: str) -> str | None:
    """Why ``value`` is not a valid ``/bucket/path`` OBS path, or None."""
    # Most paths are fine: one expression tells so, and only the others are taken apart.
    return None if _FINE.fullmatch(value) else _path_problem(value)


def _path_problem(value: str) -> str | None:
    match = SCHEME.match(value)
    if match:
        rest = value[match.end():]
        also = [p for p in (bucket_problem(bucket_of(value)), _dots_problem(value)) if p]
        return (
            f"'{value}' uses the '{match.group(1)}://' scheme; ModelArts v1 expects"
            f" '/{rest}' (no scheme)" + "".join(f"; also, {p}" for p in also)
        )
    if _ANY_SCHEME.match(value):
        return f"'{value}' is a URL; write the OBS path as '/bucket-name/path'"
    if not value.startswith("/"):
        return f"'{value}' is not an OBS path; write it as '/bucket-name/path' (leading '/')"
    bucket = bucket_of(value)
    if not bucket:
        return f"'{value}' has no bucket name; write it as '/bucket-name/path'"
    return bucket_problem(bucket) or _dots_problem(value)


def names_a_manifest(ptr: str, value: str) -> bool:
    """Whether a data field names a dataset manifest file (``*.manifest``), not a directory."""
    is_data = ptr in _MANIFEST_OK or (ptr.startswith("/data_source/") and ptr.endswith("/data_url"))
    return is_data and value.rsplit("/", 1)[-1].endswith(".manifest")


def canonical(value: str, is_dir: bool) -> str:
    """The repaired value: scheme dropped when the bucket is valid, ``/`` added to dirs."""
    stripped = strip_scheme(value)
    if stripped != value and bucket_problem(bucket_of(value)) is not None:
        stripped = value
    if is_dir and not stripped.endswith("/"):
        stripped += "/"
    return stripped


def _is_dir(ptr: str, value: str, is_dir: bool) -> bool:
    return is_dir and not names_a_manifest(ptr, value)


def _check_obs_path(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for ptr, value, is_dir in _obs_fields(data, ctx):
        problem = path_problem(value)
        if problem is None:
            continue
        fix = None
        if SCHEME.match(value) and bucket_problem(bucket_of(value)) is None:
            # The whole repair (a directory's '/' too): a fix must leave a value no rule objects to.
            fix = replacement(ctx, ptr, value, canonical(value, _is_dir(ptr, value, is_dir)))
        yield Finding(ptr, f"{problem} (the API would answer ModelArts.2791)", fix=fix)


def _check_dir_slash(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for ptr, value, is_dir in _obs_fields(data, ctx):
        if not _is_dir(ptr, value, is_dir) or value.endswith("/") or value == "":
            continue
        new = canonical(value, is_dir)
        yield Finding(
            ptr,
            f"directory '{value}' should end with '/' (write '{new}')",
            fix=replacement(ctx, ptr, value, value + "/"),
        )


def _check_boot_file(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    value = data.get("boot_file_url")
    if isinstance(value, str) and value.endswith("/"):
        yield Finding(
            pointer("boot_file_url"),
            f"boot_file_url '{value}' ends with '/' but must name a file, such as"
            f" '{value}train.py' (the API would answer ModelArts.2758)",
        )


def _data_dirs(data: Mapping[str, Any], ctx: Context) -> Iterator[tuple[str, str]]:
    for ptr, value, _ in _obs_fields(data, ctx):
        if ptr == "/data_url" or ptr.startswith("/data_source/"):
            norm = normalise(value)
            if norm is not None:
                yield ptr, norm


def _overlap(name: str, value: str, out: str, data_dir: str) -> str | None:
    if contains(data_dir, out):
        what = "training output" if name == "train_url" else "logs"
        return f"{name} '{value}' is inside a data directory: {what} would land in the data"
    if name == "train_url" and contains(out, data_dir):
        return f"a data directory is inside {name} '{value}': the job would read its output"
    return None


def _check_overlap(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    dirs = list(_data_dirs(data, ctx))
    for name in ("train_url", "log_url"):
        value = data.get(name)
        if not isinstance(value, str) or (out := normalise(value)) is None:
            continue
        for ptr, data_dir in dirs:
            msg = _overlap(name, value, out, data_dir)
            if msg:
                yield Finding(pointer(name), msg + "; use separate folders", (ptr,), on_key=True)


EX = example

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ401", "bad-obs-path", Severity.ERROR,
        "An OBS path is not '/bucket/path', or its bucket name breaks OBS naming rules.",
        "ModelArts v1 names OBS objects as `/bucket-name/path`, without a scheme. This applies"
        " to `app_url`, `boot_file_url`, `data_url`, `train_url`, `log_url` and every"
        " `data_source[].data_url`. A value such as `obs://bucket/data/` or `s3://...` is"
        " written `/bucket/data/` (a safe fix drops the scheme, and adds a directory's"
        " closing `/`); a path without the leading `/`"
        " or without a bucket cannot be resolved. Bucket names have 3 to 63 characters:"
        " lowercase letters, digits, `-` and `.`, starting and ending with a letter or"
        " digit, with no `..`, `.-` or `-.`, and not written like an IP address. OBS object"
        " names are literal, so a `.` or `..` folder (`/bucket/code/../data/`) does not lead"
        " anywhere: it names an object nobody wrote. The API"
        " would answer ModelArts.2791 (invalid OBS path), 3572 or 3573."
        f" {V2_JOB.notes['TJ401']}",
        good=EX(data_url="/my-bucket/data/"),
        bad=EX(data_url="obs://my-bucket/data/"),
        check=per_kind({V1_KINDS: _check_obs_path, V2_KINDS: v2_shared.check_obs_paths}),
        kinds=V1_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ402", "directory-slash", Severity.WARNING,
        "A directory field does not end with '/'.",
        "`app_url`, `data_url`, `train_url`, `log_url` and `data_source[].data_url` name"
        " directories. Without the trailing `/`, OBS treats the value as an object name"
        " prefix, so `/bucket/data` also matches `/bucket/data-old/`. Add the `/`; a safe"
        " fix does it inside the quotes, when the value is otherwise a valid OBS path (for"
        " `obs://bucket/data` the TJ401 fix writes both repairs). A data URL may name a"
        " dataset manifest file (`/bucket/labels/V002.manifest`), which is not a directory."
        f" {V2_JOB.notes['TJ402']}",
        good=EX(train_url="/my-bucket/output/"),
        bad=EX(train_url="/my-bucket/output"),
        check=per_kind({V1_KINDS: _check_dir_slash, V2_KINDS: v2_shared.check_dir_slash}),
        kinds=V1_KINDS | V2_KINDS,
    ),
    Rule(
        "TJ403", "boot-file-is-dir", Severity.ERROR,
        "boot_file_url ends with '/'.",
        "`boot_file_url` names the Python file the job runs, inside the code directory"
        " `app_url`. A value ending with `/` is a directory, which cannot be run. Name the"
        " file, for example `/my-bucket/code/train.py`. The API would answer ModelArts.2758"
        " (boot file directory error).",
        good=EX(boot_file_url="/my-bucket/code/train.py"),
        bad=EX(boot_file_url="/my-bucket/code/train/"),
        check=_check_boot_file, kinds=V1_KINDS,
    ),
    Rule(
        "TJ405", "output-overlaps-input", Severity.WARNING,
        "train_url or log_url overlaps a data directory.",
        "When `train_url` or `log_url` is inside a data directory (`data_url` or a"
        " `data_source[].data_url`), the job writes its output or logs into the dataset, and"
        " the next run reads them as data. When a data directory is inside `train_url`, the"
        " job reads its own output. Paths are compared folder by folder, as written (OBS"
        " object names are literal): `/b/data-out/` is not inside `/b/data/`. Use separate"
        " folders."
        f" {V2_JOB.notes['TJ405']}",
        good=EX(train_url="/my-bucket/output/"),
        bad=EX(train_url="/my-bucket/data/output/"),
        check=per_kind({V1_KINDS: _check_overlap, V2_KINDS: v2_shared.check_overlap}),
        kinds=V1_KINDS | V2_KINDS,
    ),
)

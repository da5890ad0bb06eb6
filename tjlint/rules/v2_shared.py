"""The v2 side of shared rules: TJ401, TJ402, TJ405 (OBS paths), TJ404 (image), TJ303 (command).

The rules themselves live with their v1 checks (``paths``, ``images``,
``command``), which run these checks on v2 bodies (``per_kind``). The differences from v1:
OBS paths may be written ``/bucket/path`` or ``obs://bucket/path`` (the same
place); an empty ``log_export_path.obs_url`` means no export; an image may
leave out the registry host; a command is only checked for shell syntax
(``run_train.sh`` belongs to v1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.model import Context, Finding, pointer, shared
from tjlint.rules import obs, swr
from tjlint.rules.fields import items, mapping, text

#: The second pointer token of the places TJ405 compares: inputs, outputs, spec.log_export_path.
_COMPARED = frozenset({"inputs", "outputs", "log_export_path"})
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_FORMS = "/bucket-name/path or obs://bucket-name/path"
#: Stands in for a registry host an image address leaves out, so the SWR rules can check the rest.
_HOST = "swr.example.com"

ObsField = tuple[tuple[str | int, ...], str, bool]  # (pointer tokens, value, names a directory)


def obs_fields(data: Mapping[str, Any]) -> Iterator[ObsField]:
    """Every OBS path of a v2 body: (pointer tokens, value, whether it names a directory).

    An empty string is a field left blank, as everywhere in v2 bodies.
    """
    algo = mapping(data, "algorithm")
    code_dir = text(algo, "code_dir")
    local_code = code_dir is not None and code_dir.startswith("file://")  # code already in the image
    for key, is_dir in (("code_dir", True), ("boot_file", False), ("autosearch_config_path", False),
                        ("autosearch_framework_path", False)):
        value = text(algo, key)
        if value and not (local_code and key in ("code_dir", "boot_file")):
            yield ("algorithm", key), value, is_dir
    for channels, is_dir in (("inputs", False), ("outputs", True)):
        for index, item in items(data, "algorithm", channels):
            value = text(mapping(item, "remote", "obs"), "obs_url")
            if value:
                yield ("algorithm", channels, index, "remote", "obs", "obs_url"), value, is_dir
    log_url = text(mapping(data, "spec", "log_export_path"), "obs_url")
    if log_url:  # "" means no log export (the API page's sample sends it)
        yield ("spec", "log_export_path", "obs_url"), log_url, True
    yield from _storage_paths(data)


def _storage_paths(data: Mapping[str, Any]) -> Iterator[ObsField]:
    for index, item in items(data, "spec", "volumes"):
        for kind, key in (("pfs", "pfs_path"), ("obs", "obs_path")):
            value = text(mapping(item, kind), key)
            if value:
                yield ("spec", "volumes", index, kind, key), value, False
    for tokens in (("algorithm", "summary", "log_dir", "pfs", "pfs_path"),
                   ("spec", "output_model", "obs", "obs_path")):
        value = text(mapping(data, *tokens[:-1]), tokens[-1])
        if value:
            yield tokens, value, False


def _shared_obs_fields(data: Mapping[str, Any], ctx: Context) -> tuple[ObsField, ...]:
    """:func:`obs_fields` of ``data``, found once for TJ401, TJ402 and TJ405 of one body."""
    return shared(ctx, data, "v2_obs_fields", lambda d: tuple(obs_fields(d)))


def obs_path_problem(value: str) -> str | None:
    """Why ``value`` is not an OBS path of the current API (either form), or None."""
    scheme = _URL.match(value)
    if scheme and scheme.group(1).lower() == "s3":
        rest = value[scheme.end():]
        return f"'{value}' uses the 's3://' scheme: write '/{rest}' or 'obs://{rest}'"
    if scheme and scheme.group(1).lower() != "obs":
        return f"'{value}' is a URL, not an OBS path: write it as {_FORMS}"
    if not scheme and not value.startswith("/"):
        return f"'{value}' is not an OBS path: write it as {_FORMS} (with the leading '/')"
    bucket = obs.bucket_of("/" + value[scheme.end():] if scheme else value)
    if not bucket:
        return f"'{value}' has no bucket name: write it as {_FORMS}"
    segments = value[scheme.end() if scheme else 1:].split("/")[1:]
    if any(s in (".", "..") for s in segments):
        return f"'{value}' has a '.' or '..' folder, but OBS names are literal: '..' does not go up"
    return obs.bucket_problem(bucket)


def check_obs_paths(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ401 on a v2 body."""
    for tokens, value, is_dir in _shared_obs_fields(data, ctx):
        problem = obs_path_problem(value)
        if problem is None:
            continue
        ptr, fix = pointer(*tokens), None
        # The fix writes the whole repair (a directory's '/' too): a fix must leave a valid value.
        new = "/" + value[5:] + ("/" if is_dir and not value.endswith("/") else "")
        if value[:5].lower() == "s3://" and obs_path_problem(new) is None:
            fix = obs.replacement(ctx, ptr, value, new)
        yield Finding(ptr, f"{problem} (the API would answer ModelArts.2791 InvalidObsPath)", fix=fix)


def check_dir_slash(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ402 on a v2 body: directories are code_dir, outputs and the log export path."""
    for tokens, value, is_dir in _shared_obs_fields(data, ctx):
        if is_dir and not value.endswith("/"):
            ptr = pointer(*tokens)
            fixable = obs_path_problem(value + "/") is None  # never a fix that leaves TJ401
            yield Finding(ptr, f"directory '{value}' should end with '/' (write '{value}/')",
                          fix=obs.replacement(ctx, ptr, value, value + "/") if fixable else None)


def check_overlap(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ405 on a v2 body: outputs and the log export path against the OBS inputs."""
    places = [(t, v, obs.normalise(v)) for t, v, _ in _shared_obs_fields(data, ctx) if t[1] in _COMPARED]
    inputs = [(pointer(*t), v, n) for t, v, n in places if n is not None and t[1] == "inputs"]
    for tokens, value, out in places:
        is_output = tokens[1] == "outputs"
        if out is None or tokens[1] == "inputs" or not inputs:
            continue
        what = "the output" if is_output else "the log export path"
        for in_ptr, in_value, data_dir in inputs:
            if obs.contains(data_dir, out):
                problem = f"{what} '{value}' is inside the input '{in_value}': it would land in the data"
            elif is_output and obs.contains(out, data_dir):
                problem = f"the input '{in_value}' is inside {what} '{value}': the job would read its output"
            else:
                continue
            yield Finding(pointer(*tokens), problem + "; use separate folders", (in_ptr,), on_key=True)


def image_problem(ref: str) -> str | None:
    """Why ``ref`` is not an SWR image address of the current API (registry host optional)."""
    name = ref.partition("@")[0]
    first, slash, rest = name.partition("/")
    if not slash:
        return "the address has the form [registry/]organization/repository[:tag]"
    # A host is a first part with '.', ':' or localhost, before at least two more (as Docker reads it).
    has_host = "/" in rest and ("." in first or ":" in first or first == "localhost")
    return swr.image_problem(ref if has_host or "://" in ref else f"{_HOST}/{ref}")


def check_image(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ404 on a v2 body (``algorithm.engine.image_url``)."""
    ref = text(mapping(data, "algorithm", "engine"), "image_url")
    if ref is not None and (problem := image_problem(ref)):
        yield Finding(pointer("algorithm", "engine", "image_url"),
                      f"bad image address '{ref}': {problem} (the API would answer ModelArts.2810)")


def check_command(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    """TJ303 on a v2 body (``algorithm.command``)."""
    command = text(mapping(data, "algorithm"), "command")
    if command is not None and (problem := _syntax_problem(command)):
        yield Finding(pointer("algorithm", "command"),
                      f"algorithm.command cannot be read as a shell command: {problem}")


def _syntax_problem(command: str) -> str | None:
    from tjlint.shell import syntax_problem  # the shell reader loads only for bodies that hold a command

    return syntax_problem(command)

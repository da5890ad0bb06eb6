"""SWR image addresses: ``registry[:port]/organization/repository[:tag][@digest]``.

Shared by the image rule of v1 bodies (:mod:`tjlint.rules.images`) and its
v2 side (:mod:`tjlint.rules.v2_shared`).
"""

from __future__ import annotations

import re

_HOST = re.compile(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$"
)
_ORG = re.compile(r"^[a-z][a-z0-9]*(?:(?:[._-]|__)[a-z0-9]+)*$")
_REPO = re.compile(r"^[a-z0-9]+(?:[./_-][a-z0-9]+)*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_DIGEST = re.compile(r"^sha256:[0-9a-f]{64}$")
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

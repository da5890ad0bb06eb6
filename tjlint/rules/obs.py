"""OBS paths as every rule that reads them sees them: schemes, buckets, comparable forms, fixes.

OBS object names are literal: ``.`` and ``..`` are not folders to resolve, so
paths are compared as written. Shared by the v1 path rules
(:mod:`tjlint.rules.paths`), their v2 side (:mod:`tjlint.rules.v2_shared`),
the code source rules and the reading of ``user_command``.
"""

from __future__ import annotations

import re

from tjlint.model import Context

#: The schemes people write in front of an OBS path (v1 bodies take none).
SCHEME = re.compile(r"^(obs|s3)://", re.IGNORECASE)
_BUCKET_CHARS = re.compile(r"^[a-z0-9.-]+$")
_IP_LIKE = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{1,3}){3}\Z")


def strip_scheme(value: str) -> str:
    """``obs://bucket/path`` or ``s3://bucket/path`` -> ``/bucket/path``; others unchanged."""
    match = SCHEME.match(value)
    return "/" + value[match.end():] if match else value


def normalise(value: str) -> str | None:
    """A comparable form of an OBS path: scheme removed, no trailing ``/``, otherwise as written.

    Object names are literal, so ``.`` and ``..`` are not resolved (TJ401
    reports them). None when the value is not an absolute ``/bucket/...`` path.
    """
    value = strip_scheme(value)
    if not value.startswith("/"):
        return None
    return "/" + value.strip("/")


def contains(outer: str, inner: str) -> bool:
    """Whether normalised path ``inner`` is ``outer`` or lies below it (component-wise)."""
    if outer == "/":
        return True
    return inner == outer or inner.startswith(outer + "/")


def bucket_of(value: str) -> str:
    """The bucket name of an OBS path (scheme or not), "" when there is none."""
    value = strip_scheme(value)
    return value[1:].split("/", 1)[0] if value.startswith("/") else ""


def bucket_problem(name: str) -> str | None:
    """Why ``name`` is not a valid OBS bucket name, or None if it is valid."""
    if not 3 <= len(name) <= 63:
        return f"bucket name '{name}' must have 3 to 63 characters"
    if not _BUCKET_CHARS.match(name):
        return (
            f"bucket name '{name}' may only hold lowercase letters, digits, '-' and '.'"
        )
    if not (name[0].isalnum() and name[-1].isalnum()):
        return f"bucket name '{name}' must start and end with a letter or digit"
    if ".." in name or ".-" in name or "-." in name:
        return f"bucket name '{name}' must not contain '..', '.-' or '-.'"
    if _IP_LIKE.match(name):  # formatted like one, valid or not ("192.168.01.1", "256.1.1.1")
        return f"bucket name '{name}' must not look like an IP address"
    return None


def replacement(ctx: Context, ptr: str, value: str, new: str) -> str | None:
    """Source text that writes ``new`` where ``value`` was written, keeping its quotes.

    None when the source text is unknown or not a plain rendering of ``value``
    (escapes, block scalars): a fix must never guess.
    """
    text = ctx.value_text(ptr)
    if text is None:
        return None
    if len(text) >= 2 and text[0] in "\"'" and text[-1] == text[0]:
        quote = text[0]
        if text[1:-1] == value and quote not in new and "\\" not in new:
            return quote + new + quote
        return None
    return new if text == value else None

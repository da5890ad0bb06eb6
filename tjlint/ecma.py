"""JSON Schema patterns (ECMA-262 regular expressions) with ECMA-262 meaning in Python's ``re``.

The one difference that matters for our schemas: in ECMA-262 (without the multiline flag) ``$``
matches only at the very end of the text, while Python's ``$`` also matches before a final
newline, so ``^[A-Za-z0-9_-]+$`` would accept ``"cfg\\n"``. Each ``$`` outside a character class
becomes ``\\Z``.
"""

from __future__ import annotations

import functools
import re


def to_python(pattern: str) -> str:
    """The Python spelling of an ECMA-262 ``pattern``."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return "".join(out)


@functools.lru_cache(maxsize=64)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with ECMA-262 meaning (searched, as JSON Schema's ``pattern`` is)."""
    return re.compile(to_python(pattern))

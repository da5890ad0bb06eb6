"""Offer a fix only when the value it writes passes every rule on that field.

A rule repairs one problem of a value; the value it writes may still break
another rule (``ml-data/coco/`` is not an OBS path either, and a quoted
``"yes"`` is not a command). Before diagnostics leave the engine, the fixes
of a document are written into a copy of it, the copy is checked with every
rule of the run (whatever ``select`` and ``ignore`` say), and a fix whose
value still draws a diagnostic is dropped. Cross-field diagnostics that merely
point at the field (its key) do not count: they are about the pair, not the
value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import yaml

from tjlint.model import Diagnostic, tokens

if TYPE_CHECKING:
    from tjlint.engine import Linter

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KEY = "\x00key"  # the pointer a trial diagnostic gets when it points at a key, not a value


def _value_of(replacement: str, fmt: str) -> Any:
    """The value the replacement text stands for, read the way the file is read."""
    if fmt == "json":
        return json.loads(replacement)
    if _QUOTED.fullmatch(replacement):  # most fixes write quoted text: its value is what is inside
        return replacement[1:-1]
    return yaml.load(replacement, Loader=_Loader)  # a safe loader: nothing is constructed


#: A YAML string in quotes with nothing to unescape: printable ASCII, no backslash in double quotes,
#: no quote of its kind inside.
_QUOTED = re.compile(r'"[ !#-\[\]-~]*"|\'[ -&(-~]*\'')


def _with_value(node: Any, tokens: Sequence[str], value: Any) -> Any:
    """A copy of ``node`` with the value at ``tokens`` replaced; containers on the way are copied."""
    if not tokens:
        return value
    head, rest = tokens[0], tokens[1:]
    if isinstance(node, list):
        copy_list = list(node)
        copy_list[int(head)] = _with_value(node[int(head)], rest, value)
        return copy_list
    if isinstance(node, Mapping):
        copy_map: MutableMapping[Any, Any] = dict(node)
        copy_map[head] = _with_value(node[head], rest, value)
        return copy_map
    raise KeyError(head)


def _rejected(linter: Linter, path: str, document: Any) -> set[str]:
    """The pointers of the values that the run's rules, every one of them selected, find fault with."""
    return {_KEY if finding.on_key else prefix + finding.pointer
            for _, finding, prefix in linter.every_rule.found(None, path, document)}


def valid_fixes_only(linter: Linter, path: str, index: int, data: Any,
                     diagnostics: list[Diagnostic], fmt: str) -> list[Diagnostic]:
    """``diagnostics`` with the fixes whose written value some rule still rejects removed."""
    groups: dict[str, list[int]] = {}
    for position, diagnostic in enumerate(diagnostics):
        if diagnostic.fix:
            groups.setdefault(diagnostic.pointer, []).append(position)
    invalid: set[int] = set()
    # Two fixes of one value (a scheme and a slash, say) are tried in separate rounds.
    for round_ in range(max((len(v) for v in groups.values()), default=0)):
        batch = {ptr: found[round_] for ptr, found in groups.items() if len(found) > round_}
        document = data
        for ptr, position in batch.items():
            try:
                value = _value_of(diagnostics[position].fix[0].replacement, fmt)
                document = _with_value(document, tokens(ptr), value)
            except (ValueError, KeyError, IndexError, yaml.YAMLError):
                invalid.add(position)
        rejected = _rejected(linter, path, document)
        invalid.update(position for ptr, position in batch.items() if ptr in rejected)
    return [replace(d, fix=()) if n in invalid else d for n, d in enumerate(diagnostics)]

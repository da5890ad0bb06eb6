"""The parse floors: read and parse each file with libyaml (or json), nothing else.

``python benchmarks/floor.py FILE...`` loads each file (``yaml.load`` with the
C loader, or ``json.loads``); ``--compose`` only composes YAML into libyaml's
node graph (``yaml.compose_all``), building no Python values. That is the least
any YAML/JSON linter written in Python has to pay for the same files; the
benchmark compares tjlint with it. PyYAML is imported only when a YAML file is
given, so on JSON files this is the ``json.loads`` floor.
"""

from __future__ import annotations

import json
import sys


def main(args: list[str]) -> int:
    """Parse every file; exit 1 if any does not parse."""
    compose = "--compose" in args
    paths = [a for a in args if a != "--compose"]
    errors: tuple[type[Exception], ...] = (ValueError,)
    if not all(path.endswith(".json") for path in paths):
        import yaml  # only for YAML files: on JSON files this is the json.loads floor

        errors = (ValueError, yaml.YAMLError)
    failed = 0
    for path in paths:
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            if path.endswith(".json"):
                json.loads(raw)
            elif compose:
                for _ in yaml.compose_all(raw, Loader=yaml.CSafeLoader):
                    pass
            else:
                yaml.load(raw, Loader=yaml.CSafeLoader)
        except errors:
            failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

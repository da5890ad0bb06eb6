"""The parse floor: read and parse each file with libyaml (or json), nothing else.

``python benchmarks/floor.py FILE...`` is the least any YAML/JSON linter
written in Python has to pay for the same files; the benchmark compares
tjlint with it.
"""

from __future__ import annotations

import json
import sys

import yaml


def main(paths: list[str]) -> int:
    """Parse every file; exit 1 if any does not parse."""
    failed = 0
    for path in paths:
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            if path.endswith(".json"):
                json.loads(raw)
            else:
                yaml.load(raw, Loader=yaml.CSafeLoader)
        except (ValueError, yaml.YAMLError):
            failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

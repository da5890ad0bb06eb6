"""Build the passing and failing YAML examples shown by ``tjlint rules CODE``.

Each example is a complete small configuration, so that the only difference
between a rule's passing and failing example is the rule's subject.
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's emitter writes the same text several times faster; the examples are built at import.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

#: A clean configuration: every example starts from it.
BASE: dict[str, Any] = {
    "config_name": "resnet-train",
    "worker_server_num": 1,
    "spec_id": 1,
    "engine_id": 1,
    "app_url": "/my-bucket/code/",
    "boot_file_url": "/my-bucket/code/train.py",
    "data_url": "/my-bucket/data/",
    "train_url": "/my-bucket/output/",
}


def example(**changes: Any) -> str:
    """The base configuration as YAML, with ``changes`` applied (None removes a key)."""
    body = dict(BASE)
    for key, value in changes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return yaml.dump(body, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000)

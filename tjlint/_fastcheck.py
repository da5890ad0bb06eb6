"""Quick schema checks compiled from tjlint/schemas/*.schema.json.

Generated: do not edit.
Rewrite with ``python -m tjlint._fastcheck_gen`` after changing a schema. ``is_valid``
is True only when jsonschema would find no error; False means: ask jsonschema.
"""

# ruff: noqa: SIM103, UP034, E713
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


def _c0(x: Any) -> bool:
    # tjlint-settings.schema.json#
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k8.get(k)
        if f is None or not f(v):
            return False
    return True


def _c1(x: Any) -> bool:
    # tjlint-settings.schema.json#/$defs/codes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c2, x)):
        return False
    return True


def _c2(x: Any) -> bool:
    # tjlint-settings.schema.json#/$defs/code
    if not (isinstance(x, str)):
        return False
    if _k0(x) is None:
        return False
    return True


def _c6(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/severity
    if not (isinstance(x, dict)):
        return False
    if not all(map(_c2, x)):
        return False
    for k, v in x.items():
        f = _k1.get(k)
        if f is None:
            f = _c8
        if f is not None and not f(v):
            return False
    return True


def _c8(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/severity/additionalProperties
    if not (isinstance(x, str) and x in _k2):
        return False
    return True


def _c9(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/catalog
    if not (isinstance(x, list)):
        return False
    if not all(map(_c10, x)):
        return False
    return True


def _c10(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/catalog/items
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    return True


def _c11(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/include
    if not (isinstance(x, list)):
        return False
    if len(x) < 1:
        return False
    if not all(map(_c12, x)):
        return False
    return True


def _c12(x: Any) -> bool:
    # tjlint-settings.schema.json#/$defs/glob
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    return True


def _c14(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/exclude
    if not (isinstance(x, list)):
        return False
    if len(x) < 1:
        return False
    if not all(map(_c12, x)):
        return False
    return True


def _c16(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/per-file-ignores
    if not (isinstance(x, dict)):
        return False
    if not all(map(_c12, x)):
        return False
    for k, v in x.items():
        f = _k3.get(k)
        if f is None:
            f = _c1
        if f is not None and not f(v):
            return False
    return True


def _c19(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/limits
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k4.get(k)
        if f is None or not f(v):
            return False
    return True


def _c20(x: Any) -> bool:
    # tjlint-settings.schema.json#/$defs/positive
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c24(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/strict
    if not (isinstance(x, bool)):
        return False
    return True


def _c25(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/kinds
    if not (isinstance(x, dict)):
        return False
    if not all(map(_c12, x)):
        return False
    for k, v in x.items():
        f = _k5.get(k)
        if f is None:
            f = _c27
        if f is not None and not f(v):
            return False
    return True


def _c27(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/kinds/additionalProperties
    if not (isinstance(x, str) and x in _k6):
        return False
    return True


def _c28(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/plugins
    if not (isinstance(x, list)):
        return False
    if not all(map(_c29, x)):
        return False
    return True


def _c29(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/plugins/items
    if not (isinstance(x, str)):
        return False
    if _k7(x) is None:
        return False
    return True


def _c30(x: Any) -> bool:
    # tjlint-settings.schema.json#/properties/allow-empty
    if not (isinstance(x, bool)):
        return False
    return True


def _c31(x: Any) -> bool:
    # training-job-config-update.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('worker_server_num' in x and 'spec_id' in x):
        return False
    for k, v in x.items():
        f = _k12.get(k)
        if f is None or not f(v):
            return False
    return True


def _c32(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/config_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c34(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/worker_server_num
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c36(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/app_url
    if not (isinstance(x, str)):
        return False
    return True


def _c38(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/boot_file_url
    if not (isinstance(x, str)):
        return False
    return True


def _c40(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/model_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c42(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameter
    if not (isinstance(x, list)):
        return False
    if not all(map(_c43, x)):
        return False
    return True


def _c43(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem
    if not (isinstance(x, dict)):
        return False
    if not ('label' in x and 'value' in x):
        return False
    for k, v in x.items():
        f = _k9.get(k)
        if f is None or not f(v):
            return False
    return True


def _c44(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c45(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c48(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/spec_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c50(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c52(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c54(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c56(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_source
    if not (isinstance(x, list)):
        return False
    if len(x) < 1:
        return False
    if not all(map(_c57, x)):
        return False
    return True


def _c57(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k11.get(k)
        if f is None or not f(v):
            return False
    return True


def _c58(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c59(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_version
    if not (isinstance(x, str)):
        return False
    return True


def _c60(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k10):
        return False
    return True


def _c61(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c64(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/engine_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c66(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/train_url
    if not (isinstance(x, str)):
        return False
    return True


def _c68(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/log_url
    if not (isinstance(x, str)):
        return False
    return True


def _c70(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c72(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_command
    if not (isinstance(x, str)):
        return False
    return True


def _c74(x: Any) -> bool:
    # training-job-config.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('config_name' in x and 'worker_server_num' in x and 'spec_id' in x):
        return False
    for k, v in x.items():
        f = _k14.get(k)
        if f is None or not f(v):
            return False
    return True


def _c75(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/config_name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k13(x) is None:
        return False
    return True


def _c93(x: Any) -> bool:
    # training-job.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('job_name' in x and 'config' in x):
        return False
    for k, v in x.items():
        f = _k20.get(k)
        if f is None or not f(v):
            return False
    return True


def _c94(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k15(x) is None:
        return False
    return True


def _c96(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c98(x: Any) -> bool:
    # training-job.schema.json#/$defs/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c100(x: Any) -> bool:
    # training-job.schema.json#/$defs/config
    if not (isinstance(x, dict)):
        return False
    if not ('worker_server_num' in x):
        return False
    for k, v in x.items():
        f = _k19.get(k)
        if f is None or not f(v):
            return False
    return True


def _c116(x: Any) -> bool:
    # training-job.schema.json#/$defs/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c118(x: Any) -> bool:
    # training-job.schema.json#/$defs/create_version
    if not (isinstance(x, bool)):
        return False
    return True


def _c120(x: Any) -> bool:
    # training-job.schema.json#/$defs/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c121, x)):
        return False
    return True


def _c121(x: Any) -> bool:
    # training-job.schema.json#/$defs/volumeItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k18.get(k)
        if f is None or not f(v):
            return False
    return True


def _c122(x: Any) -> bool:
    # training-job.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    if not ('id' in x and 'src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k16.get(k)
        if f is None or not f(v):
            return False
    return True


def _c123(x: Any) -> bool:
    # training-job.schema.json#/$defs/nfsVolume/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c124(x: Any) -> bool:
    # training-job.schema.json#/$defs/nfsVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c125(x: Any) -> bool:
    # training-job.schema.json#/$defs/dest_path
    if not (isinstance(x, str)):
        return False
    return True


def _c127(x: Any) -> bool:
    # training-job.schema.json#/$defs/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c130(x: Any) -> bool:
    # training-job.schema.json#/$defs/hostPathVolume
    if not (isinstance(x, dict)):
        return False
    if not ('src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k17.get(k)
        if f is None or not f(v):
            return False
    return True


def _c131(x: Any) -> bool:
    # training-job.schema.json#/$defs/hostPathVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


_k0 = re.compile('^[A-Za-z]+[0-9]*\\Z').search
_k1: dict[str, Callable[[Any], bool]] = {
}
_k2 = frozenset(['error', 'warning'])
_k3: dict[str, Callable[[Any], bool]] = {
}
_k4: dict[str, Callable[[Any], bool]] = {
    'max-file-size': _c20,
    'max-depth': _c20,
    'max-nodes': _c20,
}
_k5: dict[str, Callable[[Any], bool]] = {
}
_k6 = frozenset(['config', 'config-update', 'job'])
_k7 = re.compile('^[A-Za-z0-9][A-Za-z0-9_.-]*\\Z').search
_k8: dict[str, Callable[[Any], bool]] = {
    'select': _c1,
    'ignore': _c1,
    'severity': _c6,
    'catalog': _c9,
    'include': _c11,
    'exclude': _c14,
    'per-file-ignores': _c16,
    'limits': _c19,
    'strict': _c24,
    'kinds': _c25,
    'plugins': _c28,
    'allow-empty': _c30,
}
_k9: dict[str, Callable[[Any], bool]] = {
    'label': _c44,
    'value': _c45,
}
_k10 = frozenset(['dataset', 'obs'])
_k11: dict[str, Callable[[Any], bool]] = {
    'dataset_id': _c58,
    'dataset_version': _c59,
    'type': _c60,
    'data_url': _c61,
}
_k12: dict[str, Callable[[Any], bool]] = {
    'config_desc': _c32,
    'worker_server_num': _c34,
    'app_url': _c36,
    'boot_file_url': _c38,
    'model_id': _c40,
    'parameter': _c42,
    'spec_id': _c48,
    'data_url': _c50,
    'dataset_id': _c52,
    'dataset_version_id': _c54,
    'data_source': _c56,
    'engine_id': _c64,
    'train_url': _c66,
    'log_url': _c68,
    'user_image_url': _c70,
    'user_command': _c72,
}
_k13 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k14: dict[str, Callable[[Any], bool]] = {
    'config_name': _c75,
    'config_desc': _c32,
    'worker_server_num': _c34,
    'app_url': _c36,
    'boot_file_url': _c38,
    'model_id': _c40,
    'parameter': _c42,
    'spec_id': _c48,
    'data_url': _c50,
    'dataset_id': _c52,
    'dataset_version_id': _c54,
    'data_source': _c56,
    'engine_id': _c64,
    'train_url': _c66,
    'log_url': _c68,
    'user_image_url': _c70,
    'user_command': _c72,
}
_k15 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k16: dict[str, Callable[[Any], bool]] = {
    'id': _c123,
    'src_path': _c124,
    'dest_path': _c125,
    'read_only': _c127,
}
_k17: dict[str, Callable[[Any], bool]] = {
    'src_path': _c131,
    'dest_path': _c125,
    'read_only': _c127,
}
_k18: dict[str, Callable[[Any], bool]] = {
    'nfs': _c122,
    'host_path': _c130,
}
_k19: dict[str, Callable[[Any], bool]] = {
    'worker_server_num': _c34,
    'app_url': _c36,
    'boot_file_url': _c38,
    'model_id': _c40,
    'parameter': _c42,
    'spec_id': _c48,
    'data_url': _c50,
    'dataset_id': _c52,
    'dataset_version_id': _c54,
    'data_source': _c56,
    'engine_id': _c64,
    'train_url': _c66,
    'log_url': _c68,
    'user_image_url': _c70,
    'user_command': _c72,
    'pool_id': _c116,
    'create_version': _c118,
    'volumes': _c120,
}
_k20: dict[str, Callable[[Any], bool]] = {
    'job_name': _c94,
    'job_desc': _c96,
    'workspace_id': _c98,
    'config': _c100,
}

#: The compiled check of each bundled schema, by name.
CHECKS: dict[str, Callable[[Any], bool]] = {
    'tjlint-settings': _c0,
    'training-job-config-update': _c31,
    'training-job-config': _c74,
    'training-job': _c93,
}


def is_valid(schema_name: str, document: Any) -> bool:
    """True when ``document`` certainly meets the schema ``schema_name``."""
    check = CHECKS.get(schema_name)
    return check is not None and check(document)

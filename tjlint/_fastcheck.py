"""Quick schema checks compiled from tjlint/schemas/*.schema.json.

Generated: do not edit.
Rewrite with ``python -m tjlint._fastcheck_gen`` after changing a schema. ``is_valid``
is True only when jsonschema would find no error; False means: explain the failure.
"""

# ruff: noqa: SIM102, SIM103, UP034, E501, E713
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
    # training-job-config-update.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('worker_server_num' in x):
        return False
    for k in x:
        if k not in _k9:
            return False
    for k, v in x.items():
        f = _k10.get(k)
        if f is not None and not f(v):
            return False
    if not _c33(x):
        return False
    if not (_c102(x)):
        return False
    return True


def _c31(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/config_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c33(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/configFields
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k18.get(k)
        if f is not None and not f(v):
            return False
    return True


def _c34(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/worker_server_num
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 2147483647:
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
    for k, v in x.items():
        f = _k11.get(k)
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
        f = _k13.get(k)
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
    if not (isinstance(x, str) and x in _k12):
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
    # training-job-config.schema.json#/$defs/flavor
    if not (isinstance(x, dict)):
        return False
    if not ('code' in x):
        return False
    for k, v in x.items():
        f = _k14.get(k)
        if f is None or not f(v):
            return False
    return True


def _c75(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/flavor/properties/code
    if not (isinstance(x, str)):
        return False
    return True


def _c77(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c79(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c80, x)):
        return False
    return True


def _c80(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/volumeItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k17.get(k)
        if f is None or not f(v):
            return False
    return True


def _c81(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    if not ('id' in x and 'src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k15.get(k)
        if f is None or not f(v):
            return False
    return True


def _c82(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c83(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c84(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dest_path
    if not (isinstance(x, str)):
        return False
    return True


def _c86(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c89(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/hostPathVolume
    if not (isinstance(x, dict)):
        return False
    if not ('src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k16.get(k)
        if f is None or not f(v):
            return False
    return True


def _c90(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/hostPathVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c96(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_type
    if not (isinstance(x, str)):
        return False
    return True


def _c98(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_share_addr
    if not (isinstance(x, str)):
        return False
    return True


def _c100(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_mount_path
    if not (isinstance(x, str)):
        return False
    return True


def _c102(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool
    if not _c103(x) and not _c106(x):
        return False
    return True


def _c103(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if
    if not (_c104(x) or _c105(x)):
        return False
    return True


def _c104(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if/anyOf/0
    if isinstance(x, dict):
        if not ('flavor' in x):
            return False
    return True


def _c105(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if/anyOf/1
    if isinstance(x, dict):
        if not ('pool_id' in x):
            return False
    return True


def _c106(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/else
    if isinstance(x, dict):
        if not ('spec_id' in x):
            return False
    return True


def _c108(x: Any) -> bool:
    # training-job-config.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('config_name' in x and 'worker_server_num' in x):
        return False
    for k in x:
        if k not in _k19:
            return False
    for k, v in x.items():
        f = _k21.get(k)
        if f is not None and not f(v):
            return False
    if not _c33(x):
        return False
    if not (_c102(x)):
        return False
    return True


def _c109(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/config_name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k20(x) is None:
        return False
    return True


def _c113(x: Any) -> bool:
    # training-job-v2.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('kind' in x and 'metadata' in x and 'algorithm' in x and 'spec' in x):
        return False
    for k, v in x.items():
        f = _k102.get(k)
        if f is None or not f(v):
            return False
    return True


def _c114(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/kind
    if not (isinstance(x, str)):
        return False
    return True


def _c116(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x):
        return False
    for k, v in x.items():
        f = _k25.get(k)
        if f is None or not f(v):
            return False
    return True


def _c117(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k22(x) is None:
        return False
    return True


def _c119(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c120(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c121(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k23.get(k)
        if f is None:
            f = _c122
        if f is not None and not f(v):
            return False
    return True


def _c122(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations/additionalProperties
    if not (isinstance(x, str)):
        return False
    return True


def _c124(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k24.get(k)
        if f is None or not f(v):
            return False
    return True


def _c125(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c126(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/name
    if not (isinstance(x, str)):
        return False
    if len(x) > 64:
        return False
    return True


def _c127(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c130(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k55.get(k)
        if f is None or not f(v):
            return False
    return True


def _c131(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c132(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c133(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/subscription_id
    if not (isinstance(x, str)):
        return False
    return True


def _c134(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/item_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c135(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c136(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c137(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/command
    if not (isinstance(x, str)):
        return False
    return True


def _c138(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_config_path
    if not (isinstance(x, str)):
        return False
    return True


def _c139(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_framework_path
    if not (isinstance(x, str)):
        return False
    return True


def _c140(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c141, x)):
        return False
    return True


def _c141(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k28.get(k)
        if f is None or not f(v):
            return False
    return True


def _c142(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c143(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c144(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c145(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k26.get(k)
        if f is None or not f(v):
            return False
    return True


def _c146(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c147(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/editable
    if not (isinstance(x, bool)):
        return False
    return True


def _c148(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/required
    if not (isinstance(x, bool)):
        return False
    return True


def _c149(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/sensitive
    if not (isinstance(x, bool)):
        return False
    return True


def _c150(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_type
    if not (isinstance(x, str)):
        return False
    return True


def _c151(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range
    if not (isinstance(x, list)):
        return False
    if not all(map(_c152, x)):
        return False
    return True


def _c152(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range/items
    if not (isinstance(x, str)):
        return False
    return True


def _c154(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k27.get(k)
        if f is None or not f(v):
            return False
    return True


def _c155(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/language
    if not (isinstance(x, str)):
        return False
    return True


def _c156(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c159(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/policies
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k36.get(k)
        if f is None or not f(v):
            return False
    return True


def _c160(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch
    if not (isinstance(x, dict) or x is None):
        return False
    if isinstance(x, dict):
        for k, v in x.items():
            f = _k35.get(k)
            if f is None or not f(v):
                return False
    return True


def _c161(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/skip_search_params
    if not (isinstance(x, str)):
        return False
    return True


def _c162(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/reward_attrs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c163, x)):
        return False
    return True


def _c163(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k30.get(k)
        if f is None or not f(v):
            return False
    return True


def _c164(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c165(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/mode
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k29):
        return False
    return True


def _c166(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/regex
    if not (isinstance(x, str)):
        return False
    return True


def _c168(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/search_params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c169, x)):
        return False
    return True


def _c169(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k32.get(k)
        if f is None or not f(v):
            return False
    return True


def _c170(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c171(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/param_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k31):
        return False
    return True


def _c172(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/lower_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c173(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/upper_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c174(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_points_num
    if not (isinstance(x, str)):
        return False
    return True


def _c175(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c176, x)):
        return False
    return True


def _c176(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c178(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/algo_configs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c179, x)):
        return False
    return True


def _c179(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k34.get(k)
        if f is None or not f(v):
            return False
    return True


def _c180(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c181(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c182, x)):
        return False
    return True


def _c182(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k33.get(k)
        if f is None or not f(v):
            return False
    return True


def _c183(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c184(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c185(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c190(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c191, x)):
        return False
    return True


def _c191(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x and 'remote' in x):
        return False
    for k, v in x.items():
        f = _k42.get(k)
        if f is None or not f(v):
            return False
    return True


def _c192(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c193(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c194(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c195(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/accessMethod
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k37):
        return False
    return True


def _c197(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputRemote
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k40.get(k)
        if f is None or not f(v):
            return False
    return True


def _c198(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset
    if not (isinstance(x, dict)):
        return False
    if not ('id' in x):
        return False
    for k, v in x.items():
        f = _k38.get(k)
        if f is None or not f(v):
            return False
    return True


def _c199(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c200(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c201(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c202(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/service_type
    if not (isinstance(x, str)):
        return False
    return True


def _c203(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c204(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/dataset_proportion
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c206(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputObs
    if not (isinstance(x, dict)):
        return False
    if not ('obs_url' in x):
        return False
    for k, v in x.items():
        f = _k39.get(k)
        if f is None or not f(v):
            return False
    return True


def _c207(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c210(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/remote_constraint
    if not (isinstance(x, list)):
        return False
    if not all(map(_c211, x)):
        return False
    return True


def _c211(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k41.get(k)
        if f is None or not f(v):
            return False
    return True


def _c212(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/data_type
    if not (isinstance(x, str)):
        return False
    return True


def _c213(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/attributes
    if not (isinstance(x, str)):
        return False
    return True


def _c216(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c217, x)):
        return False
    return True


def _c217(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x and 'remote' in x):
        return False
    for k, v in x.items():
        f = _k45.get(k)
        if f is None or not f(v):
            return False
    return True


def _c218(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c219(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c220(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c222(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputRemote
    if not (isinstance(x, dict)):
        return False
    if not ('obs' in x):
        return False
    for k, v in x.items():
        f = _k44.get(k)
        if f is None or not f(v):
            return False
    return True


def _c223(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputObs
    if not (isinstance(x, dict)):
        return False
    if not ('obs_url' in x):
        return False
    for k, v in x.items():
        f = _k43.get(k)
        if f is None or not f(v):
            return False
    return True


def _c224(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c228(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k46.get(k)
        if f is None or not f(v):
            return False
    return True


def _c229(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c230(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c231(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c232(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c233(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/install_sys_packages
    if not (isinstance(x, bool)):
        return False
    return True


def _c234(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_repo_id
    if not (isinstance(x, str)):
        return False
    return True


def _c236(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c237(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c238(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments
    if not (isinstance(x, dict)):
        return False
    if len(x) > 100:
        return False
    if not all(map(_c239, x)):
        return False
    for k, v in x.items():
        f = _k47.get(k)
        if f is None:
            f = _c240
        if f is not None and not f(v):
            return False
    return True


def _c239(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/propertyNames
    if isinstance(x, str):
        if len(x) > 8192:
            return False
    return True


def _c240(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/additionalProperties
    if not (isinstance(x, str)):
        return False
    if len(x) > 4096:
        return False
    return True


def _c242(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k54.get(k)
        if f is None or not f(v):
            return False
    return True


def _c243(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/log_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k48):
        return False
    return True


def _c244(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryLogDir
    if not (isinstance(x, dict)):
        return False
    if not ('pfs' in x):
        return False
    for k, v in x.items():
        f = _k50.get(k)
        if f is None or not f(v):
            return False
    return True


def _c245(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryPfs
    if not (isinstance(x, dict)):
        return False
    if not ('pfs_path' in x):
        return False
    for k, v in x.items():
        f = _k49.get(k)
        if f is None or not f(v):
            return False
    return True


def _c246(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryPfs/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c249(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/data_sources
    if not (isinstance(x, list)):
        return False
    if not all(map(_c250, x)):
        return False
    return True


def _c250(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryDataSource
    if not (isinstance(x, dict)):
        return False
    if not ('job' in x):
        return False
    for k, v in x.items():
        f = _k53.get(k)
        if f is None or not f(v):
            return False
    return True


def _c251(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryJob
    if not (isinstance(x, dict)):
        return False
    if not ('job_id' in x):
        return False
    for k, v in x.items():
        f = _k51.get(k)
        if f is None or not f(v):
            return False
    return True


def _c252(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryJob/properties/job_id
    if not (isinstance(x, str)):
        return False
    return True


def _c254(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k52.get(k)
        if f is None or not f(v):
            return False
    return True


def _c255(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs/properties/nfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c260(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k89.get(k)
        if f is None or not f(v):
            return False
    return True


def _c261(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k57.get(k)
        if f is None or not f(v):
            return False
    return True


def _c262(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c263(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c264(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c265(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_group_id
    if not (isinstance(x, str)):
        return False
    return True


def _c266(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k56.get(k)
        if f is None or not f(v):
            return False
    return True


def _c267(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/cpu_core_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c268(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/mem_size
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c269(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/accelerator_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    return True


def _c271(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/policy
    if not (isinstance(x, str)):
        return False
    return True


def _c273(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c274, x)):
        return False
    return True


def _c274(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/volume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k61.get(k)
        if f is None or not f(v):
            return False
    return True


def _c275(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k58.get(k)
        if f is None or not f(v):
            return False
    return True


def _c276(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/nfs_server_path
    if not (isinstance(x, str)):
        return False
    return True


def _c277(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c278(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c280(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k59.get(k)
        if f is None or not f(v):
            return False
    return True


def _c281(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c282(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c284(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k60.get(k)
        if f is None or not f(v):
            return False
    return True


def _c285(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c286(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c289(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k62.get(k)
        if f is None or not f(v):
            return False
    return True


def _c290(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c291(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/host_path
    if not (isinstance(x, str)):
        return False
    return True


def _c293(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop
    if not (isinstance(x, dict)):
        return False
    if not ('time_unit' in x and 'duration' in x):
        return False
    for k, v in x.items():
        f = _k64.get(k)
        if f is None or not f(v):
            return False
    return True


def _c294(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k63):
        return False
    return True


def _c295(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c297(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k74.get(k)
        if f is None or not f(v):
            return False
    return True


def _c298(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k71.get(k)
        if f is None or not f(v):
            return False
    return True


def _c299(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_type
    if not (isinstance(x, str)):
        return False
    return True


def _c300(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_size
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c301(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/job_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k65):
        return False
    return True


def _c302(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k66):
        return False
    return True


def _c303(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelector
    if not (isinstance(x, dict)):
        return False
    if not ('nodeSelectorTerms' in x):
        return False
    for k, v in x.items():
        f = _k70.get(k)
        if f is None or not f(v):
            return False
    return True


def _c304(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelector/properties/nodeSelectorTerms
    if not (isinstance(x, list)):
        return False
    if not all(map(_c305, x)):
        return False
    return True


def _c305(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k69.get(k)
        if f is None or not f(v):
            return False
    return True


def _c306(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchExpressions
    if not (isinstance(x, list)):
        return False
    if not all(map(_c307, x)):
        return False
    return True


def _c307(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement
    if not (isinstance(x, dict)):
        return False
    if not ('key' in x and 'operator' in x):
        return False
    for k, v in x.items():
        f = _k68.get(k)
        if f is None or not f(v):
            return False
    return True


def _c308(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c309(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/operator
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k67):
        return False
    return True


def _c310(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c311, x)):
        return False
    return True


def _c311(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c313(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchFields
    if not (isinstance(x, list)):
        return False
    if not all(map(_c307, x)):
        return False
    return True


def _c318(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k73.get(k)
        if f is None or not f(v):
            return False
    return True


def _c319(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity/properties/node_affinity
    if not (isinstance(x, list)):
        return False
    if not all(map(_c320, x)):
        return False
    return True


def _c320(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k72.get(k)
        if f is None or not f(v):
            return False
    return True


def _c321(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm/properties/weight
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 100:
        return False
    return True


def _c325(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/priority
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 3:
        return False
    return True


def _c326(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/preemptible
    if not (isinstance(x, bool)):
        return False
    return True


def _c328(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k76.get(k)
        if f is None or not f(v):
            return False
    return True


def _c329(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/topic_urn
    if not (isinstance(x, str)):
        return False
    return True


def _c330(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events
    if not (isinstance(x, list)):
        return False
    if not all(map(_c331, x)):
        return False
    return True


def _c331(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events/items
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k75):
        return False
    return True


def _c333(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k78.get(k)
        if f is None or not f(v):
            return False
    return True


def _c334(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/version
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k77):
        return False
    return True


def _c335(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/rotation_enabled
    if not (isinstance(x, bool)):
        return False
    return True


def _c337(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k80.get(k)
        if f is None or not f(v):
            return False
    return True


def _c338(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention/properties/policy
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k79):
        return False
    return True


def _c340(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/custom_metrics
    if not (isinstance(x, list)):
        return False
    if not all(map(_c341, x)):
        return False
    return True


def _c341(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customMetric
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k83.get(k)
        if f is None or not f(v):
            return False
    return True


def _c342(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k81.get(k)
        if f is None or not f(v):
            return False
    return True


def _c343(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command
    if not (isinstance(x, list)):
        return False
    if not all(map(_c344, x)):
        return False
    return True


def _c344(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command/items
    if not (isinstance(x, str)):
        return False
    return True


def _c346(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k82.get(k)
        if f is None or not f(v):
            return False
    return True


def _c347(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/path
    if not (isinstance(x, str)):
        return False
    return True


def _c348(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/port
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c351(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k85.get(k)
        if f is None or not f(v):
            return False
    return True


def _c352(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k84.get(k)
        if f is None or not f(v):
            return False
    return True


def _c353(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c354(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c357(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k86.get(k)
        if f is None or not f(v):
            return False
    return True


def _c358(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c359(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/code
    if not (isinstance(x, str)):
        return False
    return True


def _c360(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/version
    if not (isinstance(x, str)):
        return False
    return True


def _c361(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/desc
    if not (isinstance(x, str)):
        return False
    return True


def _c362(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/series
    if not (isinstance(x, str)):
        return False
    return True


def _c363(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c364(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/model_desc
    if not (isinstance(x, str)):
        return False
    return True


def _c365(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/parent_asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c367(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c368(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k88.get(k)
        if f is None or not f(v):
            return False
    return True


def _c369(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k87):
        return False
    return True


def _c370(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c372(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/runtime_type
    if not (isinstance(x, str)):
        return False
    return True


def _c374(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/tasks
    if not (isinstance(x, list)):
        return False
    if not all(map(_c375, x)):
        return False
    return True


def _c375(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k95.get(k)
        if f is None or not f(v):
            return False
    return True


def _c376(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task/properties/role
    if not (isinstance(x, str)):
        return False
    return True


def _c377(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k92.get(k)
        if f is None or not f(v):
            return False
    return True


def _c378(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k91.get(k)
        if f is None or not f(v):
            return False
    return True


def _c379(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c141, x)):
        return False
    return True


def _c381(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c191, x)):
        return False
    return True


def _c383(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c217, x)):
        return False
    return True


def _c385(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k90.get(k)
        if f is None or not f(v):
            return False
    return True


def _c386(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c387(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c388(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c389(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c390(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/run_user
    if not (isinstance(x, str)):
        return False
    return True


def _c393(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c394(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c396(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c191, x)):
        return False
    return True


def _c398(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c217, x)):
        return False
    return True


def _c400(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c401(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c404(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource
    if not (isinstance(x, dict)):
        return False
    if not ('node_count' in x):
        return False
    for k, v in x.items():
        f = _k93.get(k)
        if f is None or not f(v):
            return False
    return True


def _c405(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c406(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c407(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c409(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k94.get(k)
        if f is None or not f(v):
            return False
    return True


def _c410(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c413(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/endpoints
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k97.get(k)
        if f is None or not f(v):
            return False
    return True


def _c414(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k96.get(k)
        if f is None or not f(v):
            return False
    return True


def _c415(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names
    if not (isinstance(x, list)):
        return False
    if not all(map(_c416, x)):
        return False
    return True


def _c416(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names/items
    if not (isinstance(x, str)):
        return False
    return True


def _c419(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c420(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k101.get(k)
        if f is None or not f(v):
            return False
    return True


def _c421(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_job_uuid
    if not (isinstance(x, str)):
        return False
    return True


def _c422(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c423(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/model_type
    if not (isinstance(x, str)):
        return False
    return True


def _c424(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_output_path
    if not (isinstance(x, str)):
        return False
    return True


def _c425(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_process
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    return True


def _c426(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c427(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k99.get(k)
        if f is None or not f(v):
            return False
    return True


def _c428(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv/properties/envs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c429, x)):
        return False
    return True


def _c429(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k98.get(k)
        if f is None or not f(v):
            return False
    return True


def _c430(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c431(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/des
    if not (isinstance(x, str)):
        return False
    return True


def _c432(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_name
    if not (isinstance(x, str)):
        return False
    return True


def _c433(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_type
    if not (isinstance(x, str)):
        return False
    return True


def _c434(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c435(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/modifiable
    if not (isinstance(x, bool)):
        return False
    return True


def _c436(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/displayable
    if not (isinstance(x, bool)):
        return False
    return True


def _c437(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps
    if not (isinstance(x, list)):
        return False
    if not all(map(_c438, x)):
        return False
    return True


def _c438(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps/items
    if not (isinstance(x, str)):
        return False
    return True


def _c441(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k100.get(k)
        if f is None or not f(v):
            return False
    return True


def _c442(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c443(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/save_checkpoints_max
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c444(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/skipped_steps
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c445(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/restore_training
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c448(x: Any) -> bool:
    # training-job.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('job_name' in x and 'config' in x):
        return False
    for k, v in x.items():
        f = _k107.get(k)
        if f is None or not f(v):
            return False
    return True


def _c449(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k103(x) is None:
        return False
    return True


def _c451(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c453(x: Any) -> bool:
    # training-job.schema.json#/$defs/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c455(x: Any) -> bool:
    # training-job.schema.json#/$defs/config
    if not (isinstance(x, dict)):
        return False
    if not ('worker_server_num' in x):
        return False
    for k in x:
        if k not in _k104:
            return False
    for k, v in x.items():
        f = _k105.get(k)
        if f is not None and not f(v):
            return False
    if not _c33(x):
        return False
    return True


def _c456(x: Any) -> bool:
    # training-job.schema.json#/$defs/create_version
    if not (isinstance(x, bool)):
        return False
    return True


def _c459(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k106.get(k)
        if f is None or not f(v):
            return False
    return True


def _c460(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/topic_urn
    if not (isinstance(x, str)):
        return False
    return True


def _c461(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/events
    if not (isinstance(x, list)):
        return False
    if not all(map(_c462, x)):
        return False
    return True


def _c462(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/events/items
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
_k6 = frozenset(['config', 'config-update', 'job', 'v2-job'])
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
}
_k9 = frozenset({
    'app_url',
    'boot_file_url',
    'config_desc',
    'data_source',
    'data_url',
    'dataset_id',
    'dataset_version_id',
    'engine_id',
    'flavor',
    'log_url',
    'model_id',
    'nas_mount_path',
    'nas_share_addr',
    'nas_type',
    'parameter',
    'pool_id',
    'spec_id',
    'train_url',
    'user_command',
    'user_image_url',
    'volumes',
    'worker_server_num',
})
_k10: dict[str, Callable[[Any], bool]] = {
    'config_desc': _c31,
}
_k11: dict[str, Callable[[Any], bool]] = {
    'label': _c44,
    'value': _c45,
}
_k12 = frozenset(['dataset', 'obs'])
_k13: dict[str, Callable[[Any], bool]] = {
    'dataset_id': _c58,
    'dataset_version': _c59,
    'type': _c60,
    'data_url': _c61,
}
_k14: dict[str, Callable[[Any], bool]] = {
    'code': _c75,
}
_k15: dict[str, Callable[[Any], bool]] = {
    'id': _c82,
    'src_path': _c83,
    'dest_path': _c84,
    'read_only': _c86,
}
_k16: dict[str, Callable[[Any], bool]] = {
    'src_path': _c90,
    'dest_path': _c84,
    'read_only': _c86,
}
_k17: dict[str, Callable[[Any], bool]] = {
    'nfs': _c81,
    'host_path': _c89,
}
_k18: dict[str, Callable[[Any], bool]] = {
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
    'flavor': _c74,
    'pool_id': _c77,
    'volumes': _c79,
    'nas_type': _c96,
    'nas_share_addr': _c98,
    'nas_mount_path': _c100,
}
_k19 = frozenset({
    'app_url',
    'boot_file_url',
    'config_desc',
    'config_name',
    'data_source',
    'data_url',
    'dataset_id',
    'dataset_version_id',
    'engine_id',
    'flavor',
    'log_url',
    'model_id',
    'nas_mount_path',
    'nas_share_addr',
    'nas_type',
    'parameter',
    'pool_id',
    'spec_id',
    'train_url',
    'user_command',
    'user_image_url',
    'volumes',
    'worker_server_num',
})
_k20 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k21: dict[str, Callable[[Any], bool]] = {
    'config_name': _c109,
    'config_desc': _c31,
}
_k22 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k23: dict[str, Callable[[Any], bool]] = {
}
_k24: dict[str, Callable[[Any], bool]] = {
    'id': _c125,
    'name': _c126,
    'description': _c127,
}
_k25: dict[str, Callable[[Any], bool]] = {
    'name': _c117,
    'workspace_id': _c119,
    'description': _c120,
    'annotations': _c121,
    'training_experiment_reference': _c124,
}
_k26: dict[str, Callable[[Any], bool]] = {
    'type': _c146,
    'editable': _c147,
    'required': _c148,
    'sensitive': _c149,
    'valid_type': _c150,
    'valid_range': _c151,
}
_k27: dict[str, Callable[[Any], bool]] = {
    'language': _c155,
    'description': _c156,
}
_k28: dict[str, Callable[[Any], bool]] = {
    'name': _c142,
    'value': _c143,
    'description': _c144,
    'constraint': _c145,
    'i18n_description': _c154,
}
_k29 = frozenset(['max', 'min'])
_k30: dict[str, Callable[[Any], bool]] = {
    'name': _c164,
    'mode': _c165,
    'regex': _c166,
}
_k31 = frozenset(['continuous', 'discrete'])
_k32: dict[str, Callable[[Any], bool]] = {
    'name': _c170,
    'param_type': _c171,
    'lower_bound': _c172,
    'upper_bound': _c173,
    'discrete_points_num': _c174,
    'discrete_values': _c175,
}
_k33: dict[str, Callable[[Any], bool]] = {
    'key': _c183,
    'value': _c184,
    'type': _c185,
}
_k34: dict[str, Callable[[Any], bool]] = {
    'name': _c180,
    'params': _c181,
}
_k35: dict[str, Callable[[Any], bool]] = {
    'skip_search_params': _c161,
    'reward_attrs': _c162,
    'search_params': _c168,
    'algo_configs': _c178,
}
_k36: dict[str, Callable[[Any], bool]] = {
    'auto_search': _c160,
}
_k37 = frozenset(['env', 'parameter'])
_k38: dict[str, Callable[[Any], bool]] = {
    'id': _c199,
    'version_id': _c200,
    'obs_url': _c201,
    'service_type': _c202,
    'name': _c203,
    'dataset_proportion': _c204,
}
_k39: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c207,
}
_k40: dict[str, Callable[[Any], bool]] = {
    'dataset': _c198,
    'obs': _c206,
}
_k41: dict[str, Callable[[Any], bool]] = {
    'data_type': _c212,
    'attributes': _c213,
}
_k42: dict[str, Callable[[Any], bool]] = {
    'name': _c192,
    'description': _c193,
    'local_dir': _c194,
    'access_method': _c195,
    'remote': _c197,
    'remote_constraint': _c210,
}
_k43: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c224,
}
_k44: dict[str, Callable[[Any], bool]] = {
    'obs': _c223,
}
_k45: dict[str, Callable[[Any], bool]] = {
    'name': _c218,
    'description': _c219,
    'local_dir': _c220,
    'access_method': _c195,
    'remote': _c222,
}
_k46: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c229,
    'engine_name': _c230,
    'engine_version': _c231,
    'image_url': _c232,
    'install_sys_packages': _c233,
    'image_repo_id': _c234,
}
_k47: dict[str, Callable[[Any], bool]] = {
}
_k48 = frozenset(['mindstudio-insight', 'tensorboard'])
_k49: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c246,
}
_k50: dict[str, Callable[[Any], bool]] = {
    'pfs': _c245,
}
_k51: dict[str, Callable[[Any], bool]] = {
    'job_id': _c252,
}
_k52: dict[str, Callable[[Any], bool]] = {
    'nfs_path': _c255,
}
_k53: dict[str, Callable[[Any], bool]] = {
    'job': _c251,
    'nfs': _c254,
}
_k54: dict[str, Callable[[Any], bool]] = {
    'log_type': _c243,
    'log_dir': _c244,
    'data_sources': _c249,
}
_k55: dict[str, Callable[[Any], bool]] = {
    'id': _c131,
    'name': _c132,
    'subscription_id': _c133,
    'item_version_id': _c134,
    'code_dir': _c135,
    'boot_file': _c136,
    'command': _c137,
    'autosearch_config_path': _c138,
    'autosearch_framework_path': _c139,
    'parameters': _c140,
    'policies': _c159,
    'inputs': _c190,
    'outputs': _c216,
    'engine': _c228,
    'local_code_dir': _c236,
    'working_dir': _c237,
    'environments': _c238,
    'summary': _c242,
}
_k56: dict[str, Callable[[Any], bool]] = {
    'cpu_core_num': _c267,
    'mem_size': _c268,
    'accelerator_num': _c269,
}
_k57: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c262,
    'node_count': _c263,
    'pool_id': _c264,
    'pool_group_id': _c265,
    'main_container_customized_flavor': _c266,
    'policy': _c271,
}
_k58: dict[str, Callable[[Any], bool]] = {
    'nfs_server_path': _c276,
    'local_path': _c277,
    'read_only': _c278,
}
_k59: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c281,
    'local_path': _c282,
}
_k60: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c285,
    'local_path': _c286,
}
_k61: dict[str, Callable[[Any], bool]] = {
    'nfs': _c275,
    'pfs': _c280,
    'obs': _c284,
}
_k62: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c290,
    'host_path': _c291,
}
_k63 = frozenset(['HOURS'])
_k64: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c294,
    'duration': _c295,
}
_k65 = frozenset(['cluster', 'hyperinstanceGroup'])
_k66 = frozenset(['hyperinstance', 'hyperinstanceGroup', 'slice'])
_k67 = frozenset(['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'])
_k68: dict[str, Callable[[Any], bool]] = {
    'key': _c308,
    'operator': _c309,
    'values': _c310,
}
_k69: dict[str, Callable[[Any], bool]] = {
    'matchExpressions': _c306,
    'matchFields': _c313,
}
_k70: dict[str, Callable[[Any], bool]] = {
    'nodeSelectorTerms': _c304,
}
_k71: dict[str, Callable[[Any], bool]] = {
    'affinity_type': _c299,
    'affinity_group_size': _c300,
    'job_level': _c301,
    'affinity_group_level': _c302,
    'node_affinity': _c303,
}
_k72: dict[str, Callable[[Any], bool]] = {
    'weight': _c321,
    'preference': _c305,
}
_k73: dict[str, Callable[[Any], bool]] = {
    'node_affinity': _c319,
}
_k74: dict[str, Callable[[Any], bool]] = {
    'required_affinity': _c298,
    'preferred_affinity': _c318,
    'priority': _c325,
    'preemptible': _c326,
}
_k75 = frozenset(['JobCompleted', 'JobFailed', 'JobHanged', 'JobPreempted', 'JobRestarted', 'JobStarted', 'JobTerminated'])
_k76: dict[str, Callable[[Any], bool]] = {
    'topic_urn': _c329,
    'events': _c330,
}
_k77 = frozenset(['v0', 'v1'])
_k78: dict[str, Callable[[Any], bool]] = {
    'version': _c334,
    'rotation_enabled': _c335,
}
_k79 = frozenset(['disabled', 'enabled'])
_k80: dict[str, Callable[[Any], bool]] = {
    'policy': _c338,
}
_k81: dict[str, Callable[[Any], bool]] = {
    'command': _c343,
}
_k82: dict[str, Callable[[Any], bool]] = {
    'path': _c347,
    'port': _c348,
}
_k83: dict[str, Callable[[Any], bool]] = {
    'exec': _c342,
    'http_get': _c346,
}
_k84: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c353,
    'local_path': _c354,
}
_k85: dict[str, Callable[[Any], bool]] = {
    'obs': _c352,
}
_k86: dict[str, Callable[[Any], bool]] = {
    'name': _c358,
    'code': _c359,
    'version': _c360,
    'desc': _c361,
    'series': _c362,
    'type': _c363,
    'model_desc': _c364,
    'parent_asset_id': _c365,
}
_k87 = frozenset(['HOURS'])
_k88: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c369,
    'duration': _c370,
}
_k89: dict[str, Callable[[Any], bool]] = {
    'resource': _c261,
    'volumes': _c273,
    'log_export_path': _c289,
    'auto_stop': _c293,
    'schedule_policy': _c297,
    'notification': _c328,
    'log_export_config': _c333,
    'retention': _c337,
    'custom_metrics': _c340,
    'output_model': _c351,
    'asset_model': _c357,
    'asset_id': _c367,
    'reserved_time': _c368,
    'runtime_type': _c372,
}
_k90: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c386,
    'engine_name': _c387,
    'engine_version': _c388,
    'image_url': _c389,
    'run_user': _c390,
}
_k91: dict[str, Callable[[Any], bool]] = {
    'parameters': _c379,
    'inputs': _c381,
    'outputs': _c383,
    'engine': _c385,
}
_k92: dict[str, Callable[[Any], bool]] = {
    'job_config': _c378,
    'code_dir': _c393,
    'boot_file': _c394,
    'engine': _c385,
    'inputs': _c396,
    'outputs': _c398,
    'local_code_dir': _c400,
    'working_dir': _c401,
    'environments': _c238,
}
_k93: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c405,
    'node_count': _c406,
    'pool_id': _c407,
}
_k94: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c410,
}
_k95: dict[str, Callable[[Any], bool]] = {
    'role': _c376,
    'algorithm': _c377,
    'task_resource': _c404,
    'log_export_path': _c409,
}
_k96: dict[str, Callable[[Any], bool]] = {
    'key_pair_names': _c415,
}
_k97: dict[str, Callable[[Any], bool]] = {
    'ssh': _c414,
}
_k98: dict[str, Callable[[Any], bool]] = {
    'label': _c430,
    'des': _c431,
    'env_name': _c432,
    'env_type': _c433,
    'value': _c434,
    'modifiable': _c435,
    'displayable': _c436,
    'used_steps': _c437,
}
_k99: dict[str, Callable[[Any], bool]] = {
    'envs': _c428,
}
_k100: dict[str, Callable[[Any], bool]] = {
    'checkpoint_id': _c442,
    'save_checkpoints_max': _c443,
    'skipped_steps': _c444,
    'restore_training': _c445,
}
_k101: dict[str, Callable[[Any], bool]] = {
    'ft_job_uuid': _c421,
    'ft_train_type': _c422,
    'model_type': _c423,
    'train_output_path': _c424,
    'train_process': _c425,
    'checkpoint_id': _c426,
    'task_env': _c427,
    'checkpoint_config': _c441,
}
_k102: dict[str, Callable[[Any], bool]] = {
    'kind': _c114,
    'metadata': _c116,
    'algorithm': _c130,
    'spec': _c260,
    'tasks': _c374,
    'endpoints': _c413,
    'train_type': _c419,
    'ftjob_config': _c420,
}
_k103 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k104 = frozenset({
    'app_url',
    'boot_file_url',
    'create_version',
    'data_source',
    'data_url',
    'dataset_id',
    'dataset_version_id',
    'engine_id',
    'flavor',
    'log_url',
    'model_id',
    'nas_mount_path',
    'nas_share_addr',
    'nas_type',
    'parameter',
    'pool_id',
    'spec_id',
    'train_url',
    'user_command',
    'user_image_url',
    'volumes',
    'worker_server_num',
})
_k105: dict[str, Callable[[Any], bool]] = {
    'create_version': _c456,
}
_k106: dict[str, Callable[[Any], bool]] = {
    'topic_urn': _c460,
    'events': _c461,
}
_k107: dict[str, Callable[[Any], bool]] = {
    'job_name': _c449,
    'job_desc': _c451,
    'workspace_id': _c453,
    'config': _c455,
    'notification': _c459,
}

#: The compiled check of each bundled schema, by name.
CHECKS: dict[str, Callable[[Any], bool]] = {
    'tjlint-settings': _c0,
    'training-job-config-update': _c30,
    'training-job-config': _c108,
    'training-job-v2': _c113,
    'training-job': _c448,
}


def is_valid(schema_name: str, document: Any) -> bool:
    """True when ``document`` certainly meets the schema ``schema_name``."""
    check = CHECKS.get(schema_name)
    return check is not None and check(document)

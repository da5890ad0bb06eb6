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
    # tjlint-settings.schema.json#/properties/allow-empty
    if not (isinstance(x, bool)):
        return False
    return True


def _c31(x: Any) -> bool:
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
    if not _c34(x):
        return False
    if not (_c103(x)):
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
    # training-job-config.schema.json#/$defs/configFields
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k18.get(k)
        if f is not None and not f(v):
            return False
    return True


def _c35(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/worker_server_num
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 2147483647:
        return False
    return True


def _c37(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/app_url
    if not (isinstance(x, str)):
        return False
    return True


def _c39(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/boot_file_url
    if not (isinstance(x, str)):
        return False
    return True


def _c41(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/model_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c43(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameter
    if not (isinstance(x, list)):
        return False
    if not all(map(_c44, x)):
        return False
    return True


def _c44(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k11.get(k)
        if f is None or not f(v):
            return False
    return True


def _c45(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c46(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c49(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/spec_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c51(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c53(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c55(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c57(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_source
    if not (isinstance(x, list)):
        return False
    if len(x) < 1:
        return False
    if not all(map(_c58, x)):
        return False
    return True


def _c58(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k13.get(k)
        if f is None or not f(v):
            return False
    return True


def _c59(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c60(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_version
    if not (isinstance(x, str)):
        return False
    return True


def _c61(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k12):
        return False
    return True


def _c62(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c65(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/engine_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c67(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/train_url
    if not (isinstance(x, str)):
        return False
    return True


def _c69(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/log_url
    if not (isinstance(x, str)):
        return False
    return True


def _c71(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c73(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_command
    if not (isinstance(x, str)):
        return False
    return True


def _c75(x: Any) -> bool:
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


def _c76(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/flavor/properties/code
    if not (isinstance(x, str)):
        return False
    return True


def _c78(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c80(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c81, x)):
        return False
    return True


def _c81(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/volumeItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k17.get(k)
        if f is None or not f(v):
            return False
    return True


def _c82(x: Any) -> bool:
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


def _c83(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c84(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c85(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dest_path
    if not (isinstance(x, str)):
        return False
    return True


def _c87(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c90(x: Any) -> bool:
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


def _c91(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/hostPathVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c97(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_type
    if not (isinstance(x, str)):
        return False
    return True


def _c99(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_share_addr
    if not (isinstance(x, str)):
        return False
    return True


def _c101(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_mount_path
    if not (isinstance(x, str)):
        return False
    return True


def _c103(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool
    if not _c104(x) and not _c107(x):
        return False
    return True


def _c104(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if
    if not (_c105(x) or _c106(x)):
        return False
    return True


def _c105(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if/anyOf/0
    if isinstance(x, dict):
        if not ('flavor' in x):
            return False
    return True


def _c106(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if/anyOf/1
    if isinstance(x, dict):
        if not ('pool_id' in x):
            return False
    return True


def _c107(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/else
    if isinstance(x, dict):
        if not ('spec_id' in x):
            return False
    return True


def _c109(x: Any) -> bool:
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
    if not _c34(x):
        return False
    if not (_c103(x)):
        return False
    return True


def _c110(x: Any) -> bool:
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


def _c114(x: Any) -> bool:
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


def _c115(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/kind
    if not (isinstance(x, str)):
        return False
    return True


def _c117(x: Any) -> bool:
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


def _c118(x: Any) -> bool:
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


def _c120(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c121(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c122(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k23.get(k)
        if f is None:
            f = _c123
        if f is not None and not f(v):
            return False
    return True


def _c123(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations/additionalProperties
    if not (isinstance(x, str)):
        return False
    return True


def _c125(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k24.get(k)
        if f is None or not f(v):
            return False
    return True


def _c126(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c127(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/name
    if not (isinstance(x, str)):
        return False
    if len(x) > 64:
        return False
    return True


def _c128(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c131(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k55.get(k)
        if f is None or not f(v):
            return False
    return True


def _c132(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c133(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c134(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/subscription_id
    if not (isinstance(x, str)):
        return False
    return True


def _c135(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/item_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c136(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c137(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c138(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/command
    if not (isinstance(x, str)):
        return False
    return True


def _c139(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_config_path
    if not (isinstance(x, str)):
        return False
    return True


def _c140(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_framework_path
    if not (isinstance(x, str)):
        return False
    return True


def _c141(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c142, x)):
        return False
    return True


def _c142(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k28.get(k)
        if f is None or not f(v):
            return False
    return True


def _c143(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c144(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c145(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c146(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k26.get(k)
        if f is None or not f(v):
            return False
    return True


def _c147(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c148(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/editable
    if not (isinstance(x, bool)):
        return False
    return True


def _c149(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/required
    if not (isinstance(x, bool)):
        return False
    return True


def _c150(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/sensitive
    if not (isinstance(x, bool)):
        return False
    return True


def _c151(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_type
    if not (isinstance(x, str)):
        return False
    return True


def _c152(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range
    if not (isinstance(x, list)):
        return False
    if not all(map(_c153, x)):
        return False
    return True


def _c153(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range/items
    if not (isinstance(x, str)):
        return False
    return True


def _c155(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k27.get(k)
        if f is None or not f(v):
            return False
    return True


def _c156(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/language
    if not (isinstance(x, str)):
        return False
    return True


def _c157(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c160(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/policies
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k36.get(k)
        if f is None or not f(v):
            return False
    return True


def _c161(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch
    if not (isinstance(x, dict) or x is None):
        return False
    if isinstance(x, dict):
        for k, v in x.items():
            f = _k35.get(k)
            if f is None or not f(v):
                return False
    return True


def _c162(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/skip_search_params
    if not (isinstance(x, str)):
        return False
    return True


def _c163(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/reward_attrs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c164, x)):
        return False
    return True


def _c164(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k30.get(k)
        if f is None or not f(v):
            return False
    return True


def _c165(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c166(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/mode
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k29):
        return False
    return True


def _c167(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/regex
    if not (isinstance(x, str)):
        return False
    return True


def _c169(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/search_params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c170, x)):
        return False
    return True


def _c170(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k32.get(k)
        if f is None or not f(v):
            return False
    return True


def _c171(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c172(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/param_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k31):
        return False
    return True


def _c173(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/lower_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c174(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/upper_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c175(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_points_num
    if not (isinstance(x, str)):
        return False
    return True


def _c176(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c177, x)):
        return False
    return True


def _c177(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c179(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/algo_configs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c180, x)):
        return False
    return True


def _c180(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k34.get(k)
        if f is None or not f(v):
            return False
    return True


def _c181(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c182(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c183, x)):
        return False
    return True


def _c183(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k33.get(k)
        if f is None or not f(v):
            return False
    return True


def _c184(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c185(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c186(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c191(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c192, x)):
        return False
    return True


def _c192(x: Any) -> bool:
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


def _c193(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c194(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c195(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c196(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/accessMethod
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k37):
        return False
    return True


def _c198(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputRemote
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k40.get(k)
        if f is None or not f(v):
            return False
    return True


def _c199(x: Any) -> bool:
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


def _c200(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c201(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c202(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c203(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/service_type
    if not (isinstance(x, str)):
        return False
    return True


def _c204(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c205(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/dataset_proportion
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c207(x: Any) -> bool:
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


def _c208(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c211(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/remote_constraint
    if not (isinstance(x, list)):
        return False
    if not all(map(_c212, x)):
        return False
    return True


def _c212(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k41.get(k)
        if f is None or not f(v):
            return False
    return True


def _c213(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/data_type
    if not (isinstance(x, str)):
        return False
    return True


def _c214(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/attributes
    if not (isinstance(x, str)):
        return False
    return True


def _c217(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c218, x)):
        return False
    return True


def _c218(x: Any) -> bool:
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


def _c219(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c220(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c221(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c223(x: Any) -> bool:
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


def _c224(x: Any) -> bool:
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


def _c225(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c229(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k46.get(k)
        if f is None or not f(v):
            return False
    return True


def _c230(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c231(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c232(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c233(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c234(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/install_sys_packages
    if not (isinstance(x, bool)):
        return False
    return True


def _c235(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_repo_id
    if not (isinstance(x, str)):
        return False
    return True


def _c237(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c238(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c239(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments
    if not (isinstance(x, dict)):
        return False
    if len(x) > 100:
        return False
    if not all(map(_c240, x)):
        return False
    for k, v in x.items():
        f = _k47.get(k)
        if f is None:
            f = _c241
        if f is not None and not f(v):
            return False
    return True


def _c240(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/propertyNames
    if isinstance(x, str):
        if len(x) > 8192:
            return False
    return True


def _c241(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/additionalProperties
    if not (isinstance(x, str)):
        return False
    if len(x) > 4096:
        return False
    return True


def _c243(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k54.get(k)
        if f is None or not f(v):
            return False
    return True


def _c244(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/log_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k48):
        return False
    return True


def _c245(x: Any) -> bool:
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


def _c246(x: Any) -> bool:
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


def _c247(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryPfs/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c250(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/data_sources
    if not (isinstance(x, list)):
        return False
    if not all(map(_c251, x)):
        return False
    return True


def _c251(x: Any) -> bool:
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


def _c252(x: Any) -> bool:
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


def _c253(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryJob/properties/job_id
    if not (isinstance(x, str)):
        return False
    return True


def _c255(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k52.get(k)
        if f is None or not f(v):
            return False
    return True


def _c256(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs/properties/nfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c261(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k89.get(k)
        if f is None or not f(v):
            return False
    return True


def _c262(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k57.get(k)
        if f is None or not f(v):
            return False
    return True


def _c263(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c264(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c265(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c266(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_group_id
    if not (isinstance(x, str)):
        return False
    return True


def _c267(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k56.get(k)
        if f is None or not f(v):
            return False
    return True


def _c268(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/cpu_core_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c269(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/mem_size
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c270(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/accelerator_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    return True


def _c272(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/policy
    if not (isinstance(x, str)):
        return False
    return True


def _c274(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c275, x)):
        return False
    return True


def _c275(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/volume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k61.get(k)
        if f is None or not f(v):
            return False
    return True


def _c276(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k58.get(k)
        if f is None or not f(v):
            return False
    return True


def _c277(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/nfs_server_path
    if not (isinstance(x, str)):
        return False
    return True


def _c278(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c279(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c281(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k59.get(k)
        if f is None or not f(v):
            return False
    return True


def _c282(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c283(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c285(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k60.get(k)
        if f is None or not f(v):
            return False
    return True


def _c286(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c287(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c290(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k62.get(k)
        if f is None or not f(v):
            return False
    return True


def _c291(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c292(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/host_path
    if not (isinstance(x, str)):
        return False
    return True


def _c294(x: Any) -> bool:
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


def _c295(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k63):
        return False
    return True


def _c296(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c298(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k74.get(k)
        if f is None or not f(v):
            return False
    return True


def _c299(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k71.get(k)
        if f is None or not f(v):
            return False
    return True


def _c300(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_type
    if not (isinstance(x, str)):
        return False
    return True


def _c301(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_size
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c302(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/job_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k65):
        return False
    return True


def _c303(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k66):
        return False
    return True


def _c304(x: Any) -> bool:
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


def _c305(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelector/properties/nodeSelectorTerms
    if not (isinstance(x, list)):
        return False
    if not all(map(_c306, x)):
        return False
    return True


def _c306(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k69.get(k)
        if f is None or not f(v):
            return False
    return True


def _c307(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchExpressions
    if not (isinstance(x, list)):
        return False
    if not all(map(_c308, x)):
        return False
    return True


def _c308(x: Any) -> bool:
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


def _c309(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c310(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/operator
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k67):
        return False
    return True


def _c311(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c312, x)):
        return False
    return True


def _c312(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c314(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchFields
    if not (isinstance(x, list)):
        return False
    if not all(map(_c308, x)):
        return False
    return True


def _c319(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k73.get(k)
        if f is None or not f(v):
            return False
    return True


def _c320(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity/properties/node_affinity
    if not (isinstance(x, list)):
        return False
    if not all(map(_c321, x)):
        return False
    return True


def _c321(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k72.get(k)
        if f is None or not f(v):
            return False
    return True


def _c322(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm/properties/weight
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 100:
        return False
    return True


def _c326(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/priority
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 3:
        return False
    return True


def _c327(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/preemptible
    if not (isinstance(x, bool)):
        return False
    return True


def _c329(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k76.get(k)
        if f is None or not f(v):
            return False
    return True


def _c330(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/topic_urn
    if not (isinstance(x, str)):
        return False
    return True


def _c331(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events
    if not (isinstance(x, list)):
        return False
    if not all(map(_c332, x)):
        return False
    return True


def _c332(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events/items
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k75):
        return False
    return True


def _c334(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k78.get(k)
        if f is None or not f(v):
            return False
    return True


def _c335(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/version
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k77):
        return False
    return True


def _c336(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/rotation_enabled
    if not (isinstance(x, bool)):
        return False
    return True


def _c338(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k80.get(k)
        if f is None or not f(v):
            return False
    return True


def _c339(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention/properties/policy
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k79):
        return False
    return True


def _c341(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/custom_metrics
    if not (isinstance(x, list)):
        return False
    if not all(map(_c342, x)):
        return False
    return True


def _c342(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customMetric
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k83.get(k)
        if f is None or not f(v):
            return False
    return True


def _c343(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k81.get(k)
        if f is None or not f(v):
            return False
    return True


def _c344(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command
    if not (isinstance(x, list)):
        return False
    if not all(map(_c345, x)):
        return False
    return True


def _c345(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command/items
    if not (isinstance(x, str)):
        return False
    return True


def _c347(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k82.get(k)
        if f is None or not f(v):
            return False
    return True


def _c348(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/path
    if not (isinstance(x, str)):
        return False
    return True


def _c349(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/port
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c352(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k85.get(k)
        if f is None or not f(v):
            return False
    return True


def _c353(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k84.get(k)
        if f is None or not f(v):
            return False
    return True


def _c354(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c355(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c358(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k86.get(k)
        if f is None or not f(v):
            return False
    return True


def _c359(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c360(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/code
    if not (isinstance(x, str)):
        return False
    return True


def _c361(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/version
    if not (isinstance(x, str)):
        return False
    return True


def _c362(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/desc
    if not (isinstance(x, str)):
        return False
    return True


def _c363(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/series
    if not (isinstance(x, str)):
        return False
    return True


def _c364(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c365(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/model_desc
    if not (isinstance(x, str)):
        return False
    return True


def _c366(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/parent_asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c368(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c369(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k88.get(k)
        if f is None or not f(v):
            return False
    return True


def _c370(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k87):
        return False
    return True


def _c371(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c373(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/runtime_type
    if not (isinstance(x, str)):
        return False
    return True


def _c375(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/tasks
    if not (isinstance(x, list)):
        return False
    if not all(map(_c376, x)):
        return False
    return True


def _c376(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k95.get(k)
        if f is None or not f(v):
            return False
    return True


def _c377(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task/properties/role
    if not (isinstance(x, str)):
        return False
    return True


def _c378(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k92.get(k)
        if f is None or not f(v):
            return False
    return True


def _c379(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k91.get(k)
        if f is None or not f(v):
            return False
    return True


def _c380(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c142, x)):
        return False
    return True


def _c382(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c192, x)):
        return False
    return True


def _c384(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c218, x)):
        return False
    return True


def _c386(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k90.get(k)
        if f is None or not f(v):
            return False
    return True


def _c387(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c388(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c389(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c390(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c391(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/run_user
    if not (isinstance(x, str)):
        return False
    return True


def _c394(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c395(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c397(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c192, x)):
        return False
    return True


def _c399(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c218, x)):
        return False
    return True


def _c401(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c402(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c405(x: Any) -> bool:
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


def _c406(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c407(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c408(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c410(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k94.get(k)
        if f is None or not f(v):
            return False
    return True


def _c411(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c414(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/endpoints
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k97.get(k)
        if f is None or not f(v):
            return False
    return True


def _c415(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k96.get(k)
        if f is None or not f(v):
            return False
    return True


def _c416(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names
    if not (isinstance(x, list)):
        return False
    if not all(map(_c417, x)):
        return False
    return True


def _c417(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names/items
    if not (isinstance(x, str)):
        return False
    return True


def _c420(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c421(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k101.get(k)
        if f is None or not f(v):
            return False
    return True


def _c422(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_job_uuid
    if not (isinstance(x, str)):
        return False
    return True


def _c423(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c424(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/model_type
    if not (isinstance(x, str)):
        return False
    return True


def _c425(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_output_path
    if not (isinstance(x, str)):
        return False
    return True


def _c426(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_process
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    return True


def _c427(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c428(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k99.get(k)
        if f is None or not f(v):
            return False
    return True


def _c429(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv/properties/envs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c430, x)):
        return False
    return True


def _c430(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k98.get(k)
        if f is None or not f(v):
            return False
    return True


def _c431(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c432(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/des
    if not (isinstance(x, str)):
        return False
    return True


def _c433(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_name
    if not (isinstance(x, str)):
        return False
    return True


def _c434(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_type
    if not (isinstance(x, str)):
        return False
    return True


def _c435(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c436(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/modifiable
    if not (isinstance(x, bool)):
        return False
    return True


def _c437(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/displayable
    if not (isinstance(x, bool)):
        return False
    return True


def _c438(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps
    if not (isinstance(x, list)):
        return False
    if not all(map(_c439, x)):
        return False
    return True


def _c439(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps/items
    if not (isinstance(x, str)):
        return False
    return True


def _c442(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k100.get(k)
        if f is None or not f(v):
            return False
    return True


def _c443(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c444(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/save_checkpoints_max
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c445(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/skipped_steps
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c446(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/restore_training
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c449(x: Any) -> bool:
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


def _c450(x: Any) -> bool:
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


def _c452(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c454(x: Any) -> bool:
    # training-job.schema.json#/$defs/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c456(x: Any) -> bool:
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
    if not _c34(x):
        return False
    return True


def _c457(x: Any) -> bool:
    # training-job.schema.json#/$defs/create_version
    if not (isinstance(x, bool)):
        return False
    return True


def _c460(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k106.get(k)
        if f is None or not f(v):
            return False
    return True


def _c461(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/topic_urn
    if not (isinstance(x, str)):
        return False
    return True


def _c462(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/events
    if not (isinstance(x, list)):
        return False
    if not all(map(_c463, x)):
        return False
    return True


def _c463(x: Any) -> bool:
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
    'allow-empty': _c30,
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
    'config_desc': _c32,
}
_k11: dict[str, Callable[[Any], bool]] = {
    'label': _c45,
    'value': _c46,
}
_k12 = frozenset(['dataset', 'obs'])
_k13: dict[str, Callable[[Any], bool]] = {
    'dataset_id': _c59,
    'dataset_version': _c60,
    'type': _c61,
    'data_url': _c62,
}
_k14: dict[str, Callable[[Any], bool]] = {
    'code': _c76,
}
_k15: dict[str, Callable[[Any], bool]] = {
    'id': _c83,
    'src_path': _c84,
    'dest_path': _c85,
    'read_only': _c87,
}
_k16: dict[str, Callable[[Any], bool]] = {
    'src_path': _c91,
    'dest_path': _c85,
    'read_only': _c87,
}
_k17: dict[str, Callable[[Any], bool]] = {
    'nfs': _c82,
    'host_path': _c90,
}
_k18: dict[str, Callable[[Any], bool]] = {
    'worker_server_num': _c35,
    'app_url': _c37,
    'boot_file_url': _c39,
    'model_id': _c41,
    'parameter': _c43,
    'spec_id': _c49,
    'data_url': _c51,
    'dataset_id': _c53,
    'dataset_version_id': _c55,
    'data_source': _c57,
    'engine_id': _c65,
    'train_url': _c67,
    'log_url': _c69,
    'user_image_url': _c71,
    'user_command': _c73,
    'flavor': _c75,
    'pool_id': _c78,
    'volumes': _c80,
    'nas_type': _c97,
    'nas_share_addr': _c99,
    'nas_mount_path': _c101,
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
    'config_name': _c110,
    'config_desc': _c32,
}
_k22 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k23: dict[str, Callable[[Any], bool]] = {
}
_k24: dict[str, Callable[[Any], bool]] = {
    'id': _c126,
    'name': _c127,
    'description': _c128,
}
_k25: dict[str, Callable[[Any], bool]] = {
    'name': _c118,
    'workspace_id': _c120,
    'description': _c121,
    'annotations': _c122,
    'training_experiment_reference': _c125,
}
_k26: dict[str, Callable[[Any], bool]] = {
    'type': _c147,
    'editable': _c148,
    'required': _c149,
    'sensitive': _c150,
    'valid_type': _c151,
    'valid_range': _c152,
}
_k27: dict[str, Callable[[Any], bool]] = {
    'language': _c156,
    'description': _c157,
}
_k28: dict[str, Callable[[Any], bool]] = {
    'name': _c143,
    'value': _c144,
    'description': _c145,
    'constraint': _c146,
    'i18n_description': _c155,
}
_k29 = frozenset(['max', 'min'])
_k30: dict[str, Callable[[Any], bool]] = {
    'name': _c165,
    'mode': _c166,
    'regex': _c167,
}
_k31 = frozenset(['continuous', 'discrete'])
_k32: dict[str, Callable[[Any], bool]] = {
    'name': _c171,
    'param_type': _c172,
    'lower_bound': _c173,
    'upper_bound': _c174,
    'discrete_points_num': _c175,
    'discrete_values': _c176,
}
_k33: dict[str, Callable[[Any], bool]] = {
    'key': _c184,
    'value': _c185,
    'type': _c186,
}
_k34: dict[str, Callable[[Any], bool]] = {
    'name': _c181,
    'params': _c182,
}
_k35: dict[str, Callable[[Any], bool]] = {
    'skip_search_params': _c162,
    'reward_attrs': _c163,
    'search_params': _c169,
    'algo_configs': _c179,
}
_k36: dict[str, Callable[[Any], bool]] = {
    'auto_search': _c161,
}
_k37 = frozenset(['env', 'parameter'])
_k38: dict[str, Callable[[Any], bool]] = {
    'id': _c200,
    'version_id': _c201,
    'obs_url': _c202,
    'service_type': _c203,
    'name': _c204,
    'dataset_proportion': _c205,
}
_k39: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c208,
}
_k40: dict[str, Callable[[Any], bool]] = {
    'dataset': _c199,
    'obs': _c207,
}
_k41: dict[str, Callable[[Any], bool]] = {
    'data_type': _c213,
    'attributes': _c214,
}
_k42: dict[str, Callable[[Any], bool]] = {
    'name': _c193,
    'description': _c194,
    'local_dir': _c195,
    'access_method': _c196,
    'remote': _c198,
    'remote_constraint': _c211,
}
_k43: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c225,
}
_k44: dict[str, Callable[[Any], bool]] = {
    'obs': _c224,
}
_k45: dict[str, Callable[[Any], bool]] = {
    'name': _c219,
    'description': _c220,
    'local_dir': _c221,
    'access_method': _c196,
    'remote': _c223,
}
_k46: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c230,
    'engine_name': _c231,
    'engine_version': _c232,
    'image_url': _c233,
    'install_sys_packages': _c234,
    'image_repo_id': _c235,
}
_k47: dict[str, Callable[[Any], bool]] = {
}
_k48 = frozenset(['mindstudio-insight', 'tensorboard'])
_k49: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c247,
}
_k50: dict[str, Callable[[Any], bool]] = {
    'pfs': _c246,
}
_k51: dict[str, Callable[[Any], bool]] = {
    'job_id': _c253,
}
_k52: dict[str, Callable[[Any], bool]] = {
    'nfs_path': _c256,
}
_k53: dict[str, Callable[[Any], bool]] = {
    'job': _c252,
    'nfs': _c255,
}
_k54: dict[str, Callable[[Any], bool]] = {
    'log_type': _c244,
    'log_dir': _c245,
    'data_sources': _c250,
}
_k55: dict[str, Callable[[Any], bool]] = {
    'id': _c132,
    'name': _c133,
    'subscription_id': _c134,
    'item_version_id': _c135,
    'code_dir': _c136,
    'boot_file': _c137,
    'command': _c138,
    'autosearch_config_path': _c139,
    'autosearch_framework_path': _c140,
    'parameters': _c141,
    'policies': _c160,
    'inputs': _c191,
    'outputs': _c217,
    'engine': _c229,
    'local_code_dir': _c237,
    'working_dir': _c238,
    'environments': _c239,
    'summary': _c243,
}
_k56: dict[str, Callable[[Any], bool]] = {
    'cpu_core_num': _c268,
    'mem_size': _c269,
    'accelerator_num': _c270,
}
_k57: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c263,
    'node_count': _c264,
    'pool_id': _c265,
    'pool_group_id': _c266,
    'main_container_customized_flavor': _c267,
    'policy': _c272,
}
_k58: dict[str, Callable[[Any], bool]] = {
    'nfs_server_path': _c277,
    'local_path': _c278,
    'read_only': _c279,
}
_k59: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c282,
    'local_path': _c283,
}
_k60: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c286,
    'local_path': _c287,
}
_k61: dict[str, Callable[[Any], bool]] = {
    'nfs': _c276,
    'pfs': _c281,
    'obs': _c285,
}
_k62: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c291,
    'host_path': _c292,
}
_k63 = frozenset(['HOURS'])
_k64: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c295,
    'duration': _c296,
}
_k65 = frozenset(['cluster', 'hyperinstanceGroup'])
_k66 = frozenset(['hyperinstance', 'hyperinstanceGroup', 'slice'])
_k67 = frozenset(['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'])
_k68: dict[str, Callable[[Any], bool]] = {
    'key': _c309,
    'operator': _c310,
    'values': _c311,
}
_k69: dict[str, Callable[[Any], bool]] = {
    'matchExpressions': _c307,
    'matchFields': _c314,
}
_k70: dict[str, Callable[[Any], bool]] = {
    'nodeSelectorTerms': _c305,
}
_k71: dict[str, Callable[[Any], bool]] = {
    'affinity_type': _c300,
    'affinity_group_size': _c301,
    'job_level': _c302,
    'affinity_group_level': _c303,
    'node_affinity': _c304,
}
_k72: dict[str, Callable[[Any], bool]] = {
    'weight': _c322,
    'preference': _c306,
}
_k73: dict[str, Callable[[Any], bool]] = {
    'node_affinity': _c320,
}
_k74: dict[str, Callable[[Any], bool]] = {
    'required_affinity': _c299,
    'preferred_affinity': _c319,
    'priority': _c326,
    'preemptible': _c327,
}
_k75 = frozenset(['JobCompleted', 'JobFailed', 'JobHanged', 'JobPreempted', 'JobRestarted', 'JobStarted', 'JobTerminated'])
_k76: dict[str, Callable[[Any], bool]] = {
    'topic_urn': _c330,
    'events': _c331,
}
_k77 = frozenset(['v0', 'v1'])
_k78: dict[str, Callable[[Any], bool]] = {
    'version': _c335,
    'rotation_enabled': _c336,
}
_k79 = frozenset(['disabled', 'enabled'])
_k80: dict[str, Callable[[Any], bool]] = {
    'policy': _c339,
}
_k81: dict[str, Callable[[Any], bool]] = {
    'command': _c344,
}
_k82: dict[str, Callable[[Any], bool]] = {
    'path': _c348,
    'port': _c349,
}
_k83: dict[str, Callable[[Any], bool]] = {
    'exec': _c343,
    'http_get': _c347,
}
_k84: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c354,
    'local_path': _c355,
}
_k85: dict[str, Callable[[Any], bool]] = {
    'obs': _c353,
}
_k86: dict[str, Callable[[Any], bool]] = {
    'name': _c359,
    'code': _c360,
    'version': _c361,
    'desc': _c362,
    'series': _c363,
    'type': _c364,
    'model_desc': _c365,
    'parent_asset_id': _c366,
}
_k87 = frozenset(['HOURS'])
_k88: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c370,
    'duration': _c371,
}
_k89: dict[str, Callable[[Any], bool]] = {
    'resource': _c262,
    'volumes': _c274,
    'log_export_path': _c290,
    'auto_stop': _c294,
    'schedule_policy': _c298,
    'notification': _c329,
    'log_export_config': _c334,
    'retention': _c338,
    'custom_metrics': _c341,
    'output_model': _c352,
    'asset_model': _c358,
    'asset_id': _c368,
    'reserved_time': _c369,
    'runtime_type': _c373,
}
_k90: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c387,
    'engine_name': _c388,
    'engine_version': _c389,
    'image_url': _c390,
    'run_user': _c391,
}
_k91: dict[str, Callable[[Any], bool]] = {
    'parameters': _c380,
    'inputs': _c382,
    'outputs': _c384,
    'engine': _c386,
}
_k92: dict[str, Callable[[Any], bool]] = {
    'job_config': _c379,
    'code_dir': _c394,
    'boot_file': _c395,
    'engine': _c386,
    'inputs': _c397,
    'outputs': _c399,
    'local_code_dir': _c401,
    'working_dir': _c402,
    'environments': _c239,
}
_k93: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c406,
    'node_count': _c407,
    'pool_id': _c408,
}
_k94: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c411,
}
_k95: dict[str, Callable[[Any], bool]] = {
    'role': _c377,
    'algorithm': _c378,
    'task_resource': _c405,
    'log_export_path': _c410,
}
_k96: dict[str, Callable[[Any], bool]] = {
    'key_pair_names': _c416,
}
_k97: dict[str, Callable[[Any], bool]] = {
    'ssh': _c415,
}
_k98: dict[str, Callable[[Any], bool]] = {
    'label': _c431,
    'des': _c432,
    'env_name': _c433,
    'env_type': _c434,
    'value': _c435,
    'modifiable': _c436,
    'displayable': _c437,
    'used_steps': _c438,
}
_k99: dict[str, Callable[[Any], bool]] = {
    'envs': _c429,
}
_k100: dict[str, Callable[[Any], bool]] = {
    'checkpoint_id': _c443,
    'save_checkpoints_max': _c444,
    'skipped_steps': _c445,
    'restore_training': _c446,
}
_k101: dict[str, Callable[[Any], bool]] = {
    'ft_job_uuid': _c422,
    'ft_train_type': _c423,
    'model_type': _c424,
    'train_output_path': _c425,
    'train_process': _c426,
    'checkpoint_id': _c427,
    'task_env': _c428,
    'checkpoint_config': _c442,
}
_k102: dict[str, Callable[[Any], bool]] = {
    'kind': _c115,
    'metadata': _c117,
    'algorithm': _c131,
    'spec': _c261,
    'tasks': _c375,
    'endpoints': _c414,
    'train_type': _c420,
    'ftjob_config': _c421,
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
    'create_version': _c457,
}
_k106: dict[str, Callable[[Any], bool]] = {
    'topic_urn': _c461,
    'events': _c462,
}
_k107: dict[str, Callable[[Any], bool]] = {
    'job_name': _c450,
    'job_desc': _c452,
    'workspace_id': _c454,
    'config': _c456,
    'notification': _c460,
}

#: The compiled check of each bundled schema, by name.
CHECKS: dict[str, Callable[[Any], bool]] = {
    'tjlint-settings': _c0,
    'training-job-config-update': _c31,
    'training-job-config': _c109,
    'training-job-v2': _c114,
    'training-job': _c449,
}


def is_valid(schema_name: str, document: Any) -> bool:
    """True when ``document`` certainly meets the schema ``schema_name``."""
    check = CHECKS.get(schema_name)
    return check is not None and check(document)

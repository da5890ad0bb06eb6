"""Quick schema checks compiled from the schemas of the request bodies (schemas/*.schema.json).

Generated: do not edit.
Rewrite with ``python scripts/gen_fastcheck.py`` after changing a schema. ``is_valid``
is True only when jsonschema would find no error; False means: explain the failure.
"""

# ruff: noqa: SIM102, SIM103, UP034, E501, E713
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


def _c0(x: Any) -> bool:
    # training-job-config-update.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('worker_server_num' in x):
        return False
    for k in x:
        if k not in _k0:
            return False
    for k, v in x.items():
        f = _k1.get(k)
        if f is not None and not f(v):
            return False
    if not _c3(x):
        return False
    if not (_c72(x)):
        return False
    return True


def _c1(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/config_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c3(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/configFields
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k9.get(k)
        if f is not None and not f(v):
            return False
    return True


def _c4(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/worker_server_num
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 2147483647:
        return False
    return True


def _c6(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/app_url
    if not (isinstance(x, str)):
        return False
    return True


def _c8(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/boot_file_url
    if not (isinstance(x, str)):
        return False
    return True


def _c10(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/model_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c12(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameter
    if not (isinstance(x, list)):
        return False
    if not all(map(_c13, x)):
        return False
    return True


def _c13(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k2.get(k)
        if f is None or not f(v):
            return False
    return True


def _c14(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c15(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c18(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/spec_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c20(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c22(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c24(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c26(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_source
    if not (isinstance(x, list)):
        return False
    if len(x) < 1:
        return False
    if not all(map(_c27, x)):
        return False
    return True


def _c27(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k4.get(k)
        if f is None or not f(v):
            return False
    return True


def _c28(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c29(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_version
    if not (isinstance(x, str)):
        return False
    return True


def _c30(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k3):
        return False
    return True


def _c31(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c34(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/engine_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c36(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/train_url
    if not (isinstance(x, str)):
        return False
    return True


def _c38(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/log_url
    if not (isinstance(x, str)):
        return False
    return True


def _c40(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c42(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_command
    if not (isinstance(x, str)):
        return False
    return True


def _c44(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/flavor
    if not (isinstance(x, dict)):
        return False
    if not ('code' in x):
        return False
    for k, v in x.items():
        f = _k5.get(k)
        if f is None or not f(v):
            return False
    return True


def _c45(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/flavor/properties/code
    if not (isinstance(x, str)):
        return False
    return True


def _c47(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c49(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c50, x)):
        return False
    return True


def _c50(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/volumeItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k8.get(k)
        if f is None or not f(v):
            return False
    return True


def _c51(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    if not ('id' in x and 'src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k6.get(k)
        if f is None or not f(v):
            return False
    return True


def _c52(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c53(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c54(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dest_path
    if not (isinstance(x, str)):
        return False
    return True


def _c56(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c59(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/hostPathVolume
    if not (isinstance(x, dict)):
        return False
    if not ('src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k7.get(k)
        if f is None or not f(v):
            return False
    return True


def _c60(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/hostPathVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c66(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_type
    if not (isinstance(x, str)):
        return False
    return True


def _c68(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_share_addr
    if not (isinstance(x, str)):
        return False
    return True


def _c70(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/nas_mount_path
    if not (isinstance(x, str)):
        return False
    return True


def _c72(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool
    if not _c73(x) and not _c76(x):
        return False
    return True


def _c73(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if
    if not (_c74(x) or _c75(x)):
        return False
    return True


def _c74(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if/anyOf/0
    if isinstance(x, dict):
        if not ('flavor' in x):
            return False
    return True


def _c75(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/if/anyOf/1
    if isinstance(x, dict):
        if not ('pool_id' in x):
            return False
    return True


def _c76(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/else
    if isinstance(x, dict):
        if not ('spec_id' in x):
            return False
    return True


def _c78(x: Any) -> bool:
    # training-job-config.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('config_name' in x and 'worker_server_num' in x):
        return False
    for k in x:
        if k not in _k10:
            return False
    for k, v in x.items():
        f = _k12.get(k)
        if f is not None and not f(v):
            return False
    if not _c3(x):
        return False
    if not (_c72(x)):
        return False
    return True


def _c79(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/config_name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k11(x) is None:
        return False
    return True


def _c83(x: Any) -> bool:
    # training-job-v2.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('kind' in x and 'metadata' in x and 'algorithm' in x and 'spec' in x):
        return False
    for k, v in x.items():
        f = _k93.get(k)
        if f is None or not f(v):
            return False
    return True


def _c84(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/kind
    if not (isinstance(x, str)):
        return False
    return True


def _c86(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x):
        return False
    for k, v in x.items():
        f = _k16.get(k)
        if f is None or not f(v):
            return False
    return True


def _c87(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k13(x) is None:
        return False
    return True


def _c89(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c90(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c91(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k14.get(k)
        if f is None:
            f = _c92
        if f is not None and not f(v):
            return False
    return True


def _c92(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations/additionalProperties
    if not (isinstance(x, str)):
        return False
    return True


def _c94(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k15.get(k)
        if f is None or not f(v):
            return False
    return True


def _c95(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c96(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/name
    if not (isinstance(x, str)):
        return False
    if len(x) > 64:
        return False
    return True


def _c97(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c100(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k46.get(k)
        if f is None or not f(v):
            return False
    return True


def _c101(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c102(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c103(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/subscription_id
    if not (isinstance(x, str)):
        return False
    return True


def _c104(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/item_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c105(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c106(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c107(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/command
    if not (isinstance(x, str)):
        return False
    return True


def _c108(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_config_path
    if not (isinstance(x, str)):
        return False
    return True


def _c109(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_framework_path
    if not (isinstance(x, str)):
        return False
    return True


def _c110(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c111, x)):
        return False
    return True


def _c111(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k19.get(k)
        if f is None or not f(v):
            return False
    return True


def _c112(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c113(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c114(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c115(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k17.get(k)
        if f is None or not f(v):
            return False
    return True


def _c116(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c117(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/editable
    if not (isinstance(x, bool)):
        return False
    return True


def _c118(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/required
    if not (isinstance(x, bool)):
        return False
    return True


def _c119(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/sensitive
    if not (isinstance(x, bool)):
        return False
    return True


def _c120(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_type
    if not (isinstance(x, str)):
        return False
    return True


def _c121(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range
    if not (isinstance(x, list)):
        return False
    if not all(map(_c122, x)):
        return False
    return True


def _c122(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range/items
    if not (isinstance(x, str)):
        return False
    return True


def _c124(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k18.get(k)
        if f is None or not f(v):
            return False
    return True


def _c125(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/language
    if not (isinstance(x, str)):
        return False
    return True


def _c126(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c129(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/policies
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k27.get(k)
        if f is None or not f(v):
            return False
    return True


def _c130(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch
    if not (isinstance(x, dict) or x is None):
        return False
    if isinstance(x, dict):
        for k, v in x.items():
            f = _k26.get(k)
            if f is None or not f(v):
                return False
    return True


def _c131(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/skip_search_params
    if not (isinstance(x, str)):
        return False
    return True


def _c132(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/reward_attrs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c133, x)):
        return False
    return True


def _c133(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k21.get(k)
        if f is None or not f(v):
            return False
    return True


def _c134(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c135(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/mode
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k20):
        return False
    return True


def _c136(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/regex
    if not (isinstance(x, str)):
        return False
    return True


def _c138(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/search_params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c139, x)):
        return False
    return True


def _c139(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k23.get(k)
        if f is None or not f(v):
            return False
    return True


def _c140(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c141(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/param_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k22):
        return False
    return True


def _c142(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/lower_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c143(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/upper_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c144(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_points_num
    if not (isinstance(x, str)):
        return False
    return True


def _c145(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c146, x)):
        return False
    return True


def _c146(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c148(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/algo_configs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c149, x)):
        return False
    return True


def _c149(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k25.get(k)
        if f is None or not f(v):
            return False
    return True


def _c150(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c151(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c152, x)):
        return False
    return True


def _c152(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k24.get(k)
        if f is None or not f(v):
            return False
    return True


def _c153(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c154(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c155(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c160(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c161, x)):
        return False
    return True


def _c161(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x and 'remote' in x):
        return False
    for k, v in x.items():
        f = _k33.get(k)
        if f is None or not f(v):
            return False
    return True


def _c162(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c163(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c164(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c165(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/accessMethod
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k28):
        return False
    return True


def _c167(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputRemote
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k31.get(k)
        if f is None or not f(v):
            return False
    return True


def _c168(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset
    if not (isinstance(x, dict)):
        return False
    if not ('id' in x):
        return False
    for k, v in x.items():
        f = _k29.get(k)
        if f is None or not f(v):
            return False
    return True


def _c169(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c170(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c171(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c172(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/service_type
    if not (isinstance(x, str)):
        return False
    return True


def _c173(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c174(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/dataset_proportion
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c176(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputObs
    if not (isinstance(x, dict)):
        return False
    if not ('obs_url' in x):
        return False
    for k, v in x.items():
        f = _k30.get(k)
        if f is None or not f(v):
            return False
    return True


def _c177(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c180(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/remote_constraint
    if not (isinstance(x, list)):
        return False
    if not all(map(_c181, x)):
        return False
    return True


def _c181(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k32.get(k)
        if f is None or not f(v):
            return False
    return True


def _c182(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/data_type
    if not (isinstance(x, str)):
        return False
    return True


def _c183(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/attributes
    if not (isinstance(x, str)):
        return False
    return True


def _c186(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c187, x)):
        return False
    return True


def _c187(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x and 'remote' in x):
        return False
    for k, v in x.items():
        f = _k36.get(k)
        if f is None or not f(v):
            return False
    return True


def _c188(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c189(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c190(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c192(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputRemote
    if not (isinstance(x, dict)):
        return False
    if not ('obs' in x):
        return False
    for k, v in x.items():
        f = _k35.get(k)
        if f is None or not f(v):
            return False
    return True


def _c193(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputObs
    if not (isinstance(x, dict)):
        return False
    if not ('obs_url' in x):
        return False
    for k, v in x.items():
        f = _k34.get(k)
        if f is None or not f(v):
            return False
    return True


def _c194(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c198(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k37.get(k)
        if f is None or not f(v):
            return False
    return True


def _c199(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c200(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c201(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c202(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c203(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/install_sys_packages
    if not (isinstance(x, bool)):
        return False
    return True


def _c204(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_repo_id
    if not (isinstance(x, str)):
        return False
    return True


def _c206(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c207(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c208(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments
    if not (isinstance(x, dict)):
        return False
    if len(x) > 100:
        return False
    if not all(map(_c209, x)):
        return False
    for k, v in x.items():
        f = _k38.get(k)
        if f is None:
            f = _c210
        if f is not None and not f(v):
            return False
    return True


def _c209(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/propertyNames
    if isinstance(x, str):
        if len(x) > 8192:
            return False
    return True


def _c210(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/additionalProperties
    if not (isinstance(x, str)):
        return False
    if len(x) > 4096:
        return False
    return True


def _c212(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k45.get(k)
        if f is None or not f(v):
            return False
    return True


def _c213(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/log_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k39):
        return False
    return True


def _c214(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryLogDir
    if not (isinstance(x, dict)):
        return False
    if not ('pfs' in x):
        return False
    for k, v in x.items():
        f = _k41.get(k)
        if f is None or not f(v):
            return False
    return True


def _c215(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryPfs
    if not (isinstance(x, dict)):
        return False
    if not ('pfs_path' in x):
        return False
    for k, v in x.items():
        f = _k40.get(k)
        if f is None or not f(v):
            return False
    return True


def _c216(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryPfs/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c219(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/data_sources
    if not (isinstance(x, list)):
        return False
    if not all(map(_c220, x)):
        return False
    return True


def _c220(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryDataSource
    if not (isinstance(x, dict)):
        return False
    if not ('job' in x):
        return False
    for k, v in x.items():
        f = _k44.get(k)
        if f is None or not f(v):
            return False
    return True


def _c221(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryJob
    if not (isinstance(x, dict)):
        return False
    if not ('job_id' in x):
        return False
    for k, v in x.items():
        f = _k42.get(k)
        if f is None or not f(v):
            return False
    return True


def _c222(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryJob/properties/job_id
    if not (isinstance(x, str)):
        return False
    return True


def _c224(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k43.get(k)
        if f is None or not f(v):
            return False
    return True


def _c225(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs/properties/nfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c230(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k80.get(k)
        if f is None or not f(v):
            return False
    return True


def _c231(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k48.get(k)
        if f is None or not f(v):
            return False
    return True


def _c232(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c233(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c234(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c235(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_group_id
    if not (isinstance(x, str)):
        return False
    return True


def _c236(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k47.get(k)
        if f is None or not f(v):
            return False
    return True


def _c237(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/cpu_core_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c238(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/mem_size
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c239(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/accelerator_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    return True


def _c241(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/policy
    if not (isinstance(x, str)):
        return False
    return True


def _c243(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c244, x)):
        return False
    return True


def _c244(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/volume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k52.get(k)
        if f is None or not f(v):
            return False
    return True


def _c245(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k49.get(k)
        if f is None or not f(v):
            return False
    return True


def _c246(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/nfs_server_path
    if not (isinstance(x, str)):
        return False
    return True


def _c247(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c248(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c250(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k50.get(k)
        if f is None or not f(v):
            return False
    return True


def _c251(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c252(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c254(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k51.get(k)
        if f is None or not f(v):
            return False
    return True


def _c255(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c256(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c259(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k53.get(k)
        if f is None or not f(v):
            return False
    return True


def _c260(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c261(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/host_path
    if not (isinstance(x, str)):
        return False
    return True


def _c263(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop
    if not (isinstance(x, dict)):
        return False
    if not ('time_unit' in x and 'duration' in x):
        return False
    for k, v in x.items():
        f = _k55.get(k)
        if f is None or not f(v):
            return False
    return True


def _c264(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k54):
        return False
    return True


def _c265(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c267(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k65.get(k)
        if f is None or not f(v):
            return False
    return True


def _c268(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k62.get(k)
        if f is None or not f(v):
            return False
    return True


def _c269(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_type
    if not (isinstance(x, str)):
        return False
    return True


def _c270(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_size
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c271(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/job_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k56):
        return False
    return True


def _c272(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k57):
        return False
    return True


def _c273(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelector
    if not (isinstance(x, dict)):
        return False
    if not ('nodeSelectorTerms' in x):
        return False
    for k, v in x.items():
        f = _k61.get(k)
        if f is None or not f(v):
            return False
    return True


def _c274(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelector/properties/nodeSelectorTerms
    if not (isinstance(x, list)):
        return False
    if not all(map(_c275, x)):
        return False
    return True


def _c275(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k60.get(k)
        if f is None or not f(v):
            return False
    return True


def _c276(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchExpressions
    if not (isinstance(x, list)):
        return False
    if not all(map(_c277, x)):
        return False
    return True


def _c277(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement
    if not (isinstance(x, dict)):
        return False
    if not ('key' in x and 'operator' in x):
        return False
    for k, v in x.items():
        f = _k59.get(k)
        if f is None or not f(v):
            return False
    return True


def _c278(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c279(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/operator
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k58):
        return False
    return True


def _c280(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c281, x)):
        return False
    return True


def _c281(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c283(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchFields
    if not (isinstance(x, list)):
        return False
    if not all(map(_c277, x)):
        return False
    return True


def _c288(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k64.get(k)
        if f is None or not f(v):
            return False
    return True


def _c289(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity/properties/node_affinity
    if not (isinstance(x, list)):
        return False
    if not all(map(_c290, x)):
        return False
    return True


def _c290(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k63.get(k)
        if f is None or not f(v):
            return False
    return True


def _c291(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm/properties/weight
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 100:
        return False
    return True


def _c295(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/priority
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 3:
        return False
    return True


def _c296(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/preemptible
    if not (isinstance(x, bool)):
        return False
    return True


def _c298(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k67.get(k)
        if f is None or not f(v):
            return False
    return True


def _c299(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/topic_urn
    if not (isinstance(x, str)):
        return False
    return True


def _c300(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events
    if not (isinstance(x, list)):
        return False
    if not all(map(_c301, x)):
        return False
    return True


def _c301(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events/items
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k66):
        return False
    return True


def _c303(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k69.get(k)
        if f is None or not f(v):
            return False
    return True


def _c304(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/version
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k68):
        return False
    return True


def _c305(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/rotation_enabled
    if not (isinstance(x, bool)):
        return False
    return True


def _c307(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k71.get(k)
        if f is None or not f(v):
            return False
    return True


def _c308(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention/properties/policy
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k70):
        return False
    return True


def _c310(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/custom_metrics
    if not (isinstance(x, list)):
        return False
    if not all(map(_c311, x)):
        return False
    return True


def _c311(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customMetric
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k74.get(k)
        if f is None or not f(v):
            return False
    return True


def _c312(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k72.get(k)
        if f is None or not f(v):
            return False
    return True


def _c313(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command
    if not (isinstance(x, list)):
        return False
    if not all(map(_c314, x)):
        return False
    return True


def _c314(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command/items
    if not (isinstance(x, str)):
        return False
    return True


def _c316(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k73.get(k)
        if f is None or not f(v):
            return False
    return True


def _c317(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/path
    if not (isinstance(x, str)):
        return False
    return True


def _c318(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/port
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c321(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k76.get(k)
        if f is None or not f(v):
            return False
    return True


def _c322(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k75.get(k)
        if f is None or not f(v):
            return False
    return True


def _c323(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c324(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c327(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k77.get(k)
        if f is None or not f(v):
            return False
    return True


def _c328(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c329(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/code
    if not (isinstance(x, str)):
        return False
    return True


def _c330(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/version
    if not (isinstance(x, str)):
        return False
    return True


def _c331(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/desc
    if not (isinstance(x, str)):
        return False
    return True


def _c332(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/series
    if not (isinstance(x, str)):
        return False
    return True


def _c333(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c334(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/model_desc
    if not (isinstance(x, str)):
        return False
    return True


def _c335(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/parent_asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c337(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c338(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k79.get(k)
        if f is None or not f(v):
            return False
    return True


def _c339(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k78):
        return False
    return True


def _c340(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c342(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/runtime_type
    if not (isinstance(x, str)):
        return False
    return True


def _c344(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/tasks
    if not (isinstance(x, list)):
        return False
    if not all(map(_c345, x)):
        return False
    return True


def _c345(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k86.get(k)
        if f is None or not f(v):
            return False
    return True


def _c346(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task/properties/role
    if not (isinstance(x, str)):
        return False
    return True


def _c347(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k83.get(k)
        if f is None or not f(v):
            return False
    return True


def _c348(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k82.get(k)
        if f is None or not f(v):
            return False
    return True


def _c349(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c111, x)):
        return False
    return True


def _c351(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c161, x)):
        return False
    return True


def _c353(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c187, x)):
        return False
    return True


def _c355(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k81.get(k)
        if f is None or not f(v):
            return False
    return True


def _c356(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c357(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c358(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c359(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c360(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/run_user
    if not (isinstance(x, str)):
        return False
    return True


def _c363(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c364(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c366(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c161, x)):
        return False
    return True


def _c368(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c187, x)):
        return False
    return True


def _c370(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c371(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c374(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource
    if not (isinstance(x, dict)):
        return False
    if not ('node_count' in x):
        return False
    for k, v in x.items():
        f = _k84.get(k)
        if f is None or not f(v):
            return False
    return True


def _c375(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c376(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c377(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c379(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k85.get(k)
        if f is None or not f(v):
            return False
    return True


def _c380(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c383(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/endpoints
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k88.get(k)
        if f is None or not f(v):
            return False
    return True


def _c384(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k87.get(k)
        if f is None or not f(v):
            return False
    return True


def _c385(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names
    if not (isinstance(x, list)):
        return False
    if not all(map(_c386, x)):
        return False
    return True


def _c386(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names/items
    if not (isinstance(x, str)):
        return False
    return True


def _c389(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c390(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k92.get(k)
        if f is None or not f(v):
            return False
    return True


def _c391(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_job_uuid
    if not (isinstance(x, str)):
        return False
    return True


def _c392(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c393(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/model_type
    if not (isinstance(x, str)):
        return False
    return True


def _c394(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_output_path
    if not (isinstance(x, str)):
        return False
    return True


def _c395(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_process
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    return True


def _c396(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c397(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k90.get(k)
        if f is None or not f(v):
            return False
    return True


def _c398(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv/properties/envs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c399, x)):
        return False
    return True


def _c399(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k89.get(k)
        if f is None or not f(v):
            return False
    return True


def _c400(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c401(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/des
    if not (isinstance(x, str)):
        return False
    return True


def _c402(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_name
    if not (isinstance(x, str)):
        return False
    return True


def _c403(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_type
    if not (isinstance(x, str)):
        return False
    return True


def _c404(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c405(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/modifiable
    if not (isinstance(x, bool)):
        return False
    return True


def _c406(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/displayable
    if not (isinstance(x, bool)):
        return False
    return True


def _c407(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps
    if not (isinstance(x, list)):
        return False
    if not all(map(_c408, x)):
        return False
    return True


def _c408(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps/items
    if not (isinstance(x, str)):
        return False
    return True


def _c411(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k91.get(k)
        if f is None or not f(v):
            return False
    return True


def _c412(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c413(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/save_checkpoints_max
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c414(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/skipped_steps
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c415(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/restore_training
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c418(x: Any) -> bool:
    # training-job.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('job_name' in x and 'config' in x):
        return False
    for k, v in x.items():
        f = _k98.get(k)
        if f is None or not f(v):
            return False
    return True


def _c419(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k94(x) is None:
        return False
    return True


def _c421(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c423(x: Any) -> bool:
    # training-job.schema.json#/$defs/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c425(x: Any) -> bool:
    # training-job.schema.json#/$defs/config
    if not (isinstance(x, dict)):
        return False
    if not ('worker_server_num' in x):
        return False
    for k in x:
        if k not in _k95:
            return False
    for k, v in x.items():
        f = _k96.get(k)
        if f is not None and not f(v):
            return False
    if not _c3(x):
        return False
    return True


def _c426(x: Any) -> bool:
    # training-job.schema.json#/$defs/create_version
    if not (isinstance(x, bool)):
        return False
    return True


def _c429(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k97.get(k)
        if f is None or not f(v):
            return False
    return True


def _c430(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/topic_urn
    if not (isinstance(x, str)):
        return False
    return True


def _c431(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/events
    if not (isinstance(x, list)):
        return False
    if not all(map(_c432, x)):
        return False
    return True


def _c432(x: Any) -> bool:
    # training-job.schema.json#/$defs/notification/properties/events/items
    if not (isinstance(x, str)):
        return False
    return True


_k0 = frozenset({
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
_k1: dict[str, Callable[[Any], bool]] = {
    'config_desc': _c1,
}
_k2: dict[str, Callable[[Any], bool]] = {
    'label': _c14,
    'value': _c15,
}
_k3 = frozenset(['dataset', 'obs'])
_k4: dict[str, Callable[[Any], bool]] = {
    'dataset_id': _c28,
    'dataset_version': _c29,
    'type': _c30,
    'data_url': _c31,
}
_k5: dict[str, Callable[[Any], bool]] = {
    'code': _c45,
}
_k6: dict[str, Callable[[Any], bool]] = {
    'id': _c52,
    'src_path': _c53,
    'dest_path': _c54,
    'read_only': _c56,
}
_k7: dict[str, Callable[[Any], bool]] = {
    'src_path': _c60,
    'dest_path': _c54,
    'read_only': _c56,
}
_k8: dict[str, Callable[[Any], bool]] = {
    'nfs': _c51,
    'host_path': _c59,
}
_k9: dict[str, Callable[[Any], bool]] = {
    'worker_server_num': _c4,
    'app_url': _c6,
    'boot_file_url': _c8,
    'model_id': _c10,
    'parameter': _c12,
    'spec_id': _c18,
    'data_url': _c20,
    'dataset_id': _c22,
    'dataset_version_id': _c24,
    'data_source': _c26,
    'engine_id': _c34,
    'train_url': _c36,
    'log_url': _c38,
    'user_image_url': _c40,
    'user_command': _c42,
    'flavor': _c44,
    'pool_id': _c47,
    'volumes': _c49,
    'nas_type': _c66,
    'nas_share_addr': _c68,
    'nas_mount_path': _c70,
}
_k10 = frozenset({
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
_k11 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k12: dict[str, Callable[[Any], bool]] = {
    'config_name': _c79,
    'config_desc': _c1,
}
_k13 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k14: dict[str, Callable[[Any], bool]] = {
}
_k15: dict[str, Callable[[Any], bool]] = {
    'id': _c95,
    'name': _c96,
    'description': _c97,
}
_k16: dict[str, Callable[[Any], bool]] = {
    'name': _c87,
    'workspace_id': _c89,
    'description': _c90,
    'annotations': _c91,
    'training_experiment_reference': _c94,
}
_k17: dict[str, Callable[[Any], bool]] = {
    'type': _c116,
    'editable': _c117,
    'required': _c118,
    'sensitive': _c119,
    'valid_type': _c120,
    'valid_range': _c121,
}
_k18: dict[str, Callable[[Any], bool]] = {
    'language': _c125,
    'description': _c126,
}
_k19: dict[str, Callable[[Any], bool]] = {
    'name': _c112,
    'value': _c113,
    'description': _c114,
    'constraint': _c115,
    'i18n_description': _c124,
}
_k20 = frozenset(['max', 'min'])
_k21: dict[str, Callable[[Any], bool]] = {
    'name': _c134,
    'mode': _c135,
    'regex': _c136,
}
_k22 = frozenset(['continuous', 'discrete'])
_k23: dict[str, Callable[[Any], bool]] = {
    'name': _c140,
    'param_type': _c141,
    'lower_bound': _c142,
    'upper_bound': _c143,
    'discrete_points_num': _c144,
    'discrete_values': _c145,
}
_k24: dict[str, Callable[[Any], bool]] = {
    'key': _c153,
    'value': _c154,
    'type': _c155,
}
_k25: dict[str, Callable[[Any], bool]] = {
    'name': _c150,
    'params': _c151,
}
_k26: dict[str, Callable[[Any], bool]] = {
    'skip_search_params': _c131,
    'reward_attrs': _c132,
    'search_params': _c138,
    'algo_configs': _c148,
}
_k27: dict[str, Callable[[Any], bool]] = {
    'auto_search': _c130,
}
_k28 = frozenset(['env', 'parameter'])
_k29: dict[str, Callable[[Any], bool]] = {
    'id': _c169,
    'version_id': _c170,
    'obs_url': _c171,
    'service_type': _c172,
    'name': _c173,
    'dataset_proportion': _c174,
}
_k30: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c177,
}
_k31: dict[str, Callable[[Any], bool]] = {
    'dataset': _c168,
    'obs': _c176,
}
_k32: dict[str, Callable[[Any], bool]] = {
    'data_type': _c182,
    'attributes': _c183,
}
_k33: dict[str, Callable[[Any], bool]] = {
    'name': _c162,
    'description': _c163,
    'local_dir': _c164,
    'access_method': _c165,
    'remote': _c167,
    'remote_constraint': _c180,
}
_k34: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c194,
}
_k35: dict[str, Callable[[Any], bool]] = {
    'obs': _c193,
}
_k36: dict[str, Callable[[Any], bool]] = {
    'name': _c188,
    'description': _c189,
    'local_dir': _c190,
    'access_method': _c165,
    'remote': _c192,
}
_k37: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c199,
    'engine_name': _c200,
    'engine_version': _c201,
    'image_url': _c202,
    'install_sys_packages': _c203,
    'image_repo_id': _c204,
}
_k38: dict[str, Callable[[Any], bool]] = {
}
_k39 = frozenset(['mindstudio-insight', 'tensorboard'])
_k40: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c216,
}
_k41: dict[str, Callable[[Any], bool]] = {
    'pfs': _c215,
}
_k42: dict[str, Callable[[Any], bool]] = {
    'job_id': _c222,
}
_k43: dict[str, Callable[[Any], bool]] = {
    'nfs_path': _c225,
}
_k44: dict[str, Callable[[Any], bool]] = {
    'job': _c221,
    'nfs': _c224,
}
_k45: dict[str, Callable[[Any], bool]] = {
    'log_type': _c213,
    'log_dir': _c214,
    'data_sources': _c219,
}
_k46: dict[str, Callable[[Any], bool]] = {
    'id': _c101,
    'name': _c102,
    'subscription_id': _c103,
    'item_version_id': _c104,
    'code_dir': _c105,
    'boot_file': _c106,
    'command': _c107,
    'autosearch_config_path': _c108,
    'autosearch_framework_path': _c109,
    'parameters': _c110,
    'policies': _c129,
    'inputs': _c160,
    'outputs': _c186,
    'engine': _c198,
    'local_code_dir': _c206,
    'working_dir': _c207,
    'environments': _c208,
    'summary': _c212,
}
_k47: dict[str, Callable[[Any], bool]] = {
    'cpu_core_num': _c237,
    'mem_size': _c238,
    'accelerator_num': _c239,
}
_k48: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c232,
    'node_count': _c233,
    'pool_id': _c234,
    'pool_group_id': _c235,
    'main_container_customized_flavor': _c236,
    'policy': _c241,
}
_k49: dict[str, Callable[[Any], bool]] = {
    'nfs_server_path': _c246,
    'local_path': _c247,
    'read_only': _c248,
}
_k50: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c251,
    'local_path': _c252,
}
_k51: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c255,
    'local_path': _c256,
}
_k52: dict[str, Callable[[Any], bool]] = {
    'nfs': _c245,
    'pfs': _c250,
    'obs': _c254,
}
_k53: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c260,
    'host_path': _c261,
}
_k54 = frozenset(['HOURS'])
_k55: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c264,
    'duration': _c265,
}
_k56 = frozenset(['cluster', 'hyperinstanceGroup'])
_k57 = frozenset(['hyperinstance', 'hyperinstanceGroup', 'slice'])
_k58 = frozenset(['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'])
_k59: dict[str, Callable[[Any], bool]] = {
    'key': _c278,
    'operator': _c279,
    'values': _c280,
}
_k60: dict[str, Callable[[Any], bool]] = {
    'matchExpressions': _c276,
    'matchFields': _c283,
}
_k61: dict[str, Callable[[Any], bool]] = {
    'nodeSelectorTerms': _c274,
}
_k62: dict[str, Callable[[Any], bool]] = {
    'affinity_type': _c269,
    'affinity_group_size': _c270,
    'job_level': _c271,
    'affinity_group_level': _c272,
    'node_affinity': _c273,
}
_k63: dict[str, Callable[[Any], bool]] = {
    'weight': _c291,
    'preference': _c275,
}
_k64: dict[str, Callable[[Any], bool]] = {
    'node_affinity': _c289,
}
_k65: dict[str, Callable[[Any], bool]] = {
    'required_affinity': _c268,
    'preferred_affinity': _c288,
    'priority': _c295,
    'preemptible': _c296,
}
_k66 = frozenset(['JobCompleted', 'JobFailed', 'JobHanged', 'JobPreempted', 'JobRestarted', 'JobStarted', 'JobTerminated'])
_k67: dict[str, Callable[[Any], bool]] = {
    'topic_urn': _c299,
    'events': _c300,
}
_k68 = frozenset(['v0', 'v1'])
_k69: dict[str, Callable[[Any], bool]] = {
    'version': _c304,
    'rotation_enabled': _c305,
}
_k70 = frozenset(['disabled', 'enabled'])
_k71: dict[str, Callable[[Any], bool]] = {
    'policy': _c308,
}
_k72: dict[str, Callable[[Any], bool]] = {
    'command': _c313,
}
_k73: dict[str, Callable[[Any], bool]] = {
    'path': _c317,
    'port': _c318,
}
_k74: dict[str, Callable[[Any], bool]] = {
    'exec': _c312,
    'http_get': _c316,
}
_k75: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c323,
    'local_path': _c324,
}
_k76: dict[str, Callable[[Any], bool]] = {
    'obs': _c322,
}
_k77: dict[str, Callable[[Any], bool]] = {
    'name': _c328,
    'code': _c329,
    'version': _c330,
    'desc': _c331,
    'series': _c332,
    'type': _c333,
    'model_desc': _c334,
    'parent_asset_id': _c335,
}
_k78 = frozenset(['HOURS'])
_k79: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c339,
    'duration': _c340,
}
_k80: dict[str, Callable[[Any], bool]] = {
    'resource': _c231,
    'volumes': _c243,
    'log_export_path': _c259,
    'auto_stop': _c263,
    'schedule_policy': _c267,
    'notification': _c298,
    'log_export_config': _c303,
    'retention': _c307,
    'custom_metrics': _c310,
    'output_model': _c321,
    'asset_model': _c327,
    'asset_id': _c337,
    'reserved_time': _c338,
    'runtime_type': _c342,
}
_k81: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c356,
    'engine_name': _c357,
    'engine_version': _c358,
    'image_url': _c359,
    'run_user': _c360,
}
_k82: dict[str, Callable[[Any], bool]] = {
    'parameters': _c349,
    'inputs': _c351,
    'outputs': _c353,
    'engine': _c355,
}
_k83: dict[str, Callable[[Any], bool]] = {
    'job_config': _c348,
    'code_dir': _c363,
    'boot_file': _c364,
    'engine': _c355,
    'inputs': _c366,
    'outputs': _c368,
    'local_code_dir': _c370,
    'working_dir': _c371,
    'environments': _c208,
}
_k84: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c375,
    'node_count': _c376,
    'pool_id': _c377,
}
_k85: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c380,
}
_k86: dict[str, Callable[[Any], bool]] = {
    'role': _c346,
    'algorithm': _c347,
    'task_resource': _c374,
    'log_export_path': _c379,
}
_k87: dict[str, Callable[[Any], bool]] = {
    'key_pair_names': _c385,
}
_k88: dict[str, Callable[[Any], bool]] = {
    'ssh': _c384,
}
_k89: dict[str, Callable[[Any], bool]] = {
    'label': _c400,
    'des': _c401,
    'env_name': _c402,
    'env_type': _c403,
    'value': _c404,
    'modifiable': _c405,
    'displayable': _c406,
    'used_steps': _c407,
}
_k90: dict[str, Callable[[Any], bool]] = {
    'envs': _c398,
}
_k91: dict[str, Callable[[Any], bool]] = {
    'checkpoint_id': _c412,
    'save_checkpoints_max': _c413,
    'skipped_steps': _c414,
    'restore_training': _c415,
}
_k92: dict[str, Callable[[Any], bool]] = {
    'ft_job_uuid': _c391,
    'ft_train_type': _c392,
    'model_type': _c393,
    'train_output_path': _c394,
    'train_process': _c395,
    'checkpoint_id': _c396,
    'task_env': _c397,
    'checkpoint_config': _c411,
}
_k93: dict[str, Callable[[Any], bool]] = {
    'kind': _c84,
    'metadata': _c86,
    'algorithm': _c100,
    'spec': _c230,
    'tasks': _c344,
    'endpoints': _c383,
    'train_type': _c389,
    'ftjob_config': _c390,
}
_k94 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k95 = frozenset({
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
_k96: dict[str, Callable[[Any], bool]] = {
    'create_version': _c426,
}
_k97: dict[str, Callable[[Any], bool]] = {
    'topic_urn': _c430,
    'events': _c431,
}
_k98: dict[str, Callable[[Any], bool]] = {
    'job_name': _c419,
    'job_desc': _c421,
    'workspace_id': _c423,
    'config': _c425,
    'notification': _c429,
}

#: The compiled check of each bundled schema, by name.
CHECKS: dict[str, Callable[[Any], bool]] = {
    'training-job-config-update': _c0,
    'training-job-config': _c78,
    'training-job-v2': _c83,
    'training-job': _c418,
}


def is_valid(schema_name: str, document: Any) -> bool:
    """True when ``document`` certainly meets the schema ``schema_name``."""
    check = CHECKS.get(schema_name)
    return check is not None and check(document)

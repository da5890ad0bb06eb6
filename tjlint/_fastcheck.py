"""Quick schema checks compiled from tjlint/schemas/*.schema.json.

Generated: do not edit.
Rewrite with ``python -m tjlint._fastcheck_gen`` after changing a schema. ``is_valid``
is True only when jsonschema would find no error; False means: ask jsonschema.
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
    if not ('worker_server_num' in x and 'spec_id' in x):
        return False
    for k, v in x.items():
        f = _k12.get(k)
        if f is None or not f(v):
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
    # training-job-config.schema.json#/$defs/worker_server_num
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c35(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/app_url
    if not (isinstance(x, str)):
        return False
    return True


def _c37(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/boot_file_url
    if not (isinstance(x, str)):
        return False
    return True


def _c39(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/model_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c41(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameter
    if not (isinstance(x, list)):
        return False
    if not all(map(_c42, x)):
        return False
    return True


def _c42(x: Any) -> bool:
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


def _c43(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c44(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/parameterItem/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c47(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/spec_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c49(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c51(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c53(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataset_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c55(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/data_source
    if not (isinstance(x, list)):
        return False
    if len(x) < 1:
        return False
    if not all(map(_c56, x)):
        return False
    return True


def _c56(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k11.get(k)
        if f is None or not f(v):
            return False
    return True


def _c57(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c58(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_version
    if not (isinstance(x, str)):
        return False
    return True


def _c59(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k10):
        return False
    return True


def _c60(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/data_url
    if not (isinstance(x, str)):
        return False
    return True


def _c63(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/engine_id
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    if x > 9223372036854775807:
        return False
    return True


def _c65(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/train_url
    if not (isinstance(x, str)):
        return False
    return True


def _c67(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/log_url
    if not (isinstance(x, str)):
        return False
    return True


def _c69(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c71(x: Any) -> bool:
    # training-job-config.schema.json#/$defs/user_command
    if not (isinstance(x, str)):
        return False
    return True


def _c73(x: Any) -> bool:
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


def _c74(x: Any) -> bool:
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


def _c92(x: Any) -> bool:
    # training-job-v2.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('kind' in x and 'metadata' in x and 'algorithm' in x and 'spec' in x):
        return False
    for k, v in x.items():
        f = _k95.get(k)
        if f is None or not f(v):
            return False
    return True


def _c93(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/kind
    if not (isinstance(x, str)):
        return False
    return True


def _c95(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x):
        return False
    for k, v in x.items():
        f = _k18.get(k)
        if f is None or not f(v):
            return False
    return True


def _c96(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k15(x) is None:
        return False
    return True


def _c98(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c99(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metadata/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c100(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k16.get(k)
        if f is None:
            f = _c101
        if f is not None and not f(v):
            return False
    return True


def _c101(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/annotations/additionalProperties
    if not (isinstance(x, str)):
        return False
    return True


def _c103(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k17.get(k)
        if f is None or not f(v):
            return False
    return True


def _c104(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c105(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/name
    if not (isinstance(x, str)):
        return False
    if len(x) > 64:
        return False
    return True


def _c106(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/experiment/properties/description
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c109(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k48.get(k)
        if f is None or not f(v):
            return False
    return True


def _c110(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c111(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c112(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/subscription_id
    if not (isinstance(x, str)):
        return False
    return True


def _c113(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/item_version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c114(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c115(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c116(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/command
    if not (isinstance(x, str)):
        return False
    return True


def _c117(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_config_path
    if not (isinstance(x, str)):
        return False
    return True


def _c118(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_framework_path
    if not (isinstance(x, str)):
        return False
    return True


def _c119(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c120, x)):
        return False
    return True


def _c120(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k21.get(k)
        if f is None or not f(v):
            return False
    return True


def _c121(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c122(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c123(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameter/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c124(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k19.get(k)
        if f is None or not f(v):
            return False
    return True


def _c125(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c126(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/editable
    if not (isinstance(x, bool)):
        return False
    return True


def _c127(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/required
    if not (isinstance(x, bool)):
        return False
    return True


def _c128(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/sensitive
    if not (isinstance(x, bool)):
        return False
    return True


def _c129(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_type
    if not (isinstance(x, str)):
        return False
    return True


def _c130(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range
    if not (isinstance(x, list)):
        return False
    if not all(map(_c131, x)):
        return False
    return True


def _c131(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range/items
    if not (isinstance(x, str)):
        return False
    return True


def _c133(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k20.get(k)
        if f is None or not f(v):
            return False
    return True


def _c134(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/language
    if not (isinstance(x, str)):
        return False
    return True


def _c135(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c138(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/policies
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k29.get(k)
        if f is None or not f(v):
            return False
    return True


def _c139(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch
    if not (isinstance(x, dict) or x is None):
        return False
    if isinstance(x, dict):
        for k, v in x.items():
            f = _k28.get(k)
            if f is None or not f(v):
                return False
    return True


def _c140(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/skip_search_params
    if not (isinstance(x, str)):
        return False
    return True


def _c141(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/reward_attrs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c142, x)):
        return False
    return True


def _c142(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k23.get(k)
        if f is None or not f(v):
            return False
    return True


def _c143(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c144(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/mode
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k22):
        return False
    return True


def _c145(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/regex
    if not (isinstance(x, str)):
        return False
    return True


def _c147(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/search_params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c148, x)):
        return False
    return True


def _c148(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k25.get(k)
        if f is None or not f(v):
            return False
    return True


def _c149(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c150(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/param_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k24):
        return False
    return True


def _c151(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/lower_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c152(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/upper_bound
    if not (isinstance(x, str)):
        return False
    return True


def _c153(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_points_num
    if not (isinstance(x, str)):
        return False
    return True


def _c154(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c155, x)):
        return False
    return True


def _c155(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c157(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/algo_configs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c158, x)):
        return False
    return True


def _c158(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k27.get(k)
        if f is None or not f(v):
            return False
    return True


def _c159(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c160(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/params
    if not (isinstance(x, list)):
        return False
    if not all(map(_c161, x)):
        return False
    return True


def _c161(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k26.get(k)
        if f is None or not f(v):
            return False
    return True


def _c162(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c163(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c164(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c169(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c170, x)):
        return False
    return True


def _c170(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x and 'remote' in x):
        return False
    for k, v in x.items():
        f = _k35.get(k)
        if f is None or not f(v):
            return False
    return True


def _c171(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c172(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c173(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c174(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/accessMethod
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k30):
        return False
    return True


def _c176(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputRemote
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k33.get(k)
        if f is None or not f(v):
            return False
    return True


def _c177(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset
    if not (isinstance(x, dict)):
        return False
    if not ('id' in x):
        return False
    for k, v in x.items():
        f = _k31.get(k)
        if f is None or not f(v):
            return False
    return True


def _c178(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c179(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/version_id
    if not (isinstance(x, str)):
        return False
    return True


def _c180(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c181(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/service_type
    if not (isinstance(x, str)):
        return False
    return True


def _c182(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c183(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/dataset_proportion
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c185(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputObs
    if not (isinstance(x, dict)):
        return False
    if not ('obs_url' in x):
        return False
    for k, v in x.items():
        f = _k32.get(k)
        if f is None or not f(v):
            return False
    return True


def _c186(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/inputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c189(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/input/properties/remote_constraint
    if not (isinstance(x, list)):
        return False
    if not all(map(_c190, x)):
        return False
    return True


def _c190(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k34.get(k)
        if f is None or not f(v):
            return False
    return True


def _c191(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/data_type
    if not (isinstance(x, str)):
        return False
    return True


def _c192(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/attributes
    if not (isinstance(x, str)):
        return False
    return True


def _c195(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c196, x)):
        return False
    return True


def _c196(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output
    if not (isinstance(x, dict)):
        return False
    if not ('name' in x and 'remote' in x):
        return False
    for k, v in x.items():
        f = _k38.get(k)
        if f is None or not f(v):
            return False
    return True


def _c197(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c198(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/description
    if not (isinstance(x, str)):
        return False
    return True


def _c199(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/output/properties/local_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c201(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputRemote
    if not (isinstance(x, dict)):
        return False
    if not ('obs' in x):
        return False
    for k, v in x.items():
        f = _k37.get(k)
        if f is None or not f(v):
            return False
    return True


def _c202(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputObs
    if not (isinstance(x, dict)):
        return False
    if not ('obs_url' in x):
        return False
    for k, v in x.items():
        f = _k36.get(k)
        if f is None or not f(v):
            return False
    return True


def _c203(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputObs/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c207(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k39.get(k)
        if f is None or not f(v):
            return False
    return True


def _c208(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c209(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c210(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c211(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c212(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/install_sys_packages
    if not (isinstance(x, bool)):
        return False
    return True


def _c213(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/engine/properties/image_repo_id
    if not (isinstance(x, str)):
        return False
    return True


def _c215(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c216(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/algorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c217(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments
    if not (isinstance(x, dict)):
        return False
    if len(x) > 100:
        return False
    if not all(map(_c218, x)):
        return False
    for k, v in x.items():
        f = _k40.get(k)
        if f is None:
            f = _c219
        if f is not None and not f(v):
            return False
    return True


def _c218(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/propertyNames
    if isinstance(x, str):
        if len(x) > 8192:
            return False
    return True


def _c219(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/environments/additionalProperties
    if not (isinstance(x, str)):
        return False
    if len(x) > 4096:
        return False
    return True


def _c221(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k47.get(k)
        if f is None or not f(v):
            return False
    return True


def _c222(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/log_type
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k41):
        return False
    return True


def _c223(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryLogDir
    if not (isinstance(x, dict)):
        return False
    if not ('pfs' in x):
        return False
    for k, v in x.items():
        f = _k43.get(k)
        if f is None or not f(v):
            return False
    return True


def _c224(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryPfs
    if not (isinstance(x, dict)):
        return False
    if not ('pfs_path' in x):
        return False
    for k, v in x.items():
        f = _k42.get(k)
        if f is None or not f(v):
            return False
    return True


def _c225(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryPfs/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c228(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summary/properties/data_sources
    if not (isinstance(x, list)):
        return False
    if not all(map(_c229, x)):
        return False
    return True


def _c229(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryDataSource
    if not (isinstance(x, dict)):
        return False
    if not ('job' in x):
        return False
    for k, v in x.items():
        f = _k46.get(k)
        if f is None or not f(v):
            return False
    return True


def _c230(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryJob
    if not (isinstance(x, dict)):
        return False
    if not ('job_id' in x):
        return False
    for k, v in x.items():
        f = _k44.get(k)
        if f is None or not f(v):
            return False
    return True


def _c231(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryJob/properties/job_id
    if not (isinstance(x, str)):
        return False
    return True


def _c233(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k45.get(k)
        if f is None or not f(v):
            return False
    return True


def _c234(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/summaryNfs/properties/nfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c239(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k82.get(k)
        if f is None or not f(v):
            return False
    return True


def _c240(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k50.get(k)
        if f is None or not f(v):
            return False
    return True


def _c241(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c242(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c243(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c244(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_group_id
    if not (isinstance(x, str)):
        return False
    return True


def _c245(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k49.get(k)
        if f is None or not f(v):
            return False
    return True


def _c246(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/cpu_core_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c247(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/mem_size
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x <= 0:
        return False
    return True


def _c248(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/accelerator_num
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    return True


def _c250(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/resource/properties/policy
    if not (isinstance(x, str)):
        return False
    return True


def _c252(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c253, x)):
        return False
    return True


def _c253(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/volume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k54.get(k)
        if f is None or not f(v):
            return False
    return True


def _c254(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k51.get(k)
        if f is None or not f(v):
            return False
    return True


def _c255(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/nfs_server_path
    if not (isinstance(x, str)):
        return False
    return True


def _c256(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c257(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c259(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k52.get(k)
        if f is None or not f(v):
            return False
    return True


def _c260(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/pfs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c261(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c263(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k53.get(k)
        if f is None or not f(v):
            return False
    return True


def _c264(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c265(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c268(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k55.get(k)
        if f is None or not f(v):
            return False
    return True


def _c269(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c270(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/host_path
    if not (isinstance(x, str)):
        return False
    return True


def _c272(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop
    if not (isinstance(x, dict)):
        return False
    if not ('time_unit' in x and 'duration' in x):
        return False
    for k, v in x.items():
        f = _k57.get(k)
        if f is None or not f(v):
            return False
    return True


def _c273(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k56):
        return False
    return True


def _c274(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/autoStop/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c276(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k67.get(k)
        if f is None or not f(v):
            return False
    return True


def _c277(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k64.get(k)
        if f is None or not f(v):
            return False
    return True


def _c278(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_type
    if not (isinstance(x, str)):
        return False
    return True


def _c279(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_size
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c280(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/job_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k58):
        return False
    return True


def _c281(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_level
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k59):
        return False
    return True


def _c282(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelector
    if not (isinstance(x, dict)):
        return False
    if not ('nodeSelectorTerms' in x):
        return False
    for k, v in x.items():
        f = _k63.get(k)
        if f is None or not f(v):
            return False
    return True


def _c283(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelector/properties/nodeSelectorTerms
    if not (isinstance(x, list)):
        return False
    if not all(map(_c284, x)):
        return False
    return True


def _c284(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k62.get(k)
        if f is None or not f(v):
            return False
    return True


def _c285(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchExpressions
    if not (isinstance(x, list)):
        return False
    if not all(map(_c286, x)):
        return False
    return True


def _c286(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement
    if not (isinstance(x, dict)):
        return False
    if not ('key' in x and 'operator' in x):
        return False
    for k, v in x.items():
        f = _k61.get(k)
        if f is None or not f(v):
            return False
    return True


def _c287(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/key
    if not (isinstance(x, str)):
        return False
    return True


def _c288(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/operator
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k60):
        return False
    return True


def _c289(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values
    if not (isinstance(x, list)):
        return False
    if not all(map(_c290, x)):
        return False
    return True


def _c290(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values/items
    if not (isinstance(x, str)):
        return False
    return True


def _c292(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchFields
    if not (isinstance(x, list)):
        return False
    if not all(map(_c286, x)):
        return False
    return True


def _c297(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k66.get(k)
        if f is None or not f(v):
            return False
    return True


def _c298(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredAffinity/properties/node_affinity
    if not (isinstance(x, list)):
        return False
    if not all(map(_c299, x)):
        return False
    return True


def _c299(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k65.get(k)
        if f is None or not f(v):
            return False
    return True


def _c300(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm/properties/weight
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 100:
        return False
    return True


def _c304(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/priority
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 0:
        return False
    if x > 3:
        return False
    return True


def _c305(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/preemptible
    if not (isinstance(x, bool)):
        return False
    return True


def _c307(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k69.get(k)
        if f is None or not f(v):
            return False
    return True


def _c308(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/topic_urn
    if not (isinstance(x, str)):
        return False
    return True


def _c309(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events
    if not (isinstance(x, list)):
        return False
    if not all(map(_c310, x)):
        return False
    return True


def _c310(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/notification/properties/events/items
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k68):
        return False
    return True


def _c312(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k71.get(k)
        if f is None or not f(v):
            return False
    return True


def _c313(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/version
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k70):
        return False
    return True


def _c314(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/rotation_enabled
    if not (isinstance(x, bool)):
        return False
    return True


def _c316(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k73.get(k)
        if f is None or not f(v):
            return False
    return True


def _c317(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/retention/properties/policy
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k72):
        return False
    return True


def _c319(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/custom_metrics
    if not (isinstance(x, list)):
        return False
    if not all(map(_c320, x)):
        return False
    return True


def _c320(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/customMetric
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k76.get(k)
        if f is None or not f(v):
            return False
    return True


def _c321(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k74.get(k)
        if f is None or not f(v):
            return False
    return True


def _c322(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command
    if not (isinstance(x, list)):
        return False
    if not all(map(_c323, x)):
        return False
    return True


def _c323(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command/items
    if not (isinstance(x, str)):
        return False
    return True


def _c325(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k75.get(k)
        if f is None or not f(v):
            return False
    return True


def _c326(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/path
    if not (isinstance(x, str)):
        return False
    return True


def _c327(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/port
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c330(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k78.get(k)
        if f is None or not f(v):
            return False
    return True


def _c331(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k77.get(k)
        if f is None or not f(v):
            return False
    return True


def _c332(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/obs_path
    if not (isinstance(x, str)):
        return False
    return True


def _c333(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/local_path
    if not (isinstance(x, str)):
        return False
    return True


def _c336(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k79.get(k)
        if f is None or not f(v):
            return False
    return True


def _c337(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/name
    if not (isinstance(x, str)):
        return False
    return True


def _c338(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/code
    if not (isinstance(x, str)):
        return False
    return True


def _c339(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/version
    if not (isinstance(x, str)):
        return False
    return True


def _c340(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/desc
    if not (isinstance(x, str)):
        return False
    return True


def _c341(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/series
    if not (isinstance(x, str)):
        return False
    return True


def _c342(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/type
    if not (isinstance(x, str)):
        return False
    return True


def _c343(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/model_desc
    if not (isinstance(x, str)):
        return False
    return True


def _c344(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/assetModel/properties/parent_asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c346(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/asset_id
    if not (isinstance(x, str)):
        return False
    return True


def _c347(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k81.get(k)
        if f is None or not f(v):
            return False
    return True


def _c348(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/time_unit
    if not (isinstance(x, str)):
        return False
    if not (isinstance(x, str) and x in _k80):
        return False
    return True


def _c349(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/duration
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c351(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/spec/properties/runtime_type
    if not (isinstance(x, str)):
        return False
    return True


def _c353(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/tasks
    if not (isinstance(x, list)):
        return False
    if not all(map(_c354, x)):
        return False
    return True


def _c354(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k88.get(k)
        if f is None or not f(v):
            return False
    return True


def _c355(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/task/properties/role
    if not (isinstance(x, str)):
        return False
    return True


def _c356(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k85.get(k)
        if f is None or not f(v):
            return False
    return True


def _c357(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k84.get(k)
        if f is None or not f(v):
            return False
    return True


def _c358(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/parameters
    if not (isinstance(x, list)):
        return False
    if not all(map(_c120, x)):
        return False
    return True


def _c360(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c170, x)):
        return False
    return True


def _c362(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c196, x)):
        return False
    return True


def _c364(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k83.get(k)
        if f is None or not f(v):
            return False
    return True


def _c365(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_id
    if not (isinstance(x, str)):
        return False
    return True


def _c366(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_name
    if not (isinstance(x, str)):
        return False
    return True


def _c367(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_version
    if not (isinstance(x, str)):
        return False
    return True


def _c368(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/image_url
    if not (isinstance(x, str)):
        return False
    return True


def _c369(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/run_user
    if not (isinstance(x, str)):
        return False
    return True


def _c372(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c373(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/boot_file
    if not (isinstance(x, str)):
        return False
    return True


def _c375(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/inputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c170, x)):
        return False
    return True


def _c377(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/outputs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c196, x)):
        return False
    return True


def _c379(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/local_code_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c380(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/working_dir
    if not (isinstance(x, str)):
        return False
    return True


def _c383(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource
    if not (isinstance(x, dict)):
        return False
    if not ('node_count' in x):
        return False
    for k, v in x.items():
        f = _k86.get(k)
        if f is None or not f(v):
            return False
    return True


def _c384(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/flavor_id
    if not (isinstance(x, str)):
        return False
    return True


def _c385(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/node_count
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    if x < 1:
        return False
    return True


def _c386(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskResource/properties/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c388(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k87.get(k)
        if f is None or not f(v):
            return False
    return True


def _c389(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/taskLogExportPath/properties/obs_url
    if not (isinstance(x, str)):
        return False
    return True


def _c392(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/endpoints
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k90.get(k)
        if f is None or not f(v):
            return False
    return True


def _c393(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k89.get(k)
        if f is None or not f(v):
            return False
    return True


def _c394(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names
    if not (isinstance(x, list)):
        return False
    if not all(map(_c395, x)):
        return False
    return True


def _c395(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names/items
    if not (isinstance(x, str)):
        return False
    return True


def _c398(x: Any) -> bool:
    # training-job-v2.schema.json#/properties/train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c399(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k94.get(k)
        if f is None or not f(v):
            return False
    return True


def _c400(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_job_uuid
    if not (isinstance(x, str)):
        return False
    return True


def _c401(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_train_type
    if not (isinstance(x, str)):
        return False
    return True


def _c402(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/model_type
    if not (isinstance(x, str)):
        return False
    return True


def _c403(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_output_path
    if not (isinstance(x, str)):
        return False
    return True


def _c404(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_process
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        return False
    return True


def _c405(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c406(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k92.get(k)
        if f is None or not f(v):
            return False
    return True


def _c407(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftTaskEnv/properties/envs
    if not (isinstance(x, list)):
        return False
    if not all(map(_c408, x)):
        return False
    return True


def _c408(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k91.get(k)
        if f is None or not f(v):
            return False
    return True


def _c409(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/label
    if not (isinstance(x, str)):
        return False
    return True


def _c410(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/des
    if not (isinstance(x, str)):
        return False
    return True


def _c411(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_name
    if not (isinstance(x, str)):
        return False
    return True


def _c412(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_type
    if not (isinstance(x, str)):
        return False
    return True


def _c413(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/value
    if not (isinstance(x, str)):
        return False
    return True


def _c414(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/modifiable
    if not (isinstance(x, bool)):
        return False
    return True


def _c415(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/displayable
    if not (isinstance(x, bool)):
        return False
    return True


def _c416(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps
    if not (isinstance(x, list)):
        return False
    if not all(map(_c417, x)):
        return False
    return True


def _c417(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps/items
    if not (isinstance(x, str)):
        return False
    return True


def _c420(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k93.get(k)
        if f is None or not f(v):
            return False
    return True


def _c421(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/checkpoint_id
    if not (isinstance(x, str)):
        return False
    return True


def _c422(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/save_checkpoints_max
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c423(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/skipped_steps
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c424(x: Any) -> bool:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/restore_training
    if not ((isinstance(x, int) and not isinstance(x, bool))):
        return False
    return True


def _c427(x: Any) -> bool:
    # training-job.schema.json#
    if not (isinstance(x, dict)):
        return False
    if not ('job_name' in x and 'config' in x):
        return False
    for k, v in x.items():
        f = _k101.get(k)
        if f is None or not f(v):
            return False
    return True


def _c428(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_name
    if not (isinstance(x, str)):
        return False
    if len(x) < 1:
        return False
    if len(x) > 64:
        return False
    if _k96(x) is None:
        return False
    return True


def _c430(x: Any) -> bool:
    # training-job.schema.json#/$defs/job_desc
    if not (isinstance(x, str)):
        return False
    if len(x) > 256:
        return False
    return True


def _c432(x: Any) -> bool:
    # training-job.schema.json#/$defs/workspace_id
    if not (isinstance(x, str)):
        return False
    return True


def _c434(x: Any) -> bool:
    # training-job.schema.json#/$defs/config
    if not (isinstance(x, dict)):
        return False
    if not ('worker_server_num' in x):
        return False
    for k, v in x.items():
        f = _k100.get(k)
        if f is None or not f(v):
            return False
    return True


def _c450(x: Any) -> bool:
    # training-job.schema.json#/$defs/pool_id
    if not (isinstance(x, str)):
        return False
    return True


def _c452(x: Any) -> bool:
    # training-job.schema.json#/$defs/create_version
    if not (isinstance(x, bool)):
        return False
    return True


def _c454(x: Any) -> bool:
    # training-job.schema.json#/$defs/volumes
    if not (isinstance(x, list)):
        return False
    if not all(map(_c455, x)):
        return False
    return True


def _c455(x: Any) -> bool:
    # training-job.schema.json#/$defs/volumeItem
    if not (isinstance(x, dict)):
        return False
    for k, v in x.items():
        f = _k99.get(k)
        if f is None or not f(v):
            return False
    return True


def _c456(x: Any) -> bool:
    # training-job.schema.json#/$defs/nfsVolume
    if not (isinstance(x, dict)):
        return False
    if not ('id' in x and 'src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k97.get(k)
        if f is None or not f(v):
            return False
    return True


def _c457(x: Any) -> bool:
    # training-job.schema.json#/$defs/nfsVolume/properties/id
    if not (isinstance(x, str)):
        return False
    return True


def _c458(x: Any) -> bool:
    # training-job.schema.json#/$defs/nfsVolume/properties/src_path
    if not (isinstance(x, str)):
        return False
    return True


def _c459(x: Any) -> bool:
    # training-job.schema.json#/$defs/dest_path
    if not (isinstance(x, str)):
        return False
    return True


def _c461(x: Any) -> bool:
    # training-job.schema.json#/$defs/read_only
    if not (isinstance(x, bool)):
        return False
    return True


def _c464(x: Any) -> bool:
    # training-job.schema.json#/$defs/hostPathVolume
    if not (isinstance(x, dict)):
        return False
    if not ('src_path' in x and 'dest_path' in x):
        return False
    for k, v in x.items():
        f = _k98.get(k)
        if f is None or not f(v):
            return False
    return True


def _c465(x: Any) -> bool:
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
_k9: dict[str, Callable[[Any], bool]] = {
    'label': _c43,
    'value': _c44,
}
_k10 = frozenset(['dataset', 'obs'])
_k11: dict[str, Callable[[Any], bool]] = {
    'dataset_id': _c57,
    'dataset_version': _c58,
    'type': _c59,
    'data_url': _c60,
}
_k12: dict[str, Callable[[Any], bool]] = {
    'config_desc': _c31,
    'worker_server_num': _c33,
    'app_url': _c35,
    'boot_file_url': _c37,
    'model_id': _c39,
    'parameter': _c41,
    'spec_id': _c47,
    'data_url': _c49,
    'dataset_id': _c51,
    'dataset_version_id': _c53,
    'data_source': _c55,
    'engine_id': _c63,
    'train_url': _c65,
    'log_url': _c67,
    'user_image_url': _c69,
    'user_command': _c71,
}
_k13 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k14: dict[str, Callable[[Any], bool]] = {
    'config_name': _c74,
    'config_desc': _c31,
    'worker_server_num': _c33,
    'app_url': _c35,
    'boot_file_url': _c37,
    'model_id': _c39,
    'parameter': _c41,
    'spec_id': _c47,
    'data_url': _c49,
    'dataset_id': _c51,
    'dataset_version_id': _c53,
    'data_source': _c55,
    'engine_id': _c63,
    'train_url': _c65,
    'log_url': _c67,
    'user_image_url': _c69,
    'user_command': _c71,
}
_k15 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k16: dict[str, Callable[[Any], bool]] = {
}
_k17: dict[str, Callable[[Any], bool]] = {
    'id': _c104,
    'name': _c105,
    'description': _c106,
}
_k18: dict[str, Callable[[Any], bool]] = {
    'name': _c96,
    'workspace_id': _c98,
    'description': _c99,
    'annotations': _c100,
    'training_experiment_reference': _c103,
}
_k19: dict[str, Callable[[Any], bool]] = {
    'type': _c125,
    'editable': _c126,
    'required': _c127,
    'sensitive': _c128,
    'valid_type': _c129,
    'valid_range': _c130,
}
_k20: dict[str, Callable[[Any], bool]] = {
    'language': _c134,
    'description': _c135,
}
_k21: dict[str, Callable[[Any], bool]] = {
    'name': _c121,
    'value': _c122,
    'description': _c123,
    'constraint': _c124,
    'i18n_description': _c133,
}
_k22 = frozenset(['max', 'min'])
_k23: dict[str, Callable[[Any], bool]] = {
    'name': _c143,
    'mode': _c144,
    'regex': _c145,
}
_k24 = frozenset(['continuous', 'discrete'])
_k25: dict[str, Callable[[Any], bool]] = {
    'name': _c149,
    'param_type': _c150,
    'lower_bound': _c151,
    'upper_bound': _c152,
    'discrete_points_num': _c153,
    'discrete_values': _c154,
}
_k26: dict[str, Callable[[Any], bool]] = {
    'key': _c162,
    'value': _c163,
    'type': _c164,
}
_k27: dict[str, Callable[[Any], bool]] = {
    'name': _c159,
    'params': _c160,
}
_k28: dict[str, Callable[[Any], bool]] = {
    'skip_search_params': _c140,
    'reward_attrs': _c141,
    'search_params': _c147,
    'algo_configs': _c157,
}
_k29: dict[str, Callable[[Any], bool]] = {
    'auto_search': _c139,
}
_k30 = frozenset(['env', 'parameter'])
_k31: dict[str, Callable[[Any], bool]] = {
    'id': _c178,
    'version_id': _c179,
    'obs_url': _c180,
    'service_type': _c181,
    'name': _c182,
    'dataset_proportion': _c183,
}
_k32: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c186,
}
_k33: dict[str, Callable[[Any], bool]] = {
    'dataset': _c177,
    'obs': _c185,
}
_k34: dict[str, Callable[[Any], bool]] = {
    'data_type': _c191,
    'attributes': _c192,
}
_k35: dict[str, Callable[[Any], bool]] = {
    'name': _c171,
    'description': _c172,
    'local_dir': _c173,
    'access_method': _c174,
    'remote': _c176,
    'remote_constraint': _c189,
}
_k36: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c203,
}
_k37: dict[str, Callable[[Any], bool]] = {
    'obs': _c202,
}
_k38: dict[str, Callable[[Any], bool]] = {
    'name': _c197,
    'description': _c198,
    'local_dir': _c199,
    'access_method': _c174,
    'remote': _c201,
}
_k39: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c208,
    'engine_name': _c209,
    'engine_version': _c210,
    'image_url': _c211,
    'install_sys_packages': _c212,
    'image_repo_id': _c213,
}
_k40: dict[str, Callable[[Any], bool]] = {
}
_k41 = frozenset(['mindstudio-insight', 'tensorboard'])
_k42: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c225,
}
_k43: dict[str, Callable[[Any], bool]] = {
    'pfs': _c224,
}
_k44: dict[str, Callable[[Any], bool]] = {
    'job_id': _c231,
}
_k45: dict[str, Callable[[Any], bool]] = {
    'nfs_path': _c234,
}
_k46: dict[str, Callable[[Any], bool]] = {
    'job': _c230,
    'nfs': _c233,
}
_k47: dict[str, Callable[[Any], bool]] = {
    'log_type': _c222,
    'log_dir': _c223,
    'data_sources': _c228,
}
_k48: dict[str, Callable[[Any], bool]] = {
    'id': _c110,
    'name': _c111,
    'subscription_id': _c112,
    'item_version_id': _c113,
    'code_dir': _c114,
    'boot_file': _c115,
    'command': _c116,
    'autosearch_config_path': _c117,
    'autosearch_framework_path': _c118,
    'parameters': _c119,
    'policies': _c138,
    'inputs': _c169,
    'outputs': _c195,
    'engine': _c207,
    'local_code_dir': _c215,
    'working_dir': _c216,
    'environments': _c217,
    'summary': _c221,
}
_k49: dict[str, Callable[[Any], bool]] = {
    'cpu_core_num': _c246,
    'mem_size': _c247,
    'accelerator_num': _c248,
}
_k50: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c241,
    'node_count': _c242,
    'pool_id': _c243,
    'pool_group_id': _c244,
    'main_container_customized_flavor': _c245,
    'policy': _c250,
}
_k51: dict[str, Callable[[Any], bool]] = {
    'nfs_server_path': _c255,
    'local_path': _c256,
    'read_only': _c257,
}
_k52: dict[str, Callable[[Any], bool]] = {
    'pfs_path': _c260,
    'local_path': _c261,
}
_k53: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c264,
    'local_path': _c265,
}
_k54: dict[str, Callable[[Any], bool]] = {
    'nfs': _c254,
    'pfs': _c259,
    'obs': _c263,
}
_k55: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c269,
    'host_path': _c270,
}
_k56 = frozenset(['HOURS'])
_k57: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c273,
    'duration': _c274,
}
_k58 = frozenset(['cluster', 'hyperinstanceGroup'])
_k59 = frozenset(['hyperinstance', 'hyperinstanceGroup', 'slice'])
_k60 = frozenset(['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'])
_k61: dict[str, Callable[[Any], bool]] = {
    'key': _c287,
    'operator': _c288,
    'values': _c289,
}
_k62: dict[str, Callable[[Any], bool]] = {
    'matchExpressions': _c285,
    'matchFields': _c292,
}
_k63: dict[str, Callable[[Any], bool]] = {
    'nodeSelectorTerms': _c283,
}
_k64: dict[str, Callable[[Any], bool]] = {
    'affinity_type': _c278,
    'affinity_group_size': _c279,
    'job_level': _c280,
    'affinity_group_level': _c281,
    'node_affinity': _c282,
}
_k65: dict[str, Callable[[Any], bool]] = {
    'weight': _c300,
    'preference': _c284,
}
_k66: dict[str, Callable[[Any], bool]] = {
    'node_affinity': _c298,
}
_k67: dict[str, Callable[[Any], bool]] = {
    'required_affinity': _c277,
    'preferred_affinity': _c297,
    'priority': _c304,
    'preemptible': _c305,
}
_k68 = frozenset(['JobCompleted', 'JobFailed', 'JobHanged', 'JobPreempted', 'JobRestarted', 'JobStarted', 'JobTerminated'])
_k69: dict[str, Callable[[Any], bool]] = {
    'topic_urn': _c308,
    'events': _c309,
}
_k70 = frozenset(['v0', 'v1'])
_k71: dict[str, Callable[[Any], bool]] = {
    'version': _c313,
    'rotation_enabled': _c314,
}
_k72 = frozenset(['disabled', 'enabled'])
_k73: dict[str, Callable[[Any], bool]] = {
    'policy': _c317,
}
_k74: dict[str, Callable[[Any], bool]] = {
    'command': _c322,
}
_k75: dict[str, Callable[[Any], bool]] = {
    'path': _c326,
    'port': _c327,
}
_k76: dict[str, Callable[[Any], bool]] = {
    'exec': _c321,
    'http_get': _c325,
}
_k77: dict[str, Callable[[Any], bool]] = {
    'obs_path': _c332,
    'local_path': _c333,
}
_k78: dict[str, Callable[[Any], bool]] = {
    'obs': _c331,
}
_k79: dict[str, Callable[[Any], bool]] = {
    'name': _c337,
    'code': _c338,
    'version': _c339,
    'desc': _c340,
    'series': _c341,
    'type': _c342,
    'model_desc': _c343,
    'parent_asset_id': _c344,
}
_k80 = frozenset(['HOURS'])
_k81: dict[str, Callable[[Any], bool]] = {
    'time_unit': _c348,
    'duration': _c349,
}
_k82: dict[str, Callable[[Any], bool]] = {
    'resource': _c240,
    'volumes': _c252,
    'log_export_path': _c268,
    'auto_stop': _c272,
    'schedule_policy': _c276,
    'notification': _c307,
    'log_export_config': _c312,
    'retention': _c316,
    'custom_metrics': _c319,
    'output_model': _c330,
    'asset_model': _c336,
    'asset_id': _c346,
    'reserved_time': _c347,
    'runtime_type': _c351,
}
_k83: dict[str, Callable[[Any], bool]] = {
    'engine_id': _c365,
    'engine_name': _c366,
    'engine_version': _c367,
    'image_url': _c368,
    'run_user': _c369,
}
_k84: dict[str, Callable[[Any], bool]] = {
    'parameters': _c358,
    'inputs': _c360,
    'outputs': _c362,
    'engine': _c364,
}
_k85: dict[str, Callable[[Any], bool]] = {
    'job_config': _c357,
    'code_dir': _c372,
    'boot_file': _c373,
    'engine': _c364,
    'inputs': _c375,
    'outputs': _c377,
    'local_code_dir': _c379,
    'working_dir': _c380,
    'environments': _c217,
}
_k86: dict[str, Callable[[Any], bool]] = {
    'flavor_id': _c384,
    'node_count': _c385,
    'pool_id': _c386,
}
_k87: dict[str, Callable[[Any], bool]] = {
    'obs_url': _c389,
}
_k88: dict[str, Callable[[Any], bool]] = {
    'role': _c355,
    'algorithm': _c356,
    'task_resource': _c383,
    'log_export_path': _c388,
}
_k89: dict[str, Callable[[Any], bool]] = {
    'key_pair_names': _c394,
}
_k90: dict[str, Callable[[Any], bool]] = {
    'ssh': _c393,
}
_k91: dict[str, Callable[[Any], bool]] = {
    'label': _c409,
    'des': _c410,
    'env_name': _c411,
    'env_type': _c412,
    'value': _c413,
    'modifiable': _c414,
    'displayable': _c415,
    'used_steps': _c416,
}
_k92: dict[str, Callable[[Any], bool]] = {
    'envs': _c407,
}
_k93: dict[str, Callable[[Any], bool]] = {
    'checkpoint_id': _c421,
    'save_checkpoints_max': _c422,
    'skipped_steps': _c423,
    'restore_training': _c424,
}
_k94: dict[str, Callable[[Any], bool]] = {
    'ft_job_uuid': _c400,
    'ft_train_type': _c401,
    'model_type': _c402,
    'train_output_path': _c403,
    'train_process': _c404,
    'checkpoint_id': _c405,
    'task_env': _c406,
    'checkpoint_config': _c420,
}
_k95: dict[str, Callable[[Any], bool]] = {
    'kind': _c93,
    'metadata': _c95,
    'algorithm': _c109,
    'spec': _c239,
    'tasks': _c353,
    'endpoints': _c392,
    'train_type': _c398,
    'ftjob_config': _c399,
}
_k96 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k97: dict[str, Callable[[Any], bool]] = {
    'id': _c457,
    'src_path': _c458,
    'dest_path': _c459,
    'read_only': _c461,
}
_k98: dict[str, Callable[[Any], bool]] = {
    'src_path': _c465,
    'dest_path': _c459,
    'read_only': _c461,
}
_k99: dict[str, Callable[[Any], bool]] = {
    'nfs': _c456,
    'host_path': _c464,
}
_k100: dict[str, Callable[[Any], bool]] = {
    'worker_server_num': _c33,
    'app_url': _c35,
    'boot_file_url': _c37,
    'model_id': _c39,
    'parameter': _c41,
    'spec_id': _c47,
    'data_url': _c49,
    'dataset_id': _c51,
    'dataset_version_id': _c53,
    'data_source': _c55,
    'engine_id': _c63,
    'train_url': _c65,
    'log_url': _c67,
    'user_image_url': _c69,
    'user_command': _c71,
    'pool_id': _c450,
    'create_version': _c452,
    'volumes': _c454,
}
_k101: dict[str, Callable[[Any], bool]] = {
    'job_name': _c428,
    'job_desc': _c430,
    'workspace_id': _c432,
    'config': _c434,
}

#: The compiled check of each bundled schema, by name.
CHECKS: dict[str, Callable[[Any], bool]] = {
    'tjlint-settings': _c0,
    'training-job-config-update': _c30,
    'training-job-config': _c73,
    'training-job-v2': _c92,
    'training-job': _c427,
}


def is_valid(schema_name: str, document: Any) -> bool:
    """True when ``document`` certainly meets the schema ``schema_name``."""
    check = CHECKS.get(schema_name)
    return check is not None and check(document)

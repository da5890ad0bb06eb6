"""Explanations of schema failures, compiled from tjlint/schemas/*.schema.json.

Generated: do not edit.
Rewrite with ``python -m tjlint._explain_gen`` after changing a schema. ``explain`` lists why a
body fails its schema as jsonschema would (see tjlint/_explain_gen.py); None: ask jsonschema.
"""

# ruff: noqa: E501, RUF005
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from tjlint._fastcheck import (
    _c1,
    _c2,
    _c6,
    _c8,
    _c9,
    _c10,
    _c11,
    _c12,
    _c14,
    _c16,
    _c19,
    _c20,
    _c24,
    _c25,
    _c27,
    _c28,
    _c29,
    _c30,
    _c32,
    _c34,
    _c35,
    _c37,
    _c39,
    _c41,
    _c43,
    _c44,
    _c45,
    _c46,
    _c49,
    _c51,
    _c53,
    _c55,
    _c57,
    _c58,
    _c59,
    _c60,
    _c61,
    _c62,
    _c65,
    _c67,
    _c69,
    _c71,
    _c73,
    _c75,
    _c76,
    _c78,
    _c80,
    _c81,
    _c82,
    _c83,
    _c84,
    _c85,
    _c87,
    _c90,
    _c91,
    _c97,
    _c99,
    _c101,
    _c103,
    _c104,
    _c107,
    _c110,
    _c115,
    _c117,
    _c118,
    _c120,
    _c121,
    _c122,
    _c123,
    _c125,
    _c126,
    _c127,
    _c128,
    _c131,
    _c132,
    _c133,
    _c134,
    _c135,
    _c136,
    _c137,
    _c138,
    _c139,
    _c140,
    _c141,
    _c142,
    _c143,
    _c144,
    _c145,
    _c146,
    _c147,
    _c148,
    _c149,
    _c150,
    _c151,
    _c152,
    _c153,
    _c155,
    _c156,
    _c157,
    _c160,
    _c161,
    _c162,
    _c163,
    _c164,
    _c165,
    _c166,
    _c167,
    _c169,
    _c170,
    _c171,
    _c172,
    _c173,
    _c174,
    _c175,
    _c176,
    _c177,
    _c179,
    _c180,
    _c181,
    _c182,
    _c183,
    _c184,
    _c185,
    _c186,
    _c191,
    _c192,
    _c193,
    _c194,
    _c195,
    _c196,
    _c198,
    _c199,
    _c200,
    _c201,
    _c202,
    _c203,
    _c204,
    _c205,
    _c207,
    _c208,
    _c211,
    _c212,
    _c213,
    _c214,
    _c217,
    _c218,
    _c219,
    _c220,
    _c221,
    _c223,
    _c224,
    _c225,
    _c229,
    _c230,
    _c231,
    _c232,
    _c233,
    _c234,
    _c235,
    _c237,
    _c238,
    _c239,
    _c240,
    _c241,
    _c243,
    _c244,
    _c245,
    _c246,
    _c247,
    _c250,
    _c251,
    _c252,
    _c253,
    _c255,
    _c256,
    _c261,
    _c262,
    _c263,
    _c264,
    _c265,
    _c266,
    _c267,
    _c268,
    _c269,
    _c270,
    _c272,
    _c274,
    _c275,
    _c276,
    _c277,
    _c278,
    _c279,
    _c281,
    _c282,
    _c283,
    _c285,
    _c286,
    _c287,
    _c290,
    _c291,
    _c292,
    _c294,
    _c295,
    _c296,
    _c298,
    _c299,
    _c300,
    _c301,
    _c302,
    _c303,
    _c304,
    _c305,
    _c306,
    _c307,
    _c308,
    _c309,
    _c310,
    _c311,
    _c312,
    _c314,
    _c319,
    _c320,
    _c321,
    _c322,
    _c326,
    _c327,
    _c329,
    _c330,
    _c331,
    _c332,
    _c334,
    _c335,
    _c336,
    _c338,
    _c339,
    _c341,
    _c342,
    _c343,
    _c344,
    _c345,
    _c347,
    _c348,
    _c349,
    _c352,
    _c353,
    _c354,
    _c355,
    _c358,
    _c359,
    _c360,
    _c361,
    _c362,
    _c363,
    _c364,
    _c365,
    _c366,
    _c368,
    _c369,
    _c370,
    _c371,
    _c373,
    _c375,
    _c376,
    _c377,
    _c378,
    _c379,
    _c380,
    _c382,
    _c384,
    _c386,
    _c387,
    _c388,
    _c389,
    _c390,
    _c391,
    _c394,
    _c395,
    _c397,
    _c399,
    _c401,
    _c402,
    _c405,
    _c406,
    _c407,
    _c408,
    _c410,
    _c411,
    _c414,
    _c415,
    _c416,
    _c417,
    _c420,
    _c421,
    _c422,
    _c423,
    _c424,
    _c425,
    _c426,
    _c427,
    _c428,
    _c429,
    _c430,
    _c431,
    _c432,
    _c433,
    _c434,
    _c435,
    _c436,
    _c437,
    _c438,
    _c439,
    _c442,
    _c443,
    _c444,
    _c445,
    _c446,
    _c450,
    _c452,
    _c454,
    _c456,
    _c457,
    _c460,
    _c461,
    _c462,
    _c463,
)
from tjlint.failures import Check, Failure, Path, node_at


def _x0(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#
    n = _N[18]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k0]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)
    if isinstance(x, dict):
        for k, check, why in _k10:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))


def _x1(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/$defs/codes
    n = _N[1]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c2(v):
                yield from _x2(v, p + (i,), sp + ('items',))


def _x2(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/$defs/code
    n = _N[0]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and _k1(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x6(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/severity
    n = _N[3]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k in x:
            if not _c2(k):
                yield from _x2(k, p, sp + ('propertyNames',))
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in _k2 and not _c8(v):
                yield from _x8(v, p + (k,), sp + ('additionalProperties',))


def _x8(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/severity/additionalProperties
    n = _N[2]
    if not (isinstance(x, str) and x in _k3):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x9(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/catalog
    n = _N[5]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c10(v):
                yield from _x10(v, p + (i,), sp + ('items',))


def _x10(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/catalog/items
    n = _N[4]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))


def _x11(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/include
    n = _N[7]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list) and len(x) < 1:
        yield Failure('minItems', n['minItems'], x, n, p, sp + ('minItems',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c12(v):
                yield from _x12(v, p + (i,), sp + ('items',))


def _x12(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/$defs/glob
    n = _N[6]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))


def _x14(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/exclude
    n = _N[8]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list) and len(x) < 1:
        yield Failure('minItems', n['minItems'], x, n, p, sp + ('minItems',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c12(v):
                yield from _x12(v, p + (i,), sp + ('items',))


def _x16(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/per-file-ignores
    n = _N[9]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k in x:
            if not _c12(k):
                yield from _x12(k, p, sp + ('propertyNames',))
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in _k4 and not _c1(v):
                yield from _x1(v, p + (k,), sp + ('additionalProperties',))


def _x19(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/limits
    n = _N[11]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k5]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)
    if isinstance(x, dict):
        for k, check, why in _k6:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))


def _x20(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/$defs/positive
    n = _N[10]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x24(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/strict
    n = _N[12]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x25(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/kinds
    n = _N[14]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k in x:
            if not _c12(k):
                yield from _x12(k, p, sp + ('propertyNames',))
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in _k7 and not _c27(v):
                yield from _x27(v, p + (k,), sp + ('additionalProperties',))


def _x27(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/kinds/additionalProperties
    n = _N[13]
    if not (isinstance(x, str) and x in _k8):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x28(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/plugins
    n = _N[16]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c29(v):
                yield from _x29(v, p + (i,), sp + ('items',))


def _x29(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/plugins/items
    n = _N[15]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and _k9(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x30(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # tjlint-settings.schema.json#/properties/allow-empty
    n = _N[17]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x31(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config-update.schema.json#
    n = _N[60]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k11:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k12:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if not _c34(x):
        yield from _x34(x, p, sp)
    if not _c103(x):
        yield from _x103(x, p, sp + ('allOf', 0))
    if isinstance(x, dict):
        known = _k31
        extra = [k for k in x if k not in known]
        if extra:
            yield Failure('unevaluatedProperties', n['unevaluatedProperties'], x, n, p, sp + ('unevaluatedProperties',), extra)


def _x32(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/config_desc
    n = _N[19]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x34(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/configFields
    n = _N[58]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k29:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))


def _x35(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/worker_server_num
    n = _N[20]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 2147483647:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x37(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/app_url
    n = _N[21]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x39(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/boot_file_url
    n = _N[22]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x41(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/model_id
    n = _N[23]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 9223372036854775807:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x43(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameter
    n = _N[27]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c44(v):
                yield from _x44(v, p + (i,), sp + ('items',))


def _x44(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameterItem
    n = _N[26]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k13:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k14]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x45(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameterItem/properties/label
    n = _N[24]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x46(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameterItem/properties/value
    n = _N[25]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x49(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/spec_id
    n = _N[28]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 9223372036854775807:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x51(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/data_url
    n = _N[29]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x53(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataset_id
    n = _N[30]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x55(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataset_version_id
    n = _N[31]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x57(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/data_source
    n = _N[37]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list) and len(x) < 1:
        yield Failure('minItems', n['minItems'], x, n, p, sp + ('minItems',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c58(v):
                yield from _x58(v, p + (i,), sp + ('items',))


def _x58(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem
    n = _N[36]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k16:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k17]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x59(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_id
    n = _N[32]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x60(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_version
    n = _N[33]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x61(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/type
    n = _N[34]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k15):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x62(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/data_url
    n = _N[35]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x65(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/engine_id
    n = _N[38]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 9223372036854775807:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x67(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/train_url
    n = _N[39]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x69(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/log_url
    n = _N[40]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x71(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/user_image_url
    n = _N[41]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x73(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/user_command
    n = _N[42]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x75(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/flavor
    n = _N[44]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k18:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k19:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k20]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x76(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/flavor/properties/code
    n = _N[43]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x78(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/pool_id
    n = _N[45]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x80(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/volumes
    n = _N[54]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c81(v):
                yield from _x81(v, p + (i,), sp + ('items',))


def _x81(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/volumeItem
    n = _N[53]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k27:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k28]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x82(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nfsVolume
    n = _N[50]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k21:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k22:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k23]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x83(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/id
    n = _N[46]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x84(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/src_path
    n = _N[47]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x85(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dest_path
    n = _N[48]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x87(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/read_only
    n = _N[49]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x90(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/hostPathVolume
    n = _N[52]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k24:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k25:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k26]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x91(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/hostPathVolume/properties/src_path
    n = _N[51]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x97(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nas_type
    n = _N[55]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x99(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nas_share_addr
    n = _N[56]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x101(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nas_mount_path
    n = _N[57]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x103(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool
    if not _c104(x) and not _c107(x):
        yield from _x107(x, p, sp + ('else',))


def _x107(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/else
    n = _N[59]
    if isinstance(x, dict):
        for k in _k30:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)


def _x109(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#
    n = _N[62]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k33:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k34:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if not _c34(x):
        yield from _x34(x, p, sp)
    if not _c103(x):
        yield from _x103(x, p, sp + ('allOf', 0))
    if isinstance(x, dict):
        known = _k35
        extra = [k for k in x if k not in known]
        if extra:
            yield Failure('unevaluatedProperties', n['unevaluatedProperties'], x, n, p, sp + ('unevaluatedProperties',), extra)


def _x110(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/config_name
    n = _N[61]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))
    if isinstance(x, str) and _k32(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x114(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#
    n = _N[317]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k196:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k197:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k198]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x115(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/kind
    n = _N[63]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x117(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metadata
    n = _N[73]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k40:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k41:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k42]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x118(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/name
    n = _N[64]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))
    if isinstance(x, str) and _k36(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x120(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metadata/properties/workspace_id
    n = _N[65]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x121(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metadata/properties/description
    n = _N[66]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x122(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/annotations
    n = _N[68]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in _k37 and not _c123(v):
                yield from _x123(v, p + (k,), sp + ('additionalProperties',))


def _x123(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/annotations/additionalProperties
    n = _N[67]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x125(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment
    n = _N[72]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k38:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k39]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x126(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment/properties/id
    n = _N[69]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x127(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment/properties/name
    n = _N[70]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x128(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment/properties/description
    n = _N[71]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x131(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm
    n = _N[175]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k106:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k107]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x132(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/id
    n = _N[74]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x133(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/name
    n = _N[75]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x134(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/subscription_id
    n = _N[76]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x135(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/item_version_id
    n = _N[77]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x136(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/code_dir
    n = _N[78]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x137(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/boot_file
    n = _N[79]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x138(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/command
    n = _N[80]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x139(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_config_path
    n = _N[81]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x140(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_framework_path
    n = _N[82]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x141(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/parameters
    n = _N[98]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c142(v):
                yield from _x142(v, p + (i,), sp + ('items',))


def _x142(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter
    n = _N[97]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k47:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k48]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x143(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter/properties/name
    n = _N[83]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x144(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter/properties/value
    n = _N[84]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x145(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter/properties/description
    n = _N[85]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x146(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint
    n = _N[93]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k43:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k44]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x147(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/type
    n = _N[86]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x148(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/editable
    n = _N[87]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x149(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/required
    n = _N[88]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x150(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/sensitive
    n = _N[89]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x151(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_type
    n = _N[90]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x152(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range
    n = _N[92]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c153(v):
                yield from _x153(v, p + (i,), sp + ('items',))


def _x153(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range/items
    n = _N[91]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x155(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/i18nDescription
    n = _N[96]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k45:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k46]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x156(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/language
    n = _N[94]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x157(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/description
    n = _N[95]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x160(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/policies
    n = _N[123]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k61:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k62]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x161(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch
    n = _N[122]
    if not (isinstance(x, dict) or x is None):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k59:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k60]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x162(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/skip_search_params
    n = _N[99]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x163(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/reward_attrs
    n = _N[104]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c164(v):
                yield from _x164(v, p + (i,), sp + ('items',))


def _x164(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr
    n = _N[103]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k50:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k51]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x165(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/name
    n = _N[100]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x166(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/mode
    n = _N[101]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k49):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x167(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/regex
    n = _N[102]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x169(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/search_params
    n = _N[113]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c170(v):
                yield from _x170(v, p + (i,), sp + ('items',))


def _x170(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam
    n = _N[112]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k53:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k54]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x171(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/name
    n = _N[105]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x172(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/param_type
    n = _N[106]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k52):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x173(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/lower_bound
    n = _N[107]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x174(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/upper_bound
    n = _N[108]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x175(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_points_num
    n = _N[109]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x176(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values
    n = _N[111]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c177(v):
                yield from _x177(v, p + (i,), sp + ('items',))


def _x177(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values/items
    n = _N[110]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x179(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/algo_configs
    n = _N[121]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c180(v):
                yield from _x180(v, p + (i,), sp + ('items',))


def _x180(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algoConfig
    n = _N[120]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k57:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k58]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x181(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/name
    n = _N[114]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x182(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/params
    n = _N[119]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c183(v):
                yield from _x183(v, p + (i,), sp + ('items',))


def _x183(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter
    n = _N[118]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k55:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k56]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x184(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/key
    n = _N[115]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x185(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/value
    n = _N[116]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x186(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/type
    n = _N[117]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x191(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/inputs
    n = _N[143]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c192(v):
                yield from _x192(v, p + (i,), sp + ('items',))


def _x192(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input
    n = _N[142]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k74:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k75:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k76]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x193(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/name
    n = _N[124]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x194(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/description
    n = _N[125]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x195(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/local_dir
    n = _N[126]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x196(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/accessMethod
    n = _N[127]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k63):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x198(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputRemote
    n = _N[137]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k70:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k71]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x199(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset
    n = _N[134]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k64:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k65:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k66]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x200(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/id
    n = _N[128]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x201(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/version_id
    n = _N[129]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x202(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/obs_url
    n = _N[130]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x203(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/service_type
    n = _N[131]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x204(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/name
    n = _N[132]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x205(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/dataset_proportion
    n = _N[133]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x207(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputObs
    n = _N[136]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k67:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k68:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k69]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x208(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputObs/properties/obs_url
    n = _N[135]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x211(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/remote_constraint
    n = _N[141]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c212(v):
                yield from _x212(v, p + (i,), sp + ('items',))


def _x212(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/remoteConstraint
    n = _N[140]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k72:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k73]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x213(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/data_type
    n = _N[138]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x214(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/attributes
    n = _N[139]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x217(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/outputs
    n = _N[151]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c218(v):
                yield from _x218(v, p + (i,), sp + ('items',))


def _x218(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output
    n = _N[150]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k83:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k84:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k85]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x219(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output/properties/name
    n = _N[144]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x220(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output/properties/description
    n = _N[145]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x221(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output/properties/local_dir
    n = _N[146]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x223(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputRemote
    n = _N[149]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k80:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k81:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k82]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x224(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputObs
    n = _N[148]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k77:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k78:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k79]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x225(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputObs/properties/obs_url
    n = _N[147]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x229(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine
    n = _N[158]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k86:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k87]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x230(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_id
    n = _N[152]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x231(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_name
    n = _N[153]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x232(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_version
    n = _N[154]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x233(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/image_url
    n = _N[155]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x234(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/install_sys_packages
    n = _N[156]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x235(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/image_repo_id
    n = _N[157]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x237(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/local_code_dir
    n = _N[159]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x238(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/working_dir
    n = _N[160]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x239(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/environments
    n = _N[163]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict) and len(x) > 100:
        yield Failure('maxProperties', n['maxProperties'], x, n, p, sp + ('maxProperties',))
    if isinstance(x, dict):
        for k in x:
            if not _c240(k):
                yield from _x240(k, p, sp + ('propertyNames',))
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in _k88 and not _c241(v):
                yield from _x241(v, p + (k,), sp + ('additionalProperties',))


def _x240(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/environments/propertyNames
    n = _N[161]
    if isinstance(x, str) and len(x) > 8192:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x241(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/environments/additionalProperties
    n = _N[162]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 4096:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x243(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summary
    n = _N[174]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k104:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k105]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x244(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summary/properties/log_type
    n = _N[164]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k89):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x245(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryLogDir
    n = _N[167]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k93:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k94:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k95]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x246(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryPfs
    n = _N[166]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k90:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k91:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k92]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x247(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryPfs/properties/pfs_path
    n = _N[165]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x250(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summary/properties/data_sources
    n = _N[173]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c251(v):
                yield from _x251(v, p + (i,), sp + ('items',))


def _x251(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryDataSource
    n = _N[172]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k101:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k102:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k103]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x252(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryJob
    n = _N[169]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k96:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k97:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k98]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x253(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryJob/properties/job_id
    n = _N[168]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x255(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryNfs
    n = _N[171]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k99:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k100]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x256(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryNfs/properties/nfs_path
    n = _N[170]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x261(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec
    n = _N[261]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k169:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k170]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x262(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource
    n = _N[185]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k110:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k111]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x263(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/flavor_id
    n = _N[176]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x264(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/node_count
    n = _N[177]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x265(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_id
    n = _N[178]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x266(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_group_id
    n = _N[179]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x267(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor
    n = _N[183]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k108:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k109]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x268(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/cpu_core_num
    n = _N[180]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x <= 0:
        yield Failure('exclusiveMinimum', n['exclusiveMinimum'], x, n, p, sp + ('exclusiveMinimum',))


def _x269(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/mem_size
    n = _N[181]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x <= 0:
        yield Failure('exclusiveMinimum', n['exclusiveMinimum'], x, n, p, sp + ('exclusiveMinimum',))


def _x270(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/accelerator_num
    n = _N[182]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x272(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/policy
    n = _N[184]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x274(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/volumes
    n = _N[197]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c275(v):
                yield from _x275(v, p + (i,), sp + ('items',))


def _x275(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/volume
    n = _N[196]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k118:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k119]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x276(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume
    n = _N[189]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k112:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k113]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x277(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/nfs_server_path
    n = _N[186]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x278(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/local_path
    n = _N[187]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x279(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/read_only
    n = _N[188]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x281(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/pfsVolume
    n = _N[192]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k114:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k115]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x282(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/pfs_path
    n = _N[190]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x283(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/local_path
    n = _N[191]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x285(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/obsVolume
    n = _N[195]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k116:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k117]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x286(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/obs_path
    n = _N[193]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x287(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/local_path
    n = _N[194]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x290(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportPath
    n = _N[200]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k120:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k121]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x291(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/obs_url
    n = _N[198]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x292(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/host_path
    n = _N[199]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x294(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoStop
    n = _N[203]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k123:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k124:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k125]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x295(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoStop/properties/time_unit
    n = _N[201]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k122):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x296(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoStop/properties/duration
    n = _N[202]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x298(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/schedulePolicy
    n = _N[225]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k143:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k144]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x299(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity
    n = _N[218]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k137:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k138]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x300(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_type
    n = _N[204]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x301(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_size
    n = _N[205]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x302(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/job_level
    n = _N[206]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k126):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x303(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_level
    n = _N[207]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k127):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x304(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelector
    n = _N[217]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k134:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k135:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k136]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x305(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelector/properties/nodeSelectorTerms
    n = _N[216]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c306(v):
                yield from _x306(v, p + (i,), sp + ('items',))


def _x306(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm
    n = _N[215]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k132:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k133]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x307(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchExpressions
    n = _N[213]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c308(v):
                yield from _x308(v, p + (i,), sp + ('items',))


def _x308(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement
    n = _N[212]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k129:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k130:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k131]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x309(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/key
    n = _N[208]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x310(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/operator
    n = _N[209]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k128):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x311(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values
    n = _N[211]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c312(v):
                yield from _x312(v, p + (i,), sp + ('items',))


def _x312(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values/items
    n = _N[210]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x314(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchFields
    n = _N[214]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c308(v):
                yield from _x308(v, p + (i,), sp + ('items',))


def _x319(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredAffinity
    n = _N[222]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k141:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k142]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x320(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredAffinity/properties/node_affinity
    n = _N[221]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c321(v):
                yield from _x321(v, p + (i,), sp + ('items',))


def _x321(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm
    n = _N[220]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k139:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k140]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x322(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm/properties/weight
    n = _N[219]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 100:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x326(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/priority
    n = _N[223]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 3:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x327(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/preemptible
    n = _N[224]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x329(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification
    n = _N[229]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k146:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k147]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x330(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification/properties/topic_urn
    n = _N[226]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x331(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification/properties/events
    n = _N[228]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c332(v):
                yield from _x332(v, p + (i,), sp + ('items',))


def _x332(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification/properties/events/items
    n = _N[227]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k145):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x334(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportConfig
    n = _N[232]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k149:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k150]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x335(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/version
    n = _N[230]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k148):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x336(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/rotation_enabled
    n = _N[231]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x338(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/retention
    n = _N[234]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k152:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k153]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x339(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/retention/properties/policy
    n = _N[233]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k151):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x341(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/custom_metrics
    n = _N[242]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c342(v):
                yield from _x342(v, p + (i,), sp + ('items',))


def _x342(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customMetric
    n = _N[241]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k158:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k159]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x343(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricExec
    n = _N[237]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k154:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k155]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x344(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command
    n = _N[236]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c345(v):
                yield from _x345(v, p + (i,), sp + ('items',))


def _x345(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command/items
    n = _N[235]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x347(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricHttpGet
    n = _N[240]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k156:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k157]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x348(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/path
    n = _N[238]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x349(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/port
    n = _N[239]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x352(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModel
    n = _N[246]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k162:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k163]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x353(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModelObs
    n = _N[245]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k160:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k161]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x354(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/obs_path
    n = _N[243]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x355(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/local_path
    n = _N[244]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x358(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel
    n = _N[255]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k164:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k165]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x359(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/name
    n = _N[247]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x360(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/code
    n = _N[248]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x361(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/version
    n = _N[249]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x362(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/desc
    n = _N[250]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x363(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/series
    n = _N[251]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x364(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/type
    n = _N[252]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x365(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/model_desc
    n = _N[253]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x366(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/parent_asset_id
    n = _N[254]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x368(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/asset_id
    n = _N[256]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x369(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/reservedTime
    n = _N[259]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k167:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k168]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x370(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/time_unit
    n = _N[257]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k166):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x371(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/duration
    n = _N[258]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x373(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/runtime_type
    n = _N[260]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x375(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/properties/tasks
    n = _N[287]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c376(v):
                yield from _x376(v, p + (i,), sp + ('items',))


def _x376(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/task
    n = _N[286]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k182:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k183]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x377(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/task/properties/role
    n = _N[262]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x378(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm
    n = _N[279]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k175:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k176]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x379(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig
    n = _N[272]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k173:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k174]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x380(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/parameters
    n = _N[263]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c142(v):
                yield from _x142(v, p + (i,), sp + ('items',))


def _x382(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/inputs
    n = _N[264]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c192(v):
                yield from _x192(v, p + (i,), sp + ('items',))


def _x384(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/outputs
    n = _N[265]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c218(v):
                yield from _x218(v, p + (i,), sp + ('items',))


def _x386(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine
    n = _N[271]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k171:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k172]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x387(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_id
    n = _N[266]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x388(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_name
    n = _N[267]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x389(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_version
    n = _N[268]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x390(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/image_url
    n = _N[269]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x391(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/run_user
    n = _N[270]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x394(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/code_dir
    n = _N[273]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x395(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/boot_file
    n = _N[274]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x397(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/inputs
    n = _N[275]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c192(v):
                yield from _x192(v, p + (i,), sp + ('items',))


def _x399(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/outputs
    n = _N[276]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c218(v):
                yield from _x218(v, p + (i,), sp + ('items',))


def _x401(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/local_code_dir
    n = _N[277]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x402(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/working_dir
    n = _N[278]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x405(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource
    n = _N[283]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k177:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k178:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k179]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x406(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource/properties/flavor_id
    n = _N[280]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x407(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource/properties/node_count
    n = _N[281]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x408(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource/properties/pool_id
    n = _N[282]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x410(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskLogExportPath
    n = _N[285]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k180:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k181]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x411(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskLogExportPath/properties/obs_url
    n = _N[284]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x414(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/endpoints
    n = _N[291]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k186:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k187]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x415(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ssh
    n = _N[290]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k184:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k185]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x416(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names
    n = _N[289]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c417(v):
                yield from _x417(v, p + (i,), sp + ('items',))


def _x417(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names/items
    n = _N[288]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x420(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/properties/train_type
    n = _N[292]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x421(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig
    n = _N[316]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k194:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k195]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x422(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_job_uuid
    n = _N[293]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x423(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_train_type
    n = _N[294]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x424(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/model_type
    n = _N[295]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x425(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_output_path
    n = _N[296]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x426(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_process
    n = _N[297]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x427(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/checkpoint_id
    n = _N[298]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x428(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftTaskEnv
    n = _N[310]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k190:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k191]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x429(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftTaskEnv/properties/envs
    n = _N[309]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c430(v):
                yield from _x430(v, p + (i,), sp + ('items',))


def _x430(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar
    n = _N[308]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k188:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k189]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x431(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/label
    n = _N[299]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x432(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/des
    n = _N[300]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x433(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_name
    n = _N[301]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x434(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_type
    n = _N[302]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x435(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/value
    n = _N[303]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x436(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/modifiable
    n = _N[304]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x437(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/displayable
    n = _N[305]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x438(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps
    n = _N[307]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c439(v):
                yield from _x439(v, p + (i,), sp + ('items',))


def _x439(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps/items
    n = _N[306]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x442(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint
    n = _N[315]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k192:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k193]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x443(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/checkpoint_id
    n = _N[311]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x444(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/save_checkpoints_max
    n = _N[312]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x445(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/skipped_steps
    n = _N[313]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x446(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/restore_training
    n = _N[314]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x449(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#
    n = _N[327]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k205:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k206:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k207]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x450(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/job_name
    n = _N[318]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))
    if isinstance(x, str) and _k199(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x452(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/job_desc
    n = _N[319]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x454(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/workspace_id
    n = _N[320]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x456(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/config
    n = _N[322]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not _c34(x):
        yield from _x34(x, p, sp)
    if isinstance(x, dict):
        for k, check, why in _k200:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k201:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        known = _k202
        extra = [k for k in x if k not in known]
        if extra:
            yield Failure('unevaluatedProperties', n['unevaluatedProperties'], x, n, p, sp + ('unevaluatedProperties',), extra)


def _x457(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/create_version
    n = _N[321]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x460(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification
    n = _N[326]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k203:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k204]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x461(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification/properties/topic_urn
    n = _N[323]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x462(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification/properties/events
    n = _N[325]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c463(v):
                yield from _x463(v, p + (i,), sp + ('items',))


def _x463(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification/properties/events/items
    n = _N[324]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


_k0: frozenset[str] = frozenset(['allow-empty', 'catalog', 'exclude', 'ignore', 'include', 'kinds', 'limits', 'per-file-ignores', 'plugins', 'select', 'severity', 'strict'])
_k1 = re.compile('^[A-Za-z]+[0-9]*\\Z').search
_k2: frozenset[str] = frozenset([])
_k3: frozenset[str] = frozenset(['error', 'warning'])
_k4: frozenset[str] = frozenset([])
_k5: frozenset[str] = frozenset(['max-depth', 'max-file-size', 'max-nodes'])
_k6: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('max-file-size', _c20, _x20),
    ('max-depth', _c20, _x20),
    ('max-nodes', _c20, _x20),
)
_k7: frozenset[str] = frozenset([])
_k8: frozenset[str] = frozenset(['config', 'config-update', 'job', 'v2-job'])
_k9 = re.compile('^[A-Za-z0-9][A-Za-z0-9_.-]*\\Z').search
_k10: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('select', _c1, _x1),
    ('ignore', _c1, _x1),
    ('severity', _c6, _x6),
    ('catalog', _c9, _x9),
    ('include', _c11, _x11),
    ('exclude', _c14, _x14),
    ('per-file-ignores', _c16, _x16),
    ('limits', _c19, _x19),
    ('strict', _c24, _x24),
    ('kinds', _c25, _x25),
    ('plugins', _c28, _x28),
    ('allow-empty', _c30, _x30),
)
_k11: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('config_desc', _c32, _x32),
)
_k12 = ('worker_server_num',)
_k13: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('label', _c45, _x45),
    ('value', _c46, _x46),
)
_k14: frozenset[str] = frozenset(['label', 'value'])
_k15: frozenset[str] = frozenset(['dataset', 'obs'])
_k16: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('dataset_id', _c59, _x59),
    ('dataset_version', _c60, _x60),
    ('type', _c61, _x61),
    ('data_url', _c62, _x62),
)
_k17: frozenset[str] = frozenset(['data_url', 'dataset_id', 'dataset_version', 'type'])
_k18: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('code', _c76, _x76),
)
_k19 = ('code',)
_k20: frozenset[str] = frozenset(['code'])
_k21: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c83, _x83),
    ('src_path', _c84, _x84),
    ('dest_path', _c85, _x85),
    ('read_only', _c87, _x87),
)
_k22 = ('id', 'src_path', 'dest_path')
_k23: frozenset[str] = frozenset(['dest_path', 'id', 'read_only', 'src_path'])
_k24: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('src_path', _c91, _x91),
    ('dest_path', _c85, _x85),
    ('read_only', _c87, _x87),
)
_k25 = ('src_path', 'dest_path')
_k26: frozenset[str] = frozenset(['dest_path', 'read_only', 'src_path'])
_k27: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs', _c82, _x82),
    ('host_path', _c90, _x90),
)
_k28: frozenset[str] = frozenset(['host_path', 'nfs'])
_k29: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('worker_server_num', _c35, _x35),
    ('app_url', _c37, _x37),
    ('boot_file_url', _c39, _x39),
    ('model_id', _c41, _x41),
    ('parameter', _c43, _x43),
    ('spec_id', _c49, _x49),
    ('data_url', _c51, _x51),
    ('dataset_id', _c53, _x53),
    ('dataset_version_id', _c55, _x55),
    ('data_source', _c57, _x57),
    ('engine_id', _c65, _x65),
    ('train_url', _c67, _x67),
    ('log_url', _c69, _x69),
    ('user_image_url', _c71, _x71),
    ('user_command', _c73, _x73),
    ('flavor', _c75, _x75),
    ('pool_id', _c78, _x78),
    ('volumes', _c80, _x80),
    ('nas_type', _c97, _x97),
    ('nas_share_addr', _c99, _x99),
    ('nas_mount_path', _c101, _x101),
)
_k30 = ('spec_id',)
_k31: frozenset[str] = frozenset(['app_url', 'boot_file_url', 'config_desc', 'data_source', 'data_url', 'dataset_id', 'dataset_version_id', 'engine_id', 'flavor', 'log_url', 'model_id', 'nas_mount_path', 'nas_share_addr', 'nas_type', 'parameter', 'pool_id', 'spec_id', 'train_url', 'user_command', 'user_image_url', 'volumes', 'worker_server_num'])
_k32 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k33: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('config_name', _c110, _x110),
    ('config_desc', _c32, _x32),
)
_k34 = ('config_name', 'worker_server_num')
_k35: frozenset[str] = frozenset(['app_url', 'boot_file_url', 'config_desc', 'config_name', 'data_source', 'data_url', 'dataset_id', 'dataset_version_id', 'engine_id', 'flavor', 'log_url', 'model_id', 'nas_mount_path', 'nas_share_addr', 'nas_type', 'parameter', 'pool_id', 'spec_id', 'train_url', 'user_command', 'user_image_url', 'volumes', 'worker_server_num'])
_k36 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k37: frozenset[str] = frozenset([])
_k38: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c126, _x126),
    ('name', _c127, _x127),
    ('description', _c128, _x128),
)
_k39: frozenset[str] = frozenset(['description', 'id', 'name'])
_k40: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c118, _x118),
    ('workspace_id', _c120, _x120),
    ('description', _c121, _x121),
    ('annotations', _c122, _x122),
    ('training_experiment_reference', _c125, _x125),
)
_k41 = ('name',)
_k42: frozenset[str] = frozenset(['annotations', 'description', 'name', 'training_experiment_reference', 'workspace_id'])
_k43: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('type', _c147, _x147),
    ('editable', _c148, _x148),
    ('required', _c149, _x149),
    ('sensitive', _c150, _x150),
    ('valid_type', _c151, _x151),
    ('valid_range', _c152, _x152),
)
_k44: frozenset[str] = frozenset(['editable', 'required', 'sensitive', 'type', 'valid_range', 'valid_type'])
_k45: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('language', _c156, _x156),
    ('description', _c157, _x157),
)
_k46: frozenset[str] = frozenset(['description', 'language'])
_k47: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c143, _x143),
    ('value', _c144, _x144),
    ('description', _c145, _x145),
    ('constraint', _c146, _x146),
    ('i18n_description', _c155, _x155),
)
_k48: frozenset[str] = frozenset(['constraint', 'description', 'i18n_description', 'name', 'value'])
_k49: frozenset[str] = frozenset(['max', 'min'])
_k50: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c165, _x165),
    ('mode', _c166, _x166),
    ('regex', _c167, _x167),
)
_k51: frozenset[str] = frozenset(['mode', 'name', 'regex'])
_k52: frozenset[str] = frozenset(['continuous', 'discrete'])
_k53: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c171, _x171),
    ('param_type', _c172, _x172),
    ('lower_bound', _c173, _x173),
    ('upper_bound', _c174, _x174),
    ('discrete_points_num', _c175, _x175),
    ('discrete_values', _c176, _x176),
)
_k54: frozenset[str] = frozenset(['discrete_points_num', 'discrete_values', 'lower_bound', 'name', 'param_type', 'upper_bound'])
_k55: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('key', _c184, _x184),
    ('value', _c185, _x185),
    ('type', _c186, _x186),
)
_k56: frozenset[str] = frozenset(['key', 'type', 'value'])
_k57: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c181, _x181),
    ('params', _c182, _x182),
)
_k58: frozenset[str] = frozenset(['name', 'params'])
_k59: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('skip_search_params', _c162, _x162),
    ('reward_attrs', _c163, _x163),
    ('search_params', _c169, _x169),
    ('algo_configs', _c179, _x179),
)
_k60: frozenset[str] = frozenset(['algo_configs', 'reward_attrs', 'search_params', 'skip_search_params'])
_k61: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('auto_search', _c161, _x161),
)
_k62: frozenset[str] = frozenset(['auto_search'])
_k63: frozenset[str] = frozenset(['env', 'parameter'])
_k64: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c200, _x200),
    ('version_id', _c201, _x201),
    ('obs_url', _c202, _x202),
    ('service_type', _c203, _x203),
    ('name', _c204, _x204),
    ('dataset_proportion', _c205, _x205),
)
_k65 = ('id',)
_k66: frozenset[str] = frozenset(['dataset_proportion', 'id', 'name', 'obs_url', 'service_type', 'version_id'])
_k67: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c208, _x208),
)
_k68 = ('obs_url',)
_k69: frozenset[str] = frozenset(['obs_url'])
_k70: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('dataset', _c199, _x199),
    ('obs', _c207, _x207),
)
_k71: frozenset[str] = frozenset(['dataset', 'obs'])
_k72: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('data_type', _c213, _x213),
    ('attributes', _c214, _x214),
)
_k73: frozenset[str] = frozenset(['attributes', 'data_type'])
_k74: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c193, _x193),
    ('description', _c194, _x194),
    ('local_dir', _c195, _x195),
    ('access_method', _c196, _x196),
    ('remote', _c198, _x198),
    ('remote_constraint', _c211, _x211),
)
_k75 = ('name', 'remote')
_k76: frozenset[str] = frozenset(['access_method', 'description', 'local_dir', 'name', 'remote', 'remote_constraint'])
_k77: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c225, _x225),
)
_k78 = ('obs_url',)
_k79: frozenset[str] = frozenset(['obs_url'])
_k80: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs', _c224, _x224),
)
_k81 = ('obs',)
_k82: frozenset[str] = frozenset(['obs'])
_k83: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c219, _x219),
    ('description', _c220, _x220),
    ('local_dir', _c221, _x221),
    ('access_method', _c196, _x196),
    ('remote', _c223, _x223),
)
_k84 = ('name', 'remote')
_k85: frozenset[str] = frozenset(['access_method', 'description', 'local_dir', 'name', 'remote'])
_k86: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('engine_id', _c230, _x230),
    ('engine_name', _c231, _x231),
    ('engine_version', _c232, _x232),
    ('image_url', _c233, _x233),
    ('install_sys_packages', _c234, _x234),
    ('image_repo_id', _c235, _x235),
)
_k87: frozenset[str] = frozenset(['engine_id', 'engine_name', 'engine_version', 'image_repo_id', 'image_url', 'install_sys_packages'])
_k88: frozenset[str] = frozenset([])
_k89: frozenset[str] = frozenset(['mindstudio-insight', 'tensorboard'])
_k90: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('pfs_path', _c247, _x247),
)
_k91 = ('pfs_path',)
_k92: frozenset[str] = frozenset(['pfs_path'])
_k93: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('pfs', _c246, _x246),
)
_k94 = ('pfs',)
_k95: frozenset[str] = frozenset(['pfs'])
_k96: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job_id', _c253, _x253),
)
_k97 = ('job_id',)
_k98: frozenset[str] = frozenset(['job_id'])
_k99: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs_path', _c256, _x256),
)
_k100: frozenset[str] = frozenset(['nfs_path'])
_k101: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job', _c252, _x252),
    ('nfs', _c255, _x255),
)
_k102 = ('job',)
_k103: frozenset[str] = frozenset(['job', 'nfs'])
_k104: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('log_type', _c244, _x244),
    ('log_dir', _c245, _x245),
    ('data_sources', _c250, _x250),
)
_k105: frozenset[str] = frozenset(['data_sources', 'log_dir', 'log_type'])
_k106: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c132, _x132),
    ('name', _c133, _x133),
    ('subscription_id', _c134, _x134),
    ('item_version_id', _c135, _x135),
    ('code_dir', _c136, _x136),
    ('boot_file', _c137, _x137),
    ('command', _c138, _x138),
    ('autosearch_config_path', _c139, _x139),
    ('autosearch_framework_path', _c140, _x140),
    ('parameters', _c141, _x141),
    ('policies', _c160, _x160),
    ('inputs', _c191, _x191),
    ('outputs', _c217, _x217),
    ('engine', _c229, _x229),
    ('local_code_dir', _c237, _x237),
    ('working_dir', _c238, _x238),
    ('environments', _c239, _x239),
    ('summary', _c243, _x243),
)
_k107: frozenset[str] = frozenset(['autosearch_config_path', 'autosearch_framework_path', 'boot_file', 'code_dir', 'command', 'engine', 'environments', 'id', 'inputs', 'item_version_id', 'local_code_dir', 'name', 'outputs', 'parameters', 'policies', 'subscription_id', 'summary', 'working_dir'])
_k108: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('cpu_core_num', _c268, _x268),
    ('mem_size', _c269, _x269),
    ('accelerator_num', _c270, _x270),
)
_k109: frozenset[str] = frozenset(['accelerator_num', 'cpu_core_num', 'mem_size'])
_k110: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('flavor_id', _c263, _x263),
    ('node_count', _c264, _x264),
    ('pool_id', _c265, _x265),
    ('pool_group_id', _c266, _x266),
    ('main_container_customized_flavor', _c267, _x267),
    ('policy', _c272, _x272),
)
_k111: frozenset[str] = frozenset(['flavor_id', 'main_container_customized_flavor', 'node_count', 'policy', 'pool_group_id', 'pool_id'])
_k112: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs_server_path', _c277, _x277),
    ('local_path', _c278, _x278),
    ('read_only', _c279, _x279),
)
_k113: frozenset[str] = frozenset(['local_path', 'nfs_server_path', 'read_only'])
_k114: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('pfs_path', _c282, _x282),
    ('local_path', _c283, _x283),
)
_k115: frozenset[str] = frozenset(['local_path', 'pfs_path'])
_k116: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_path', _c286, _x286),
    ('local_path', _c287, _x287),
)
_k117: frozenset[str] = frozenset(['local_path', 'obs_path'])
_k118: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs', _c276, _x276),
    ('pfs', _c281, _x281),
    ('obs', _c285, _x285),
)
_k119: frozenset[str] = frozenset(['nfs', 'obs', 'pfs'])
_k120: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c291, _x291),
    ('host_path', _c292, _x292),
)
_k121: frozenset[str] = frozenset(['host_path', 'obs_url'])
_k122: frozenset[str] = frozenset(['HOURS'])
_k123: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('time_unit', _c295, _x295),
    ('duration', _c296, _x296),
)
_k124 = ('time_unit', 'duration')
_k125: frozenset[str] = frozenset(['duration', 'time_unit'])
_k126: frozenset[str] = frozenset(['cluster', 'hyperinstanceGroup'])
_k127: frozenset[str] = frozenset(['hyperinstance', 'hyperinstanceGroup', 'slice'])
_k128: frozenset[str] = frozenset(['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'])
_k129: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('key', _c309, _x309),
    ('operator', _c310, _x310),
    ('values', _c311, _x311),
)
_k130 = ('key', 'operator')
_k131: frozenset[str] = frozenset(['key', 'operator', 'values'])
_k132: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('matchExpressions', _c307, _x307),
    ('matchFields', _c314, _x314),
)
_k133: frozenset[str] = frozenset(['matchExpressions', 'matchFields'])
_k134: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nodeSelectorTerms', _c305, _x305),
)
_k135 = ('nodeSelectorTerms',)
_k136: frozenset[str] = frozenset(['nodeSelectorTerms'])
_k137: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('affinity_type', _c300, _x300),
    ('affinity_group_size', _c301, _x301),
    ('job_level', _c302, _x302),
    ('affinity_group_level', _c303, _x303),
    ('node_affinity', _c304, _x304),
)
_k138: frozenset[str] = frozenset(['affinity_group_level', 'affinity_group_size', 'affinity_type', 'job_level', 'node_affinity'])
_k139: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('weight', _c322, _x322),
    ('preference', _c306, _x306),
)
_k140: frozenset[str] = frozenset(['preference', 'weight'])
_k141: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('node_affinity', _c320, _x320),
)
_k142: frozenset[str] = frozenset(['node_affinity'])
_k143: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('required_affinity', _c299, _x299),
    ('preferred_affinity', _c319, _x319),
    ('priority', _c326, _x326),
    ('preemptible', _c327, _x327),
)
_k144: frozenset[str] = frozenset(['preemptible', 'preferred_affinity', 'priority', 'required_affinity'])
_k145: frozenset[str] = frozenset(['JobCompleted', 'JobFailed', 'JobHanged', 'JobPreempted', 'JobRestarted', 'JobStarted', 'JobTerminated'])
_k146: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('topic_urn', _c330, _x330),
    ('events', _c331, _x331),
)
_k147: frozenset[str] = frozenset(['events', 'topic_urn'])
_k148: frozenset[str] = frozenset(['v0', 'v1'])
_k149: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('version', _c335, _x335),
    ('rotation_enabled', _c336, _x336),
)
_k150: frozenset[str] = frozenset(['rotation_enabled', 'version'])
_k151: frozenset[str] = frozenset(['disabled', 'enabled'])
_k152: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('policy', _c339, _x339),
)
_k153: frozenset[str] = frozenset(['policy'])
_k154: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('command', _c344, _x344),
)
_k155: frozenset[str] = frozenset(['command'])
_k156: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('path', _c348, _x348),
    ('port', _c349, _x349),
)
_k157: frozenset[str] = frozenset(['path', 'port'])
_k158: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('exec', _c343, _x343),
    ('http_get', _c347, _x347),
)
_k159: frozenset[str] = frozenset(['exec', 'http_get'])
_k160: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_path', _c354, _x354),
    ('local_path', _c355, _x355),
)
_k161: frozenset[str] = frozenset(['local_path', 'obs_path'])
_k162: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs', _c353, _x353),
)
_k163: frozenset[str] = frozenset(['obs'])
_k164: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c359, _x359),
    ('code', _c360, _x360),
    ('version', _c361, _x361),
    ('desc', _c362, _x362),
    ('series', _c363, _x363),
    ('type', _c364, _x364),
    ('model_desc', _c365, _x365),
    ('parent_asset_id', _c366, _x366),
)
_k165: frozenset[str] = frozenset(['code', 'desc', 'model_desc', 'name', 'parent_asset_id', 'series', 'type', 'version'])
_k166: frozenset[str] = frozenset(['HOURS'])
_k167: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('time_unit', _c370, _x370),
    ('duration', _c371, _x371),
)
_k168: frozenset[str] = frozenset(['duration', 'time_unit'])
_k169: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('resource', _c262, _x262),
    ('volumes', _c274, _x274),
    ('log_export_path', _c290, _x290),
    ('auto_stop', _c294, _x294),
    ('schedule_policy', _c298, _x298),
    ('notification', _c329, _x329),
    ('log_export_config', _c334, _x334),
    ('retention', _c338, _x338),
    ('custom_metrics', _c341, _x341),
    ('output_model', _c352, _x352),
    ('asset_model', _c358, _x358),
    ('asset_id', _c368, _x368),
    ('reserved_time', _c369, _x369),
    ('runtime_type', _c373, _x373),
)
_k170: frozenset[str] = frozenset(['asset_id', 'asset_model', 'auto_stop', 'custom_metrics', 'log_export_config', 'log_export_path', 'notification', 'output_model', 'reserved_time', 'resource', 'retention', 'runtime_type', 'schedule_policy', 'volumes'])
_k171: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('engine_id', _c387, _x387),
    ('engine_name', _c388, _x388),
    ('engine_version', _c389, _x389),
    ('image_url', _c390, _x390),
    ('run_user', _c391, _x391),
)
_k172: frozenset[str] = frozenset(['engine_id', 'engine_name', 'engine_version', 'image_url', 'run_user'])
_k173: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('parameters', _c380, _x380),
    ('inputs', _c382, _x382),
    ('outputs', _c384, _x384),
    ('engine', _c386, _x386),
)
_k174: frozenset[str] = frozenset(['engine', 'inputs', 'outputs', 'parameters'])
_k175: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job_config', _c379, _x379),
    ('code_dir', _c394, _x394),
    ('boot_file', _c395, _x395),
    ('engine', _c386, _x386),
    ('inputs', _c397, _x397),
    ('outputs', _c399, _x399),
    ('local_code_dir', _c401, _x401),
    ('working_dir', _c402, _x402),
    ('environments', _c239, _x239),
)
_k176: frozenset[str] = frozenset(['boot_file', 'code_dir', 'engine', 'environments', 'inputs', 'job_config', 'local_code_dir', 'outputs', 'working_dir'])
_k177: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('flavor_id', _c406, _x406),
    ('node_count', _c407, _x407),
    ('pool_id', _c408, _x408),
)
_k178 = ('node_count',)
_k179: frozenset[str] = frozenset(['flavor_id', 'node_count', 'pool_id'])
_k180: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c411, _x411),
)
_k181: frozenset[str] = frozenset(['obs_url'])
_k182: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('role', _c377, _x377),
    ('algorithm', _c378, _x378),
    ('task_resource', _c405, _x405),
    ('log_export_path', _c410, _x410),
)
_k183: frozenset[str] = frozenset(['algorithm', 'log_export_path', 'role', 'task_resource'])
_k184: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('key_pair_names', _c416, _x416),
)
_k185: frozenset[str] = frozenset(['key_pair_names'])
_k186: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('ssh', _c415, _x415),
)
_k187: frozenset[str] = frozenset(['ssh'])
_k188: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('label', _c431, _x431),
    ('des', _c432, _x432),
    ('env_name', _c433, _x433),
    ('env_type', _c434, _x434),
    ('value', _c435, _x435),
    ('modifiable', _c436, _x436),
    ('displayable', _c437, _x437),
    ('used_steps', _c438, _x438),
)
_k189: frozenset[str] = frozenset(['des', 'displayable', 'env_name', 'env_type', 'label', 'modifiable', 'used_steps', 'value'])
_k190: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('envs', _c429, _x429),
)
_k191: frozenset[str] = frozenset(['envs'])
_k192: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('checkpoint_id', _c443, _x443),
    ('save_checkpoints_max', _c444, _x444),
    ('skipped_steps', _c445, _x445),
    ('restore_training', _c446, _x446),
)
_k193: frozenset[str] = frozenset(['checkpoint_id', 'restore_training', 'save_checkpoints_max', 'skipped_steps'])
_k194: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('ft_job_uuid', _c422, _x422),
    ('ft_train_type', _c423, _x423),
    ('model_type', _c424, _x424),
    ('train_output_path', _c425, _x425),
    ('train_process', _c426, _x426),
    ('checkpoint_id', _c427, _x427),
    ('task_env', _c428, _x428),
    ('checkpoint_config', _c442, _x442),
)
_k195: frozenset[str] = frozenset(['checkpoint_config', 'checkpoint_id', 'ft_job_uuid', 'ft_train_type', 'model_type', 'task_env', 'train_output_path', 'train_process'])
_k196: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('kind', _c115, _x115),
    ('metadata', _c117, _x117),
    ('algorithm', _c131, _x131),
    ('spec', _c261, _x261),
    ('tasks', _c375, _x375),
    ('endpoints', _c414, _x414),
    ('train_type', _c420, _x420),
    ('ftjob_config', _c421, _x421),
)
_k197 = ('kind', 'metadata', 'algorithm', 'spec')
_k198: frozenset[str] = frozenset(['algorithm', 'endpoints', 'ftjob_config', 'kind', 'metadata', 'spec', 'tasks', 'train_type'])
_k199 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k200: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('create_version', _c457, _x457),
)
_k201 = ('worker_server_num',)
_k202: frozenset[str] = frozenset(['app_url', 'boot_file_url', 'create_version', 'data_source', 'data_url', 'dataset_id', 'dataset_version_id', 'engine_id', 'flavor', 'log_url', 'model_id', 'nas_mount_path', 'nas_share_addr', 'nas_type', 'parameter', 'pool_id', 'spec_id', 'train_url', 'user_command', 'user_image_url', 'volumes', 'worker_server_num'])
_k203: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('topic_urn', _c461, _x461),
    ('events', _c462, _x462),
)
_k204: frozenset[str] = frozenset(['events', 'topic_urn'])
_k205: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job_name', _c450, _x450),
    ('job_desc', _c452, _x452),
    ('workspace_id', _c454, _x454),
    ('config', _c456, _x456),
    ('notification', _c460, _x460),
)
_k206 = ('job_name', 'config')
_k207: frozenset[str] = frozenset(['config', 'job_desc', 'job_name', 'notification', 'workspace_id'])


#: The schema node each function reports, as (document URI, fragment): see ``bind``.
_POINTERS: tuple[tuple[str, str], ...] = (
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/$defs/code'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/$defs/codes'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/severity/additionalProperties'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/severity'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/catalog/items'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/catalog'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/$defs/glob'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/include'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/exclude'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/per-file-ignores'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/$defs/positive'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/limits'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/strict'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/kinds/additionalProperties'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/kinds'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/plugins/items'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/plugins'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', '/properties/allow-empty'),
    ('https://github.com/tjlint/tjlint/schemas/tjlint-settings.schema.json', ''),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/config_desc'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/worker_server_num'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/app_url'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/boot_file_url'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/model_id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/parameterItem/properties/label'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/parameterItem/properties/value'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/parameterItem'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/parameter'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/spec_id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/data_url'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dataset_id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dataset_version_id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dataSourceItem/properties/dataset_id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dataSourceItem/properties/dataset_version'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dataSourceItem/properties/type'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dataSourceItem/properties/data_url'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dataSourceItem'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/data_source'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/engine_id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/train_url'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/log_url'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/user_image_url'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/user_command'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/flavor/properties/code'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/flavor'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/pool_id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/nfsVolume/properties/id'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/nfsVolume/properties/src_path'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/dest_path'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/read_only'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/nfsVolume'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/hostPathVolume/properties/src_path'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/hostPathVolume'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/volumeItem'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/volumes'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/nas_type'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/nas_share_addr'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/nas_mount_path'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/configFields'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/specIdUnlessFlavorOrPool/else'),
    ('https://tjlint.dev/schemas/training-job-config-update.schema.json', ''),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', '/$defs/config_name'),
    ('https://tjlint.dev/schemas/training-job-config.schema.json', ''),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/kind'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metadata/properties/workspace_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metadata/properties/description'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/annotations/additionalProperties'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/annotations'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/experiment/properties/id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/experiment/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/experiment/properties/description'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/experiment'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metadata'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/subscription_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/item_version_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/code_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/boot_file'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/command'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/autosearch_config_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/autosearch_framework_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameter/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameter/properties/value'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameter/properties/description'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint/properties/type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint/properties/editable'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint/properties/required'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint/properties/sensitive'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint/properties/valid_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint/properties/valid_range/items'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint/properties/valid_range'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameterConstraint'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/i18nDescription/properties/language'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/i18nDescription/properties/description'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/i18nDescription'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/parameter'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/parameters'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearch/properties/skip_search_params'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/rewardAttr/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/rewardAttr/properties/mode'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/rewardAttr/properties/regex'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/rewardAttr'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearch/properties/reward_attrs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam/properties/param_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam/properties/lower_bound'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam/properties/upper_bound'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam/properties/discrete_points_num'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam/properties/discrete_values/items'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam/properties/discrete_values'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/searchParam'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearch/properties/search_params'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algoConfig/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearchAlgoParameter/properties/key'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearchAlgoParameter/properties/value'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearchAlgoParameter/properties/type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearchAlgoParameter'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algoConfig/properties/params'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algoConfig'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearch/properties/algo_configs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoSearch'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/policies'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/input/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/input/properties/description'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/input/properties/local_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/accessMethod'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputDataset/properties/id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputDataset/properties/version_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputDataset/properties/obs_url'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputDataset/properties/service_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputDataset/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputDataset/properties/dataset_proportion'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputDataset'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputObs/properties/obs_url'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputObs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/inputRemote'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/remoteConstraint/properties/data_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/remoteConstraint/properties/attributes'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/remoteConstraint'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/input/properties/remote_constraint'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/input'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/inputs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/output/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/output/properties/description'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/output/properties/local_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/outputObs/properties/obs_url'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/outputObs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/outputRemote'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/output'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/outputs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/engine/properties/engine_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/engine/properties/engine_name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/engine/properties/engine_version'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/engine/properties/image_url'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/engine/properties/install_sys_packages'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/engine/properties/image_repo_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/engine'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/local_code_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm/properties/working_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/environments/propertyNames'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/environments/additionalProperties'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/environments'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summary/properties/log_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryPfs/properties/pfs_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryPfs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryLogDir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryJob/properties/job_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryJob'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryNfs/properties/nfs_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryNfs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summaryDataSource'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summary/properties/data_sources'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/summary'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/algorithm'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/resource/properties/flavor_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/resource/properties/node_count'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/resource/properties/pool_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/resource/properties/pool_group_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/customFlavor/properties/cpu_core_num'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/customFlavor/properties/mem_size'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/customFlavor/properties/accelerator_num'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/customFlavor'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/resource/properties/policy'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/resource'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nfsVolume/properties/nfs_server_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nfsVolume/properties/local_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nfsVolume/properties/read_only'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nfsVolume'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/pfsVolume/properties/pfs_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/pfsVolume/properties/local_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/pfsVolume'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/obsVolume/properties/obs_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/obsVolume/properties/local_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/obsVolume'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/volume'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/spec/properties/volumes'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/logExportPath/properties/obs_url'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/logExportPath/properties/host_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/logExportPath'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoStop/properties/time_unit'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoStop/properties/duration'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/autoStop'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/requiredAffinity/properties/affinity_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/requiredAffinity/properties/affinity_group_size'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/requiredAffinity/properties/job_level'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/requiredAffinity/properties/affinity_group_level'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorRequirement/properties/key'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorRequirement/properties/operator'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorRequirement/properties/values/items'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorRequirement/properties/values'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorRequirement'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorTerm/properties/matchExpressions'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorTerm/properties/matchFields'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelectorTerm'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelector/properties/nodeSelectorTerms'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/nodeSelector'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/requiredAffinity'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/preferredSchedulingTerm/properties/weight'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/preferredSchedulingTerm'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/preferredAffinity/properties/node_affinity'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/preferredAffinity'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/schedulePolicy/properties/priority'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/schedulePolicy/properties/preemptible'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/schedulePolicy'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/notification/properties/topic_urn'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/notification/properties/events/items'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/notification/properties/events'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/notification'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/logExportConfig/properties/version'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/logExportConfig/properties/rotation_enabled'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/logExportConfig'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/retention/properties/policy'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/retention'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metricExec/properties/command/items'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metricExec/properties/command'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metricExec'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metricHttpGet/properties/path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metricHttpGet/properties/port'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/metricHttpGet'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/customMetric'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/spec/properties/custom_metrics'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/outputModelObs/properties/obs_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/outputModelObs/properties/local_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/outputModelObs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/outputModel'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/code'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/version'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/desc'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/series'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/model_desc'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel/properties/parent_asset_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/assetModel'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/spec/properties/asset_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/reservedTime/properties/time_unit'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/reservedTime/properties/duration'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/reservedTime'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/spec/properties/runtime_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/spec'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/task/properties/role'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskJobConfig/properties/parameters'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskJobConfig/properties/inputs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskJobConfig/properties/outputs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskEngine/properties/engine_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskEngine/properties/engine_name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskEngine/properties/engine_version'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskEngine/properties/image_url'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskEngine/properties/run_user'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskEngine'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskJobConfig'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskAlgorithm/properties/code_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskAlgorithm/properties/boot_file'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskAlgorithm/properties/inputs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskAlgorithm/properties/outputs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskAlgorithm/properties/local_code_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskAlgorithm/properties/working_dir'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskAlgorithm'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskResource/properties/flavor_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskResource/properties/node_count'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskResource/properties/pool_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskResource'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskLogExportPath/properties/obs_url'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/taskLogExportPath'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/task'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/properties/tasks'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ssh/properties/key_pair_names/items'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ssh/properties/key_pair_names'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ssh'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/endpoints'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/properties/train_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftjobConfig/properties/ft_job_uuid'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftjobConfig/properties/ft_train_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftjobConfig/properties/model_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftjobConfig/properties/train_output_path'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftjobConfig/properties/train_process'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftjobConfig/properties/checkpoint_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/label'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/des'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/env_name'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/env_type'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/value'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/modifiable'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/displayable'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/used_steps/items'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar/properties/used_steps'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftEnvVar'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftTaskEnv/properties/envs'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftTaskEnv'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftCheckpoint/properties/checkpoint_id'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftCheckpoint/properties/save_checkpoints_max'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftCheckpoint/properties/skipped_steps'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftCheckpoint/properties/restore_training'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftCheckpoint'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', '/$defs/ftjobConfig'),
    ('https://tjlint.dev/schemas/training-job-v2.schema.json', ''),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/job_name'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/job_desc'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/workspace_id'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/create_version'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/config'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/notification/properties/topic_urn'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/notification/properties/events/items'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/notification/properties/events'),
    ('https://tjlint.dev/schemas/training-job.schema.json', '/$defs/notification'),
    ('https://tjlint.dev/schemas/training-job.schema.json', ''),
)
_N: list[Any] = []

#: The explaining function of each schema compiled, by name.
EXPLAIN: dict[str, Callable[[Any, Path, Path], Iterator[Failure]]] = {
    'tjlint-settings': _x0,
    'training-job-config-update': _x31,
    'training-job-config': _x109,
    'training-job-v2': _x114,
    'training-job': _x449,
}


def bind(schemas: Iterable[Mapping[str, Any]]) -> None:
    """Give the functions the schema nodes they report: those of ``schemas`` (keyed by ``$id``)."""
    by_id = {s["$id"]: s for s in schemas}
    _N[:] = [node_at(by_id[uri], fragment) for uri, fragment in _POINTERS]


def explain(schema_name: str, document: Any) -> Iterator[Failure] | None:
    """Why ``document`` fails the schema ``schema_name`` (call ``bind`` first); None: not compiled."""
    function = EXPLAIN.get(schema_name)
    return None if function is None else function(document, (), ())

"""Explanations of schema failures, compiled from the schemas of the request bodies (schemas/*.schema.json).

Generated: do not edit.
Rewrite with ``python scripts/gen_explain.py`` after changing a schema. ``explain`` lists why a
body fails its schema as jsonschema would (see scripts/gen_explain.py); None: ask jsonschema.
"""

# ruff: noqa: E501, RUF005
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from tjlint.schema._fastcheck import (
    _c1,
    _c3,
    _c4,
    _c6,
    _c8,
    _c10,
    _c12,
    _c13,
    _c14,
    _c15,
    _c18,
    _c20,
    _c22,
    _c24,
    _c26,
    _c27,
    _c28,
    _c29,
    _c30,
    _c31,
    _c34,
    _c36,
    _c38,
    _c40,
    _c42,
    _c44,
    _c45,
    _c47,
    _c49,
    _c50,
    _c51,
    _c52,
    _c53,
    _c54,
    _c56,
    _c59,
    _c60,
    _c66,
    _c68,
    _c70,
    _c72,
    _c73,
    _c76,
    _c79,
    _c84,
    _c86,
    _c87,
    _c89,
    _c90,
    _c91,
    _c92,
    _c94,
    _c95,
    _c96,
    _c97,
    _c100,
    _c101,
    _c102,
    _c103,
    _c104,
    _c105,
    _c106,
    _c107,
    _c108,
    _c109,
    _c110,
    _c111,
    _c112,
    _c113,
    _c114,
    _c115,
    _c116,
    _c117,
    _c118,
    _c119,
    _c120,
    _c121,
    _c122,
    _c124,
    _c125,
    _c126,
    _c129,
    _c130,
    _c131,
    _c132,
    _c133,
    _c134,
    _c135,
    _c136,
    _c138,
    _c139,
    _c140,
    _c141,
    _c142,
    _c143,
    _c144,
    _c145,
    _c146,
    _c148,
    _c149,
    _c150,
    _c151,
    _c152,
    _c153,
    _c154,
    _c155,
    _c160,
    _c161,
    _c162,
    _c163,
    _c164,
    _c165,
    _c167,
    _c168,
    _c169,
    _c170,
    _c171,
    _c172,
    _c173,
    _c174,
    _c176,
    _c177,
    _c180,
    _c181,
    _c182,
    _c183,
    _c186,
    _c187,
    _c188,
    _c189,
    _c190,
    _c192,
    _c193,
    _c194,
    _c198,
    _c199,
    _c200,
    _c201,
    _c202,
    _c203,
    _c204,
    _c206,
    _c207,
    _c208,
    _c209,
    _c210,
    _c212,
    _c213,
    _c214,
    _c215,
    _c216,
    _c219,
    _c220,
    _c221,
    _c222,
    _c224,
    _c225,
    _c230,
    _c231,
    _c232,
    _c233,
    _c234,
    _c235,
    _c236,
    _c237,
    _c238,
    _c239,
    _c241,
    _c243,
    _c244,
    _c245,
    _c246,
    _c247,
    _c248,
    _c250,
    _c251,
    _c252,
    _c254,
    _c255,
    _c256,
    _c259,
    _c260,
    _c261,
    _c263,
    _c264,
    _c265,
    _c267,
    _c268,
    _c269,
    _c270,
    _c271,
    _c272,
    _c273,
    _c274,
    _c275,
    _c276,
    _c277,
    _c278,
    _c279,
    _c280,
    _c281,
    _c283,
    _c288,
    _c289,
    _c290,
    _c291,
    _c295,
    _c296,
    _c298,
    _c299,
    _c300,
    _c301,
    _c303,
    _c304,
    _c305,
    _c307,
    _c308,
    _c310,
    _c311,
    _c312,
    _c313,
    _c314,
    _c316,
    _c317,
    _c318,
    _c321,
    _c322,
    _c323,
    _c324,
    _c327,
    _c328,
    _c329,
    _c330,
    _c331,
    _c332,
    _c333,
    _c334,
    _c335,
    _c337,
    _c338,
    _c339,
    _c340,
    _c342,
    _c344,
    _c345,
    _c346,
    _c347,
    _c348,
    _c349,
    _c351,
    _c353,
    _c355,
    _c356,
    _c357,
    _c358,
    _c359,
    _c360,
    _c363,
    _c364,
    _c366,
    _c368,
    _c370,
    _c371,
    _c374,
    _c375,
    _c376,
    _c377,
    _c379,
    _c380,
    _c383,
    _c384,
    _c385,
    _c386,
    _c389,
    _c390,
    _c391,
    _c392,
    _c393,
    _c394,
    _c395,
    _c396,
    _c397,
    _c398,
    _c399,
    _c400,
    _c401,
    _c402,
    _c403,
    _c404,
    _c405,
    _c406,
    _c407,
    _c408,
    _c411,
    _c412,
    _c413,
    _c414,
    _c415,
    _c419,
    _c421,
    _c423,
    _c425,
    _c426,
    _c429,
    _c430,
    _c431,
    _c432,
)
from tjlint.schema.failures import Check, Failure, Path, node_at


def _x0(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config-update.schema.json#
    n = _N[41]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k0:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k1:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if not _c3(x):
        yield from _x3(x, p, sp)
    if not _c72(x):
        yield from _x72(x, p, sp + ('allOf', 0))
    if isinstance(x, dict):
        known = _k20
        extra = [k for k in x if k not in known]
        if extra:
            yield Failure('unevaluatedProperties', n['unevaluatedProperties'], x, n, p, sp + ('unevaluatedProperties',), extra)


def _x1(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/config_desc
    n = _N[0]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x3(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/configFields
    n = _N[39]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k18:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))


def _x4(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/worker_server_num
    n = _N[1]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 2147483647:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x6(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/app_url
    n = _N[2]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x8(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/boot_file_url
    n = _N[3]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x10(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/model_id
    n = _N[4]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 9223372036854775807:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x12(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameter
    n = _N[8]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c13(v):
                yield from _x13(v, p + (i,), sp + ('items',))


def _x13(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameterItem
    n = _N[7]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k2:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k3]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x14(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameterItem/properties/label
    n = _N[5]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x15(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/parameterItem/properties/value
    n = _N[6]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x18(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/spec_id
    n = _N[9]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 9223372036854775807:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x20(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/data_url
    n = _N[10]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x22(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataset_id
    n = _N[11]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x24(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataset_version_id
    n = _N[12]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x26(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/data_source
    n = _N[18]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list) and len(x) < 1:
        yield Failure('minItems', n['minItems'], x, n, p, sp + ('minItems',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c27(v):
                yield from _x27(v, p + (i,), sp + ('items',))


def _x27(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem
    n = _N[17]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k5:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k6]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x28(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_id
    n = _N[13]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x29(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/dataset_version
    n = _N[14]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x30(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/type
    n = _N[15]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k4):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x31(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dataSourceItem/properties/data_url
    n = _N[16]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x34(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/engine_id
    n = _N[19]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 9223372036854775807:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x36(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/train_url
    n = _N[20]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x38(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/log_url
    n = _N[21]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x40(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/user_image_url
    n = _N[22]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x42(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/user_command
    n = _N[23]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x44(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/flavor
    n = _N[25]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k7:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k8:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k9]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x45(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/flavor/properties/code
    n = _N[24]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x47(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/pool_id
    n = _N[26]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x49(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/volumes
    n = _N[35]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c50(v):
                yield from _x50(v, p + (i,), sp + ('items',))


def _x50(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/volumeItem
    n = _N[34]
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


def _x51(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nfsVolume
    n = _N[31]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k10:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k11:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k12]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x52(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/id
    n = _N[27]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x53(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nfsVolume/properties/src_path
    n = _N[28]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x54(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/dest_path
    n = _N[29]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x56(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/read_only
    n = _N[30]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x59(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/hostPathVolume
    n = _N[33]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k13:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k14:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k15]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x60(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/hostPathVolume/properties/src_path
    n = _N[32]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x66(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nas_type
    n = _N[36]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x68(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nas_share_addr
    n = _N[37]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x70(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/nas_mount_path
    n = _N[38]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x72(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool
    if not _c73(x) and not _c76(x):
        yield from _x76(x, p, sp + ('else',))


def _x76(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/specIdUnlessFlavorOrPool/else
    n = _N[40]
    if isinstance(x, dict):
        for k in _k19:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)


def _x78(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#
    n = _N[43]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k22:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k23:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if not _c3(x):
        yield from _x3(x, p, sp)
    if not _c72(x):
        yield from _x72(x, p, sp + ('allOf', 0))
    if isinstance(x, dict):
        known = _k24
        extra = [k for k in x if k not in known]
        if extra:
            yield Failure('unevaluatedProperties', n['unevaluatedProperties'], x, n, p, sp + ('unevaluatedProperties',), extra)


def _x79(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-config.schema.json#/$defs/config_name
    n = _N[42]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))
    if isinstance(x, str) and _k21(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x83(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#
    n = _N[298]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k185:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k186:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k187]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x84(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/kind
    n = _N[44]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x86(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metadata
    n = _N[54]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k29:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k30:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k31]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x87(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/name
    n = _N[45]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))
    if isinstance(x, str) and _k25(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x89(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metadata/properties/workspace_id
    n = _N[46]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x90(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metadata/properties/description
    n = _N[47]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x91(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/annotations
    n = _N[49]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in _k26 and not _c92(v):
                yield from _x92(v, p + (k,), sp + ('additionalProperties',))


def _x92(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/annotations/additionalProperties
    n = _N[48]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x94(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment
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


def _x95(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment/properties/id
    n = _N[50]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x96(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment/properties/name
    n = _N[51]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x97(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/experiment/properties/description
    n = _N[52]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x100(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm
    n = _N[156]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k95:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k96]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x101(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/id
    n = _N[55]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x102(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/name
    n = _N[56]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x103(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/subscription_id
    n = _N[57]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x104(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/item_version_id
    n = _N[58]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x105(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/code_dir
    n = _N[59]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x106(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/boot_file
    n = _N[60]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x107(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/command
    n = _N[61]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x108(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_config_path
    n = _N[62]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x109(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/autosearch_framework_path
    n = _N[63]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x110(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/parameters
    n = _N[79]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c111(v):
                yield from _x111(v, p + (i,), sp + ('items',))


def _x111(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter
    n = _N[78]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k36:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k37]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x112(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter/properties/name
    n = _N[64]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x113(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter/properties/value
    n = _N[65]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x114(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameter/properties/description
    n = _N[66]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x115(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint
    n = _N[74]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k32:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k33]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x116(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/type
    n = _N[67]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x117(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/editable
    n = _N[68]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x118(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/required
    n = _N[69]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x119(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/sensitive
    n = _N[70]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x120(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_type
    n = _N[71]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x121(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range
    n = _N[73]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c122(v):
                yield from _x122(v, p + (i,), sp + ('items',))


def _x122(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/parameterConstraint/properties/valid_range/items
    n = _N[72]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x124(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/i18nDescription
    n = _N[77]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k34:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k35]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x125(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/language
    n = _N[75]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x126(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/i18nDescription/properties/description
    n = _N[76]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x129(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/policies
    n = _N[104]
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


def _x130(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch
    n = _N[103]
    if not (isinstance(x, dict) or x is None):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k48:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k49]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x131(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/skip_search_params
    n = _N[80]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x132(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/reward_attrs
    n = _N[85]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c133(v):
                yield from _x133(v, p + (i,), sp + ('items',))


def _x133(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr
    n = _N[84]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k39:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k40]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x134(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/name
    n = _N[81]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x135(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/mode
    n = _N[82]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k38):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x136(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/rewardAttr/properties/regex
    n = _N[83]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x138(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/search_params
    n = _N[94]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c139(v):
                yield from _x139(v, p + (i,), sp + ('items',))


def _x139(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam
    n = _N[93]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k42:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k43]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x140(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/name
    n = _N[86]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x141(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/param_type
    n = _N[87]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k41):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x142(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/lower_bound
    n = _N[88]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x143(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/upper_bound
    n = _N[89]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x144(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_points_num
    n = _N[90]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x145(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values
    n = _N[92]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c146(v):
                yield from _x146(v, p + (i,), sp + ('items',))


def _x146(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/searchParam/properties/discrete_values/items
    n = _N[91]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x148(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearch/properties/algo_configs
    n = _N[102]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c149(v):
                yield from _x149(v, p + (i,), sp + ('items',))


def _x149(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algoConfig
    n = _N[101]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k46:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k47]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x150(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/name
    n = _N[95]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x151(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algoConfig/properties/params
    n = _N[100]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c152(v):
                yield from _x152(v, p + (i,), sp + ('items',))


def _x152(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter
    n = _N[99]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k44:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k45]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x153(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/key
    n = _N[96]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x154(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/value
    n = _N[97]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x155(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoSearchAlgoParameter/properties/type
    n = _N[98]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x160(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/inputs
    n = _N[124]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c161(v):
                yield from _x161(v, p + (i,), sp + ('items',))


def _x161(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input
    n = _N[123]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k63:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k64:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k65]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x162(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/name
    n = _N[105]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x163(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/description
    n = _N[106]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x164(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/local_dir
    n = _N[107]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x165(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/accessMethod
    n = _N[108]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k52):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x167(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputRemote
    n = _N[118]
    if not isinstance(x, dict):
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


def _x168(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset
    n = _N[115]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k53:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k54:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k55]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x169(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/id
    n = _N[109]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x170(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/version_id
    n = _N[110]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x171(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/obs_url
    n = _N[111]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x172(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/service_type
    n = _N[112]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x173(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/name
    n = _N[113]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x174(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputDataset/properties/dataset_proportion
    n = _N[114]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x176(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputObs
    n = _N[117]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k56:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k57:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k58]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x177(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/inputObs/properties/obs_url
    n = _N[116]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x180(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/input/properties/remote_constraint
    n = _N[122]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c181(v):
                yield from _x181(v, p + (i,), sp + ('items',))


def _x181(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/remoteConstraint
    n = _N[121]
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


def _x182(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/data_type
    n = _N[119]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x183(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/remoteConstraint/properties/attributes
    n = _N[120]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x186(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/outputs
    n = _N[132]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c187(v):
                yield from _x187(v, p + (i,), sp + ('items',))


def _x187(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output
    n = _N[131]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k72:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k73:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k74]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x188(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output/properties/name
    n = _N[125]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x189(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output/properties/description
    n = _N[126]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x190(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/output/properties/local_dir
    n = _N[127]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x192(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputRemote
    n = _N[130]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k69:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k70:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k71]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x193(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputObs
    n = _N[129]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k66:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k67:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k68]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x194(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputObs/properties/obs_url
    n = _N[128]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x198(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine
    n = _N[139]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k75:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k76]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x199(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_id
    n = _N[133]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x200(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_name
    n = _N[134]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x201(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/engine_version
    n = _N[135]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x202(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/image_url
    n = _N[136]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x203(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/install_sys_packages
    n = _N[137]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x204(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/engine/properties/image_repo_id
    n = _N[138]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x206(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/local_code_dir
    n = _N[140]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x207(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/algorithm/properties/working_dir
    n = _N[141]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x208(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/environments
    n = _N[144]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict) and len(x) > 100:
        yield Failure('maxProperties', n['maxProperties'], x, n, p, sp + ('maxProperties',))
    if isinstance(x, dict):
        for k in x:
            if not _c209(k):
                yield from _x209(k, p, sp + ('propertyNames',))
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in _k77 and not _c210(v):
                yield from _x210(v, p + (k,), sp + ('additionalProperties',))


def _x209(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/environments/propertyNames
    n = _N[142]
    if isinstance(x, str) and len(x) > 8192:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x210(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/environments/additionalProperties
    n = _N[143]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 4096:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x212(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summary
    n = _N[155]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k93:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k94]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x213(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summary/properties/log_type
    n = _N[145]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k78):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x214(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryLogDir
    n = _N[148]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k82:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k83:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k84]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x215(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryPfs
    n = _N[147]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k79:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k80:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k81]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x216(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryPfs/properties/pfs_path
    n = _N[146]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x219(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summary/properties/data_sources
    n = _N[154]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c220(v):
                yield from _x220(v, p + (i,), sp + ('items',))


def _x220(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryDataSource
    n = _N[153]
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


def _x221(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryJob
    n = _N[150]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k85:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k86:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k87]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x222(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryJob/properties/job_id
    n = _N[149]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x224(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryNfs
    n = _N[152]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k88:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k89]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x225(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/summaryNfs/properties/nfs_path
    n = _N[151]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x230(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec
    n = _N[242]
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


def _x231(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource
    n = _N[166]
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


def _x232(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/flavor_id
    n = _N[157]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x233(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/node_count
    n = _N[158]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x234(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_id
    n = _N[159]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x235(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/pool_group_id
    n = _N[160]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x236(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor
    n = _N[164]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k97:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k98]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x237(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/cpu_core_num
    n = _N[161]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x <= 0:
        yield Failure('exclusiveMinimum', n['exclusiveMinimum'], x, n, p, sp + ('exclusiveMinimum',))


def _x238(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/mem_size
    n = _N[162]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x <= 0:
        yield Failure('exclusiveMinimum', n['exclusiveMinimum'], x, n, p, sp + ('exclusiveMinimum',))


def _x239(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customFlavor/properties/accelerator_num
    n = _N[163]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x241(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/resource/properties/policy
    n = _N[165]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x243(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/volumes
    n = _N[178]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c244(v):
                yield from _x244(v, p + (i,), sp + ('items',))


def _x244(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/volume
    n = _N[177]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k107:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k108]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x245(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume
    n = _N[170]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k101:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k102]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x246(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/nfs_server_path
    n = _N[167]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x247(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/local_path
    n = _N[168]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x248(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nfsVolume/properties/read_only
    n = _N[169]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x250(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/pfsVolume
    n = _N[173]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k103:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k104]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x251(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/pfs_path
    n = _N[171]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x252(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/pfsVolume/properties/local_path
    n = _N[172]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x254(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/obsVolume
    n = _N[176]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k105:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k106]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x255(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/obs_path
    n = _N[174]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x256(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/obsVolume/properties/local_path
    n = _N[175]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x259(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportPath
    n = _N[181]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k109:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k110]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x260(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/obs_url
    n = _N[179]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x261(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportPath/properties/host_path
    n = _N[180]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x263(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoStop
    n = _N[184]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k112:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k113:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k114]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x264(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoStop/properties/time_unit
    n = _N[182]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k111):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x265(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/autoStop/properties/duration
    n = _N[183]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x267(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/schedulePolicy
    n = _N[206]
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


def _x268(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity
    n = _N[199]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k126:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k127]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x269(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_type
    n = _N[185]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x270(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_size
    n = _N[186]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x271(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/job_level
    n = _N[187]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k115):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x272(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/requiredAffinity/properties/affinity_group_level
    n = _N[188]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k116):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x273(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelector
    n = _N[198]
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


def _x274(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelector/properties/nodeSelectorTerms
    n = _N[197]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c275(v):
                yield from _x275(v, p + (i,), sp + ('items',))


def _x275(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm
    n = _N[196]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k121:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k122]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x276(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchExpressions
    n = _N[194]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c277(v):
                yield from _x277(v, p + (i,), sp + ('items',))


def _x277(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement
    n = _N[193]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k118:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k119:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k120]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x278(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/key
    n = _N[189]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x279(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/operator
    n = _N[190]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k117):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x280(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values
    n = _N[192]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c281(v):
                yield from _x281(v, p + (i,), sp + ('items',))


def _x281(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorRequirement/properties/values/items
    n = _N[191]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x283(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/nodeSelectorTerm/properties/matchFields
    n = _N[195]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c277(v):
                yield from _x277(v, p + (i,), sp + ('items',))


def _x288(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredAffinity
    n = _N[203]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k130:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k131]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x289(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredAffinity/properties/node_affinity
    n = _N[202]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c290(v):
                yield from _x290(v, p + (i,), sp + ('items',))


def _x290(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm
    n = _N[201]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k128:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k129]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x291(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/preferredSchedulingTerm/properties/weight
    n = _N[200]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 100:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x295(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/priority
    n = _N[204]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 3:
        yield Failure('maximum', n['maximum'], x, n, p, sp + ('maximum',))


def _x296(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/schedulePolicy/properties/preemptible
    n = _N[205]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x298(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification
    n = _N[210]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k135:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k136]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x299(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification/properties/topic_urn
    n = _N[207]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x300(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification/properties/events
    n = _N[209]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c301(v):
                yield from _x301(v, p + (i,), sp + ('items',))


def _x301(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/notification/properties/events/items
    n = _N[208]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k134):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x303(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportConfig
    n = _N[213]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k138:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k139]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x304(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/version
    n = _N[211]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k137):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x305(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/logExportConfig/properties/rotation_enabled
    n = _N[212]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x307(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/retention
    n = _N[215]
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


def _x308(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/retention/properties/policy
    n = _N[214]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k140):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x310(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/custom_metrics
    n = _N[223]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c311(v):
                yield from _x311(v, p + (i,), sp + ('items',))


def _x311(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/customMetric
    n = _N[222]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k147:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k148]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x312(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricExec
    n = _N[218]
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


def _x313(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command
    n = _N[217]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c314(v):
                yield from _x314(v, p + (i,), sp + ('items',))


def _x314(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricExec/properties/command/items
    n = _N[216]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x316(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricHttpGet
    n = _N[221]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k145:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k146]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x317(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/path
    n = _N[219]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x318(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/metricHttpGet/properties/port
    n = _N[220]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x321(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModel
    n = _N[227]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k151:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k152]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x322(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModelObs
    n = _N[226]
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


def _x323(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/obs_path
    n = _N[224]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x324(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/outputModelObs/properties/local_path
    n = _N[225]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x327(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel
    n = _N[236]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k153:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k154]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x328(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/name
    n = _N[228]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x329(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/code
    n = _N[229]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x330(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/version
    n = _N[230]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x331(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/desc
    n = _N[231]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x332(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/series
    n = _N[232]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x333(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/type
    n = _N[233]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x334(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/model_desc
    n = _N[234]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x335(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/assetModel/properties/parent_asset_id
    n = _N[235]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x337(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/asset_id
    n = _N[237]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x338(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/reservedTime
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


def _x339(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/time_unit
    n = _N[238]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not (isinstance(x, str) and x in _k155):
        yield Failure('enum', n['enum'], x, n, p, sp + ('enum',))


def _x340(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/reservedTime/properties/duration
    n = _N[239]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x342(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/spec/properties/runtime_type
    n = _N[241]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x344(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/properties/tasks
    n = _N[268]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c345(v):
                yield from _x345(v, p + (i,), sp + ('items',))


def _x345(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/task
    n = _N[267]
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


def _x346(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/task/properties/role
    n = _N[243]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x347(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm
    n = _N[260]
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


def _x348(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig
    n = _N[253]
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


def _x349(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/parameters
    n = _N[244]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c111(v):
                yield from _x111(v, p + (i,), sp + ('items',))


def _x351(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/inputs
    n = _N[245]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c161(v):
                yield from _x161(v, p + (i,), sp + ('items',))


def _x353(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskJobConfig/properties/outputs
    n = _N[246]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c187(v):
                yield from _x187(v, p + (i,), sp + ('items',))


def _x355(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine
    n = _N[252]
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


def _x356(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_id
    n = _N[247]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x357(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_name
    n = _N[248]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x358(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/engine_version
    n = _N[249]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x359(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/image_url
    n = _N[250]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x360(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskEngine/properties/run_user
    n = _N[251]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x363(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/code_dir
    n = _N[254]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x364(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/boot_file
    n = _N[255]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x366(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/inputs
    n = _N[256]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c161(v):
                yield from _x161(v, p + (i,), sp + ('items',))


def _x368(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/outputs
    n = _N[257]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c187(v):
                yield from _x187(v, p + (i,), sp + ('items',))


def _x370(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/local_code_dir
    n = _N[258]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x371(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskAlgorithm/properties/working_dir
    n = _N[259]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x374(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource
    n = _N[264]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k166:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k167:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k168]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x375(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource/properties/flavor_id
    n = _N[261]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x376(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource/properties/node_count
    n = _N[262]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        yield Failure('minimum', n['minimum'], x, n, p, sp + ('minimum',))


def _x377(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskResource/properties/pool_id
    n = _N[263]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x379(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskLogExportPath
    n = _N[266]
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


def _x380(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/taskLogExportPath/properties/obs_url
    n = _N[265]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x383(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/endpoints
    n = _N[272]
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


def _x384(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ssh
    n = _N[271]
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


def _x385(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names
    n = _N[270]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c386(v):
                yield from _x386(v, p + (i,), sp + ('items',))


def _x386(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ssh/properties/key_pair_names/items
    n = _N[269]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x389(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/properties/train_type
    n = _N[273]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x390(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig
    n = _N[297]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k183:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k184]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x391(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_job_uuid
    n = _N[274]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x392(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/ft_train_type
    n = _N[275]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x393(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/model_type
    n = _N[276]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x394(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_output_path
    n = _N[277]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x395(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/train_process
    n = _N[278]
    if not (isinstance(x, (int, float)) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x396(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftjobConfig/properties/checkpoint_id
    n = _N[279]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x397(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftTaskEnv
    n = _N[291]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k179:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k180]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x398(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftTaskEnv/properties/envs
    n = _N[290]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c399(v):
                yield from _x399(v, p + (i,), sp + ('items',))


def _x399(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar
    n = _N[289]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k177:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k178]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x400(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/label
    n = _N[280]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x401(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/des
    n = _N[281]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x402(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_name
    n = _N[282]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x403(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/env_type
    n = _N[283]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x404(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/value
    n = _N[284]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x405(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/modifiable
    n = _N[285]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x406(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/displayable
    n = _N[286]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x407(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps
    n = _N[288]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c408(v):
                yield from _x408(v, p + (i,), sp + ('items',))


def _x408(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftEnvVar/properties/used_steps/items
    n = _N[287]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x411(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint
    n = _N[296]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k181:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k182]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x412(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/checkpoint_id
    n = _N[292]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x413(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/save_checkpoints_max
    n = _N[293]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x414(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/skipped_steps
    n = _N[294]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x415(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job-v2.schema.json#/$defs/ftCheckpoint/properties/restore_training
    n = _N[295]
    if not (isinstance(x, int) and not isinstance(x, bool)):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x418(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#
    n = _N[308]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, dict):
        for k, check, why in _k194:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k195:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k196]
        if extra:
            yield Failure('additionalProperties', n['additionalProperties'], x, n, p, sp + ('additionalProperties',), extra)


def _x419(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/job_name
    n = _N[299]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) < 1:
        yield Failure('minLength', n['minLength'], x, n, p, sp + ('minLength',))
    if isinstance(x, str) and len(x) > 64:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))
    if isinstance(x, str) and _k188(x) is None:
        yield Failure('pattern', n['pattern'], x, n, p, sp + ('pattern',))


def _x421(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/job_desc
    n = _N[300]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, str) and len(x) > 256:
        yield Failure('maxLength', n['maxLength'], x, n, p, sp + ('maxLength',))


def _x423(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/workspace_id
    n = _N[301]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x425(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/config
    n = _N[303]
    if not isinstance(x, dict):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if not _c3(x):
        yield from _x3(x, p, sp)
    if isinstance(x, dict):
        for k, check, why in _k189:
            if k in x:
                v = x[k]
                if not check(v):
                    yield from why(v, p + (k,), sp + ('properties', k))
    if isinstance(x, dict):
        for k in _k190:
            if k not in x:
                yield Failure('required', n['required'], x, n, p, sp + ('required',), k)
    if isinstance(x, dict):
        known = _k191
        extra = [k for k in x if k not in known]
        if extra:
            yield Failure('unevaluatedProperties', n['unevaluatedProperties'], x, n, p, sp + ('unevaluatedProperties',), extra)


def _x426(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/create_version
    n = _N[302]
    if not isinstance(x, bool):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x429(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification
    n = _N[307]
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


def _x430(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification/properties/topic_urn
    n = _N[304]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


def _x431(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification/properties/events
    n = _N[306]
    if not isinstance(x, list):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))
    if isinstance(x, list):
        for i, v in enumerate(x):
            if not _c432(v):
                yield from _x432(v, p + (i,), sp + ('items',))


def _x432(x: Any, p: Path, sp: Path) -> Iterator[Failure]:
    # training-job.schema.json#/$defs/notification/properties/events/items
    n = _N[305]
    if not isinstance(x, str):
        yield Failure('type', n['type'], x, n, p, sp + ('type',))


_k0: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('config_desc', _c1, _x1),
)
_k1 = ('worker_server_num',)
_k2: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('label', _c14, _x14),
    ('value', _c15, _x15),
)
_k3: frozenset[str] = frozenset(['label', 'value'])
_k4: frozenset[str] = frozenset(['dataset', 'obs'])
_k5: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('dataset_id', _c28, _x28),
    ('dataset_version', _c29, _x29),
    ('type', _c30, _x30),
    ('data_url', _c31, _x31),
)
_k6: frozenset[str] = frozenset(['data_url', 'dataset_id', 'dataset_version', 'type'])
_k7: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('code', _c45, _x45),
)
_k8 = ('code',)
_k9: frozenset[str] = frozenset(['code'])
_k10: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c52, _x52),
    ('src_path', _c53, _x53),
    ('dest_path', _c54, _x54),
    ('read_only', _c56, _x56),
)
_k11 = ('id', 'src_path', 'dest_path')
_k12: frozenset[str] = frozenset(['dest_path', 'id', 'read_only', 'src_path'])
_k13: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('src_path', _c60, _x60),
    ('dest_path', _c54, _x54),
    ('read_only', _c56, _x56),
)
_k14 = ('src_path', 'dest_path')
_k15: frozenset[str] = frozenset(['dest_path', 'read_only', 'src_path'])
_k16: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs', _c51, _x51),
    ('host_path', _c59, _x59),
)
_k17: frozenset[str] = frozenset(['host_path', 'nfs'])
_k18: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('worker_server_num', _c4, _x4),
    ('app_url', _c6, _x6),
    ('boot_file_url', _c8, _x8),
    ('model_id', _c10, _x10),
    ('parameter', _c12, _x12),
    ('spec_id', _c18, _x18),
    ('data_url', _c20, _x20),
    ('dataset_id', _c22, _x22),
    ('dataset_version_id', _c24, _x24),
    ('data_source', _c26, _x26),
    ('engine_id', _c34, _x34),
    ('train_url', _c36, _x36),
    ('log_url', _c38, _x38),
    ('user_image_url', _c40, _x40),
    ('user_command', _c42, _x42),
    ('flavor', _c44, _x44),
    ('pool_id', _c47, _x47),
    ('volumes', _c49, _x49),
    ('nas_type', _c66, _x66),
    ('nas_share_addr', _c68, _x68),
    ('nas_mount_path', _c70, _x70),
)
_k19 = ('spec_id',)
_k20: frozenset[str] = frozenset(['app_url', 'boot_file_url', 'config_desc', 'data_source', 'data_url', 'dataset_id', 'dataset_version_id', 'engine_id', 'flavor', 'log_url', 'model_id', 'nas_mount_path', 'nas_share_addr', 'nas_type', 'parameter', 'pool_id', 'spec_id', 'train_url', 'user_command', 'user_image_url', 'volumes', 'worker_server_num'])
_k21 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k22: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('config_name', _c79, _x79),
    ('config_desc', _c1, _x1),
)
_k23 = ('config_name', 'worker_server_num')
_k24: frozenset[str] = frozenset(['app_url', 'boot_file_url', 'config_desc', 'config_name', 'data_source', 'data_url', 'dataset_id', 'dataset_version_id', 'engine_id', 'flavor', 'log_url', 'model_id', 'nas_mount_path', 'nas_share_addr', 'nas_type', 'parameter', 'pool_id', 'spec_id', 'train_url', 'user_command', 'user_image_url', 'volumes', 'worker_server_num'])
_k25 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k26: frozenset[str] = frozenset([])
_k27: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c95, _x95),
    ('name', _c96, _x96),
    ('description', _c97, _x97),
)
_k28: frozenset[str] = frozenset(['description', 'id', 'name'])
_k29: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c87, _x87),
    ('workspace_id', _c89, _x89),
    ('description', _c90, _x90),
    ('annotations', _c91, _x91),
    ('training_experiment_reference', _c94, _x94),
)
_k30 = ('name',)
_k31: frozenset[str] = frozenset(['annotations', 'description', 'name', 'training_experiment_reference', 'workspace_id'])
_k32: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('type', _c116, _x116),
    ('editable', _c117, _x117),
    ('required', _c118, _x118),
    ('sensitive', _c119, _x119),
    ('valid_type', _c120, _x120),
    ('valid_range', _c121, _x121),
)
_k33: frozenset[str] = frozenset(['editable', 'required', 'sensitive', 'type', 'valid_range', 'valid_type'])
_k34: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('language', _c125, _x125),
    ('description', _c126, _x126),
)
_k35: frozenset[str] = frozenset(['description', 'language'])
_k36: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c112, _x112),
    ('value', _c113, _x113),
    ('description', _c114, _x114),
    ('constraint', _c115, _x115),
    ('i18n_description', _c124, _x124),
)
_k37: frozenset[str] = frozenset(['constraint', 'description', 'i18n_description', 'name', 'value'])
_k38: frozenset[str] = frozenset(['max', 'min'])
_k39: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c134, _x134),
    ('mode', _c135, _x135),
    ('regex', _c136, _x136),
)
_k40: frozenset[str] = frozenset(['mode', 'name', 'regex'])
_k41: frozenset[str] = frozenset(['continuous', 'discrete'])
_k42: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c140, _x140),
    ('param_type', _c141, _x141),
    ('lower_bound', _c142, _x142),
    ('upper_bound', _c143, _x143),
    ('discrete_points_num', _c144, _x144),
    ('discrete_values', _c145, _x145),
)
_k43: frozenset[str] = frozenset(['discrete_points_num', 'discrete_values', 'lower_bound', 'name', 'param_type', 'upper_bound'])
_k44: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('key', _c153, _x153),
    ('value', _c154, _x154),
    ('type', _c155, _x155),
)
_k45: frozenset[str] = frozenset(['key', 'type', 'value'])
_k46: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c150, _x150),
    ('params', _c151, _x151),
)
_k47: frozenset[str] = frozenset(['name', 'params'])
_k48: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('skip_search_params', _c131, _x131),
    ('reward_attrs', _c132, _x132),
    ('search_params', _c138, _x138),
    ('algo_configs', _c148, _x148),
)
_k49: frozenset[str] = frozenset(['algo_configs', 'reward_attrs', 'search_params', 'skip_search_params'])
_k50: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('auto_search', _c130, _x130),
)
_k51: frozenset[str] = frozenset(['auto_search'])
_k52: frozenset[str] = frozenset(['env', 'parameter'])
_k53: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c169, _x169),
    ('version_id', _c170, _x170),
    ('obs_url', _c171, _x171),
    ('service_type', _c172, _x172),
    ('name', _c173, _x173),
    ('dataset_proportion', _c174, _x174),
)
_k54 = ('id',)
_k55: frozenset[str] = frozenset(['dataset_proportion', 'id', 'name', 'obs_url', 'service_type', 'version_id'])
_k56: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c177, _x177),
)
_k57 = ('obs_url',)
_k58: frozenset[str] = frozenset(['obs_url'])
_k59: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('dataset', _c168, _x168),
    ('obs', _c176, _x176),
)
_k60: frozenset[str] = frozenset(['dataset', 'obs'])
_k61: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('data_type', _c182, _x182),
    ('attributes', _c183, _x183),
)
_k62: frozenset[str] = frozenset(['attributes', 'data_type'])
_k63: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c162, _x162),
    ('description', _c163, _x163),
    ('local_dir', _c164, _x164),
    ('access_method', _c165, _x165),
    ('remote', _c167, _x167),
    ('remote_constraint', _c180, _x180),
)
_k64 = ('name', 'remote')
_k65: frozenset[str] = frozenset(['access_method', 'description', 'local_dir', 'name', 'remote', 'remote_constraint'])
_k66: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c194, _x194),
)
_k67 = ('obs_url',)
_k68: frozenset[str] = frozenset(['obs_url'])
_k69: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs', _c193, _x193),
)
_k70 = ('obs',)
_k71: frozenset[str] = frozenset(['obs'])
_k72: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c188, _x188),
    ('description', _c189, _x189),
    ('local_dir', _c190, _x190),
    ('access_method', _c165, _x165),
    ('remote', _c192, _x192),
)
_k73 = ('name', 'remote')
_k74: frozenset[str] = frozenset(['access_method', 'description', 'local_dir', 'name', 'remote'])
_k75: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('engine_id', _c199, _x199),
    ('engine_name', _c200, _x200),
    ('engine_version', _c201, _x201),
    ('image_url', _c202, _x202),
    ('install_sys_packages', _c203, _x203),
    ('image_repo_id', _c204, _x204),
)
_k76: frozenset[str] = frozenset(['engine_id', 'engine_name', 'engine_version', 'image_repo_id', 'image_url', 'install_sys_packages'])
_k77: frozenset[str] = frozenset([])
_k78: frozenset[str] = frozenset(['mindstudio-insight', 'tensorboard'])
_k79: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('pfs_path', _c216, _x216),
)
_k80 = ('pfs_path',)
_k81: frozenset[str] = frozenset(['pfs_path'])
_k82: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('pfs', _c215, _x215),
)
_k83 = ('pfs',)
_k84: frozenset[str] = frozenset(['pfs'])
_k85: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job_id', _c222, _x222),
)
_k86 = ('job_id',)
_k87: frozenset[str] = frozenset(['job_id'])
_k88: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs_path', _c225, _x225),
)
_k89: frozenset[str] = frozenset(['nfs_path'])
_k90: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job', _c221, _x221),
    ('nfs', _c224, _x224),
)
_k91 = ('job',)
_k92: frozenset[str] = frozenset(['job', 'nfs'])
_k93: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('log_type', _c213, _x213),
    ('log_dir', _c214, _x214),
    ('data_sources', _c219, _x219),
)
_k94: frozenset[str] = frozenset(['data_sources', 'log_dir', 'log_type'])
_k95: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('id', _c101, _x101),
    ('name', _c102, _x102),
    ('subscription_id', _c103, _x103),
    ('item_version_id', _c104, _x104),
    ('code_dir', _c105, _x105),
    ('boot_file', _c106, _x106),
    ('command', _c107, _x107),
    ('autosearch_config_path', _c108, _x108),
    ('autosearch_framework_path', _c109, _x109),
    ('parameters', _c110, _x110),
    ('policies', _c129, _x129),
    ('inputs', _c160, _x160),
    ('outputs', _c186, _x186),
    ('engine', _c198, _x198),
    ('local_code_dir', _c206, _x206),
    ('working_dir', _c207, _x207),
    ('environments', _c208, _x208),
    ('summary', _c212, _x212),
)
_k96: frozenset[str] = frozenset(['autosearch_config_path', 'autosearch_framework_path', 'boot_file', 'code_dir', 'command', 'engine', 'environments', 'id', 'inputs', 'item_version_id', 'local_code_dir', 'name', 'outputs', 'parameters', 'policies', 'subscription_id', 'summary', 'working_dir'])
_k97: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('cpu_core_num', _c237, _x237),
    ('mem_size', _c238, _x238),
    ('accelerator_num', _c239, _x239),
)
_k98: frozenset[str] = frozenset(['accelerator_num', 'cpu_core_num', 'mem_size'])
_k99: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('flavor_id', _c232, _x232),
    ('node_count', _c233, _x233),
    ('pool_id', _c234, _x234),
    ('pool_group_id', _c235, _x235),
    ('main_container_customized_flavor', _c236, _x236),
    ('policy', _c241, _x241),
)
_k100: frozenset[str] = frozenset(['flavor_id', 'main_container_customized_flavor', 'node_count', 'policy', 'pool_group_id', 'pool_id'])
_k101: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs_server_path', _c246, _x246),
    ('local_path', _c247, _x247),
    ('read_only', _c248, _x248),
)
_k102: frozenset[str] = frozenset(['local_path', 'nfs_server_path', 'read_only'])
_k103: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('pfs_path', _c251, _x251),
    ('local_path', _c252, _x252),
)
_k104: frozenset[str] = frozenset(['local_path', 'pfs_path'])
_k105: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_path', _c255, _x255),
    ('local_path', _c256, _x256),
)
_k106: frozenset[str] = frozenset(['local_path', 'obs_path'])
_k107: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nfs', _c245, _x245),
    ('pfs', _c250, _x250),
    ('obs', _c254, _x254),
)
_k108: frozenset[str] = frozenset(['nfs', 'obs', 'pfs'])
_k109: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c260, _x260),
    ('host_path', _c261, _x261),
)
_k110: frozenset[str] = frozenset(['host_path', 'obs_url'])
_k111: frozenset[str] = frozenset(['HOURS'])
_k112: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('time_unit', _c264, _x264),
    ('duration', _c265, _x265),
)
_k113 = ('time_unit', 'duration')
_k114: frozenset[str] = frozenset(['duration', 'time_unit'])
_k115: frozenset[str] = frozenset(['cluster', 'hyperinstanceGroup'])
_k116: frozenset[str] = frozenset(['hyperinstance', 'hyperinstanceGroup', 'slice'])
_k117: frozenset[str] = frozenset(['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'])
_k118: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('key', _c278, _x278),
    ('operator', _c279, _x279),
    ('values', _c280, _x280),
)
_k119 = ('key', 'operator')
_k120: frozenset[str] = frozenset(['key', 'operator', 'values'])
_k121: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('matchExpressions', _c276, _x276),
    ('matchFields', _c283, _x283),
)
_k122: frozenset[str] = frozenset(['matchExpressions', 'matchFields'])
_k123: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('nodeSelectorTerms', _c274, _x274),
)
_k124 = ('nodeSelectorTerms',)
_k125: frozenset[str] = frozenset(['nodeSelectorTerms'])
_k126: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('affinity_type', _c269, _x269),
    ('affinity_group_size', _c270, _x270),
    ('job_level', _c271, _x271),
    ('affinity_group_level', _c272, _x272),
    ('node_affinity', _c273, _x273),
)
_k127: frozenset[str] = frozenset(['affinity_group_level', 'affinity_group_size', 'affinity_type', 'job_level', 'node_affinity'])
_k128: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('weight', _c291, _x291),
    ('preference', _c275, _x275),
)
_k129: frozenset[str] = frozenset(['preference', 'weight'])
_k130: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('node_affinity', _c289, _x289),
)
_k131: frozenset[str] = frozenset(['node_affinity'])
_k132: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('required_affinity', _c268, _x268),
    ('preferred_affinity', _c288, _x288),
    ('priority', _c295, _x295),
    ('preemptible', _c296, _x296),
)
_k133: frozenset[str] = frozenset(['preemptible', 'preferred_affinity', 'priority', 'required_affinity'])
_k134: frozenset[str] = frozenset(['JobCompleted', 'JobFailed', 'JobHanged', 'JobPreempted', 'JobRestarted', 'JobStarted', 'JobTerminated'])
_k135: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('topic_urn', _c299, _x299),
    ('events', _c300, _x300),
)
_k136: frozenset[str] = frozenset(['events', 'topic_urn'])
_k137: frozenset[str] = frozenset(['v0', 'v1'])
_k138: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('version', _c304, _x304),
    ('rotation_enabled', _c305, _x305),
)
_k139: frozenset[str] = frozenset(['rotation_enabled', 'version'])
_k140: frozenset[str] = frozenset(['disabled', 'enabled'])
_k141: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('policy', _c308, _x308),
)
_k142: frozenset[str] = frozenset(['policy'])
_k143: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('command', _c313, _x313),
)
_k144: frozenset[str] = frozenset(['command'])
_k145: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('path', _c317, _x317),
    ('port', _c318, _x318),
)
_k146: frozenset[str] = frozenset(['path', 'port'])
_k147: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('exec', _c312, _x312),
    ('http_get', _c316, _x316),
)
_k148: frozenset[str] = frozenset(['exec', 'http_get'])
_k149: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_path', _c323, _x323),
    ('local_path', _c324, _x324),
)
_k150: frozenset[str] = frozenset(['local_path', 'obs_path'])
_k151: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs', _c322, _x322),
)
_k152: frozenset[str] = frozenset(['obs'])
_k153: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('name', _c328, _x328),
    ('code', _c329, _x329),
    ('version', _c330, _x330),
    ('desc', _c331, _x331),
    ('series', _c332, _x332),
    ('type', _c333, _x333),
    ('model_desc', _c334, _x334),
    ('parent_asset_id', _c335, _x335),
)
_k154: frozenset[str] = frozenset(['code', 'desc', 'model_desc', 'name', 'parent_asset_id', 'series', 'type', 'version'])
_k155: frozenset[str] = frozenset(['HOURS'])
_k156: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('time_unit', _c339, _x339),
    ('duration', _c340, _x340),
)
_k157: frozenset[str] = frozenset(['duration', 'time_unit'])
_k158: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('resource', _c231, _x231),
    ('volumes', _c243, _x243),
    ('log_export_path', _c259, _x259),
    ('auto_stop', _c263, _x263),
    ('schedule_policy', _c267, _x267),
    ('notification', _c298, _x298),
    ('log_export_config', _c303, _x303),
    ('retention', _c307, _x307),
    ('custom_metrics', _c310, _x310),
    ('output_model', _c321, _x321),
    ('asset_model', _c327, _x327),
    ('asset_id', _c337, _x337),
    ('reserved_time', _c338, _x338),
    ('runtime_type', _c342, _x342),
)
_k159: frozenset[str] = frozenset(['asset_id', 'asset_model', 'auto_stop', 'custom_metrics', 'log_export_config', 'log_export_path', 'notification', 'output_model', 'reserved_time', 'resource', 'retention', 'runtime_type', 'schedule_policy', 'volumes'])
_k160: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('engine_id', _c356, _x356),
    ('engine_name', _c357, _x357),
    ('engine_version', _c358, _x358),
    ('image_url', _c359, _x359),
    ('run_user', _c360, _x360),
)
_k161: frozenset[str] = frozenset(['engine_id', 'engine_name', 'engine_version', 'image_url', 'run_user'])
_k162: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('parameters', _c349, _x349),
    ('inputs', _c351, _x351),
    ('outputs', _c353, _x353),
    ('engine', _c355, _x355),
)
_k163: frozenset[str] = frozenset(['engine', 'inputs', 'outputs', 'parameters'])
_k164: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job_config', _c348, _x348),
    ('code_dir', _c363, _x363),
    ('boot_file', _c364, _x364),
    ('engine', _c355, _x355),
    ('inputs', _c366, _x366),
    ('outputs', _c368, _x368),
    ('local_code_dir', _c370, _x370),
    ('working_dir', _c371, _x371),
    ('environments', _c208, _x208),
)
_k165: frozenset[str] = frozenset(['boot_file', 'code_dir', 'engine', 'environments', 'inputs', 'job_config', 'local_code_dir', 'outputs', 'working_dir'])
_k166: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('flavor_id', _c375, _x375),
    ('node_count', _c376, _x376),
    ('pool_id', _c377, _x377),
)
_k167 = ('node_count',)
_k168: frozenset[str] = frozenset(['flavor_id', 'node_count', 'pool_id'])
_k169: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('obs_url', _c380, _x380),
)
_k170: frozenset[str] = frozenset(['obs_url'])
_k171: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('role', _c346, _x346),
    ('algorithm', _c347, _x347),
    ('task_resource', _c374, _x374),
    ('log_export_path', _c379, _x379),
)
_k172: frozenset[str] = frozenset(['algorithm', 'log_export_path', 'role', 'task_resource'])
_k173: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('key_pair_names', _c385, _x385),
)
_k174: frozenset[str] = frozenset(['key_pair_names'])
_k175: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('ssh', _c384, _x384),
)
_k176: frozenset[str] = frozenset(['ssh'])
_k177: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('label', _c400, _x400),
    ('des', _c401, _x401),
    ('env_name', _c402, _x402),
    ('env_type', _c403, _x403),
    ('value', _c404, _x404),
    ('modifiable', _c405, _x405),
    ('displayable', _c406, _x406),
    ('used_steps', _c407, _x407),
)
_k178: frozenset[str] = frozenset(['des', 'displayable', 'env_name', 'env_type', 'label', 'modifiable', 'used_steps', 'value'])
_k179: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('envs', _c398, _x398),
)
_k180: frozenset[str] = frozenset(['envs'])
_k181: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('checkpoint_id', _c412, _x412),
    ('save_checkpoints_max', _c413, _x413),
    ('skipped_steps', _c414, _x414),
    ('restore_training', _c415, _x415),
)
_k182: frozenset[str] = frozenset(['checkpoint_id', 'restore_training', 'save_checkpoints_max', 'skipped_steps'])
_k183: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('ft_job_uuid', _c391, _x391),
    ('ft_train_type', _c392, _x392),
    ('model_type', _c393, _x393),
    ('train_output_path', _c394, _x394),
    ('train_process', _c395, _x395),
    ('checkpoint_id', _c396, _x396),
    ('task_env', _c397, _x397),
    ('checkpoint_config', _c411, _x411),
)
_k184: frozenset[str] = frozenset(['checkpoint_config', 'checkpoint_id', 'ft_job_uuid', 'ft_train_type', 'model_type', 'task_env', 'train_output_path', 'train_process'])
_k185: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('kind', _c84, _x84),
    ('metadata', _c86, _x86),
    ('algorithm', _c100, _x100),
    ('spec', _c230, _x230),
    ('tasks', _c344, _x344),
    ('endpoints', _c383, _x383),
    ('train_type', _c389, _x389),
    ('ftjob_config', _c390, _x390),
)
_k186 = ('kind', 'metadata', 'algorithm', 'spec')
_k187: frozenset[str] = frozenset(['algorithm', 'endpoints', 'ftjob_config', 'kind', 'metadata', 'spec', 'tasks', 'train_type'])
_k188 = re.compile('^[A-Za-z0-9_-]+\\Z').search
_k189: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('create_version', _c426, _x426),
)
_k190 = ('worker_server_num',)
_k191: frozenset[str] = frozenset(['app_url', 'boot_file_url', 'create_version', 'data_source', 'data_url', 'dataset_id', 'dataset_version_id', 'engine_id', 'flavor', 'log_url', 'model_id', 'nas_mount_path', 'nas_share_addr', 'nas_type', 'parameter', 'pool_id', 'spec_id', 'train_url', 'user_command', 'user_image_url', 'volumes', 'worker_server_num'])
_k192: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('topic_urn', _c430, _x430),
    ('events', _c431, _x431),
)
_k193: frozenset[str] = frozenset(['events', 'topic_urn'])
_k194: tuple[tuple[str, Check, Callable[[Any, Path, Path], Iterator[Failure]]], ...] = (
    ('job_name', _c419, _x419),
    ('job_desc', _c421, _x421),
    ('workspace_id', _c423, _x423),
    ('config', _c425, _x425),
    ('notification', _c429, _x429),
)
_k195 = ('job_name', 'config')
_k196: frozenset[str] = frozenset(['config', 'job_desc', 'job_name', 'notification', 'workspace_id'])


#: The schema node each function reports, as (document URI, fragment): see ``bind``.
_POINTERS: tuple[tuple[str, str], ...] = (
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
    'training-job-config-update': _x0,
    'training-job-config': _x78,
    'training-job-v2': _x83,
    'training-job': _x418,
}


def bind(schemas: Iterable[Mapping[str, Any]]) -> None:
    """Give the functions the schema nodes they report: those of ``schemas`` (keyed by ``$id``)."""
    by_id = {s["$id"]: s for s in schemas}
    _N[:] = [node_at(by_id[uri], fragment) for uri, fragment in _POINTERS]


def explain(schema_name: str, document: Any) -> Iterator[Failure] | None:
    """Why ``document`` fails the schema ``schema_name`` (call ``bind`` first); None: not compiled."""
    function = EXPLAIN.get(schema_name)
    return None if function is None else function(document, (), ())

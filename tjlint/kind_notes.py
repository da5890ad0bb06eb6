"""What the body kinds say in their own words: notes on shared rules, hints for unknown and missing keys.

:mod:`tjlint.kinds` holds each kind's entry; this module holds the longer
texts those entries point at, so the registry stays short. The kind
``v2-job`` is the body of ``POST /v2/{project_id}/training-jobs``, the
current training API: :data:`V2_NOTES` says what a rule shared with v1 checks
in such a body, and :func:`v2_unknown_hint` gives its own words for some
unknown keys; the v1 kinds have theirs (a project ID in the body, an update
naming its configuration, a job's fields in the wrong place).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tjlint.schemafiles import shared_fields

#: The request line of the current training API.
V2_API = "POST /v2/{project_id}/training-jobs"


#: What a rule shared with v1 checks in a v2 body, appended to its explanation (``tjlint rules CODE``).
V2_NOTES = {
    "TJ101": "A v2 body (`--kind v2-job`) needs `kind`, `metadata` with `name`, `algorithm` and"
             " `spec`; inputs and outputs need `name` and `remote`, `auto_stop` both its fields."
             " Where the sources disagree, tjlint does not require: `spec.resource.node_count`"
             " (the API page defaults it to 1), `flavor_id` (dedicated CPU pools take none) and a"
             " dataset's `version_id` (asset-service datasets have none).",
    "TJ102": "In a v2 body every key is snake_case except `nodeSelectorTerms`, `matchExpressions`"
             " and `matchFields`; a snake_case spelling of those gets the camelCase name as its"
             " suggestion. Fields that only Huawei's SDK or Terraform provider document are"
             " known fields.",
    "TJ104": "In a v2 body: `metadata.name` 1 to 64 characters, descriptions at most 256, at most"
             " 100 environment variables (names up to 8,192 characters, values up to 4,096),"
             " `node_count` and `auto_stop.duration` at least 1. Where the sources disagree the"
             " wider range is accepted: `schedule_policy.priority` 0 to 3 (the API page says 1 to"
             " 3, the SDK 0 to 3) and a preferred affinity's `weight` 0 to 100 (SDK 1-100,"
             " Terraform 0-100).",
    "TJ106": "In a v2 body the stable value sets are checked (`operator`, `time_unit`,"
             " `log_type`, notification `events`, ...); values that drift between releases and"
             " regions (`kind`, `train_type`, `affinity_type`, annotation keys) may be any text"
             " and get the warning TJ713 instead. `affinity_group_level` also accepts"
             " `hyperinstanceGroup`, which the documentation names as its default.",
    "TJ303": "In a v2 body the check applies to `algorithm.command`, which is only read as a shell"
             " command line: the `run_train.sh` rules (TJ301, TJ302, TJ304, TJ305) belong to v1.",
    "TJ401": "In a v2 body (`--kind v2-job`) both `/bucket/path` and `obs://bucket/path` are OBS"
             " paths (the API's samples and field texts use both); the fields are `code_dir`,"
             " `boot_file`, the inputs' and outputs' `obs_url`, `log_export_path.obs_url` (empty"
             " means no export), the auto-search paths, `pfs_path` and `obs_path`. A `file://`"
             " `code_dir` names code already in the image and is not an OBS path; `s3://` is"
             " fixed to `/bucket/path`.",
    "TJ402": "In a v2 body the directories are `code_dir`, the outputs' `obs_url` and"
             " `log_export_path.obs_url`; an input may name a file.",
    "TJ404": "In a v2 body `algorithm.engine.image_url` may leave out the registry host"
             " (`organization/image:tag`, as the API page's sample does).",
    "TJ405": "In a v2 body the outputs and `log_export_path` are compared with the OBS inputs;"
             " `obs://b/p` and `/b/p` are the same place.",
    "TJ601": "In a v2 body (`--kind v2-job`), `spec.resource.flavor_id` must be listed in a saved"
             " GET /v2/{project_id}/training-job-flavors response (top-level `flavors`); the"
             " response lists public flavors, so a flavor used with `pool_id` is not looked up.",
    "TJ602": "In a v2 body, `spec.resource.node_count` may not exceed the flavor's `max_num` (or"
             " `flavor_info.max_num`, where only that is given) in the training-job-flavors response.",
    "TJ603": "In a v2 body, `algorithm.engine.engine_id`, or `engine_name` with `engine_version`, must"
             " be listed in a saved GET /v2/{project_id}/training-job-engines response (`items` with"
             " engine fields).",
    "TJ604": "In a v2 body, `algorithm.id` must be the `metadata.id` of an algorithm in a saved"
             " GET /v2/{project_id}/algorithms response (`items` with `metadata` and `job_config`);"
             " the server would answer ModelArts.2755 (algorithm not found). v1 catalogues check"
             " v1 bodies only, v2 catalogues v2 bodies only.",
}

#: Keys written in camelCase on the wire (the only ones in the body), by their snake_case spelling.
CAMEL_CASE = {"node_selector_terms": "nodeSelectorTerms", "match_expressions": "matchExpressions",
              "match_fields": "matchFields"}
_SERVER_SET = ("id", "create_time", "user_name")


def v2_unknown_hint(key: Any, path: Sequence[Any], where: str) -> str | None:
    """A TJ102 message for an unknown key that has a better hint than "did you mean"; else None.

    ``where`` is the readable name of the mapping holding the key.
    """
    if key == "project_id":
        return (f"unknown field 'project_id': the project ID belongs in the request URL"
                f" ({V2_API}), not in the body; remove it")
    if key in CAMEL_CASE:
        right = CAMEL_CASE[key]
        return (f"unknown field '{key}' in {where}: this key is written in camelCase on the wire"
                f" (did you mean '{right}'?)")
    if tuple(path) == ("metadata",) and key in _SERVER_SET:
        return (f"unknown field '{key}' in metadata: the server sets it when the job is created"
                " (older documentation listed it); remove it")
    return None


_URL_HINT = "the project ID belongs in the request URL (/v1/{project_id}/...), not in the body"
_UPDATE_HINT = ("when updating a configuration its name is part of the request URL"
                " (PUT /v1/{project_id}/training-job-configs/{config_name}), not the body")
_JOB_HINT = {"config_name": "job_name", "config_desc": "job_desc"}
_MARK_UPDATE = ("; if this is the body of an update (PUT .../training-job-configs/{config_name}, whose"
                " name is in the URL), lint it with --kind config-update or map the file to"
                " config-update in the 'kinds' setting")


def v1_unknown_hint(key: Any, path: Sequence[Any], where: str) -> str | None:
    """A v1 body: the project ID is part of the request URL."""
    if key == "project_id":
        return f"unknown field 'project_id': {_URL_HINT}; remove it"
    return None


def update_unknown_hint(key: Any, path: Sequence[Any], where: str) -> str | None:
    """An update body: its configuration is named in the request URL."""
    if key == "config_name" and not path:
        return f"unknown field 'config_name': {_UPDATE_HINT}; remove it"
    return v1_unknown_hint(key, path, where)


def job_unknown_hint(key: Any, path: Sequence[Any], where: str) -> str | None:
    """A job body: a job is named at the top level, its settings go under ``config``."""
    if (hint := v1_unknown_hint(key, path, where)) is not None:
        return hint
    if key in _JOB_HINT and tuple(path) == ("config",):
        return (f"unknown field '{key}' in config: a job is named by job_name and described"
                f" by job_desc, at the top level; remove {key} or move its value to"
                f" {_JOB_HINT[key]}")
    if not path and key in shared_fields():
        return f"unknown field '{key}' at the top level: in a job body it belongs inside config"
    return None


def config_missing_hint(field: str, path: Sequence[Any]) -> str | None:
    """A configuration without a name may be an update, whose name is in the request URL."""
    return _MARK_UPDATE if field == "config_name" and not path else None

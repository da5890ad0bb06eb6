"""Codes produced by the reading stage (TJ0xx) and the schema stage (TJ1xx).

These are not rules the engine runs on a mapping: the reader and the schema
stage produce them. They are described here so ``tjlint rules`` and SARIF
output can explain every code.
"""

from __future__ import annotations

from tjlint.kinds import V2_JOB
from tjlint.model import Severity
from tjlint.rules.base import RuleInfo

E = Severity.ERROR
W = Severity.WARNING

READER_RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "TJ001", "unreadable-file", E,
        "The file cannot be read, is not UTF-8, or holds NUL bytes.",
        "tjlint reads configurations as UTF-8 text (a byte-order mark is fine). A file that"
        " cannot be opened, that holds bytes which are not UTF-8 (for example a UTF-16 file"
        " or a binary), or that contains NUL bytes cannot be a request body. Save it as"
        " UTF-8 text.",
    ),
    RuleInfo(
        "TJ002", "syntax-error", E,
        "YAML or JSON syntax error.",
        "The parser could not read the file. The diagnostic points where the parser stopped;"
        " the mistake is often just before that point (a missing quote, bracket or comma,"
        " or a tab used for indentation in YAML). JSON files are read as strict JSON:"
        " NaN, Infinity, comments and trailing commas are not JSON.",
        good="config_name: train-resnet\n",
        bad="config_name: 'train-resnet\n",
    ),
    RuleInfo(
        "TJ003", "duplicate-key", E,
        "A mapping repeats a key.",
        "JSON parsers silently keep only one of two equal keys, so the API would never see"
        " one of the values. Remove or rename the repeated key; the diagnostic points at"
        " the later one.",
        good="spec_id: 1\nengine_id: 1\n",
        bad="spec_id: 1\nspec_id: 2\n",
    ),
    RuleInfo(
        "TJ004", "not-a-config", E,
        "A document is empty, or its top level is not a mapping.",
        "Each YAML document (or the JSON file) is one request body, which is a mapping of"
        " field names to values. An empty document, or one whose top level is a list or a"
        " plain value, cannot be sent.",
        good="config_name: demo\n",
        bad="- config_name: demo\n",
    ),
    RuleInfo(
        "TJ005", "input-too-large", E,
        "The input exceeds a safety limit (size, nesting depth or node count).",
        "To stay fast and safe on any input, tjlint refuses files larger than the"
        " `max-file-size` limit (default 10 MiB), nesting deeper than `max-depth`"
        " (default 64) and documents with more than `max-nodes` values after YAML"
        " aliases are expanded (default 1,000,000; this stops the 'billion laughs'"
        " attack). Real configurations are far below these limits; raise them under"
        " `limits` in the configuration if you really need to.",
    ),
    RuleInfo(
        "TJ006", "unsupported-tag", E,
        "A YAML tag outside the YAML core/JSON schema; never constructed.",
        "Request bodies are JSON, so only the plain YAML types are meaningful. Tags such as"
        " `!!python/object/apply` or custom `!tags` are never constructed (nothing in a file"
        " is ever executed); remove the tag.",
        good="config_name: demo\n",
        bad="config_name: !!python/name:os.system demo\n",
    ),
    RuleInfo(
        "TJ007", "unused-suppression", W,
        "A `# tjlint: disable=...` comment suppressed nothing.",
        "A suppression comment that no longer matches any diagnostic hides nothing today but"
        " would hide a future mistake. Remove it, or correct its codes.",
        good="data_url: /bucket/data  # tjlint: disable=TJ402\n",
        bad="data_url: /bucket/data/  # tjlint: disable=TJ402\n",
    ),
    RuleInfo(
        "TJ008", "too-many-problems", W,
        "A document has more than 1,000 problems; the rest are not reported.",
        "A request body with thousands of problems (a list of thousands of aliased items that"
        " are all wrong, or thousands of unknown fields) would only cost time and memory to"
        " report in full, so tjlint reports the first 1,000 of each document and then this"
        " warning, at the start of the document. Fix the problems shown and run tjlint again.",
    ),
)

SCHEMA_RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "TJ101", "missing-field", E,
        "A required field is missing.",
        "A training-job configuration needs `config_name`, `worker_server_num` and"
        " `spec_id`, unless `flavor` (a specification by its code) or `pool_id` (a dedicated"
        " pool) names the resources instead of `spec_id`. The diagnostic points at the"
        " mapping that lacks the field. An update body needs the same without `config_name`"
        " (it is part of the request URL): a file of update bodies is marked with"
        " `--kind config-update` or the `kinds` setting. A job body needs `job_name` and"
        " `config`, and `worker_server_num` inside `config`; `flavor` needs its `code`; an"
        " `nfs` volume needs `id`, `src_path` and `dest_path`, a `host_path` volume"
        " `src_path` and `dest_path`."
        f" {V2_JOB.notes['TJ101']}",
        good="config_name: demo\nworker_server_num: 1\nspec_id: 1\n",
        bad="config_name: demo\nworker_server_num: 1\n",
    ),
    RuleInfo(
        "TJ102", "unknown-field", E,
        "A field the API does not know.",
        "The API rejects or ignores fields it does not define. The message suggests the"
        " closest known name. `project_id` belongs in the request URL"
        " (`/v1/{project_id}/...`), not in the body; so does `config_name` when updating a"
        " configuration (`PUT .../training-job-configs/{config_name}`). In a job body the"
        " configuration fields go under `config`."
        f" {V2_JOB.notes['TJ102']}",
        good="data_url: /bucket/data/\n",
        bad="dataurl: /bucket/data/\n",
    ),
    RuleInfo(
        "TJ103", "wrong-type", E,
        "A value has the wrong type.",
        "YAML reads some unquoted values as numbers, booleans, null or dates: `0.010`, `no`,"
        " `~`, `2024-01-01`. Where the API needs a string, quote the value exactly as"
        " written (`value: \"0.010\"`): unquoted, `0.010` would reach the API as `0.01`."
        " Integers such as `spec_id` must be written as whole numbers, not `1.0` or `\"1\"`."
        " A `parameter` value written as a number that keeps its text (`32`, `0.01`) is"
        " TJ107, a warning.",
        good="parameter:\n  - label: learning_rate\n    value: \"0.010\"\n",
        bad="parameter:\n  - label: learning_rate\n    value: 0.010\n",
    ),
    RuleInfo(
        "TJ104", "out-of-range", E,
        "A number, length or item count is outside the allowed range.",
        "`config_name` and `job_name` hold 1 to 64 characters, `config_desc` and `job_desc`"
        " at most 256,"
        " `worker_server_num` is at least 1, IDs are positive 64-bit integers, and"
        " `data_source` needs at least one item."
        f" {V2_JOB.notes['TJ104']}",
        good="worker_server_num: 1\n",
        bad="worker_server_num: 0\n",
    ),
    RuleInfo(
        "TJ105", "bad-format", E,
        "A string does not have the required format.",
        "`config_name` and `job_name` may only contain letters, digits, underscores and"
        " hyphens.",
        good="config_name: resnet50_v2-train\n",
        bad="config_name: resnet50 v2 train\n",
    ),
    RuleInfo(
        "TJ106", "bad-value", E,
        "A value is not one of the allowed values.",
        "`data_source[].type` is either `obs` or `dataset`."
        f" {V2_JOB.notes['TJ106']}",
        good="data_source:\n  - type: obs\n    data_url: /bucket/data/\n",
        bad="data_source:\n  - type: s3\n    data_url: /bucket/data/\n",
    ),
    RuleInfo(
        "TJ107", "number-for-string", W,
        "A parameter value written as a number whose text survives (32, 0.01).",
        "The API documents `parameter[].value` as a string, but its own samples for modifying"
        " a configuration send numbers such as `0.01` and `32`, and the number reaches the"
        " program with the same text. That is likely accepted, but not promised: quote the"
        " value to be safe (a safe fix does it, keeping the text as written). A number whose"
        " text would change on the way (`0.010`, `1e3`, `0o17`, `1_000`) and booleans, null"
        " or dates are TJ103, an error.",
        good="parameter:\n  - label: batch_size\n    value: \"32\"\n",
        bad="parameter:\n  - label: batch_size\n    value: 32\n",
    ),
)

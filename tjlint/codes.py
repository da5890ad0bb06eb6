"""The codes that the stages before the rules report, by name.

Rules declare their own codes where they are defined (``tjlint.rules``); the
reading stage (TJ0xx), the schema stage (TJ1xx), suppressions and the engine
report the codes below, and every module that names one uses these constants.
Codes are a public contract: never renumbered, never reused.
"""

from __future__ import annotations

# The reading stage.
UNREADABLE_FILE = "TJ001"
SYNTAX_ERROR = "TJ002"
DUPLICATE_KEY = "TJ003"
NOT_A_CONFIG = "TJ004"
INPUT_TOO_LARGE = "TJ005"
UNSUPPORTED_TAG = "TJ006"
# Suppression comments, and the cap on problems per document.
UNUSED_SUPPRESSION = "TJ007"
TOO_MANY_PROBLEMS = "TJ008"
#: The most diagnostics one document reports; past it, one TJ008 says the rest were not reported.
MAX_PROBLEMS = 1000

# The schema stage.
MISSING_FIELD = "TJ101"
UNKNOWN_FIELD = "TJ102"
WRONG_TYPE = "TJ103"
OUT_OF_RANGE = "TJ104"
BAD_FORMAT = "TJ105"
BAD_VALUE = "TJ106"
NUMBER_FOR_STRING = "TJ107"

#: Every code the schema stage reports.
SCHEMA_CODES = (MISSING_FIELD, UNKNOWN_FIELD, WRONG_TYPE, OUT_OF_RANGE, BAD_FORMAT, BAD_VALUE, NUMBER_FOR_STRING)
#: Reading problems that mean a file was not read in full. Such a file was not checked, so they are
#: always reported, as errors: no select, ignore, severity, per-file ignore or suppression hides them.
UNREAD = frozenset({UNREADABLE_FILE, SYNTAX_ERROR, INPUT_TOO_LARGE})

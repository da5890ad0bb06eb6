"""Where diagnostics point through anchors, aliases, merge keys, block scalars and line breaks.

Every expected (line, column) is counted by hand from the text, following
rules.md "Where a diagnostic points": a value written with an anchor starts
after the anchor; a field that reaches a mapping through a merge key points
where it is written inside the merged mapping; a value written as an alias
points at the alias (a field inside an aliased mapping points where it is
written inside the anchored mapping); a block scalar starts at its indicator;
only ``\\n``, ``\\r\\n`` and ``\\r`` end a line.
"""

from __future__ import annotations

import pytest

import tjlint
from tjlint.engine import Linter
from tjlint.read import read_source

HEAD = "config_name: resnet-train\nworker_server_num: 1\nspec_id: 1\nengine_id: 122\nmodel_id: 7\n"
# The unknown 'x-...' fields that hold anchors are TJ102 on purpose; these tests look at the rest.
SHOWN = ("TJ101", "TJ103", "TJ401", "TJ402", "TJ002")


def found(text: str, filename: str = "c.yaml", *, pure: bool = False) -> list[tuple[int, int, str]]:
    """(line, column, code) of each diagnostic in SHOWN, with libyaml (or the pure-Python parser)."""
    source = read_source(text, filename, pure_yaml=pure)
    diagnostics = Linter(tjlint.Config()).lint_source(source)
    return [(d.line, d.column, d.code) for d in diagnostics if d.code in SHOWN]


def fixable(text: str, filename: str = "c.yaml") -> list[tuple[int, int, bool]]:
    return [(d.line, d.column, bool(d.fix)) for d in tjlint.lint_text(text, filename) if d.code in SHOWN]


both_parsers = pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure"])


# --- anchors --------------------------------------------------------------------------------

@both_parsers
@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("data_url: &data /my-bucket/data\n", (6, 17)),
        ("data_url: &data\n  /my-bucket/data\n", (7, 3)),
        ("data_url: &data   # the training data\n\n  /my-bucket/data\n", (8, 3)),
        ("data_url: &data '/my-bucket/data'\n", (6, 17)),
    ],
    ids=["inline", "next-line", "comment-and-blank-line-between", "quoted"],
)
def test_a_value_with_an_anchor_starts_after_it(tail: str, expected: tuple[int, int], pure: bool) -> None:
    assert found(HEAD + tail, pure=pure) == [(*expected, "TJ402")]
    # Written here, so the fix is offered, and it keeps the anchor.
    assert fixable(HEAD + tail) == [(*expected, True)]
    fixed, _ = tjlint.fix_text(HEAD + tail, "c.yaml")
    assert fixed == HEAD + tail.replace("/my-bucket/data", "/my-bucket/data/")


@both_parsers
def test_an_anchor_in_flow_style(pure: bool) -> None:
    text = "{config_name: resnet-train, worker_server_num: 1, spec_id: 1, engine_id: 122, model_id: 7,\n" \
           " data_url: &data /my-bucket/data}\n"
    assert found(text, pure=pure) == [(2, 18, "TJ402")]


@both_parsers
def test_an_anchored_mapping_starts_at_its_first_key(pure: bool) -> None:
    # config_name is missing: TJ101 at the start of the mapping, which is the line after the anchor.
    text = "&body\nworker_server_num: 1\nspec_id: 1\nengine_id: 122\nmodel_id: 7\n"
    assert found(text, pure=pure) == [(2, 1, "TJ101")]
    job = "job_name: j\nconfig: &c\n  worker_server_num: 1\n  spec_id: 1\n  engine_id: 122\n  model_id: 7\n" \
          "  data_url: [x]\n"
    assert found(job, "j.yaml", pure=pure) == [(7, 13, "TJ103")]
    assert read_source(job, "j.yaml").locate(0, "/config").line == 3


# --- merge keys -----------------------------------------------------------------------------

DEFAULTS = (
    "x-defaults: &defaults\n"  # 1
    "  data_url: /my-bucket/data\n"  # 2: TJ402 when merged (the value is at column 13)
    "  train_url: /my-bucket/out\n"  # 3: TJ402 when merged (column 14)
    "  log_url: /my-bucket/logs/\n"  # 4: fine
)


@both_parsers
def test_a_merged_field_points_inside_the_merged_mapping(pure: bool) -> None:
    text = DEFAULTS + HEAD + "<<: *defaults\n"
    assert found(text, pure=pure) == [(2, 13, "TJ402"), (3, 14, "TJ402")]
    assert fixable(text) == [(2, 13, False), (3, 14, False)]
    # The key too: a key-level finding would point at 'data_url' on line 2, not at '<<' (line 10).
    source = read_source(text, "c.yaml", pure_yaml=pure)
    key = source.locate(0, "/data_url", on_key=True)
    assert (key.line, key.column) == (2, 3)


@both_parsers
def test_an_explicit_key_beats_a_merged_one(pure: bool) -> None:
    # train_url is written again, correctly: no finding; log_url written again, wrongly: it points there.
    text = DEFAULTS + HEAD + "<<: *defaults\ntrain_url: /my-bucket/out/\nlog_url: /my-bucket/logs\n"
    assert found(text, pure=pure) == [(2, 13, "TJ402"), (12, 10, "TJ402")]
    assert fixable(text) == [(2, 13, False), (12, 10, True)]
    # The same when the explicit keys come before the merge key.
    text = DEFAULTS + HEAD + "train_url: /my-bucket/out/\nlog_url: /my-bucket/logs\n<<: *defaults\n"
    assert found(text, pure=pure) == [(2, 13, "TJ402"), (11, 10, "TJ402")]


@both_parsers
def test_earlier_merged_mappings_beat_later_ones(pure: bool) -> None:
    ab = (
        "x-a: &a {data_url: /my-bucket/a}\n"  # 1: data_url's value at column 20
        "x-b: &b {data_url: /my-bucket/b/, train_url: /my-bucket/t}\n"  # 2: train_url's value at 46
    )
    assert found(ab + HEAD + "<<: [*a, *b]\n", pure=pure) == [(1, 20, "TJ402"), (2, 46, "TJ402")]
    # In the other order, b's data_url (fine) wins over a's.
    assert found(ab + HEAD + "<<: [*b, *a]\n", pure=pure) == [(2, 46, "TJ402")]


@both_parsers
def test_an_inline_merged_mapping(pure: bool) -> None:
    text = HEAD + "<<: {train_url: /my-bucket/out/, data_url: /my-bucket/data}\n"
    assert found(text, pure=pure) == [(6, 44, "TJ402")]
    assert fixable(text) == [(6, 44, False)]
    block = HEAD + "<<:\n  data_url: /my-bucket/data\n"
    assert found(block, pure=pure) == [(7, 13, "TJ402")]


@both_parsers
def test_nested_merges_point_where_the_value_is_written(pure: bool) -> None:
    text = (
        "x-a: &a\n"
        "  data_url: /my-bucket/data\n"  # 2
        "x-b: &b\n"
        "  <<: *a\n"
        "  train_url: /my-bucket/out\n"  # 5
        + HEAD
        + "<<: *b\n"
    )
    assert found(text, pure=pure) == [(2, 13, "TJ402"), (5, 14, "TJ402")]


@both_parsers
def test_merges_in_a_job_config(pure: bool) -> None:
    text = DEFAULTS + (
        "job_name: j\n"  # 5
        "config:\n"
        "  <<: *defaults\n"
        "  worker_server_num: 1\n"
        "  spec_id: 1\n"
        "  engine_id: 122\n"
        "  model_id: 7\n"
        "  train_url: /my-bucket/out/\n"
    )
    assert found(text, "j.yaml", pure=pure) == [(2, 13, "TJ402")]


# --- aliases --------------------------------------------------------------------------------

@both_parsers
def test_a_value_written_as_an_alias_points_at_the_alias(pure: bool) -> None:
    text = HEAD + "train_url: &out /my-bucket/out\nlog_url: *out\n"
    assert found(text, pure=pure) == [(6, 17, "TJ402"), (7, 10, "TJ402")]
    assert fixable(text) == [(6, 17, True), (7, 10, False)]
    flow = "{config_name: resnet-train, worker_server_num: 1, spec_id: 1, engine_id: 122, model_id: 7,\n" \
           " train_url: &out /my-bucket/out, log_url: *out}\n"
    assert found(flow, pure=pure) == [(2, 18, "TJ402"), (2, 43, "TJ402")]


@both_parsers
def test_a_list_item_written_as_an_alias_points_at_the_alias(pure: bool) -> None:
    text = HEAD + (
        "data_url: /my-bucket/data/\n"
        "parameter:\n"
        "  - &bad just-text\n"  # 8: a parameter must be a mapping; the value starts at column 10
        "  - *bad\n"  # 9: the alias, at column 5
    )
    assert found(text, pure=pure) == [(8, 10, "TJ103"), (9, 5, "TJ103")]
    flow = HEAD + "data_url: /my-bucket/data/\nparameter: [&bad just-text, *bad]\n"
    assert found(flow, pure=pure) == [(7, 18, "TJ103"), (7, 29, "TJ103")]


@both_parsers
def test_a_field_inside_an_aliased_mapping_points_where_it_is_written(pure: bool) -> None:
    # The aliased mapping itself is at the alias; what lies inside it was written at the anchor.
    text = (
        "x-shared: &shared\n"
        "  worker_server_num: 1\n"
        "  engine_id: 122\n"
        "  model_id: 7\n"
        "  spec_id: 1\n"
        "  data_url: /my-bucket/data\n"  # 6
        "job_name: j\n"
        "config: *shared\n"  # 8
    )
    assert found(text, "j.yaml", pure=pure) == [(6, 13, "TJ402")]
    source = read_source(text, "j.yaml", pure_yaml=pure)
    config = source.locate(0, "/config")
    assert (config.line, config.column) == (8, 9)
    assert fixable(text, "j.yaml") == [(6, 13, False)]
    # A field missing from an aliased mapping: at the alias (the mapping as it is used).
    missing = text.replace("  worker_server_num: 1\n", "")
    assert (7, 9, "TJ101") in found(missing, "j.yaml", pure=pure)


# --- block scalars --------------------------------------------------------------------------

@both_parsers
@pytest.mark.parametrize("indicator", ["|", ">", "|-", ">+2", "&s |"])
def test_a_block_scalar_starts_at_its_indicator(indicator: str, pure: bool) -> None:
    text = f"config_name: resnet-train\nworker_server_num: 1\nspec_id: {indicator}\n    1\n\n" \
           "engine_id: 122\nmodel_id: 7\ndata_url: /my-bucket/data/\n"
    column = 10 + (3 if indicator.startswith("&") else 0)
    assert found(text, pure=pure) == [(3, column, "TJ103")]


# --- line breaks ----------------------------------------------------------------------------

JSON_BODY = [
    "{",
    '  "config_name": "resnet-train",',
    '  "worker_server_num": 1,',
    '  "spec_id": 1,',
    '  "engine_id": 122,',
    '  "model_id": 7,',
    '  "data_url": "/my-bucket/data"',  # line 7: the value at column 15
    "}",
]


@both_parsers
@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_crlf_and_a_lone_cr_end_lines(newline: str, pure: bool) -> None:
    yaml_text = (HEAD + "data_url: /my-bucket/data\n").replace("\n", newline)
    assert found(yaml_text, pure=pure) == [(6, 11, "TJ402")]
    flow = "{config_name: resnet-train,\nworker_server_num: 1, spec_id: 1,\nengine_id: 122, model_id: 7,\n" \
           "data_url: /my-bucket/data}\n"
    assert found(flow.replace("\n", newline), pure=pure) == [(4, 11, "TJ402")]
    assert found(newline.join(JSON_BODY), "c.json") == [(7, 15, "TJ402")]
    fixed, _ = tjlint.fix_text(yaml_text, "c.yaml")
    assert fixed == yaml_text.replace("/my-bucket/data", "/my-bucket/data/")


@both_parsers
@pytest.mark.parametrize("quote", ['"', "'"])
def test_unicode_line_separators_do_not_end_a_line(quote: str, pure: bool) -> None:
    # YAML 1.1 parsers count U+2028, U+2029 and U+0085 as line breaks; editors and tjlint do not.
    text = (
        "config_name: resnet-train\n"
        f"config_desc: {quote}one\u2028two\u2029three\x85four{quote}\n"
        "worker_server_num: 1\nspec_id: 1\nengine_id: 122\nmodel_id: 7\n"
        "data_url: /my-bucket/data\n"  # line 7
    )
    assert found(text, pure=pure) == [(7, 11, "TJ402")]
    flow = f"{{config_desc: {quote}a\u2028b{quote}, config_name: resnet-train, worker_server_num: 1,\n" \
           " spec_id: 1, engine_id: 122, model_id: 7, data_url: /my-bucket/data}\n"
    assert found(flow, pure=pure) == [(2, 53, "TJ402")]
    json_text = "\n".join(JSON_BODY).replace('"resnet-train",', '"resnet-train", "config_desc": "a\u2028b\x85c",')
    assert found(json_text, "c.json") == [(7, 15, "TJ402")]


@both_parsers
def test_a_syntax_error_after_a_line_separator(pure: bool) -> None:
    text = 'config_desc: "a\u2028b"\nparameter: [1, 2\n'
    assert found(text, pure=pure) == [(3, 1, "TJ002")]


def test_a_form_feed_is_no_line_break() -> None:
    # YAML does not allow it at all: the problem is on line 2, where it is.
    assert found("config_name: x\nconfig_desc: a\x0cb\n") == [(2, 15, "TJ002")]


def test_a_suppression_after_a_line_separator_still_tells_comments_from_text() -> None:
    # Line 2 holds '# tjlint:' inside a quoted value, after a U+2028: text, so no TJ007 for it.
    text = (
        'config_desc: "one\u2028two"\n'
        'job_desc: "see # tjlint: disable=TJ402"\n'
        + HEAD
        + "data_url: /my-bucket/data  # tjlint: disable=TJ205\n"
        "train_url: /my-bucket/out  # tjlint: disable=TJ402\n"
    )
    codes = [(d.line, d.code) for d in tjlint.lint_text(text, "c.yaml") if d.code in ("TJ402", "TJ007")]
    assert codes == [(8, "TJ402"), (8, "TJ007")]

"""Hovers in-process: from the reader's positions (flow style too), or from the text when it does not parse."""

from __future__ import annotations

from pathlib import Path

from tjlint.lsp.analysis import Analysis, analyse
from tjlint.lsp.hover import hover_text
from tjlint.lsp.setups import Setups


def hover_at(tmp_path: Path, marked: str, name: str = "training-job.yaml") -> str | None:
    offset = marked.index("§")
    text = marked.replace("§", "", 1)
    analysis: Analysis = analyse(text, str(tmp_path / name), Setups().for_folder(str(tmp_path)))
    return hover_text(analysis, "json" if name.endswith(".json") else "yaml", offset)


def test_a_key_in_a_flow_mapping(tmp_path: Path) -> None:
    found = hover_at(tmp_path, "{config_name: a, worker_server_num: 1, da§ta_url: /my-bucket/d/}\n")
    assert found is not None and "**Dataset directory** (`data_url`)" in found


def test_a_job_s_fields_are_read_under_config(tmp_path: Path) -> None:
    found = hover_at(tmp_path, "job_name: a\nconfig:\n  data_source:\n    - ty§pe: obs\n")
    assert found is not None and "One of: `\"obs\"`, `\"dataset\"`" in found


def test_an_anchor_and_alias_point_at_what_is_written(tmp_path: Path) -> None:
    text = "config_name: &n a\nconfig_desc: *n\nworker_server_num: 1\ndata_url: /my-bucket/d/\nspec_§id: 1\n"
    found = hover_at(tmp_path, text)
    # only the field: the findings of this body (TJ204, no code) start on line 1
    assert found is not None and found.startswith("**Resource specification ID** (`spec_id`)")


def test_a_finding_about_a_whole_mapping_is_explained_on_its_first_line_only(tmp_path: Path) -> None:
    # config_name alone: fields are missing (TJ101 spans the mapping, from line 1)
    first_line = hover_at(tmp_path, "config_§name: a\n\nconfig_desc: b\n")
    assert first_line is not None and first_line.startswith("**TJ101 missing-field**")
    assert hover_at(tmp_path, "config_name: a\n§\nconfig_desc: b\n") is None

"""Code actions in-process: which fixes are offered, and what the suppression comment looks like."""

from __future__ import annotations

from pathlib import Path

from tjlint.lsp.actions import FIX_ALL, QUICKFIX, actions_for, wanted
from tjlint.lsp.analysis import Analysis, analyse
from tjlint.lsp.setups import Setups

HEAD = ("config_name: a\nworker_server_num: 1\nspec_id: 1\nengine_id: 1\napp_url: /my-bucket/app/\n"
        "boot_file_url: /my-bucket/app/train.py\n")


def analysed(tmp_path: Path, text: str, name: str = "training-job.yaml") -> Analysis:
    return analyse(text, str(tmp_path / name), Setups().for_folder(str(tmp_path)))


def titles(analysis: Analysis, only: list[str] | None = None) -> list[str]:
    return [a.title.split(":")[0] for a in actions_for(analysis, analysis.diagnostics, only)]


def test_an_edit_that_waits_for_a_second_pass_of_fix_is_not_offered_yet(tmp_path: Path) -> None:
    # "obs://my-bucket/data" is TJ401 (scheme) and TJ402 (no closing slash); both fixes edit the value.
    analysis = analysed(tmp_path, HEAD + "data_url: obs://my-bucket/data\n")
    assert [d.code for d in analysis.diagnostics] == ["TJ401", "TJ402"]
    assert titles(analysis, [QUICKFIX]) == [
        "Fix TJ401", "Disable TJ401 for this line", "Disable TJ402 for this line"]
    (fix_all,) = actions_for(analysis, analysis.diagnostics, [FIX_ALL])
    assert [c.text for c in fix_all.changes] == ["/my-bucket/data/"]


def test_no_fix_in_a_file_that_was_not_read_to_the_end(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, "---\n" + HEAD + "data_url: obs://my-bucket/data/\n---\n[unclosed\n")
    assert {d.code for d in analysis.diagnostics} >= {"TJ401", "TJ002"}
    assert titles(analysis) == ["Disable TJ401 for this line"]


def test_a_comment_already_on_the_line_gets_the_code_added(tmp_path: Path) -> None:
    text = HEAD + "data_url: /my-bucket/data  # tjlint: disable=TJ401 (kept on purpose)\n"
    analysis = analysed(tmp_path, text)
    (disable,) = [a for a in actions_for(analysis, analysis.diagnostics, None) if a.title.startswith("Disable")]
    (change,) = disable.changes
    fixed = text[: change.start] + change.text + text[change.end :]
    assert fixed.endswith("data_url: /my-bucket/data  # tjlint: disable=TJ401,TJ402 (kept on purpose)\n")


def test_a_line_that_ends_inside_a_quoted_value_gets_the_comment_above_it(tmp_path: Path) -> None:
    # the value of train_url runs over two lines: a comment after its first line would be part of it
    text = HEAD + 'data_url: /my-bucket/data/\ntrain_url: "/my-bucket/\n  output"\n'
    analysis = analysed(tmp_path, text)
    (disable,) = [a for a in actions_for(analysis, analysis.diagnostics, None) if a.title.startswith("Disable")]
    (change,) = disable.changes
    fixed = text[: change.start] + change.text + text[change.end :]
    assert '# tjlint: disable=TJ402\ntrain_url: "/my-bucket/\n' in fixed


def test_json_has_no_suppression_comments(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, '{"config_name": "a", "data_url": "/my-bucket/data"}', "training-job.json")
    assert "Disable" not in " ".join(titles(analysis))


def test_kinds_match_the_clients_filter_by_prefix() -> None:
    assert wanted(FIX_ALL, ["source.fixAll"]) and wanted(FIX_ALL, ["source"]) and wanted(FIX_ALL, None)
    assert not wanted(FIX_ALL, [QUICKFIX]) and not wanted(QUICKFIX, ["source.fixAll"])
    assert not wanted("source.fixAllOther", ["source.fixAll.tjlint"])

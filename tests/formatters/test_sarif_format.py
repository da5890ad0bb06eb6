"""The ``sarif`` format: valid SARIF 2.1.0 carrying the same findings as ``json``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from formatter_cases import BROKEN, Runner, diagnostic, related
from jsonschema import Draft7Validator  # type: ignore[import-untyped]

import tjlint
from tjlint.formatters import Report
from tjlint.formatters.sarif import render
from tjlint.model import Edit, Severity, Span
from tjlint.rules import ALL_RULES, BUILTIN, RETIRED_CODES, Rule

#: The built-in rules and one from a plugin.
ACME = BUILTIN.extended([Rule("ACME1", "acme-rule", Severity.WARNING, "An acme rule.", "", check=lambda d, c: ())])


def _schema_path() -> Path:
    configured = os.environ.get("TJLINT_SARIF_SCHEMA")
    if configured:
        return Path(configured)
    repo = Path(__file__).resolve().parents[2]
    return repo / ".." / "shared" / "reference" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> Draft7Validator:
    path = _schema_path()
    if not path.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {path}; set TJLINT_SARIF_SCHEMA to its path")
    return Draft7Validator(json.loads(path.read_text(encoding="utf-8")))


def _valid(validator: Draft7Validator, log: dict[str, Any]) -> None:
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert problems == []


def _run(log: dict[str, Any]) -> dict[str, Any]:
    assert len(log["runs"]) == 1
    run: dict[str, Any] = log["runs"][0]
    return run


FILES = ["broken.yaml", "good.yaml", "training-jobs", "torn.yaml"]


def _more_files(folder: Path) -> None:
    (folder / "training-jobs").mkdir()
    (folder / "training-jobs" / "bad.json").write_text('{"config_name": 5,\n "dataurl": 1}\n')
    (folder / "torn.yaml").write_text("config_name: [\n")


def test_cli_output_validates(tjlint_run: Runner, broken: Path, validator: Draft7Validator) -> None:
    _more_files(broken.parent)
    log = json.loads(tjlint_run("--format", "sarif", *FILES).stdout)
    _valid(validator, log)
    assert log["version"] == "2.1.0"


def test_cli_output_matches_json(tjlint_run: Runner, broken: Path) -> None:
    _more_files(broken.parent)
    sarif = tjlint_run("--format", "sarif", *FILES)
    plain = tjlint_run("--format", "json", *FILES)
    assert sarif.status == plain.status == 1
    log = json.loads(sarif.stdout)
    results = _run(log)["results"]
    found = set()
    for r in results:
        location = r["locations"][0]["physicalLocation"]
        region = location["region"]
        found.add((location["artifactLocation"]["uri"], region["startLine"],
                   region["startColumn"], region["endLine"], region["endColumn"],
                   r["ruleId"], r["level"], r["message"]["text"]))
    expected = {(d["path"].replace(os.sep, "/"), d["line"], d["column"], d["end_line"],
                 d["end_column"], d["code"], d["severity"], d["message"])
                for d in json.loads(plain.stdout)}
    assert found == expected
    assert len(results) == len(expected)
    assert {"broken.yaml", "training-jobs/bad.json", "torn.yaml"} <= {f[0] for f in found}


def test_driver_lists_every_rule_and_indexes_point_at_them(tjlint_run: Runner,
                                                           broken: Path) -> None:
    log = json.loads(tjlint_run("--format", "sarif", "broken.yaml").stdout)
    driver = _run(log)["tool"]["driver"]
    assert driver["name"] == "tjlint"
    assert driver["version"] == tjlint.__version__
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [r.code for r in ALL_RULES]
    for rule, info in zip(rules, ALL_RULES, strict=True):
        assert rule["name"] == info.name
        assert rule["shortDescription"]["text"] == info.summary
        assert rule["fullDescription"]["text"]
        if info.code in RETIRED_CODES:  # listed, so settings may name it, but never reported
            assert rule["defaultConfiguration"] == {"level": "none", "enabled": False}
        else:
            assert rule["defaultConfiguration"]["level"] == info.severity.value
        assert info.summary in rule["help"]["text"]
        for example in (info.good, info.bad):
            assert example.strip() in rule["help"]["markdown"]
            assert example.strip() in rule["help"]["text"].replace("\n    ", "\n")
    results = _run(log)["results"]
    assert sorted(r["ruleId"] for r in results) == ["TJ103", "TJ402"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_fix_becomes_a_sarif_fix(tjlint_run: Runner, broken: Path) -> None:
    log = json.loads(tjlint_run("--format", "sarif", str(broken)).stdout)
    (slash,) = [r for r in _run(log)["results"] if r["ruleId"] == "TJ402"]
    (fix,) = slash["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == {"uri": "broken.yaml", "uriBaseId": "%SRCROOT%"}
    (replacement,) = change["replacements"]
    start = BROKEN.index("/my-bucket/output\n")
    assert replacement == {
        "deletedRegion": {"startLine": 8, "startColumn": 12, "endLine": 8, "endColumn": 29,
                          "charOffset": start, "charLength": len("/my-bucket/output")},
        "insertedContent": {"text": "/my-bucket/output/"},
    }
    (quoted,) = [r for r in _run(log)["results"] if r["ruleId"] == "TJ103"]
    assert "fixes" not in quoted


def test_absolute_paths_become_relative_uris(tmp_path: Path) -> None:
    inside = str(tmp_path / "configs" / "job one.yaml")
    outside = str(tmp_path.parent / "elsewhere.yaml")
    log = json.loads(render([diagnostic(path=inside), diagnostic(path=outside), diagnostic(path="<stdin>")],
                            Report(root=str(tmp_path))))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in _run(log)["results"]]
    assert uris[0] == {"uri": "configs/job%20one.yaml", "uriBaseId": "%SRCROOT%"}
    assert uris[1] == {"uri": Path(outside).as_uri()}
    assert uris[2] == {"uri": "%3Cstdin%3E", "uriBaseId": "%SRCROOT%"}
    base = _run(log)["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == tmp_path.as_uri() + "/"


def test_a_path_through_the_parent_folder_back_inside_is_relative(tmp_path: Path) -> None:
    # interfaces.md: results carry a relative artifactLocation.uri.
    back_in = os.path.join(os.pardir, tmp_path.name, "job.yaml")
    log = json.loads(render([diagnostic(path=back_in)], Report(root=str(tmp_path))))
    location = _run(log)["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "job.yaml", "uriBaseId": "%SRCROOT%"}


def test_no_position_means_no_region() -> None:
    log = json.loads(render([diagnostic(line=0, column=0, end_line=0, end_column=0)], Report(root="")))
    (result,) = _run(log)["results"]
    assert result["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "job.yaml", "uriBaseId": "%SRCROOT%"}}}]


def test_related_fields_become_related_locations() -> None:
    fields = (related("/spec_id", 2, 1), related("/parameter/0/label", 0, 0))
    log = json.loads(render([diagnostic(related=fields)], Report(root="")))
    (result,) = _run(log)["results"]
    first, second = result["relatedLocations"]
    assert first["id"] != second["id"]
    assert "/spec_id" in first["message"]["text"]
    assert first["physicalLocation"]["region"] == {"startLine": 2, "startColumn": 1}
    assert "/parameter/0/label" in second["message"]["text"]
    assert "region" not in second["physicalLocation"]


def test_fix_without_offsets_has_lines_only() -> None:
    edit = Edit(Span(3, 5, 3, 9), "x/")
    log = json.loads(render([diagnostic(fix=(edit,))], Report(root="")))
    (result,) = _run(log)["results"]
    deleted = result["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert deleted == {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 9}


def test_codes_from_other_rules_get_a_descriptor() -> None:
    log = json.loads(render([diagnostic(code="ACME1", name="acme-rule", severity=Severity.WARNING)],
                            Report(root="", rules=ACME)))
    run = _run(log)
    (result,) = run["results"]
    rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == "ACME1"
    assert result["level"] == "warning"


def test_clean_run_is_valid_with_no_results(tjlint_run: Runner, broken: Path,
                                             validator: Draft7Validator) -> None:
    ran = tjlint_run("--format", "sarif", "good.yaml")
    assert ran.status == 0
    log = json.loads(ran.stdout)
    assert _run(log)["results"] == []
    assert _run(log)["columnKind"] == "unicodeCodePoints"


def test_every_shape_validates(tmp_path: Path, validator: Draft7Validator) -> None:
    odd = [
        diagnostic(),
        diagnostic(path=str(tmp_path / "in side.yaml")),
        diagnostic(path=str(tmp_path.parent / "elsewhere.yaml")),
        diagnostic(path="<stdin>", line=0, column=0, end_line=0, end_column=0),
        diagnostic(related=(related("/spec_id", 2, 1), related("", 0, 0))),
        diagnostic(fix=(Edit(Span(3, 5, 3, 9), "x/"),)),
        diagnostic(fix=(Edit(Span(3, 5, 3, 9, 40, 44), "x/"), Edit(Span(4, 1, 4, 1, 50, 50), "y"))),
        diagnostic(code="ACME1", name="acme-rule", severity=Severity.WARNING, message="50%\n: ,"),
    ]
    _valid(validator, json.loads(render(odd, Report(root=str(tmp_path), rules=ACME))))
    _valid(validator, json.loads(render([], Report(root=""))))

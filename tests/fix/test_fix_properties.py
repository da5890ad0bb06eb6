"""Properties of fixing generated configurations (YAML and JSON).

Fixing twice changes nothing the second time; a fixed file gains no
diagnostic; only values change (line breaks, BOM and comments stay); every
safe fix that is offered gets applied.
"""

from __future__ import annotations

import json
from collections import Counter

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import tjlint
from tjlint import fixcheck
from tjlint.model import Diagnostic

PATHS = [
    "/my-bucket/dir/", "/my-bucket/dir", "obs://my-bucket/dir", "s3://my-bucket/dir/",
    "OBS://my-bucket/dir", "obs://Bad_Bucket/dir", "my-bucket/dir", "https://x.example/dir", "",
]
BOOT_FILES = ["/my-bucket/dir/a.py", "obs://my-bucket/dir/a.py", "s3://bad/a.py", "/my-bucket/dir/"]
# Parameter values as the user types them; plain YAML turns many into non-strings.
SCALARS = ["0.010", "no", "yes", "On", "~", "null", "2024-01-01", "1.5e+3", "12:30", "abc",
           "0x1F", "-2", "1E3", "true", ""]
JSON_NUMBERS = {"0.010", "-2", "1E3"}
STYLES = ["plain", "single", "double"]

settings.register_profile("fix", max_examples=120, deadline=None)


def keys(diagnostics: list[Diagnostic]) -> Counter[tuple[str, str, int]]:
    return Counter((d.code, d.pointer, d.document) for d in diagnostics)


@st.composite
def bodies(draw: st.DrawFn) -> dict[str, object]:
    """A configuration body: strings everywhere (rendering decides their YAML type)."""
    body: dict[str, object] = {"config_name": "job", "worker_server_num": 1, "spec_id": 1}
    if draw(st.booleans()):
        body["model_id"] = 7
    else:
        body["app_url"] = draw(st.sampled_from(PATHS))
        body["boot_file_url"] = draw(st.sampled_from(BOOT_FILES))
    for name in ("data_url", "train_url", "log_url"):
        if name == "data_url" or draw(st.booleans()):
            body[name] = draw(st.sampled_from(PATHS))
    labels = draw(st.lists(st.sampled_from("abcdef"), max_size=3, unique=True))
    body["parameter"] = [{"label": a, "value": draw(st.sampled_from(SCALARS))} for a in labels]
    return body


def yaml_scalar(value: object, style: str) -> str:
    if not isinstance(value, str):
        return str(value)
    if style == "single":
        return f"'{value}'"
    if style == "double":
        return json.dumps(value)
    return value


def render_yaml(body: dict[str, object], draw: st.DrawFn) -> str:
    lines = []
    for key, value in body.items():
        comment = draw(st.sampled_from(["", "  # note"]))
        if key != "parameter":
            lines.append(f"{key}: {yaml_scalar(value, draw(st.sampled_from(STYLES)))}{comment}")
            continue
        assert isinstance(value, list)
        items = [(p["label"], yaml_scalar(p["value"], draw(st.sampled_from(STYLES))))
                 for p in value]
        if draw(st.booleans()):
            flow = ", ".join(f"{{label: {label}, value: {text}}}" for label, text in items)
            lines.append(f"parameter: [{flow}]{comment}")
        else:
            lines.append("parameter:" + comment)
            for label, text in items:
                lines += [f"  - label: {label}", f"    value: {text}"]
    return "\n".join(lines) + "\n"


def render_json(body: dict[str, object], draw: st.DrawFn) -> str:
    parts = []
    for key, value in body.items():
        if key == "parameter":
            assert isinstance(value, list)
            items = []
            for p in value:
                raw = p["value"] in JSON_NUMBERS and draw(st.booleans())
                text = p["value"] if raw else json.dumps(p["value"])
                items.append(f'{{"label": {json.dumps(p["label"])}, "value": {text}}}')
            parts.append(f'"parameter": [{", ".join(items)}]')
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value)}")
    return "{\n  " + ",\n  ".join(parts) + "\n}\n"


@st.composite
def files(draw: st.DrawFn, fmt: str) -> str:
    render = render_yaml if fmt == "yaml" else render_json
    count = draw(st.integers(1, 2)) if fmt == "yaml" else 1
    text = "---\n".join(render(draw(bodies()), draw) for _ in range(count))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return ("\ufeff" if draw(st.booleans()) else "") + text


def check_properties(text: str, filename: str) -> None:
    before = tjlint.lint_text(text, filename=filename)
    fixed, remaining = tjlint.fix_text(text, filename)
    assert not keys(remaining) - keys(before), "a fix added a diagnostic"
    assert tjlint.fix_text(fixed, filename) == (fixed, remaining), "fixing twice changed something"
    assert tjlint.lint_text(fixed, filename=filename) == remaining
    assert not [d for d in remaining if d.fix], "a safe fix was left unapplied"
    assert fixed.startswith("\ufeff") == text.startswith("\ufeff")
    assert fixed.count("\n") == text.count("\n")
    assert fixed.count("\r\n") == text.count("\r\n")
    assert fixed.count("# note") == text.count("# note")


@settings(settings.get_profile("fix"))
@given(files("yaml"))
def test_yaml_fixes_are_safe_and_idempotent(text: str) -> None:
    check_properties(text, "job.yaml")


@settings(settings.get_profile("fix"))
@given(files("json"))
def test_json_fixes_are_safe_and_idempotent(text: str) -> None:
    check_properties(text, "job.json")


@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=12), st.sampled_from(['"', "'"]))
def test_a_quoted_fix_value_reads_as_yaml_reads_it(text: str, quote: str) -> None:
    # The quick reading of quoted text (no escapes) must give what YAML gives, or leave it to YAML.
    written = quote + text + quote
    try:
        expected = yaml.safe_load(written)
    except yaml.YAMLError:
        assert not fixcheck._QUOTED.fullmatch(written)
        return
    assert fixcheck._value_of(written, "yaml") == expected, written

"""Hypothesis strategies: training-job configurations built from the schema's field list, then
mutated, rendered as YAML or JSON, and corrupted byte by byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st
from samples import API_SAMPLE

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schemas" / "training-job-config.schema.json")
    .read_text(encoding="utf-8")
)
# The body's own fields and the configuration fields it shares with the other kinds.
FIELDS: list[str] = [*SCHEMA["properties"], *SCHEMA["$defs"]["configFields"]["properties"]]
# spec_id is required unless flavor or pool_id names the resources; the valid bodies name spec_id.
REQUIRED: list[str] = [*SCHEMA["required"], "spec_id"]

#: The API page's sample request.
SAMPLE: dict[str, Any] = API_SAMPLE


def _examples(name: str) -> list[Any]:
    """Valid values of one field: the schema's examples, else the sample's value."""
    definition = SCHEMA["$defs"].get(name, {})
    found = list(definition.get("examples", []))
    if name in SAMPLE:
        found.append(SAMPLE[name])
    return found or ["x"]


VALID_VALUES = {name: _examples(name) for name in FIELDS}

# Odd text: every plane, surrogates, controls, line separators, YAML indicators.
odd_text = st.one_of(
    st.text(max_size=20),
    st.text(st.characters(codec="utf-8"), max_size=20),
    st.text(st.sampled_from("\x00\x07\t\r\n\x85\u2028\u2029\ufeff\ud800\udfff:#-?&*!|>'\"%@`{}[],~/"),
            max_size=12),
    st.sampled_from(["yes", "No", "on", "null", "~", "0x1F", "1e3", "0o17", ".inf", "2001-12-14",
                     "190:20:30", "<<", "=", "-", "---", "...", "$ref", "http://example.com/x"]),
)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), odd_text,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4),
    max_leaves=20,
)


@st.composite
def deep_values(draw: st.DrawFn) -> Any:
    """A value nested between 1 and 80 levels (the default max-depth is 64)."""
    value: Any = draw(scalars)
    for _ in range(draw(st.integers(1, 80))):
        value = [value] if draw(st.booleans()) else {draw(odd_text): value}
    return value


@st.composite
def valid_configs(draw: st.DrawFn) -> dict[str, Any]:
    """A body like the API page's sample: required fields plus some optional ones."""
    optional = draw(st.lists(st.sampled_from([f for f in FIELDS if f not in REQUIRED]), unique=True))
    return {name: draw(st.sampled_from(VALID_VALUES[name])) for name in [*REQUIRED, *optional]}


@st.composite
def mutated_configs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid body, then a few mutations: wrong types, extra or missing keys, deep values, odd text."""
    body = draw(valid_configs())
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["type", "extra", "missing", "deep", "text", "parameter"]))
        name = draw(st.sampled_from(FIELDS))
        if kind == "type":
            body[name] = draw(json_values)
        elif kind == "extra":
            body[draw(odd_text)] = draw(json_values)
        elif kind == "missing":
            body.pop(name, None)
        elif kind == "deep":
            body[name] = draw(deep_values())
        elif kind == "text":
            body[name] = draw(odd_text)
        else:
            body["parameter"] = draw(st.lists(
                st.fixed_dictionaries({"label": odd_text, "value": odd_text}) | json_values, max_size=6))
    return body


def render_yaml(body: Any, flow: bool | None, style: str | None, unicode: bool) -> str:
    return yaml.safe_dump(body, default_flow_style=flow, default_style=style, allow_unicode=unicode,
                          sort_keys=False, width=80)


def render_json(body: Any, indent: int | None, ascii_only: bool) -> str:
    return json.dumps(body, indent=indent, ensure_ascii=ascii_only, allow_nan=True)


@st.composite
def rendered(draw: st.DrawFn, bodies: st.SearchStrategy[Any]) -> tuple[str, str]:
    """(filename, text): a body written as YAML (block/flow, plain/quoted) or JSON."""
    body = draw(bodies)
    if draw(st.booleans()):
        flow = draw(st.sampled_from([None, True, False]))
        style = draw(st.sampled_from([None, '"', "'"]))
        try:
            return "config.yaml", render_yaml(body, flow, style, draw(st.booleans()))
        except (yaml.YAMLError, RecursionError, UnicodeError):
            return "config.yaml", repr(body)  # still text: the linter must survive it
    try:
        return "config.json", render_json(body, draw(st.sampled_from([None, 2])), draw(st.booleans()))
    except (RecursionError, ValueError):
        return "config.json", repr(body)


VALID_YAML = render_yaml(SAMPLE, None, None, True)
VALID_JSON = render_json(SAMPLE, 2, False)


@st.composite
def corrupted(draw: st.DrawFn) -> tuple[str, bytes]:
    """(filename, bytes): a valid YAML or JSON file with bytes flipped, inserted, deleted or cut."""
    name, text = draw(st.sampled_from([("config.yaml", VALID_YAML), ("config.json", VALID_JSON),
                                       ("config.yaml", VALID_JSON)]))
    data = bytearray(text.encode("utf-8"))
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip" and where < len(data):
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=4)
                                     | st.sampled_from([b"\xef\xbb\xbf", b"\x00", b"\t", b"\r", b"\xed\xa0\x80",
                                                        b"&a ", b"*a", b"<<: ", b"!!python/name:os.system ",
                                                        b"[", b"{", b'"', b"'", b"\\u", b"---\n"]))
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 8))]
        else:
            del data[where:]
    return name, bytes(data)

"""A hypothesis strategy for YAML documents with anchors, aliases, merge keys and block scalars,
each with the value YAML gives it."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import strategies as st

# Scalars as written, none of which YAML 1.2 would read differently from PyYAML.
SCALARS = ["plain", "/my-bucket/data", "12", "-3", "true", "null", "~", "''", "'it''s'", '"x\\ty"',
           "'one\u2028two'", '"a\u2029b\x85c"', "2024-01-01", "0.5"]
KEYS = ["data_url", "train_url", "k", "spec_id", "x-y", "a/b", "t~"]


class _Writer:
    """Draws one YAML document node by node, with the value YAML gives each node.

    Values follow the merge-key rules (https://yaml.org/type/merge.html) directly: PyYAML's
    ``safe_load`` cannot be the oracle there, as it rewrites shared nodes while merging (a
    mapping with its own merge key, merged again through an alias, comes out wrong).
    """

    def __init__(self, draw: Any) -> None:
        self.draw = draw
        self.anchors: list[tuple[str, Any]] = []  # closed anchors and their values
        self.count = 0

    def anchor(self) -> str | None:
        if not self.draw(st.booleans()):
            return None
        self.count += 1
        return f"a{self.count}"

    def close(self, name: str | None, value: Any) -> None:
        if name is not None:
            self.anchors.append((name, value))

    def flow(self, depth: int) -> tuple[str, Any]:
        """A node in flow style: its text and its value."""
        kinds = ["scalar", "alias"] + (["map", "seq"] if depth < 3 else [])
        kind = self.draw(st.sampled_from(kinds))
        if kind == "alias" and self.anchors:
            name, value = self.draw(st.sampled_from(self.anchors))
            return "*" + name, value
        name = self.anchor()
        prefix = f"&{name} " if name else ""
        if kind == "map":
            texts, value = self.entries(depth, flow=True)
            self.close(name, value)
            return prefix + "{" + ", ".join(texts) + "}", value
        if kind == "seq":
            items = [self.flow(depth + 1) for _ in range(self.draw(st.integers(0, 3)))]
            self.close(name, [v for _, v in items])
            return prefix + "[" + ", ".join(t for t, _ in items) + "]", [v for _, v in items]
        text = self.draw(st.sampled_from(SCALARS))
        self.close(name, yaml.safe_load(text))
        return prefix + text, yaml.safe_load(text)

    def merge(self, depth: int) -> tuple[str, list[dict[str, Any]]] | None:
        """The value of a merge key and the mappings it merges (earliest first), or None."""
        maps = [(n, v) for n, v in self.anchors if isinstance(v, dict)]
        choice = self.draw(st.sampled_from(["none", "inline"] + (["one", "list"] if maps else [])))
        if choice == "one":
            name, value = self.draw(st.sampled_from(maps))
            return "*" + name, [value]
        if choice == "list":
            chosen = self.draw(st.lists(st.sampled_from(maps), min_size=1, max_size=3,
                                        unique_by=lambda item: item[0]))
            return "[" + ", ".join("*" + n for n, _ in chosen) + "]", [v for _, v in chosen]
        if choice == "inline":
            texts, value = self.entries(depth + 1, flow=True, merges=False)
            return "{" + ", ".join(texts) + "}", [value]
        return None

    def entries(self, depth: int, *, flow: bool, indent: int = 0,
                merges: bool = True) -> tuple[list[str], dict[str, Any]]:
        """The entries of a mapping, and its value: explicit keys win, then earlier merged mappings."""
        keys: list[str | None] = list(self.draw(st.lists(st.sampled_from(KEYS), max_size=3, unique=True)))
        if merges:  # None: where the merge key goes (written in order, so aliases follow their anchors)
            keys.insert(self.draw(st.integers(0, len(keys))), None)
        texts: list[str] = []
        explicit: dict[str, Any] = {}
        merged: list[dict[str, Any]] = []
        for key in keys:
            if key is None:
                found = self.merge(depth)
                if found is not None:
                    texts.append(f"<<: {found[0]}")
                    merged = found[1]
                continue
            text, explicit[key] = self.flow(depth + 1) if flow else self.block(depth + 1, indent + 2)
            texts.append(f"{key}: {text}" if flow else f"{key}:{text}")
        value: dict[str, Any] = {}
        for mapping in reversed(merged):
            value.update(mapping)
        value.update(explicit)
        return texts, value

    def block(self, depth: int, indent: int) -> tuple[str, Any]:
        """A node after 'key:' in block style (with its leading space or line break), and its value."""
        pad = " " * indent
        kind = self.draw(st.sampled_from(["flow", "literal", "map"] if depth < 3 else ["flow", "literal"]))
        if kind == "flow":
            text, value = self.flow(depth)
            return " " + text, value
        name = self.anchor()
        # The anchor on the key's line, and the node on the next ones.
        prefix = f" &{name}" if name else ""
        if kind == "literal":
            # No explicit indentation: it would read differently once cut out of its context.
            indicator = self.draw(st.sampled_from(["|", ">", "|-", ">+"]))
            value = yaml.safe_load(f"{indicator}\n  text\n  more\n")
            self.close(name, value)
            return f"{prefix} {indicator}\n{pad}  text\n{pad}  more", value
        lines, value = self.entries(depth, flow=False, indent=indent)
        self.close(name, value)
        return (prefix + "".join(f"\n{pad}{line}" for line in lines) if lines else prefix + " {}"), value


@st.composite
def documents(draw: Any) -> tuple[str, dict[str, Any]]:
    writer = _Writer(draw)
    # Anchored mappings first, as real files keep their defaults, so that merges have plenty to merge.
    head, defaults = [], {}
    for index in range(draw(st.integers(0, 3))):
        texts, value = writer.entries(2, flow=True)
        writer.close(f"d{index}", value)
        head.append(f"x-d{index}: &d{index} {{{', '.join(texts)}}}")
        defaults[f"x-d{index}"] = value
    lines, value = writer.entries(0, flow=False)
    value = {**defaults, **value}  # no generated key starts with "x-d"
    return "".join(line + "\n" for line in head + lines) or "{}\n", value

"""Write ``tjlint/schema/_fastcheck.py``: the schemas of the body kinds compiled to plain Python checks.

    python scripts/gen_fastcheck.py            # rewrite the module
    python scripts/gen_fastcheck.py --check    # exit 1 if it is out of date

A build tool, never imported by tjlint; the tests run it.

A compiled check answers one question, fast and without importing
jsonschema: does this document have no schema error at all? It follows the
validator of :mod:`tjlint.schema` (Draft 2020-12, where only ``int`` is an
integer and a bool is never a number; ``format`` is not asserted). Where it
cannot be sure (a key that is not a string) it answers False, and the caller
explains the failure (``tjlint/schema/_explain.py``, written by
``scripts/gen_explain.py`` from the same compiler, or jsonschema). A schema
that uses a keyword this compiler does not know is left out; its documents
always go to jsonschema.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from tjlint.ecma import to_python
from tjlint.model import escape as _escape

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
TARGET = ROOT / "tjlint" / "schema" / "_fastcheck.py"
_SUFFIX = ".schema.json"
#: tjlint's own settings schema is for editors: the settings are checked in Python, never by it.
_NOT_A_BODY = "tjlint-settings"

#: Keywords that do not constrain a value (annotations and structure).
_IGNORED = {
    "$schema", "$id", "$defs", "$comment", "$anchor", "title", "description", "default", "examples",
    "deprecated", "readOnly", "writeOnly", "format", "contentMediaType", "contentEncoding",
}
_TYPES = {
    "object": "isinstance({x}, dict)",
    "array": "isinstance({x}, list)",
    "string": "isinstance({x}, str)",
    "integer": "(isinstance({x}, int) and not isinstance({x}, bool))",
    "number": "(isinstance({x}, (int, float)) and not isinstance({x}, bool))",
    "boolean": "isinstance({x}, bool)",
    "null": "{x} is None",
}
_GROUPS = {
    "string": ("minLength", "maxLength", "pattern"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"),
    "array": ("items", "minItems", "maxItems"),
    "object": ("properties", "patternProperties", "additionalProperties", "required",
               "minProperties", "maxProperties", "dependentRequired", "propertyNames",
               "unevaluatedProperties"),
}
_ANY = ("enum", "const", "$ref", "allOf", "anyOf", "oneOf", "not", "if", "then", "else")
#: Keywords whose subschemas may evaluate properties (``unevaluatedProperties`` needs to see them).
_IN_PLACE = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")
_KNOWN = {k for group in _GROUPS.values() for k in group} | set(_ANY) | {"type"}


class Unsupported(Exception):
    """The schema uses a keyword (or a form of one) that this compiler does not translate."""


class Compiler:
    """Turns the schemas of one registry (keyed by ``$id``) into Python source."""

    def __init__(self, schemas: dict[str, dict[str, Any]]) -> None:
        self.by_id = {s["$id"]: s for s in schemas.values()}
        self.names: dict[tuple[str, str], str] = {}
        #: The schema node each function checks: its document URI, its fragment and the node.
        self.nodes: dict[str, tuple[str, str, Any]] = {}
        self.functions: list[str] = []
        self.constants: list[str] = []

    def function(self, base: str, where: str, node: Any) -> str:
        """The name of the function that checks ``node`` (at ``base#where``), compiling it once."""
        key = (base, where)
        if key in self.names:
            return self.names[key]
        if isinstance(node, dict) and "$ref" in node and set(node) - _IGNORED == {"$ref"}:
            self.names[key] = self.ref(base, node["$ref"])  # nothing but a reference: no wrapper
            return self.names[key]
        name = f"_c{len(self.names)}"
        self.names[key] = name
        self.nodes[name] = (base, where, node)
        body = self.body(base, where, node)
        head = f"def {name}(x: Any) -> bool:\n    # {base.rsplit('/', 1)[-1]}#{where}\n"
        self.functions.append(head + "".join(f"    {line}\n" for line in body))
        return name

    def constant(self, text: str, annotation: str = "") -> str:
        name = f"_k{len(self.constants)}"
        self.constants.append(f"{name}{annotation} = {text}")
        return name

    def target(self, base: str, ref: str) -> tuple[str, str, Any]:
        """The schema a ``$ref`` names: its document URI, its fragment and the node itself."""
        uri, _, fragment = urljoin(base, ref).partition("#")
        if uri not in self.by_id or (fragment and not fragment.startswith("/")):
            raise Unsupported(f"$ref {ref!r}")
        node: Any = self.by_id[uri]
        for token in filter(None, fragment.split("/")):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return uri, fragment, node

    def ref(self, base: str, ref: str) -> str:
        return self.function(*self.target(base, ref))

    def evaluated(self, base: str, node: Any) -> set[str]:
        """The property names that ``node`` evaluates, through ``$ref`` and ``allOf``.

        Only plain ``properties`` are understood: a schema that could evaluate
        other names (patterns, conditional subschemas with properties) is left
        to jsonschema.
        """
        if not isinstance(node, dict):
            return set()
        if "patternProperties" in node or node.get("additionalProperties", True) is not True:
            raise Unsupported("unevaluatedProperties next to patternProperties/additionalProperties")
        names = set(node.get("properties", {}))
        if "$ref" in node:
            uri, _, target = self.target(base, node["$ref"])
            names |= self.evaluated(uri, target)
        for sub in node.get("allOf", []):
            names |= self.evaluated(base, sub)
        for key in _IN_PLACE:
            if key != "allOf" and key in node and "properties" in json.dumps(node[key]):
                raise Unsupported(f"unevaluatedProperties with properties under {key!r}")
        return names

    def body(self, base: str, where: str, node: Any) -> list[str]:
        """Statements that return False on the first failing keyword, then True."""
        if node is True or node == {}:
            return ["return True"]
        if node is False:
            return ["return False"]
        if not isinstance(node, dict):
            raise Unsupported(f"schema at {where!r} is not an object")
        for key in node:
            if key not in _KNOWN and key not in _IGNORED and not key.startswith("x-"):
                raise Unsupported(f"keyword {key!r} at {where!r}")
        lines: list[str] = []
        types = node.get("type")
        if isinstance(types, str):
            types = [types]
        if types is not None:
            lines.append(f"if not ({' or '.join(_TYPES[t].format(x='x') for t in types)}):")
            lines.append("    return False")
        for group, keywords in _GROUPS.items():
            if not any(k in node for k in keywords):
                continue
            numeric = group == "number" and "integer" in types if types else False
            if types is not None and group not in types and not numeric:
                continue  # these keywords never apply to the allowed types
            checks = getattr(self, f"_{group}")(base, where, node)
            if types == [group] or (group == "number" and types == ["integer"]):
                lines.extend(checks)
            else:
                lines.append(f"if {_TYPES[group].format(x='x')}:")
                lines.extend("    " + c for c in checks)
        lines.extend(self._any(base, where, node))
        lines.append("return True")
        return lines

    def _string(self, base: str, where: str, node: dict[str, Any]) -> list[str]:
        out = []
        if "minLength" in node:
            out += [f"if len(x) < {int(node['minLength'])}:", "    return False"]
        if "maxLength" in node:
            out += [f"if len(x) > {int(node['maxLength'])}:", "    return False"]
        if "pattern" in node:
            python = to_python(node["pattern"])  # ECMA-262 meaning: '$' is the very end
            re.compile(python)
            search = self.constant(f"re.compile({python!r}).search")
            out += [f"if {search}(x) is None:", "    return False"]
        return out

    def _number(self, base: str, where: str, node: dict[str, Any]) -> list[str]:
        out = []
        for key, op in (("minimum", "<"), ("maximum", ">"), ("exclusiveMinimum", "<="),
                        ("exclusiveMaximum", ">=")):
            if key in node:
                limit = node[key]
                if isinstance(limit, bool) or not isinstance(limit, (int, float)):
                    raise Unsupported(f"{key} {limit!r}")
                out += [f"if x {op} {limit!r}:", "    return False"]
        return out

    def _array(self, base: str, where: str, node: dict[str, Any]) -> list[str]:
        out = []
        if "minItems" in node:
            out += [f"if len(x) < {int(node['minItems'])}:", "    return False"]
        if "maxItems" in node:
            out += [f"if len(x) > {int(node['maxItems'])}:", "    return False"]
        if "items" in node:
            item = self.function(base, f"{where}/items", node["items"])
            out += [f"if not all(map({item}, x)):", "    return False"]
        return out

    def _object(self, base: str, where: str, node: dict[str, Any]) -> list[str]:
        out = []
        required = node.get("required", [])
        if required:
            present = " and ".join(f"{k!r} in x" for k in required)
            out += [f"if not ({present}):", "    return False"]
        for key, op in (("minProperties", "<"), ("maxProperties", ">")):
            if key in node:
                out += [f"if len(x) {op} {int(node[key])}:", "    return False"]
        for key, needs in node.get("dependentRequired", {}).items():
            wanted = " and ".join(f"{n!r} in x" for n in needs) or "True"
            out += [f"if {key!r} in x and not ({wanted}):", "    return False"]
        if "propertyNames" in node:
            names = self.function(base, f"{where}/propertyNames", node["propertyNames"])
            out += [f"if not all(map({names}, x)):", "    return False"]
        if "unevaluatedProperties" in node:
            if node["unevaluatedProperties"] is not False:
                raise Unsupported("unevaluatedProperties other than false")
            names = "".join(f"    {n!r},\n" for n in sorted(self.evaluated(base, node)))
            known = self.constant("frozenset({\n" + names + "})")
            out += ["for k in x:", f"    if k not in {known}:", "        return False"]
        props = node.get("properties", {})
        patterns = node.get("patternProperties", {})
        extra = node.get("additionalProperties", True)
        if not props and not patterns and extra is True:
            return out
        table = self.constant("{\n" + "".join(
            f"    {k!r}: {self.function(base, f'{where}/properties/{_escape(k)}', v)},\n"
            for k, v in props.items()) + "}", ": dict[str, Callable[[Any], bool]]")
        out += ["for k, v in x.items():", f"    f = {table}.get(k)"]
        if patterns:
            return out + self._patterns(base, where, patterns, extra)
        if extra is False:
            return [*out, "    if f is None or not f(v):", "        return False"]
        if extra is not True:
            other = self.function(base, f"{where}/additionalProperties", extra)
            out += ["    if f is None:", f"        f = {other}"]
        return [*out, "    if f is not None and not f(v):", "        return False"]

    def _patterns(self, base: str, where: str, patterns: dict[str, Any], extra: Any) -> list[str]:
        pairs = self.constant("(\n" + "".join(
            f"    (re.compile({p!r}).search, "
            f"{self.function(base, f'{where}/patternProperties/{_escape(p)}', s)}),\n"
            for p, s in patterns.items()) + ")")
        out = ["    if not isinstance(k, str):", "        return False",
               "    if f is not None and not f(v):", "        return False",
               "    matched = f is not None",
               f"    for search, g in {pairs}:",
               "        if search(k) is not None:",
               "            matched = True",
               "            if not g(v):",
               "                return False"]
        if extra is False:
            out += ["    if not matched:", "        return False"]
        elif extra is not True:
            other = self.function(base, f"{where}/additionalProperties", extra)
            out += [f"    if not matched and not {other}(v):", "        return False"]
        return out

    def _any(self, base: str, where: str, node: dict[str, Any]) -> list[str]:
        out = []
        for key in ("enum", "const"):
            if key in node:
                values = node[key] if key == "enum" else [node[key]]
                if not all(isinstance(v, str) for v in values):
                    raise Unsupported(f"{key} with values that are not strings at {where!r}")
                choices = self.constant(f"frozenset({sorted(values)!r})")
                out += [f"if not (isinstance(x, str) and x in {choices}):", "    return False"]
        if "$ref" in node:
            out += [f"if not {self.ref(base, node['$ref'])}(x):", "    return False"]
        parts: dict[str, Callable[[list[str]], str]] = {
            "allOf": lambda fs: " and ".join(f"{f}(x)" for f in fs),
            "anyOf": lambda fs: " or ".join(f"{f}(x)" for f in fs),
            "oneOf": lambda fs: f"sum(({', '.join(f'{f}(x)' for f in fs)},)) == 1",
        }
        for key, join in parts.items():
            if key in node:
                fs = [self.function(base, f"{where}/{key}/{i}", s) for i, s in enumerate(node[key])]
                out += [f"if not ({join(fs)}):", "    return False"]
        if "not" in node:
            negated = self.function(base, f"{where}/not", node["not"])
            out += [f"if {negated}(x):", "    return False"]
        if "if" in node:
            out += self._conditional(base, where, node)
        return out

    def _conditional(self, base: str, where: str, node: dict[str, Any]) -> list[str]:
        """``if``/``then``/``else``: the branch that the ``if`` schema picks must hold."""
        test = self.function(base, f"{where}/if", node["if"])
        then = self.function(base, f"{where}/then", node["then"]) if "then" in node else None
        other = self.function(base, f"{where}/else", node["else"]) if "else" in node else None
        out = []
        if then is not None:
            out += [f"if {test}(x) and not {then}(x):", "    return False"]
        if other is not None:
            out += [f"if not {test}(x) and not {other}(x):", "    return False"]
        return out


def load(folder: Path = SCHEMAS) -> dict[str, dict[str, Any]]:
    """The schemas of the request bodies by name (``training-job-config``, ...)."""
    found = {p.name[: -len(_SUFFIX)]: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob(f"*{_SUFFIX}"))}
    return {name: schema for name, schema in found.items() if name != _NOT_A_BODY}


def compile_schemas(schemas: dict[str, dict[str, Any]]) -> tuple[Compiler, dict[str, str], list[str]]:
    """The compiler after compiling every schema it can, the check of each schema compiled (by
    name) and a comment line for each schema left out."""
    compiler = Compiler(schemas)
    checks: dict[str, str] = {}
    skipped = []
    for name, schema in schemas.items():
        mark = (len(compiler.names), len(compiler.functions), len(compiler.constants))
        try:
            checks[name] = compiler.function(schema["$id"], "", schema)
        except (Unsupported, KeyError, re.error) as exc:
            skipped.append(f"#   {name}: {exc}")
            for key in [k for k, v in compiler.names.items() if int(v[2:]) >= mark[0]]:
                del compiler.names[key]
            for function in [f for f in compiler.nodes if int(f[2:]) >= mark[0]]:
                del compiler.nodes[function]
            del compiler.functions[mark[1]:], compiler.constants[mark[2]:]
    return compiler, checks, skipped


def generate(schemas: dict[str, dict[str, Any]]) -> str:
    """The source of ``_fastcheck.py`` for these schemas."""
    compiler, checks, skipped = compile_schemas(schemas)
    entries = [f"    {name!r}: {function}," for name, function in checks.items()]
    head = [
        '"""Quick schema checks compiled from the schemas of the request bodies (schemas/*.schema.json).',
        "",
        "Generated: do not edit.",
        "Rewrite with ``python scripts/gen_fastcheck.py`` after changing a schema. ``is_valid``",
        "is True only when jsonschema would find no error; False means: explain the failure.",
        '"""',
        "",
        "# ruff: noqa: SIM102, SIM103, UP034, E501, E713",
        "from __future__ import annotations",
        "",
        "import re",
        "from collections.abc import Callable",
        "from typing import Any",
        "",
        *(["# Left to jsonschema (not compiled):", *skipped, ""] if skipped else []),
    ]
    functions = ["\n" + f for f in sorted(compiler.functions, key=lambda f: int(f[6:f.index("(")]))]
    tail = [
        "",
        *compiler.constants,
        "",
        "#: The compiled check of each bundled schema, by name.",
        "CHECKS: dict[str, Callable[[Any], bool]] = {",
        *entries,
        "}",
        "",
        "",
        "def is_valid(schema_name: str, document: Any) -> bool:",
        '    """True when ``document`` certainly meets the schema ``schema_name``."""',
        "    check = CHECKS.get(schema_name)",
        "    return check is not None and check(document)",
        "",
    ]
    return "\n".join(head) + "\n" + "\n".join(functions) + "\n" + "\n".join(tail)


def write(target: Path, text: str, argv: list[str]) -> int:
    """Rewrite ``target`` with ``text``, or with ``--check`` only say whether it is current."""
    if "--check" in argv:
        current = target.read_text("utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is out of date: run python scripts/gen{target.stem}.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


def main(argv: list[str]) -> int:
    """Rewrite the module, or with ``--check`` only say whether it is current."""
    return write(TARGET, generate(load()), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

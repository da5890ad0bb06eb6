"""Write ``tjlint/schema/_explain.py``: why a body fails its schema, compiled from the bundled schemas.

    python scripts/gen_explain.py            # rewrite the module
    python scripts/gen_explain.py --check    # exit 1 if it is out of date

A build tool, never imported by tjlint; the tests run it.

The compiled checks of :mod:`tjlint.schema._fastcheck` say only whether a body
meets its schema. For a body that does not, the functions written here list
the reasons as jsonschema's ``iter_errors`` lists them (Draft 2020-12 with
the validator of :mod:`tjlint.schema`): the same keywords, paths and schema
paths, keyword by keyword in the order the schema writes them, as
:class:`tjlint.schema.failures.Failure` records. One function per schema node,
beside the node's compiled check: a subschema is explained only where its
check fails, so the valid parts of a body cost one call each.

Where jsonschema iterates a set (the keys an object-valued
``additionalProperties`` checks), the keys are taken in the body's order.
A keyword (or a form of one) that is not translated leaves that schema to
jsonschema, as does a body the functions cannot be sure about (they raise
:class:`tjlint.schema.failures.Unsure`).
"""

from __future__ import annotations

import re
import sys
from typing import Any

from gen_fastcheck import _TYPES, ROOT, Compiler, Unsupported, _escape, compile_schemas, load, write

from tjlint.ecma import to_python

TARGET = ROOT / "tjlint" / "schema" / "_explain.py"

_SIZES = {"minLength": ("str", "<"), "maxLength": ("str", ">"), "minItems": ("list", "<"),
          "maxItems": ("list", ">"), "minProperties": ("dict", "<"), "maxProperties": ("dict", ">")}
_BOUNDS = {"minimum": "<", "maximum": ">", "exclusiveMinimum": "<=", "exclusiveMaximum": ">="}
#: Keywords without a validator of their own (``then``/``else`` are read by ``if``).
_SILENT = {"$schema", "$id", "$defs", "$comment", "$anchor", "title", "description", "default", "examples",
           "deprecated", "readOnly", "writeOnly", "format", "contentMediaType", "contentEncoding",
           "then", "else"}
_EXPLAIN = "Callable[[Any, Path, Path], Iterator[Failure]]"
#: One condition on the instance: a compiled check and the answer it must give.
Condition = tuple[str, bool]


class Explainer:
    """Writes the explaining function of each schema node that ``checks`` compiled."""

    def __init__(self, checks: Compiler) -> None:
        self.checks = checks
        self.done: set[str] = set()
        self.used: set[str] = set()
        self.functions: list[str] = []
        self.constants: list[str] = []
        self.pointers: list[tuple[str, str]] = []

    def explain(self, check: str) -> str:
        """The function that explains the node of the compiled check ``check``, written once."""
        name = "_x" + check[2:]
        if check in self.done:
            return name
        self.done.add(check)
        base, where, node = self.checks.nodes[check]
        head = f"def {name}(x: Any, p: Path, sp: Path) -> Iterator[Failure]:\n    # {base.rsplit('/', 1)[-1]}#{where}\n"
        lines = self.body(base, where, node)
        self.functions.append(head + "".join(f"    {line}\n" for line in lines))
        return name

    def check_of(self, base: str, where: str) -> str:
        """The compiled check of the subschema at ``base#where``."""
        check = self.checks.names.get((base, where))
        if check is None:
            raise Unsupported(f"no compiled check for {where!r}")
        self.used.add(check)
        return check

    def sub(self, base: str, where: str) -> tuple[str, str]:
        """The compiled check and the explaining function of the subschema at ``base#where``."""
        check = self.check_of(base, where)
        return check, self.explain(check)

    def ref(self, base: str, ref: str) -> tuple[str, str]:
        uri, fragment, node = self.checks.target(base, ref)
        if node is False and _false_cut(fragment) != ", sp":
            raise Unsupported(f"$ref to the false schema at {fragment!r}")
        return self.sub(uri, fragment)

    def constant(self, text: str, annotation: str = "") -> str:
        name = f"_k{len(self.constants)}"
        self.constants.append(f"{name}{annotation} = {text}")
        return name

    def body(self, base: str, where: str, node: Any) -> list[str]:
        if node is True or node == {}:
            return ["return iter(())"]
        if node is False:
            return [f"yield Failure(None, None, x, False, p{_false_cut(where)})"]
        if not isinstance(node, dict):
            raise Unsupported(f"schema at {where!r} is not an object")
        lines: list[str] = []
        for keyword, value in node.items():
            if keyword in _SILENT or keyword.startswith("x-"):
                continue
            if keyword in _SIZES:
                lines += self._size(keyword, value)
            elif keyword in _BOUNDS:
                lines += self._bound(keyword, value)
            elif (method := getattr(self, "_" + keyword.lstrip("$"), None)) is not None:
                lines += method(base, where, node, value)
            else:
                raise Unsupported(f"keyword {keyword!r} at {where!r}")
        if not lines:
            return ["return iter(())"]
        if any(re.search(r"\bn\b", line) for line in lines):  # the node, for the failures it reports
            self.pointers.append((base, where))
            lines.insert(0, f"n = _N[{len(self.pointers) - 1}]")
        return lines

    @staticmethod
    def record(keyword: str, note: str = "") -> str:
        """The expression of a failure of ``keyword`` (in the node ``n``) at this node."""
        return f"Failure({keyword!r}, n[{keyword!r}], x, n, p, sp + ({keyword!r},){', ' + note if note else ''})"

    def fail(self, keyword: str, note: str = "") -> str:
        return "yield " + self.record(keyword, note)

    def _type(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        types = [value] if isinstance(value, str) else value
        test = " or ".join(_TYPES[t].format(x="x") for t in types)
        return [f"if not {test if len(types) == 1 else f'({test})'}:", "    " + self.fail("type")]

    def _enum(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        if not all(isinstance(v, str) for v in value):
            raise Unsupported(f"enum with values that are not strings at {where!r}")
        choices = self.constant(f"frozenset({sorted(value)!r})", ": frozenset[str]")
        return [f"if not (isinstance(x, str) and x in {choices}):", "    " + self.fail("enum")]

    def _const(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        if not isinstance(value, str):
            raise Unsupported(f"const that is not a string at {where!r}")
        return [f"if not (isinstance(x, str) and x == {value!r}):", "    " + self.fail("const")]

    def _size(self, keyword: str, value: Any) -> list[str]:
        kind, op = _SIZES[keyword]
        return [f"if isinstance(x, {kind}) and len(x) {op} {int(value)}:", "    " + self.fail(keyword)]

    def _bound(self, keyword: str, value: Any) -> list[str]:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Unsupported(f"{keyword} {value!r}")
        number = _TYPES["number"].format(x="x")
        return [f"if {number} and x {_BOUNDS[keyword]} {value!r}:", "    " + self.fail(keyword)]

    def _pattern(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        python = to_python(value)  # ECMA-262 meaning, as tjlint.schema checks it
        re.compile(python)
        search = self.constant(f"re.compile({python!r}).search")
        return [f"if isinstance(x, str) and {search}(x) is None:", "    " + self.fail("pattern")]

    def _required(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        names = self.constant(repr(tuple(value)))
        return ["if isinstance(x, dict):", f"    for k in {names}:", "        if k not in x:",
                "            " + self.fail("required", "k")]

    def _dependentRequired(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        pairs = self.constant(repr(tuple((k, tuple(v)) for k, v in value.items())))
        return ["if isinstance(x, dict):", f"    for key, needs in {pairs}:", "        if key in x:",
                "            for k in needs:", "                if k not in x:",
                "                    " + self.fail("dependentRequired", "(k, key)")]

    def _properties(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        rows = "".join(f"    ({k!r}, {', '.join(self.sub(base, f'{where}/properties/{_escape(k)}'))}),\n"
                       for k in value)
        table = self.constant(f"(\n{rows})", f": tuple[tuple[str, Check, {_EXPLAIN}], ...]")
        return ["if isinstance(x, dict):", f"    for k, check, why in {table}:", "        if k in x:",
                "            v = x[k]", "            if not check(v):",
                "                yield from why(v, p + (k,), sp + ('properties', k))"]

    def _patternProperties(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        rows = "".join(f"    ({k!r}, re.compile({k!r}).search, "
                       f"{', '.join(self.sub(base, f'{where}/patternProperties/{_escape(k)}'))}),\n"
                       for k in value)
        table = self.constant(f"(\n{rows})")
        return ["if isinstance(x, dict):", f"    for pattern, search, check, why in {table}:",
                "        for k, v in x.items():", "            if not isinstance(k, str):",
                "                raise Unsure('a key that is not a string, beside patternProperties')",
                "            if search(k) is not None and not check(v):",
                "                yield from why(v, p + (k,), sp + ('patternProperties', pattern))"]

    def _additionalProperties(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        if value is True or value == {}:
            return []
        names = self.constant(f"frozenset({sorted(node.get('properties', {}))!r})", ": frozenset[str]")
        extra = f"k not in {names}"
        lines = ["if isinstance(x, dict):"]
        if node.get("patternProperties"):
            joined = self.constant(f"re.compile({'|'.join(node['patternProperties'])!r}).search")
            extra += f" and {joined}(k) is None"
            lines += ["    if not all(isinstance(k, str) for k in x):",
                      "        raise Unsure('a key that is not a string, beside patternProperties')"]
        if value is False:
            return [*lines, f"    extra = [k for k in x if {extra}]", "    if extra:",
                    "        " + self.fail("additionalProperties", "extra")]
        check, why = self.sub(base, f"{where}/additionalProperties")
        return [*lines, "    for k, v in x.items():", f"        if {extra} and not {check}(v):",
                f"            yield from {why}(v, p + (k,), sp + ('additionalProperties',))"]

    def _propertyNames(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        check, why = self.sub(base, f"{where}/propertyNames")
        return ["if isinstance(x, dict):", "    for k in x:", f"        if not {check}(k):",
                f"            yield from {why}(k, p, sp + ('propertyNames',))"]

    def _items(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        if "prefixItems" in node:
            raise Unsupported(f"prefixItems at {where!r}")
        if value is True or value == {}:
            return []
        if value is False:
            return ["if isinstance(x, list) and x:", "    " + self.fail("items")]
        check, why = self.sub(base, f"{where}/items")
        return ["if isinstance(x, list):", "    for i, v in enumerate(x):", f"        if not {check}(v):",
                f"            yield from {why}(v, p + (i,), sp + ('items',))"]

    def _ref(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        check, why = self.ref(base, value)
        return [f"if not {check}(x):", f"    yield from {why}(x, p, sp)"]

    def _allOf(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        lines = []
        for index in range(len(value)):
            check, why = self.sub(base, f"{where}/allOf/{index}")
            lines += [f"if not {check}(x):", f"    yield from {why}(x, p, sp + ('allOf', {index}))"]
        return lines

    def branches(self, base: str, where: str, keyword: str, count: int) -> tuple[list[str], str]:
        """The checks of the branches of ``anyOf``/``oneOf`` and the expression of their failures."""
        pairs = [self.sub(base, f"{where}/{keyword}/{i}") for i in range(count)]
        failures = ", ".join(f"*{why}(x, p, sp + ({keyword!r}, {i}))" for i, (_, why) in enumerate(pairs))
        return [check for check, _ in pairs], f"[{failures}]"

    def _anyOf(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        checks, failures = self.branches(base, where, "anyOf", len(value))
        return [f"if not ({' or '.join(f'{c}(x)' for c in checks)}):",
                f"    yield with_context({self.record('anyOf')}, {failures})"]

    def _oneOf(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        checks, failures = self.branches(base, where, "oneOf", len(value))
        return [f"ok = ({''.join(f'{c}(x), ' for c in checks)})", "if True not in ok:",
                f"    yield with_context({self.record('oneOf')}, {failures})",
                "elif ok.count(True) > 1:", "    first = ok.index(True)",
                "    " + self.fail("oneOf", "[*(i for i in range(first + 1, len(ok)) if ok[i]), first]")]

    def _not(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        check = self.check_of(base, f"{where}/not")
        return [f"if {check}(x):", "    " + self.fail("not")]

    def _if(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        test = self.check_of(base, f"{where}/if")
        lines = []
        for branch, wanted in (("then", ""), ("else", "not ")):
            if branch in node:
                check, why = self.sub(base, f"{where}/{branch}")
                lines += [f"if {wanted}{test}(x) and not {check}(x):",
                          f"    yield from {why}(x, p, sp + ({branch!r},))"]
        return lines

    def _unevaluatedProperties(self, base: str, where: str, node: dict[str, Any], value: Any) -> list[str]:
        if value is True or value == {}:
            return []
        if value is not False:
            raise Unsupported("unevaluatedProperties other than false")
        groups: dict[tuple[Condition, ...], set[str]] = {}
        for conditions, names in self.evaluated(base, where, node, frozenset()):
            groups.setdefault(tuple(sorted(set(conditions))), set()).update(names)
        known = self.constant(f"frozenset({sorted(groups.pop((), set()))!r})", ": frozenset[str]")
        lines = ["if isinstance(x, dict):", f"    known = {known}"]
        for conditions, names in groups.items():
            test = " and ".join(f"{'' if wanted else 'not '}{check}(x)" for check, wanted in conditions)
            lines += [f"    if {test}:", f"        known = known | {self.constant(f'frozenset({sorted(names)!r})')}"]
        return [*lines, "    extra = [k for k in x if k not in known]", "    if extra:",
                "        " + self.fail("unevaluatedProperties", "extra")]

    def evaluated(self, base: str, where: str, node: Any, seen: frozenset[tuple[str, str]]
                  ) -> list[tuple[tuple[Condition, ...], set[str]]]:
        """The property names ``node`` evaluates, each group with the checks it depends on.

        As jsonschema counts them: ``properties`` and ``$ref`` always, an ``allOf``/``anyOf``/
        ``oneOf`` branch when the body meets it, ``if`` with ``then`` or else ``else``.
        """
        if not isinstance(node, dict):
            return []
        for keyword in ("patternProperties", "dependentSchemas", "$dynamicRef"):
            if keyword in node:
                raise Unsupported(f"unevaluatedProperties with {keyword}")
        for keyword in ("additionalProperties", "unevaluatedProperties"):
            if node.get(keyword, False) is not False:
                raise Unsupported(f"unevaluatedProperties with {keyword} that is not false")
        out: list[tuple[tuple[Condition, ...], set[str]]] = [((), set(node.get("properties", {})))]
        if "$ref" in node:
            uri, fragment, target = self.checks.target(base, node["$ref"])
            if (uri, fragment) in seen:
                raise Unsupported("a recursive $ref under unevaluatedProperties")
            out += self.evaluated(uri, fragment, target, seen | {(uri, fragment)})
        for keyword in ("allOf", "oneOf", "anyOf"):
            for index, sub in enumerate(node.get(keyword, ())):
                out += self.given(base, f"{where}/{keyword}/{index}", sub, True, seen)
        if "if" in node:
            out += self.given(base, f"{where}/if", node["if"], True, seen)
            for branch, wanted in (("then", True), ("else", False)):
                if branch in node:
                    test = self.check_of(base, f"{where}/if")
                    inner = self.evaluated(base, f"{where}/{branch}", node[branch], seen)
                    out += [(((test, wanted), *c), names) for c, names in inner if names]
        return out

    def given(self, base: str, where: str, node: Any, wanted: bool, seen: frozenset[tuple[str, str]]
              ) -> list[tuple[tuple[Condition, ...], set[str]]]:
        """The names ``node`` evaluates, counted only when its own check gives ``wanted``."""
        inner = [(c, names) for c, names in self.evaluated(base, where, node, seen) if names]
        if not inner:
            return []
        check = self.check_of(base, where)
        return [(((check, wanted), *c), names) for c, names in inner]


def _false_cut(where: str) -> str:
    """The paths of a false schema's failure, given the paths its caller extended on the way in.

    jsonschema reports a false subschema at the paths of the keyword that holds it: the step
    into the subschema (a property name, an index) is not added.
    """
    parts = where.split("/")
    if len(parts) >= 3 and parts[-2] in ("properties", "patternProperties"):
        return "[:-1], sp[:-1]"
    if parts[-1] in ("additionalProperties", "items"):
        return "[:-1], sp"
    if (len(parts) >= 3 and parts[-2] in ("allOf", "anyOf", "oneOf")) or parts[-1] in ("then", "else"):
        return ", sp[:-1]"
    return ", sp"


def generate(schemas: dict[str, dict[str, Any]], checks_module: str = "tjlint.schema._fastcheck") -> str:
    """The source of ``_explain.py`` for these schemas (their checks imported from ``checks_module``)."""
    compiler, checks, skipped = compile_schemas(schemas)
    supported = {}
    for name, check in checks.items():
        try:
            Explainer(compiler).explain(check)
        except (Unsupported, KeyError, re.error) as exc:
            skipped.append(f"#   {name}: {exc}")
        else:
            supported[name] = check
    explainer = Explainer(compiler)  # one for all: the schemas share nodes
    entries = [f"    {name!r}: {explainer.explain(check)}," for name, check in supported.items()]
    functions = sorted(explainer.functions, key=lambda f: int(f[6:f.index("(")]))
    body = "".join("\n\n" + f for f in functions) + "\n\n" + "\n".join(explainer.constants)
    runtime = [n for n in ("Check", "Unsure", "with_context") if re.search(rf"\b{n}\b", body)]
    head = [
        '"""Explanations of schema failures, compiled from the schemas of the request bodies (schemas/*.schema.json).',
        "",
        "Generated: do not edit.",
        "Rewrite with ``python scripts/gen_explain.py`` after changing a schema. ``explain`` lists why a",
        "body fails its schema as jsonschema would (see scripts/gen_explain.py); None: ask jsonschema.",
        '"""',
        "",
        "# ruff: noqa: E501, RUF005",
        "from __future__ import annotations",
        "",
        *(["import re"] if "re.compile" in body else []),
        "from collections.abc import Callable, Iterable, Iterator, Mapping",
        "from typing import Any",
        "",
        f"from {checks_module} import (",
        *(f"    {c}," for c in sorted(explainer.used, key=lambda c: int(c[2:]))),
        ")",
        f"from tjlint.schema.failures import {', '.join(sorted(['Failure', 'Path', 'node_at', *runtime]))}",
        "",
        *(["# Left to jsonschema (not compiled):", *skipped, ""] if skipped else []),
    ]
    tail = [
        "",
        "",
        "#: The schema node each function reports, as (document URI, fragment): see ``bind``.",
        "_POINTERS: tuple[tuple[str, str], ...] = (",
        *(f"    ({uri!r}, {fragment!r})," for uri, fragment in explainer.pointers),
        ")",
        "_N: list[Any] = []",
        "",
        "#: The explaining function of each schema compiled, by name.",
        f"EXPLAIN: dict[str, {_EXPLAIN}] = {{",
        *entries,
        "}",
        "",
        "",
        "def bind(schemas: Iterable[Mapping[str, Any]]) -> None:",
        '    """Give the functions the schema nodes they report: those of ``schemas`` (keyed by ``$id``)."""',
        '    by_id = {s["$id"]: s for s in schemas}',
        "    _N[:] = [node_at(by_id[uri], fragment) for uri, fragment in _POINTERS]",
        "",
        "",
        "def explain(schema_name: str, document: Any) -> Iterator[Failure] | None:",
        '    """Why ``document`` fails the schema ``schema_name`` (call ``bind`` first); None: not compiled."""',
        "    function = EXPLAIN.get(schema_name)",
        "    return None if function is None else function(document, (), ())",
        "",
    ]
    return "\n".join(head) + body + "\n" + "\n".join(tail)


def main(argv: list[str]) -> int:
    """Rewrite the module, or with ``--check`` only say whether it is current."""
    return write(TARGET, generate(load()), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The shape of the package: one direction of imports, one way to make a diagnostic, explicit kinds.

The import graph is read from the source with ``ast``: every ``import`` in
``tjlint/``, at module level and inside functions, except those under
``if TYPE_CHECKING:`` (they never run). ``from tjlint import x`` is an edge to
``tjlint.x`` when that is a module, else to the package.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tjlint"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(path: Path) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement that can run, and whether it is inside a function."""

    def walk(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child.test):
                for other in child.orelse:
                    yield from walk(ast.Module([other], []), in_function)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, in_function
            yield from walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), False)


def targets(module: str, statement: ast.Import | ast.ImportFrom) -> set[str]:
    """The modules of tjlint that one import statement loads."""
    if isinstance(statement, ast.Import):
        return {a.name for a in statement.names if a.name in MODULES}
    base = statement.module or ""
    if statement.level:
        package = module.split(".") if MODULES[module].name == "__init__.py" else module.split(".")[:-1]
        package = package[: len(package) - statement.level + 1]
        base = ".".join([*package, *([statement.module] if statement.module else [])])
    found = set()
    for alias in statement.names:
        name = f"{base}.{alias.name}"
        if name in MODULES:
            found.add(name)
        elif base in MODULES:
            found.add(base)
    return found


def graph() -> dict[str, set[str]]:
    return {m: {t for s, _ in imports(p) for t in targets(m, s)} - {m} for m, p in MODULES.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read_from_every_module() -> None:
    edges = graph()
    assert "tjlint.engine" in edges["tjlint.api"]
    assert "tjlint.read.yamlreader" in edges["tjlint.read"]  # an import inside a function counts
    assert "tjlint.catalog" not in edges["tjlint.model"]  # one under TYPE_CHECKING does not


def test_cycles_are_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert cycles(graph()) == []


def test_the_core_imports_nothing_above_it() -> None:
    """The model, the codes and the kinds sit under everything: readers, schema, rules, engine."""
    edges = graph()
    assert edges["tjlint.model"] == set()
    assert edges["tjlint.codes"] == set()
    assert edges["tjlint.kinds"] <= {"tjlint.kind_notes", "tjlint.model", "tjlint.schemafiles"}


def test_imports_inside_functions_say_why() -> None:
    """A late import is there to keep start-up fast, and says so; never to dodge a cycle."""
    unexplained = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for statement, in_function in imports(path):
            if in_function and "#" not in lines[statement.lineno - 1]:
                unexplained.append(f"{module}:{statement.lineno}")
    assert unexplained == []


def _calls(name: str) -> Iterator[tuple[str, ast.Call]]:
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
                yield module, node


def test_diagnostics_are_made_in_one_place() -> None:
    # The results cache's codec only restores, field by field, diagnostics the engine made.
    assert {module for module, _ in _calls("Diagnostic")} == {"tjlint.engine", "tjlint.cache.codec"}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("tjlint.rules.")))
def test_every_built_in_rule_names_its_kinds(module: str) -> None:
    for found, call in _calls("Rule"):
        if found == module:
            assert "kinds" in {k.arg for k in call.keywords}, f"{module}:{call.lineno}"


RULE_TESTS = Path(__file__).resolve().parent / "rules"


def _rule_modules() -> set[str]:
    """The modules of tjlint.rules that define rules (a top-level ``RULES``)."""
    found = set()
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                 for t in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(t, ast.Name)}
        if module.startswith("tjlint.rules.") and "RULES" in names:
            found.add(module.rsplit(".", 1)[1])
    return found


def test_rule_modules_and_their_tests_mirror_each_other() -> None:
    """``tjlint/rules/X.py`` is tested in ``tests/rules/test_X.py`` or ``test_X_ASPECT.py``."""
    modules = _rule_modules() | {"v2_shared"}  # the v2 side of shared rules has checks of its own
    tests = {p.stem[len("test_"):] for p in RULE_TESTS.glob("test_*.py")} - {"builtin_rules"}

    def tested_in(test: str, module: str) -> bool:
        return test == module or test.startswith(module + "_")

    assert all(any(tested_in(t, m) for t in tests) for m in modules), sorted(modules)
    assert all(any(tested_in(t, m) for m in modules) for t in tests), sorted(tests)


def test_every_rule_test_module_builds_on_the_shared_base_bodies() -> None:
    for path in RULE_TESTS.glob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        shared = {a.name for node in tree.body if isinstance(node, ast.ImportFrom) and node.module == "rule_helpers"
                  for a in node.names}
        assert shared & {"BASE", "BUILT_IN", "from_base", "V2_BASE", "V2_HEAD", "V2_SPEC"}, path.name

"""Layering rules that import-linter cannot express: checked on the source (AST).

Each test names the move it guards, so a module that drifts back fails here with the
place to look at.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "retention_desktop"
UI = PACKAGE / "ui"

# Calls that run SQL or take a database connection/cursor.
_SQL_CALLS = {"execute", "executemany", "cursor", "fetchall", "fetchone", "fetchdf", "sql"}


def _sources(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_the_ui_runs_no_sql():
    """Every query (reads and the segment writes) lives in core; the UI submits those
    functions to the runner (``core/store/queries.py`` was ``ui/queries.py``)."""
    offenders = []
    for path, tree in _sources(UI):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name = node.func.attr
            target = node.func.value
            is_store_write = (name == "write" and isinstance(target, ast.Attribute | ast.Name)
                              and (getattr(target, "attr", None) or getattr(target, "id", ""))
                              .endswith("store"))
            if name in _SQL_CALLS or is_store_write:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} .{name}()")
    assert offenders == []


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def core_import_graph() -> dict[str, dict[str, int]]:
    """``{module: {imported core module: line}}`` over ``retention_desktop/core``, counting
    every import statement (module level, inside functions, under ``TYPE_CHECKING``): a
    deferred import only hides a cycle, it does not remove it."""
    paths = {_module_name(p): p for p in (PACKAGE / "core").rglob("*.py")}
    graph: dict[str, dict[str, int]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        edges: dict[str, int] = {}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative import
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                # ``from pkg import mod`` imports the module, ``from mod import name`` the module
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base
                           for a in node.names]
            for target in targets:
                if target in paths and target != name:
                    edges.setdefault(target, node.lineno)
        graph[name] = edges
    return graph


def import_cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


def test_cycle_finder_finds_a_cycle_and_only_cycles():
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1, "d": 1}, "d": {}, "e": {"d": 1}}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b": 1}, "b": {}}) == []


def test_no_import_cycles_inside_core():
    """kpis <-> second_order <-> overview, importer options -> roles -> values -> options,
    abtest from_data <-> plans and store project <-> space were cycles: none comes back."""
    graph = core_import_graph()
    assert "retention_desktop.core.engine.kpis" in graph  # the walk sees the engine
    found = [
        " -> ".join(cycle) + "  (" + "; ".join(
            f"{a.rsplit('.', 1)[-1]}:{graph[a][b]} imports {b.rsplit('.', 1)[-1]}"
            for a in cycle for b in cycle if b in graph[a]) + ")"
        for cycle in import_cycles(graph)
    ]
    assert found == []


def test_one_jalali_conversion():
    """``core/calendar.py`` is the only Gregorian<->Jalali conversion (the importer had a
    second one in ``importer/values.py``): no other module defines a Jalali function."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}"
        for path, tree in _sources(PACKAGE) if path != PACKAGE / "core" / "calendar.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(word in node.name.lower() for word in ("jalali", "shamsi", "persian_date"))
    ]
    assert offenders == []

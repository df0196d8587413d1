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

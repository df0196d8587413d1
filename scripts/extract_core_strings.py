"""Collect the user-visible strings of the Qt-free core for Qt Linguist.

The core cannot call ``tr()``. It marks strings with ``retention_desktop.core.i18n.tr_noop``
and registers metric definition cards; this script finds both and writes a Python file of
``QT_TRANSLATE_NOOP(context, text)`` calls that ``pyside6-lupdate`` reads. The UI shows
these strings through ``retention_desktop.ui.i18n.tr_core(text, context)``.

Usage: ``python scripts/extract_core_strings.py OUTPUT.py`` (run from the repository root).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "retention_desktop"
CORE = PACKAGE / "core"
# Card fields shown to users (key and unit are identifiers).
CARD_FIELDS = ("name", "formula", "denominator", "window", "description")
# Labels the core defines as data and the UI shows: (module, attribute, field or None).
CORE_LABELS = (
    ("retention_desktop.core.clv.rfm", "SEGMENTS", None),
    ("retention_desktop.core.clv.rfm", "SEGMENT_RULES", "description"),
    ("retention_desktop.core.clv.stages", "STAGES", None),
    ("retention_desktop.core.clv.stages", "NOT_YET", None),
)


def marked_strings(core: Path = CORE) -> list[tuple[str, str]]:
    """``(context, text)`` of every ``tr_noop("text"[, "context"])`` with literal arguments."""
    found: list[tuple[str, str]] = []
    for path in sorted(core.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name != "tr_noop" or not node.args:
                continue
            text = node.args[0]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            context = "core"
            ctx_node = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "context"), None)
            if isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str):
                context = ctx_node.value
            found.append((context, text.value))
    return found


def _translate_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return QCoreApplication.translate("ctx", text)`` -> {f: ctx}."""
    out: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate"
                    and call.args and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)):
                out[node.name] = call.args[0].value
                break
    return out


def wrapper_strings(package: Path = PACKAGE) -> list[tuple[str, str]]:
    """Literal calls of module-level translate wrappers (``tr_core("New")``), which lupdate
    misses or files under an empty context."""
    found: list[tuple[str, str]] = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        wrappers = _translate_wrappers(tree)
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in wrappers and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((wrappers[node.func.id], node.args[0].value))
    return found


def fstring_tr_strings(package: Path = PACKAGE) -> list[tuple[str, str]]:
    """``self.tr("...")`` inside f-strings (lupdate does not look there), with the enclosing
    class as context — the context PySide's ``tr`` uses at run time."""
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, cls: str, in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if (in_fstring and isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "tr"
                and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            found.append((cls, node.args[0].value))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, in_fstring)

    for path in sorted(package.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), "", False)
    return found


def label_strings() -> list[tuple[str, str]]:
    """Labels the core keeps as data (segment and stage names...), context ``core``."""
    import importlib

    sys.path.insert(0, str(ROOT))
    out: list[tuple[str, str]] = []
    for module, attr, field in CORE_LABELS:
        try:
            value = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue
        items = value if isinstance(value, (tuple, list)) else [value]
        for item in items:
            text = getattr(item, field) if field else item
            if isinstance(text, str) and text.strip():
                out.append(("core", text))
                if not field and text[:1].islower():
                    out.append(("core", text[:1].upper() + text[1:]))  # shown capitalised too
    return out


def definition_strings() -> list[tuple[str, str]]:
    """``("definitions", text)`` for every field of every registered definition card."""
    sys.path.insert(0, str(ROOT))
    try:
        from retention_desktop.core.engine import definitions
    except ImportError:
        return []
    import importlib

    cards: list[dict] = [c.to_dict() if hasattr(c, "to_dict") else vars(c)
                         for c in definitions.all_definitions()]
    # Areas that keep their cards as plain data (``CARDS``) before registering them.
    for name in getattr(definitions, "EXTERNAL_CARD_MODULES", ()):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        cards.extend(c for c in getattr(module, "CARDS", ()) if isinstance(c, dict))
    out: list[tuple[str, str]] = []
    for card in cards:
        for field in (*CARD_FIELDS, "notes"):
            text = card.get(field, "")
            if isinstance(text, str) and text.strip() and text.strip() not in ("-", "—"):
                out.append(("definitions", text))
    return out


def render(strings: list[tuple[str, str]]) -> str:
    """A lupdate-readable Python module listing the strings (deduplicated, stable order)."""
    seen: set[tuple[str, str]] = set()
    lines = [
        '"""Generated by scripts/extract_core_strings.py for pyside6-lupdate. Do not edit."""',
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = [",
    ]
    for context, text in strings:
        if (context, text) in seen:
            continue
        seen.add((context, text))
        lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),")
    lines.append("]")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: extract_core_strings.py OUTPUT.py\n")
        return 2
    strings = (marked_strings() + wrapper_strings() + fstring_tr_strings()
               + definition_strings() + label_strings())
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(strings), encoding="utf-8")
    print(f"{len(set(strings))} core strings -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Guard: no signal argument may land in a parameter that was not written for it.

``QPushButton.clicked`` emits ``checked`` (False), ``QAction.triggered`` emits ``checked``,
``QComboBox.currentIndexChanged`` emits the index. Connected straight to a Python method
with parameters, PySide6 passes the argument into the first of them, even one with a
default: ``compute_button.clicked.connect(self.compute)`` with
``def compute(self, higher_is_better=None)`` computed "higher is better = False" and
showed the opposite A/B verdict (issue 14).

This test reads every ``.connect(...)`` in ``retention_desktop/ui`` (no Qt needed) and
fails when a parameter would receive a signal argument it was not meant for.

The convention a slot follows to receive a signal's argument on purpose:

- the parameter's name says what it receives (``RECEIVER_NAMES``: ``checked``,
  ``index``, ``text``, ``value``, ...), or it starts with ``_`` (received and ignored),
  or it is ``*args``;
- for the project's own signals (``Signal(...)`` declared in ``ui/``) a *required*
  parameter is a receiver (the signal was written to feed it); a parameter with a
  default is not;
- anything else needs an entry in ``ALLOWED`` with the reason.

Otherwise connect a lambda without parameters (``lambda: self.compute()``) or a method
without parameters. Connections made through a helper that forwards its argument to
``.connect`` (``MainWindow._action(menu, text, slot)``) are followed to their call sites.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "retention_desktop" / "ui"

# Arguments of Qt's built-in signals the UI uses (upper bound where overloads differ;
# QShortcut.activated carries none but is counted like QComboBox.activated).
QT_SIGNAL_ARITY = {
    "clicked": 1, "toggled": 1, "triggered": 1, "activated": 1, "pressed": 1,
    "released": 1, "doubleClicked": 1, "entered": 1,
    "currentIndexChanged": 1, "currentTextChanged": 1, "currentChanged": 2,
    "currentRowChanged": 1, "currentItemChanged": 2, "currentCellChanged": 4,
    "valueChanged": 1, "sliderMoved": 1, "rangeChanged": 2,
    "textChanged": 1, "textEdited": 1, "dateChanged": 1, "timeChanged": 1,
    "dateTimeChanged": 1, "stateChanged": 1, "checkStateChanged": 1,
    "itemChanged": 1, "itemClicked": 2, "itemDoubleClicked": 2, "itemActivated": 2,
    "cellClicked": 2, "cellChanged": 2, "cellDoubleClicked": 2,
    "itemSelectionChanged": 0, "selectionChanged": 2, "sectionClicked": 1,
    "sortIndicatorChanged": 2, "customContextMenuRequested": 1,
    "finished": 1, "accepted": 0, "rejected": 0, "timeout": 0, "editingFinished": 0,
    "returnPressed": 0, "aboutToShow": 0, "aboutToHide": 0, "hovered": 1,
    "linkActivated": 1, "linkHovered": 1, "paintRequested": 1, "buttonClicked": 1,
    "idClicked": 1, "destroyed": 1,
    # pyqtgraph
    "sigClicked": 3, "sigMouseClicked": 1, "sigMouseMoved": 1, "sigRangeChanged": 2,
}

# Parameter names that say "I receive the signal's value".
RECEIVER_NAMES = {
    "checked", "on", "visible", "enabled", "state", "index", "row", "column", "value",
    "text", "date", "item", "current", "previous", "pos", "point", "event", "ev",
    "action", "result", "code", "error", "busy", "fraction", "points", "printer",
}

# (module relative to ui/, "Class.method") -> why the argument it receives is meant.
ALLOWED: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Problem:
    """One connection whose signal argument lands in a parameter not meant for it."""

    where: str
    signal: str
    slot: str
    parameter: str

    def __str__(self) -> str:
        return (f"{self.where}: {self.signal} -> {self.slot}: the signal's argument lands in "
                f"parameter '{self.parameter}'")


def _params(fn) -> tuple[list[ast.arg], int, bool]:
    """(positional parameters without self, number with defaults, has *args)."""
    args = list(fn.args.posonlyargs) + list(fn.args.args)
    if args and args[0].arg in ("self", "cls") and not isinstance(fn, ast.Lambda):
        args = args[1:]
    return args, len(fn.args.defaults), fn.args.vararg is not None


class _Index:
    """Classes, methods, declared signals and connect-forwarding helpers of a package."""

    def __init__(self, trees: dict[str, ast.Module]) -> None:
        self.trees = trees
        self.classes: dict[str, tuple[str, ast.ClassDef]] = {}
        self.methods: dict[str, list[tuple[str, str, ast.FunctionDef]]] = {}
        self.project_signals: dict[str, int] = {}
        self.forwarders: dict[str, tuple[int, str]] = {}  # helper -> (arg index, signal)
        for mod, tree in trees.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.classes[node.name] = (mod, node)
                    for item in node.body:
                        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                            self.methods.setdefault(item.name, []).append((mod, node.name, item))
                        if (isinstance(item, ast.Assign) and isinstance(item.value, ast.Call)
                                and getattr(item.value.func, "id", None) == "Signal"):
                            for target in item.targets:
                                if isinstance(target, ast.Name):
                                    self.project_signals[target.id] = max(
                                        len(item.value.args),
                                        self.project_signals.get(target.id, 0))
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self._find_forwarder(node)

    def _find_forwarder(self, fn) -> None:
        names = [a.arg for a in list(fn.args.posonlyargs) + list(fn.args.args)]
        for call in ast.walk(fn):
            sig = _connected_signal(call)
            if sig and call.args and isinstance(call.args[0], ast.Name) \
                    and call.args[0].id in names:
                index = names.index(call.args[0].id)
                if names and names[0] == "self":
                    index -= 1
                self.forwarders[fn.name] = (index, sig)

    def arity(self, signal: str) -> int:
        """Arguments the signal can carry (project signals: as declared)."""
        if signal in self.project_signals:
            return max(self.project_signals[signal], QT_SIGNAL_ARITY.get(signal, 0))
        return QT_SIGNAL_ARITY.get(signal, 1)  # unknown: assume it carries one

    def resolve(self, target: ast.expr, cls: str | None) -> list[tuple[str, str, object]]:
        """Python functions a connect target may be (empty: a Qt method or a signal)."""
        if isinstance(target, ast.Lambda):
            return [("", "lambda", target)]
        if not isinstance(target, ast.Attribute):
            return []
        name = target.attr
        if isinstance(target.value, ast.Name) and target.value.id == "self" and cls:
            found = self._in_class(cls, name, set())
            if found is not None:
                return [found]
            if name in self.project_signals:
                return []
        if name in self.project_signals:
            return []  # signal-to-signal
        return [(m, f"{c}.{name}", fn) for m, c, fn in self.methods.get(name, [])]

    def _in_class(self, cls: str, name: str, seen: set) -> tuple | None:
        if cls in seen or cls not in self.classes:
            return None
        seen.add(cls)
        mod, node = self.classes[cls]
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == name:
                return (mod, f"{cls}.{name}", item)
        for base in node.bases:
            base_name = getattr(base, "id", None) or getattr(base, "attr", None)
            if base_name:
                found = self._in_class(base_name, name, seen)
                if found is not None:
                    return found
        return None


def _connected_signal(node) -> str | None:
    """``x.<signal>.connect(...)`` -> ``<signal>``."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "connect" and isinstance(node.func.value, ast.Attribute)):
        return node.func.value.attr
    return None


def _problems_for(index: _Index, signal: str, target, cls, where: str) -> list[Problem]:
    arity = index.arity(signal)
    if arity == 0:
        return []
    out = []
    for mod, qualname, fn in index.resolve(target, cls):
        if (mod, qualname) in ALLOWED:
            continue
        params, n_defaults, _vararg = _params(fn)
        first_default = len(params) - n_defaults
        for i, param in enumerate(params[:arity]):
            name = param.arg
            if name.startswith("_") or name in RECEIVER_NAMES:
                continue
            if signal in index.project_signals and i < first_default:
                continue  # required parameter of a slot written for this signal
            out.append(Problem(where, signal, qualname, name))
    return out


def find_problems(sources: dict[str, str]) -> list[Problem]:
    """Every connection in ``sources`` (module name -> code) that breaks the rule."""
    trees = {mod: ast.parse(code) for mod, code in sources.items()}
    index = _Index(trees)
    problems: list[Problem] = []
    for mod, tree in trees.items():
        for cls_node in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree.body if cls_node is None else cls_node.body
            cls = None if cls_node is None else cls_node.name
            for stmt in body:
                if cls_node is None and isinstance(stmt, ast.ClassDef):
                    continue
                for node in ast.walk(stmt):
                    if not isinstance(node, ast.Call):
                        continue
                    where = f"{mod}:{node.lineno}"
                    signal = _connected_signal(node)
                    if signal and node.args:
                        problems += _problems_for(index, signal, node.args[0], cls, where)
                        continue
                    helper = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                    if helper in index.forwarders:
                        pos, signal = index.forwarders[helper]
                        if pos < len(node.args):
                            problems += _problems_for(index, signal, node.args[pos], cls, where)
    return problems


def _ui_sources() -> dict[str, str]:
    return {str(p.relative_to(UI)): p.read_text(encoding="utf-8") for p in UI.rglob("*.py")}


def test_no_signal_argument_lands_in_a_parameter_not_meant_for_it():
    problems = find_problems(_ui_sources())
    assert not problems, "\n".join(map(str, problems))


def test_allow_list_names_existing_methods():
    index = _Index({m: ast.parse(s) for m, s in _ui_sources().items()})
    for mod, qualname in ALLOWED:
        cls, name = qualname.split(".")
        assert index._in_class(cls, name, set()) is not None, (mod, qualname)


# The guard itself must catch the bug of issue 14 and its relatives.
BAD = {
    "a.py": textwrap.dedent('''
        class Page(QWidget):
            def __init__(self):
                self.button.clicked.connect(self.compute)
                self.combo.currentIndexChanged.connect(self.redraw)
                self.check.toggled.connect(lambda x=1: self.redraw(x))
                self._action(menu, "New", self.new_project)
            def _action(self, menu, text, slot):
                act = QAction(text, self)
                act.triggered.connect(slot)
            def compute(self, higher_is_better=None):
                pass
            def redraw(self, force=False):
                pass
            def new_project(self, then=None):
                pass
    '''),
}
GOOD = {
    "b.py": textwrap.dedent('''
        class Page(QWidget):
            picked = Signal(str, str)
            def __init__(self):
                self.button.clicked.connect(lambda: self.compute())
                self.button.clicked.connect(self.refresh)
                self.combo.currentIndexChanged.connect(self._index_changed)
                self.check.toggled.connect(self.editor.setVisible)
                self.check.toggled.connect(lambda _checked=False, i=3: self.go(i))
                self.picked.connect(self.show_pair)
                self.timer.timeout.connect(self.compute)
                self._action(menu, "Refresh", self.refresh)
            def _action(self, menu, text, slot):
                QAction(text, self).triggered.connect(slot)
            def compute(self, higher_is_better=None):
                pass
            def refresh(self, *_args):
                pass
            def _index_changed(self, index):
                pass
            def show_pair(self, a, b):
                pass
    '''),
}


def test_guard_catches_the_known_bad_patterns():
    found = {(p.slot, p.parameter) for p in find_problems(BAD)}
    assert found == {("Page.compute", "higher_is_better"), ("Page.redraw", "force"),
                     ("lambda", "x"), ("Page.new_project", "then")}


def test_guard_accepts_the_documented_conventions():
    assert find_problems(GOOD) == []


@pytest.mark.parametrize("signal", ["clicked", "triggered", "toggled", "activated",
                                    "currentIndexChanged"])
def test_issue_signals_carry_an_argument(signal):
    assert QT_SIGNAL_ARITY[signal] >= 1

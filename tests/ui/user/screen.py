"""Reading back what the screen shows, as a user would, and asking the CLI the same question.

The user-level tests compare the numbers a shop owner *reads* (localised digits, ``٬``
``٫`` ``٪``, a currency name, bidi marks) with what ``retention-desktop ... --json`` says
for the same project, filter and language. The parser uses nothing of the widgets' own
formatting but its documented inverse (``formatting.to_latin_digits``) and the display
currency's factor (Rial <-> Toman), so a wrong number on screen cannot be explained away
by the test's parser; it compares at the precision the text shows.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import re
from collections.abc import Iterable

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from retention_desktop.core import formatting
from retention_desktop.ui import i18n

# one number as it is written after to_latin_digits: 1,234.5 / 1٬234٫5 / -12 / 42%
_NUMBER = re.compile(r"[-\u2212]?\d[\d,\u066c\u00a0]*(?:[.\u066b]\d+)?\s*[%\u066a]?")


class Shown:
    """A number read off the screen: its value, its decimals and whether it is a percent."""

    def __init__(self, text: str, *, raw: str | None = None) -> None:
        self.text = text
        if raw is None:
            found = _NUMBER.findall(formatting.to_latin_digits(text))
            if len(found) != 1:
                raise AssertionError(f"expected one number in {text!r}, found {found}")
            raw = found[0]
        self.raw = raw = raw.strip()
        self.percent = raw.endswith(("%", "\u066a"))
        raw = raw.rstrip("%\u066a").strip().replace("\u2212", "-")
        raw = raw.replace(",", "").replace("\u066c", "").replace("\u00a0", "")
        raw = raw.replace("\u066b", ".")
        self.decimals = len(raw.split(".")[1]) if "." in raw else 0
        self.value = float(raw)

    def __repr__(self) -> str:  # pragma: no cover - shown in assertion messages
        return f"Shown({self.text!r} -> {self.value})"


def numbers(text: str) -> list[Shown]:
    """Every number in a displayed text, in logical order."""
    return [Shown(text, raw=raw) for raw in _NUMBER.findall(formatting.to_latin_digits(text))]


def equals_at_shown_precision(text: str, engine_value, *, percent: bool | None = None,
                              money: bool = False) -> bool:
    """Whether ``text`` shows ``engine_value`` rounded to the decimals the text shows.

    Parameters
    ----------
    text : str
        The displayed text (any digits, separators, currency, bidi marks).
    engine_value : float or None
        The CLI's value: a 0..1 ratio for percentages, an amount in the data's currency.
        ``None`` must be shown as a dash.
    percent : bool, optional
        Expect a percentage (default: whatever the text shows).
    money : bool
        Scale by the display currency (Rial <-> Toman toggle) first.
    """
    if engine_value is None or (isinstance(engine_value, float) and math.isnan(engine_value)):
        return formatting.to_latin_digits(text).strip() in ("—", "-", "")
    shown = Shown(text)
    if percent is not None and shown.percent != percent:
        return False
    value = float(engine_value)
    if shown.percent:
        value *= 100.0
    if money:
        value *= formatting.money_scale()[0]
    # round half away from zero like Python's format (banker's cases differ by one ulp)
    expected = float(f"{value:.{shown.decimals}f}")
    return abs(expected - shown.value) <= 10 ** -shown.decimals * 0.5 + 1e-9


def cli_json(argv: list[str]) -> dict:
    """Run ``retention-desktop ARGV --json`` in-process and return the parsed output."""
    from retention_desktop.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*argv, "--json"])
    assert code == 0, f"CLI {' '.join(argv)} failed with exit code {code}"
    return json.loads(out.getvalue())


def cli_filter_args(spec) -> list[str]:
    """The CLI options of the filter bar's filter (dimensions, stage, segment, products)."""
    args: list[str] = []
    for col, values in spec.include:
        for value in values:
            args += ["--where", f"{col}={value}"]
    if spec.lifecycle_stage:
        args += ["--stage", spec.lifecycle_stage]
    if spec.rfm_segment:
        args += ["--segment", spec.rfm_segment]
    for key in getattr(spec, "first_product", ()):
        args += ["--first-product", key]
    for key in getattr(spec, "bought_product", ()):
        args += ["--bought-product", key]
    return args


# ------------------------------------------------------------------ acting like a user
def click_tab(tabs, widget: QWidget) -> None:
    """Click the tab of ``widget`` on the tab bar, as a user does."""
    bar: QTabBar = tabs.tabBar()
    index = tabs.indexOf(widget)
    assert index >= 0 and bar.isVisible()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def wait_idle(ctx, qtbot, tab=None, timeout_ms: int = 60_000) -> None:
    """Let the debounced filter apply, every background job finish and ``tab`` draw all
    of its steps (a result is drawn one chart per event-loop turn)."""
    for _ in range(2):
        qtbot.wait(10)
        assert ctx.runner.wait_idle(timeout_ms)
        QApplication.processEvents()
        if tab is not None and hasattr(tab, "pending_steps"):
            qtbot.waitUntil(lambda: tab.pending_steps() == 0, timeout=timeout_ms)


def table_texts(view) -> list[list[str]]:
    """Every cell of a QTableView as displayed (DisplayRole), in view order."""
    model = view.model()
    return [[str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
             for c in range(model.columnCount())] for r in range(model.rowCount())]


def header_texts(view) -> list[str]:
    """The horizontal header texts of a QTableView."""
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for c in range(model.columnCount())]


def mismatches(pairs: Iterable[tuple[str, str, object, dict]]) -> list[str]:
    """``(where, shown text, engine value, options)`` -> readable list of disagreements."""
    local = formatting.current_locale().digits != "latin"
    bad = []
    for where, text, value, opts in pairs:
        if not equals_at_shown_precision(text, value, **opts):
            bad.append(f"{where}: screen {text!r} vs engine {value!r}")
        elif local and any(ch in "0123456789" for ch in text):
            bad.append(f"{where}: {text!r} is not in the reader's digits")
    return bad


# ------------------------------------------------------------------ the window
@pytest.fixture
def window_in(qapp, qtbot):
    """A shown main window in a language; the application is put back afterwards."""
    saved_loc, saved_font = formatting.current_locale(), qapp.font()
    made = []

    def make(lang: str):
        from retention_desktop.ui.context import AppContext
        from retention_desktop.ui.mainwindow import MainWindow
        from retention_desktop.ui.prefs import Prefs

        i18n.setup_i18n(qapp, lang)
        ctx = AppContext()
        window = MainWindow(ctx, Prefs())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        made.append((ctx, window))
        return window

    yield make
    for ctx, window in made:
        ctx.runner.cancel_all()
        ctx.runner.wait_idle(10_000)
        window.close()
        if ctx.store is not None:
            ctx.store.close()
    i18n.install_translators(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(saved_font)
    QLocale.setDefault(QLocale.c())
    formatting.set_locale(saved_loc)


def menu_action(window, text_en: str):
    """The menu action a user picks (found by its translated text)."""
    wanted = window.tr(text_en)
    for menu_action in window.menuBar().actions():
        for act in menu_action.menu().actions():
            if act.text() == wanted:
                return act
    raise AssertionError(f"no menu action {wanted!r}")


def open_demo(window, qtbot) -> None:
    """File > Open the demo shop, and wait until every filter and tab is ready."""
    menu_action(window, "Open the &demo shop").trigger()
    qtbot.waitUntil(lambda: window.ctx.store is not None and window.ctx.is_demo, timeout=60_000)
    qtbot.waitUntil(lambda: bool(window.filter_bar.dim_buttons), timeout=30_000)
    wait_idle(window.ctx, qtbot)

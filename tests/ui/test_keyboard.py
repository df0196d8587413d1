"""Everything a mouse user can do on the filter bar, the cohort heatmap and the A/B
variants table can be done from the keyboard (only key presses and clicks drive these
tests)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from retention_desktop.ui.context import AppContext
from retention_desktop.ui.filterbar import FilterBar
from retention_desktop.ui.tabs.abtest_tab import AbTestTab
from retention_desktop.ui.tabs.cohorts_tab import CohortsTab
from tests.ui.test_analysis_tabs import _independent_return_on_customers, _orders, settle


@pytest.fixture
def ctx(qapp):
    ctx = AppContext()
    yield ctx
    ctx.runner.shutdown()


def _focused() -> QWidget | None:
    """The focused control (a spin box, not the line edit inside it)."""
    w = QApplication.focusWidget()
    while w is not None and w.focusProxy() is None and w.parentWidget() is not None \
            and w.parentWidget().focusProxy() is w:
        w = w.parentWidget()
    return w


def _show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def test_filter_bar_tab_order_follows_the_bar(ctx, small_store, qtbot):
    bar = FilterBar(ctx)
    _show(qtbot, bar)
    ctx.set_store(small_store, close_old=False)
    # new buttons are shown by a queued event: wait until a user could reach them
    qtbot.waitUntil(lambda: len(bar.dim_buttons) >= 2 and all(
        button.isVisible() for button, _menu in bar.dim_buttons.values()), timeout=30_000)
    dims = [button for button, _menu in bar.dim_buttons.values()]
    bar.period.setFocus()
    seen = [_focused()]
    for _ in range(12):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        seen.append(_focused())
    # read as on screen: period, the dimension buttons, customers, min orders, first order,
    # then the second row (segment, save); the disabled Delete/Clear are skipped
    wanted = [bar.period, *dims, bar.customers, bar.min_orders, bar.first_button, bar.segment,
              bar.save_button]
    assert seen[:len(wanted)] == wanted


def test_dimension_menu_stays_open_while_ticking(ctx, small_store, qtbot):
    bar = FilterBar(ctx)
    _show(qtbot, bar)
    ctx.set_store(small_store, close_old=False)
    qtbot.waitUntil(lambda: "country" in bar.dim_buttons, timeout=30_000)
    button, menu = bar.dim_buttons["country"]
    ticked: list[str] = []
    open_after: list[bool] = []

    def in_menu() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        for action in popup.actions()[:2]:  # two countries with the mouse
            qtbot.mouseClick(popup, Qt.MouseButton.LeftButton,
                             pos=popup.actionGeometry(action).center())
            ticked.append(action.data())
            open_after.append(popup.isVisible())
        third = popup.actions()[2]  # the third with the keyboard: arrows, then Space
        popup.setActiveAction(popup.actions()[1])
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        assert popup.activeAction() is third
        qtbot.keyClick(popup, Qt.Key.Key_Space)
        ticked.append(third.data())
        open_after.append(popup.isVisible())
        qtbot.keyClick(popup, Qt.Key.Key_Escape)

    QTimer.singleShot(200, in_menu)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # opens the menu (until Esc)
    qtbot.waitUntil(lambda: len(open_after) == 3, timeout=5_000)
    assert open_after == [True, True, True]
    assert not menu.isVisible()
    qtbot.waitUntil(lambda: dict(ctx.spec.include).get("country") is not None, timeout=5_000)
    assert set(dict(ctx.spec.include)["country"]) == set(ticked) and len(set(ticked)) == 3


def test_cohort_cell_opens_from_the_keyboard(ctx, small_store, qtbot):
    cohorts = CohortsTab(ctx)
    cohorts.resize(1200, 700)
    _show(qtbot, cohorts)
    ctx.set_store(small_store, close_old=False)
    settle(ctx, cohorts)
    m = cohorts.matrix
    heatmap = cohorts.heatmap.glw
    start = _focused() or cohorts
    for _ in range(40):  # Tab through the tab's controls until the heatmap has focus
        if heatmap.hasFocus():
            break
        qtbot.keyClick(_focused() or start, Qt.Key.Key_Tab)
    assert heatmap.hasFocus()
    assert cohorts.heatmap.keys.cell == (0, 1)  # starts at age 1 (age 0 is 100 % by definition)
    row = next(r for r in range(1, len(m.cohorts)) if m.n[r, 1] >= 3)
    for _ in range(row):
        qtbot.keyClick(heatmap, Qt.Key.Key_Down)
    qtbot.keyClick(heatmap, Qt.Key.Key_Right)
    qtbot.keyClick(heatmap, Qt.Key.Key_Left)
    assert cohorts.heatmap.keys.cell == (row, 1)
    # the reader hears what the cell holds: its age and how many customers Enter lists
    description = heatmap.accessibleDescription()
    assert "Age 1:" in description
    announced = int(re.search(r"Click to list these (\d+) customers", description).group(1))
    qtbot.keyClick(heatmap, Qt.Key.Key_Return)
    settle(ctx, cohorts)
    listed = set(cohorts.customers.frame()["customer_id"])
    assert announced == len(listed)
    expected = _independent_return_on_customers(_orders(small_store), m.cohorts[row], 1)
    assert listed == expected and expected
    # Space opens the cell too; the cursor never leaves the matrix
    for _ in range(len(m.cohorts) + 3):
        qtbot.keyClick(heatmap, Qt.Key.Key_Up)
    qtbot.keyClick(heatmap, Qt.Key.Key_Space)
    settle(ctx, cohorts)
    assert cohorts.heatmap.keys.cell == (0, 1)
    expected0 = _independent_return_on_customers(_orders(small_store), m.cohorts[0], 1)
    assert set(cohorts.customers.frame()["customer_id"]) == expected0


def test_tab_leaves_the_variants_table_and_typing_still_edits(qtbot):
    tab = AbTestTab(None)
    tab.resize(1280, 800)
    _show(qtbot, tab)
    table = tab.calculator.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit "customers" of the control row
    editor = QApplication.focusWidget()
    assert editor is not table and table.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "1500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the edit in a queued call
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "1500", timeout=2_000)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not table and not table.isAncestorOf(focus)

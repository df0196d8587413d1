"""Products tab on common laptop screens (walk-through): at 1366 px the product names are
whole (they were cut to "Lahijan black t…" while the side panel stood empty), and at
1024x600 the ranked table keeps several rows beside the chart."""

from __future__ import annotations

from tests.ui.user.screen import click_tab, open_demo, wait_idle, window_in  # noqa: F401


def _open(window, qtbot, width: int, height: int):
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    open_demo(window, qtbot)
    tab = window.tab_widgets["products"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot, tab)
    qtbot.wait(100)
    tab.fit_table()
    return tab


def test_names_whole_at_1366(window_in, qtbot):  # noqa: F811
    window = window_in("en")
    tab = _open(window, qtbot, 1366, 740)
    view, columns = tab.table.view, list(tab.table.frame().columns)
    c = columns.index("name")
    model = view.model()
    names = [str(model.index(r, c).data()) for r in range(model.rowCount())]
    widest = max(view.fontMetrics().horizontalAdvance(n) for n in names)
    assert not any("…" in n for n in names)
    assert view.columnWidth(c) >= widest + 8, (view.columnWidth(c), widest)
    # and no figure column was hidden to make that room
    for i, col in enumerate(columns):
        assert not view.isColumnHidden(i), col


def test_table_keeps_rows_at_1024x600(window_in, qtbot):  # noqa: F811
    window = window_in("en")
    tab = _open(window, qtbot, 1024, 600)
    view = tab.table.view
    # the splitter settles over a few event-loop turns after the window is shown
    qtbot.waitUntil(lambda: view.viewport().height() >= 4 * view.rowHeight(0), timeout=5000)

"""A cohort cell's hover text says what the cell holds, and the click lists exactly that.

Issue 14: the tooltip said "Customers in cell: 380" (the cohort size) while clicking the
cell listed 108 customers. The user hovers a cell with the mouse, reads the tooltip,
clicks the same cell and reads the list; both are compared with the engine's customers
of that cell (``core.engine.cohorts.customers_in_cell``) and the CLI's cohort matrix.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from retention_desktop.core.engine.cohorts import customers_in_cell
from tests.ui.user.screen import (
    cli_json,
    click_tab,
    numbers,
    open_demo,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)


def _cell_point(heatmap, i: int, j: int):
    """The centre of cell (row i, column j) in the heatmap view's viewport coordinates."""
    scene = heatmap.plot.vb.mapViewToScene(QPointF(j + 0.5, i + 0.5))
    return heatmap.glw.mapFromScene(scene)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_hover_and_click_agree_with_the_engine(window_in, qtbot, lang):  # noqa: F811
    window = window_in(lang)
    open_demo(window, qtbot)
    tab = window.tab_widgets["cohorts"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot, tab)
    ctx = window.ctx
    project = str(ctx.store.path)
    grain = tab.grain.currentData()
    calendar = ["--calendar", "jalali", "--week-start", "5"] if lang == "fa" else []
    engine = cli_json(["metrics", "cohorts", "--project", project, "--grain", grain, *calendar])
    # a full-grown cohort and an age where far fewer than all of them ordered
    i, row = max(enumerate(engine["cohorts"]), key=lambda r: r[1]["size"])
    cell = next(c for c in row["cells"] if c["k"] == 2)
    k, size = cell["k"], row["size"]
    ordered = round(cell["value"] * cell["n"])
    assert ordered < size  # else the test could not tell the two apart

    heatmap = tab.heatmap
    j = heatmap.matrix.ages.index(k)
    tab.views.setCurrentWidget(heatmap)
    viewport = heatmap.glw.viewport()
    point = _cell_point(heatmap, i, j)
    QTest.mouseMove(viewport, point)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and bool(QToolTip.text()), timeout=5_000)
    lines = QToolTip.text().splitlines()
    assert size in [round(x.value) for x in numbers(lines[0])], lines
    on_age_line = sorted(round(x.value) for x in numbers(lines[1]) if not x.percent)
    assert on_age_line == sorted([k, ordered, cell["n"]]), lines
    click_line = numbers(lines[-1])
    assert [round(x.value) for x in click_line] == [ordered], lines  # "list these N"

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: tab.customers.frame().shape[0] > 0, timeout=30_000)
    wait_idle(ctx, qtbot, tab)
    listed = tab.customers.frame().shape[0]
    label_numbers = [round(x.value) for x in numbers(tab.cell_label.text())]
    oracle = customers_in_cell(ctx.store, ctx.spec, ctx.settings.with_(grain=grain),
                               row["cohort"], k)
    assert oracle["total"] == ordered == listed
    assert label_numbers[-1] == ordered, tab.cell_label.text()
    if lang != "en":  # every number in the reader's digits (the age was Latin: "العمر 2")
        model = tab.customers.model
        dates = [model.data(model.index(r, c)) for r in range(min(listed, 5))
                 for c in (1, 2)]  # first and last order: were ISO dates ("1997-02-01")
        for text in (tab.cell_label.text(), *lines, *dates):
            assert not any(ch in "0123456789" for ch in text), text

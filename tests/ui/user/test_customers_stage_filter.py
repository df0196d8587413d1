"""The Customers tab under a Customers (stage/segment) filter, as a user sets it.

Issue 14 saw "0 customers" next to "67 bought more than once", a holdout chart and a
movement table that ignored the filter without saying so, a segment axis reading
"0 0 0 0", and a P(alive) axis from 0.982 to 1.000. The filter is set through the filter
bar's Customers menu, the tab through the tab bar; what the tab shows is compared with
``retention-desktop clv/segments/lists --stage ... --json`` and with a count written
here in SQL over the project's orders.
"""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from retention_desktop.core import formatting
from tests.ui.user.screen import (
    cli_json,
    click_tab,
    equals_at_shown_precision,
    numbers,
    open_demo,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)


def axis_labels(axis) -> list[str]:
    """The tick labels a pyqtgraph axis draws now."""
    if axis._tickLevels is not None:
        return [text for level in axis._tickLevels for _v, text in level]
    lo, hi = sorted(axis.range)
    length = axis.geometry().width() if axis.orientation in ("top", "bottom") \
        else axis.geometry().height()
    out = []
    for spacing, values in axis.tickValues(lo, hi, length):
        out += axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)
    return out


def pick_customers(window, qtbot, stage: str = "", segment: str = "") -> None:
    """Filter bar > Customers > a stage and a segment (menu items a user clicks)."""
    button = window.filter_bar.customers
    assert button.isVisible()
    button.stage_actions[stage].trigger()
    button.segment_actions[segment].trigger()
    qtbot.waitUntil(lambda: (window.ctx.spec.lifecycle_stage or "") == stage
                    and (window.ctx.spec.rfm_segment or "") == segment, timeout=5_000)


def open_customers(window, qtbot):
    tab = window.tab_widgets["customers"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=60_000)
    return tab


def repeat_buyers_sql(store, ids: list[str]) -> int:
    """Second oracle: customers among ``ids`` with orders on two or more days."""
    cur = store.cursor()
    cur.execute("CREATE OR REPLACE TEMP TABLE chosen_ids (customer_id VARCHAR)")
    cur.executemany("INSERT INTO chosen_ids VALUES (?)", [(i,) for i in ids])
    return cur.execute(
        "SELECT count(*) FROM (SELECT o.customer_id FROM orders o JOIN chosen_ids c "
        "ON CAST(o.customer_id AS VARCHAR) = c.customer_id WHERE o.kind = 'order' "
        "GROUP BY 1 HAVING count(DISTINCT CAST(o.order_ts AS DATE)) > 1)").fetchone()[0]


# Persian only: right to left, local digits and the Jalali as-of date; the English
# Customers tab is read by the screen = engine suite (imported export, both filters).
@pytest.mark.parametrize("lang", ["fa"])
def test_customers_tab_follows_the_stage_filter(window_in, qtbot, tmp_path, lang):  # noqa: F811
    window = window_in(lang)
    open_demo(window, qtbot)
    ctx = window.ctx
    project = str(ctx.store.path)
    pick_customers(window, qtbot, "at risk")
    tab = open_customers(window, qtbot)
    stage = ["--project", project, "--stage", "at risk"]
    clv = cli_json(["clv", *stage])
    segments = cli_json(["segments", *stage])
    listed = cli_json(["lists", "top-clv", "--top", "1000000", "--out",
                       str(tmp_path / "chosen.csv"), *stage])
    with open(tmp_path / "chosen.csv", encoding="utf-8-sig") as f:
        ids = [row["customer_id"] for row in csv.DictReader(f)]
    assert listed["rows"] == len(ids) == clv["customers"] == segments["customers"]
    repeat = repeat_buyers_sql(ctx.store, ids)

    # status line: the chosen customers and how many of *them* came back on a later day
    status = tab.status.text()
    shown = [round(x.value) for x in numbers(status)]
    assert shown[:2] == [clv["customers"], repeat], status
    assert clv["repeat_customers"] == repeat <= clv["customers"]
    if clv["model_ok"]:
        money = [x for x in numbers(status) if not x.percent][-2:]  # total, per customer
        assert equals_at_shown_precision(money[0].raw, clv["clv_total"], money=True), status
        assert equals_at_shown_precision(money[1].raw, clv["clv_mean"], money=True), status
    else:  # a model that failed its check says so and predicts no total
        assert tab.tr("The prediction model does not fit this shop: its P(alive) and CLV "
                      "below are rough guesses, not findings.") in status, status
        assert not any(equals_at_shown_precision(x.raw, clv["clv_total"], money=True)
                       for x in numbers(status)), status

    # movement table: only the chosen customers, as the engine counts them
    tab.matrix_kind.setFocus()
    assert tab.matrix_kind.currentData() == "stage"
    engine = segments["transitions"]["stages"]
    table = tab.matrix
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    total = 0
    for r, row_key in enumerate(engine):
        for c, col_key in enumerate(engine[row_key]):
            text = table.item(r, c).text()
            assert equals_at_shown_precision(text, engine[row_key][col_key]), \
                (rows[r], col_key, text)
            total += round(numbers(text)[0].value)
    assert total == clv["customers"]

    # holdout: still the model's check on the whole shop, and the screen says so
    holdout = clv["holdout"]
    note = [round(x.value) for x in numbers(tab.tracking_note.text())]
    assert round(holdout["predicted_repeat_purchases"]) in note
    assert round(holdout["actual_repeat_purchases"]) in note
    tip = [round(x.value) for x in numbers(tab.tracking.title_label.toolTip())]
    assert tip == [clv["model_customers"]]

    # bars by stage: the engine's counts, an axis with distinct whole-number labels
    QTest.keyClick(tab.group, Qt.Key.Key_Down)  # RFM segments -> Lifecycle stages
    assert tab.group.currentData() == "stage"
    by_stage = {s["stage"]: s["customers"] for s in segments["stages"]["stages"]}
    assert list(tab.bars.values) == list(by_stage.values())
    labels = axis_labels(tab.bars.plot.getAxis("bottom"))
    assert len(labels) >= 2 and len(set(labels)) == len(labels), labels
    assert all(float(x.value).is_integer() for lab in labels for x in numbers(lab))

    # P(alive) of one customer: the whole 0-100 % scale, not 98.2 %-100 %
    click_tab(tab.pages, tab.pages.widget(1))  # the "Customers" page of the tab
    view = tab.table.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0, timeout=5_000)
    qtbot.wait(50)
    first = view.model().index(0, 0)
    point = view.visualRect(first).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     point)  # a real double click starts with a press on the row
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: bool(tab.current_customer_id), timeout=5_000)
    lo, hi = tab.detail.chart.plot.getPlotItem().vb.viewRange()[1]
    assert lo <= 0.0 and hi >= 1.0, (lo, hi)


    # an empty group: says so in words, and the bars' axis is not "0 0 0 0"
    pick_customers(window, qtbot, "at risk", "At risk")
    click_tab(tab.pages, tab.pages.widget(0))
    wait_idle(ctx, qtbot)
    qtbot.waitUntil(lambda: tab.view is not None and len(tab.view.result.customers) == 0,
                    timeout=60_000)
    empty = cli_json(["segments", "--project", project, "--stage", "at risk",
                      "--segment", "At risk"])
    assert empty["customers"] == 0
    status = formatting.to_latin_digits(tab.status.text())
    assert not any(round(x.value) == 0 for x in numbers(status)), status  # no "0 customers"
    assert "came back" not in status, status
    labels = axis_labels(tab.bars.plot.getAxis("bottom"))
    assert len(set(labels)) == len(labels) >= 2, labels
    assert np.all(tab.bars.values == 0)

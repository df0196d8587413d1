"""Customers tab on CDNOW: charts, table filters, detail, export, runner path."""

from __future__ import annotations

import pandas as pd
import pytest

from retention_desktop.core.clv.analysis import CLVOptions
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import CancelToken, run_to_completion
from retention_desktop.ui.tabs.customers_model import compute_customers_view
from retention_desktop.ui.tabs.customers_tab import CustomersTab
from tests.clv.helpers import read_cdnow, write_orders


@pytest.fixture(scope="module")
def cdnow_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cdnow_ui") / "cdnow.duckdb"
    with ProjectStore(path) as store:
        write_orders(store, read_cdnow())
    return path


@pytest.fixture(scope="module")
def cdnow_view(cdnow_path):
    with ProjectStore(cdnow_path, read_only=True) as store:
        return run_to_completion(compute_customers_view(
            store, FilterSpec(), Settings(), CLVOptions(), CancelToken()))


def test_tab_shows_the_result(qtbot, cdnow_view, tmp_path):
    tab = CustomersTab(None)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.set_result(cdnow_view)
    seg = cdnow_view.result.customers["segment"].value_counts()
    # Bars: one per RFM segment, heights = customers per segment.
    assert len(tab.bars.categories) == 11 and tab.bars.categories[0] == "Champions"
    heights = tab.bars.values
    assert heights[0] == seg.get("Champions", 0) and heights.sum() == 2357
    tab.measure.setCurrentIndex(2)  # CLV
    assert tab.bars.values.sum() == pytest.approx(cdnow_view.result.customers["clv"].sum())
    # Holdout tracking: 78 weeks, actual ends at every repeat purchase in the data.
    assert len(tab.tracking.categories) == 78
    daily = read_cdnow().assign(day=lambda d: d["ts"]).drop_duplicates(["customer_id", "day"])
    assert tab.tracking.series[0][1][-1] == len(daily) - daily["customer_id"].nunique()
    assert tab.matrix.rowCount() >= 5 and tab.matrix.columnCount() == 5
    # Table: all customers; the stage filter and the search box narrow it.
    assert tab.table.proxy.rowCount() == 2357
    churned = int((cdnow_view.result.customers["stage"] == "churned").sum())
    tab.stage_filter.setCurrentIndex(tab.stage_filter.findData("churned"))
    assert tab.table.proxy.rowCount() == churned
    tab.stage_filter.setCurrentIndex(0)
    tab.search.setText("000")
    tab._fill_table()  # (normally after a short typing pause)
    # Independent: ids containing "000" among all customers.
    assert tab.table.proxy.rowCount() == sum("000" in c for c in cdnow_view.table["customer_id"])
    tab.search.setText("")
    tab._fill_table()
    assert tab.table.proxy.rowCount() == 2357
    # Detail of customer 0001: four purchase days (1997-01-01, 01-18, 08-02, 12-12).
    tab.show_customer("0001")
    assert tab.detail.history.rowCount() == 4
    assert tab.detail.chart.series and 0 < tab.detail.chart.series[0][1][-1] <= 1
    # Export the at-risk list, pseudonymised.
    tab.list_choice.setCurrentIndex(tab.list_choice.findData("at-risk"))
    tab.pseudonymise.setChecked(True)
    info = tab.export_to(str(tmp_path / "risk.csv"))
    out = pd.read_csv(tmp_path / "risk.csv", encoding="utf-8-sig")
    assert info["rows"] == len(out) == int((cdnow_view.result.customers["stage"] == "at risk").sum())
    assert out["customer_id"].str.startswith("c_").all()
    # Rows shown (filtered) export.
    tab.list_choice.setCurrentIndex(0)
    tab.pseudonymise.setChecked(False)
    tab.segment_filter.setCurrentIndex(tab.segment_filter.findData("Lost"))
    info = tab.export_to(str(tmp_path / "lost.xlsx"))
    assert info["rows"] == int((cdnow_view.result.customers["segment"] == "Lost").sum())


def test_messages_instead_of_results(qtbot):
    tab = CustomersTab(None)
    qtbot.addWidget(tab)
    tab.set_result("The project has no orders of identified customers yet.")
    assert "no orders" in tab.status.text()
    assert tab.view is None


def test_runner_path_computes_when_shown(qtbot, cdnow_path):
    from retention_desktop.ui.context import AppContext

    ctx = AppContext()
    store = ProjectStore(cdnow_path)
    try:
        ctx.set_store(store, close_old=False)
        tab = CustomersTab(ctx)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: tab.view is not None, timeout=120_000)
        assert len(tab.view.result.customers) == 2357
        assert tab.view.result.holdout.calibration_end == pd.Timestamp("1997-12-30")  # 2/3
        tab.holdout.setCurrentIndex(tab.holdout.findData(6))  # recomputes
        qtbot.waitUntil(lambda: tab.view is not None and tab.view.result.holdout.calibration_end
                        == pd.Timestamp("1998-06-30") - pd.Timedelta(days=183), timeout=120_000)
        tab.segment_filter.setCurrentIndex(tab.segment_filter.findData("Champions"))
        tab.apply_filter.click()  # the global filter now holds the segment
        assert ctx.spec.rfm_segment == "Champions" and ctx.spec.lifecycle_stage is None
        qtbot.waitUntil(lambda: tab.view is not None and len(tab.view.table) ==
                        int((tab.view.result.customers["segment"] == "Champions").sum())
                        and len(tab.view.table) < 2357, timeout=120_000)
    finally:
        ctx.runner.cancel_all()
        ctx.runner.wait_idle(30_000)
        ctx.runner.shutdown()
        store.close()

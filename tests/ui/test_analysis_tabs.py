"""Overview and Cohorts tabs follow the filter bar and show the engine's numbers; a cohort
cell click lists exactly the customers behind it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from retention_desktop.core.engine.cohorts import cohorts as engine_cohorts
from retention_desktop.core.engine.kpis import kpis as engine_kpis
from retention_desktop.core.engine.results import kpi_value
from retention_desktop.core.engine.spec import FilterSpec
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.filterbar import FilterBar
from retention_desktop.ui.tabs.cohorts_tab import CohortsTab
from retention_desktop.ui.tabs.overview_tab import OverviewTab
from retention_desktop.ui.viewmodels import overview as overview_vm


@pytest.fixture
def ctx(qapp, small_store):
    ctx = AppContext()
    yield ctx
    ctx.runner.shutdown()


def _orders(store) -> pd.DataFrame:
    return store.cursor().execute(
        "SELECT customer_id, order_ts, revenue, kind, country FROM orders").fetchdf()


def _ui(ctx, store, qtbot):
    bar = FilterBar(ctx)
    overview = OverviewTab(ctx)
    cohorts = CohortsTab(ctx)
    for w in (bar, overview, cohorts):
        qtbot.addWidget(w)
        w.show()  # tabs compute only while visible
    ctx.set_store(store, close_old=False)
    settle(ctx, overview, cohorts)
    return bar, overview, cohorts


def settle(ctx, *tabs):
    """Wait for the background work, then apply the stepwise drawing at once."""
    assert ctx.runner.wait_idle(30_000)
    for tab in tabs:
        tab.flush_steps()


def test_filter_change_updates_kpis_and_heatmap_to_engine_values(ctx, small_store, qtbot):
    bar, overview, cohorts = _ui(ctx, small_store, qtbot)
    all_customers = overview.result.kpis["customers"]
    df = _orders(small_store)
    assert all_customers == df.loc[(df.kind == "order") & df.customer_id.notna(),
                                   "customer_id"].nunique()

    # the user ticks country = UK in the filter bar; the debounce then applies it
    _button, menu = bar.dim_buttons["country"]
    action = next(a for a in menu.actions() if a.data() == "UK")
    with qtbot.waitSignal(ctx.filterChanged, timeout=5_000):
        action.setChecked(True)
    assert ctx.spec == FilterSpec(include=(("country", ("UK",)),))
    assert "UK" in bar.active.text()
    settle(ctx, overview, cohorts)

    # KPIs: independent pandas count, and the engine called directly
    uk = df[(df.kind == "order") & df.customer_id.notna() & (df.country == "UK")]
    expected = engine_kpis(small_store, ctx.spec, ctx.settings)
    shown = overview.result.kpis
    assert shown["customers"] == uk.customer_id.nunique() == expected["customers"]
    assert shown["customers"] < all_customers
    assert shown["revenue"] == pytest.approx(expected["revenue"])
    # The cards show the headline period: the last complete month of the data (issue 16).
    end = pd.Timestamp(df.order_ts.max()).normalize()
    month = end.to_period("M") - (0 if end.is_month_end else 1)
    in_month = uk[uk.order_ts.dt.to_period("M") == month]
    assert overview.cards["customers"].value.text() == f"{in_month.customer_id.nunique():,}"
    assert overview.cards["orders"].value.text() == f"{len(in_month):,}"

    # heatmap: the matrix drawn equals the engine's matrix for the new filter
    direct = engine_cohorts(small_store, ctx.spec, ctx.settings.with_(grain="month"),
                            measure="return-on")
    m = cohorts.matrix
    assert m.cohorts == [c["cohort"] for c in direct["cohorts"]]
    for i, row in enumerate(direct["cohorts"]):
        for cell in row["cells"]:
            j = m.ages.index(cell["k"])
            assert m.value[i, j] == pytest.approx(cell["value"])
            assert m.n[i, j] == cell["n"]
    image = cohorts.heatmap.image.image  # what pyqtgraph paints: [age, cohort]
    assert np.allclose(image.T, m.value, equal_nan=True)


def _independent_return_on_customers(df: pd.DataFrame, cohort: str, k: int) -> set[str]:
    """Customers whose first order is in month ``cohort`` and who ordered in month + k."""
    o = df[(df.kind == "order") & df.customer_id.notna()].copy()
    o["month"] = o.order_ts.dt.to_period("M")
    first = o.groupby("customer_id")["month"].min()
    cohort_p = pd.Period(cohort[:7], "M")
    members = first[first == cohort_p].index
    target = cohort_p + k
    hit = o[o.customer_id.isin(members) & (o.month == target)]
    return set(hit.customer_id)


def test_click_cohort_cell_lists_its_customers(ctx, small_store, qtbot):
    _bar, _overview, cohorts = _ui(ctx, small_store, qtbot)
    cohorts.resize(1200, 700)
    qtbot.waitExposed(cohorts)
    m = cohorts.matrix
    # a cell with some customers at age 1
    i = next(r for r in range(len(m.cohorts)) if m.value[r, 1] > 0 and m.n[r, 1] >= 5)
    j = 1
    view = cohorts.heatmap.glw
    scene = cohorts.heatmap.plot.vb.mapViewToScene(QPointF(j + 0.5, i + 0.5))
    pos = view.mapFromScene(scene)
    assert "Click to list" in cohorts.heatmap.cell_text(i, j)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))
    settle(ctx, cohorts)
    listed = set(cohorts.customers.frame()["customer_id"])
    expected = _independent_return_on_customers(_orders(small_store), m.cohorts[i], 1)
    assert listed == expected and expected
    assert f"{len(expected)} customers" in cohorts.cell_label.text()
    # sortable and copyable: sort by orders, the copied TSV has a header and every row
    cohorts.customers.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    tsv = cohorts.customers.tsv(selected_only=False).strip().splitlines()
    assert tsv[0].split("\t")[0] == "Customer" and len(tsv) == len(expected) + 1
    orders_col = [int(line.split("\t")[3]) for line in tsv[1:]]
    assert orders_col == sorted(orders_col, reverse=True)


def test_customer_list_exports_csv_and_xlsx(ctx, small_store, qtbot, tmp_path):
    _bar, _overview, cohorts = _ui(ctx, small_store, qtbot)
    m = cohorts.matrix
    i = next(r for r in range(len(m.cohorts)) if m.value[r, 1] > 0)
    cohorts.show_cell_customers(i, 1)
    settle(ctx, cohorts)
    frame = cohorts.customers.frame()
    cohorts.customers.export(str(tmp_path / "c.csv"))
    cohorts.customers.export(str(tmp_path / "c.xlsx"))
    back_csv = pd.read_csv(tmp_path / "c.csv", encoding="utf-8-sig")
    back_xlsx = pd.read_excel(tmp_path / "c.xlsx", engine="openpyxl")
    assert list(back_csv["Customer"]) == list(frame["customer_id"])
    assert list(back_xlsx["Customer"]) == list(frame["customer_id"])
    assert back_xlsx["Orders"].sum() == frame["orders"].sum()


def test_measure_switch_and_dimension_cohorts(ctx, small_store, qtbot):
    _bar, _overview, cohorts = _ui(ctx, small_store, qtbot)
    cohorts.measure.setCurrentIndex(cohorts.measure.findData("ltv"))
    settle(ctx, cohorts)
    ltv = cohorts.matrix
    assert ltv.unit == "money"
    cohorts.measure.setCurrentIndex(cohorts.measure.findData("revenue"))
    settle(ctx, cohorts)
    revenue = cohorts.matrix
    # LTV through age k is the running sum of revenue per cohort customer in each age
    observed = np.isfinite(ltv.value)
    running = np.nancumsum(np.nan_to_num(revenue.value), axis=1)
    assert np.allclose(ltv.value[observed], running[observed])
    cohorts.dimension.setCurrentIndex(cohorts.dimension.findData("channel"))
    settle(ctx, cohorts)
    assert sorted(cohorts.matrix.cohorts) == ["app", "shop", "web"]


def test_hidden_tab_waits_until_shown(ctx, small_store, qtbot):
    overview = OverviewTab(ctx)
    qtbot.addWidget(overview)
    ctx.set_store(small_store, close_old=False)
    assert not ctx.runner.is_running("overview") and overview.result is None
    ctx.set_spec(FilterSpec(min_orders=2))  # still hidden: nothing computed
    assert not ctx.runner.is_running("overview")
    overview.show()
    assert ctx.runner.is_running("overview")
    settle(ctx, overview)
    direct = engine_kpis(small_store, ctx.spec, ctx.settings)
    assert overview.result.kpis["customers"] == direct["customers"]
    # the card shows the headline period (the engine's compare.current, same filter)
    headline = overview.result.headline.current
    month = engine_kpis(small_store, ctx.spec.with_(
        date_from=headline.start, date_to=headline.end), ctx.settings)
    assert overview.cards["customers"].value.text() == f"{month['customers']:,}"


def test_cohorts_result_is_drawn_in_small_steps(ctx, small_store, qtbot, monkeypatch):
    """The curves chart is split over several event-loop turns and the N-day table is
    pivoted in the job, so no single turn of the GUI thread draws everything."""
    from retention_desktop.ui.tabs import base
    from retention_desktop.ui.tabs.cohorts_tab import CURVES_PER_STEP, MAX_CURVES

    # One step per turn (a small shop's steps are cheap enough to share a turn; the
    # batching itself is tested in test_tab_steps.py).
    monkeypatch.setattr(base, "STEP_BUDGET_MS", 0)

    cohorts = CohortsTab(ctx)
    qtbot.addWidget(cohorts)
    cohorts.show()
    ctx.set_store(small_store, close_old=False)
    assert ctx.runner.wait_idle(30_000)
    n_cohorts = len(cohorts.matrix.cohorts)
    drawn = min(n_cohorts, MAX_CURVES)
    # heatmap, curve start, line batches, curve end, health, N-day table; the first step
    # may already have run
    expected = 1 + 1 + -(-drawn // CURVES_PER_STEP) + 1 + 1 + 1
    assert cohorts.pending_steps() in (expected, expected - 1)
    assert not cohorts.result.nday_frame.empty  # pivoted in the worker
    cohorts.flush_steps()
    assert len(cohorts.curves.series) == drawn + 1  # + the weighted mean
    table = cohorts.nday_table.frame()
    assert table["cohort"].iloc[0] == "All cohorts"
    # the first column is headed "Cohort" (it read "cohor days": the cohort column was
    # taken for a rate column when the headers were made)
    headers = [cohorts.nday_table.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(len(table.columns))]
    assert headers[:2] == ["Cohort", "Customers"]
    assert headers[2:] == [f"{c[:-1]} days" for c in table.columns[2:]]
    assert len(table) == n_cohorts + 1
    # A rate of fewer observed customers than the minimum reads "too few" (issue 16).
    model = cohorts.nday_table.model
    columns = list(table.columns)
    by_cohort = cohorts.result.result.nday.by_cohort
    checked = 0
    for cell in by_cohort:
        if 0 < cell.eligible < ctx.settings.min_cell_n:
            row = table.index[table["cohort"] == cell.cohort][0]
            assert model.text(row, columns.index(f"{cell.n}d")) == "too few"
            checked += 1
    assert checked


def test_overview_cards_name_the_period_and_say_too_few(ctx, small_store, qtbot):
    # Issue 16, points 1-3: the cards show one named period (the last complete month)
    # against the month before, rates change in points, retention + churn = 100 %, and a
    # figure resting on fewer customers than the minimum reads "too few".
    from retention_desktop.core.engine.crr import crr as engine_crr

    _bar, overview, _cohorts = _ui(ctx, small_store, qtbot)
    ctx.set_settings(ctx.settings.with_(min_cell_n=1), persist=False)  # this shop is small
    settle(ctx, overview)
    df = _orders(small_store)
    end = pd.Timestamp(df.order_ts.max()).normalize()
    month = end.to_period("M") - (0 if end.is_month_end else 1)
    row = next(p for p in engine_crr(small_store, FilterSpec(), ctx.settings)["periods"]
               if p["period"] == month.start_time.date().isoformat())
    shown = {k: overview.cards[k].value.text() for k in ("crr_strict", "churn_rate")}
    assert shown == {"crr_strict": f"{100 * row['crr_strict']:.1f}%",
                     "churn_rate": f"{100 * row['churn_rate']:.1f}%"}
    assert float(shown["crr_strict"][:-1]) + float(shown["churn_rate"][:-1]) == \
        pytest.approx(100.0, abs=0.11)
    assert overview.cards["crr_strict"].change.text().endswith(" pts")
    assert month.strftime("%B %Y") in overview.compare_label.text()
    assert "Gregorian calendar" in overview.compare_label.text()

    ctx.set_settings(ctx.settings.with_(min_cell_n=10 ** 6), persist=False)
    settle(ctx, overview)
    for key in ("crr_strict", "churn_rate", "repeat_purchase_rate"):
        assert overview.cards[key].value.text() == "too few"
    assert overview.cards["crr_strict"].change.text() == \
        f"only {row['S0']:,} customers (minimum 1,000,000)"
    assert overview.cards["customers"].value.text()[0].isdigit()  # a count needs no minimum


def test_overview_card_says_one_customer_not_one_customers(ctx, qtbot):
    # A card resting on a single customer read "only 1 customers (minimum 30)".
    overview = OverviewTab(ctx)
    qtbot.addWidget(overview)
    # Nobody at all behind it is said in words ("only 0 customers" read like a bug).
    nobody = {"crr_strict": "nobody was active at the start of this period",
              "repeat_purchase_rate": "no customers in this period"}
    for base, words in ((1, "only 1 customer (minimum 30)"),
                        (2, "only 2 customers (minimum 30)"),
                        (0, None)):
        for key, base_key in (("crr_strict", "S0"), ("repeat_purchase_rate", "customers")):
            kpi = kpi_value({base_key: base}, None, key, "rate", True, 30)
            change, text, _tip = overview_vm.card_change(kpi, None, overview.look())
            assert change is None and text == (words or nobody[key]), (key, base, text)

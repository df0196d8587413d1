"""Segments & campaigns tab driven through the real widgets: the numbers shown are the
engine's, filters and the what-if slider recompute, typed spend reaches CAC, empty
states say what to do. Plus the view-model helpers."""

from __future__ import annotations

import math

import pytest

from retention_desktop.core.engine.cac import cac
from retention_desktop.core.engine.compare import compare
from retention_desktop.core.engine.spec import FilterSpec
from retention_desktop.core.engine.whatif import whatif
from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.tabs.segments_model import Estimate, breakdown_frame
from retention_desktop.ui.tabs.segments_tab import PAGES, SegmentsTab


@pytest.fixture
def demo_store(tmp_path):
    """A smaller demo shop (campaigns, spend, survey, activity, signups) for speed."""
    from retention_desktop.core.demo import build_demo_project
    from retention_desktop.core.store import ProjectStore

    store = ProjectStore(build_demo_project(tmp_path / "demo.duckdb", n_customers=1200))
    yield store
    store.close()


@pytest.fixture
def make_tab(qtbot):
    made = []

    def make(store):
        ctx = AppContext()
        ctx.set_store(store, close_old=False)
        tab = SegmentsTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        tab.show()  # the tab computes only while visible
        made.append(ctx)
        idle(qtbot, ctx)
        return ctx, tab

    yield make
    for ctx in made:
        ctx.runner.wait_idle(30_000)
        ctx.set_store(None, close_old=False)
        ctx.runner.shutdown()


def idle(qtbot, ctx):
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=60_000)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=60_000)


def shown_customers(tab) -> dict[str, int]:
    df = tab.breakdown.frame()
    return {str(v).split("  (")[0]: int(c) for v, c in zip(df["value"], df["customers"],
                                                         strict=True)}


def test_breakdown_shows_engine_values_and_follows_filter(make_tab, qtbot, demo_store):
    ctx, tab = make_tab(demo_store)
    assert tab.dimension.currentData() == "channel"
    ref = compare(demo_store, ctx.spec, ctx.settings, by="channel")
    expected = {v["value"]: v["customers"] for v in ref["values"]}
    shown = shown_customers(tab)
    assert {k: v for k, v in shown.items() if k in expected} == expected
    assert tab.baseline.currentData() == ref["baseline"]
    # The repeat-rate cell text carries the engine's value and interval.
    first = ref["values"][0]
    row = tab.breakdown.frame().iloc[[str(v).startswith(first["value"])
                                      for v in tab.breakdown.frame()["value"]]].iloc[0]
    assert fmt.percent(first["repeat_purchase_rate"]["value"]) in tab.breakdown.model.data(
        tab.breakdown.model.index(int(row.name), 4))
    # A global filter recomputes with the engine's numbers for the filtered shop.
    country = demo_store.cursor().execute(
        "SELECT country FROM orders WHERE country IS NOT NULL LIMIT 1").fetchone()[0]
    ctx.set_spec(FilterSpec().with_include("country", [country]))
    idle(qtbot, ctx)
    ref2 = compare(demo_store, ctx.spec, ctx.settings, by="channel")
    shown2 = shown_customers(tab)
    assert {k: shown2[k] for k in (v["value"] for v in ref2["values"])} == {
        v["value"]: v["customers"] for v in ref2["values"]}
    assert shown2 != shown


def test_campaign_page_and_baseline_choice(make_tab, qtbot, demo_store):
    ctx, tab = make_tab(demo_store)
    tab.pages.setCurrentIndex(PAGES.index("campaigns"))
    idle(qtbot, ctx)
    ref = compare(demo_store, ctx.spec, ctx.settings, by="campaign", after_end=True)
    df = tab.campaigns.frame()
    assert len(df) == len(ref["after_campaign"]) > 0
    assert [float(x) for x in df["repeat_after"]] == pytest.approx(
        [a["repeat_after"]["value"] for a in ref["after_campaign"]])
    # Switching 'Compare by' to campaign and picking another baseline re-tests against it.
    tab.dimension.setCurrentIndex(tab.dimension.findData("campaign"))
    tab.pages.setCurrentIndex(PAGES.index("breakdown"))
    idle(qtbot, ctx)
    other = tab.baseline.itemData(tab.baseline.count() - 1)
    tab.baseline.setCurrentIndex(tab.baseline.count() - 1)
    tab.baseline.activated.emit(tab.baseline.count() - 1)
    idle(qtbot, ctx)
    assert tab.results["breakdown"]["baseline"] == other
    assert tab.results["campaigns"]["baseline"] == other


def test_whatif_slider_recomputes(make_tab, qtbot, demo_store):
    ctx, tab = make_tab(demo_store)
    tab.pages.setCurrentIndex(PAGES.index("whatif"))
    idle(qtbot, ctx)
    assert tab.results["whatif"]["x"] == 5.0
    tab.whatif_page.slider.setValue(10)
    qtbot.waitUntil(lambda: tab.results["whatif"]["x"] == 10.0, timeout=30_000)
    idle(qtbot, ctx)
    ref = whatif(demo_store, ctx.spec, ctx.settings, x=10)
    uplift = fmt.money(ref["totals"]["revenue_uplift"], ctx.settings.currency, 0)
    assert uplift in tab.whatif_page.summary.text()
    assert len(tab.whatif_page.chart.series) == 4


def test_cac_typed_spend_and_empty_states(make_tab, qtbot, small_store):
    ctx, tab = make_tab(small_store)
    tab.pages.setCurrentIndex(PAGES.index("cac"))
    idle(qtbot, ctx)
    assert tab.results["cac"]["available"] is False
    assert tab.cac_page.edit_button.isChecked()  # the editor opens by itself
    assert "spend" in tab.cac_page.summary.text()
    editor = tab.cac_page.editor
    editor.set_rows([("web", "2023-03", "300"), ("app", "2023-03", "120")])
    editor.apply()
    idle(qtbot, ctx)
    typed = [{"period": "2023-03-01", "channel": "web", "amount": 300.0},
             {"period": "2023-03-01", "channel": "app", "amount": 120.0}]
    ref = cac(small_store, ctx.spec, ctx.settings, spend=typed)
    assert tab.results["cac"]["source"] == "typed"
    assert tab.results["cac"]["overall"]["cac"] == pytest.approx(ref["overall"]["cac"])
    editor.set_rows([("web", "March", "x")])
    editor.apply()
    assert "Row 1" in editor.message.text()
    tab.pages.setCurrentIndex(PAGES.index("nps"))
    idle(qtbot, ctx)
    assert "survey" in tab.nps_page.summary.text().lower()
    tab.pages.setCurrentIndex(PAGES.index("funnel"))
    idle(qtbot, ctx)
    assert "order days" in tab.funnel_page.stick_note.text()


def test_no_dimensions_says_what_to_do(make_tab, qtbot, small_store):
    with small_store.write() as cur:
        cur.execute("UPDATE orders SET channel = NULL, country = NULL")
    ctx, tab = make_tab(small_store)
    assert tab.dimension.count() == 0
    assert "Import a file" in tab.breakdown.empty_label.text()
    tab.pages.setCurrentIndex(PAGES.index("campaigns"))
    idle(qtbot, ctx)
    assert "campaign" in tab.campaign_note.text()


def test_estimate_and_breakdown_frame():
    a, b = Estimate(0.2, 0.1, 0.3, 0.01, True, 0.5), Estimate(0.4)
    assert sorted([b, a]) == [a, b]
    assert a.marker() == "▼" and a.text(fmt.percent) == "20.0%  [10.0%, 30.0%] ▼"
    assert math.isnan(Estimate(None)) and Estimate(None).text(fmt.percent) == "—"
    result = {"baseline": "b", "n_days": 7, "values": [
        {"value": v, "customers": n,
         "crr": {"value": 0.5}, "churn_rate": {"value": 0.5},
         "repeat_purchase_rate": {"value": r, "ci_low": r - .1, "ci_high": r + .1,
                                  "significant": v == "a", "p_value": 0.01},
         "nday_repeat": {"value": None}, "revenue_per_customer": {"value": 10.0}}
        for v, n, r in (("a", 5, 0.6), ("b", 9, 0.3))]}
    df, formatters, headers = breakdown_frame(result, "€")
    assert df["value"].tolist() == ["b  (baseline)", "a"]
    assert formatters["repeat"](df["repeat"][1]).endswith("▲")
    assert headers["nday"] == "7-day repeat"


def test_filter_changes_during_compare_with_weekly_periods(make_tab, qtbot, demo_store):
    """Regression: with weekly (or Jalali) periods and a country filter, filter changes
    arriving while a comparison ran ended in "Values were not provided for the following
    parameters: 2". Every job must finish without error and the last filter wins."""
    ctx, tab = make_tab(demo_store)
    errors = []
    ctx.runner.errorOccurred.connect(errors.append)
    ctx.set_settings(ctx.settings.with_(grain="week"), persist=False)
    countries = [r[0] for r in demo_store.cursor().execute(
        "SELECT DISTINCT country FROM orders WHERE country IS NOT NULL ORDER BY 1").fetchall()]
    for country in countries[:4]:  # no waiting: each change lands while the last one runs
        ctx.set_spec(FilterSpec().with_include("country", [country]))
        qtbot.wait(5)
    idle(qtbot, ctx)
    assert errors == []
    ref = compare(demo_store, ctx.spec, ctx.settings, by="channel")
    assert ref["range"]["from"] == tab.results["breakdown"]["range"]["from"]
    shown = shown_customers(tab)
    assert {k: shown[k] for k in (v["value"] for v in ref["values"])} == {
        v["value"]: v["customers"] for v in ref["values"]}


def test_range_line_says_why_it_is_not_all_time(make_tab, qtbot, small_store):
    """With "all time" in the filter bar the comparison still uses about the last 12
    months: the line under the table says so instead of a bare range that contradicts the
    bar's "No filters: all customers, all time"."""
    ctx, tab = make_tab(small_store)
    text = tab.range_label.text()
    ref = compare(small_store, ctx.spec, ctx.settings, by=tab.dimension.currentData())
    assert "last 12 months" in text and "filter bar" in text, text
    assert fmt.day(ref["range"]["from"]) in text and fmt.day(ref["range"]["to"]) in text
    from datetime import date

    ctx.set_spec(FilterSpec(date_from=date.fromisoformat(str(ref["range"]["from"])[:10]),
                            date_to=date.fromisoformat(str(ref["range"]["to"])[:10])))
    idle(qtbot, ctx)
    assert tab.range_label.text().startswith("Range ")

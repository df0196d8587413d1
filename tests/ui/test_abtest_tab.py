"""A/B tab: typed values -> displayed numbers equal the core's; data-driven through the
runner; planner; plan table; nothing cut off at 1280x800."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from scipy import stats

from retention_desktop.core import formatting as fm
from retention_desktop.core.abtest import stats as st
from retention_desktop.core.engine.spec import FilterSpec
from retention_desktop.core.store import ProjectStore
from retention_desktop.ui.tabs.abtest_calc import RAW, RESULT_COLUMNS
from retention_desktop.ui.tabs.abtest_tab import AbTestTab
from retention_desktop.ui.tabs.abtest_text import fmt_p

P_COL = RESULT_COLUMNS.index("p")


def _text(item) -> str:
    """Cell text without the bidi embedding marks."""
    return item.text().strip("\u202a\u202c")


def _type(table, rows):
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


@pytest.fixture
def tab(qtbot):
    w = AbTestTab(None)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    return w


def test_typed_counts_show_the_core_p_value(tab, qtbot):
    calc = tab.calculator
    _type(calc.table, [("control", "2,000", "210"), ("B", "2000", "262")])
    qtbot.mouseClick(calc.compute_button, Qt.MouseButton.LeftButton)
    _, p = st.two_proportion_z(210, 2000, 262, 2000)
    cell = calc.results.item(1, P_COL)
    assert _text(cell) == fmt_p(p)
    assert cell.data(RAW) == pytest.approx(p, rel=1e-12)
    low, high = st.wilson_ci(210, 2000)
    ci = _text(calc.results.item(0, RESULT_COLUMNS.index("ci")))
    assert fm.fmt_percent(low, 2) in ci and fm.fmt_percent(high, 2) in ci
    assert "unlikely to be chance" in calc.verdict_label.text()
    assert calc.srm_banner.isHidden()


def test_reference_example_and_persian_digits(tab, qtbot):
    calc = tab.calculator
    _type(calc.table, [("control", "۱۰۰۰", "۱۲۰"), ("B", "۱۰۰۰", "۱۵۰")])
    calc.compute()
    assert _text(calc.results.item(1, P_COL)) == fm.fmt_number(0.0496, 4)
    prob = calc.results.item(1, RESULT_COLUMNS.index("prob")).data(RAW)
    assert round(prob, 4) == 0.9751


def test_bad_cell_and_single_variant_messages(tab, qtbot):
    calc = tab.calculator
    _type(calc.table, [("control", "1000", "120"), ("B", "1000", "abc")])
    calc.compute()
    assert calc.error_label.isVisible() or not calc.error_label.isHidden()
    assert "Row 2" in calc.error_label.text() and "abc" in calc.error_label.text()
    _type(calc.table, [("control", "1000", "120")])
    calc.compute()
    assert "at least two variants" in calc.error_label.text()


def test_srm_banner_and_holm_column(tab):
    calc = tab.calculator
    _type(calc.table, [("control", "1000", "100"), ("B", "1200", "130"), ("C", "1000", "90")])
    calc.compute()
    assert not calc.srm_banner.isHidden()
    assert not calc.results.isColumnHidden(RESULT_COLUMNS.index("p_holm"))


def test_continuous_metric_matches_scipy(tab):
    calc = tab.calculator
    calc.kind_combo.setCurrentIndex(1)
    _type(calc.table, [("control", "31.0", "40", "400"), ("B", "37.5", "52", "380")])
    calc.compute()
    ref = stats.ttest_ind_from_stats(37.5, 52, 380, 31.0, 40, 400, equal_var=False)
    assert calc.results.item(1, P_COL).data(RAW) == pytest.approx(ref.pvalue)
    assert _text(calc.results.item(1, P_COL)) == fmt_p(ref.pvalue)


def test_planner_reference_and_detectable(tab):
    pl = tab.planner
    pl.relative_check.setChecked(False)
    pl.baseline_spin.setValue(20.0)
    pl.mde_spin.setValue(2.0)
    assert pl.plan.n_per_variant == 6347
    assert fm.fmt_int(6347) in pl.answer.text()
    pl.per_day_spin.setValue(100)
    assert fm.fmt_int(127) in pl.answer.text()  # ceil(12,694 / 100) days
    pl.have_spin.setValue(6347)
    assert fm.fmt_percent(0.02, 2) in pl.details.text()


def _experiment_store(path) -> ProjectStore:
    store = ProjectStore(path)
    with store.write() as cur:
        for i in range(40):
            cid, variant = f"c{i}", ("control" if i % 2 else "B")
            cur.execute("INSERT INTO assignments VALUES (?, 'mail', ?, ?, NULL)",
                        [cid, variant, datetime(2024, 1, 1)])
            cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) "
                        "VALUES (?, ?, ?, 10)", [f"a{i}", cid, datetime(2024, 1, 1, 8)])
            # B: 15 of 20 come back; control: 5 of 20
            if (variant == "B" and i < 30) or (variant == "control" and i < 10):
                cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) "
                            "VALUES (?, ?, ?, 15)", [f"b{i}", cid, datetime(2024, 1, 10)])
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) VALUES "
                    "('z', 'late', '2024-06-01', 1)")
    return store


def test_data_driven_through_context_and_runner(qtbot, tmp_path):
    from retention_desktop.ui.context import AppContext

    store = _experiment_store(tmp_path / "exp.duckdb")
    ctx = AppContext()
    try:
        tab = AbTestTab(ctx)
        qtbot.addWidget(tab)
        ctx.set_store(store, close_old=False)
        calc = tab.calculator
        # the project's experiments are read on the runner, once the tab is shown
        assert calc.experiment_combo.count() == 0 and not ctx.runner.is_running("abtest-facts")
        tab.show()
        assert ctx.runner.is_running("abtest-facts")
        assert ctx.runner.wait_idle(20_000)
        # they do not depend on the filter: a filter change does not read them again
        ctx.set_spec(FilterSpec(min_orders=2))
        assert not ctx.runner.is_running("abtest-facts")
        ctx.set_spec(FilterSpec())
        # new rows in the same project (an import): read again
        ctx.notify_data_changed()
        assert ctx.runner.is_running("abtest-facts")
        assert ctx.runner.wait_idle(20_000)
        assert calc.experiment_combo.currentData() == "experiment:mail"
        # orders columns that hold variants are offered too
        assert calc.experiment_combo.findData("column:channel") >= 0
        qtbot.mouseClick(calc.load_button, Qt.MouseButton.LeftButton)
        assert ctx.runner.wait_idle(20_000)
        cells = [[calc.table.item(r, c).text() for c in range(3)] for r in range(2)]
        assert cells == [["control", "20", "5"], ["B", "20", "15"]]
        _, p = st.two_proportion_z(5, 20, 15, 20)
        assert calc.results.item(1, P_COL).data(RAW) == pytest.approx(p)
        # planner: the shop's new customers per day (only 'late' is new in the last 90 days)
        qtbot.mouseClick(tab.planner.shop_button, Qt.MouseButton.LeftButton)
        assert tab.planner.per_day_spin.value() == pytest.approx(round(1 / 90, 2))
        # a column without values: the message reaches the info line (no error dialog),
        # the table stays
        errors = []
        ctx.runner.errorOccurred.connect(errors.append)
        calc.experiment_combo.setCurrentIndex(calc.experiment_combo.findData("column:channel"))
        qtbot.mouseClick(calc.load_button, Qt.MouseButton.LeftButton)
        assert ctx.runner.wait_idle(20_000)
        assert errors == []
        assert calc.data_info.text().startswith("⚠") and "channel" in calc.data_info.text()
        assert calc.table.item(1, 2).text() == "15"
        # plan table: add from the planner, link to the experiment, show results
        tab.planner.addToPlans.emit(tab.planner.plan.to_dict())
        assert tab.plans.table.rowCount() == 1
        col = 8  # experiment
        tab.plans.table.item(0, col).setText("mail")
        assert tab.plans.plans[0]["has_results"]
    finally:
        ctx.set_store(None, close_old=False)
        ctx.runner.shutdown()
        store.close()


def test_nothing_cut_off_at_1280x800(tab, qtbot):
    tab.show()
    tab.calculator.compute()
    qtbot.waitExposed(tab)
    qtbot.wait(50)  # let the layouts settle after the new texts
    header = tab.calculator.results.horizontalHeader()
    fm_ = header.fontMetrics()
    for c in range(header.count()):
        if header.isSectionHidden(c):
            continue
        text = tab.calculator.results.horizontalHeaderItem(c).text()
        assert header.sectionSize(c) >= fm_.horizontalAdvance(text), text
    verdict = tab.calculator.verdict_label
    assert verdict.height() >= verdict.heightForWidth(verdict.width())


def test_sequential_mode_is_labelled_and_more_cautious(tab):
    calc = tab.calculator
    _type(calc.table, [("control", "1000", "120"), ("B", "1000", "150")])
    calc.compute()
    fixed_p = calc.results.item(1, P_COL).data(RAW)
    calc.mode_combo.setCurrentIndex(calc.mode_combo.findData("sequential"))
    calc.compute()
    assert "sequential" in calc.mode_label.text().lower()
    calc.alpha_spin.setValue(0.1)
    calc.compute()
    ci_header = calc.results.horizontalHeaderItem(RESULT_COLUMNS.index("ci")).text()
    assert fm.fmt_percent(0.9, 0) in ci_header and fm.fmt_percent(0.9, 0) in calc.chart.title_label.text()
    assert calc.results.item(1, P_COL).data(RAW) > fixed_p
    assert "Not enough evidence" in calc.verdict_label.text()
    # a planned size tunes the confidence sequence (same as the core with planned_n)
    from retention_desktop.core.abtest.analysis import Variant, analyze

    calc.planned_spin.setValue(5000)
    calc.compute()
    ref = analyze([Variant("control", 1000, 120), Variant("B", 1000, 150)],
                  sequential_mode=True, planned_n=5000, alpha=0.1)
    assert calc.results.item(1, P_COL).data(RAW) == pytest.approx(ref["comparisons"][0]["p_value"])


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_rtl_verdict_keeps_p_equals_number_left_to_right(qapp, qtbot, lang):
    """In ar the Arabic-Indic digits pulled "= ٠٫٠٤٩٦" left of p ("(٠٫٠٤٩٦ = p)"): the
    formula is an isolate inside the right-to-left verdict, as in the PDF."""
    from retention_desktop.ui import i18n

    i18n.setup_i18n(qapp, lang)
    try:
        w = AbTestTab(None)
        qtbot.addWidget(w)
        calc = w.calculator
        _type(calc.table, [("control", "1000", "120"), ("B", "1000", "150")])
        qtbot.mouseClick(calc.compute_button, Qt.MouseButton.LeftButton)
        text = calc.verdict_label.text()
        p = fm.fmt_number(0.0496, 4)  # in the language's digits
        assert p != "0.0496" or lang == "fa"
        assert f"{fm.LRI}(p = {p}){fm.PDI}" in text, repr(text)
        # the words stay right to left: only formulas and Latin names are isolated
        outside = re.sub(f"{fm.LRI}[^{fm.PDI}]*{fm.PDI}", "", text)
        assert not re.search(r"[A-Za-z]", outside), repr(text)
        # let the result's scrolling finish before the language switch rebuilds the page
        qtbot.waitUntil(lambda: not calc._revealing, timeout=3000)
    finally:
        i18n.setup_i18n(qapp, "en")

"""The Customers tab says when the value model fails its check, as the report and CLI do.

A walk-through of the demo shop read "Predicted value over 12 months: 137,419 in total,
27.48 per customer" on the Customers tab while the report's CLV card said "the prediction
model does not fit this shop" (showing the historical value) and ``clv --json`` answered
``model_ok: false``; the holdout note's "(+18.8%)" read as if more had happened than
predicted. The demo is opened through File, the tab through the tab bar; the sentence is
compared with the CLI and with the historical value recomputed here from the orders.
"""

from __future__ import annotations

import re

import pytest

from retention_desktop.core import formatting
from tests.ui.user.reading import plain, shown_number, tr
from tests.ui.user.screen import (
    cli_json,
    click_tab,
    open_demo,
    wait_idle,
    window_in,  # noqa: F401,F811 - fixture
)


def test_demo_customers_tab_says_the_model_failed(window_in, qtbot, tmp_path):  # noqa: F811
    window = window_in("en")
    open_demo(window, qtbot)
    tab = window.tab_widgets["customers"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=120_000)
    text = plain(tab.status.text())
    project = str(window.ctx.store.path)
    engine = cli_json(["clv", "--project", project])
    assert engine["model_ok"] is False  # the demo's model fails its holdout check
    # The same words as the report's card; no predicted total presented as a finding.
    assert "The prediction model does not fit this shop" in text, text
    assert tr("Report", "the prediction model does not fit this shop").lower() in text.lower()
    assert "Predicted value over" not in text, text
    # The figure shown is the report's fallback: margin x net revenue (returns taken off)
    # per customer who ordered in the last 365 days, recomputed here in SQL.
    m = re.search(r"Historical value per customer \(last 12 months\): ([\d,.]+)", text)
    assert m, text
    store = window.ctx.store
    settings = window.ctx.settings
    revenue, customers = store.cursor().execute(
        "SELECT sum(revenue), count(DISTINCT customer_id) FILTER (WHERE kind = 'order') "
        "FROM orders WHERE customer_id IS NOT NULL AND order_ts::DATE >= "
        "(SELECT max(order_ts)::DATE FROM orders) - 364").fetchone()
    expected = settings.gross_margin_pct / 100 * revenue / customers
    assert abs(shown_number(m.group(1)) - expected) <= 0.0051, (
        text, expected)
    # The holdout gap in words: the CLI says the model predicted more than happened.
    hold = engine["holdout"]
    note = plain(tab.tracking_note.text())
    predicted, actual = hold["predicted_repeat_purchases"], hold["actual_repeat_purchases"]
    assert predicted > actual
    gap = (predicted - actual) / actual
    assert f"overestimated: it predicted {formatting.fmt_percent(gap, 1)} more" in note, note
    assert "(+" not in note, note


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_rfm_at_risk_and_lifecycle_at_risk_have_different_names(window_in, qtbot,  # noqa: F811
                                                               lang):
    """"RFM At risk 161" next to the lifecycle's "at risk (39)" (fa: both "در معرض ریزش")
    named two different groups the same: the segment now says which it is, on the segment
    bars and the table's segment filter; the stage keeps its name (legend, filters)."""
    window = window_in(lang)
    open_demo(window, qtbot)
    tab = window.tab_widgets["customers"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=120_000)
    segment_name = tab.segment_filter.itemText(tab.segment_filter.findData("At risk"))
    stage_name = tab.stage_filter.itemText(tab.stage_filter.findData("at risk"))
    assert segment_name.casefold() != stage_name.casefold()
    if lang == "en":
        assert segment_name == "At risk (used to buy often)" and stage_name == "at risk"
    tab.group.setCurrentIndex(tab.group.findData("segment"))
    assert segment_name in tab.bars.categories
    legend = [item[1].text for item in tab.scatter.legend.items]
    n = int((tab.view.result.customers["stage"] == "at risk").sum())
    expected = f"{plain(stage_name)} ({plain(formatting.fmt_int(n))})"
    assert any(plain(t) == expected for t in legend), (legend, expected)

"""Rates and probabilities are drawn on an honest axis: from zero (or over 0-100 %).

Issue 14: a P(alive) axis from 0.982 to 1.000 turned a tiny dip into a cliff. The user
opens the line charts of rates (cohort retention curves, the what-if retention curve,
DAU/MAU) through the tab bars; each value axis must reach down to zero.
"""

from __future__ import annotations

from tests.ui.user.screen import (
    click_tab,
    open_demo,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)


def _low_end(chart) -> float:
    return chart.plot.getPlotItem().vb.viewRange()[1][0]


def _has_lines(chart) -> bool:
    return bool(chart.series) and chart.plot.isVisible()


def test_rate_charts_start_at_zero(window_in, qtbot):  # noqa: F811
    window = window_in("en")
    open_demo(window, qtbot)
    ctx = window.ctx

    cohorts = window.tab_widgets["cohorts"]
    click_tab(window.tabs, cohorts)
    wait_idle(ctx, qtbot, cohorts)
    click_tab(cohorts.views, cohorts.curves)
    qtbot.waitUntil(lambda: _has_lines(cohorts.curves), timeout=10_000)
    assert _low_end(cohorts.curves) <= 0.0

    segments = window.tab_widgets["segments"]
    click_tab(window.tabs, segments)
    checked = 0
    for page, chart in ((segments.whatif_page, segments.whatif_page.curve),
                        (segments.funnel_page, segments.funnel_page.stick)):
        click_tab(segments.pages, page)
        wait_idle(ctx, qtbot, segments)
        qtbot.wait(50)
        if _has_lines(chart):
            assert _low_end(chart) <= 0.0, chart.title_label.text()
            checked += 1
    assert checked >= 1

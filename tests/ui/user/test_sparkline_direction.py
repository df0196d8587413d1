"""The Overview's card sparklines run in the same direction as the charts beside them.

Before, in fa/ar the trend and lifecycle charts ran right to left (newest on the left) while
the card sparklines still ran left to right, so the same revenue seemed to rise in one and
fall in the other. The rule (docs/architecture.md, "Right-to-left charts — one rule"): in
fa/ar every chart's time axis runs right to left.

The demo is opened through the window's menu; the positions of the oldest and newest
points are mapped from the data to the widget's pixels, as the user sees them.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from tests.ui.user.screen import click_tab, open_demo, wait_idle


def _pixel_x(plot_widget, x: float, y: float) -> float:
    """Where the data point (x, y) is drawn, in the plot widget's pixels."""
    vb = plot_widget.getPlotItem().getViewBox()
    return plot_widget.mapFromScene(vb.mapViewToScene(QPointF(x, y))).x()


@pytest.mark.parametrize("lang, newest_left", [("fa", True), ("en", False)])
def test_sparkline_time_runs_like_the_trend_chart(window_in, qtbot, lang, newest_left):
    ctx, window = window_in(lang)  # the fixture of tests/ui/user/conftest.py
    open_demo(window, qtbot)
    tab = window.tab_widgets["overview"]
    click_tab(window.tabs, tab)
    wait_idle(ctx, qtbot, tab)

    card = tab.cards["revenue"]
    assert card.spark.isVisible()
    y = np.asarray(card.values, dtype=float)
    shown = np.flatnonzero(np.isfinite(y))
    old, new = int(shown[0]), int(shown[-1])
    assert new > old
    old_x = _pixel_x(card.spark, old, y[old])
    new_x = _pixel_x(card.spark, new, y[new])
    assert (new_x < old_x) == newest_left, (lang, old_x, new_x)
    assert min(old_x, new_x) >= 0 and max(old_x, new_x) <= card.spark.width()

    # the trend chart beside the cards: first and last period, same direction
    trend = tab.trend.plot
    n = len(tab.trend.categories)
    assert n >= 2
    first_x, last_x = _pixel_x(trend, 0, 0), _pixel_x(trend, n - 1, 0)
    assert (last_x < first_x) == newest_left, (lang, first_x, last_x)

"""Calendar-aware chart axes and the right-to-left chart rule."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import jdatetime  # noqa: E402
import pyqtgraph as pg  # noqa: E402

from retention_desktop.core.formatting import LocaleSettings  # noqa: E402
from retention_desktop.ui.charts.axes import (  # noqa: E402
    CalendarAxisItem,
    LocalNumberAxisItem,
    PeriodAxisItem,
    apply_direction,
)

FA = LocaleSettings.for_language("fa")
EN = LocaleSettings.for_language("en")


def _secs(d: dt.date) -> float:
    return (d - dt.date(1970, 1, 1)).days * 86400.0


def test_jalali_month_ticks_fall_on_farvardin_first(qapp):
    axis = CalendarAxisItem(loc=FA)
    lo, hi = _secs(dt.date(2024, 1, 1)), _secs(dt.date(2024, 12, 31))
    grain, ticks = axis.tick_plan(lo, hi, 1400)
    assert grain == "month"
    dates = [dt.date(1970, 1, 1) + dt.timedelta(days=int(t // 86400)) for t in ticks]
    # Independent check: every tick is day 1 of a Jalali month.
    assert all(jdatetime.date.fromgregorian(date=d).day == 1 for d in dates)
    assert dt.date(2024, 3, 20) in dates and len(dates) == 12
    labels = axis.tickStrings(ticks, 1.0, 30 * 86400)
    assert labels[dates.index(dt.date(2024, 3, 20))] == "فروردین ۱۴۰۳"
    # Inverted (right-to-left) views pass the range reversed: same ticks.
    assert axis.tickValues(hi, lo, 1400)[0][1] == ticks


def test_ticks_thin_out_with_less_room(qapp):
    axis = CalendarAxisItem(loc=EN)
    lo, hi = _secs(dt.date(2015, 1, 1)), _secs(dt.date(2024, 12, 31))
    grain, ticks = axis.tick_plan(lo, hi, 400)
    assert grain == "year" and 2 <= len(ticks) <= 400 // 90
    grain, ticks = axis.tick_plan(lo, hi, 4000)
    assert grain in ("quarter", "year") and len(ticks) <= 4000 // 90
    assert axis.tick_plan(hi, hi, 400) == ("day", [])


def test_period_axis_labels_and_thinning(qapp):
    starts = [dt.date(2024, 3, 20), dt.date(2024, 4, 20), dt.date(2024, 5, 21)]
    axis = PeriodAxisItem(starts, "month", loc=FA)
    values = axis.tickValues(-0.5, 2.5, 600)[0][1]
    assert values == [0.0, 1.0, 2.0]
    assert axis.tickStrings(values, 1.0, 1.0) == ["فروردین ۱۴۰۳", "اردیبهشت ۱۴۰۳", "خرداد ۱۴۰۳"]
    many = PeriodAxisItem([dt.date(2000 + i // 12, i % 12 + 1, 1) for i in range(120)], "month", loc=EN)
    assert len(many.tickValues(0, 119, 500)[0][1]) < 120 // 4


def test_value_axis_local_digits(qapp):
    axis = LocalNumberAxisItem("left", percent=True, loc=FA)
    assert axis.tickStrings([10.0, 12.5], 1.0, 2.5) == ["\u061c۱۰٫۰٪\u061c", "\u061c۱۲٫۵٪\u061c"]


def test_apply_direction_rtl(qapp):
    plot = pg.PlotItem()
    plot.setLabel("left", "Customers")
    apply_direction(plot, rtl=True)
    assert plot.getViewBox().xInverted()
    assert plot.getAxis("right").isVisible() and not plot.getAxis("left").isVisible()
    apply_direction(plot, rtl=False)
    assert not plot.getViewBox().xInverted() and plot.getAxis("left").isVisible()


def test_every_plain_axis_gets_local_digits(qapp):
    from retention_desktop.core import formatting
    from retention_desktop.ui.charts.axes import install_axis_localization

    install_axis_localization()
    axis = pg.AxisItem("bottom")  # a chart that never called apply_direction
    previous = formatting.set_locale(FA)
    try:
        assert axis.tickStrings([100.0, 200.0], 1.0, 100.0) == ["۱۰۰", "۲۰۰"]
        assert axis.tickStrings([0.5], 1.0, 0.5) == ["۰٫۵"]
    finally:
        formatting.set_locale(previous)
    assert axis.tickStrings([100.0, 0.5], 1.0, 0.5) == ["100.0", "0.5"]


def test_plain_axis_writes_large_values_with_separators_not_exponents(qapp):
    from retention_desktop.core import formatting
    from retention_desktop.ui.charts.axes import install_axis_localization

    install_axis_localization()
    axis = pg.AxisItem("left")
    # pyqtgraph alone writes "60000" and "1.2e+06" for these: unreadable revenue axes
    assert axis.tickStrings([0.0, 60000.0, 1_200_000.0], 1.0, 20000.0) == [
        "0", "60,000", "1,200,000"]
    previous = formatting.set_locale(FA)
    try:
        assert axis.tickStrings([60000.0], 1.0, 20000.0) == ["۶۰٬۰۰۰"]
    finally:
        formatting.set_locale(previous)

"""Time axes that speak the user's calendar and digits, and the right-to-left chart rule.

Two axis items, both labelling through :mod:`retention_desktop.core.formatting`:

* :class:`CalendarAxisItem` — x values are POSIX seconds (like ``pg.DateAxisItem``).
  Ticks fall on the first day of calendar periods (Jalali months such as
  "فروردین ۱۴۰۳" when the calendar is Jalali), choosing days, weeks, months, quarters
  or years so labels never crowd.
* :class:`PeriodAxisItem` — x values are positions 0..n-1 of a list of period starts
  (cohort and trend charts drawn per period); labels are the engine's periods.

Right-to-left rule (see docs/architecture.md): in Persian and Arabic every chart's
horizontal axis runs right to left — time flows in the reader's direction, oldest at the
right — and the value axis sits on the right. :func:`apply_direction` does this for a
``PlotItem``; call it for every chart you create.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from retention_desktop.core import formatting
from retention_desktop.core.calendar import period_starts_between

_DAY = 86400.0
_EPOCH = _dt.date(1970, 1, 1)
# (grain, approximate length in days), smallest first.
_GRAINS = (("day", 1), ("week", 7), ("month", 30.44), ("quarter", 91.3), ("year", 365.25))
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
_MIN_LABEL_PX = 90  # one label per this many pixels at most


def _day_to_date(day: int) -> _dt.date:
    return _EPOCH + _dt.timedelta(days=int(day))


class CalendarAxisItem(pg.AxisItem):
    """Axis for POSIX-second x values with ticks at calendar period starts.

    Parameters
    ----------
    orientation : str
        Usually ``'bottom'``.
    loc : LocaleSettings, optional
        Fixed locale; by default the current :func:`formatting.current_locale` is used at
        paint time (so a language change needs no new axis).
    week_start : int
        First weekday for Gregorian weeks (0 = Monday); Jalali weeks start on Saturday.
    """

    def __init__(self, orientation: str = "bottom", loc: formatting.LocaleSettings | None = None,
                 week_start: int = 0, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._loc = loc
        self._week_start = week_start
        self._grain = "month"

    @property
    def locale(self) -> formatting.LocaleSettings:
        """The locale used for the labels."""
        return self._loc or formatting.current_locale()

    def tick_plan(self, min_val: float, max_val: float, size: float) -> tuple[str, list[float]]:
        """The grain and tick positions (seconds) for a visible range of ``size`` pixels."""
        if not (math.isfinite(min_val) and math.isfinite(max_val)) or max_val <= min_val:
            return "day", []
        span_days = (max_val - min_val) / _DAY
        max_ticks = max(2, int(size / _MIN_LABEL_PX))
        first = math.floor(min_val / _DAY)
        last = math.floor(max_val / _DAY)
        loc = self.locale
        for grain, length in _GRAINS:
            if span_days / length <= max_ticks or grain == "year":
                break
        starts = period_starts_between(first, last, grain, loc.calendar, self._week_start)
        starts = starts[(starts * _DAY >= min_val) & (starts * _DAY <= max_val)]
        if grain == "year" and len(starts) > max_ticks:
            step = next((s for s in _YEAR_STEPS if len(starts) / s <= max_ticks), _YEAR_STEPS[-1])
            starts = starts[::step]
        return grain, [float(s) * _DAY for s in starts]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N803
        """One level of ticks at period starts (pyqtgraph API)."""
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)  # inverted views swap them
        grain, ticks = self.tick_plan(lo, hi, size)
        self._grain = grain
        spacing = dict(_GRAINS)[grain] * _DAY
        return [(spacing, ticks)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        """Labels of the ticks in the locale's calendar, language and digits."""
        loc = self.locale
        return [formatting.fmt_period(_day_to_date(math.floor(v / _DAY)), self._grain, loc, short=True)
                for v in values]


class PeriodAxisItem(pg.AxisItem):
    """Axis for charts drawn at x = 0..n-1, one position per period.

    Parameters
    ----------
    period_starts : sequence of date-like
        The first day of each period, as the engine returns them.
    grain : {'day', 'week', 'month', 'quarter', 'year'}
    loc : LocaleSettings, optional
        Fixed locale; default: the current one.
    """

    def __init__(self, period_starts: Sequence[Any] = (), grain: str = "month",
                 orientation: str = "bottom", loc: formatting.LocaleSettings | None = None,
                 **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._loc = loc
        self._labels: list[str] = []
        self.set_periods(period_starts, grain)

    def set_periods(self, period_starts: Sequence[Any], grain: str) -> None:
        """Replace the periods (e.g. after a new engine result)."""
        loc = self._loc or formatting.current_locale()
        self._labels = [formatting.fmt_period(p, grain, loc, short=True) for p in period_starts]
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N803
        """Integer positions, thinned so labels do not overlap."""
        n = len(self._labels)
        if n == 0:
            return []
        # Inverted (right-to-left) views pass the range reversed.
        lo = max(0, math.ceil(min(minVal, maxVal)))
        hi = min(n - 1, math.floor(max(minVal, maxVal)))
        if hi < lo:
            return []
        widest = max(len(s) for s in self._labels)
        px_per_label = max(_MIN_LABEL_PX * 0.6, widest * 7.5)
        step = max(1, math.ceil((hi - lo + 1) / max(1.0, size / px_per_label)))
        return [(float(step), [float(i) for i in np.arange(lo, hi + 1, step)])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        """The period label at each integer position."""
        out = []
        for v in values:
            i = int(round(v))
            out.append(self._labels[i] if 0 <= i < len(self._labels) else "")
        return out


def _decimals_for(step: float) -> int:
    """Fewest decimals that write multiples of ``step`` exactly (2.5 -> 1, 0.25 -> 2)."""
    if not (step > 0 and math.isfinite(step)):
        return 0
    for decimals in range(7):
        scaled = step * 10**decimals
        if abs(scaled - round(scaled)) < 1e-6 * max(1.0, scaled):
            return decimals
    return 6


class LocalNumberAxisItem(pg.AxisItem):
    """Value axis whose numbers use the locale's digits and separators."""

    def __init__(self, orientation: str = "left", percent: bool = False,
                 loc: formatting.LocaleSettings | None = None, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._percent = percent
        self._loc = loc

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        """pyqtgraph's labels, re-written with local digits (and ``٪`` for percentages)."""
        return _number_ticks(values, scale, spacing, self._loc, self._percent)


def _number_ticks(values: Sequence[float], scale: float, spacing: float,
                  loc: formatting.LocaleSettings | None = None,
                  percent: bool = False) -> list[str]:
    """Tick labels through the one number formatter: local digits, thousands separators and
    just enough decimals for the tick spacing (``60,000`` rather than pyqtgraph's ``60000``,
    ``1,200,000`` rather than ``1.2e+06``)."""
    loc = loc or formatting.current_locale()
    decimals = _decimals_for(spacing * scale)
    return [formatting.fmt_percent(v * scale, decimals, loc, ratio=False) if percent
            else formatting.fmt_number(v * scale, decimals, loc) for v in values]


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def localize_axis(axis: pg.AxisItem) -> None:
    """Make an existing axis write its tick labels with the locale's digits and decimal sign.

    For axes created elsewhere (colour bars, custom category axes): wraps the instance's
    ``tickStrings``. Idempotent; the three axis classes above need no wrapping.
    """
    if isinstance(axis, (CalendarAxisItem, PeriodAxisItem, LocalNumberAxisItem)):
        return
    if getattr(axis, "_rd_localized", False):
        return
    original = axis.tickStrings

    def tick_strings(values, scale, spacing):
        return _localized(original(values, scale, spacing))

    axis.tickStrings = tick_strings
    axis._rd_localized = True
    axis.picture = None


def _localized(strings: list[str]) -> list[str]:
    loc = formatting.current_locale()
    if loc.digits == "latin" and loc.decimal_sep == ".":
        return strings
    return [formatting.to_local_digits(_DECIMAL_POINT.sub(loc.decimal_sep, str(t)), loc)
            for t in strings]


def install_axis_localization() -> None:
    """Make every plain ``pg.AxisItem`` in the app write local digits (idempotent).

    Charts built without :func:`apply_direction` still get ``۱۲۳`` / ``١٢٣`` tick labels;
    the wrapper reads the current locale at paint time, so English is untouched.
    """
    if getattr(pg.AxisItem, "_rd_localized_class", False):
        return
    original = pg.AxisItem.tickStrings

    def tick_strings(self, values, scale, spacing):
        if self.logMode:
            return _localized(original(self, values, scale, spacing))
        return _number_ticks(values, scale, spacing)

    pg.AxisItem.tickStrings = tick_strings
    pg.AxisItem.paint = _paint_axis
    pg.AxisItem._rd_localized_class = True


_PYQTGRAPH_AXIS_PAINT = pg.AxisItem.paint


def _paint_axis(self, p, opt, widget):
    """Paint an axis straight onto the painter when labels mix Persian/Arabic and digits.

    pyqtgraph caches an axis in a ``QPicture``; replaying it drops the space between a
    right-to-left word and a number ("آذر۱۴۰۳" instead of "آذر ۱۴۰۳"). Drawing the
    same specs directly keeps it; left-to-right locales keep the cached picture.
    """
    loc = getattr(self, "_loc", None) or formatting.current_locale()
    if not loc.rtl:
        return _PYQTGRAPH_AXIS_PAINT(self, p, opt, widget)
    paint_axis_directly(self, p)
    return None


def paint_axis_directly(axis: pg.AxisItem, p) -> None:
    """Draw ``axis``'s tick specs straight onto the painter, without pyqtgraph's cached
    ``QPicture`` (whose replay drops the space between a right-to-left word and a number)."""
    p.save()
    try:
        if axis.style["tickFont"]:
            p.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(p)
        if specs is not None:
            axis.drawPicture(p, *specs)
    finally:
        p.restore()


def apply_direction(plot_item: pg.PlotItem, rtl: bool | None = None) -> None:
    """Apply the chart direction rule to a plot.

    Parameters
    ----------
    plot_item : pyqtgraph.PlotItem
    rtl : bool, optional
        Default: from the current formatting locale (fa/ar are right to left).

    Notes
    -----
    Qt would mirror the plot's internal layout on its own (moving the left axis to the
    right but still drawing it as a left axis), so the plot is pinned left-to-right and
    mirrored explicitly: x inverted (time runs right to left), value axis on the right.
    """
    if rtl is None:
        rtl = formatting.current_locale().rtl
    plot_item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    legend = getattr(plot_item, "legend", None)
    if legend is not None:
        # A mirrored legend grid draws swatches over the labels; keep it left-to-right
        # (swatch, then text — the text itself still shapes right to left).
        legend.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Mirror the legend's corner too: with time running right to left, the newest
        # (usually tallest) data sits on the left, where a top-left legend would cover it.
        if legend.parentItem() is not None:
            ox, oy = legend.offset if legend.offset is not None else (8, 4)
            ox = abs(ox)
            if rtl:
                legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-ox, oy))
            else:
                legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(ox, oy))
    plot_item.getViewBox().invertX(rtl)
    for name in ("left", "right", "top", "bottom"):
        localize_axis(plot_item.getAxis(name))
    layout = plot_item.layout
    for i in range(layout.count()):  # colour bars inserted next to the plot
        item = layout.itemAt(i)
        if isinstance(item, pg.ColorBarItem):
            localize_axis(item.axis)
    left, right = plot_item.getAxis("left"), plot_item.getAxis("right")
    if rtl:
        label = left.labelText
        plot_item.showAxis("right")
        plot_item.hideAxis("left")
        right.setStyle(showValues=True)
        if label:
            right.setLabel(label)
    else:
        plot_item.showAxis("left")
        plot_item.hideAxis("right")

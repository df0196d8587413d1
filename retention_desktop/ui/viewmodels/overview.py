"""The Overview tab's view model: :class:`~retention_desktop.core.engine.results.OverviewResult`
→ card texts, trend and lifecycle series, the retention table frame.

Pure functions (no widgets): numbers are formatted through :mod:`retention_desktop.ui.fmt`
(the current locale's digits and calendar), words through ``QCoreApplication.translate``
in the ``OverviewTab`` context (the strings moved here from the tab keep their
translations; lupdate reads the literal calls).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication as Qca  # lupdate reads Qca.translate("ctx", ...)

from retention_desktop.core.engine.period import period_bounds
from retention_desktop.core.engine.results import (
    HEADLINE_KPIS,
    CrrTable,
    Headline,
    KpiValue,
    Lifecycle,
    OverviewResult,
    Trend,
)
from retention_desktop.ui import fmt

CRR_COLUMNS = ("period", "crr_strict", "churn_rate", "S0", "retained", "churned", "N", "E",
               "resurrected", "crr")


@dataclass(frozen=True)
class Look:
    """What the texts depend on besides the result: grain, calendar, currency, minimum n."""

    grain: str = "month"
    calendar: str = "gregorian"
    currency: str = ""
    min_n: int = 30


@dataclass(frozen=True)
class CardView:
    """Everything one KPI card shows."""

    key: str
    value_text: str
    change: float | None
    change_text: str
    change_tooltip: str
    sentence: str  # plain words before the card's definition (HTML paragraphs)
    sparkline: tuple[float, ...]
    higher_is_better: bool


@dataclass(frozen=True)
class TrendLines:
    """The trend chart of one measure: the solid line (complete periods) and the dashed
    tail over the unfinished period(s), joined to the last complete point."""

    categories: tuple[str, ...]
    values: np.ndarray
    solid: np.ndarray
    tail: np.ndarray | None


@dataclass(frozen=True)
class LifecycleBars:
    """Stacked bars: new at the bottom, continuing on it, resurrected on top; dormant
    below zero; the quick ratio for the readout."""

    categories: tuple[str, ...]
    new: np.ndarray
    continuing: np.ndarray
    continuing_bottom: np.ndarray
    resurrected: np.ndarray
    resurrected_bottom: np.ndarray
    dormant: np.ndarray
    quick_ratio: np.ndarray


def window_name(start: date, end: date, look: Look) -> str:
    """The exact name of a headline window: a whole month of the project's calendar by
    its name (``Khordad 1377``), any other span (30 days, a quarter, a year to date) by
    its first and last day and its length (``1377/03/11 – 1377/04/09 (30 days)``)."""
    if period_bounds(start, "month", look.calendar) == (start, end):
        return fmt.period(start.isoformat(), "month", short=False)
    return Qca.translate("OverviewTab", "{0} – {1} ({2} days)").format(
        fmt.day(start), fmt.day(end), fmt.integer((end - start).days + 1))


def empty_text(result: OverviewResult) -> str | None:
    """Why there is nothing to show, or None when customers match."""
    if result.customers:
        return None
    if result.trend.points:
        return Qca.translate("OverviewTab", "No customers match the current filters. Widen "
                             "the period or clear filters in the bar above.")
    return Qca.translate("OverviewTab", "No orders to show: import your exports on the Data "
                         "tab, or widen the period.")


def card_value_text(kpi: KpiValue, look: Look) -> str:
    """The number, or why there is none."""
    if kpi.status == "too_few":
        return Qca.translate("OverviewTab", "too few")
    if kpi.status == "no_history":
        return Qca.translate("OverviewTab", "not enough history")
    if kpi.status == "too_recent":
        return Qca.translate("OverviewTab", "too early to tell")
    if kpi.status == "under_half":
        return Qca.translate("OverviewTab", "under half came back")
    return fmt.by_unit(kpi.value, kpi.unit, look.currency)


#: Why a card has no value when nobody is behind it in the headline period (by the
#: customers it rests on, :data:`BASE_OF`).
_NOBODY = {
    "median_days_to_second_order": lambda: Qca.translate(
        "OverviewTab", "no first-time buyers in this period"),
    "crr_strict": lambda: Qca.translate(
        "OverviewTab", "nobody was active at the start of this period"),
    "churn_rate": lambda: Qca.translate(
        "OverviewTab", "nobody was active at the start of this period"),
    "customers": lambda: Qca.translate("OverviewTab", "no customers in this period"),
}


def card_change(kpi: KpiValue, head: Headline | None,
                look: Look) -> tuple[float | None, str, str]:
    """(change, text, tooltip): rates in points, other figures in % of the previous."""
    if kpi.status == "too_few" and kpi.base_n == 0:
        # "only 0 customers (minimum 30)" on a shop of thousands reads like a bug: say
        # what is missing in this period in plain words
        return None, _NOBODY.get(kpi.key, _NOBODY["customers"])(), ""
    if kpi.status == "too_recent":
        return None, Qca.translate(
            "OverviewTab", "not enough time has passed to see second orders"), ""
    if kpi.status == "too_few":
        # "only 1 customers" read wrong: one customer gets the singular
        text = (Qca.translate("OverviewTab", "only {0} customer (minimum {1})")
                if kpi.base_n == 1
                else Qca.translate("OverviewTab", "only {0} customers (minimum {1})"))
        return None, text.format(fmt.integer(kpi.base_n), fmt.integer(kpi.min_n)), ""
    if not kpi.comparable or head is None or head.previous is None:
        return None, "—", Qca.translate("OverviewTab", "Not enough history to compare")
    tip = Qca.translate("OverviewTab", "{0}: {1}\n{2}: {3}").format(
        window_name(head.current.start, head.current.end, look),
        fmt.by_unit(kpi.value, kpi.unit, look.currency),
        window_name(head.previous.start, head.previous.end, look),
        fmt.by_unit(kpi.previous, kpi.unit, look.currency))
    if kpi.change is None:
        return None, "—", tip
    if kpi.change_in_points:
        points = Qca.translate("OverviewTab", "{0} pts")
        return kpi.change, points.format(fmt.signed_points(kpi.change)), tip
    return kpi.change, fmt.signed_percent(kpi.change), tip


def card_sentence(kpi: KpiValue, head: Headline | None, look: Look) -> str:
    """One plain sentence about the card's number (HTML), before its definition."""
    if head is None or kpi.status == "too_few":
        return ""
    texts = {
        "crr_strict": Qca.translate(
            "OverviewTab", "Of the customers active at the start of {0}, {1} were "
            "still active at its end."),
        "churn_rate": Qca.translate(
            "OverviewTab", "Of the customers active at the start of {0}, {1} were no "
            "longer active at its end."),
        "repeat_purchase_rate": Qca.translate(
            "OverviewTab", "Of the customers who bought in {0}, {1} bought "
            "more than once in it."),
        "median_days_to_second_order": Qca.translate(
            "OverviewTab", "Half of the customers who first bought in {0} bought again "
            "within {1} (followed to the data end)."),
        "customers": Qca.translate("OverviewTab", "{1} customers bought in {0}."),
    }
    text = texts.get(kpi.key) if kpi.value is not None else None
    period = window_name(head.current.start, head.current.end, look)
    value = fmt.by_unit(kpi.value, kpi.unit, look.currency)
    out = f"<p>{text.format(period, value)}</p>" if text else ""
    if kpi.key == "median_days_to_second_order":
        came = Qca.translate("OverviewTab",
                             "Came back within {0} days: {1} of {2} followed that long.")
        out += "".join(
            "<p>" + came.format(fmt.integer(w.days), fmt.percent(w.share),
                                fmt.integer(w.eligible)) + "</p>"
            for w in head.current.second_within if w.eligible >= look.min_n)
    return out


def sparkline(result: OverviewResult, key: str) -> tuple[float, ...]:
    """The card's KPI per period of the range (NaN where undefined): from the trend, or
    for the retention rates from the retention table."""
    if result.trend.has(key):
        return tuple(result.trend.column(key).tolist())
    out = []
    for period in result.trend.periods:
        row = result.crr.row_of(period)
        value = getattr(row, key, None) if row is not None else None
        out.append(np.nan if value is None else float(value))
    return tuple(out)


def cards(result: OverviewResult, look: Look) -> tuple[CardView, ...]:
    """Every Overview card: the headline period's value and its change; without any period,
    the whole range's value and no change."""
    head = result.headline
    views = []
    for key, unit, better in HEADLINE_KPIS:
        kpi = (head.kpi(key, unit, better) if head is not None
               else result.range_kpi(key, unit, better, look.min_n))
        change, text, tip = card_change(kpi, head, look)
        views.append(CardView(key=key, value_text=card_value_text(kpi, look),
                              change=change, change_text=text, change_tooltip=tip,
                              sentence=card_sentence(kpi, head, look),
                              sparkline=sparkline(result, key), higher_is_better=better))
    return tuple(views)


def headline_text(head: Headline | None, look: Look) -> str:
    """Names the period and calendar every card shows."""
    if head is None:
        return ""
    calendar = (Qca.translate("OverviewTab", "Jalali calendar") if look.calendar == "jalali"
                else Qca.translate("OverviewTab", "Gregorian calendar"))
    current = window_name(head.current.start, head.current.end, look)
    if not head.current.complete:
        current = Qca.translate("OverviewTab", "{0} (not finished)").format(current)
    if head.previous is not None:
        return Qca.translate(
            "OverviewTab", "Cards show {0} ({1}); changes compare it with {2}.").format(
            current, calendar, window_name(head.previous.start, head.previous.end, look))
    return Qca.translate(
        "OverviewTab", "Cards show {0} ({1}); no earlier period to compare with.").format(
        current, calendar)


def trend_lines(trend: Trend, key: str, look: Look) -> TrendLines | None:
    """The trend chart of ``key``; None without any period."""
    if not trend.points:
        return None
    values = trend.column(key)
    complete = trend.complete
    solid = np.where(complete, values, np.nan)
    tail = None
    if not complete.all():  # the unfinished last period: dashed, so nobody reads a drop
        tail = np.full_like(values, np.nan)
        idx = np.nonzero(~complete)[0]
        tail[idx] = values[idx]
        if idx[0] > 0:
            tail[idx[0] - 1] = values[idx[0] - 1]
    return TrendLines(tuple(fmt.period(p, look.grain) for p in trend.periods),
                      values, solid, tail)


def lifecycle_bars(lifecycle: Lifecycle, look: Look) -> LifecycleBars | None:
    """The lifecycle chart; None without any period.

    An unfinished period's dormant bar reads as a collapse, and periods whose window
    reaches before the export count everyone as new: both are left out (unless that
    leaves nothing).
    """
    rows = [r for r in lifecycle.rows if r.complete and r.enough_history] or list(lifecycle.rows)
    if not rows:
        return None

    def col(name: str) -> np.ndarray:
        return np.array([getattr(r, name) for r in rows], dtype=float)

    new, ret = col("new"), col("returning")
    return LifecycleBars(
        categories=tuple(fmt.period(r.period, look.grain) for r in rows),
        new=new, continuing=ret, continuing_bottom=new, resurrected=col("resurrected"),
        resurrected_bottom=new + ret, dormant=-col("dormant"),
        quick_ratio=np.array([np.nan if r.quick_ratio is None else r.quick_ratio
                              for r in rows], dtype=float))


def crr_frame(crr: CrrTable, look: Look) -> pd.DataFrame:
    """The retention table: one row per period (raw values; the tab formats them).

    Rates of a period whose window reaches before the export would read 100 %: left
    empty and said why; unfinished and thin periods are marked.
    """
    if not crr.rows:
        return pd.DataFrame(columns=(*CRR_COLUMNS, "note"))
    records = []
    for r in crr.rows:
        rec = {c: getattr(r, c) for c in CRR_COLUMNS}
        if not r.enough_history:
            rec.update(crr=None, crr_strict=None, churn_rate=None)
        rec["note"] = (Qca.translate("OverviewTab", "not enough history") if not r.enough_history
                       else Qca.translate("OverviewTab", "not finished") if not r.complete
                       else Qca.translate("OverviewTab", "too few customers (under {0})")
                       .format(fmt.integer(look.min_n))
                       if look.min_n > r.S0 else "")
        if not rec["note"] and rec["crr"] is not None and rec["crr"] > 1:
            # (E - N) / S0 counts lapsed customers who came back: say why it tops 100 %
            text = (Qca.translate("OverviewTab", "CRR above {0}: {1} lapsed customer came back")
                    if r.resurrected == 1 else
                    Qca.translate("OverviewTab", "CRR above {0}: {1} lapsed customers came back"))
            rec["note"] = text.format(fmt.percent(1.0, 0), fmt.integer(r.resurrected))
        records.append(rec)
    return pd.DataFrame.from_records(records, columns=(*CRR_COLUMNS, "note"))

"""Overview tab: KPI cards, revenue/customers/orders trend, lifecycle bars, CRR table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.engine.overview import BASE_OF, overview, too_few
from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.dialogs.definitions_dialog import card_tooltip
from retention_desktop.ui.tabs.base import AnalysisTab
from retention_desktop.ui.widgets.chart import ChartPanel
from retention_desktop.ui.widgets.kpi_card import KpiCard
from retention_desktop.ui.widgets.table import DataTable

# (key, unit, higher is better). Every card shows the headline period (the last complete
# period of the range) and its change against the period before it (rates in points).
KPIS = (
    ("customers", "count", True), ("orders", "count", True), ("revenue", "money", True),
    ("aov", "money", True), ("crr_strict", "rate", True),
    ("repeat_purchase_rate", "rate", True),
    ("returning_customer_rate", "rate", True), ("purchase_frequency", "ratio", True),
    ("median_days_to_second_order", "days", False), ("churn_rate", "rate", False),
)
CARD_KEYS = {"median_days_to_second_order": "time_to_second"}
CRR_COLUMNS = ("period", "crr_strict", "churn_rate", "S0", "retained", "churned", "N", "E",
               "resurrected", "crr")


class OverviewTab(AnalysisTab):
    """Headline numbers of the filtered shop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result: dict | None = None
        titles = {
            "customers": self.tr("Customers"), "orders": self.tr("Orders"),
            "revenue": self.tr("Revenue"), "aov": self.tr("Average order value"),
            "repeat_purchase_rate": self.tr("Repeat purchase rate"),
            "returning_customer_rate": self.tr("Returning-customer rate"),
            "purchase_frequency": self.tr("Orders per customer"),
            "median_days_to_second_order": self.tr("Time to second purchase"),
            "crr_strict": self.tr("Retention rate"), "churn_rate": self.tr("Churn rate"),
        }
        self.cards: dict[str, KpiCard] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, (key, _unit, _better) in enumerate(KPIS):
            card = KpiCard(key, titles[key], self)
            card.setToolTip(card_tooltip(CARD_KEYS.get(key, key), self.tr))
            self.cards[key] = card
            grid.addWidget(card, i // 5, i % 5)
        self.compare_label = QLabel(self)
        self.compare_label.setWordWrap(True)

        self.trend = ChartPanel(self.tr("Trend per period"), self)
        self.trend_measure = QComboBox(self)
        for key, text in (("revenue", self.tr("Revenue")), ("orders", self.tr("Orders")),
                          ("customers", self.tr("Customers")),
                          ("new_customers", self.tr("New customers")),
                          ("aov", self.tr("Average order value"))):
            self.trend_measure.addItem(text, key)
        self.trend_measure.currentIndexChanged.connect(self._draw_trend)
        trend_box = QWidget(self)
        tl = QVBoxLayout(trend_box)
        tl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Show:"), self))
        head.addWidget(self.trend_measure)
        head.addStretch(1)
        tl.addLayout(head)
        tl.addWidget(self.trend, 1)

        self.lifecycle = ChartPanel(self.tr("Customer lifecycle per period"), self)
        self.lifecycle.value_format = fmt.integer
        self.lifecycle.setToolTip(card_tooltip("quick_ratio", self.tr))

        self.crr_table = DataTable(self.tr("Retention and churn per period"), "crr", self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(trend_box)
        charts.addWidget(self.lifecycle)
        lower = QSplitter(Qt.Orientation.Vertical, self)
        lower.addWidget(charts)
        lower.addWidget(self.crr_table)
        lower.setSizes([300, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.compare_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(lower, 1)

        self.follow_context()

    # ------------------------------------------------------------------ computing
    def refresh(self) -> None:
        """Recompute in the background (the latest filter wins)."""
        if self.ctx.store is None:
            return
        self.submit("overview", overview, self.ctx.store, self.ctx.spec,
                    self.ctx.settings, on_result=self.show_result,
                    label=self.tr("Computing the overview…"))

    def show_result(self, result: dict) -> None:
        """Keep the job's result and draw it, one chart or table per event-loop turn."""
        self.result = result
        kpis = result["kpis"]
        empty = not kpis.get("customers")
        self.empty_label.setVisible(bool(empty))
        self.empty_label.setText(self.tr("No customers match the current filters. Widen the "
                                         "period or clear filters in the bar above.")
                                 if result["trend"]["periods"]
                                 else self.tr("No orders to show: import your exports on the "
                                              "Data tab, or widen the period."))
        keys = [k for k, _u, _b in KPIS]
        # All cards in one step: together they take a few ms, and every step waits a
        # paint interval (a period change was ~30 ms later with the cards in four steps).
        self.run_steps([
            lambda: self._fill_cards(keys),
            self._draw_trend,
            lambda: self._draw_lifecycle(result["lifecycle"]),
            lambda: self._fill_crr(result["crr"]),
        ])

    def _fill_cards(self, keys: list[str]) -> None:
        result = self.result
        compare = result.get("compare")
        # The headline period's values (the report's rule); the whole range only when
        # there is no period at all.
        now_values = compare["current"]["kpis"] if compare else result["kpis"]
        before_values = (compare.get("previous") or {}).get("kpis") if compare else None
        min_n = int(self.ctx.settings.min_cell_n)
        trend = pd.DataFrame(result["trend"]["periods"])
        crr_trend = {p["period"]: p for p in result["crr"].get("periods", [])}
        for key, unit, better in KPIS:
            if key not in keys:
                continue
            card = self.cards[key]
            card.set_value(self._card_value(now_values, key, unit, min_n))
            card.setToolTip(self._card_sentence(compare, now_values, key, unit, min_n)
                            + card_tooltip(CARD_KEYS.get(key, key), self.tr))
            card.set_change(*self._card_change(now_values, before_values, key, unit, min_n),
                            better)
            if key in trend:
                card.set_sparkline(trend[key].tolist())
            else:
                card.set_sparkline([crr_trend[p].get(key) for p in trend.get("period", [])])
        if "customers" in keys:
            self.compare_label.setText(self._headline_text(compare))

    def _card_sentence(self, compare: dict | None, values: dict, key: str, unit: str,
                       min_n: int) -> str:
        """One plain sentence about the card's number, before its definition."""
        if not compare or too_few(values, key, min_n):
            return ""
        period = self._period_name(compare["current"]["from"])
        value = fmt.by_unit(values.get(key), unit, self.ctx.settings.currency)
        texts = {
            "crr_strict": self.tr("Of the customers active at the start of {0}, {1} were "
                                  "still active at its end."),
            "churn_rate": self.tr("Of the customers active at the start of {0}, {1} were no "
                                  "longer active at its end."),
            "repeat_purchase_rate": self.tr("Of the customers who bought in {0}, {1} bought "
                                            "more than once in it."),
            "median_days_to_second_order": self.tr(
                "Half of the customers who first bought in {0} bought again within {1} "
                "(followed to the data end)."),
            "customers": self.tr("{1} customers bought in {0}."),
        }
        text = texts.get(key) if values.get(key) is not None else None
        out = f"<p>{text.format(period, value)}</p>" if text else ""
        if key == "median_days_to_second_order":
            out += "".join(
                "<p>" + self.tr("Came back within {0} days: {1} of {2} followed that long.")
                .format(fmt.integer(w["days"]), fmt.percent(w["share"]),
                        fmt.integer(w["eligible"])) + "</p>"
                for w in values.get("second_within", []) if w["eligible"] >= min_n)
        return out

    def _card_value(self, values: dict, key: str, unit: str, min_n: int) -> str:
        """The number, or why there is none."""
        if too_few(values, key, min_n):
            return self.tr("too few")
        if key in ("crr_strict", "churn_rate") and values.get("enough_history") is False:
            return self.tr("not enough history")
        if key == "median_days_to_second_order" and values.get(key) is None \
                and values.get("new_customers"):
            return self.tr("under half came back")
        return fmt.by_unit(values.get(key), unit, self.ctx.settings.currency)

    def _card_change(self, now_values: dict, before_values: dict | None, key: str,
                     unit: str, min_n: int) -> tuple[float | None, str, str]:
        """(change, text, tooltip): rates in points, other figures in % of the previous."""
        currency = self.ctx.settings.currency
        if too_few(now_values, key, min_n):
            base = now_values.get(BASE_OF[key]) or 0
            # "only 1 customers" read wrong: one customer gets the singular
            text = (self.tr("only {0} customer (minimum {1})") if base == 1
                    else self.tr("only {0} customers (minimum {1})"))
            return None, text.format(fmt.integer(base), fmt.integer(min_n)), ""
        if before_values is None:
            return None, "—", self.tr("Not enough history to compare")
        now, before = now_values.get(key), before_values.get(key)
        tip = self.tr("{0}: {1}\n{2}: {3}").format(
            self._period_name(self.result["compare"]["current"]["from"]),
            fmt.by_unit(now, unit, currency),
            self._period_name(self.result["compare"]["previous"]["from"]),
            fmt.by_unit(before, unit, currency))
        if too_few(before_values, key, min_n) or now is None or before is None or (
                key in ("crr_strict", "churn_rate")
                and not (now_values.get("enough_history") and before_values.get("enough_history"))):
            return None, "—", tip
        if unit in ("rate",):
            change = now - before
            return change, self.tr("{0} pts").format(fmt.signed_points(change)), tip
        change = (now - before) / abs(before) if before else None
        return change, fmt.signed_percent(change) if change is not None else "—", tip

    def _period_name(self, iso: str) -> str:
        return fmt.period(iso, self.ctx.settings.grain, short=False)

    def _headline_text(self, compare: dict | None) -> str:
        """Names the period and calendar every card shows."""
        if not compare:
            return ""
        calendar = (self.tr("Jalali calendar") if self.ctx.settings.calendar == "jalali"
                    else self.tr("Gregorian calendar"))
        current = self._period_name(compare["current"]["from"])
        if not compare["current"]["kpis"].get("complete", True):
            current = self.tr("{0} (not finished)").format(current)
        if compare.get("previous"):
            return self.tr("Cards show {0} ({1}); changes compare it with {2}.").format(
                current, calendar, self._period_name(compare["previous"]["from"]))
        return self.tr("Cards show {0} ({1}); no earlier period to compare with.").format(
            current, calendar)

    def _draw_trend(self) -> None:
        if self.result is None:
            return
        periods = self.result["trend"]["periods"]
        key = self.trend_measure.currentData()
        chart = self.trend
        chart.clear()
        if not periods:
            chart.set_empty(self.tr("No orders in this period."))
            return
        chart.set_empty("")
        grain = self.ctx.settings.grain
        chart.set_categories([fmt.period(p["period"], grain) for p in periods])
        currency = self.ctx.settings.currency
        chart.value_format = (lambda v: fmt.money(v, currency)) if key in ("revenue", "aov") \
            else fmt.integer
        values = np.array([np.nan if p[key] is None else p[key] for p in periods], dtype=float)
        complete = np.array([p["complete"] for p in periods])
        full = np.where(complete, values, np.nan)
        chart.add_line(self.trend_measure.currentText(), full, 0)
        if not complete.all():  # the unfinished last period: dashed, so nobody reads a drop
            tail = np.full_like(values, np.nan)
            idx = np.nonzero(~complete)[0]
            tail[idx] = values[idx]
            if idx[0] > 0:
                tail[idx[0] - 1] = values[idx[0] - 1]
            chart.add_line(self.tr("(period not complete)"), tail, 0, dashed=True)
            chart.series.pop()  # the readout lists the measure once
        chart.series[-1] = (self.trend_measure.currentText(), values)
        chart.reset_view()

    def _draw_lifecycle(self, lifecycle: dict) -> None:
        chart = self.lifecycle
        chart.clear()
        # An unfinished period's dormant bar reads as a collapse, and periods whose window
        # reaches before the export count everyone as new: both are left out.
        periods = [p for p in lifecycle.get("periods", [])
                   if p["complete"] and p.get("enough_history", True)] \
            or lifecycle.get("periods", [])
        if not periods:
            chart.set_empty(self.tr("No orders in this period."))
            return
        chart.set_empty("")
        grain = self.ctx.settings.grain
        chart.set_categories([fmt.period(p["period"], grain) for p in periods])
        new = np.array([p["new"] for p in periods], dtype=float)
        ret = np.array([p["returning"] for p in periods], dtype=float)
        res = np.array([p["resurrected"] for p in periods], dtype=float)
        dormant = -np.array([p["dormant"] for p in periods], dtype=float)
        chart.add_bars(self.tr("New"), new, 0)
        chart.add_bars(self.tr("Continuing"), ret, 2, bottoms=new)
        chart.add_bars(self.tr("Resurrected"), res, 1, bottoms=new + ret)
        chart.add_bars(self.tr("Dormant"), dormant, 5)
        quick = [p["quick_ratio"] for p in periods]
        chart.series.append((self.tr("Quick ratio"), np.array(
            [np.nan if q is None else q for q in quick], dtype=float)))
        base = chart.value_format

        def readout(v: float) -> str:
            return base(v) if float(v).is_integer() or not np.isfinite(v) else fmt.number(v, 2)

        chart.value_format = readout
        chart.plot.addLine(y=0, pen=pg.mkPen(chart.palette().color(QPalette.ColorRole.Text), width=1))
        chart.reset_view()

    def _fill_crr(self, crr: dict) -> None:
        periods = crr.get("periods", [])
        df = pd.DataFrame(periods)
        if df.empty:
            df = pd.DataFrame(columns=(*CRR_COLUMNS, "note"))
        else:
            # Rates of a period whose window reaches before the export would read 100 %:
            # left empty and said why; unfinished and thin periods are marked.
            no_history = ~df["enough_history"].astype(bool)
            df.loc[no_history, ["crr", "crr_strict", "churn_rate"]] = None
            min_n = int(self.ctx.settings.min_cell_n)
            df["note"] = [
                self.tr("not enough history") if not p["enough_history"]
                else self.tr("not finished") if not p["complete"]
                else self.tr("too few customers (under {0})").format(fmt.integer(min_n))
                if p["S0"] < min_n else "" for p in periods]
        df = df[[c for c in (*CRR_COLUMNS, "note") if c in df.columns]]
        cards = {"S0": "active_customer", "crr": "crr", "retained": "retained",
                 "crr_strict": "crr_strict", "churned": "churned", "churn_rate": "churn_rate",
                 "resurrected": "resurrected"}
        headers = {"period": self.tr("Period"), "S0": self.tr("Active at start"),
                   "N": self.tr("New"), "E": self.tr("Active at end"),
                   "crr": self.tr("CRR (E−N)/S0"), "retained": self.tr("Retained"),
                   "crr_strict": self.tr("Retention rate"), "churned": self.tr("Churned"),
                   "churn_rate": self.tr("Churn rate"), "resurrected": self.tr("Resurrected"),
                   "note": self.tr("Note")}
        formatters = {c: fmt.integer for c in ("S0", "N", "E", "retained", "churned", "resurrected")}
        formatters.update({c: fmt.percent for c in ("crr", "crr_strict", "churn_rate")})
        grain = self.ctx.settings.grain
        formatters["period"] = lambda p: fmt.period(p, grain)  # raw ISO stays sortable
        self.crr_table.set_frame(
            df, formatters, headers,
            tooltips={c: card_tooltip(k, self.tr) for c, k in cards.items()},
            empty_text=self.tr("No periods in the selected range."))

    def export_current(self) -> None:
        """File > Export… exports the CRR table."""
        self.crr_table.export_dialog()

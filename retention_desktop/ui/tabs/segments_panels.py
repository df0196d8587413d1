"""Pages of the Segments & campaigns tab that show one engine result each: CAC and
payback, the what-if projection, NPS/CSAT, funnel and stickiness.

Each page has ``show_result(result)`` (called on the GUI thread with the engine's dict)
and never computes anything itself; :class:`~retention_desktop.ui.tabs.segments_tab.
SegmentsTab` submits the jobs through the app's task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.bidi import bidi_isolate_each
from retention_desktop.core.formatting import parse_number, to_latin_digits, to_local_digits
from retention_desktop.ui import fmt
from retention_desktop.ui.dialogs.definitions_dialog import card_tooltip
from retention_desktop.ui.tabs.segments_model import cac_frame, nps_frames
from retention_desktop.ui.widgets.chart import ChartPanel
from retention_desktop.ui.widgets.table import DataTable


def _nan(v: Any) -> float:
    return np.nan if v is None else float(v)


def bars_with_ci(chart: ChartPanel, labels: Sequence[str], values: Sequence[Any],
                 lows: Sequence[Any], highs: Sequence[Any], name: str,
                 value_format: Callable[[float], str], empty: str) -> None:
    """Bars per category with 95% interval whiskers (or ``empty`` when nothing to show)."""
    chart.clear()
    if not labels:
        chart.set_empty(empty)
        return
    chart.set_empty("")
    chart.value_format = value_format
    chart.set_categories(labels)
    y = np.array([_nan(v) for v in values])
    chart.add_bars(name, y, 0)
    lo = np.array([_nan(v) for v in lows])
    hi = np.array([_nan(v) for v in highs])
    ok = ~(np.isnan(lo) | np.isnan(hi) | np.isnan(y))
    if ok.any():
        x = np.arange(len(y), dtype=float)[ok]
        whiskers = pg.ErrorBarItem(x=x, y=y[ok], top=hi[ok] - y[ok], bottom=y[ok] - lo[ok],
                                   beam=0.25, pen=pg.mkPen(chart.palette().text().color()))
        chart.plot.addItem(whiskers)
    chart.reset_view()


def _label(text: str, parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
    return label


class SpendEditor(QWidget):
    """Type marketing spend per channel and month when the project has no spend file."""

    applied = Signal(object)  # list of {"period", "channel", "amount"} or None (= use file)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(3, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Month (YYYY-MM)"), self.tr("Amount")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.message = _label("", self)
        add = QPushButton(self.tr("Add row"), self)
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        apply = QPushButton(self.tr("Use this spend"), self)
        apply.clicked.connect(self.apply)
        clear = QPushButton(self.tr("Use the spend file"), self)
        clear.setToolTip(self.tr("Forget the typed spend and use the imported spend table"))
        clear.clicked.connect(lambda: self.applied.emit(None))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(clear)
        buttons.addWidget(apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_label(self.tr("Type the marketing spend per channel and month:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """Pre-fill (channel, month, amount) rows."""
        self.table.clearContents()
        self.table.setRowCount(max(len(rows), 3))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def spend(self) -> list[dict[str, Any]]:
        """The typed rows; raises ValueError naming the first bad row."""
        out = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                     for c in range(3)]
            channel, month, amount = cells
            if not month and not amount:  # empty or a pre-filled channel name only
                continue
            try:
                month = to_latin_digits(month).strip()  # typed with Persian digits too
                period = date.fromisoformat(month + "-01" if len(month) == 7 else month)
                value = parse_number(amount)
            except ValueError:
                raise ValueError(self.tr("Row {0}: use a month like {1} and a number "
                                         "for the amount.").format(
                    fmt.integer(r + 1), to_local_digits("2024-03"))) from None
            out.append({"period": period.isoformat(), "channel": channel or None,
                        "amount": value})
        return out

    def apply(self) -> None:
        """Validate and emit the typed spend."""
        try:
            rows = self.spend()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        if not rows:
            self.message.setText(self.tr("Type at least one row."))
            return
        self.message.setText("")
        self.applied.emit(rows)


class CacPage(QWidget):
    """CAC per channel, payback period, cumulative margin per customer vs CAC."""

    def __init__(self, currency: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.summary = _label("", self, bold=True)
        self.summary.setToolTip(card_tooltip("cac", self.tr))
        self.table = DataTable(self.tr("CAC and payback by channel"), "cac-by-channel", self)
        self.table.title_label.setToolTip(card_tooltip("payback_period", self.tr))
        self.chart = ChartPanel(self.tr("Cumulative gross margin per new customer vs CAC "
                                        "(dashed)"), self)
        self.chart.axis.setLabel(self.tr("Age (periods since first order)"))
        self.editor = SpendEditor(self)
        self.edit_button = QPushButton(self.tr("Type spend…"), self)
        self.edit_button.setCheckable(True)
        self.edit_button.toggled.connect(self.editor.setVisible)
        self.editor.hide()
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.edit_button)
        top = QWidget(self)
        tl = QHBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 3)
        tl.addWidget(self.editor, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.chart)
        split.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

    def show_result(self, result: dict[str, Any]) -> None:
        """Fill the table and the payback chart."""
        cur = self.currency()
        money = lambda v: fmt.money(v, cur)  # noqa: E731
        if not result.get("available"):
            self.summary.setText(self.tr("No marketing spend yet: import a spend file "
                                         "(period, channel, amount) or type the spend here."))
            self.table.set_frame(pd.DataFrame(), empty_text=self.tr("No spend."))
            self.chart.clear()
            self.chart.set_empty(self.tr("Payback needs spend per channel."))
            self.edit_button.setChecked(True)
            return
        ov = result["overall"]
        source = self.tr("typed spend") if result["source"] == "typed" else self.tr("spend file")
        payback = ov["payback_period"]
        text = self.tr("CAC {0} for {1} new customers ({2}); margin {3}%. ").format(
            money(ov["cac"]), fmt.integer(ov["new_customers"]), source,
            fmt.number(result["margin_pct"], 0))
        if payback is None:
            text += self.tr("Not paid back within the observed periods.")
        elif payback == 0:
            text += self.tr("Paid back within the first period.")
        else:
            text += self.tr("Paid back {0} periods after the first order.").format(
                fmt.integer(payback))
        self.summary.setText(text)
        df, formatters, headers = cac_frame(result, cur)
        self.table.set_frame(df, formatters, headers)
        chart = self.chart
        chart.clear()
        channels = [c for c in result["by_channel"] if c["curve"]]
        if not channels and not ov["curve"]:
            chart.set_empty(self.tr("No new customers in the range."))
            return
        chart.set_empty("")
        chart.value_format = money
        ages = max((len(c["curve"]) for c in channels), default=len(ov["curve"]))
        ages = max(ages, len(ov["curve"]))
        chart.set_categories([str(k) for k in range(ages)])
        for i, c in enumerate(channels):
            y = [p["margin_per_customer"] for p in c["curve"]]
            chart.add_line(str(c["channel"]), y, i + 1, width=2)
            if c["cac"] is not None:
                chart.add_line(self.tr("CAC {0}").format(c["channel"]), [c["cac"]] * ages,
                               i + 1, width=1, dashed=True, symbol=None)
        if not channels:
            chart.add_line(self.tr("All channels"), [p["margin_per_customer"] for p in ov["curve"]],
                           0)
            if ov["cac"] is not None:
                chart.add_line(self.tr("CAC"), [ov["cac"]] * ages, 0, width=1, dashed=True,
                               symbol=None)
        chart.reset_view()


class WhatIfPage(QWidget):
    """Slider 'retention +x' and the projected revenue/profit of the next periods."""

    requested = Signal(float, str)  # x, mode (debounced)

    def __init__(self, currency: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 30)
        self.slider.setValue(5)
        self.slider.setTickInterval(5)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(card_tooltip("whatif_projection", self.tr))
        self.x_label = QLabel(self)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("percent (relative)"), "percent")
        self.mode.addItem(self.tr("percentage points"), "points")
        self.summary = _label("", self, bold=True)
        self.details = _label("", self)
        self.chart = ChartPanel(self.tr("Projected revenue and profit, next periods"), self)
        self.curve = ChartPanel(self.tr("Retention curve: observed vs scenario"), self)
        self.curve.axis.setLabel(self.tr("Age (periods since first order)"))
        self.curve.value_format = fmt.percent
        self.curve.value_range = (0.0, None)  # a rate: the axis starts at zero
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._emit)
        self.slider.valueChanged.connect(self._changed)
        self.mode.currentIndexChanged.connect(self._changed)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Retention improvement:"), self))
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.x_label)
        controls.addWidget(self.mode)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.chart)
        charts.addWidget(self.curve)
        charts.setSizes([700, 450])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(charts, 1)
        self._update_label()

    def x(self) -> float:
        """The chosen improvement."""
        return float(self.slider.value())

    def mode_key(self) -> str:
        """'percent' or 'points'."""
        return str(self.mode.currentData())

    def _update_label(self) -> None:
        if self.mode_key() == "points":
            self.x_label.setText(self.tr("+{0} points").format(fmt.integer(self.slider.value())))
        else:
            self.x_label.setText(self.tr("+{0}%").format(fmt.integer(self.slider.value())))

    def _changed(self) -> None:
        self._update_label()
        self._timer.start()

    def _emit(self) -> None:
        self.requested.emit(self.x(), self.mode_key())

    def show_result(self, result: dict[str, Any]) -> None:
        """Draw the projection."""
        cur = self.currency()
        money = lambda v: fmt.money(v, cur, 0)  # noqa: E731
        self.chart.clear()
        self.curve.clear()
        if not result.get("available"):
            text = result.get("reason") or self.tr("Not enough data for a projection.")
            self.summary.setText(text)
            self.details.setText("")
            self.chart.set_empty(text)
            self.curve.set_empty(text)
            return
        t = result["totals"]
        x = self.x_label.text()
        periods = len(result["periods"])
        self.summary.setText(self.tr(
            "Retention {0} would add {1} revenue ({2}) and {3} profit ({4}) over the next "
            "{5} periods.").format(
                x, money(t["revenue_uplift"]), fmt.signed_percent(_ratio(t["revenue_uplift_pct"])),
                money(t["profit_uplift"]), fmt.signed_percent(_ratio(t["profit_uplift_pct"])),
                fmt.integer(periods)))
        cac = result.get("cac") or 0.0
        self.details.setText(self.tr(
            "Baseline: {0} revenue, {1} profit (gross margin {2}%{3}); {4} new customers per "
            "period as in the last three complete periods.").format(
                money(t["baseline_revenue"]), money(t["baseline_profit"]),
                fmt.number(result["margin_pct"], 0),
                self.tr(", minus CAC {0} per new customer").format(fmt.money(cac, cur))
                if cac else "",
                fmt.number(result["new_customers_per_period"], 0)))
        self.chart.set_empty("")
        self.chart.value_format = money
        self.chart.set_categories([p["period"] or f"+{p['t']}" for p in result["periods"]])
        rows = result["periods"]
        self.chart.add_line(self.tr("Revenue (observed retention)"),
                            [p["baseline_revenue"] for p in rows], 0)
        self.chart.add_line(self.tr("Revenue (scenario)"), [p["scenario_revenue"] for p in rows], 1)
        self.chart.add_line(self.tr("Profit (observed)"), [p["baseline_profit"] for p in rows], 0,
                            dashed=True)
        self.chart.add_line(self.tr("Profit (scenario)"), [p["scenario_profit"] for p in rows], 1,
                            dashed=True)
        self.chart.reset_view()
        curve = result["curve"]
        self.curve.set_empty("")
        self.curve.set_categories([str(c["k"]) for c in curve])
        self.curve.add_line(self.tr("Observed"), [c["retention"] for c in curve], 0)
        self.curve.add_line(self.tr("Scenario"), [c["scenario_retention"] for c in curve], 1)
        self.curve.reset_view()


def _ratio(pct: float | None) -> float | None:
    return None if pct is None else pct / 100.0


class NpsPage(QWidget):
    """NPS and CSAT overall, by cohort and segment; repeat rate per NPS group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = _label("", self, bold=True)
        self.summary.setToolTip(card_tooltip("nps", self.tr))
        self.table = DataTable(self.tr("NPS and CSAT by cohort and segment"), "nps", self)
        self.chart = ChartPanel(self.tr("Repeat rate by NPS group"), self)
        self.chart.setToolTip(card_tooltip("nps_repeat", self.tr))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([720, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def show_result(self, result: dict[str, Any]) -> None:
        """Fill the summary, table and chart."""
        if not result.get("available"):
            text = result.get("reason") or ""
            self.summary.setText(text + " " + self.tr(
                "Import a survey file (customer, date, score) to see NPS and CSAT here."))
            self.table.set_frame(pd.DataFrame(), empty_text=self.tr("No survey answers."))
            self.chart.clear()
            self.chart.set_empty(self.tr("No survey answers."))
            return
        n, c = result["nps"], result["csat"]
        parts = []
        if n["n"]:
            parts.append(self.tr("NPS {0} [{1} to {2}] from {3} answers").format(
                fmt.number(n["nps"], 0), *bidi_isolate_each(
                    fmt.number(n["ci_low"], 0), fmt.number(n["ci_high"], 0)),
                fmt.integer(n["n"])))
        if c["n"]:
            parts.append(self.tr("CSAT {0} of 5, top-2-box {1} ({2} answers)").format(
                fmt.number(c["mean"], 2), fmt.percent(c["top2_box"]["value"]),
                fmt.integer(c["n"])))
        self.summary.setText(" · ".join(parts))
        df, formatters, headers = nps_frames(result)
        self.table.set_frame(df, formatters, headers)
        groups = result["repeat_by_group"]
        names = {"promoter": self.tr("Promoters"), "passive": self.tr("Passives"),
                 "detractor": self.tr("Detractors")}
        p = result.get("repeat_p_value")
        p_text = ("—" if p is None else self.tr("p < 0.001") if p < 0.001
                  else self.tr("p = {0}").format(fmt.number(p, 3)))
        self.chart.title_label.setText(
            self.tr("Repeat rate by NPS group (promoters vs detractors: {0})").format(p_text))
        bars_with_ci(self.chart, [names[g["group"]] for g in groups],
                     [g["rate"] for g in groups], [g["ci_low"] for g in groups],
                     [g["ci_high"] for g in groups], self.tr("Repeat purchase rate"),
                     fmt.percent, self.tr("No respondents who are customers."))


class FunnelPage(QWidget):
    """Signup -> 1st -> 2nd -> 3rd order funnel, reactivations and stickiness."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.funnel_note = _label("", self)
        self.funnel = ChartPanel(self.tr("Customers reaching each stage"), self)
        self.funnel.setToolTip(card_tooltip("funnel_conversion", self.tr))
        self.funnel.value_format = fmt.integer
        self.table = DataTable(self.tr("Stage conversion"), "funnel", self)
        self.stick_note = _label("", self)
        self.stick = ChartPanel(self.tr("DAU/MAU per month"), self)
        self.stick.setToolTip(card_tooltip("dau_mau", self.tr))
        self.stick.value_format = fmt.percent
        self.stick.value_range = (0.0, None)  # a rate: the axis starts at zero
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.funnel_note)
        ll.addWidget(self.funnel, 3)
        ll.addWidget(self.table, 2)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.stick_note)
        rl.addWidget(self.stick, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)

    def show_result(self, result: dict[str, Any]) -> None:
        """``result`` = {"funnel": ..., "stickiness": ...}."""
        self._show_funnel(result["funnel"])
        self._show_stickiness(result["stickiness"])

    def _show_funnel(self, r: dict[str, Any]) -> None:
        names = {"signup": self.tr("Signed up"), "first_order": self.tr("1st order"),
                 "second_order": self.tr("2nd order"), "third_order": self.tr("3rd order")}
        self.funnel.clear()
        if not r.get("available"):
            self.funnel_note.setText(r.get("reason") or "")
            self.funnel.set_empty(self.tr("Nobody entered the funnel in the selected range."))
            self.table.set_frame(pd.DataFrame())
            return
        note = r.get("signup_note") or ""
        react = r.get("reactivations") or {}
        if react:
            note = (note + " " if note else "") + self.tr(
                "Reactivations (orders after {0}+ days without one): {1} orders by {2} "
                "customers ({3} of orders).").format(
                    fmt.integer(react["window_days"]), fmt.integer(react["orders"]),
                    fmt.integer(react["customers"]), fmt.percent(react["share_of_orders"]))
        self.funnel_note.setText(note)
        stages = r["stages"]
        self.funnel.set_empty("")
        self.funnel.set_categories([names[s["stage"]] for s in stages])
        self.funnel.add_bars(self.tr("Customers"), [s["customers"] for s in stages], 0)
        self.funnel.reset_view()
        df = pd.DataFrame([{
            "stage": names[s["stage"]], "customers": s["customers"],
            "conversion": s["conversion"], "share": s["share_of_entrants"],
            "days": s["median_days_from_previous"]} for s in stages], dtype=object)
        self.table.set_frame(
            df, {"customers": fmt.integer, "conversion": fmt.percent, "share": fmt.percent,
                 "days": lambda v: fmt.number(v, 1)},
            {"stage": self.tr("Stage"), "customers": self.tr("Customers"),
             "conversion": self.tr("From previous stage"), "share": self.tr("Of entrants"),
             "days": self.tr("Median days from previous")})

    def _show_stickiness(self, r: dict[str, Any]) -> None:
        self.stick.clear()
        if not r.get("available"):
            self.stick_note.setText(r.get("reason") or "")
            self.stick.set_empty(self.tr("No activity in the selected range."))
            return
        basis = (self.tr("from site/app sessions") if r["basis"] == "activity"
                 else self.tr("on order days (no activity data imported)"))
        self.stick_note.setText(self.tr(
            "DAU/MAU {0} {1}; {2} active days per active month on average; {3} sessions per "
            "active user and week.").format(
                fmt.percent(r["dau_mau"]), basis, fmt.number(r["mean_active_days"], 2),
                fmt.number(r["sessions_per_user_week"], 2)))
        months = r["months"]
        self.stick.set_empty("")
        self.stick.set_categories([m["period"][:7] for m in months])
        self.stick.add_line(self.tr("DAU/MAU"), [_nan(m["dau_mau"]) for m in months], 0)
        self.stick.reset_view()

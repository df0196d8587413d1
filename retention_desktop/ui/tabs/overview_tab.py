"""Overview tab: KPI cards, revenue/customers/orders trend, lifecycle bars, CRR table."""

from __future__ import annotations

import numpy as np
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

from retention_desktop.core.engine.overview import overview
from retention_desktop.core.engine.results import HEADLINE_KPIS, CrrTable, Lifecycle, OverviewResult
from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.dialogs.definitions_dialog import card_tooltip
from retention_desktop.ui.tabs.base import AnalysisTab
from retention_desktop.ui.viewmodels import overview as vm
from retention_desktop.ui.widgets.chart import ChartPanel
from retention_desktop.ui.widgets.kpi_card import KpiCard
from retention_desktop.ui.widgets.table import DataTable

CARD_KEYS = {"median_days_to_second_order": "time_to_second"}


class OverviewTab(AnalysisTab):
    """Headline numbers of the filtered shop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result: OverviewResult | None = None
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
        for i, (key, _unit, _better) in enumerate(HEADLINE_KPIS):
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

    def look(self) -> vm.Look:
        """What the texts depend on besides the result (the current settings)."""
        st = self.ctx.settings
        return vm.Look(grain=st.grain, calendar=st.calendar, currency=st.currency,
                       min_n=int(st.min_cell_n))

    def show_result(self, result: OverviewResult) -> None:
        """Keep the job's result and draw it, one chart or table per event-loop turn."""
        self.result = result
        empty = vm.empty_text(result)
        self.empty_label.setVisible(empty is not None)
        self.empty_label.setText(empty or "")
        # All cards in one step: together they take a few ms, and every step waits a
        # paint interval (a period change was ~30 ms later with the cards in four steps).
        self.run_steps([
            self._fill_cards,
            self._draw_trend,
            lambda: self._draw_lifecycle(result.lifecycle),
            lambda: self._fill_crr(result.crr),
        ])

    def _fill_cards(self) -> None:
        look = self.look()
        for view in vm.cards(self.result, look):
            card = self.cards[view.key]
            card.set_value(view.value_text)
            card.setToolTip(view.sentence + card_tooltip(CARD_KEYS.get(view.key, view.key),
                                                         self.tr))
            card.set_change(view.change, view.change_text, view.change_tooltip,
                            view.higher_is_better)
            card.set_sparkline(view.sparkline)
        self.compare_label.setText(vm.headline_text(self.result.headline, look))

    def _draw_trend(self) -> None:
        if self.result is None:
            return
        key = self.trend_measure.currentData()
        chart = self.trend
        chart.clear()
        lines = vm.trend_lines(self.result.trend, key, self.look())
        if lines is None:
            chart.set_empty(self.tr("No orders in this period."))
            return
        chart.set_empty("")
        chart.set_categories(list(lines.categories))
        currency = self.ctx.settings.currency
        chart.value_format = (lambda v: fmt.money(v, currency)) if key in ("revenue", "aov") \
            else fmt.integer
        name = self.trend_measure.currentText()
        chart.add_line(name, lines.solid, 0)
        if lines.tail is not None:  # the unfinished last period: dashed
            chart.add_line(self.tr("(period not complete)"), lines.tail, 0, dashed=True)
            chart.series.pop()  # the readout lists the measure once
        chart.series[-1] = (name, lines.values)
        chart.reset_view()

    def _draw_lifecycle(self, lifecycle: Lifecycle) -> None:
        chart = self.lifecycle
        chart.clear()
        bars = vm.lifecycle_bars(lifecycle, self.look())
        if bars is None:
            chart.set_empty(self.tr("No orders in this period."))
            return
        chart.set_empty("")
        chart.set_categories(list(bars.categories))
        chart.add_bars(self.tr("New"), bars.new, 0)
        chart.add_bars(self.tr("Continuing"), bars.continuing, 2, bottoms=bars.continuing_bottom)
        chart.add_bars(self.tr("Resurrected"), bars.resurrected, 1,
                       bottoms=bars.resurrected_bottom)
        chart.add_bars(self.tr("Dormant"), bars.dormant, 5)
        chart.series.append((self.tr("Quick ratio"), bars.quick_ratio))
        base = chart.value_format

        def readout(v: float) -> str:
            return base(v) if float(v).is_integer() or not np.isfinite(v) else fmt.number(v, 2)

        chart.value_format = readout
        chart.plot.addLine(y=0, pen=pg.mkPen(chart.palette().color(QPalette.ColorRole.Text), width=1))
        chart.reset_view()

    def _fill_crr(self, crr: CrrTable) -> None:
        df = vm.crr_frame(crr, self.look())
        cards = {"S0": "active_customer", "crr": "crr", "retained": "retained",
                 "crr_strict": "crr_strict", "churned": "churned", "churn_rate": "churn_rate",
                 "resurrected": "resurrected"}
        headers = {"period": self.tr("Period"), "S0": self.tr("Active at start"),
                   "N": self.tr("New"), "E": self.tr("Active at end"),
                   "crr": self.tr("CRR (E−N)/S0"), "retained": self.tr("Retained"),
                   "crr_strict": self.tr("Retention rate"), "churned": self.tr("Churned"),
                   "churn_rate": self.tr("Churn rate"), "resurrected": self.tr("Resurrected"),
                   "note": self.tr("Note")}
        grain = self.ctx.settings.grain
        formatters = {"period": lambda p: fmt.period(p, grain)}  # raw ISO stays sortable
        formatters.update({c: fmt.integer for c in ("S0", "N", "E", "retained", "churned",
                                                     "resurrected")})
        formatters.update({c: fmt.percent for c in ("crr", "crr_strict", "churn_rate")})
        self.crr_table.set_frame(
            df, formatters, headers,
            tooltips={c: card_tooltip(k, self.tr) for c, k in cards.items()},
            empty_text=self.tr("No periods in the selected range."))

    def export_current(self) -> None:
        """File > Export… exports the CRR table."""
        self.crr_table.export_dialog()

"""Cohorts tab: heatmap, retention curves with the mean curve, N-day table, health trend,
and the customers behind any clicked cell."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.engine.cohorts import customers_in_cell
from retention_desktop.core.engine.overview import cohort_view
from retention_desktop.core.store import queries
from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.dialogs.definitions_dialog import card_tooltip
from retention_desktop.ui.filter_labels import add_derived_items
from retention_desktop.ui.tabs.base import AnalysisTab
from retention_desktop.ui.viewmodels import cohorts as vm
from retention_desktop.ui.viewmodels.cohorts import MAX_CURVES  # noqa: F401 - tests read it here
from retention_desktop.ui.widgets.chart import ChartPanel
from retention_desktop.ui.widgets.heatmap import CohortMatrix, HeatmapPanel
from retention_desktop.ui.widgets.table import DataTable

CURVES_PER_STEP = 4  # lines added per event-loop turn (each pyqtgraph line costs ~3 ms)


def cohort_job(store, spec, settings, measure, by, token=None):
    """``cohort_view`` plus the pivoted N-day table (pandas work kept off the GUI thread)."""
    result = yield from cohort_view(store, spec, settings, measure, by, token=token)
    return vm.CohortsView(result, vm.nday_frame(result.nday, int(settings.min_cell_n)))


class CohortsTab(AnalysisTab):
    """Cohort analysis of the filtered shop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result: vm.CohortsView | None = None
        self.matrix: CohortMatrix | None = None
        self.already_active: set[int] = set()  # row indexes of the export's first cohort
        self.request: tuple | None = None  # (spec, settings, measure, by) of the shown result

        self.measure = QComboBox(self)
        for key, text, card in (
                ("return-on", self.tr("Share buying again, k periods after joining"),
                 "cohort_return_on"),
                ("on-or-after", self.tr("Share still buying k or more periods after joining"),
                 "cohort_on_or_after"),
                ("repurchase", self.tr("Share with a second order within k periods"),
                 "cohort_repurchase"),
                ("revenue", self.tr("Revenue per customer in period k"), "cohort_revenue"),
                ("ltv", self.tr("Cumulative revenue per customer (LTV)"), "cohort_ltv")):
            self.measure.addItem(text, key)
            self.measure.setItemData(self.measure.count() - 1, card_tooltip(card, self.tr),
                                     Qt.ItemDataRole.ToolTipRole)
        self.grain = QComboBox(self)
        for key, text in (("week", self.tr("Week")), ("month", self.tr("Month")),
                          ("quarter", self.tr("Quarter")), ("year", self.tr("Year"))):
            self.grain.addItem(text, key)
        self.dimension = QComboBox(self)
        self.dimension.addItem(self.tr("First-order period"), "")
        for combo in (self.measure, self.grain, self.dimension):
            combo.currentIndexChanged.connect(self.invalidate)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Measure:"), self))
        controls.addWidget(self.measure)
        controls.addWidget(QLabel(self.tr("Period:"), self))
        controls.addWidget(self.grain)
        controls.addWidget(QLabel(self.tr("Cohorts by:"), self))
        controls.addWidget(self.dimension)
        controls.addStretch(1)

        self.heatmap = HeatmapPanel(self.tr("Cohorts (rows) by age (columns)"), self)
        self.heatmap.cellClicked.connect(self.show_cell_customers)
        self.curves = ChartPanel(self.tr("Retention curves: each cohort and the weighted mean"), self)
        self.curves.axis.setLabel(self.tr("Age (periods since first order)"))
        self.nday_table = DataTable(self.tr("N-day repeat: share with another order within N days "
                                            "of the first"), "nday-repeat", self)
        self.nday_table.title_label.setToolTip(card_tooltip("nday_repeat", self.tr))
        self.health = ChartPanel(self.tr("Cohort health score (100 = average cohort)"), self)
        self.health.setToolTip(card_tooltip("cohort_health", self.tr))
        self.health.value_format = lambda v: fmt.number(v, 0)
        self.views = QTabWidget(self)
        self.views.addTab(self.heatmap, self.tr("Heatmap"))
        self.views.addTab(self.curves, self.tr("Retention curves"))
        self.views.addTab(self.nday_table, self.tr("N-day repeat"))
        self.views.addTab(self.health, self.tr("Health score"))

        self.cell_label = QLabel(self.tr("Click a cell of the heatmap to list its customers."), self)
        self.cell_label.setWordWrap(True)
        self.customers = DataTable("", "cohort-customers", self)
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.cell_label)
        sl.addWidget(self.customers, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.views)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 360])

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(split, 1)

        self.follow_context(project=self._project_changed, settings=self._settings_changed)

    # ------------------------------------------------------------------ inputs
    def _project_changed(self) -> None:
        if self.ctx.store is None:
            return
        self.ctx.request_filter_options(self._set_dimensions)
        self.invalidate()

    def _set_dimensions(self, options: queries.FilterOptions) -> None:
        current = self.dimension.currentData()
        self.dimension.blockSignals(True)
        self.dimension.clear()
        self.dimension.addItem(self.tr("First-order period"), "")
        for col, label in options.dimensions:
            self.dimension.addItem(self.tr("First order's {0}").format(label), col)
        add_derived_items(self.dimension, options.derived)  # the first order's main line
        self.dimension.setCurrentIndex(max(self.dimension.findData(current), 0))
        self.dimension.blockSignals(False)

    def _settings_changed(self) -> None:
        self.grain.blockSignals(True)
        i = self.grain.findData(self.ctx.settings.grain)
        self.grain.setCurrentIndex(i if i >= 0 else self.grain.findData("month"))
        self.grain.blockSignals(False)
        self.invalidate()

    def current_request(self) -> tuple:
        """(spec, settings, measure, by) the tab would compute now.

        The period combo is a view option: it starts at the project's ``Settings.grain``
        (and follows it when the settings change) but choosing another one here only
        changes what this tab shows, like the measure; it is part of the request id.
        """
        settings = self.ctx.settings.with_(grain=self.grain.currentData())
        return (self.ctx.spec, settings, self.measure.currentData(),
                self.dimension.currentData() or None)

    # ------------------------------------------------------------------ computing
    def refresh(self) -> None:
        """Recompute in the background (latest request wins)."""
        if self.ctx.store is None:
            return
        request = self.current_request()
        spec, settings, measure, by = request
        # the grain, measure and dimension are view options of this tab: part of the
        # request id, not a copy of the analysis state (see current_request)
        self.submit("cohorts", cohort_job, self.ctx.store, spec, settings, measure, by,
                    view=(settings.grain, measure, by),
                    on_result=lambda r: self.show_result(r, request),
                    label=self.tr("Computing cohorts…"))

    def show_result(self, view: vm.CohortsView, request: tuple) -> None:
        """Fill every view from the job's result."""
        self.result = view
        self.request = request
        _spec, settings, measure, by = request
        table = view.result.cohorts
        unit = vm.unit_of(table, measure)
        currency = self.ctx.settings.currency
        self.matrix = CohortMatrix.from_table(table, unit)
        self.matrix.labels = vm.cohort_labels(table, settings.grain, by)
        self.already_active = vm.already_active(table)
        value_format = fmt.percent if unit == "rate" else (lambda v: fmt.money(v, currency))
        self.heatmap.value_format = value_format
        self.customers.set_frame(pd.DataFrame())
        self.cell_label.setText(self.tr("Click a cell of the heatmap to list its customers."))
        self.run_steps([
            self._draw_heatmap,
            *self._curve_steps(value_format, vm.curve_rows(table)),
            lambda: self._draw_health(*vm.health_series(table, self.matrix.labels)),
            lambda: self._fill_nday(view.nday_frame),  # pivoted by cohort_job
        ])

    def _draw_heatmap(self) -> None:
        if not self.matrix.cohorts:
            self.heatmap.set_empty(self.tr("No cohorts for the current filters. Widen the period "
                                           "or clear filters; new projects need an import first."))
        else:
            self.heatmap.set_empty("")
            self.heatmap.set_matrix(self.matrix)

    def _curve_steps(self, value_format, shown: list[int]) -> list:
        """Drawing the curves chart as steps: a few lines per event-loop turn."""
        chart, m = self.curves, self.matrix

        def begin() -> None:
            chart.clear()
            if not m.cohorts:
                chart.set_empty(self.tr("No cohorts for the current filters."))
                return
            chart.set_empty("")
            chart.value_format = value_format
            chart.value_range = (0.0, None) if m.unit == "rate" else None  # rates from zero
            chart.set_categories([str(k) for k in m.ages])

        def lines(batch: list[tuple[int, int]]) -> None:
            for idx, i in batch:
                y = np.where(m.complete[i], m.value[i], np.nan)
                chart.add_line(m.label(i), y, idx + 1, width=1, symbol=None, legend=False)

        def end() -> None:
            chart.add_line(self.tr("Weighted mean (thin lines: the newest cohorts; it stops "
                                   "where fewer than 3 cohorts remain)"), m.mean, 0, width=3)
            chart.reset_view()

        if not m.cohorts:
            return [begin]
        # the newest cohorts (most relevant), each only over its complete ages
        rows = list(enumerate(shown))
        batches = [rows[k:k + CURVES_PER_STEP] for k in range(0, len(rows), CURVES_PER_STEP)]
        return [begin, *[lambda b=b: lines(b) for b in batches], end]

    def _draw_health(self, categories: list[str], scores: np.ndarray) -> None:
        chart = self.health
        chart.clear()
        if not categories:
            chart.set_empty(self.tr("No cohorts for the current filters."))
            return
        chart.set_empty("")
        chart.set_categories(categories)
        chart.add_line(self.tr("Health score"), scores, 0)
        chart.add_line(self.tr("Average cohort"), np.full(len(scores), 100.0), 7, dashed=True,
                       symbol=None)
        chart.reset_view()

    def _fill_nday(self, wide: pd.DataFrame) -> None:
        if wide.empty:
            self.nday_table.set_frame(pd.DataFrame(), empty_text=self.tr("No customers yet."))
            return
        labels = dict(zip(self.matrix.cohorts, self.matrix.labels, strict=False)) \
            if self.matrix is not None else {}
        wide = vm.nday_display(wide)
        rates = [c for c in wide.columns if c.endswith("d") and c[:-1].isdigit()]
        formatters = {"cohort": lambda c: labels.get(str(c), str(c)),  # raw value stays sortable
                      "customers": fmt.integer, **dict.fromkeys(rates, vm.nday_rate_text)}
        headers = {"cohort": self.tr("Cohort"), "customers": self.tr("Customers"),
                   **{c: self.tr("{0} days").format(c[:-1]) for c in rates}}
        self.nday_table.set_frame(wide, formatters, headers)

    # ------------------------------------------------------------------ drill-down
    def show_cell_customers(self, i: int, j: int) -> None:
        """List the customers behind cell (cohort i, age column j) — in the background."""
        if self.matrix is None or self.request is None or self.ctx.store is None:
            return
        spec, settings, measure, by = self.request
        cohort, k = self.matrix.cohorts[i], self.matrix.ages[j]
        shown = self.matrix.label(i)
        self.heatmap.select_cell(i, j)
        self.cell_label.setText(self.tr("Loading the customers of cohort {0}, age {1}…")
                                .format(shown, fmt.integer(k)))
        self.ctx.runner.submit(
            "cohort-customers", customers_in_cell, self.ctx.store, spec, settings, cohort, k,
            measure=measure, by=by,
            on_result=lambda r: self._show_customers(r, shown, k),
            label=self.tr("Listing customers…"))

    def _show_customers(self, result: dict, cohort: str, k: int) -> None:
        cell = vm.cell_customers(result)
        text = self.tr("Cohort {0}, age {1}: {2} customers").format(cohort, fmt.integer(k),
                                                                    fmt.integer(cell.total))
        if cell.truncated:
            text += self.tr(" (showing the first {0})").format(fmt.integer(len(cell.frame)))
        self.cell_label.setText(text)
        currency = self.ctx.settings.currency
        money = lambda v: fmt.money(v, currency)  # noqa: E731
        self.customers.export_name = f"cohort-{cohort}-age-{k}"
        self.customers.set_frame(
            cell.frame, {"first_order": fmt.day, "last_order": fmt.day, "orders": fmt.integer,
                 "revenue": money, "value": money},  # dates in the user's calendar/digits
            {"customer_id": self.tr("Customer"), "first_order": self.tr("First order"),
             "last_order": self.tr("Last order"), "orders": self.tr("Orders"),
             "revenue": self.tr("Revenue (all time)"), "value": self.tr("In this cell")},
            empty_text=self.tr("No customers in this cell."))

    def export_current(self) -> None:
        """File > Export… exports the customer list (or the N-day table)."""
        (self.customers if not self.customers.frame().empty else self.nday_table).export_dialog()

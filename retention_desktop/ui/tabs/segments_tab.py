"""Segments & campaigns tab: any dimension side by side (CRR, churn, repeat, N-day repeat,
revenue per customer with 95% intervals and significance against a baseline), campaigns
judged after they end, CAC and payback, the retention what-if, NPS/CSAT, funnel and
stickiness.

Every number comes from ``core.engine`` through the app's task runner; only the visible
page is recomputed, the others when they are shown next.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.engine.cac import cac
from retention_desktop.core.engine.compare import compare
from retention_desktop.core.engine.nps import nps
from retention_desktop.core.engine.whatif import whatif
from retention_desktop.core.store import queries
from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.dialogs.definitions_dialog import card_tooltip
from retention_desktop.ui.filter_labels import add_derived_items, dimension_label
from retention_desktop.ui.tabs.base import AnalysisTab
from retention_desktop.ui.tabs.segments_model import (
    Estimate,
    breakdown_frame,
    campaign_frame,
)
from retention_desktop.ui.tabs.segments_panels import (
    CacPage,
    FunnelPage,
    NpsPage,
    WhatIfPage,
    bars_with_ci,
)
from retention_desktop.ui.widgets.chart import ChartPanel
from retention_desktop.ui.widgets.table import DataTable

PAGES = ("breakdown", "campaigns", "cac", "whatif", "nps", "funnel")


def funnel_and_stickiness(store: Any, spec: Any, settings: Any) -> dict[str, Any]:
    """One job for the funnel page (both are quick)."""
    from retention_desktop.core.engine.funnel import funnel
    from retention_desktop.core.engine.stickiness import stickiness

    return {"funnel": funnel(store, spec, settings),
            "stickiness": stickiness(store, spec, settings)}


class SegmentsTab(AnalysisTab):
    """Segment and campaign comparison, CAC, what-if and survey results."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.results: dict[str, Any] = {}
        self.typed_spend: list[dict[str, Any]] | None = None
        self._dims: list[str] = []

        self.dimension = QComboBox(self)
        self.dimension.setToolTip(card_tooltip("segment_compare", self.tr))
        self.baseline = QComboBox(self)
        self.baseline.setToolTip(self.tr("Other values are tested against this one"))
        self.n_days = QSpinBox(self)
        self.n_days.setRange(1, 365)
        self.n_days.setValue(30)
        self.n_days.setSuffix(self.tr(" days"))
        self.n_days.setToolTip(self.tr("N of the N-day repeat and the window after a "
                                       "campaign's end"))
        self.dimension.currentIndexChanged.connect(self._dimension_changed)
        self.baseline.activated.connect(lambda _i: self._inputs_changed(("breakdown",
                                                                         "campaigns")))
        self.n_days.editingFinished.connect(lambda: self._inputs_changed(("breakdown",
                                                                          "campaigns")))
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Compare by:"), self))
        controls.addWidget(self.dimension)
        controls.addWidget(QLabel(self.tr("Baseline:"), self))
        controls.addWidget(self.baseline)
        controls.addWidget(QLabel(self.tr("N:"), self))
        controls.addWidget(self.n_days)
        controls.addStretch(1)
        self.range_label = QLabel(self)
        controls.addWidget(self.range_label)

        self.pages = QTabWidget(self)
        self.pages.addTab(self._build_breakdown(), self.tr("Side by side"))
        self.pages.addTab(self._build_campaigns(), self.tr("Campaigns after they end"))
        self.cac_page = CacPage(lambda: self.ctx.settings.currency, self)
        self.cac_page.editor.applied.connect(self._spend_typed)
        self.pages.addTab(self.cac_page, self.tr("CAC and payback"))
        self.whatif_page = WhatIfPage(lambda: self.ctx.settings.currency, self)
        self.whatif_page.requested.connect(lambda *_: self._inputs_changed(("whatif",)))
        self.pages.addTab(self.whatif_page, self.tr("What-if"))
        self.nps_page = NpsPage(self)
        self.pages.addTab(self.nps_page, self.tr("NPS and CSAT"))
        self.funnel_page = FunnelPage(self)
        self.pages.addTab(self.funnel_page, self.tr("Funnel and stickiness"))
        self.pages.currentChanged.connect(lambda _i: self.invalidate())

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.pages, 1)

        self.follow_context(project=self._project_changed)
        if ctx.store is not None:
            self._project_changed()

    # ------------------------------------------------------------------ pages
    def _build_breakdown(self) -> QWidget:
        page = QWidget(self)
        self.breakdown = DataTable(self.tr("Each value of the dimension, as if filtered to it"),
                                   "segments", page)
        self.breakdown.title_label.setToolTip(card_tooltip("segment_compare", self.tr))
        self.legend = QLabel(self.tr("[low, high] = {0} interval · ▲/▼ = significantly higher / "
                                     "lower than the baseline (p < {1})").format(
            fmt.percent(0.95, 0), fmt.number(0.05, 2)), page)
        self.legend.setWordWrap(True)
        self.chart_metric = QComboBox(page)
        for key, text, card in (("repeat_purchase_rate", self.tr("Repeat purchase rate"),
                                 "repeat_purchase_rate"),
                                ("nday_repeat", self.tr("N-day repeat"), "nday_repeat"),
                                ("churn_rate", self.tr("Churn rate"), "churn_rate"),
                                ("revenue_per_customer", self.tr("Revenue per customer"),
                                 "revenue_per_customer")):
            self.chart_metric.addItem(text, key)
            self.chart_metric.setItemData(self.chart_metric.count() - 1,
                                          card_tooltip(card, self.tr),
                                          Qt.ItemDataRole.ToolTipRole)
        self.chart_metric.currentIndexChanged.connect(self._draw_breakdown_chart)
        self.breakdown_chart = ChartPanel(self.tr("Per value, with 95% intervals"), page)
        bottom = QWidget(page)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chart:"), bottom))
        row.addWidget(self.chart_metric)
        row.addStretch(1)
        bl.addLayout(row)
        bl.addWidget(self.breakdown_chart, 1)
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(self.breakdown)
        split.addWidget(bottom)
        split.setSizes([300, 320])
        layout = QVBoxLayout(page)
        layout.addWidget(split, 1)
        layout.addWidget(self.legend)
        return page

    def _build_campaigns(self) -> QWidget:
        page = QWidget(self)
        self.campaigns = DataTable(self.tr("What campaign customers did after the campaign "
                                           "ended"), "campaigns", page)
        self.campaigns.title_label.setToolTip(card_tooltip("campaign_after_end", self.tr))
        self.campaign_note = QLabel(page)
        self.campaign_note.setWordWrap(True)
        self.campaign_chart = ChartPanel(self.tr("Ordered again within N days after the end"),
                                         page)
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(self.campaigns)
        split.addWidget(self.campaign_chart)
        split.setSizes([300, 320])
        layout = QVBoxLayout(page)
        layout.addWidget(self.campaign_note)
        layout.addWidget(split, 1)
        return page

    # ------------------------------------------------------------------ inputs
    def _project_changed(self) -> None:
        self.results.clear()
        self.typed_spend = None
        if self.ctx.store is None:
            return
        self.ctx.request_filter_options(self._set_dimensions)

    def _set_dimensions(self, options: queries.FilterOptions) -> None:
        current = self.dimension.currentData()
        self.dimension.blockSignals(True)
        self.dimension.clear()
        for col, label in options.dimensions:
            self.dimension.addItem(dimension_label(col, label), col)
        add_derived_items(self.dimension, options.derived)  # the first order's main line
        cols = [c for c, _ in options.dimensions] + list(options.derived)
        self._dims = cols
        pick = current if current in cols else ("channel" if "channel" in cols else
                                                (cols[0] if cols else None))
        self.dimension.setCurrentIndex(max(self.dimension.findData(pick), 0))
        self.dimension.blockSignals(False)
        channels = options.values.get("channel", [])
        if channels and self.typed_spend is None:
            self.cac_page.editor.set_rows([(v, "", "") for v, _ in channels[:8]])
        self._all_changed()

    def _dimension_changed(self) -> None:
        self.baseline.clear()
        self._inputs_changed(("breakdown", "campaigns", "nps"))

    def _spend_typed(self, rows: list[dict[str, Any]] | None) -> None:
        self.typed_spend = rows
        self._inputs_changed(("cac",))

    def _all_changed(self) -> None:
        self._inputs_changed(PAGES)

    def _inputs_changed(self, pages: tuple[str, ...]) -> None:
        """A control of ``pages`` changed: the visible page recomputes if its request
        changed (each page's shown result remembers the request it answers)."""
        self.invalidate()

    def current_page(self) -> str:
        """Key of the visible page."""
        return PAGES[max(self.pages.currentIndex(), 0)]

    # ------------------------------------------------------------------ computing
    def refresh(self) -> None:
        """Recompute the visible page unless its shown result answers the current
        request (the other pages compute when they are shown)."""
        page = self.current_page()
        if self.ctx.store is None:
            return
        store, spec, settings = self.ctx.store, self.ctx.spec, self.ctx.settings
        by = self.dimension.currentData()
        if page in ("breakdown", "campaigns"):
            # Campaigns are always judged on the campaign column; the breakdown uses the
            # chosen dimension. One job fills both pages when that dimension is 'campaign'.
            target = by if page == "breakdown" else (
                "campaign" if "campaign" in self._dims else None)
            if not target:
                if page == "campaigns":
                    self._fill_campaigns({"available": False})
                else:
                    self._fill_breakdown({"available": False, "reason": self.tr(
                        "Nothing to compare yet: the orders have no channel, campaign, "
                        "country or other column with values. Import a file that has one "
                        "and map it as a dimension.")})
                return
            is_campaign = target == "campaign"
            baseline = (self.baseline.currentData() or None) if target == by else None
            # one job fills both pages when the dimension is 'campaign' (same key, view);
            # whether it fills the breakdown too is part of what it answers
            self._submit_page(f"segments-compare-{target}", compare, store, spec, settings,
                              view=(target, baseline, self.n_days.value(), target == by),
                              by=target, baseline=baseline, n=self.n_days.value(),
                              after_end=is_campaign,
                              on_result=lambda r: self._show_compare(r),
                              label=self.tr("Comparing segments…"))
        elif page == "cac":
            spend = json.dumps(self.typed_spend, sort_keys=True, default=str)
            self._submit_page("segments-cac", cac, store, spec, settings, view=(spend,),
                              spend=self.typed_spend,
                              on_result=self._show("cac", self.cac_page.show_result),
                              label=self.tr("Computing CAC…"))
        elif page == "whatif":
            x, mode = self.whatif_page.x(), self.whatif_page.mode_key()
            self._submit_page("segments-whatif", whatif, store, spec, settings,
                              view=(x, mode), x=x, mode=mode,
                              on_result=self._show("whatif", self.whatif_page.show_result),
                              label=self.tr("Projecting…"))
        elif page == "nps":
            self._submit_page("segments-nps", nps, store, spec, settings, view=(by,), by=by,
                              on_result=self._show("nps", self.nps_page.show_result),
                              label=self.tr("Computing NPS…"))
        elif page == "funnel":
            self._submit_page("segments-funnel", funnel_and_stickiness, store, spec, settings,
                              on_result=self._show("funnel", self.funnel_page.show_result),
                              label=self.tr("Computing the funnel…"))

    def _submit_page(self, key: str, fn, *args, view: tuple = (), **kwargs) -> None:
        """Submit a page's job unless the result shown already answers its request."""
        if not self.is_current(key, *view):
            self.submit(key, fn, *args, view=view, **kwargs)

    def _show(self, key: str, show):
        def done(result: dict[str, Any]) -> None:
            self.results[key] = result
            show(result)
        return done

    # ------------------------------------------------------------------ compare
    def _show_compare(self, result: dict[str, Any]) -> None:
        by = result.get("by")
        if by == self.dimension.currentData():
            self.results["breakdown"] = result
            self._fill_baselines(result)
            rng = result.get("range") or {}
            if rng.get("from"):
                if self.ctx.spec.date_from is None:  # the filter bar says "all time"
                    text = self.tr("Compared over about the last 12 months of data, {0} to "
                                   "{1} (choose a period in the filter bar to change it)")
                else:
                    text = self.tr("Range {0} to {1}")
                self.range_label.setText(text.format(fmt.day(rng["from"]), fmt.day(rng["to"])))
            self._fill_breakdown(result)
        if by == "campaign":
            self.results["campaigns"] = result
            self._fill_campaigns(result)

    def _fill_baselines(self, result: dict[str, Any]) -> None:
        values = [v["value"] for v in result.get("values", [])]
        values += [a["value"] for a in result.get("after_campaign", [])
                   if a["value"] not in values]
        self.baseline.blockSignals(True)
        self.baseline.clear()
        for v in values:
            self.baseline.addItem(str(v), v)
        self.baseline.setCurrentIndex(max(self.baseline.findData(result.get("baseline")), 0))
        self.baseline.blockSignals(False)

    def _fill_breakdown(self, result: dict[str, Any]) -> None:
        if not result.get("available"):
            self.breakdown.set_frame(
                pd.DataFrame(),
                empty_text=result.get("reason") or self.tr("Nothing to compare."))
            self.breakdown_chart.clear()
            self.breakdown_chart.set_empty(result.get("reason") or "")
            return
        df, formatters, headers = breakdown_frame(result, self.ctx.settings.currency)
        tips = {"crr": card_tooltip("crr_strict", self.tr), "churn": card_tooltip("churn_rate", self.tr),
                "repeat": card_tooltip("repeat_purchase_rate", self.tr),
                "nday": card_tooltip("nday_repeat", self.tr),
                "rpc": card_tooltip("revenue_per_customer", self.tr)}
        self.breakdown.export_name = f"segments-by-{result['by']}"
        self.breakdown.set_frame(df, formatters, headers, tips)
        self._draw_breakdown_chart()

    def _draw_breakdown_chart(self) -> None:
        result = self.results.get("breakdown")
        if not result or not result.get("available"):
            return
        key = self.chart_metric.currentData()
        rows = result["values"]
        money = key == "revenue_per_customer"
        value_format = ((lambda v: fmt.money(v, self.ctx.settings.currency)) if money
                        else fmt.percent)
        cells = [r[key] for r in rows]
        bars_with_ci(self.breakdown_chart, [str(r["value"]) for r in rows],
                     [c["value"] for c in cells], [c["ci_low"] for c in cells],
                     [c["ci_high"] for c in cells], self.chart_metric.currentText(),
                     value_format, self.tr("No values to compare."))

    def _fill_campaigns(self, result: dict[str, Any]) -> None:
        after = result.get("after_campaign", []) if result.get("available") else []
        if not after:
            self.campaign_note.setText(self.tr(
                "No campaigns in the selected range. Campaign results need a 'campaign' "
                "column on the orders (map it when importing)."))
            self.campaigns.set_frame(pd.DataFrame(),
                                     empty_text=self.tr("No campaigns."))
            self.campaign_chart.clear()
            self.campaign_chart.set_empty(self.tr("No campaigns."))
            return
        self.campaign_note.setText(self.tr(
            "A campaign ends on the last order carrying it (* = end date from the campaign "
            "dates). Its customers are judged by "
            "whether they ordered again within {0} days after that (any order, with or "
            "without a campaign). ▲/▼ = differs from the baseline campaign (p < {1}).")
            .format(fmt.integer(result["n_days"]), fmt.number(0.05, 2)))
        df, formatters, headers = campaign_frame(result, self.ctx.settings.currency)
        self.campaigns.export_name = f"campaigns-after-end-{result['by']}"
        self.campaigns.set_frame(df, formatters, headers)
        cells = [a["repeat_after"] for a in after]
        bars_with_ci(self.campaign_chart, [str(a["value"]) for a in after],
                     [c["value"] for c in cells], [c["ci_low"] for c in cells],
                     [c["ci_high"] for c in cells],
                     self.tr("Ordered within {0} days after the end").format(
                         fmt.integer(result["n_days"])),
                     fmt.percent, self.tr("No campaigns."))

    # ------------------------------------------------------------------ main-window hooks
    def export_current(self) -> None:
        """File > Export… exports the table of the visible page."""
        table = {"breakdown": self.breakdown, "campaigns": self.campaigns,
                 "cac": self.cac_page.table, "nps": self.nps_page.table,
                 "funnel": self.funnel_page.table}.get(self.current_page())
        if table is not None:
            table.export_dialog()
        elif self.current_page() == "whatif":
            self.whatif_page.chart.export_dialog()


__all__ = ["Estimate", "SegmentsTab"]

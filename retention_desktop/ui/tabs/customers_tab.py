"""The Customers tab: who is alive, what they are worth, which segment and stage they are
in, and lists to act on.

Computing is done by :func:`~.customers_model.compute_customers_view`, a module-level job
the task runner (or a test) calls with a store and frozen specs; its plain result goes into
:meth:`CustomersTab.set_result`, the one entry point of data into the tab.
"""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.bidi import prose_digits
from retention_desktop.core.clv import rfm, stages
from retention_desktop.core.clv.analysis import (
    CLVOptions,
    p_alive_history,
)
from retention_desktop.core.clv.lists import LISTS, build_list, export_list
from retention_desktop.core.engine import definitions
from retention_desktop.ui import fmt
from retention_desktop.ui.i18n import tr_core
from retention_desktop.ui.tabs.base import AnalysisTab
from retention_desktop.ui.tabs.customers_model import (
    CustomersView,
    compute_customers_view,
)
from retention_desktop.ui.tabs.customers_widgets import (
    CustomerDetail,
    HBarPanel,
    MatrixTable,
    ScatterPanel,
    label,
    search_mask,
    use_date_axis,
)
from retention_desktop.ui.widgets.chart import ChartPanel
from retention_desktop.ui.widgets.table import DataTable


class CustomersTab(AnalysisTab):
    """Customer value, segments, stages and action lists."""

    def __init__(self, ctx=None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: CustomersView | None = None
        self.current_customer_id = ""  # the customer whose detail is shown
        self._build()
        self.follow_context()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        opts = self._build_options()
        overview = self._build_overview()
        split = self._build_customer_list()
        rules = self._build_rules()
        self.pages = QTabWidget(self)
        self.pages.addTab(overview, self.tr("Overview"))
        self.pages.addTab(split, self.tr("Customers"))
        self.pages.addTab(rules, self.tr("Rules"))
        layout = QVBoxLayout(self)
        layout.addLayout(opts)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        self._fill_rules(stages.StageRules())

    def _build_options(self) -> QVBoxLayout:
        """The model options (horizon, discount, margin) and the at-risk rules."""
        self.horizon = QSpinBox(self)
        self.horizon.setRange(1, 60)
        self.horizon.setValue(12)
        self.horizon.setSuffix(self.tr(" months"))
        self.discount = QDoubleSpinBox(self)
        self.discount.setRange(0.0, 10.0)
        self.discount.setDecimals(1)
        self.discount.setValue(1.0)
        self.discount.setSuffix(self.tr(" % / month"))
        self.margin = QDoubleSpinBox(self)
        self.margin.setRange(0.0, 100.0)
        self.margin.setDecimals(0)
        self.margin.setSuffix(" %")
        self.margin.setSpecialValueText(self.tr("from settings"))
        self.use_alive = QCheckBox(self.tr("Also at risk when P(alive) below"), self)
        self.alive_threshold = QDoubleSpinBox(self)
        self.alive_threshold.setRange(0.01, 0.99)
        self.alive_threshold.setSingleStep(0.05)
        self.alive_threshold.setValue(0.3)
        self.overdue = QDoubleSpinBox(self)
        self.overdue.setRange(1.0, 10.0)
        self.overdue.setSingleStep(0.5)
        self.overdue.setValue(1.5)
        self.overdue.setSuffix(self.tr("× usual gap"))
        self.recompute = QPushButton(self.tr("Recompute"), self)
        self.recompute.clicked.connect(lambda: self.refresh_now())
        # Model options on one row, at-risk rules on the next: one row was ~1,200 px wide.
        opts = QVBoxLayout()
        model_row, risk_row = QHBoxLayout(), QHBoxLayout()
        for row, text, w in ((model_row, self.tr("CLV horizon"), self.horizon),
                             (model_row, self.tr("Discount"), self.discount),
                             (model_row, self.tr("Margin"), self.margin),
                             (risk_row, self.tr("At risk when overdue by"), self.overdue)):
            row.addWidget(QLabel(text, self))
            row.addWidget(w)
        model_row.addStretch(1)
        model_row.addWidget(self.recompute)
        risk_row.addWidget(self.use_alive)
        risk_row.addWidget(self.alive_threshold)
        risk_row.addStretch(1)
        opts.addLayout(model_row)
        opts.addLayout(risk_row)
        self.status = QLabel(" ", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        return opts

    def _build_overview(self) -> QWidget:
        """Overview page: segments, scatter, holdout tracking, transitions."""
        self.group = QComboBox(self)
        self.group.addItem(self.tr("RFM segments"), "segment")
        self.group.addItem(self.tr("Lifecycle stages"), "stage")
        self.measure = QComboBox(self)
        self.measure.addItem(self.tr("Customers"), "customers")
        self.measure.addItem(self.tr("Revenue so far"), "revenue")
        self.measure.addItem(self.tr("Predicted value (CLV)"), "clv")
        for combo in (self.group, self.measure):
            combo.currentIndexChanged.connect(self._draw_bars)
        self.bars = HBarPanel(self.tr("Segments"), self)
        self.scatter = ScatterPanel(self.tr("P(alive) against predicted value"), self)
        self.scatter.customerClicked.connect(self.show_customer)
        self.tracking = ChartPanel(self.tr("Holdout check: repeat purchases, actual vs predicted"),
                                   self)
        self.tracking.value_format = fmt.integer
        use_date_axis(self.tracking)
        self.tracking.plot.getAxis("left").setWidth(56)
        self.tracking.plot.getAxis("right").setWidth(56)
        self.tracking_note = QLabel(" ", self)
        self.tracking_note.setWordWrap(True)
        self.holdout = QComboBox(self)
        self.holdout.setToolTip(self.tr("Which recent stretch of history the model must "
                                        "predict without having seen it"))
        self.holdout.addItem(self.tr("Check: last third of history"), 0)
        for months in (3, 6, 12):
            self.holdout.addItem(self.tr("Check: last {0} months").format(fmt.integer(months)),
                                 months)
        self.holdout.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.matrix_kind = QComboBox(self)
        self.matrix_kind.addItem(self.tr("Lifecycle stages"), "stage")
        self.matrix_kind.addItem(self.tr("RFM segments"), "segment")
        self.matrix_kind.currentIndexChanged.connect(self._draw_matrix)
        self.matrix_title = QLabel(self.tr("Movement"), self)
        self.matrix_title.setWordWrap(True)  # a long period must not widen the window
        font = self.matrix_title.font()
        font.setBold(True)
        self.matrix_title.setFont(font)
        self.matrix = MatrixTable(self)

        bars_box = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.group)
        row.addWidget(self.measure)
        row.addStretch(1)
        bars_box.addLayout(row)
        bars_box.addWidget(self.bars, 1)
        track_box = QVBoxLayout()
        track_box.addWidget(self.tracking, 1)
        row = QHBoxLayout()
        row.addWidget(self.tracking_note, 1)
        row.addWidget(self.holdout)
        track_box.addLayout(row)
        matrix_box = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.matrix_title)
        row.addStretch(1)
        row.addWidget(self.matrix_kind)
        matrix_box.addLayout(row)
        matrix_box.addWidget(self.matrix, 1)
        overview = QWidget(self)
        grid = QGridLayout(overview)
        grid.addLayout(bars_box, 0, 0)
        grid.addWidget(self.scatter, 0, 1)
        grid.addLayout(track_box, 1, 0)
        grid.addLayout(matrix_box, 1, 1)

        return overview

    def _build_customer_list(self) -> QSplitter:
        """Customers page: the filterable table and one customer's detail."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search id, name, email, phone…"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = QComboBox(self)
        self.segment_filter = QComboBox(self)
        self.stage_filter.addItem(self.tr("All stages"), "")
        for s in stages.STAGES:
            self.stage_filter.addItem(label(s), s)
        self.segment_filter.addItem(self.tr("All segments"), "")
        for s in rfm.SEGMENTS:
            self.segment_filter.addItem(label(s), s)
        self.list_choice = QComboBox(self)
        self.list_choice.addItem(self.tr("Rows shown"), "")
        names = {"at-risk": self.tr("At-risk list"), "win-back": self.tr("Win-back list"),
                 "due-to-reorder": self.tr("Due to reorder"), "top-clv": self.tr("Top CLV")}
        for key in LISTS:
            self.list_choice.addItem(names.get(key, key), key)
        self.pseudonymise = QCheckBox(self.tr("Pseudonymise"), self)
        self.pseudonymise.setToolTip(self.tr("Replace customer ids by salted hashes and leave "
                                             "out names, emails and phones"))
        self.apply_filter = QPushButton(self.tr("Use in every tab"), self)
        self.apply_filter.setToolTip(self.tr("Filter every tab (cohorts, retention, report…) "
                                             "to the chosen stage and segment"))
        self.apply_filter.clicked.connect(self.use_as_global_filter)
        self.apply_filter.setEnabled(self.ctx is not None)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.export_dialog)
        self.table = DataTable(export_name="customers", parent=self)
        self.table.export_button.hide()  # exports go through the list exporter below
        # The table's QSortFilterProxyModel sorts; stage, segment and search filters are
        # applied to the frame in pandas (vectorised: quick with 100k customers).
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._fill_table)
        self.search.textChanged.connect(self._search_timer.start)
        self.stage_filter.currentIndexChanged.connect(self._fill_table)
        self.segment_filter.currentIndexChanged.connect(self._fill_table)
        self.table.rowActivated.connect(self._row_activated)
        self.detail = CustomerDetail(self)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for w in (self.search, self.stage_filter, self.segment_filter):
            row.addWidget(w)
        lv.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Export"), self))
        row.addWidget(self.list_choice)
        row.addWidget(self.pseudonymise)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.apply_filter)
        lv.addLayout(row)
        lv.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        return split

    def _build_rules(self) -> QWidget:
        """Rules page: the RFM segment table and the stage rules in words."""
        self.rfm_rules = DataTable(self.tr("RFM segments: first matching rule wins"),
                                   "rfm_rules", self)
        self.stage_rules = DataTable(self.tr("Lifecycle stages: first matching rule wins"),
                                     "stage_rules", self)
        rules = QWidget(self)
        rv = QVBoxLayout(rules)
        rv.addWidget(self.rfm_rules, 3)
        rv.addWidget(self.stage_rules, 2)

        return rules

    # ------------------------------------------------------------------ computing
    def options(self) -> CLVOptions:
        """The CLV options chosen in the tab."""
        margin = self.margin.value() / 100 if self.margin.value() > 0 else None
        months = self.holdout.currentData() or 0
        return CLVOptions(holdout_days=round(months * 365.25 / 12) if months else None,
                          horizon_months=self.horizon.value(),
                          discount=self.discount.value() / 100, margin=margin,
                          overdue_factor=self.overdue.value(),
                          p_alive_threshold=self.alive_threshold.value()
                          if self.use_alive.isChecked() else None)

    def refresh(self) -> None:
        """Recompute in the background (latest request wins)."""
        ctx = self.ctx
        if ctx is None or ctx.store is None:
            self.set_result(self.tr("Open or import a project to see your customers."))
            return
        options = self.options()
        self.status.setText(self.tr("Computing customer value…"))
        self.submit("customers", compute_customers_view, ctx.store, ctx.spec,
                    ctx.settings, options, view=(options,), on_result=self.set_result,
                    on_error=lambda err: self.status.setText(str(getattr(err, "message", err))),
                    label=self.tr("Computing customer value…"))

    # ------------------------------------------------------------------ data in
    def set_result(self, view: CustomersView | str) -> None:
        """Show a computed view (or a message explaining why there is none)."""
        if isinstance(view, str):
            self.view = None
            self.status.setText(view)
            self.bars.set_bars([], [], fmt.integer)
            self.tracking.clear()
            self.tracking.set_empty(view)
            self.table.set_frame(pd.DataFrame())
            return
        self.view = view
        self.status.setText(self._status_text(view))
        self._fill_rules(view.result.stage_rules)
        self._draw_bars()
        self._draw_scatter()
        self._draw_tracking()
        self._draw_matrix()
        self._fill_table()

    def _money(self, value) -> str:
        currency = self.ctx.settings.currency if self.ctx is not None else ""
        return fmt.money(value, currency)

    def _status_text(self, view: CustomersView) -> str:
        r = view.result
        n = len(r.customers)
        if not r.customer_filter:
            # the value model counts repeat *days*: two orders on one day are one visit, so
            # this is not the Overview's "2+ orders" count and must not say "more than once"
            parts = [self.tr("{0} customers, {1} of them came back on a later day, as of "
                             "{2}.").format(
                fmt.integer(n), fmt.integer(r.repeat_customers), fmt.day(r.as_of.date()))]
        elif n == 0:
            parts = [self.tr("No customer is in the chosen stage or segment as of {0}.")
                     .format(fmt.day(r.as_of.date()))]
        else:
            parts = [self.tr("{0} customers in the chosen stage or segment, {1} of them came "
                             "back on a later day, as of {2}.").format(
                fmt.integer(n), fmt.integer(r.repeat_customers), fmt.day(r.as_of.date()))]
        if r.bgnbd is not None and n and not r.model_ok:
            parts.append(self._model_failed_text(view))
        elif r.bgnbd is not None and n:
            parts.append(self.tr("Predicted value over {0} months: {1} in total, {2} per "
                                 "customer (gross margin {3}).").format(
                fmt.integer(r.options.horizon_months), self._money(r.customers["clv"].sum()),
                self._money(r.customers["clv"].mean()), fmt.percent(r.margin, 0)))
        elif r.bgnbd is None:
            parts.append(self.tr("The purchase model could not be fitted on this data, so "
                                 "there is no P(alive) or CLV; segments and stages still work."))
        if r.rough:
            parts.append(self.tr("Rough: fewer than 300 repeat customers — the table shows "
                                 "an 80 % range for each CLV."))
        gg = r.gamma_gamma
        if gg is not None and abs(gg.correlation) > 0.3:
            parts.append(self.tr("Spend and purchase frequency are correlated (r = {0}), so the "
                                 "spend part of CLV may be biased.").format(
                fmt.number(gg.correlation, 2)))
        if r.holdout is None:
            parts.append(self.tr("No holdout check: not enough history."))
        # The core's notes (English, technical) stay available on hover.
        self.status.setToolTip("\n".join(view.messages))
        return " ".join(parts)

    def _model_failed_text(self, view: CustomersView) -> str:
        """The report's words when the prediction model fails its check (``model_ok`` of
        ``clv --json``), and the report's fallback figure instead of a predicted total."""
        text = self.tr("The prediction model does not fit this shop: its P(alive) and CLV "
                       "below are rough guesses, not findings.")
        hist = view.historical
        if hist is not None and hist.get("value") is not None:
            # the definition's own words carry "12": in the reader's digits, as the report
            name = prose_digits(tr_core(definitions.get("historical_value").name,
                                        "definitions"))
            text += " " + self.tr("{0}: {1} (gross margin {2}), as in the report.").format(
                name, self._money(hist["value"]), fmt.percent(view.result.margin, 0))
        return text

    def _draw_bars(self) -> None:
        if self.view is None:
            return
        by = self.group.currentData()
        measure = self.measure.currentData()
        frame = self.view.segments if by == "segment" else self.view.stages
        self.bars.title.setText(self.tr("RFM segments") if by == "segment"
                                else self.tr("Lifecycle stages"))
        value_format = fmt.integer if measure == "customers" else self._money
        self.bars.set_bars([label(x) for x in frame.index], frame[measure].fillna(0).to_numpy(),
                           value_format, integer=measure == "customers")

    def _draw_scatter(self) -> None:
        v = self.view
        note = ""
        if len(v.scatter) < len(v.result.customers):
            note = self.tr("Showing {0} of {1} customers.").format(
                fmt.integer(len(v.scatter)), fmt.integer(len(v.result.customers)))
        note += " " + self.tr("One-time buyers always show P(alive) = 100 % in this model; "
                              "their low value reflects how rarely they buy.")
        counts = v.stages["customers"].to_dict()
        self.scatter.set_points(v.scatter, note.strip(), counts)

    def _draw_tracking(self) -> None:
        h = self.view.result.holdout
        self.tracking.clear()
        if h is None:
            self.tracking.set_empty(self.tr("Not enough history for a holdout check."))
            self.tracking_note.setText(" ")
            return
        self.tracking.set_empty("")
        t = h.tracking
        self.tracking.set_categories([fmt.day(d.date()) for d in t["date"]])
        self.tracking.add_line(self.tr("Actual"), t["actual"].to_numpy(), 0, symbol=None)
        self.tracking.add_line(self.tr("Predicted"), t["predicted"].to_numpy(), 1, dashed=True,
                               symbol=None)
        cut = int((t["date"] <= h.calibration_end).sum()) - 0.5
        self.tracking.plot.addItem(pg.InfiniteLine(cut, angle=90, pen=pg.mkPen("#888", width=1,
                                                                                style=Qt.PenStyle.DotLine)))
        self.tracking.reset_view()
        note = self.tr(
            "Fitted on purchases up to {0}; after the dotted line it predicted {1} repeat "
            "purchases and {2} happened.").format(
                fmt.day(h.calibration_end.date()), fmt.integer(h.predicted_total),
                fmt.integer(h.actual_total)) + " " + self._holdout_gap(h.relative_error)
        whole = self.view.result.customer_filter
        self.tracking.title_label.setText(
            self.tr("Holdout check (whole shop): repeat purchases, actual vs predicted")
            if whole else self.tr("Holdout check: repeat purchases, actual vs predicted"))
        # A stage or segment is picked by recent behaviour: checking the model on it alone
        # would compare a prediction with its own selection, so the check stays the shop's.
        self.tracking.title_label.setToolTip(self.tr(
            "The check tests the purchase model, which is fitted on all {0} customers of the "
            "shop, not only the chosen stage or segment.").format(
                fmt.integer(self.view.result.model_customers)) if whole else "")
        self.tracking_note.setText(note)

    def _holdout_gap(self, error: float) -> str:
        """The holdout gap in plain words: a signed "+18.8 %" read as "more happened"."""
        if error != error:  # nothing happened in the holdout: no relative gap
            return ""
        size = fmt.percent(abs(error))
        if size == fmt.percent(0):
            return self.tr("The model predicted about as many as happened.")
        if error > 0:
            return self.tr("The model overestimated: it predicted {0} more than happened.") \
                .format(size)
        return self.tr("The model underestimated: it predicted {0} fewer than happened.") \
            .format(size)

    def _draw_matrix(self) -> None:
        if self.view is None:
            return
        r = self.view.result
        stage = self.matrix_kind.currentData() == "stage"
        matrix = r.stage_transitions if stage else r.segment_transitions
        if r.transition_from is not None:
            title = (self.tr("Movement of the chosen customers from {0} (rows) to {1} "
                             "(columns)") if r.customer_filter
                     else self.tr("Movement from {0} (rows) to {1} (columns)"))
            self.matrix_title.setText(title.format(fmt.day(r.transition_from.date()),
                                                   fmt.day(r.as_of.date())))
        self.matrix.set_matrix(matrix, self.tr("Not enough history yet."))

    def _fill_table(self) -> None:
        if self.view is None:
            return
        t = self.view.table
        stage, segment = self.stage_filter.currentData(), self.segment_filter.currentData()
        if stage:
            t = t[t["stage"] == stage]
        if segment:
            t = t[t["segment"] == segment]
        mask = search_mask(t, self.search.text())
        if mask is not None:
            t = t[mask]
        money = self._money
        formatters = {"revenue": money, "clv": money, "clv_low": money, "clv_high": money,
                      "p_alive": fmt.percent, "expected_purchases": lambda v: fmt.number(v, 2),
                      "last_purchase": lambda v: fmt.day(v.date()) if pd.notna(v) else "—",
                      "next_due": lambda v: fmt.day(v.date()) if pd.notna(v) else "—",
                      "stage": label, "segment": label, "orders": fmt.integer,
                      "days_since_last": fmt.integer}
        headers = {"customer_id": self.tr("Customer"), "email": self.tr("Email"),
                   "phone": self.tr("Phone"), "name": self.tr("Name"), "stage": self.tr("Stage"),
                   "segment": self.tr("RFM segment"), "rfm_score": self.tr("RFM"),
                   "orders": self.tr("Orders"), "revenue": self.tr("Revenue"),
                   "last_purchase": self.tr("Last order"), "days_since_last": self.tr("Days since"),
                   "next_due": self.tr("Next order due"), "p_alive": self.tr("P(alive)"),
                   "expected_purchases": self.tr("Expected orders"), "clv": self.tr("CLV"),
                   "clv_low": self.tr("CLV low (80 %)"), "clv_high": self.tr("CLV high (80 %)")}
        self.table.set_frame(t.reset_index(drop=True), formatters, headers,
                             empty_text=self.tr("No customers match."))

    def _fill_rules(self, rules: stages.StageRules) -> None:
        r = pd.DataFrame(rfm.rule_table())
        r["segment"] = r["segment"].map(label)
        r["description"] = r["description"].map(tr_core)
        self.rfm_rules.set_frame(r, headers={
            "segment": self.tr("Segment"), "r_min": self.tr("R from"), "r_max": self.tr("R to"),
            "fm_min": self.tr("FM from"), "fm_max": self.tr("FM to"),
            "description": self.tr("Meaning")})
        w, f = fmt.integer(rules.window_days), fmt.number(rules.overdue_factor, 1)
        at_risk = self.tr("Overdue: more than {0}× their usual gap since the last purchase.")
        if rules.p_alive_threshold is not None:
            at_risk = self.tr("Overdue: more than {0}× their usual gap since the last purchase, "
                              "or P(alive) below {1}.")
        texts = [  # same order and meaning as core.clv.stages.rule_table
            ("new", self.tr("First purchase within the last {0} days.").format(
                fmt.integer(rules.new_window))),
            ("churned", self.tr("No purchase for {0} days or more and overdue: more than {1}× "
                                "their usual gap since the last purchase.").format(w, f)),
            ("reactivated", self.tr("Bought within the last {0} days after a break of {0} days "
                                    "or more.").format(w)),
            ("at risk", at_risk.format(f, fmt.percent(rules.p_alive_threshold or 0, 0))),
            ("active", self.tr("Everyone else: buying on their usual rhythm.")),
        ]
        s = pd.DataFrame([(label(k), t) for k, t in texts], columns=["stage", "rule"])
        self.stage_rules.set_frame(s, headers={"stage": self.tr("Stage"),
                                               "rule": self.tr("Rule (first match wins)")})

    def use_as_global_filter(self) -> None:
        """Put the chosen stage/segment into the global filter (every tab follows)."""
        if self.ctx is None:
            return
        stage = self.stage_filter.currentData() or None
        segment = self.segment_filter.currentData() or None
        self.ctx.set_spec(self.ctx.spec.with_(lifecycle_stage=stage, rfm_segment=segment))

    # ------------------------------------------------------------------ detail / export
    def _row_activated(self, source_row: int) -> None:
        frame = self.table.frame()
        if 0 <= source_row < len(frame):
            self.show_customer(str(frame.iloc[source_row]["customer_id"]))

    def show_customer(self, customer_id: str) -> None:
        """Show one customer's history and P(alive) over time."""
        if self.view is None or customer_id not in self.view.result.customers.index:
            return
        self.current_customer_id = customer_id  # File > Forget a customer… offers it
        r = self.view.result
        c = r.customers.loc[customer_id]
        lines = [f"<b>{self.tr('Customer')} {customer_id}</b>"]
        if not r.contacts.empty and customer_id in r.contacts.index:
            contact = r.contacts.loc[customer_id].dropna()
            lines.append(" · ".join(str(v) for v in contact.to_numpy()))
        lines.append(self.tr("Stage: {0} · RFM: {1} ({2})").format(
            label(c["stage"]), label(c["segment"]), c["rfm_score"]))
        lines.append(self.tr("{0} orders, {1} spent, last order {2}").format(
            fmt.integer(c["orders"]), self._money(c["revenue"]), fmt.day(c["last_purchase"].date())))
        lines.append(self.tr("P(alive) {0} · expected orders {1} · CLV {2}").format(
            fmt.percent(c["p_alive"]), fmt.number(c["expected_purchases"], 2),
            self._money(c["clv"])))
        if "clv_low" in c:
            lines.append(self.tr("CLV range (80 %): {0} – {1}").format(
                self._money(c["clv_low"]), self._money(c["clv_high"])))
        history = r.daily[r.daily["customer_id"] == customer_id]
        self.detail.show_customer(lines, history, p_alive_history(r, customer_id), self._money)
        self.pages.setCurrentIndex(1)

    def export_current(self) -> None:
        """File > Export: the chosen list (or the rows shown)."""
        self.export_dialog()

    def export_dialog(self) -> None:
        """Ask for a file and write the chosen list."""
        if self.view is None:
            return
        from retention_desktop.ui import exporting

        path = exporting.ask_export_path(
            self, self.tr("Export customers"),
            self.list_choice.currentText() or self.tr("Customers"), ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"))
        if path is not None and self.export_to(str(path)) is not None:
            exporting.announce(self, path)

    def export_to(self, path: str) -> dict | None:
        """Write the chosen list to ``path`` (CSV/XLSX by extension)."""
        r = self.view.result
        key = self.list_choice.currentData()
        if key:
            frame = build_list(r.customers, key, contacts=r.contacts, as_of=r.as_of)
        else:
            proxy, shown = self.table.proxy, self.table.frame()
            rows = [proxy.mapToSource(proxy.index(i, 0)).row() for i in range(proxy.rowCount())]
            frame = shown.iloc[rows]
        try:
            return export_list(frame, path, pseudonymised=self.pseudonymise.isChecked())
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not write {0}: {1}").format(path, exc))
            return None

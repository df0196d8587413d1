"""The A/B calculator page: variants by hand or from project data, results, verdict, chart.

Works without a project (hand input). The data-driven part needs a project store and
the global filter; :meth:`CalculatorPage.load_from_data` takes them explicitly so the
main window (or a test) can drive it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core import formatting as fm
from retention_desktop.core.abtest.analysis import ABInputError, Variant, analyze
from retention_desktop.core.bidi import bidi_formulas
from retention_desktop.ui import fmt as ufmt
from retention_desktop.ui.tabs.abtest_text import VerdictText, fmt_p
from retention_desktop.ui.widgets.chart import ChartPanel

RAW = Qt.ItemDataRole.UserRole  # raw (unformatted) value of a result cell
_LTR, _PDF = "\u202a", "\u202c"  # left-to-right embedding around numbers and ranges

# Result table columns (keys into the row dicts built in _fill_results).
RESULT_COLUMNS = ("variant", "n", "value", "ci", "diff", "diff_ci", "lift", "lift_ci", "p",
                  "p_holm", "prob", "loss")


def split_source(data: str) -> tuple[str, str]:
    """``"experiment:NAME"`` -> ``("experiment", "NAME")`` (names may contain colons)."""
    kind, _, name = data.partition(":")
    return kind, name


def _signed_pct(value: float | None, missing: str = "—", bound: bool = False) -> str:
    """``+25.0%`` from a value already in percent.

    ``bound``: an interval bound keeps two significant digits when small, so a bound that is
    not zero (``+0.011%``) never prints as ``0.0%`` next to a verdict that excludes zero.
    """
    if value is None:
        return missing
    decimals = ufmt.point_decimals(value / 100) if bound else 1
    # the sign belongs to the number (left-to-right marks in fa/ar), not to the sentence
    return fm.fmt_percent(value, decimals, ratio=False, signed=True)


def _split_example() -> str:
    """``50,50`` in the user's digits and comma (what the split box accepts)."""
    comma = "،" if fm.current_locale().rtl else ","
    return fm.fmt_int(50) + comma + fm.fmt_int(50)

class CalculatorPage(QWidget):
    """Hand-input calculator plus the "from project data" loader.

    Signals
    -------
    computed(dict)
        A new result of :func:`~retention_desktop.core.abtest.analysis.analyze`.
    """

    computed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        self.text = VerdictText(self)
        self._build()
        self.set_variants([Variant("control", 1000, 120), Variant("B", 1000, 150)])

    # ------------------------------------------------------------------ construction
    def _build(self) -> None:
        # -- variants by hand
        box = QGroupBox(self.tr("Variants (first row = control)"), self)
        self.kind_combo = QComboBox(box)
        self.kind_combo.addItem(self.tr("Customers and converted"), "binary")
        self.kind_combo.addItem(self.tr("Average per customer (mean, sd)"), "continuous")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.table = QTableWidget(0, 3, box)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(118)
        # Tab leaves the table (to Add variant, …) instead of cycling through its cells;
        # arrows move between cells and typing or F2 still edits one
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(self.tr("Add variant"), box)
        self.add_button.clicked.connect(self._add_row)
        self.remove_button = QPushButton(self.tr("Remove variant"), box)
        self.remove_button.clicked.connect(self._remove_row)
        self.alpha_spin = QDoubleSpinBox(box)
        self.alpha_spin.setRange(0.001, 0.2)
        self.alpha_spin.setDecimals(3)
        self.alpha_spin.setSingleStep(0.01)
        self.alpha_spin.setValue(0.05)
        self.split_edit = QLineEdit(box)
        self.split_edit.setPlaceholderText(self.tr("equal (e.g. {0})").format(_split_example()))
        self.mode_combo = QComboBox(box)
        self.mode_combo.addItem(self.tr("Fixed: I look once, at the planned size"), "fixed")
        self.mode_combo.addItem(self.tr("Sequential: safe to look every day"), "sequential")
        self.planned_spin = QSpinBox(box)
        self.planned_spin.setRange(0, 100_000_000)
        self.planned_spin.setSingleStep(100)
        self.planned_spin.setSpecialValueText(self.tr("current size"))
        self.planned_spin.setToolTip(self.tr(
            "Sequential mode is tightest around this many customers per variant. Set it "
            "before the test starts (e.g. from the planner) and keep it."))
        self.mode_combo.currentIndexChanged.connect(
            lambda: self.planned_spin.setEnabled(self.mode_combo.currentData() == "sequential"))
        self.planned_spin.setEnabled(False)
        self.lower_check = QCheckBox(self.tr("Lower is better (e.g. churn)"), box)
        self.compute_button = QPushButton(self.tr("Compute"), box)
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(lambda: self.compute())
        self.error_label = QLabel(box)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("abtest_error")
        self.error_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.kind_combo, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("Significance level (alpha)"), self.alpha_spin)
        form.addRow(self.tr("Planned split"), self.split_edit)
        form.addRow(self.tr("Mode"), self.mode_combo)
        form.addRow(self.tr("Planned customers per variant"), self.planned_spin)
        form.addRow("", self.lower_check)
        lay = QVBoxLayout(box)
        lay.addLayout(buttons)
        lay.addWidget(self.table)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(self.compute_button)

        # -- from project data
        self.data_box = QGroupBox(self.tr("From project data"), self)
        self.experiment_combo = QComboBox(self.data_box)
        self.outcome_combo = QComboBox(self.data_box)
        for label, key in ((self.tr("Repeat purchase within N days"), "repeat"),
                           (self.tr("Active at day N"), "active"),
                           (self.tr("Churned by day N"), "churn"),
                           (self.tr("Revenue per customer in N days"), "revenue")):
            self.outcome_combo.addItem(label, key)
        self.days_spin = QSpinBox(self.data_box)
        self.days_spin.setRange(1, 730)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(self.tr(" days"))
        self.cuped_check = QCheckBox(self.tr("Adjust for earlier spend (CUPED)"), self.data_box)
        self.cuped_check.setToolTip(self.tr("Removes the part of the outcome explained by what "
                                            "each customer spent before the test, so "
                                            "differences show up with fewer customers."))
        self.load_button = QPushButton(self.tr("Load from data"), self.data_box)
        self.data_info = QLabel(self.data_box)
        self.data_info.setWordWrap(True)
        dform = QFormLayout(self.data_box)
        dform.addRow(self.tr("Experiment"), self.experiment_combo)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome_combo, 1)
        outcome_row.addWidget(QLabel(self.tr("N ="), self.data_box))
        outcome_row.addWidget(self.days_spin)
        load_row = QHBoxLayout()
        load_row.addWidget(self.cuped_check, 1)
        load_row.addWidget(self.load_button)
        dform.addRow(self.tr("Outcome"), outcome_row)
        dform.addRow(load_row)
        dform.addRow(self.data_info)
        self.set_experiments(None)

        # -- results
        self.srm_banner = QLabel(self)
        self.srm_banner.setWordWrap(True)
        self.srm_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.srm_banner.setStyleSheet(
            "QLabel { background: #fde2e1; color: #7a1010; border: 2px solid #d33; "
            "padding: 6px; font-weight: bold; }")
        self.srm_banner.hide()
        self.mode_label = QLabel(self)
        self.mode_label.setWordWrap(True)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.verdict_label.setFont(font)
        self.chart = ChartPanel(self.tr("Rate per variant with {0} interval").format(
            fm.fmt_percent(0.95, 0)), self)
        self.chart.legend.hide()  # one series: the title says what it is
        self.chart.plot.getAxis("left").enableAutoSIPrefix(False)
        # an empty 0.1-0.9 axis before the first result reads like data: say what to do
        self.chart.set_empty(self.tr("Enter the variants and press Compute."))
        self.results = QTableWidget(0, len(RESULT_COLUMNS), self)
        self.results.setHorizontalHeaderLabels([
            self.tr("Variant"), self.tr("Customers"), self.tr("Rate"),
            self.tr("{0} interval").format(fm.fmt_percent(0.95, 0)),
            self.tr("Difference"), self.tr("Difference interval"), self.tr("Lift vs control"), self.tr("Lift interval"), self.tr("p-value"),
            self.tr("p (Holm)"), self.tr("Chance to beat control"), self.tr("Expected loss")])
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.results.setWordWrap(False)
        self.results.setMinimumHeight(100)

        right = QVBoxLayout()
        right.addWidget(self.srm_banner)
        right.addWidget(self.verdict_label)
        right.addWidget(self.mode_label)
        right.addWidget(self.chart, 1)
        # The inputs scroll when the window is short (laptops at 1280x800 with the filter bar).
        inputs = QWidget(self)
        left = QVBoxLayout(inputs)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(box)
        left.addWidget(self.data_box)
        left.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inputs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(inputs.minimumSizeHint().width() + 16)
        grid = QGridLayout(self)
        grid.addWidget(scroll, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.results, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """No: the tab's scroll area would size the page by its wrapped labels' preferred
        heights (the chart at its full 520 px), pushing the result table below the fold at
        1366×768; the page fits its minimum and the chart shrinks instead."""
        return False

    # ------------------------------------------------------------------ input table
    def _headers(self) -> list[str]:
        if self.kind_combo.currentData() == "binary":
            return [self.tr("Name"), self.tr("Customers"), self.tr("Converted")]
        return [self.tr("Name"), self.tr("Mean"), self.tr("Std. dev."), self.tr("Customers")]

    def _kind_changed(self) -> None:
        rows = self.table.rowCount()
        names = [self._cell(r, 0) or "" for r in range(rows)]
        headers = self._headers()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for r, name in enumerate(names):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            for c in range(1, len(headers)):
                self.table.setItem(r, c, QTableWidgetItem(""))

    def _add_row(self) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(chr(ord("A") + r)))
        for c in range(1, self.table.columnCount()):
            self.table.setItem(r, c, QTableWidgetItem(""))

    def _remove_row(self) -> None:
        if self.table.rowCount() > 0:
            self.table.removeRow(self.table.currentRow() if self.table.currentRow() >= 0
                                 else self.table.rowCount() - 1)

    def _cell(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text().strip() if item is not None else ""

    def set_variants(self, variants: list[Variant]) -> None:
        """Fill the input table (switches to the right metric kind)."""
        binary = not variants or variants[0].is_binary
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(0 if binary else 1)
        self.kind_combo.blockSignals(False)
        headers = self._headers()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(variants))
        for r, v in enumerate(variants):
            if binary:
                cells = [v.name, fm.fmt_int(v.n), fm.fmt_int(v.conversions)]
            else:
                cells = [v.name, fm.fmt_number(v.mean, 4, grouping=False),
                         fm.fmt_number(v.sd, 4, grouping=False), fm.fmt_int(v.n)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def variants(self) -> list[Variant]:
        """The variants typed in the table (raises ValueError naming the bad cell)."""
        binary = self.kind_combo.currentData() == "binary"
        out = []
        headers = self._headers()
        for r in range(self.table.rowCount()):
            name = self._cell(r, 0) or self.tr("Variant {0}").format(fm.fmt_int(r + 1))
            nums = []
            for c in range(1, len(headers)):
                text = self._cell(r, c)
                try:
                    nums.append(fm.parse_number(text))
                except ValueError:
                    raise ValueError(self.tr("Row {0}, {1}: “{2}” is not a number.")
                                     .format(fm.fmt_int(r + 1), headers[c], text)) from None
            if binary:
                if any(x != int(x) for x in nums):
                    raise ValueError(self.tr("Row {0}: customers and converted must be whole "
                                             "numbers.").format(fm.fmt_int(r + 1)))
                out.append(Variant(name, int(nums[0]), conversions=int(nums[1])))
            else:
                out.append(Variant(name, int(nums[2]), mean=nums[0], sd=nums[1]))
        return out

    def _split(self) -> list[float] | None:
        text = self.split_edit.text().strip()
        if not text:
            return None
        try:
            return [fm.parse_number(x) for x in text.replace("،", ",").split(",") if x.strip()]
        except ValueError:
            raise ValueError(self.tr("The planned split must look like {0}.").format(
                _split_example())) from None

    # ------------------------------------------------------------------ compute
    def compute(self, *, higher_is_better: bool | None = None) -> dict | None:
        """Analyse the variants in the table and show the result.

        ``higher_is_better`` is keyword-only: connected to ``clicked``, a positional
        parameter would receive the button's ``checked`` (False) and flip the verdict.
        ``None`` reads the "Lower is better" box.
        """
        if higher_is_better is None:
            higher_is_better = not self.lower_check.isChecked()
        try:
            result = analyze(self.variants(), alpha=self.alpha_spin.value(), split=self._split(),
                             sequential_mode=self.mode_combo.currentData() == "sequential",
                             planned_n=self.planned_spin.value() or None,
                             higher_is_better=higher_is_better)
        except (ABInputError, ValueError) as exc:
            self.show_error(str(exc))
            return None
        self.show_error("")
        self.show_result(result)
        return result

    def show_error(self, message: str) -> None:
        """Show (or clear) an input problem under the variant table."""
        self.error_label.setText(("⚠ " + message) if message else "")
        self.error_label.setVisible(bool(message))

    def show_result(self, result: dict) -> None:
        """Display an ``analyze`` result: banner, verdict, table, chart."""
        self.result = result
        srm = result["srm"]
        self.srm_banner.setVisible(bool(srm["warning"]))
        if srm["warning"]:
            self.srm_banner.setText(bidi_formulas(self.text.srm_warning(srm["p_value"])))
        verdict = self.text.verdict(result)
        if self.isRightToLeft():  # a Persian verdict starts with the variant's Latin name:
            # without a leading RLM the paragraph would be laid out left to right; "p = ٠٫٠٥"
            # and the Latin names are isolated (as in the PDF), or Arabic digits pull "="
            # and the number to the left of p
            verdict = "\n\n".join("\u200f" + bidi_formulas(part)
                                    for part in verdict.split("\n\n"))
        self.verdict_label.setText(verdict)
        self.mode_label.setText(self.text.mode_note(result))
        self._fill_results(result)
        self._draw_chart(result)
        self._reveal_result()
        self.computed.emit(result)

    def _reveal_result(self) -> None:
        """Scroll the tab so the verdict (and as much of the table as fits) is on screen.

        At 1366×768 the result sits below the fold of the tab's scroll area: without this
        a click on Compute seemed to do nothing. Scrolls every enclosing scroll area.
        """
        # the page grows once the new rows are laid out (a few event-loop turns later):
        # follow the scroll range for a moment (a cold start takes over 0.4 s), then leave
        # the scrolling to the user
        self._revealing = True
        QTimer.singleShot(0, self._scroll_to_result)
        QTimer.singleShot(1500, self._stop_revealing)

    def _stop_revealing(self) -> None:
        self._revealing = False

    def _scroll_to_result(self) -> None:
        if not getattr(self, "_revealing", False):
            return
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None:
                bar = parent.verticalScrollBar()
                if not bar.property("follows_ab_result"):
                    bar.setProperty("follows_ab_result", True)
                    # the range is set before the page is moved and resized: look after
                    bar.rangeChanged.connect(
                        lambda *_: QTimer.singleShot(0, self._scroll_to_result))
                # as far down as the end of the table, never past the verdict's top
                page = parent.widget()
                verdict_top = self.verdict_label.mapTo(page, self.verdict_label.rect().topLeft())
                table = self.results.mapTo(page, self.results.rect().bottomLeft())
                wanted = min(table.y() + 4 - parent.viewport().height(), verdict_top.y() - 8)
                if wanted > bar.value():
                    bar.setValue(wanted)
            parent = parent.parentWidget()

    def _fill_results(self, result: dict) -> None:
        binary = result["metric"] == "conversion"
        self.results.horizontalHeaderItem(2).setText(self.tr("Rate") if binary else
                                                     self.tr("Mean"))
        level = fm.fmt_percent(1 - result["alpha"], 0 if result["alpha"] * 100 % 1 == 0 else 1)
        self.results.horizontalHeaderItem(RESULT_COLUMNS.index("ci")).setText(
            self.tr("{0} interval").format(level))
        holm = result["correction"] == "holm"
        self.results.setColumnHidden(RESULT_COLUMNS.index("p_holm"), not holm)

        def val(x):
            return fm.fmt_percent(x, 2) if binary else fm.fmt_number(x, 2)

        def signed(x):
            # a difference of rates is in percentage points (as on the Overview cards),
            # with enough decimals that a bound that is not zero does not print as zero
            return (ufmt.signed_points(x, ufmt.point_decimals(x)) if binary
                    else fm.fmt_number(x, 2, signed=True))

        def points(text):
            return self.tr("{0} pts").format(text) if binary else text

        rows = []
        for i, v in enumerate(result["variants"]):
            value = v["rate"] if binary else v["mean"]
            row = {"variant": (v["name"], v["name"]), "n": (fm.fmt_int(v["n"]), v["n"]),
                   "value": (val(value), value),
                   "ci": (fm.fmt_range(val(v["ci_low"]), val(v["ci_high"])), v["ci_low"])}
            if i == 0:
                row["lift"] = (self.tr("control"), None)
            else:
                c = result["comparisons"][i - 1]
                row.update({
                    "diff": (points(signed(c["diff"])), c["diff"]),
                    "diff_ci": (points(fm.fmt_range(signed(c["diff_ci_low"]),
                                                    signed(c["diff_ci_high"]))),
                                c["diff_ci_low"]),
                    "lift": (_signed_pct(c["lift_pct"], self.tr("n/a")), c["lift_pct"]),
                    "lift_ci": ("—" if c["lift_pct_ci_low"] is None else
                                fm.fmt_range(_signed_pct(c["lift_pct_ci_low"], bound=True),
                                             _signed_pct(c["lift_pct_ci_high"], bound=True)),
                                c["lift_pct_ci_low"]),
                    "p": (fmt_p(c["p_value"]), c["p_value"]),
                    "p_holm": (fmt_p(c["p_holm"]), c["p_holm"]),
                    "prob": (fm.fmt_percent(c["prob_beat_control"], 1), c["prob_beat_control"]),
                    "loss": (fm.fmt_percent(c["expected_loss"], 3) if binary
                             else fm.fmt_number(c["expected_loss"], 3), c["expected_loss"]),
                })
            rows.append(row)
        self.results.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(RESULT_COLUMNS):
                text, raw = row.get(key, ("", None))
                # keep "+9.7%" and "a – b" in order under RTL; a cell with words ("pts")
                # reads right to left, its numbers are isolated already
                if raw is not None and key != "variant" and not (
                        binary and key in ("diff", "diff_ci")):
                    text = _LTR + text + _PDF
                item = QTableWidgetItem(text)
                item.setData(RAW, raw)
                self.results.setItem(r, c, item)

    def _draw_chart(self, result: dict) -> None:
        binary = result["metric"] == "conversion"
        scale = 100.0 if binary else 1.0  # rates drawn in percent
        names = [v["name"] for v in result["variants"]]
        values = scale * np.array([v["rate"] if binary else v["mean"]
                                   for v in result["variants"]])
        lows = scale * np.array([v["ci_low"] for v in result["variants"]])
        highs = scale * np.array([v["ci_high"] for v in result["variants"]])
        self.chart.clear()
        self.chart.set_empty("")
        level = fm.fmt_percent(1 - result["alpha"], 0 if result["alpha"] * 100 % 1 == 0 else 1)
        self.chart.title_label.setText(
            (self.tr("Rate per variant with {0} interval") if binary
             else self.tr("Mean per variant with {0} interval")).format(level))
        self.chart.value_format = (lambda v: fm.fmt_percent(v, 2, ratio=False)) if binary else (
            lambda v: fm.fmt_number(v, 2))
        self.chart.set_categories(names)
        self.chart.add_bars(self.tr("Rate") if binary else self.tr("Mean"), values, 0)
        x = np.arange(len(names), dtype=float)
        pen = pg.mkPen(self.palette().color(self.foregroundRole()), width=2)
        self.chart.plot.addItem(pg.ErrorBarItem(x=x, y=values, top=highs - values,
                                                bottom=values - lows, beam=0.25, pen=pen))
        self.chart.plot.setXRange(-0.6, len(names) - 0.4, padding=0)
        self.chart.plot.setYRange(min(0.0, float(lows.min())), float(highs.max()) * 1.1,
                                  padding=0)
        self.chart.plot.getAxis("left").setLabel(self.tr("Rate (%)") if binary else
                                                 self.tr("Mean"))

    # ------------------------------------------------------------------ from data
    def set_experiments(self, experiments: list[dict] | None,
                        columns: list[str] | None = None) -> None:
        """Fill the experiment list (``None`` = no project open).

        Item data is ``"experiment:NAME"`` for the assignments table and
        ``"column:NAME"`` for an orders column holding variants (the value on each
        customer's first order); see :func:`split_source`.
        """
        self.experiment_combo.clear()
        for exp in experiments or []:
            label = self.tr("{0} ({1} customers)").format(exp["experiment"],
                                                          fm.fmt_int(exp["customers"]))
            self.experiment_combo.addItem(label, "experiment:" + exp["experiment"])
        for column in columns or []:
            self.experiment_combo.addItem(
                self.tr("Orders column “{0}” (value on the first order)").format(column),
                "column:" + column)
        has = self.experiment_combo.count() > 0
        for w in (self.experiment_combo, self.outcome_combo, self.days_spin, self.cuped_check,
                  self.load_button):
            w.setEnabled(has)
        if experiments is None:
            self.data_info.setText(self.tr("Open a project to analyse its experiments."))
        elif not has:
            self.data_info.setText(self.tr("This project has no experiments yet: import an "
                                           "assignments file (customer, experiment, variant, "
                                           "date)."))
        else:
            self.data_info.setText("")

    def outcome_text(self) -> str:
        """The chosen outcome, e.g. ``repeat-30d``."""
        return f"{self.outcome_combo.currentData()}-{self.days_spin.value()}d"

    def show_experiment_data(self, data) -> None:
        """Put an :class:`~retention_desktop.core.abtest.from_data.ExperimentData` in the
        table and compute."""
        self.set_variants(data.variants)
        self.lower_check.setChecked(not data.outcome.higher_is_better)
        excluded = {k: v for k, v in data.excluded.items() if v}
        notes = [self.text.excluded(k, v) for k, v in excluded.items()]
        if data.cuped:
            notes.append(self.tr("CUPED removed {0} of the outcome's variance.")
                         .format(fm.fmt_percent(data.cuped["variance_reduction"], 1)))
        self.data_info.setText(" ".join(notes) if notes else self.tr(
            "Every assigned customer was observed for the whole window."))
        self.compute(higher_is_better=data.outcome.higher_is_better)

"""The experiment planner page: sample size, duration, power curve, detectable effect."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core import formatting as fm
from retention_desktop.core.abtest import planner
from retention_desktop.ui.widgets.chart import apply_palette, series_color


class PlannerPage(QWidget):
    """Inputs on one side, the answer and the power curve on the other.

    Signals
    -------
    addToPlans(dict)
        "Add to test plans" pressed; the plan as ``Plan.to_dict()``.
    """

    addToPlans = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: planner.Plan | None = None
        self._build()
        self.recompute()

    def _spin(self, lo: float, hi: float, value: float, decimals: int, step: float,
              suffix: str = "") -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(lo, hi)
        spin.setDecimals(decimals)
        spin.setSingleStep(step)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self.recompute)
        return spin

    def _build(self) -> None:
        box = QGroupBox(self.tr("Plan a test"), self)
        self.baseline_spin = self._spin(0.1, 99.9, 20.0, 2, 0.5, " %")
        self.mde_spin = self._spin(0.01, 500.0, 10.0, 2, 0.5, " %")
        self.relative_check = QCheckBox(self.tr("Effect is relative to the baseline"), box)
        self.relative_check.setChecked(True)
        self.relative_check.toggled.connect(self.recompute)
        self.alpha_spin = self._spin(0.001, 0.2, 0.05, 3, 0.01)
        self.power_spin = self._spin(0.5, 0.99, 0.8, 2, 0.05)
        self.variants_spin = QSpinBox(box)
        self.variants_spin.setRange(2, 10)
        self.variants_spin.setValue(2)
        self.variants_spin.valueChanged.connect(self.recompute)
        self.one_sided_check = QCheckBox(self.tr("One-sided (only a rise matters)"), box)
        self.one_sided_check.toggled.connect(self.recompute)
        self.per_day_spin = self._spin(0.0, 1e6, 0.0, 2, 1.0)
        self.per_day_spin.setSpecialValueText(self.tr("unknown"))
        self.shop_button = QPushButton(self.tr("Use my shop's new customers per day"), box)
        self.shop_button.setEnabled(False)
        self._shop_per_day: float | None = None
        self.shop_button.clicked.connect(self._use_shop_rate)
        self.have_spin = QSpinBox(box)
        self.have_spin.setRange(0, 10_000_000)
        self.have_spin.setSingleStep(100)
        self.have_spin.setSpecialValueText(self.tr("—"))
        self.have_spin.valueChanged.connect(self.recompute)
        form = QFormLayout(box)
        form.addRow(self.tr("Baseline rate (control)"), self.baseline_spin)
        form.addRow(self.tr("Smallest effect worth detecting"), self.mde_spin)
        form.addRow("", self.relative_check)
        form.addRow(self.tr("Significance level (alpha)"), self.alpha_spin)
        form.addRow(self.tr("Power"), self.power_spin)
        form.addRow(self.tr("Variants (incl. control)"), self.variants_spin)
        form.addRow("", self.one_sided_check)
        form.addRow(self.tr("Customers entering per day"), self.per_day_spin)
        form.addRow("", self.shop_button)
        form.addRow(self.tr("Customers I have per variant"), self.have_spin)

        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        font = self.answer.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.answer.setFont(font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to test plans"), self)
        self.add_button.clicked.connect(lambda: self.plan and self.addToPlans.emit(
            self.plan.to_dict()))

        self.curve = pg.PlotWidget(self)
        self.curve.setMinimumHeight(220)
        self.curve.showGrid(x=True, y=True, alpha=0.25)
        self.curve.setMenuEnabled(False)
        self.curve.setLabel("bottom", self.tr("Customers per variant"))
        self.curve.getAxis("bottom").enableAutoSIPrefix(False)
        self.curve.setLabel("left", self.tr("Detectable lift (%)"))
        self.curve.setTitle(self.tr("Smallest detectable lift by test size"))
        apply_palette(self.curve, self)

        right = QVBoxLayout()
        right.addWidget(self.answer)
        right.addWidget(self.details)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.curve, 1)
        lay = QHBoxLayout(self)
        lay.addWidget(box, 2)
        lay.addLayout(right, 3)

    # ------------------------------------------------------------------ compute
    def set_customers_per_day(self, value: float | None) -> None:
        """The shop's new customers per day (from data) for the duration."""
        self._shop_per_day = value
        self.shop_button.setEnabled(value is not None)
        if value is not None:
            self.shop_button.setToolTip(self.tr("{0} new customers per day over the last 90 "
                                                "days").format(fm.fmt_number(value, 1)))

    def _use_shop_rate(self) -> None:
        if self._shop_per_day is not None:
            self.per_day_spin.setValue(self._shop_per_day)

    def recompute(self) -> planner.Plan | None:
        """Recompute the plan and the curve from the inputs."""
        baseline = self.baseline_spin.value() / 100
        relative = self.relative_check.isChecked()
        mde = self.mde_spin.value() / 100
        kw = {"alpha": self.alpha_spin.value(), "power": self.power_spin.value(),
              "variants": self.variants_spin.value(),
              "two_sided": not self.one_sided_check.isChecked()}
        per_day = self.per_day_spin.value() or None
        try:
            plan = planner.sample_size(baseline, mde, relative=relative,
                                       customers_per_day=per_day, **kw)
        except ValueError as exc:
            self.plan = None
            self.answer.setText("⚠ " + str(exc))
            self.details.setText("")
            self.add_button.setEnabled(False)
            return None
        self.plan = plan
        self.add_button.setEnabled(True)
        text = self.tr("You need {0} customers per variant ({1} in total) to detect "
                       "{2} → {3}.").format(fm.fmt_int(plan.n_per_variant),
                                            fm.fmt_int(plan.n_total),
                                            fm.fmt_percent(plan.baseline, 2),
                                            fm.fmt_percent(plan.target, 2))
        if plan.days is not None:
            text += " " + self.tr("At {0} customers a day that takes about {1} days.").format(
                fm.fmt_number(per_day, 1), fm.fmt_int(plan.days))
        self.answer.setText(text)
        details = [self.tr("Formula: Evan Miller's sample size (rounded). With the pooled "
                           "variance (as statsmodels computes it): {0} per variant.").format(
                               fm.fmt_int(plan.n_per_variant_pooled))]
        if plan.variants > 2:
            details.append(self.tr("With {0} variants each comparison uses alpha = {1} "
                                   "(Bonferroni).").format(plan.variants,
                                                           fm.fmt_number(plan.alpha_per_comparison, 4)))
        have = self.have_spin.value()
        if have:
            d = planner.detectable_effect(baseline, have, **kw)
            details.append(self.tr("With {0} customers per variant you can detect a change "
                                   "of {1} points ({2} relative).").format(
                fm.fmt_int(have), fm.fmt_percent(d, 2), fm.fmt_percent(d / baseline, 1))
                if d is not None else self.tr("With {0} customers per variant no realistic "
                                               "change can be detected.").format(fm.fmt_int(have)))
        self.details.setText("\n".join(details))
        self._draw_curve(baseline, plan, kw)
        return plan

    def _draw_curve(self, baseline: float, plan: planner.Plan, kw: dict) -> None:
        points = planner.power_curve(baseline, n_max=max(4 * plan.n_per_variant, 1000),
                                     points=40, **kw)
        self.curve.clear()
        if not points:
            return
        x = np.array([p["n"] for p in points], dtype=float)
        y = np.array([p["mde_rel"] * 100 for p in points])
        self.curve.plot(x, y, pen=pg.mkPen(series_color(0), width=2))
        self.curve.setYRange(0, min(float(y.max()), 4 * plan.mde_rel * 100), padding=0.02)
        self.curve.addItem(pg.InfiniteLine(plan.n_per_variant, angle=90,
                                           pen=pg.mkPen(series_color(1), width=1.5,
                                                        style=pg.QtCore.Qt.PenStyle.DashLine)))
        self.curve.plot([plan.n_per_variant], [plan.mde_rel * 100], pen=None, symbol="o",
                        symbolBrush=series_color(1), symbolSize=9)
        self.curve_points = points

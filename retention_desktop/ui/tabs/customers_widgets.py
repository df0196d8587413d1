"""Widgets of the Customers tab: P(alive)×CLV scatter, transition matrix, customer detail."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core import formatting
from retention_desktop.core.engine.customer_labels import display_name
from retention_desktop.ui import fmt
from retention_desktop.ui.charts.axes import apply_direction
from retention_desktop.ui.i18n import tr_core
from retention_desktop.ui.widgets.chart import (
    CategoryAxis,
    ChartPanel,
    apply_palette,
    series_color,
)


def label(name: str) -> str:
    """Translated display name of a segment or stage (core labels, context ``core``)."""
    return tr_core(display_name(str(name)))


STAGE_COLORS = {"new": 4, "active": 2, "reactivated": 0, "at risk": 1, "churned": 7}


class ScatterPanel(QWidget):
    """P(alive) (x) against CLV (y), one colour per lifecycle stage; click picks a customer."""

    customerClicked = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", self.tr("P(alive)"))
        self.plot.getAxis("bottom").tickStrings = (  # a probability reads as 0-100 %
            lambda values, _scale, _spacing: [fmt.percent(v, 0) for v in values])
        self.plot.setLabel("left", self.tr("CLV"))
        self.legend = self.plot.addLegend(offset=(8, 8), labelTextSize="8pt")
        self.note = QLabel(" ", self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        apply_palette(self.plot, self)
        apply_direction(self.plot.getPlotItem())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            apply_palette(self.plot, self)
        super().changeEvent(event)

    def set_points(self, frame: pd.DataFrame, note: str = "",
                   counts: dict[str, int] | None = None) -> None:
        """Draw ``customer_id``, ``p_alive``, ``clv``, ``stage`` rows.

        ``counts`` gives the legend's customers per stage when ``frame`` is a sample.
        """
        self.plot.clear()
        self.legend.clear()
        for stage, idx in STAGE_COLORS.items():
            part = frame[frame["stage"] == stage]
            if part.empty:
                continue
            color = QColor(series_color(idx))
            color.setAlpha(150)
            item = pg.ScatterPlotItem(
                x=part["p_alive"].to_numpy(float), y=part["clv"].to_numpy(float), size=5,
                pen=None, brush=pg.mkBrush(color), data=part["customer_id"].to_numpy(),
                hoverable=True, tip=self._tip)
            item.sigClicked.connect(self._clicked)
            self.plot.addItem(item)
            n = counts.get(stage, len(part)) if counts else len(part)
            self.legend.addItem(item, f"{label(stage)} ({fmt.integer(n)})")
        self.plot.setXRange(0, 1.02, padding=0.02)
        self.note.setText(note or " ")

    def _tip(self, x: float, y: float, data) -> str:
        return self.tr("Customer {0}\nP(alive) {1}\nCLV {2}").format(
            data, fmt.percent(x), fmt.money(y))

    def _clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self.customerClicked.emit(str(points[0].data()))


class _EveryLabelAxis(CategoryAxis):
    """Category axis that names every bar (a bar without a name is useless)."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N803 - pyqtgraph API
        if not self.labels:
            return super().tickValues(minVal, maxVal, size)
        return [(1, list(range(len(self.labels))))]


class _DateAxis(CategoryAxis):
    """Category axis for date labels with room between them (no overlapping dates)."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N803 - pyqtgraph API
        if not self.labels:
            return super().tickValues(minVal, maxVal, size)
        if minVal > maxVal:  # inverted axis (right to left)
            minVal, maxVal = maxVal, minVal  # noqa: N806
        lo = max(0, int(np.ceil(minVal)))
        hi = min(len(self.labels) - 1, int(np.floor(maxVal)))
        if hi < lo:
            return []
        longest = max(len(x) for x in self.labels) or 1
        fit = max(1, int(size // (longest * 9 + 24)))
        step = max(1, int(np.ceil((hi - lo + 1) / fit)))
        return [(step, list(range(lo, hi + 1, step)))]


def use_date_axis(panel: ChartPanel) -> None:
    """Give a chart panel the roomier date axis."""
    axis = _DateAxis("bottom")
    panel.plot.getPlotItem().setAxisItems({"bottom": axis})
    panel.axis = axis
    apply_palette(panel.plot, panel)  # the new axis needs the palette's text colour


def nice_step(rough: float, integer: bool = False) -> float:
    """The round axis step (1, 2 or 5 times a power of ten) nearest above ``rough``;
    at least 1 when the values are whole numbers."""
    if not np.isfinite(rough) or rough <= 0:
        return 1.0
    power = 10.0 ** np.floor(np.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough * (1 - 1e-9))
    return max(step, 1.0) if integer else float(step)


class HBarPanel(QWidget):
    """Horizontal bars with every category named and its value written at the bar's end.

    Right to left (fa/ar): bars grow leftwards and the names sit on the right.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rtl = formatting.current_locale().rtl
        side = "right" if self.rtl else "left"
        self.axis = _EveryLabelAxis(side)
        self.plot = pg.PlotWidget(axisItems={side: self.axis})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        item = self.plot.getPlotItem()
        item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        item.showAxis(side)
        item.hideAxis("right" if side == "left" else "left")
        item.getViewBox().invertX(self.rtl)
        self.plot.showGrid(x=True, y=False, alpha=0.2)
        self.categories: list[str] = []
        self.values = np.array([])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        apply_palette(self.plot, self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            apply_palette(self.plot, self)
        super().changeEvent(event)

    def set_bars(self, categories: Sequence[str], values: Sequence[float],
                 value_format: Callable[[float], str], integer: bool = False) -> None:
        """Draw one bar per category.

        The value axis is labelled with ``value_format`` at round steps (whole steps for
        counts, ``integer``), so it never reads "0 0 0 0" for small or empty groups.
        """
        self.plot.clear()
        self.categories = [str(c) for c in categories]
        self.values = np.nan_to_num(np.asarray(values, dtype=float))
        # First category at the top: y counts down (an inverted view box would hand the
        # axis a reversed range, which the category axis does not label).
        self.axis.set_labels(self.categories[::-1])
        width = max([len(c) for c in self.categories] + [4])
        self.axis.setWidth(min(12 + 7 * width, 220))
        y = np.arange(len(self.values), dtype=float)[::-1]
        self.plot.addItem(pg.BarGraphItem(x0=0, y=y, width=self.values, height=0.7,
                                          brush=series_color(0), pen=None))
        top = float(self.values.max()) if len(self.values) else 1.0
        text_color = self.palette().color(self.foregroundRole())
        for yi, v in zip(y, self.values, strict=True):
            text = pg.TextItem(value_format(v), color=text_color,
                               anchor=(1, 0.5) if self.rtl else (0, 0.5))
            text.setPos(v + top * 0.01, yi)
            self.plot.addItem(text)
        span = (top if top > 0 else 1.0) * 1.18
        step = nice_step(span / 5, integer)
        ticks = np.arange(0.0, span + step * 1e-6, step)
        self.plot.getAxis("bottom").setTicks([[(float(v), value_format(v)) for v in ticks]])
        self.plot.setXRange(0, span, padding=0)
        self.plot.setYRange(-0.6, len(self.values) - 0.4, padding=0)


class MatrixTable(QTableWidget):
    """A labelled count matrix; cell shade = share of its row."""

    def set_matrix(self, matrix: pd.DataFrame | None, empty_text: str = "") -> None:
        """Show ``matrix`` (rows = before, columns = after)."""
        self.clear()
        if matrix is None or matrix.empty:
            self.setRowCount(1)
            self.setColumnCount(1)
            self.setItem(0, 0, QTableWidgetItem(empty_text))
            return
        self.setRowCount(len(matrix.index))
        self.setColumnCount(len(matrix.columns))
        self.setHorizontalHeaderLabels([label(c) for c in matrix.columns])
        self.setVerticalHeaderLabels([label(r) for r in matrix.index])
        base = QColor(series_color(0))
        for i, row in enumerate(matrix.index):
            total = max(int(matrix.loc[row].sum()), 1)
            for j, col in enumerate(matrix.columns):
                n = int(matrix.loc[row, col])
                item = QTableWidgetItem(fmt.integer(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                share = n / total
                if n:
                    shade = QColor(base)
                    shade.setAlpha(int(30 + 180 * share))
                    item.setBackground(QBrush(shade))
                item.setToolTip(QCoreApplication.translate(
                    "CustomersTab", "{0} → {1}: {2} customers ({3} of the row)").format(
                        label(row), label(col), fmt.integer(n), fmt.percent(share)))
                self.setItem(i, j, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class CustomerDetail(QWidget):
    """One customer: summary, P(alive) over time, purchase history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("Double-click a customer, or click a point in the "
                                      "scatter, to see their history."), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ChartPanel(self.tr("P(alive) over time"), self)
        self.chart.value_format = fmt.percent
        self.chart.value_range = (0.0, 1.0)  # a probability: the whole 0-100 % scale
        for side in ("left", "right"):  # the value axis sits on the right in fa/ar
            self.chart.plot.getAxis(side).tickStrings = (
                lambda values, _scale, _spacing: [fmt.percent(v, 0) for v in values])
        use_date_axis(self.chart)
        self.history = QTableWidget(self)
        self.history.setColumnCount(3)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Orders"), self.tr("Revenue")])
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.history, 2)

    def show_customer(self, lines: Sequence[str], history: pd.DataFrame,
                      curve: pd.DataFrame, money: Callable[[float], str]) -> None:
        """Fill the panel from plain data."""
        self.summary.setText("<br>".join(lines))
        self.chart.clear()
        if curve.empty:
            self.chart.set_empty(self.tr("No purchase model for this selection."))
        else:
            self.chart.set_empty("")
            self.chart.set_categories([fmt.day(d.date()) for d in curve["date"]])
            self.chart.add_line(self.tr("P(alive)"), curve["p_alive"].to_numpy(), 0, symbol=None)
            self.chart.reset_view()
        self.history.setRowCount(len(history))
        for i, (day, orders, revenue) in enumerate(history[["day", "orders", "revenue"]]
                                                   .itertuples(index=False)):
            for j, text in enumerate((fmt.day(day.date()), fmt.integer(orders), money(revenue))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.history.setItem(i, j, item)


def search_mask(frame: pd.DataFrame, text: str,
                columns: Sequence[str] = ("customer_id", "name", "email", "phone")) -> np.ndarray | None:
    """Rows whose id or contact columns contain ``text`` (case-insensitive); None = all."""
    text = text.strip().casefold()
    if not text:
        return None
    mask = np.zeros(len(frame), dtype=bool)
    for col in columns:
        if col in frame.columns:
            values = frame[col].astype("string").str.casefold()
            mask |= values.str.contains(text, regex=False, na=False).to_numpy(dtype=bool)
    return mask


def sample_points(frame: pd.DataFrame, limit: int = 20_000) -> pd.DataFrame:
    """A deterministic sample for the scatter (everyone when small)."""
    if len(frame) <= limit:
        return frame
    keep = np.linspace(0, len(frame) - 1, limit).astype(int)
    return frame.sort_values("clv").iloc[keep]

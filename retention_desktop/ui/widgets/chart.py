"""Charts: one panel type with hover readout, zoom/pan, reset and PNG export.

Built on pyqtgraph. The x axis is categorical (period labels as the engine gives them),
so Gregorian and Jalali periods look the same to the chart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.bidi import bidi_formulas
from retention_desktop.ui import fmt
from retention_desktop.ui.charts.axes import apply_direction

# Colour-blind-safe (Okabe-Ito) series colours; readable on light and dark bases.
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                 "#999999")


def series_color(i: int) -> QColor:
    """The i-th series colour."""
    return QColor(SERIES_COLORS[i % len(SERIES_COLORS)])


class CategoryAxis(pg.AxisItem):
    """An axis showing text labels at integer positions, thinned to avoid overlap."""

    def __init__(self, orientation: str = "bottom", offset: float = 0.0, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.labels: list[str] = []
        self.offset = offset  # 0.5 puts a label in the middle of a heatmap cell

    def set_labels(self, labels: Sequence[str]) -> None:
        self.labels = [str(x) for x in labels]
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):  # noqa: N803 - pyqtgraph API
        if not self.labels:
            return super().tickValues(minVal, maxVal, size)
        if minVal > maxVal:  # inverted axis
            minVal, maxVal = maxVal, minVal  # noqa: N806
        lo = max(0, int(np.ceil(minVal - self.offset)))
        hi = min(len(self.labels) - 1, int(np.floor(maxVal - self.offset)))
        if hi < lo:
            return []
        longest = max(len(x) for x in self.labels) or 1
        per_label = (longest * 7 + 12) if self.orientation in ("bottom", "top") else 18
        fit = max(1, int(size // per_label))
        step = max(1, int(np.ceil((hi - lo + 1) / fit)))
        return [(step, [i + self.offset for i in range(lo, hi + 1, step)])]

    def tickStrings(self, values, scale, spacing):
        if not self.labels:
            return super().tickStrings(values, scale, spacing)
        out = []
        for v in values:
            i = int(round(v - self.offset))
            out.append(self.labels[i] if 0 <= i < len(self.labels) else "")
        return out


def apply_palette(plot_widget: pg.PlotWidget | pg.GraphicsLayoutWidget, widget: QWidget) -> None:
    """Follow the OS light/dark palette (background, axes, text)."""
    pal = widget.palette()
    plot_widget.setBackground(pal.color(QPalette.ColorRole.Base))
    text = pal.color(QPalette.ColorRole.Text)
    items = []
    if isinstance(plot_widget, pg.PlotWidget):
        items = [plot_widget.getPlotItem()]
    else:
        items = [i for i in plot_widget.ci.items if isinstance(i, pg.PlotItem)]
    for item in items:
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))


class ChartPanel(QWidget):
    """A titled chart with a readout line, Reset and Export PNG.

    Series are drawn over categories ``0..n-1``; hovering shows every series' value at
    the nearest category. ``value_format`` formats the readout numbers.
    """

    hovered = Signal(int)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = CategoryAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot.setMinimumHeight(120)  # room for axes and a line; 160 set a 1024×600 window scrolling
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        # the legend is a label above the plot: never covers data, mirrors for RTL, and
        # costs far less GUI time than pyqtgraph's LegendItem
        self.legend_label = QLabel(self)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self._legend: list[str] = []
        self.legend = self.legend_label  # older callers hide() it
        self.title_label = QLabel(bidi_formulas(title), self)  # formulas stay LTR in fa/ar
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.readout = QLabel(" ", self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        # The value axis of rates and probabilities: (0, 1) for the whole 0-100 % scale,
        # (0, None) to start at zero and fit the top. An autoranged axis from 0.982 to
        # 1.000 turns a tiny dip into a cliff.
        self.value_range: tuple[float, float | None] | None = None
        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Reset zoom (drag to pan, wheel to zoom)"))
        self.reset_button.clicked.connect(self.reset_view)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("PNG…"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG picture"))
        self.export_button.clicked.connect(self.export_dialog)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.reset_button)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.readout)

        self.categories: list[str] = []
        self.series: list[tuple[str, np.ndarray]] = []
        self.value_format: Callable[[float], str] = lambda v: fmt.number(v, 2)
        self._proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._mouse_moved)
        apply_palette(self.plot, self)
        apply_direction(self.plot.getPlotItem())
        # the value axis only grows: with pyqtgraph's default (shrink too) wider labels ->
        # fewer ticks -> narrower labels -> more ticks ... repainted the chart several
        # times in one event-loop turn, and every new result re-sized it again. Both sides:
        # right to left (fa/ar) apply_direction moves the values to the right axis.
        for side in ("left", "right"):
            self.plot.getAxis(side).setStyle(autoReduceTextSpace=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            apply_palette(self.plot, self)
        super().changeEvent(event)

    # ------------------------------------------------------------------ content
    def clear(self) -> None:
        """Remove all series."""
        self.plot.clear()
        self._legend = []
        self.legend_label.clear()
        self.series = []
        self.readout.setText(" ")

    def set_categories(self, labels: Sequence[str]) -> None:
        """Category labels for x = 0..n-1."""
        self.categories = [str(x) for x in labels]
        self.axis.set_labels(self.categories)

    def set_empty(self, text: str) -> None:
        """Show ``text`` instead of the chart (empty string: show the chart)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.plot.setVisible(not text)
        for button in (self.reset_button, self.export_button):  # nothing to zoom or save
            button.setEnabled(not text)

    def add_line(self, name: str, values: Sequence[float], index: int, *, width: float = 2,
                 dashed: bool = False, symbol: str | None = "o",
                 legend: bool = True) -> pg.PlotDataItem:
        """A line over the categories (``legend=False`` keeps it out of the legend)."""
        y = np.asarray(values, dtype=float)
        x = np.arange(len(y), dtype=float)
        pen = pg.mkPen(series_color(index), width=width,
                       style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        if not np.isfinite(y).any():
            symbol = None  # nothing to mark (pyqtgraph's scatter warns on all-NaN bounds)
        item = self.plot.plot(x, y, pen=pen, symbol=symbol,
                              symbolSize=5, symbolBrush=series_color(index), symbolPen=None,
                              connect="finite")
        self.series.append((name, y))
        if legend:
            self._add_legend(name, index, "━━" if not dashed else "╍╍")
        return item

    def _add_legend(self, name: str, index: int, mark: str) -> None:
        from html import escape

        color = series_color(index).name()
        self._legend.append(f"<span style='color:{color}'>{mark}</span>&nbsp;{escape(name)}")
        self.legend_label.setText("&nbsp;&nbsp;&nbsp;".join(self._legend))

    def add_bars(self, name: str, values: Sequence[float], index: int,
                 bottoms: Sequence[float] | None = None, width: float = 0.7) -> pg.BarGraphItem:
        """Bars (stack them by passing ``bottoms``)."""
        y = np.nan_to_num(np.asarray(values, dtype=float))
        x = np.arange(len(y), dtype=float)
        y0 = np.zeros_like(y) if bottoms is None else np.asarray(bottoms, dtype=float)
        color = series_color(index)
        item = pg.BarGraphItem(x=x, y0=y0, height=y, width=width, brush=color, pen=None)
        self.plot.addItem(item)
        self._add_legend(name, index, "■")
        self.series.append((name, np.asarray(values, dtype=float)))
        return item

    def reset_view(self) -> None:
        """Zoom to fit everything (within :attr:`value_range` when one is set)."""
        self.plot.enableAutoRange()
        self.plot.autoRange()
        if self.value_range is not None:
            low, high = self.value_range
            if high is None:  # keep the fitted top, but start at the given floor
                high = max(self.plot.getPlotItem().vb.viewRange()[1][1], low + 1e-9)
            self.plot.setYRange(low, high, padding=0.02)

    # ------------------------------------------------------------------ hover / export
    def readout_at(self, i: int) -> str:
        """The readout text for category ``i``."""
        if not (0 <= i < len(self.categories)):
            return " "
        parts = [self.categories[i]]
        for name, y in self.series:
            if i < len(y):
                parts.append(f"{name}: {self.value_format(y[i])}")
        return "  ·  ".join(parts)

    def _mouse_moved(self, event) -> None:
        pos: QPointF = event[0]
        vb = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(pos) or not self.categories:
            return
        x = vb.mapSceneToView(pos).x()
        i = int(round(x))
        if 0 <= i < len(self.categories):
            self.readout.setText(self.readout_at(i))
            self.hovered.emit(i)

    def export_png(self, path: str) -> bool:
        """Save the chart (with its title) as PNG."""
        return self.grab().save(path, "PNG")

    def export_dialog(self) -> None:
        """Ask for a file (in Documents or the last export folder) and save the PNG."""
        from retention_desktop.ui import exporting

        path = exporting.ask_export_path(
            self, self.tr("Export chart"), self.title_label.text() or self.tr("chart"), ".png",
            self.tr("PNG picture (*.png)"))
        if path is not None and self.export_png(str(path)):
            exporting.announce(self, path)

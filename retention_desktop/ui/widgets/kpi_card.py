"""A KPI card: value, change vs the previous period, sparkline, definition on hover."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from retention_desktop.core import formatting
from retention_desktop.ui.widgets.chart import series_color

UP, DOWN = "#1B7F3B", "#B3261E"


class KpiCard(QFrame):
    """One headline number.

    Parameters
    ----------
    key : str
        The KPI key (also the definition card key).
    title : str
        Translated title.
    """

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("kpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLabel(title, self)
        self.title.setWordWrap(False)
        self.value = QLabel("—", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel(" ", self)
        self.spark = pg.PlotWidget(self)
        self.spark.setFixedHeight(30)
        self.spark.hideAxis("left")
        self.spark.hideAxis("bottom")
        self.spark.setMouseEnabled(False, False)
        self.spark.setMenuEnabled(False)
        self.spark.hideButtons()
        self.spark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.spark.getPlotItem().setContentsMargins(0, 0, 0, 0)
        self._apply_palette()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.addWidget(self.spark)
        self.values: list[float] = []
        self._curve: pg.PlotDataItem | None = None

    def _apply_palette(self) -> None:
        self.spark.setBackground(self.palette().color(QPalette.ColorRole.Base))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def set_value(self, text: str) -> None:
        self.value.setText(text)

    def set_change(self, change: float | None, text: str, tooltip: str = "",
                   higher_is_better: bool = True) -> None:
        """Show a relative change (``None`` = not comparable)."""
        self.change.setText(text)
        self.change.setToolTip(tooltip)
        if change is None or change == 0 or not np.isfinite(change):
            self.change.setStyleSheet("")
            return
        good = (change > 0) == higher_is_better
        self.change.setStyleSheet(f"color: {UP if good else DOWN};")

    def set_sparkline(self, values: Sequence[float | None]) -> None:
        """A tiny line of the KPI per period (no axes).

        In fa/ar time runs right to left like every other chart (newest point on the
        left), so a card's sparkline and the trend chart beside it rise the same way.
        """
        y = np.array([np.nan if v is None else float(v) for v in values], dtype=float)
        self.values = list(y)
        shown = int(np.isfinite(y).sum()) >= 2
        # One curve per card, its data replaced (a new item per refresh cost ~2 ms a card).
        if self._curve is None:
            self._curve = self.spark.plot(pen=pg.mkPen(series_color(0), width=1.5),
                                          connect="finite")
        # Read at each refresh: the language can change while the card lives.
        self.spark.getPlotItem().getViewBox().invertX(formatting.current_locale().rtl)
        if shown:
            self._curve.setData(np.arange(len(y)), y, connect="finite")
        else:
            self._curve.setData([], [])
        self.spark.setVisible(shown)

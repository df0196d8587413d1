"""Cohort heatmap: pyqtgraph ImageItem with a colour bar, hover tooltip and clickable cells."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.bidi import bidi_formulas, bidi_isolate_each
from retention_desktop.ui import fmt
from retention_desktop.ui.charts.axes import apply_direction
from retention_desktop.ui.widgets.chart import CategoryAxis, apply_palette
from retention_desktop.ui.widgets.heatmap_keys import HeatmapKeyboard


@dataclass
class CohortMatrix:
    """A cohort matrix as the views need it (rows = cohorts, columns = ages k)."""

    cohorts: list[str]
    sizes: np.ndarray
    ages: list[int]
    value: np.ndarray            # float, NaN where no cell
    n: np.ndarray                # customers behind each cell
    ci_low: np.ndarray
    ci_high: np.ndarray
    complete: np.ndarray         # bool
    low_n: np.ndarray            # bool
    mean: np.ndarray             # weighted mean per age (NaN where none)
    unit: str = "rate"           # 'rate' or 'money'
    labels: list[str] = field(default_factory=list)  # display labels of the cohorts
    measure: str = "return-on"   # the engine's cohort measure (what a cell counts)

    def label(self, i: int) -> str:
        """Display label of cohort ``i``."""
        return self.labels[i] if i < len(self.labels) else self.cohorts[i]

    @classmethod
    def from_payload(cls, payload: dict, unit: str = "rate") -> CohortMatrix:
        """Build from the engine's cohort payload
        ``{"cohorts": [{"cohort", "size", "cells": [{"k", "value", "n", "complete",
        "ci_low", "ci_high", "low_n"}]}], "mean": [{"k", "value"}]}``."""
        rows = payload.get("cohorts", [])
        ages = sorted({int(c["k"]) for r in rows for c in r.get("cells", [])}
                      | {int(m["k"]) for m in payload.get("mean", [])})
        col = {k: j for j, k in enumerate(ages)}
        shape = (len(rows), len(ages))
        value = np.full(shape, np.nan)
        n = np.zeros(shape)
        lo = np.full(shape, np.nan)
        hi = np.full(shape, np.nan)
        complete = np.zeros(shape, dtype=bool)
        low_n = np.zeros(shape, dtype=bool)
        for i, r in enumerate(rows):
            for c in r.get("cells", []):
                j = col[int(c["k"])]
                value[i, j] = np.nan if c.get("value") is None else float(c["value"])
                n[i, j] = float(c.get("n") or 0)
                lo[i, j] = np.nan if c.get("ci_low") is None else float(c["ci_low"])
                hi[i, j] = np.nan if c.get("ci_high") is None else float(c["ci_high"])
                complete[i, j] = bool(c.get("complete", True))
                low_n[i, j] = bool(c.get("low_n", False))
        mean = np.full(len(ages), np.nan)
        for m in payload.get("mean", []):
            if m.get("value") is not None:
                mean[col[int(m["k"])]] = float(m["value"])
        return cls([str(r["cohort"]) for r in rows],
                   np.array([float(r.get("size") or 0) for r in rows]), ages,
                   value, n, lo, hi, complete, low_n, mean, unit,
                   measure=str(payload.get("measure") or "return-on"))

    @classmethod
    def from_table(cls, table, unit: str = "rate") -> CohortMatrix:
        """Build from the Cohorts job's typed :class:`~retention_desktop.core.engine.
        cohort_results.CohortTable` (its cells already as arrays)."""
        a = table.arrays()
        return cls([str(r.cohort) for r in table.rows],
                   np.array([float(r.size or 0) for r in table.rows]), table.ages,
                   a["value"], a["n"], a["ci_low"], a["ci_high"], a["complete"], a["low_n"],
                   a["mean"], unit, measure=table.measure or "return-on")

    def count(self, i: int, j: int) -> int | None:
        """Customers a rate cell counts (its numerator: the ones the click lists), or
        ``None`` for money cells, whose value is an average over ``n``."""
        if self.unit != "rate" or not np.isfinite(self.value[i, j]):
            return None
        return int(round(float(self.value[i, j]) * float(self.n[i, j])))


class HeatmapPanel(QWidget):
    """Cohorts × age heatmap with colour bar; hover shows the cell, click selects it.

    Signals
    -------
    cellClicked(int, int)
        Row (cohort index) and column (age index) of a clicked cell with data.
    """

    cellClicked = Signal(int, int)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: CohortMatrix | None = None
        self.value_format: Callable[[float], str] = fmt.percent
        self.glw = pg.GraphicsLayoutWidget()
        self.xaxis = CategoryAxis("bottom", offset=0.5)
        self.yaxis = CategoryAxis("left", offset=0.5)
        # right-to-left layouts show the cohort axis on the right (see apply_direction)
        self.yaxis_right = CategoryAxis("right", offset=0.5)
        self.plot = self.glw.addPlot(axisItems={"bottom": self.xaxis, "left": self.yaxis,
                                                "right": self.yaxis_right})
        self.plot.setMenuEnabled(False)
        self.plot.invertY(True)
        self.plot.setLabel("bottom", self.tr("Age (periods since first order)"))
        self.plot.setLabel("left", self.tr("Cohort"))
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.marks = pg.ScatterPlotItem(pxMode=True)
        self.plot.addItem(self.marks)
        self.selection = QGraphicsRectItem(0, 0, 1, 1)  # the cell whose customers are listed
        self.selection.setPen(pg.mkPen("#FF2D55", width=3, cosmetic=True))
        self.selection.setZValue(10)
        self.selection.hide()
        self.plot.addItem(self.selection)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=pg.colormap.get("viridis"),
                                        interactive=False, width=14)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        self.title_label = QLabel(bidi_formulas(title), self)  # formulas stay LTR in fa/ar
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.legend_label = QLabel(self.tr("○ period not complete yet   × fewer customers than "
                                           "the minimum cell size (low confidence)"), self)
        self.legend_label.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        reset = QToolButton(self)
        reset.setText(self.tr("Reset"))
        reset.setToolTip(self.tr("Reset zoom (drag to pan, wheel to zoom)"))
        reset.clicked.connect(self.reset_view)
        export = QToolButton(self)
        export.setText(self.tr("PNG…"))
        export.setToolTip(self.tr("Save this chart as a PNG picture"))
        export.clicked.connect(self.export_dialog)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(reset)
        head.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.glw, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.legend_label)
        self._proxy = pg.SignalProxy(self.glw.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._mouse_moved)
        self.glw.scene().sigMouseClicked.connect(self._mouse_clicked)
        apply_palette(self.glw, self)
        apply_direction(self.plot)
        self.keys = HeatmapKeyboard(self)  # arrows move, Enter/Space opens a cell

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            apply_palette(self.glw, self)
        super().changeEvent(event)

    # ------------------------------------------------------------------ content
    def set_empty(self, text: str) -> None:
        """Show ``text`` instead of the heatmap (empty: show the heatmap)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.glw.setVisible(not text)

    def set_matrix(self, matrix: CohortMatrix) -> None:
        """Draw a cohort matrix."""
        self.matrix = matrix
        self.selection.hide()
        if not matrix.cohorts or not matrix.ages:
            self.image.clear()
            self.marks.clear()
            return
        data = matrix.value
        # age 0 of a rate is 100 % by construction: leave it out of the colour scale so
        # the differences that matter (ages >= 1) get the whole colour range
        scaled = data[:, 1:] if matrix.unit == "rate" and data.shape[1] > 1 else data
        finite = scaled[np.isfinite(scaled)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if matrix.unit == "rate":
            lo = 0.0
        if hi <= lo:
            hi = lo + 1.0
        self.image.setImage(data.T, autoLevels=False)  # ImageItem is [x, y] = [age, cohort]
        self.image.setRect(0, 0, len(matrix.ages), len(matrix.cohorts))
        self.colorbar.setLevels((lo, hi))
        fmt_tick = (lambda v: fmt.percent(v, 0)) if matrix.unit == "rate" else \
            (lambda v: fmt.number(v, 0))
        self.colorbar.axis.tickStrings = lambda values, scale, spacing: [fmt_tick(v)
                                                                        for v in values]
        self.colorbar.axis.picture = None
        self.colorbar.axis.update()
        self.xaxis.set_labels([str(k) for k in matrix.ages])
        labels = [matrix.label(i) for i in range(len(matrix.cohorts))]
        self.yaxis.set_labels(labels)
        self.yaxis_right.set_labels(labels)
        spots = []
        for i, j in zip(*np.nonzero(np.isfinite(data) & ~matrix.complete), strict=False):
            spots.append({"pos": (j + 0.5, i + 0.5), "symbol": "o", "size": 7,
                          "brush": None, "pen": pg.mkPen("w", width=1.2)})
        for i, j in zip(*np.nonzero(np.isfinite(data) & matrix.low_n), strict=False):
            spots.append({"pos": (j + 0.5, i + 0.5), "symbol": "x", "size": 7,
                          "brush": pg.mkBrush("w"), "pen": pg.mkPen("k", width=0.5)})
        self.marks.setData(spots)
        self.reset_view()

    def select_cell(self, i: int | None, j: int | None = None) -> None:
        """Outline cell (row i, column j); ``None`` removes the outline."""
        if i is None or j is None:
            self.selection.hide()
            return
        self.selection.setRect(j, i, 1, 1)
        self.selection.show()

    def reset_view(self) -> None:
        """Show the whole matrix."""
        if self.matrix is not None and self.matrix.cohorts:
            self.plot.setRange(xRange=(0, len(self.matrix.ages)),
                               yRange=(0, len(self.matrix.cohorts)), padding=0.01)

    # ------------------------------------------------------------------ hover / click
    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The (row, column) under a scene position, or None."""
        if self.matrix is None or not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.plot.vb.mapSceneToView(scene_pos)
        i, j = int(np.floor(p.y())), int(np.floor(p.x()))
        if 0 <= i < len(self.matrix.cohorts) and 0 <= j < len(self.matrix.ages):
            return i, j
        return None

    def cell_text(self, i: int, j: int) -> str:
        """Tooltip text for a cell: the cohort's size, what the cell itself counts (the
        customers a click lists) out of how many, and the rate or amount."""
        m = self.matrix
        if m is None or not np.isfinite(m.value[i, j]):
            return ""
        size, n, k = fmt.integer(m.sizes[i]), fmt.integer(m.n[i, j]), fmt.integer(m.ages[j])
        value = self.value_format(m.value[i, j])
        lines = [self.tr("Cohort {0}: {1} customers").format(m.label(i), size)]
        count = m.count(i, j)
        if count is not None:
            what = {
                "on-or-after": self.tr("Age {0}: {1} of {2} customers ordered in this period "
                                       "or later ({3})"),
                "repurchase": self.tr("Age {0}: {1} of {2} customers had their second order "
                                      "by this period ({3})"),
            }.get(m.measure, self.tr("Age {0}: {1} of {2} customers ordered in this period "
                                     "({3})"))
            lines.append(what.format(k, fmt.integer(count), n, value))
        elif m.measure == "ltv":
            lines.append(self.tr("Age {0}: {1} per customer so far, over {2} customers")
                         .format(k, value, n))
        else:
            lines.append(self.tr("Age {0}: {1} per customer in this period, over {2} "
                                 "customers").format(k, value, n))
        if np.isfinite(m.ci_low[i, j]) and np.isfinite(m.ci_high[i, j]):
            lines.append(self.tr("95% CI: {0} – {1}").format(*bidi_isolate_each(
                self.value_format(m.ci_low[i, j]), self.value_format(m.ci_high[i, j]))))
        if not m.complete[i, j]:
            lines.append(self.tr("Period not complete yet"))
        if m.low_n[i, j]:
            lines.append(self.tr("Low confidence: few customers"))
        if count is not None:
            lines.append(self.tr("Click to list these {0} customers").format(fmt.integer(count)))
        elif m.measure == "ltv":
            lines.append(self.tr("Click to list these {0} customers").format(n))
        else:
            lines.append(self.tr("Click to list the customers who bought in this period"))
        return "\n".join(lines)

    def _mouse_moved(self, event) -> None:
        cell = self.cell_at(event[0])
        text = self.cell_text(*cell) if cell else ""
        if text:
            QToolTip.showText(QCursor.pos(), text, self.glw)
        else:
            QToolTip.hideText()

    def _mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(event.scenePos())
        if cell and self.matrix is not None and np.isfinite(self.matrix.value[cell]):
            self.cellClicked.emit(*cell)

    def export_png(self, path: str) -> bool:
        """Save the heatmap as PNG."""
        return self.grab().save(path, "PNG")

    def export_dialog(self) -> None:
        """Ask for a file name (Documents or the last export folder) and save the PNG."""
        from retention_desktop.ui import exporting

        path = exporting.ask_export_path(
            self, self.tr("Export chart"), self.title_label.text() or self.tr("Cohorts"), ".png",
            self.tr("PNG picture (*.png)"))
        if path is not None and self.export_png(str(path)):
            exporting.announce(self, path)

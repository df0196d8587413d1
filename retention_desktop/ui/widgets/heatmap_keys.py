"""Keyboard use of the cohort heatmap: focus it with Tab, move between cells with the
arrow keys, open a cell's customer list with Enter or Space (the same as a click).

Kept apart from the drawing code in ``heatmap.py``: it only needs the panel's matrix,
plot, ``cell_text`` and ``cellClicked``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsRectItem, QToolTip

_MOVES = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1),
          Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Home: (0, -10**6), Qt.Key.Key_End: (0, 10**6),
          Qt.Key.Key_PageUp: (-10**6, 0), Qt.Key.Key_PageDown: (10**6, 0)}
_OPEN = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class HeatmapKeyboard(QObject):
    """Keyboard cursor for a :class:`~retention_desktop.ui.widgets.heatmap.HeatmapPanel`.

    The heatmap's view takes focus (Tab, click); a dashed outline marks the cursor cell
    and its tooltip text is shown next to it. Left and Right follow the screen: when the
    age axis runs right to left (fa/ar), Left goes to an older age.
    """

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.cell: tuple[int, int] | None = None
        # a focus ring seen on every colour: white dashes over a solid black outline
        self.cursor = QGraphicsRectItem(0, 0, 1, 1)
        self.cursor.setPen(pg.mkPen("#000000", width=4, cosmetic=True))
        dashes = QGraphicsRectItem(0, 0, 1, 1, self.cursor)
        dashes.setPen(pg.mkPen("#FFFFFF", width=2, cosmetic=True, style=Qt.PenStyle.DashLine))
        self._dashes = dashes
        self.cursor.setZValue(11)
        self.cursor.hide()
        panel.plot.addItem(self.cursor)
        view = panel.glw
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.setAccessibleName(panel.tr("Cohort heatmap: arrow keys move between cells, "
                                        "Enter lists the customers of a cell"))
        view.installEventFilter(self)
        panel.cellClicked.connect(self._clicked)

    # ------------------------------------------------------------------ state
    def _shape(self) -> tuple[int, int]:
        m = self.panel.matrix
        return (len(m.cohorts), len(m.ages)) if m is not None else (0, 0)

    def _clicked(self, i: int, j: int) -> None:
        self.cell = (i, j)
        self._show(tip=False)

    def move_to(self, i: int, j: int) -> None:
        """Put the cursor on cell (i, j), clamped to the matrix."""
        rows, cols = self._shape()
        if not rows or not cols:
            self.cell = None
            self.cursor.hide()
            return
        self.cell = (min(max(i, 0), rows - 1), min(max(j, 0), cols - 1))
        self._show(tip=True)

    def _show(self, tip: bool) -> None:
        if self.cell is None:
            return
        i, j = self.cell
        self.cursor.setRect(j, i, 1, 1)
        self._dashes.setRect(j, i, 1, 1)
        self.cursor.setVisible(self.panel.glw.hasFocus())
        text = self.panel.cell_text(i, j)
        view = self.panel.glw
        view.setAccessibleDescription(text)
        if tip and text:
            scene = self.panel.plot.vb.mapViewToScene(QPointF(j + 1.0, i + 1.0))
            QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene)), text, view)

    def open_cell(self) -> bool:
        """Emit ``cellClicked`` for the cursor cell when it has data (like a click)."""
        m = self.panel.matrix
        if self.cell is None or m is None or not np.isfinite(m.value[self.cell]):
            return False
        self.panel.cellClicked.emit(*self.cell)
        return True

    # ------------------------------------------------------------------ events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            # a click focuses the view too: no tooltip flash at the old cell then
            by_key = event.reason() in (Qt.FocusReason.TabFocusReason,
                                        Qt.FocusReason.BacktabFocusReason,
                                        Qt.FocusReason.ShortcutFocusReason)
            rows, cols = self._shape()
            if self.cell is None or self.cell[0] >= rows or self.cell[1] >= cols:
                self.cell = (0, 1 if cols > 1 else 0) if rows and cols else None  # age 0 = 100 %
            self._show(tip=by_key)
        elif kind == QEvent.Type.FocusOut:
            self.cursor.hide()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _OPEN:
            self.open_cell()
            return True
        if key not in _MOVES or self.cell is None:
            return False
        di, dj = _MOVES[key]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.panel.plot.vb.xInverted():
            dj = -dj  # the age axis runs right to left: follow the arrow on screen
        self.move_to(self.cell[0] + di, self.cell[1] + dj)
        return True

"""Behaviour shared by the analysis tabs: compute only when visible, draw in small steps.

Two rules keep the window responsive on big shops (see ``docs/performance.md``):

* A hidden tab does not recompute when the filter/settings/project change; it marks
  itself stale and recomputes when the user opens it (``invalidate`` / ``showEvent``).
* A result is applied to the widgets in steps, one per event-loop turn
  (``run_steps``), so no single turn of the GUI thread is long (each chart or table is
  one step) and input, painting and the Cancel button stay live in between. Steps are
  ``STEP_INTERVAL_MS`` apart so Qt paints what one step changed before the next step
  runs: back-to-back steps would be painted all in one (long) paint event.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

#: Pause between two drawing steps; longer than Qt's coalescing delay for repaints
#: (``QT_QPA_UPDATE_IDLE_TIME``, 5 ms) so each step's repaint gets its own turn.
STEP_INTERVAL_MS = 8


class AnalysisTab(QWidget):
    """Base class: subclasses implement :meth:`refresh` (submit work to ``ctx.runner``)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._steps: deque[Callable[[], object]] = deque()
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(STEP_INTERVAL_MS)
        self._step_timer.timeout.connect(self._next_step)

    # ------------------------------------------------------------------ lazy refresh
    def refresh(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def invalidate(self) -> None:
        """Inputs changed: recompute now if visible, else when the tab is shown."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.ctx.store is not None:
            self._stale = False
            self.refresh()

    # ------------------------------------------------------------------ stepwise drawing
    def run_steps(self, steps: Iterable[Callable[[], object]]) -> None:
        """Apply a result in steps, one per event-loop turn (replaces pending steps)."""
        self._steps = deque(steps)
        self._step_timer.start()

    def pending_steps(self) -> int:
        """Steps not applied yet."""
        return len(self._steps)

    def flush_steps(self) -> None:
        """Apply every pending step now (tests, printing)."""
        self._step_timer.stop()
        while self._steps:
            self._steps.popleft()()

    def _next_step(self) -> None:
        if self._steps:
            self._steps.popleft()()
        if self._steps:
            self._step_timer.start()

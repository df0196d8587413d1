"""One lifecycle for every tab: compute only when visible, one request path, draw in steps.

Every tab of the main window is an :class:`AnalysisTab` (Orange's one task lifecycle):

* **Inputs** are read from the context (``ctx.store``, ``ctx.spec``, ``ctx.settings``);
  a tab keeps no copy. :meth:`follow_context` connects the context's three signals to
  :meth:`invalidate`.
* **Visible → compute, hidden → stale.** :meth:`invalidate` recomputes at once when the
  tab is visible; a hidden tab only becomes stale (one flag, :meth:`is_stale`) and
  recomputes once when the user opens it (``showEvent``). It competes with the visible
  tab for neither the cores nor the GUI thread.
* **One request path, cancel on change.** :meth:`submit` sends a job to ``ctx.runner``
  under ``ctx.request_id(key, *view)`` (data version, filter, settings and the tab's
  own view options): an equal request already under way is kept (the three signals of
  opening a project cost one job), a different one replaces it. A change the tab will
  not compute now (it is hidden) cancels its running jobs; a refresh cancels the tab's
  jobs it did not submit again (another page's). :meth:`is_current` tells whether the
  result shown for a key answers the current request (pages of a tab skip a recompute).
* A result is applied to the widgets in steps (:meth:`run_steps`; each chart or table is
  one step), so no single turn of the GUI thread is long and input, painting and the
  Cancel button stay live in between. The first steps run at once and back to back
  until they have taken ``STEP_BUDGET_MS`` (well under the window's 50 ms budget per
  event-loop turn, leaving room for painting what they changed); the rest wait
  ``STEP_INTERVAL_MS`` so Qt paints that batch before the next one runs. Cheap steps
  (cards, a small chart) thus cost no waiting, and a long one still runs alone.

A tab without a context (``ctx=None``: the A/B calculator typed by hand) has no
lifecycle: nothing is computed in the background.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

#: Pause between two batches of drawing steps; longer than Qt's coalescing delay for
#: repaints (``QT_QPA_UPDATE_IDLE_TIME``, 5 ms) so each batch's repaint gets its own turn.
STEP_INTERVAL_MS = 8
#: GUI-thread time one batch of steps may take before the rest waits for a paint.
STEP_BUDGET_MS = 20


class AnalysisTab(QWidget):
    """Base class: subclasses implement :meth:`refresh` (submit work with :meth:`submit`).

    Parameters
    ----------
    ctx : AppContext or None
        The application context (``None``: no project, no background work).
    parent : QWidget, optional
        Qt parent.
    """

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._round_keys: set[str] = set()  # keys submitted by the refresh under way
        self._task_keys: set[str] = set()  # every runner key this tab submitted under
        self._shown: dict[str, tuple] = {}  # key -> request of the result shown
        self._steps: deque[Callable[[], object]] = deque()
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(STEP_INTERVAL_MS)
        self._step_timer.timeout.connect(self._next_step)

    # ------------------------------------------------------------------ lifecycle
    def refresh(self) -> None:  # pragma: no cover - abstract
        """Submit the visible view's job(s) with :meth:`submit`."""
        raise NotImplementedError

    def follow_context(self, *, project: bool | Callable[[], object] = True,
                       filter: bool | Callable[[], object] = True,  # noqa: A002 - the signal's name
                       settings: bool | Callable[[], object] = True) -> None:
        """Recompute when the context changes (another project or new rows, the filter,
        the settings).

        Each keyword is ``True`` (the signal calls :meth:`invalidate`), ``False`` (the tab
        does not depend on it, e.g. the Data tab on the filter) or a slot of the tab's own
        that ends in :meth:`invalidate` (e.g. to read new dimension choices first).
        """
        if self.ctx is None:
            return
        for signal, slot in ((self.ctx.projectChanged, project),
                             (self.ctx.filterChanged, filter),
                             (self.ctx.settingsChanged, settings)):
            if slot is True:
                signal.connect(self.invalidate)
            elif slot:
                signal.connect(slot)

    def invalidate(self) -> None:
        """Inputs changed: recompute now if visible, else when the tab is shown.

        A hidden tab's running jobs are cancelled: they compute an outdated request.
        """
        if self.isVisible():
            self.refresh_now()
        else:
            self._stale = True
            self.cancel_jobs()

    def is_stale(self) -> bool:
        """Whether the tab recomputes when it is shown next."""
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale and self.ctx is not None:
            self.refresh_now()  # without a project, refresh() shows the empty state

    def refresh_now(self) -> None:
        """Refresh now (a view option of the tab changed, or it was shown stale).

        One round: the tab's jobs that :meth:`refresh` does not submit again (another
        page's) are cancelled.
        """
        self._stale = False
        self._round_keys = set()
        self.refresh()
        if self.ctx is not None:
            for key in self._task_keys - self._round_keys:
                self.ctx.runner.cancel(key)

    # ------------------------------------------------------------------ one request path
    def request_for(self, key: str, *view: object) -> tuple:
        """The request id of ``key`` for the current context and the tab's view options."""
        return self.ctx.request_id(key, *view)

    def submit(self, key: str, fn: Callable[..., Any], *args: Any,
               view: tuple = (), on_result: Callable[[Any], Any] | None = None,
               **kwargs: Any):
        """Run ``fn(*args, **kwargs)`` on ``ctx.runner`` for the current request.

        Parameters
        ----------
        key : str
            Runner key (one running job per key; latest wins).
        fn : callable
            The job (a core function or generator function).
        view : tuple
            The tab's own view options the job depends on (measure, grain, page...):
            part of the request id, so an equal request already under way is kept.
        on_result : callable, optional
            Called with the result; the result is then :meth:`is_current` for ``key``.
        **kwargs
            Passed to ``fn`` and to ``runner.submit`` (``label``, ``on_error``...).

        Returns
        -------
        Task
            The runner's handle.
        """
        request = self.request_for(key, *view)
        self._task_keys.add(key)
        self._round_keys.add(key)

        def done(result: Any) -> None:
            self._shown[key] = request
            if on_result is not None:
                on_result(result)

        return self.ctx.runner.submit(key, fn, *args, on_result=done, request=request,
                                      **kwargs)

    def is_current(self, key: str, *view: object) -> bool:
        """Whether the result shown for ``key`` answers the current request."""
        return self.ctx is not None and self._shown.get(key) == self.request_for(key, *view)

    def cancel_jobs(self) -> None:
        """Cancel this tab's running jobs (its inputs changed while they ran)."""
        if self.ctx is None:
            return
        for key in self._task_keys:
            self.ctx.runner.cancel(key)

    # ------------------------------------------------------------------ stepwise drawing
    def run_steps(self, steps: Iterable[Callable[[], object]]) -> None:
        """Apply a result in steps, batched per event-loop turn up to ``STEP_BUDGET_MS``
        (replaces pending steps); the first batch runs on the next turn."""
        self._steps = deque(steps)
        self._step_timer.start(0)

    def pending_steps(self) -> int:
        """Steps not applied yet."""
        return len(self._steps)

    def flush_steps(self) -> None:
        """Apply every pending step now (tests, printing)."""
        self._step_timer.stop()
        while self._steps:
            self._steps.popleft()()

    def _next_step(self) -> None:
        budget = STEP_BUDGET_MS / 1000
        start = time.perf_counter()
        while self._steps:
            self._steps.popleft()()
            if time.perf_counter() - start >= budget:
                break
        if self._steps:
            self._step_timer.start(STEP_INTERVAL_MS)

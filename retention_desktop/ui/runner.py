"""The one task runner: every long computation of the app runs here, off the GUI thread.

Jobs are the core's plain functions or generator functions (``core.tasks``): a generator
yields :class:`~retention_desktop.core.tasks.Progress` between chunks and ``return``\\ s
its result. :class:`TaskRunner` runs them on its own :class:`QThreadPool` and delivers
everything back to the GUI thread through queued signals, so callbacks may touch widgets.

Rules the rest of the UI relies on
----------------------------------
* **Latest request per key wins.** Submitting under a key that is still running cancels
  the older task (its :class:`CancelToken`) and drops its result even if it still arrives.
  A cancelled job that still completes (it was past its last checkpoint, e.g. an import
  that had committed) reports its real result, so the UI never claims "nothing changed"
  about work that was done.
* **One place for errors.** A failing job calls its ``on_error`` callback (if any) and the
  runner emits :attr:`TaskRunner.errorOccurred`; the main window turns that into a readable
  dialog with details. Nothing ever propagates into the event loop.
* **Progress is throttled** in the worker (at most one report every ``THROTTLE_S``,
  plus the first and the last) so a chatty job cannot flood the event loop.
* The worker thread never touches a widget; it only emits signals of a bridge object that
  lives in the GUI thread.
"""

from __future__ import annotations

import inspect
import itertools
import time
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot

from retention_desktop.core.tasks import Cancelled, CancelToken, Progress

THROTTLE_S = 0.1

#: Every live runner, so the test suite can check that none leaves work behind.
_RUNNERS: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def live_runners() -> list[TaskRunner]:
    """All runners that still exist (for the tests' thread-leak guard)."""
    return list(_RUNNERS)


@dataclass
class TaskError:
    """A job failure as shown to the user.

    Attributes
    ----------
    key : str
        The task key (what was being computed).
    message : str
        One readable line (the exception's message).
    details : str
        The full traceback, for the dialog's "details" section and bug reports.
    exception : BaseException
        The original exception.
    """

    key: str
    message: str
    details: str
    exception: BaseException


@dataclass(eq=False)
class Task:
    """Handle of one submitted job."""

    id: int
    key: str
    fn: Callable[..., Any]
    args: tuple
    kwargs: dict
    token: CancelToken
    on_result: Callable[[Any], Any] | None = None
    on_error: Callable[[TaskError], Any] | None = None
    on_progress: Callable[[Progress], Any] | None = None
    on_cancelled: Callable[[], Any] | None = None
    label: str = ""
    progress: Progress = field(default_factory=lambda: Progress(-1.0, ""))
    request: Any = None
    cancellable: bool = True

    def cancel(self) -> None:
        """Ask the job to stop; its result (if any) will be dropped."""
        self.token.cancel()


def _accepts_token(fn: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "token" in params


class _Bridge(QObject):
    """Lives in the GUI thread; worker threads only emit its signals."""

    progress = Signal(int, object)
    finished = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)


def _drive(task: Task, bridge: _Bridge) -> None:
    """Run ``task`` in a pool thread (never touches widgets).

    A job that takes a ``token`` decides itself where it can stop (it raises
    :class:`Cancelled` at a safe checkpoint, e.g. before committing); the runner keeps
    driving it until then, so a job that already committed reports its real result.
    A generator without a token is simply not resumed after a cancel.
    """
    try:
        task.token.raise_if_cancelled()
        kwargs = dict(task.kwargs)
        own_checks = _accepts_token(task.fn)
        if own_checks:
            kwargs["token"] = task.token
        out = task.fn(*task.args, **kwargs)
        if inspect.isgenerator(out):
            gen, out = out, None
            last_emit = 0.0
            pending: Progress | None = None
            try:
                while True:
                    item = next(gen)
                    if not own_checks:
                        task.token.raise_if_cancelled()
                    if not isinstance(item, Progress) or task.token.cancelled:
                        continue
                    now = time.monotonic()
                    if now - last_emit >= THROTTLE_S:
                        bridge.progress.emit(task.id, item)
                        last_emit, pending = now, None
                    else:
                        pending = item
            except StopIteration as stop:
                out = stop.value
            finally:
                # a suspended generator gets GeneratorExit here, so its `with store.write()`
                # blocks roll back before we report the cancel
                gen.close()
            if pending is not None and not task.token.cancelled:
                bridge.progress.emit(task.id, pending)
        bridge.finished.emit(task.id, out)
    except Cancelled:
        bridge.cancelled.emit(task.id)
    except BaseException as exc:  # noqa: BLE001 - every failure goes to the one error signal
        if task.token.cancelled:
            bridge.cancelled.emit(task.id)
            return
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        message = str(exc).strip() or type(exc).__name__
        bridge.failed.emit(task.id, TaskError(task.key, message, details, exc))


class TaskRunner(QObject):
    """Runs core jobs in background threads and reports back on the GUI thread.

    Parameters
    ----------
    parent : QObject, optional
        Qt parent.
    max_threads : int
        Size of the runner's own thread pool (the machine may have only 2 cores and
        DuckDB parallelises each query itself, so 2 is plenty).

    Signals
    -------
    errorOccurred(TaskError)
        A job failed (after its own ``on_error``). Connect once, to the error dialog.
    progressChanged(str, float)
        Status text and fraction (0..1, or -1 when unknown) of the most recent report.
    busyChanged(bool)
        True while at least one job runs.
    taskFinished(str)
        A job under this key ended (result, error or cancel) and was the latest.
    """

    errorOccurred = Signal(object)
    progressChanged = Signal(str, float)
    busyChanged = Signal(bool)
    taskFinished = Signal(str)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.progress.connect(self._on_progress, queued)
        self._bridge.finished.connect(self._on_finished, queued)
        self._bridge.failed.connect(self._on_failed, queued)
        self._bridge.cancelled.connect(self._on_cancelled, queued)
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}  # submitted, not yet reported back
        self._latest: dict[str, int] = {}  # key -> id of the task whose result counts
        self._closed = False
        _RUNNERS.add(self)

    # ------------------------------------------------------------------ public API
    def submit(
        self,
        key: str | None,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], Any] | None = None,
        on_error: Callable[[TaskError], Any] | None = None,
        on_progress: Callable[[Progress], Any] | None = None,
        on_cancelled: Callable[[], Any] | None = None,
        label: str = "",
        request: Any = None,
        cancellable: bool = True,
        **kwargs: Any,
    ) -> Task:
        """Run ``fn(*args, **kwargs)`` in the background.

        Parameters
        ----------
        key : str or None
            Requests with the same key replace each other (latest wins). ``None`` gives
            the task a unique key.
        fn : callable
            A core function or generator function. When it has a ``token`` parameter it
            gets a fresh :class:`CancelToken`.
        on_result, on_error, on_progress, on_cancelled : callable, optional
            Called on the GUI thread. ``on_result(result)``, ``on_error(TaskError)``,
            ``on_progress(Progress)``, ``on_cancelled()``.
        label : str
            Translated text for the status bar ("Computing cohorts…").
        request : hashable, optional
            What the job computes (``AppContext.request_id(...)``). When the running task
            under ``key`` was submitted for an equal request, it is kept and returned
            instead of being cancelled and started again: the three signals of opening a
            project (settings, filter, project) then cost one job, not three.
        cancellable : bool
            False for a short write the user asked for (a saved segment, the settings):
            :meth:`cancel_all` (the status bar's Cancel, switching projects) lets it
            finish instead of dropping it.

        Returns
        -------
        Task
            The handle (``task.cancel()`` stops it).
        """
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        old = self._latest.get(key) if key is not None else None
        running = self._tasks.get(old) if old is not None else None
        if (running is not None and request is not None and running.request == request
                and not running.token.cancelled):
            return running  # the same computation is under way: latest wins already
        task_id = next(self._ids)
        key = key if key is not None else f"task-{task_id}"
        if running is not None:
            running.cancel()
        task = Task(
            task_id, key, fn, args, kwargs, CancelToken(),
            on_result, on_error, on_progress, on_cancelled, label, request=request,
            cancellable=cancellable,
        )
        was_busy = self.is_busy()
        self._tasks[task_id] = task
        self._latest[key] = task_id
        bridge = self._bridge
        self._pool.start(lambda: _drive(task, bridge))
        if not was_busy:
            self.busyChanged.emit(True)
        if label:
            self.progressChanged.emit(label, -1.0)
        return task

    def cancel(self, key: str) -> None:
        """Cancel the running task under ``key`` (if any)."""
        task_id = self._latest.get(key)
        if task_id is not None and task_id in self._tasks:
            self._tasks[task_id].cancel()

    @Slot()
    def cancel_all(self) -> None:
        """Cancel every running task (the status bar's Cancel button)."""
        for task in list(self._tasks.values()):
            if task.cancellable:
                task.cancel()

    def is_busy(self) -> bool:
        """Whether any task is still running or has unreported results."""
        return bool(self._tasks)

    def active_count(self) -> int:
        """Number of tasks not yet reported back."""
        return len(self._tasks)

    def is_running(self, key: str) -> bool:
        """Whether the latest task under ``key`` is still running."""
        task_id = self._latest.get(key)
        return task_id is not None and task_id in self._tasks

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every task has reported back (tests, quit).

        Returns
        -------
        bool
            True when idle, False on timeout.
        """
        deadline = time.monotonic() + timeout_ms / 1000.0
        app = QCoreApplication.instance()
        while self._tasks:
            if time.monotonic() > deadline:
                return False
            self._pool.waitForDone(5)
            if app is not None:
                QCoreApplication.sendPostedEvents()
                QCoreApplication.processEvents()
        return True

    def shutdown(self, timeout_ms: int = 5_000) -> bool:
        """Cancel everything, wait for the threads, refuse new work.

        Returns
        -------
        bool
            True when every thread ended within the timeout.
        """
        self.cancel_all()
        done = self._pool.waitForDone(timeout_ms)
        if done:
            QCoreApplication.sendPostedEvents(self._bridge)
        self._closed = True
        return done

    def thread_count(self) -> int:
        """Pool threads currently executing a job."""
        return self._pool.activeThreadCount()

    # ------------------------------------------------------------------ delivery (GUI thread)
    def _take(self, task_id: int) -> tuple[Task | None, bool]:
        """Remove a finished task; return it and whether it is still the latest for its key."""
        task = self._tasks.pop(task_id, None)
        if task is None:
            return None, False
        latest = self._latest.get(task.key) == task_id
        if latest:
            del self._latest[task.key]
        return task, latest

    def _after(self, task: Task, latest: bool) -> None:
        if latest:
            self.taskFinished.emit(task.key)
        if not self._tasks:
            self.progressChanged.emit("", -1.0)
            self.busyChanged.emit(False)

    @Slot(int, object)
    def _on_progress(self, task_id: int, progress: Progress) -> None:
        task = self._tasks.get(task_id)
        if task is None or task.token.cancelled or self._closed:
            return
        task.progress = progress
        text = progress.message or task.label
        self.progressChanged.emit(text, float(progress.fraction))
        if task.on_progress is not None:
            self._call(task, task.on_progress, progress)

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        task, latest = self._take(task_id)
        if task is None:
            return
        if latest and not self._closed and task.on_result is not None:
            self._call(task, task.on_result, result)
        self._after(task, latest)

    @Slot(int, object)
    def _on_failed(self, task_id: int, error: TaskError) -> None:
        task, latest = self._take(task_id)
        if task is None:
            return
        if latest and not self._closed:
            if task.on_error is not None:
                self._call(task, task.on_error, error)
            self.errorOccurred.emit(error)
        self._after(task, latest)

    @Slot(int)
    def _on_cancelled(self, task_id: int) -> None:
        task, _latest = self._take(task_id)
        if task is None:
            return
        if task.on_cancelled is not None and not self._closed:
            self._call(task, task.on_cancelled)
        self._after(task, False)

    def _call(self, task: Task, callback: Callable[..., Any], *args: Any) -> None:
        """Run a GUI callback; a bug in it becomes the error dialog, not a crash."""
        try:
            callback(*args)
        except Exception as exc:  # noqa: BLE001
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            self.errorOccurred.emit(TaskError(task.key, str(exc) or type(exc).__name__, details, exc))

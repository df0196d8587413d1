"""Progress and cancellation protocol shared by every long-running core job.

A long job is a plain module-level generator function. It receives a snapshot of its
inputs (paths, a frozen filter spec) plus a :class:`CancelToken`, ``yield``\\ s
:class:`Progress` items between chunks, and ``return``\\ s its result. Only
``retention_desktop.ui.runner`` turns such generators into Qt workers; the CLI and the
tests drive them with :func:`run_to_completion`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job when its :class:`CancelToken` was cancelled."""


class CancelToken:
    """Thread-safe cancellation flag checked by jobs between chunks."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next checkpoint."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` has been called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` when the token was cancelled."""
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True, slots=True)
class Progress:
    """One progress report.

    Parameters
    ----------
    fraction : float
        Done so far, 0..1 (``-1`` when unknown).
    message : str
        Short English status text (the UI translates known keys).
    """

    fraction: float
    message: str = ""


Job = Generator[Progress, None, T]


def run_to_completion(
    job: Job[T], on_progress: Callable[[Progress], Any] | None = None
) -> T:
    """Drive a job generator in the current thread and return its result.

    Parameters
    ----------
    job : generator
        A generator yielding :class:`Progress` and returning the result.
    on_progress : callable, optional
        Called with every progress item.

    Returns
    -------
    The job's return value.
    """
    try:
        while True:
            item = next(job)
            if on_progress is not None:
                on_progress(item)
    except StopIteration as stop:
        return stop.value

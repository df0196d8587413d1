"""Find background work a test left running (used by the autouse guard in conftest)."""

from __future__ import annotations

import gc


def _running_qthreads() -> list:
    from PySide6.QtCore import QThread

    out = []
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QThread) and obj.isRunning() and obj is not QThread.currentThread():
                out.append(obj)
        except (RuntimeError, ReferenceError):  # wrapped C++ object already deleted
            continue
    return out


def find_leaks(stop: bool = False) -> list[str]:
    """Describe every runner task, pool thread and QThread still running.

    Parameters
    ----------
    stop : bool
        Shut the leaking runners down (so one leak does not cascade into later tests).
    """
    from retention_desktop.ui.runner import live_runners

    leaks = []
    for runner in live_runners():
        try:
            busy = runner.active_count()
            threads = runner.thread_count()
        except RuntimeError:
            continue
        if busy or threads:
            leaks.append(f"runner with {busy} unreported task(s), {threads} running thread(s)")
            if stop:
                runner.shutdown(5_000)
                runner.wait_idle(1_000)
    leaks += [f"QThread {t!r} still running" for t in _running_qthreads()]
    return leaks

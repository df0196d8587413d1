"""The task runner: results on the GUI thread, latest-wins, cancel, errors, progress."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from retention_desktop.core.tasks import Cancelled, Progress
from retention_desktop.ui.runner import TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def slow_job(n, delay, token):
    for i in range(n):
        token.raise_if_cancelled()
        time.sleep(delay)
        yield Progress((i + 1) / n, f"step {i + 1}")
    return n * 10


def test_result_arrives_on_gui_thread(runner):
    seen = {}

    def on_result(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is runner.thread()

    def work(a, b):
        seen["worker"] = threading.get_ident()
        return a + b

    runner.submit("k", work, 2, 3, on_result=on_result)
    assert runner.wait_idle(5000)
    assert seen["value"] == 5
    assert seen["gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_generator_gets_token_progress_and_result(runner):
    progress, results = [], []
    runner.submit("g", slow_job, 3, 0.12, on_result=results.append, on_progress=progress.append)
    assert runner.wait_idle(5000)
    assert results == [30]
    assert progress and progress[-1].fraction == 1.0


def test_latest_request_wins_and_stale_result_is_dropped(runner):
    results, cancelled = [], []
    gate = threading.Event()

    def stale():
        gate.wait(2)  # no token parameter: cannot stop early, finishes after the newer one
        return "old"

    runner.submit("same", stale, on_result=results.append, on_cancelled=lambda: cancelled.append(1))
    runner.submit("same", lambda: "new", on_result=results.append)
    time.sleep(0.2)
    gate.set()
    assert runner.wait_idle(5000)
    assert results == ["new"]


def test_cancel_all_stops_generator_between_chunks(runner):
    results, cancelled = [], []
    task = runner.submit("long", slow_job, 1000, 0.01, on_result=results.append,
                         on_cancelled=lambda: cancelled.append(True))
    time.sleep(0.1)
    runner.cancel_all()
    assert runner.wait_idle(5000)
    assert results == [] and cancelled == [True]
    assert task.token.cancelled


def test_error_goes_to_the_one_signal_with_traceback(runner, qtbot):
    own = []

    def boom():
        raise ValueError("column 'revenue' missing")

    with qtbot.waitSignal(runner.errorOccurred, timeout=5000) as blocker:
        runner.submit("e", boom, on_error=own.append)
    err = blocker.args[0]
    assert err.message == "column 'revenue' missing"
    assert "ValueError" in err.details and "boom" in err.details
    assert own and own[0] is err
    runner.wait_idle()


def test_cancelled_exception_is_not_an_error(runner, qtbot):
    errors = []
    runner.errorOccurred.connect(errors.append)

    def gives_up():
        raise Cancelled()

    runner.submit("c", gives_up)
    assert runner.wait_idle(5000)
    assert errors == []


def test_broken_callback_becomes_error_not_crash(runner):
    errors = []
    runner.errorOccurred.connect(errors.append)

    def bad_callback(_):
        raise RuntimeError("widget bug")

    runner.submit("cb", lambda: 1, on_result=bad_callback)
    assert runner.wait_idle(5000)
    assert [e.message for e in errors] == ["widget bug"]


def test_busy_signal_and_shutdown(runner, qtbot):
    states = []
    runner.busyChanged.connect(states.append)
    runner.submit("b", slow_job, 5, 0.01)
    assert runner.wait_idle(5000)
    assert states == [True, False]
    assert runner.shutdown()
    with pytest.raises(RuntimeError):
        runner.submit("after", lambda: 1)


def test_generator_cleanup_runs_on_cancel(runner):
    cleaned = threading.Event()

    def job():  # no token: the runner stops resuming it and closes it
        try:
            for i in range(1000):
                time.sleep(0.01)
                yield Progress(i / 1000)
        finally:
            cleaned.set()

    runner.submit("cleanup", job)
    time.sleep(0.1)
    runner.cancel("cleanup")
    assert runner.wait_idle(5000)
    assert cleaned.is_set()


def test_leak_guard_sees_a_running_task(runner):
    from tests.ui.leaks import find_leaks

    gate = threading.Event()
    runner.submit("leak", gate.wait, 5)
    assert any("runner" in leak for leak in find_leaks())
    gate.set()
    assert runner.wait_idle(5000)
    assert find_leaks() == []


def test_cancelled_job_that_completes_reports_its_real_result(runner):
    """An import that committed before it saw the cancel must not be reported as cancelled."""
    results, cancelled = [], []
    gate = threading.Event()

    def committing(token):
        yield Progress(0.5, "writing")
        gate.wait(2)  # the user presses Cancel here, after the commit
        yield Progress(1.0, "done")
        return "committed"

    runner.submit("imp", committing, on_result=results.append,
                  on_cancelled=lambda: cancelled.append(1))
    time.sleep(0.1)
    runner.cancel("imp")
    gate.set()
    assert runner.wait_idle(5000)
    assert results == ["committed"] and cancelled == []

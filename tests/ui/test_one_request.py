"""One job per visible tab per change: opening a project, changing the filter.

``set_store`` emits three signals (settings, filter, project) in a row; each used to
submit the visible tab's job again, and the runner cancelled the older ones only after
they had started preparing data.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from retention_desktop.ui.context import AppContext
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs


@pytest.fixture
def counted(qapp, qtbot, monkeypatch):
    ctx = AppContext()
    calls: list[str] = []
    original = ctx.runner.submit

    started: set[int] = set()

    def spy(key, fn, *args, **kwargs):
        task = original(key, fn, *args, **kwargs)
        if task.id not in started:  # a job really started, not the running one handed back
            started.add(task.id)
            calls.append(key)
        return task

    monkeypatch.setattr(ctx.runner, "submit", spy)
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    yield win, calls
    ctx.runner.wait_idle(60_000)
    win.close()


@pytest.mark.parametrize("tab", ["overview", "cohorts", "report"])
def test_opening_a_project_submits_the_visible_tabs_job_once(counted, small_store, qtbot, tab):
    win, calls = counted
    win.tabs.setCurrentWidget(win.tab_widgets[tab])
    win.open_project(small_store.path)
    assert win.ctx.runner.wait_idle(60_000)
    qtbot.wait(50)  # late signals (filter options) have arrived
    assert win.ctx.runner.wait_idle(60_000)
    jobs = [k for k in calls if k == tab]
    assert len(jobs) == 1, calls


def test_a_filter_change_submits_one_job(counted, small_store, qtbot):
    win, calls = counted
    win.tabs.setCurrentWidget(win.tab_widgets["overview"])
    win.open_project(small_store.path)
    assert win.ctx.runner.wait_idle(60_000)
    bar = win.filter_bar
    qtbot.waitUntil(lambda: bar.options.date_max is not None, timeout=20_000)
    calls.clear()
    bar.min_orders.setFocus()
    qtbot.keyClick(bar.min_orders, Qt.Key.Key_Up)  # "any" -> at least 1 order
    qtbot.waitUntil(lambda: win.ctx.spec.min_orders == 1, timeout=5_000)
    assert win.ctx.runner.wait_idle(60_000)
    assert [k for k in calls if k == "overview"] == ["overview"], calls

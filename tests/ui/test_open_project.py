"""Opening a project never blocks the GUI thread: the open runs on the task runner.

No timing asserts: the tests hold the background open at a gate and check the structure
(the call returned, the window is busy, the file is opened in a pool thread, the latest
open wins, the error dialogs still come).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import retention_desktop.ui.mainwindow as mainwindow_module
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs
from tests.ui.shop import build_small_shop


@pytest.fixture
def window(qtbot):
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    yield win
    ctx.runner.wait_idle(30_000)
    ctx.set_store(None)
    win.close()


@pytest.fixture
def gated_open(monkeypatch):
    """The real open job, held until ``gate.set()``; records the threads it ran in."""
    gate = threading.Event()
    threads: list[threading.Thread] = []
    real = mainwindow_module.open_project_job

    def held(path, read_only=False, token=None):
        threads.append(threading.current_thread())
        assert gate.wait(30)
        return real(path, read_only, token=token)

    monkeypatch.setattr(mainwindow_module, "open_project_job", held)
    return gate, threads


def _project(tmp_path, name: str):
    path = tmp_path / name
    build_small_shop(path, customers=40).close()
    return path


def test_open_returns_before_the_store_is_ready(window, gated_open, qtbot, tmp_path):
    gate, threads = gated_open
    path = _project(tmp_path, "shop.rdproj.duckdb")
    ctx = window.ctx
    window.open_project(path)
    # the call came back while the file is still being opened: busy state, no store yet
    assert ctx.store is None and window.is_opening()
    assert ctx.runner.is_busy()
    assert window.cancel_button.isVisible() and window.progress.isVisible()
    assert path.name in window.status_label.text()
    with qtbot.waitSignal(window.projectOpenFinished, timeout=30_000) as done:
        gate.set()
    assert done.args == [True]
    assert ctx.store is not None and ctx.store.path == path and not window.is_opening()
    # the file was opened in one of the runner's pool threads, not the GUI thread
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert window.project_label.text() == path.name


def test_latest_open_wins(window, gated_open, qtbot, tmp_path):
    gate, _threads = gated_open
    first, second = _project(tmp_path, "a.rdproj.duckdb"), _project(tmp_path, "b.rdproj.duckdb")
    outcomes: list[tuple[str, bool]] = []
    window.open_project(first, on_done=lambda ok: outcomes.append(("a", ok)))
    window.open_project(second, on_done=lambda ok: outcomes.append(("b", ok)))
    with qtbot.waitSignal(window.projectOpenFinished, timeout=30_000) as done:
        gate.set()
    assert window.ctx.runner.wait_idle(30_000)
    assert done.args == [True] and outcomes == [("b", True)]
    assert window.ctx.store.path == second
    # the dropped first open did not keep its file: it can be opened for writing again
    from retention_desktop.core.store import ProjectStore

    ProjectStore(first).close()


def test_damaged_file_still_gets_its_dialog(window, qtbot, tmp_path):
    bad = tmp_path / "bad.rdproj.duckdb"
    bad.write_bytes(b"this is not a DuckDB file" * 100)
    window.prefs.add_recent(bad)
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            seen.append(box.windowTitle())
            box.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    with qtbot.waitSignal(window.projectOpenFinished, timeout=30_000) as done:
        window.open_project(bad)
    assert done.args == [False] and window.ctx.store is None
    assert seen == ["Cannot open project"]
    assert str(bad) not in window.prefs.recent()

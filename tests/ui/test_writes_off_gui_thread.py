"""Project writes from the window run in the runner, never on the GUI thread.

A write waits for the store's write lock, which a running import holds for seconds:
on the GUI thread that froze the window. Saving/deleting a saved segment and saving
the analysis settings are done here the user's way and every write is checked.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from retention_desktop.core.store import ProjectStore
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs


@pytest.fixture
def writes(monkeypatch):
    seen: list[bool] = []
    original = ProjectStore.write

    def write(self, *args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "write", write)
    return seen


def _answer_input(text: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog), dialog
    dialog.setTextValue(text)
    dialog.accept()


def _answer_yes() -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    box.button(QMessageBox.StandardButton.Yes).click()


def test_segment_and_settings_writes_run_off_the_gui_thread(qapp, small_store, qtbot, writes):
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    win.open_project(small_store.path)
    assert ctx.runner.wait_idle(60_000)
    bar = win.filter_bar
    qtbot.waitUntil(lambda: bar.options.date_max is not None, timeout=20_000)
    writes.clear()

    bar.min_orders.setFocus()
    qtbot.keyClick(bar.min_orders, Qt.Key.Key_Up)
    QTimer.singleShot(300, lambda: _answer_input("Repeaters"))
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.segment.findText("Repeaters") > 0, timeout=20_000)

    bar.segment.setFocus()  # choose it with the keyboard: (none) -> Repeaters
    qtbot.keyClick(bar.segment, Qt.Key.Key_Down)
    assert bar.segment.currentText() == "Repeaters" and bar.delete_button.isEnabled()
    QTimer.singleShot(300, _answer_yes)
    qtbot.mouseClick(bar.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.segment.findText("Repeaters") == -1, timeout=20_000)

    ctx.set_settings(ctx.settings.with_(activity_window_days=60))
    assert ctx.runner.wait_idle(60_000)
    assert small_store.get_meta("settings")["activity_window_days"] == 60
    assert len(writes) >= 3 and not any(writes), writes
    win.close()

"""A project open in another process: clear message for writers, read-only copy for readers."""

from __future__ import annotations

import glob
import tempfile

import pytest

from retention_desktop.cli import main
from retention_desktop.core.store import ProjectLockedError, ProjectStore


def _snapshots() -> set[str]:
    return set(glob.glob(f"{tempfile.gettempdir()}/retention-snapshot-*"))


def test_writer_gets_one_line_message(held_project, capsys, tmp_path):
    csv = tmp_path / "more.csv"
    csv.write_text("order_id,customer_id,order_date,total\n1,a,2024-01-01,5\n")
    assert main(["import", str(csv), "--project", str(held_project)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "open in another window or program" in err and "read-only" in err
    assert "Traceback" not in err and "IO Error" not in err
    with pytest.raises(ProjectLockedError):
        ProjectStore(held_project)


def test_read_only_commands_work_on_a_copy(held_project, capsys, tmp_path, monkeypatch):
    private = tmp_path / "tmp"  # copies go here: other processes' copies do not interfere
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    before = _snapshots()
    assert before == set()
    assert main(["info", "--project", str(held_project), "--json"]) == 0
    info = capsys.readouterr().out
    assert '"held elsewhere"' in info  # committed by the other process, read from its WAL
    assert main(["metrics", "kpis", "--project", str(held_project), "--json"]) == 0
    assert '"orders"' in capsys.readouterr().out
    assert main(["report", "--project", str(held_project), "--xlsx",
                 str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    assert _snapshots() == before  # every temporary copy was removed


def test_store_snapshot_reads_committed_data(held_project):
    with ProjectStore(held_project, read_only=True) as store:
        assert store.snapshot and store.read_only
        assert store.get_meta("name") == "held elsewhere"
        orders = store.table_count("orders")
        assert orders > 0
        copy = store._snapshot
        assert copy is not None and copy.exists() and copy.parent != held_project.parent
    assert not copy.exists()


@pytest.mark.gui
def test_window_offers_open_read_only(held_project, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.mainwindow import MainWindow
    from retention_desktop.ui.prefs import Prefs

    monkeypatch.setenv("RETENTION_DESKTOP_HOME", str(tmp_path / "home"))
    seen: list[str] = []

    def answer(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        buttons = {b.text(): b for b in box.buttons()}
        seen.append("|".join(sorted(buttons)))
        buttons[label].click()

    def answer_when_asked(label: str) -> QTimer:
        # the question comes when the background open reports back
        timer = QTimer()

        def poll() -> None:
            if isinstance(QApplication.activeModalWidget(), QMessageBox):
                timer.stop()
                answer(label)

        timer.timeout.connect(poll)
        timer.start(20)
        return timer

    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    timer = answer_when_asked("Cancel")
    with qtbot.waitSignal(win.projectOpenFinished, timeout=30_000) as done:
        win.open_project(held_project)
    assert done.args == [False] and ctx.store is None
    timer = answer_when_asked("Open read-only")  # noqa: F841 - keeps the timer alive
    with qtbot.waitSignal(win.projectOpenFinished, timeout=30_000) as done:
        win.open_project(held_project)
    assert done.args == [True]
    assert "open in another window" in seen[0]
    assert "Open read-only" in seen[1]
    assert ctx.store.read_only and ctx.store.snapshot
    assert "read-only" in win.windowTitle()
    ctx.set_store(None)
    win.close()

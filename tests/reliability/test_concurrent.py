"""A project open in another process: clear message for writers, read-only copy for readers."""

from __future__ import annotations

import glob
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from retention_desktop.cli import main
from retention_desktop.core.store import ProjectLockedError, ProjectStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """A private app data folder: the snapshots go there (never the shared temp folder)."""
    folder = tmp_path / "home"
    monkeypatch.setenv("RETENTION_DESKTOP_HOME", str(folder))
    return folder


def _snapshots() -> set[str]:
    return set(glob.glob(os.path.join(os.environ["RETENTION_DESKTOP_HOME"], "snapshots", "*")))


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
        assert copy.parent.parent == Path(os.environ["RETENTION_DESKTOP_HOME"]) / "snapshots"
    assert not copy.exists()


_KILLED_READER = r"""
import sys
from retention_desktop.core.store import ProjectStore
store = ProjectStore(sys.argv[1], read_only=True)
print(store.snapshot_path, flush=True)
import time; time.sleep(120)
"""


def test_killed_reader_snapshot_removed_at_start(held_project, home, capsys):
    # two read-only commands killed while they hold copies of the project (raw ids inside)
    copies = []
    for _ in range(2):
        proc = subprocess.Popen([sys.executable, "-c", _KILLED_READER, str(held_project)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        copies.append((proc, Path(proc.stdout.readline().strip())))
    for _, copy in copies:
        assert copy.exists() and copy.parent.parent == home / "snapshots"
    proc, copy = copies[0]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert copy.exists()  # nothing could remove it when the process died
    assert main(["info", "--project", str(held_project), "--json"]) == 0  # a new start
    capsys.readouterr()
    assert not copy.parent.exists()          # the dead process's copy is gone
    live_proc, live_copy = copies[1]
    assert live_copy.exists()                # a live reader keeps its copy
    live_proc.kill()
    live_proc.wait()


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


def test_forget_reaches_the_snapshots(imported_project, home):
    from retention_desktop.core.store.forget import forget_customer

    with ProjectStore(imported_project) as store:  # the app holds the project
        victim = store.cursor().execute(
            "SELECT customer_id FROM orders WHERE customer_id IS NOT NULL LIMIT 1").fetchone()[0]
        proc = subprocess.Popen([sys.executable, "-c", _KILLED_READER, str(imported_project)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        copy = Path(proc.stdout.readline().strip())
        proc.kill()
        proc.wait()
        assert copy.exists() and victim.encode() in copy.read_bytes()
        assert forget_customer(store, victim)["orders"] > 0
        assert not copy.parent.exists()  # no copy keeps the forgotten customer

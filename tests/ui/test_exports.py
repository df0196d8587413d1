"""Exports a shop owner can find: the save dialog opens in Documents (then the last export
folder), suggests "<shop> – <what> – <period>" without project-file extensions, the report
is titled by the shop's name, and the status bar says where the file went with a way to
open its folder. Driven through the export buttons and File menu; only the native file
dialog's answer (and the system file manager) are stood in for."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from retention_desktop.core import formatting
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs
from tests.ui.shop import build_small_shop


class SaveDialog:
    """Stands in for the native save dialog: records what it was offered, answers a path."""

    def __init__(self, monkeypatch) -> None:
        self.offers: list[Path] = []
        self.answer: Path | None = None  # None: accept the suggested path as it is
        self.filter = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._get)

    def _get(self, parent, title, proposal, filters, *args, **kwargs):
        self.offers.append(Path(proposal))
        chosen = self.filter or filters.split(";;")[0]
        return str(self.answer or proposal), chosen


@pytest.fixture
def documents(tmp_path, monkeypatch):
    home = tmp_path / "user"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


@pytest.fixture
def window(qapp, qtbot, tmp_path, documents):
    store = build_small_shop(tmp_path / "my-shop.rdproj.duckdb")
    store.close()
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    win.open_project(tmp_path / "my-shop.rdproj.duckdb")
    assert ctx.runner.wait_idle(60_000)
    yield win
    ctx.runner.cancel_all()
    ctx.runner.wait_idle(10_000)


def _open_tab(window, qtbot, key: str):
    bar = window.tabs.tabBar()
    index = window.tabs.indexOf(window.tab_widgets[key])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.ctx.runner.wait_idle(60_000)
    return window.tab_widgets[key]


def _pdf_text(path: Path) -> tuple[str, str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext/pdfinfo (poppler-utils) read the PDF back")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    title = next((line.split(":", 1)[1].strip() for line in info.splitlines()
                  if line.startswith("Title:")), "")
    return text, title


def _heading(text: str) -> str:
    """The page's heading: its first line says "… – KPI summary". The subtitle on the same
    baseline ("Customer retention summary") may come first in pdftotext's reading order
    when the font metrics differ (Vazirmatn registered by an earlier test)."""
    return next(line.strip() for line in text.splitlines() if "KPI summary" in line)


def test_report_pdf_goes_to_documents_named_and_titled_by_the_shop(window, qtbot, monkeypatch,
                                                                   documents, tmp_path):
    report = _open_tab(window, qtbot, "report")
    qtbot.waitUntil(lambda: report.data is not None and report.pdf_btn.isEnabled(),
                    timeout=60_000)
    dialog = SaveDialog(monkeypatch)
    qtbot.mouseClick(report.pdf_btn, Qt.MouseButton.LeftButton)
    offered = dialog.offers[-1]
    period = formatting.fmt_period(report.data.period_start, report.data.grain)
    assert offered.parent == documents
    assert offered.name == f"my-shop – KPI summary – {period}.pdf"
    assert offered.exists() and offered.stat().st_size > 1000
    text, title = _pdf_text(offered)
    assert title == "my-shop – KPI summary"
    # the page's heading is the shop's name (the footer may still cite the source file)
    assert _heading(text) == "my-shop – KPI summary" and "rdproj" not in title
    # the status bar names the file and opens its folder
    notice = window.export_notice
    assert notice.isVisible() and offered.name in notice.label.text()
    assert offered.name in report.status.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [documents]

    # Excel into another folder; the next dialog starts there (one preference store)
    elsewhere = tmp_path / "shared" / "reports"
    elsewhere.mkdir(parents=True)
    dialog.answer = elsewhere / "december"  # typed without extension
    qtbot.mouseClick(report.xlsx_btn, Qt.MouseButton.LeftButton)
    saved = elsewhere / "december.xlsx"
    assert saved.exists() and pd.read_excel(saved, sheet_name=None, engine="openpyxl")
    assert "december.xlsx" in notice.label.text()
    assert Prefs().last_export_dir() == str(elsewhere)
    dialog.answer = None
    qtbot.mouseClick(report.png_btn, Qt.MouseButton.LeftButton)
    assert dialog.offers[-1] == elsewhere / f"my-shop – KPI summary – {period}.png"
    assert dialog.offers[-1].exists()


def test_shop_name_is_settable_and_titles_the_report(window, qtbot, monkeypatch):
    report = _open_tab(window, qtbot, "report")
    qtbot.waitUntil(lambda: report.data is not None, timeout=60_000)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog) and box.textValue() == "my-shop"
        box.setTextValue("Corner Bakery / Tehran")
        box.accept()

    QTimer.singleShot(100, answer)
    window.shop_name_action.trigger()
    assert "Corner Bakery / Tehran" in window.windowTitle()
    assert window.ctx.runner.wait_idle(60_000)
    qtbot.waitUntil(lambda: report.data is not None
                    and report.data.shop_name == "Corner Bakery / Tehran", timeout=60_000)
    dialog = SaveDialog(monkeypatch)
    qtbot.mouseClick(report.pdf_btn, Qt.MouseButton.LeftButton)
    offered = dialog.offers[-1]
    assert offered.name.startswith("Corner Bakery - Tehran – KPI summary – ")
    text, title = _pdf_text(offered)
    assert title == "Corner Bakery / Tehran – KPI summary"
    assert _heading(text) == "Corner Bakery / Tehran – KPI summary"


def test_table_export_from_the_file_menu_confirms(window, qtbot, monkeypatch, documents):
    cohorts = _open_tab(window, qtbot, "cohorts")
    qtbot.waitUntil(lambda: not cohorts.nday_table.frame().empty, timeout=60_000)
    dialog = SaveDialog(monkeypatch)
    dialog.filter = "CSV, comma separated (*.csv)"
    dialog.answer = documents / "n-day"
    export = next(a for a in window.findChildren(type(window.shop_name_action))
                  if a.text().replace("&", "") == "Export…")
    export.trigger()
    assert dialog.offers[-1].parent == documents
    assert dialog.offers[-1].name == "my-shop – nday-repeat.xlsx"
    saved = documents / "n-day.csv"
    back = pd.read_csv(saved, encoding="utf-8-sig")
    assert len(back) == len(cohorts.nday_table.frame())
    assert window.export_notice.isVisible() and "n-day.csv" in window.export_notice.label.text()

"""Saving exports where a shop owner finds them, under names they recognise, and saying so.

Every export (report PDF/Excel/PNG, tables, customer lists, charts) asks for its file
through :func:`ask_save_path`: the dialog opens in the folder of the last export (kept in
the app preferences) or else the user's Documents folder, and suggests
``<shop> – <what> – <period>.<ext>`` with no project-file extension in it. After writing,
:func:`announce` shows "Saved … in …" with an *Open folder* button in the main window's
status bar.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from retention_desktop.ui.prefs import Prefs

#: Characters Windows, macOS or Linux refuse in a file name, and control characters.
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
SEPARATOR = " – "
MAX_NAME = 120  # characters before the extension


def clean_part(text: str) -> str:
    """One part of a file name: no path separators or reserved characters, no project
    extensions (``.rdproj``, ``.duckdb``), no leading/trailing dots or spaces."""
    # bidi isolates and marks of a right-to-left title are not part of a file name
    text = "".join(ch for ch in str(text) if unicodedata.category(ch) != "Cf")
    text = _FORBIDDEN.sub("-", text)
    text = re.sub(r"\.(rdproj|duckdb)\b", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" .-")


def suggested_name(parts: Iterable[str], suffix: str) -> str:
    """``"Demo shop – KPI summary – December 2024.pdf"`` from its non-empty parts."""
    cleaned = [c for c in (clean_part(p) for p in parts if p) if c]
    stem = SEPARATOR.join(cleaned)[:MAX_NAME].rstrip(" .-–") or QCoreApplication.translate("Export", "export")
    return stem + suffix


def documents_folder() -> Path:
    """The user's Documents folder (home when the system has none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def start_folder(prefs: Prefs | None = None) -> Path:
    """Where a save dialog opens: the last export folder if it still exists, else Documents."""
    last = (prefs or Prefs()).last_export_dir()
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def shop_name(widget: QWidget) -> str:
    """The open project's display name, found through the widget's window context."""
    ctx = getattr(widget.window(), "ctx", None) or getattr(widget, "ctx", None)
    store = getattr(ctx, "store", None)
    return store.display_name() if store is not None else ""


def filter_period(widget: QWidget) -> str:
    """The filter's date range as the user reads it (empty when the period is all time)."""
    from retention_desktop.ui import fmt

    ctx = getattr(widget.window(), "ctx", None) or getattr(widget, "ctx", None)
    spec = getattr(ctx, "spec", None)
    if spec is None or (spec.date_from is None and spec.date_to is None):
        return ""
    ends = [fmt.day(d) if d is not None else "…" for d in (spec.date_from, spec.date_to)]
    return QCoreApplication.translate("Export", "{0} to {1}").format(*ends)


def ask_save_path(parent: QWidget, title: str, parts: Iterable[str], suffix: str,
                  filters: str, prefs: Prefs | None = None) -> Path | None:
    """Ask where to save; ``None`` when cancelled.

    Parameters
    ----------
    parent : QWidget
    title : str
        Dialog title.
    parts : iterable of str
        Parts of the suggested name (shop, what, period); empty ones are skipped.
    suffix : str
        Default extension with its dot (``".pdf"``); added when the user typed none.
    filters : str
        The dialog's file-type filters.
    """
    prefs = prefs or Prefs()
    proposal = start_folder(prefs) / suggested_name(parts, suffix)
    path, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(proposal), filters)
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        match = re.search(r"\*(\.\w+)", chosen_filter or "")
        target = target.with_name(target.name + (match.group(1) if match else suffix))
    prefs.set_last_export_dir(target.parent)
    prefs.sync()
    return target


def ask_export_path(widget: QWidget, title: str, what: str, suffix: str,
                    filters: str) -> Path | None:
    """:func:`ask_save_path` for an export of ``widget``, named ``<shop> – <what> – <period>``
    (the shop and the filter's period as the window shows them)."""
    return ask_save_path(widget, title, [shop_name(widget), what, filter_period(widget)],
                         suffix, filters)


def announce(widget: QWidget, path: str | Path) -> str:
    """Tell the user where the file went (status bar with *Open folder*); returns the text."""
    path = Path(path)
    # names are isolated (FSI … PDI) so a Latin file name cannot turn a Persian sentence
    # around; a leading RLM keeps the sentence right to left in an RTL interface
    folder = path.parent.name or str(path.parent)
    text = QCoreApplication.translate("Export", "Saved “{0}” in {1}").format(
        f"\u2068{path.name}\u2069", f"\u2068{folder}\u2069")
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        text = "\u200f" + text
    window = widget.window()
    notice = getattr(window, "show_export_notice", None)
    if callable(notice):
        notice(path, text)
    return text


class ExportNotice(QWidget):
    """Status-bar note after an export: the file's name, *Open folder*, and ×.

    Stays until the next export, a click on ×, or ``HIDE_AFTER_MS``.
    """

    HIDE_AFTER_MS = 120_000
    MAX_TEXT_PX = 460

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.path: Path | None = None
        self.label = QLabel(self)
        self.open_button = QToolButton(self)
        self.open_button.setText(QCoreApplication.translate("Export", "Open folder"))
        self.open_button.setToolTip(QCoreApplication.translate("Export", "Show the saved file in its folder"))
        self.open_button.clicked.connect(lambda: self.open_folder())
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(QCoreApplication.translate("Export", "Hide this note"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(lambda: self.hide())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_path(self, path: Path, text: str) -> None:
        """Show ``text`` (naming ``path``) with a button that opens its folder."""
        self.path = Path(path)
        shown = self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle,
                                                    self.MAX_TEXT_PX)
        self.label.setText(shown)
        self.label.setToolTip(str(self.path))
        self.setToolTip(str(self.path))
        self.show()
        self._timer.start(self.HIDE_AFTER_MS)

    def full_text(self) -> str:
        """The note's text before eliding (tests and screen readers)."""
        return self.label.toolTip()

    def open_folder(self) -> bool:
        """Open the saved file's folder in the system's file manager."""
        if self.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

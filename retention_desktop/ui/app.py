"""Start the desktop app (QApplication, bundled fonts, main window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from retention_desktop import APP_NAME, __version__
from retention_desktop.core.paths import resources_dir


def load_fonts() -> list[str]:
    """Register the bundled fonts (Vazirmatn) so Persian/Arabic never render as boxes."""
    families: list[str] = []
    for ttf in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def run_app(args: argparse.Namespace) -> int:
    """Create the application and run its event loop.

    Parameters
    ----------
    args : argparse.Namespace
        ``demo``, ``smoke``, ``lang`` and ``project`` from the command line.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("RetentionDesktop")
    app.setDesktopFileName("retention-desktop")  # Wayland/docks match the window to the .desktop entry
    load_fonts()
    project = None
    if args.project:  # a project file given on the command line or by double-click
        from retention_desktop.core.store import ProjectError, ProjectStore

        path = Path(args.project).expanduser().resolve()
        try:
            if not path.is_file():
                raise ProjectError(f"Project file not found: {path}")
            project = ProjectStore(path)
        except ProjectError as exc:
            if sys.stderr is not None:  # None in a windowed (no console) Windows build
                sys.stderr.write(f"error: {exc}\n")
            if not args.smoke:
                QMessageBox.critical(None, APP_NAME, str(exc))
            return 1
    window = QMainWindow()
    title = QApplication.translate("App", "Retention Desktop")
    window.setWindowTitle(f"{project.path.name} \u2014 {title}" if project else title)
    window.setCentralWidget(QLabel(QApplication.translate("App", "Retention Desktop")))
    window.resize(1280, 800)
    window.show()
    if args.smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        if project is not None:
            project.close()

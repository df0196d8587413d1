"""Start the desktop app (QApplication, bundled fonts, main window)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from retention_desktop import APP_NAME, __version__
from retention_desktop.core.paths import resources_dir
from retention_desktop.ui.i18n import setup_i18n


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
    load_fonts()
    try:
        setup_i18n(app, args.lang)
    except ValueError as exc:  # unsupported --lang
        sys.stderr.write(f"error: {exc}\n")
        return 2
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("App", "Retention Desktop"))
    window.setCentralWidget(QLabel(QApplication.translate("App", "Retention Desktop")))
    window.resize(1280, 800)
    window.show()
    if args.smoke:
        QTimer.singleShot(0, app.quit)
    return app.exec()

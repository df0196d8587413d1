"""Screenshots of every tab on the demo shop (docs/screenshots/<tab>.png).

Run under Xvfb at 1280x800, e.g.::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/gui_screenshots.py

The demo project is built in a temporary home, so your own settings are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--only", nargs="*", help="tab keys to capture")
    args = parser.parse_args()
    os.environ.setdefault("RETENTION_DESKTOP_HOME", tempfile.mkdtemp(prefix="rd-shots-"))

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from retention_desktop.ui.app import build_window, make_application

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["RETENTION_DESKTOP_HOME"])
    app = make_application()
    from retention_desktop.ui.i18n import setup_i18n

    setup_i18n(app, "en")  # as run_app does: translators, fonts, chart axis formatting
    ctx, window = build_window(argparse.Namespace(demo=True, smoke=False, project=None, lang=None))
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    from screenshots_i18n import wait_for_project  # same folder: one copy of the wait

    wait_for_project(app, ctx, window)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for key, widget in window.tab_widgets.items():
        if args.only and key not in args.only:
            continue
        window.tabs.setCurrentWidget(widget)
        for _ in range(5):
            app.processEvents()
        ctx.runner.wait_idle(120_000)
        if hasattr(widget, "flush_steps"):
            widget.flush_steps()
        if key == "abtest":  # show a computed example rather than an empty chart
            from PySide6.QtWidgets import QPushButton

            for button in widget.findChildren(QPushButton):
                if button.text().replace("&", "") == "Compute" and button.isVisible():
                    button.click()
                    break
            ctx.runner.wait_idle(60_000)
            for _ in range(10):
                app.processEvents()
        if key == "cohorts" and getattr(widget, "matrix", None) is not None:
            # show the drill-down too: the customers behind one cell
            widget.show_cell_customers(min(6, len(widget.matrix.cohorts) - 1), 1)
            ctx.runner.wait_idle(60_000)
        for _ in range(10):
            app.processEvents()
            time.sleep(0.02)
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if os.environ.get("QT_QPA_PLATFORM") == "xcb" else window.grab()
        if pixmap.width() > window.frameGeometry().width() or pixmap.isNull():
            pixmap = window.grab()
        path = out / f"{key}.png"
        pixmap.save(str(path))
        print(path)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

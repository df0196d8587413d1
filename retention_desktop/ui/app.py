"""Start the desktop app (QApplication, bundled fonts, main window, --demo/--smoke)."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from retention_desktop import APP_NAME, __version__
from retention_desktop.core.paths import resources_dir
from retention_desktop.ui.i18n import setup_i18n

log = logging.getLogger(__name__)
SMOKE_TAB_TIMEOUT_MS = 60_000


def load_fonts() -> list[str]:
    """Register the bundled fonts (Vazirmatn) so Persian/Arabic never render as boxes."""
    families: list[str] = []
    for ttf in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def make_application() -> QApplication:
    """The QApplication, created once with names, high-DPI policy and fonts."""
    app = QApplication.instance()
    if app is None:
        # fractional scaling (125 %, 150 %) without blurry rounding; set before the app exists
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("RetentionDesktop")
    app.setDesktopFileName("retention-desktop")  # Wayland/docks: match windows to the .desktop entry
    load_fonts()
    return app


def freeze_startup_heap() -> None:
    """Exclude everything allocated so far (modules, classes, widgets) from garbage collection.

    A full collection walks every tracked object: ~150,000 once the window exists, 70-160 ms
    holding the GIL, a frozen window whichever thread triggers it. The start-up objects live
    as long as the app anyway; frozen, a full collection only walks what came later.
    """
    gc.freeze()


def build_window(args: argparse.Namespace):
    """Create context + main window and open the right project.

    Order: the project given on the command line; ``--demo`` (or ``--smoke``, or the very
    first start) opens the demo shop; otherwise the last project.
    """
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.mainwindow import MainWindow
    from retention_desktop.ui.prefs import Prefs

    prefs = Prefs()
    ctx = AppContext()
    window = MainWindow(ctx, prefs)
    window.interactive = not args.smoke
    project = getattr(args, "project", None)
    target = None
    if project:
        target = Path(project)
    elif not (args.demo or args.smoke or prefs.first_start()):
        last = prefs.last_project()
        if last and Path(last).exists():
            target = Path(last)
    # opening runs in the background: the demo shop is the fallback when it fails
    if target is not None and args.smoke:
        window.open_project(target)  # a smoke run of a file that cannot open must fail
    elif target is not None:
        window.open_project(target, on_done=lambda opened: opened or window.open_demo())
    else:
        window.open_demo()
    prefs.mark_started()
    return ctx, window


def smoke(app: QApplication, ctx, window) -> int:
    """Visit every tab, wait for its work, and report whether anything failed."""
    errors = []
    ctx.runner.wait_idle(SMOKE_TAB_TIMEOUT_MS)  # the project opens in the background
    # Which file the smoke run used (CI checks a project passed on the command line opens).
    print(f"smoke: project {ctx.store.path if ctx.store else None}", flush=True)
    if ctx.store is None:
        errors.append("no project could be opened")
    ctx.runner.errorOccurred.connect(lambda e: errors.append(f"{e.key}: {e.message}"))
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        app.processEvents()
        if not ctx.runner.wait_idle(SMOKE_TAB_TIMEOUT_MS):
            errors.append(f"tab {window.tabs.tabText(i)!r} still busy after "
                          f"{SMOKE_TAB_TIMEOUT_MS / 1000:.0f} s")
        app.processEvents()
        print(f"smoke: visited {window.tabs.tabText(i).replace('&&', '&')}", flush=True)
    window.close()
    for line in errors:
        print(f"smoke: error: {line}", file=sys.stderr, flush=True)
    return 1 if errors else 0


def run_app(args: argparse.Namespace) -> int:
    """Create the application and run its event loop.

    Parameters
    ----------
    args : argparse.Namespace
        ``demo``, ``smoke``, ``lang`` and ``project`` from the command line.
    """
    app = make_application()
    try:
        setup_i18n(app, args.lang)
    except ValueError as exc:  # unsupported --lang
        sys.stderr.write(f"error: {exc}\n")
        return 2
    ctx, window = build_window(args)
    freeze_startup_heap()
    window.show()
    try:
        if args.smoke:
            result = {"code": 1}

            def go() -> None:
                result["code"] = smoke(app, ctx, window)
                QCoreApplication.exit(result["code"])

            QTimer.singleShot(0, go)
            app.exec()
            return result["code"]
        return app.exec()
    finally:
        # Frozen objects are never freed at exit: DuckDB's bindings then print
        # "nanobind: leaked ..." lines on the terminal. Hand them back to the collector.
        gc.unfreeze()

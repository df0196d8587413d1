"""Fixtures of the user-level suite: the real main window in a chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from retention_desktop.core import formatting
from retention_desktop.ui import i18n


@pytest.fixture
def window_in(qapp, qtbot):
    """``make(lang, project=None)`` -> the shown ``MainWindow`` in ``lang`` (en, fa, ar),
    with ``project`` (a path) opened through the window; language reset afterwards."""
    saved_loc, saved_font = formatting.current_locale(), qapp.font()
    made = []

    def make(lang: str, project=None):
        from retention_desktop.ui.context import AppContext
        from retention_desktop.ui.mainwindow import MainWindow
        from retention_desktop.ui.prefs import Prefs

        i18n.setup_i18n(qapp, lang)
        ctx = AppContext()
        window = MainWindow(ctx, Prefs())
        qtbot.addWidget(window)
        made.append((ctx, window))
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # keyboard focus goes where a user's would
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        if project is not None:
            with qtbot.waitSignal(window.projectOpenFinished, timeout=60_000) as opened:
                window.open_project(project)
            assert opened.args == [True]
            assert ctx.runner.wait_idle(60_000)
        return ctx, window

    yield make
    for ctx, window in made:
        ctx.runner.cancel_all()
        ctx.runner.wait_idle(10_000)
        window.close()
    i18n.install_translators(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(saved_font)
    QLocale.setDefault(QLocale.c())
    formatting.set_locale(saved_loc)

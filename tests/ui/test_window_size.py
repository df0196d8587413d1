"""The window fits small screens: 1024×600 laptops and 1366×768 with the status bar visible.

The minimum size is measured on the real main window with a project open and every tab
visited (a tab's widgets appear only once it has data), in English, Persian and Arabic.
The first-show geometry is checked in a child process whose offscreen screen has the
size under test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_main_window_i18n import window_in  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("lang", "with_project"), [("en", True), ("fa", True), ("ar", False)])
def test_minimum_size_fits_a_1024x600_screen(window_in, small_store, qtbot, lang,  # noqa: F811
                                             with_project):
    ctx, window = window_in(lang)
    window.show()
    if with_project:  # Arabic without data keeps the suite fast; its labels are the widest
        window.open_project(small_store.path)
        assert ctx.runner.wait_idle(60_000)
    bar = window.tabs.tabBar()
    for i in range(window.tabs.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
        assert window.tabs.currentIndex() == i
        assert ctx.runner.wait_idle(60_000)
        qtbot.wait(10)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1024 and hint.height() <= 600, (lang, hint)
    # and the window really can be made that small (nothing forces a fixed minimum)
    window.resize(1000, 560)
    qtbot.wait(10)
    assert window.width() <= 1000 and window.height() <= 560


GEOMETRY_SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.mainwindow import MainWindow
    from retention_desktop.ui.prefs import Prefs
    if sys.argv[2] == "saved":  # a geometry saved on a bigger monitor
        first = MainWindow(AppContext(), Prefs())
        first.resize(1600, 1000)
        first.move(100, 50)
        first.show()
        app.processEvents()
        first.close()
    window = MainWindow(AppContext(), Prefs())
    window.show()
    app.processEvents()
    bar = window.statusBar()
    status = bar.geometry().translated(window.geometry().topLeft())
    avail = app.primaryScreen().availableGeometry()
    print(json.dumps({"frame": window.frameGeometry().getRect(),
                      "client": window.geometry().getRect(),
                      "status": status.getRect(), "avail": avail.getRect(),
                      "status_visible": bar.isVisible()}))
    window.close()
""")


def _first_show(tmp_path: Path, width: int, height: int, mode: str) -> dict:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "s", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "RETENTION_DESKTOP_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", GEOMETRY_SCRIPT, str(tmp_path / "qs"), mode],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _inside(inner, outer) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(("size", "mode"), [((1024, 600), "fresh"), ((1366, 768), "fresh"),
                                            ((1366, 768), "saved")])
def test_first_window_fits_the_available_screen(tmp_path, size, mode):
    seen = _first_show(tmp_path, *size, mode)
    assert _inside(seen["frame"], seen["avail"]), seen
    assert seen["status_visible"] and _inside(seen["status"], seen["avail"]), seen
    if size == (1366, 768):  # room to spare: the preferred 1280 px wide window
        assert seen["client"][2] == 1280


def test_saved_geometry_that_fits_is_restored(tmp_path):
    seen = _first_show(tmp_path, 1920, 1080, "saved")
    assert seen["client"][2:] == [1600, 1000]



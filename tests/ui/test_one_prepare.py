"""One fetch of the working data per distinct filter, whatever the user does.

Opening a project used to prepare the data three times for the Overview (the range and
each comparison window) and about nine times for the report; every tab prepared again
what the previous one had. Here a user opens a project, clicks a channel in the filter
bar, picks another period, and looks at Cohorts and the report; the number of real
fetches (SQL scan + sort, not cache hits or windows cut from a fetched range) must equal
the number of distinct (data version, filter, settings, dimensions) the jobs asked for,
counting a filter over another period as the same filter (it is cut, not fetched).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import retention_desktop.core.engine.prepared as prepared_mod
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs


@pytest.fixture
def spied(qapp, qtbot, monkeypatch):
    asked: list[tuple] = []
    fetched: list[tuple] = []
    prepare, load = prepared_mod.prepare, prepared_mod._load

    def spy_prepare(store, spec, settings, dims=()):
        asked.append((getattr(store, "data_version", None), spec, settings, tuple(dims)))
        return prepare(store, spec, settings, dims)

    def spy_load(prep, *args, **kwargs):  # the SQL scan + sort of one fetch
        fetched.append((prep.spec, prep.settings, tuple(prep.dims)))
        return load(prep, *args, **kwargs)

    # every module imported `prepare` by name: patch the name where it is used
    import sys
    for name, mod in list(sys.modules.items()):
        if name.startswith("retention_desktop.core") and getattr(mod, "prepare", None) is prepare:
            monkeypatch.setattr(mod, "prepare", spy_prepare)
    monkeypatch.setattr(prepared_mod, "_load", spy_load)
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    yield win, asked, fetched
    ctx.runner.wait_idle(60_000)
    win.close()


def _click_tab(qtbot, win, name: str) -> None:
    bar = win.tabs.tabBar()
    index = win.tabs.indexOf(win.tab_widgets[name])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert win.tabs.currentWidget() is win.tab_widgets[name]


def _idle(win, qtbot) -> None:
    assert win.ctx.runner.wait_idle(60_000)
    qtbot.wait(50)  # late signals (filter options, debounce) have arrived
    assert win.ctx.runner.wait_idle(60_000)


def test_one_fetch_per_distinct_filter(spied, small_store, qtbot):
    win, asked, fetched = spied
    _click_tab(qtbot, win, "overview")
    win.open_project(small_store.path)
    _idle(win, qtbot)
    bar = win.filter_bar
    qtbot.waitUntil(lambda: bar.options.date_max is not None, timeout=20_000)
    assert len(fetched) == 1, fetched  # the Overview: range and both windows, one fetch

    # a channel in the filter bar (its menu's action, as a click on it does)
    _button, menu = bar.dim_buttons["channel"]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: bool(win.ctx.spec.include), timeout=5_000)
    _idle(win, qtbot)
    # another period preset, chosen with the keyboard in the combo
    before = win.ctx.spec
    bar.period.setFocus()
    qtbot.keyClick(bar.period, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: win.ctx.spec != before, timeout=5_000)
    _idle(win, qtbot)
    _click_tab(qtbot, win, "cohorts")
    _idle(win, qtbot)
    _click_tab(qtbot, win, "report")
    _idle(win, qtbot)

    assert len({k[1] for k in asked}) >= 3  # the three filters reached the engine
    assert len(fetched) == len(set(fetched)), "the same working data fetched twice"
    assert len({k[0] for k in asked}) == 1  # nothing was written: one data version
    # Each distinct (filter, settings, dimensions) asked for was fetched at most once, and
    # the fetches are exactly the distinct filters *apart from their dates*: another
    # period of a filter already fetched (the preset, the comparison windows) is cut
    # from its arrays.
    assert set(fetched) <= {k[1:] for k in asked}

    def undated(key):
        spec, settings, dims = key
        return spec.with_(date_from=None, date_to=None, period=None), settings, dims

    assert sorted(map(undated, fetched), key=repr) == \
        sorted({undated(k[1:]) for k in asked}, key=repr), (fetched, asked)

"""One analysis state, the user's way: one preference store (the saved language survives
the move from the old settings.ini), calendar and currency owned by the project's
Settings only, and the filter bar's active-filters line drawn once per change."""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from retention_desktop.core import formatting
from retention_desktop.core.paths import user_data_dir
from retention_desktop.ui import i18n
from retention_desktop.ui.filterbar import FilterBar
from retention_desktop.ui.prefs import Prefs
from tests.ui.user.screen import click_tab, menu_action, wait_idle


def _old_ini(**values: str) -> str:
    """Write the language choices as earlier versions did (``settings.ini``, group i18n)."""
    path = str(user_data_dir() / "settings.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    old.beginGroup("i18n")
    for key, value in values.items():
        old.setValue(key, value)
    old.endGroup()
    old.sync()
    return path


def _ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_saved_language_survives_the_move_to_one_preference_store(window_in, qapp, qtbot):
    path = _old_ini(language="fa", digits="latin", calendar="jalali", currency="IRR",
                    money_unit="toman")
    # the next start reads the old file once into the one store
    assert i18n.setup_i18n(qapp, None) == "fa"
    assert Prefs().display() == {"language": "fa", "digits": "latin", "money_unit": "toman"}
    _old_ini(language="ar")  # the old file is not read again
    assert i18n.load_preferences() == i18n.Preferences("fa", "latin", "toman")

    ctx, window = window_in("fa")
    seen: dict = {}

    def answer_restart() -> None:
        box = QApplication.activeModalWidget()
        seen["restart"] = isinstance(box, QMessageBox)
        later = [b for b in box.buttons()
                 if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole][0]
        qtbot.mouseClick(later, Qt.MouseButton.LeftButton)

    def answer_language() -> None:
        dialog = QApplication.activeModalWidget()
        form = dialog.form
        seen["shown"] = form.language.currentData()
        seen["fields"] = {name for name in ("currency", "calendar") if hasattr(form, name)}
        form.language.setCurrentIndex(form.language.findData("en"))
        QTimer.singleShot(100, answer_restart)
        _ok(qtbot, dialog)

    QTimer.singleShot(200, answer_language)
    menu_action(window, "&Language and numbers…").trigger()
    qtbot.waitUntil(lambda: "restart" in seen, timeout=10_000)
    assert seen["shown"] == "fa"  # the migrated choice is what the dialog shows
    assert seen["fields"] == set()  # calendar and currency belong to the project
    assert Prefs().display()["language"] == "en" and i18n.load_preferences().language == "en"
    old = QSettings(path, QSettings.Format.IniFormat)
    assert old.value("i18n/language") == "ar"  # the second store is no longer written


def test_calendar_and_currency_have_one_owner_the_projects_settings(window_in, small_store,
                                                                    qtbot):
    # an earlier version saved a calendar and a currency with the language choices: they
    # must not decide this (English, Gregorian, no currency) project's labels
    _old_ini(language="en", calendar="jalali", currency="€")
    ctx, window = window_in("en", project=small_store.path)
    assert (ctx.settings.calendar, ctx.settings.currency) == ("gregorian", "")
    overview = window.tab_widgets["overview"]
    click_tab(window.tabs, overview)
    wait_idle(ctx, qtbot, overview)
    assert overview.result is not None and "€" not in overview.cards["revenue"].value.text()
    cohorts = window.tab_widgets["cohorts"]
    click_tab(window.tabs, cohorts)
    wait_idle(ctx, qtbot, cohorts)
    assert all(re.search(r"\b202\d\b", label) for label in cohorts.matrix.labels)

    def answer_settings() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.calendar.setCurrentIndex(dialog.calendar.findData("jalali"))
        dialog.currency.setText("£")
        _ok(qtbot, dialog)

    QTimer.singleShot(200, answer_settings)
    menu_action(window, "&Analysis settings…").trigger()
    qtbot.waitUntil(lambda: ctx.settings.calendar == "jalali", timeout=10_000)
    wait_idle(ctx, qtbot, cohorts)
    # the open tab relabels its cohorts in the new calendar (Gregorian 202x = Jalali 14xx)
    assert all(re.search(r"\b14\d\d\b", label) for label in cohorts.matrix.labels)
    assert not any(re.search(r"\b202\d\b", label) for label in cohorts.matrix.labels)
    # every other tab follows the same owner when opened
    click_tab(window.tabs, overview)
    wait_idle(ctx, qtbot, overview)
    assert overview.trend.categories
    assert all(re.search(r"\b14\d\d\b", c) for c in overview.trend.categories)
    assert "£" in overview.cards["revenue"].value.text()
    report = window.tab_widgets["report"]
    click_tab(window.tabs, report)
    wait_idle(ctx, qtbot, report)
    assert report.data.calendar == "jalali"
    loc = formatting.current_locale()
    assert (loc.calendar, loc.currency) == ("jalali", "£")
    # the filter bar's date pickers too
    assert window.filter_bar.date_from.calendar().name() == "Jalali"


def test_the_active_filters_line_is_drawn_once_per_change(window_in, small_store, qtbot,
                                                          monkeypatch):
    calls = []
    original = FilterBar._show_spec
    monkeypatch.setattr(FilterBar, "_show_spec",
                        lambda self: (calls.append(self.ctx.spec), original(self))[1])
    ctx, window = window_in("en", project=small_store.path)
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.options.date_max is not None, timeout=20_000)
    wait_idle(ctx, qtbot)
    calls.clear()
    bar.min_orders.setFocus()
    qtbot.keyClick(bar.min_orders, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: ctx.spec.min_orders == 1, timeout=5_000)
    wait_idle(ctx, qtbot)
    assert len(calls) == 1 and calls[0].min_orders == 1
    assert "1" in bar.active.text()

"""The period preset is a value: it survives an import and follows the project calendar.

Before, choosing "Last 90 days" stored fixed dates: after an import the bar showed
"Custom range" with the old dates, and "Last calendar year" was Gregorian in a Jalali
project. The user picks the preset with the keyboard in the filter bar's period box.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta

import jdatetime
from PySide6.QtCore import Qt

from retention_desktop.core.engine.spec import Settings
from retention_desktop.ui.filterbar import FilterBar
from retention_desktop.ui.tabs.data_tab import DataTab


def _choose(qtbot, bar: FilterBar, key: str) -> None:
    """Pick a period the way a user does without the mouse: focus the box, arrow keys."""
    bar.period.setFocus()
    qtbot.keyClick(bar.period, Qt.Key.Key_Home)
    for _ in range(bar.period.findData(key)):
        qtbot.keyClick(bar.period, Qt.Key.Key_Down)
    assert bar.period.currentData() == key
    qtbot.waitUntil(lambda: bar.ctx.spec.period == key, timeout=5_000)


def _last_day(ctx) -> date:
    return ctx.store.cursor().execute(
        "SELECT max(order_ts)::DATE FROM orders").fetchone()[0]


def test_last_90_days_survives_an_import(ctx_empty, small_store, qtbot, tmp_path):
    ctx = ctx_empty
    bar = FilterBar(ctx)  # as in the window: the bar exists before the project opens
    qtbot.addWidget(bar)
    ctx.set_store(small_store, close_old=False)
    qtbot.waitUntil(lambda: bar.options.date_max is not None, timeout=20_000)
    _choose(qtbot, bar, "last-90-days")
    end = _last_day(ctx)
    assert (ctx.spec.date_from, ctx.spec.date_to) == (end - timedelta(days=89), end)

    # a new export with orders 40 days after the old end, imported through the Data tab
    later = end + timedelta(days=40)
    path = tmp_path / "more.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Order ID", "Customer ID", "Order Date", "Total"])
        for i in range(30):
            w.writerow([f"N{i}", f"C{i}", (later - timedelta(days=i % 3)).isoformat(), "12.50"])
    tab = DataTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.start_import([str(path)])
    qtbot.waitUntil(lambda: tab.mapping_dialog is not None and tab.mapping_dialog.isVisible(),
                    timeout=20_000)
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(tab.mapping_dialog.import_button, Qt.MouseButton.LeftButton)
    assert _last_day(ctx) == later
    qtbot.waitUntil(lambda: ctx.spec.date_to == later, timeout=20_000)
    assert bar.period.currentData() == "last-90-days"  # not "Custom range"
    assert ctx.spec.period == "last-90-days"
    assert ctx.spec.date_from == later - timedelta(days=89)
    assert "Last 90 days" in bar.active.text()
    ctx.runner.wait_idle()


def test_last_complete_year_is_jalali_in_a_jalali_project(ctx_empty, small_store, qtbot):
    ctx = ctx_empty
    bar = FilterBar(ctx)
    qtbot.addWidget(bar)
    ctx.set_store(small_store, close_old=False)
    ctx.set_settings(Settings(calendar="jalali"), persist=False)
    qtbot.waitUntil(lambda: bar.options.date_max is not None, timeout=20_000)
    _choose(qtbot, bar, "last-year")
    end = _last_day(ctx)
    # oracle: jdatetime, an implementation independent of core/calendar.py
    jy = jdatetime.date.fromgregorian(date=end).year
    if jdatetime.date(jy + 1, 1, 1).togregorian() - timedelta(days=1) != end:
        jy -= 1
    expected = (jdatetime.date(jy, 1, 1).togregorian(),
                jdatetime.date(jy + 1, 1, 1).togregorian() - timedelta(days=1))
    assert (ctx.spec.date_from, ctx.spec.date_to) == expected
    assert expected[0].month == 3  # Farvardin starts in March, never on 1 January
    # switching the project back to the Gregorian calendar moves the same preset
    ctx.set_settings(Settings(calendar="gregorian"), persist=False)
    qtbot.waitUntil(lambda: ctx.spec.date_from is not None and ctx.spec.date_from.month == 1,
                    timeout=5_000)
    year = end.year - (end != date(end.year, 12, 31))
    assert (ctx.spec.date_from, ctx.spec.date_to) == (date(year, 1, 1), date(year, 12, 31))
    ctx.runner.wait_idle()


def test_year_preset_does_not_promise_today(ctx_empty, qapp, qtbot):
    """The year preset runs to the data's last day (1377/04/09 in a Persian export), yet
    Persian read "از ابتدای سال تا امروز" ("… until today"): no language says "today"."""
    from retention_desktop.ui import i18n

    shown = {}
    for lang in ("en", "fa", "ar"):
        i18n.install_translators(qapp, lang)
        try:
            bar = FilterBar(ctx_empty)
            qtbot.addWidget(bar)
            shown[lang] = bar.period.itemText(bar.period.findData("year-to-date"))
        finally:
            i18n.install_translators(qapp, "en")
    assert shown["en"] == "This year so far"
    for lang in ("fa", "ar"):
        assert shown[lang] != shown["en"], shown  # translated
        assert not any(word in shown[lang] for word in ("امروز", "اليوم", "today")), shown

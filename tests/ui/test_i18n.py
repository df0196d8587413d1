"""Language selection, right-to-left layout, font, saved preferences (offscreen Qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, Qt  # noqa: E402

from retention_desktop.core import formatting  # noqa: E402
from retention_desktop.ui import i18n  # noqa: E402


@pytest.fixture(autouse=True)
def _home_and_restore(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("RETENTION_DESKTOP_HOME", str(tmp_path))
    saved_loc = formatting.current_locale()
    saved_font = qapp.font()
    yield
    i18n.install_translators(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(saved_font)
    QLocale.setDefault(QLocale.c())
    formatting.set_locale(saved_loc)


def test_normalise_and_resolve(monkeypatch):
    assert i18n.normalise_language("fa_IR") == "fa"
    assert i18n.normalise_language("ar-SA") == "ar"
    assert i18n.normalise_language("de_DE") is None
    assert i18n.resolve_language("fa") == "fa"
    assert i18n.resolve_language(None, i18n.Preferences(language="ar")) == "ar"
    assert i18n.resolve_language("en", i18n.Preferences(language="ar")) == "en"
    with pytest.raises(ValueError, match="unsupported language"):
        i18n.resolve_language("xx")
    monkeypatch.setattr(i18n, "system_language", lambda: "fa")
    assert i18n.resolve_language(None, i18n.Preferences()) == "fa"


def test_system_language_from_os_locale(monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fa_IR")))
    assert i18n.system_language() == "fa"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() in ("en",)  # unsupported -> English


def test_preferences_round_trip():
    prefs = i18n.Preferences(language="fa", digits="latin", money_unit="toman")
    i18n.save_preferences(prefs)
    assert i18n.load_preferences() == prefs


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_setup_rtl_language(qapp, lang):
    assert i18n.setup_i18n(qapp, lang) == lang
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert qapp.font().families()[0] == "Vazirmatn"
    loc = formatting.current_locale()
    assert loc.language == lang and loc.rtl
    assert i18n.current_language() == lang
    # Qt's own strings (standard buttons) are translated from the bundled qtbase_<lang>.qm.
    assert qapp.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_setup_english_after_persian(qapp):
    i18n.setup_i18n(qapp, "fa")
    i18n.setup_i18n(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert qapp.translate("QPlatformTheme", "Cancel") == "Cancel"  # translators removed
    assert formatting.current_locale().digits == "latin"


def test_saved_overrides_reach_formatting(qapp):
    i18n.save_preferences(i18n.Preferences(language="fa", digits="latin", money_unit="toman"))
    i18n.setup_i18n(qapp, None)
    # the currency is the project's (its one owner): an open project in Rial
    from retention_desktop.core.engine.spec import Settings

    i18n.sync_locale_with_settings(Settings(calendar="jalali", currency="IRR"))
    assert formatting.fmt_money(12340) == "1٬234\u00a0تومان"


def test_restart_arguments_drop_lang():
    assert i18n._without_lang_option(["--lang", "fa", "shop.rdproj.duckdb"]) == ["shop.rdproj.duckdb"]
    assert i18n._without_lang_option(["--lang=ar", "--demo"]) == ["--demo"]


def test_language_settings_widget(qtbot, qapp):
    from retention_desktop.ui.language_settings import LanguageSettingsWidget

    # the preview writes amounts in the open project's currency
    formatting.set_locale(formatting.current_locale().with_(currency="IRR"))
    w = LanguageSettingsWidget()
    qtbot.addWidget(w)
    w.language.setCurrentIndex(w.language.findData("fa"))
    w.money_unit.setCurrentIndex(w.money_unit.findData("toman"))
    assert "تومان" in w.preview.text() and "۱۲۵٬۰۰۰" in w.preview.text()
    assert w.preferences() == i18n.Preferences(language="fa", money_unit="toman")


def test_date_edit_shows_jalali_with_persian_digits(qtbot):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit()
    qtbot.addWidget(edit)
    edit.setCalendarPopup(True)
    edit.setDate(QDate(2024, 3, 20))
    i18n.configure_date_edit(edit, formatting.LocaleSettings.for_language("fa"))
    assert edit.text() == "۱۴۰۳/۰۱/۰۱"
    assert edit.date() == QDate(2024, 3, 20)  # the value stays a Gregorian QDate
    assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Saturday
    i18n.configure_date_edit(edit, formatting.LocaleSettings.for_language("en"))
    assert edit.text() == "2024-03-20"
    i18n.configure_date_edit(edit, formatting.LocaleSettings.for_language("ar"))
    assert edit.text() == "٢٠٢٤/٠٣/٢٠"


def test_analysis_calendar_follows_persian_default_and_project(qapp):
    from retention_desktop.core.engine.spec import Settings

    i18n.setup_i18n(qapp, "fa")
    assert i18n.default_analysis_settings() == Settings(calendar="jalali", week_start=5)
    i18n.sync_locale_with_settings(Settings(calendar="gregorian", currency="IRR"))
    assert formatting.current_locale().calendar == "gregorian"
    assert formatting.fmt_period("2024-03-01", "month") == "مارس ۲۰۲۴"
    i18n.setup_i18n(qapp, "en")
    assert i18n.default_analysis_settings() == Settings()

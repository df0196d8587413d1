"""Interface language: translators, right-to-left layout, Persian/Arabic font, saved choice.

Call :func:`setup_i18n` once, right after the ``QApplication`` exists and the bundled
fonts are loaded (``ui/app.py``). It picks the language (``--lang`` > saved choice > OS
locale), installs ``resources/i18n/retention_desktop_<lang>.qm`` and Qt's own
``qtbase_<lang>.qm`` (standard buttons, dialogs), mirrors the layout for fa/ar, makes
Vazirmatn the application font for fa/ar and sets the Qt-free
:mod:`retention_desktop.core.formatting` locale (digits, separators, calendar, currency).

The choices are kept in the app's one preference store (:class:`~retention_desktop.ui.
prefs.Prefs`). A language change in Settings is saved with :func:`save_preferences` and
takes effect after a restart (:func:`ask_restart`): every widget is then built in the new direction and
language, which is more robust than retranslating a live window.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from retention_desktop.core import formatting
from retention_desktop.core.paths import resources_dir
from retention_desktop.ui.ts_fallback import FallbackTranslator

SUPPORTED = ("en", "fa", "ar")
#: Native names shown in the language picker (never translated).
LANGUAGE_NAMES = {"en": "English", "fa": "فارسی", "ar": "العربية"}
RTL_FONT_FAMILY = "Vazirmatn"
_TRANSLATOR_TAG = "retention_desktop_translator"


@dataclass(frozen=True)
class Preferences:
    """What the user chose in Settings > Language and numbers (kept in :class:`Prefs`).

    ``None`` fields mean "the default for the language". The calendar and the data's
    currency are not here: they belong to the project (``Settings``), because periods
    are cut in that calendar and amounts are in that currency.
    """

    language: str | None = None
    digits: str | None = None
    money_unit: str = "as_is"


def normalise_language(code: str | None) -> str | None:
    """``'fa_IR'``, ``'fa-IR'``, ``'FA'`` -> ``'fa'``; unsupported or empty -> ``None``."""
    if not code:
        return None
    lang = str(code).replace("-", "_").split("_")[0].strip().lower()
    return lang if lang in SUPPORTED else None


def system_language() -> str:
    """The first supported language among the OS's UI languages, else English."""
    system = QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        lang = normalise_language(name)
        if lang:
            return lang
    return "en"


def load_preferences() -> Preferences:
    """The saved language preferences (defaults when nothing was saved)."""
    from retention_desktop.ui.prefs import Prefs

    saved = Prefs().display()
    return Preferences(language=normalise_language(saved["language"] or None),
                       digits=saved["digits"] or None,
                       money_unit=saved["money_unit"] or "as_is")


def save_preferences(prefs: Preferences) -> None:
    """Persist the language preferences for the next start."""
    from retention_desktop.ui.prefs import Prefs

    Prefs().set_display(language=prefs.language, digits=prefs.digits,
                        money_unit=prefs.money_unit)


def resolve_language(cli_lang: str | None, prefs: Preferences | None = None) -> str:
    """``--lang`` wins, then the saved choice, then the OS locale.

    Raises
    ------
    ValueError
        If ``cli_lang`` is given but not one of :data:`SUPPORTED`.
    """
    if cli_lang:
        lang = normalise_language(cli_lang)
        if lang is None:
            raise ValueError(f"unsupported language {cli_lang!r}; choose one of {', '.join(SUPPORTED)}")
        return lang
    if prefs and prefs.language:
        return prefs.language
    return system_language()


def locale_settings(lang: str, prefs: Preferences | None = None) -> formatting.LocaleSettings:
    """The formatting locale for ``lang`` with the user's overrides applied.

    Its calendar and currency are the language's defaults until a project is open:
    :func:`sync_locale_with_settings` then sets the project's own.
    """
    prefs = prefs or Preferences()
    overrides: dict[str, str] = {"money_unit": prefs.money_unit}
    if prefs.digits:
        overrides["digits"] = prefs.digits
    return formatting.LocaleSettings.for_language(lang, **overrides)


def translation_file(lang: str) -> str:
    """Path of the compiled app translation (``.qm``) for ``lang`` (may not exist)."""
    return str(resources_dir() / "i18n" / f"retention_desktop_{lang}.qm")


def _remove_translators(app: QCoreApplication) -> None:
    for tr in app.findChildren(QTranslator):
        if tr.objectName() == _TRANSLATOR_TAG:
            app.removeTranslator(tr)
            tr.deleteLater()


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Install the app's and Qt's translations for ``lang``; returns the files loaded.

    Order matters (Qt asks the last installed first): the context-tolerant
    :class:`~retention_desktop.ui.ts_fallback.FallbackTranslator` (reads the ``.ts``) goes
    in first, then Qt's ``qtbase_<lang>.qm``, then the app's compiled ``.qm``. English needs
    none. A missing ``.qm`` is not fatal: the fallback still translates from the ``.ts``.
    """
    _remove_translators(app)
    loaded: list[str] = []
    if lang == "en":
        return loaded
    ts = resources_dir() / "i18n" / f"retention_desktop_{lang}.ts"
    if ts.exists():
        fallback = FallbackTranslator(ts, lang, app)
        fallback.setObjectName(_TRANSLATOR_TAG)
        app.installTranslator(fallback)
        loaded.append(str(ts))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir), (translation_file(lang), "")]
    for name, directory in candidates:
        tr = QTranslator(app)
        tr.setObjectName(_TRANSLATOR_TAG)
        if tr.load(name, directory) if directory else tr.load(name):
            app.installTranslator(tr)
            loaded.append(tr.filePath() or name)
        else:
            tr.deleteLater()
            if not directory:
                sys.stderr.write(f"note: no compiled translation {name}; run scripts/build_translations.sh\n")
    return loaded


def apply_font(app: QGuiApplication, lang: str) -> None:
    """Use the bundled Vazirmatn for Persian/Arabic (shaped text on a bare machine)."""
    if lang in formatting.RTL_LANGUAGES:
        font = QFont(app.font())
        font.setFamilies([RTL_FONT_FAMILY, *font.families()])
        app.setFont(font)


def setup_i18n(app: QApplication, cli_lang: str | None = None) -> str:
    """Configure language, direction, font and formatting locale; returns the language.

    Parameters
    ----------
    app : QApplication
        Fonts must already be registered (``ui.app.load_fonts``).
    cli_lang : str, optional
        The ``--lang`` option.
    """
    prefs = load_preferences()
    lang = resolve_language(cli_lang, prefs)
    install_translators(app, lang)
    rtl = lang in formatting.RTL_LANGUAGES
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(lang))
    apply_font(app, lang)
    formatting.set_locale(locale_settings(lang, prefs))
    from retention_desktop.ui.charts.axes import install_axis_localization

    install_axis_localization()  # every chart axis writes the locale's digits
    app.setProperty("retention_desktop_language", lang)
    return lang


def default_analysis_settings():
    """Analysis settings for a project that saved none: Jalali calendar with Saturday weeks
    for Persian, else the engine defaults.

    Decided from the interface language, never from the current display calendar
    (which follows the open project), so one Jalali project does not make the next
    project Jalali too.
    """
    from retention_desktop.core.engine.spec import Settings

    if formatting.current_locale().language == "fa":
        return Settings(calendar="jalali", week_start=5)
    return Settings()


def sync_locale_with_settings(settings) -> formatting.LocaleSettings:
    """Make displayed dates and amounts follow the project's calendar and currency.

    The project's ``Settings`` is their one owner: period labels must use the calendar
    the engine bucketed with (a Gregorian month start labelled in Jalali would name the
    wrong month), and amounts are in the data's currency. The formatting locale carries
    a copy for the Qt-free formatting functions; this is the only place that writes it.
    """
    loc = formatting.current_locale()
    changes = {"calendar": settings.calendar, "currency": getattr(settings, "currency", "")}
    new = loc.with_(**changes)
    if new != loc:
        formatting.set_locale(new)
    return new


_DIGIT_LOCALES = {"persian": "fa_IR", "arabic": "ar_EG", "latin": "en_US"}


def configure_date_edit(edit, loc: formatting.LocaleSettings | None = None) -> None:
    """Make a ``QDateEdit`` (and its popup calendar) show the user's calendar and digits.

    Qt has the Jalali calendar built in (``QCalendar.System.Jalali``); the date itself
    stays a plain Gregorian ``QDate`` underneath, so callers need no conversion.
    """
    from PySide6.QtCore import QCalendar

    loc = loc or formatting.current_locale()
    calendar = QCalendar(QCalendar.System.Jalali if loc.calendar == "jalali"
                         else QCalendar.System.Gregorian)
    edit.setCalendar(calendar)
    qloc = QLocale(_DIGIT_LOCALES.get(loc.digits, "en_US"))
    edit.setLocale(qloc)
    iso = loc.calendar == "gregorian" and loc.language == "en"
    edit.setDisplayFormat("yyyy-MM-dd" if iso else "yyyy/MM/dd")
    popup = edit.calendarWidget() if edit.calendarPopup() else None
    if popup is not None:
        popup.setCalendar(calendar)
        popup.setLocale(QLocale(loc.language) if loc.digits != "latin" else qloc)
        popup.setFirstDayOfWeek(Qt.DayOfWeek.Saturday if loc.calendar == "jalali"
                                else Qt.DayOfWeek.Monday)


def current_language() -> str:
    """The language the running app was set up with (``'en'`` before :func:`setup_i18n`)."""
    app = QCoreApplication.instance()
    lang = app.property("retention_desktop_language") if app else None
    return lang or "en"


def tr_core(text: str, context: str = "core") -> str:
    """Translate a string that comes from the Qt-free core (definition cards, metric names).

    The core marks such strings with :func:`retention_desktop.core.i18n.tr_noop`;
    ``scripts/update_translations.sh`` collects them for Qt Linguist.
    """
    if not text:
        return text
    return QCoreApplication.translate(context, text)


def _without_lang_option(argv: list[str]) -> list[str]:
    """``argv`` minus ``--lang X`` / ``--lang=X`` (the saved choice applies after a restart)."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            out.append(arg)
    return out


def ask_restart(parent: QWidget | None = None) -> bool:
    """Ask whether to restart now so a new language applies; restarts if yes.

    Returns
    -------
    bool
        True when a restart was started (the app is quitting).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("i18n", "Restart needed"))
    box.setText(QCoreApplication.translate(
        "i18n", "The new language and number settings apply after a restart. Restart now?"))
    restart = box.addButton(QCoreApplication.translate("i18n", "Restart now"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("i18n", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restart:
        return False
    args = _without_lang_option(sys.argv[1:])
    program = sys.executable
    if getattr(sys, "frozen", False):  # PyInstaller bundle: argv[0] is the app itself
        started = QProcess.startDetached(program, args)
    else:
        started = QProcess.startDetached(program, ["-m", "retention_desktop", *args])
    started = started[0] if isinstance(started, tuple) else started
    if started:
        QCoreApplication.quit()
    return bool(started)

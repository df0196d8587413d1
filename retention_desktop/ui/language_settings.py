"""Settings page "Language and numbers": language, digits, Rial/Toman.

The calendar and the currency of the data are analysis settings of the project
(Settings dialog, their one owner), because periods are bucketed in that calendar and
amounts are in that currency; new projects default to Jalali when the language is
Persian. What is here only changes how things are written, and is kept in the app's
preferences (:class:`~retention_desktop.ui.prefs.Prefs`).

Embed :class:`LanguageSettingsWidget` in the Settings dialog; call :meth:`apply` when the
dialog is accepted. A live preview shows how a number, an amount, a percentage and
today's date will look. Changes are saved and take effect after a restart (the user is
asked).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core import formatting
from retention_desktop.ui import i18n


class LanguageSettingsWidget(QWidget):
    """Form with the language and number preferences and a live preview."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial = i18n.load_preferences()
        form = QFormLayout(self)

        self.language = QComboBox()
        self.language.addItem(self.tr("Automatic (system language)"), "")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        form.addRow(self.tr("Language"), self.language)

        self.digits = QComboBox()
        self.digits.addItem(self.tr("Default for the language"), "")
        self.digits.addItem(self.tr("Latin (0123)"), "latin")
        self.digits.addItem(self.tr("Persian (۰۱۲۳)"), "persian")
        self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣)"), "arabic")
        form.addRow(self.tr("Digits"), self.digits)

        self.money_unit = QComboBox()
        self.money_unit.addItem(self.tr("As recorded"), "as_is")
        self.money_unit.addItem(self.tr("Show in Toman"), "toman")
        self.money_unit.addItem(self.tr("Show in Rial"), "rial")
        self.money_unit.setToolTip(self.tr("1 Toman = 10 Rial. Only used when the currency is Rial or Toman."))
        form.addRow(self.tr("Rial / Toman"), self.money_unit)

        self.project_note = QLabel(self.tr(
            "The calendar and the currency of your data are set per project in "
            "Settings > Analysis settings."))
        self.project_note.setWordWrap(True)
        form.addRow(self.project_note)

        self.preview = QLabel()
        self.preview.setObjectName("languagePreview")
        form.addRow(self.tr("Preview"), self.preview)

        self._load(self._initial)
        for combo in (self.language, self.digits, self.money_unit):
            combo.currentIndexChanged.connect(self._on_changed)
        self._update_preview()

    # ---------------------------------------------------------------- state
    def _load(self, prefs: i18n.Preferences) -> None:
        for combo, value in ((self.language, prefs.language or ""), (self.digits, prefs.digits or ""),
                             (self.money_unit, prefs.money_unit)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

    def preferences(self) -> i18n.Preferences:
        """The preferences as currently chosen in the form."""
        return i18n.Preferences(
            language=self.language.currentData() or None,
            digits=self.digits.currentData() or None,
            money_unit=self.money_unit.currentData() or "as_is",
        )

    def _on_changed(self) -> None:
        self._update_preview()
        self.changed.emit()

    def _update_preview(self) -> None:
        prefs = self.preferences()
        lang = prefs.language or i18n.system_language()
        # amounts in the open project's currency (the project owns it)
        loc = i18n.locale_settings(lang, prefs).with_(
            currency=formatting.current_locale().currency)
        sample = "   ".join([
            formatting.fmt_number(1234567.89, 2, loc),
            formatting.fmt_money(1_250_000, loc=loc),
            formatting.fmt_percent(0.375, 1, loc),
            formatting.fmt_date(_dt.date.today(), "medium", loc),
        ])
        self.preview.setText(sample)

    def apply(self) -> bool:
        """Save the choices; if anything changed, offer to restart. Returns True if changed."""
        prefs = self.preferences()
        if prefs == self._initial:
            return False
        i18n.save_preferences(prefs)
        self._initial = prefs
        i18n.ask_restart(self)
        return True


class LanguageDialog(QDialog):
    """Settings > Language and numbers: the form above with OK / Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language and numbers"))
        self.form = LanguageSettingsWidget(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close first, then save and (if anything changed) offer the restart."""
        super().accept()
        self.form.apply()

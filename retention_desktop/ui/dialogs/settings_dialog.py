"""Settings > Analysis settings: every field of :class:`Settings`, saved in the project."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.engine.spec import Settings


class SettingsDialog(QDialog):
    """Edit the analysis settings; :meth:`settings` returns the edited copy."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis settings"))
        self._original = settings
        self.grain = QComboBox(self)
        for value, text in (("day", self.tr("Day")), ("week", self.tr("Week")),
                            ("month", self.tr("Month")), ("quarter", self.tr("Quarter")),
                            ("year", self.tr("Year"))):
            self.grain.addItem(text, value)
        self.week_start = QComboBox(self)
        for i, text in enumerate((self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                                  self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                                  self.tr("Sunday"))):
            self.week_start.addItem(text, i)
        self.calendar = QComboBox(self)
        self.calendar.addItem(self.tr("Gregorian"), "gregorian")
        self.calendar.addItem(self.tr("Jalali (Persian)"), "jalali")
        self.window = QSpinBox(self)
        self.window.setRange(1, 3650)
        self.window.setSuffix(self.tr(" days"))
        self.window.setToolTip(self.tr("A customer is active on a day if they ordered in the "
                                       "previous W days (including that day)."))
        self.policy = QComboBox(self)
        self.policy.addItem(self.tr("Net (returns and cancellations subtract)"), "net")
        self.policy.addItem(self.tr("Gross (ignore returns)"), "gross")
        self.margin = QDoubleSpinBox(self)
        self.margin.setRange(0.0, 100.0)
        self.margin.setDecimals(1)
        self.margin.setSuffix(" %")
        self.min_n = QSpinBox(self)
        self.min_n.setRange(1, 100_000)
        self.min_n.setToolTip(self.tr("Cohort cells with fewer customers are marked low-confidence."))
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(8)
        self.currency.setPlaceholderText(self.tr("e.g. £, €, تومان"))

        form = QFormLayout()
        form.addRow(self.tr("Period grain"), self.grain)
        form.addRow(self.tr("Week starts on"), self.week_start)
        form.addRow(self.tr("Calendar"), self.calendar)
        form.addRow(self.tr("Activity window W"), self.window)
        form.addRow(self.tr("Revenue policy"), self.policy)
        form.addRow(self.tr("Gross margin"), self.margin)
        form.addRow(self.tr("Minimum customers per cohort cell"), self.min_n)
        form.addRow(self.tr("Currency symbol"), self.currency)
        note = QLabel(self.tr("Settings are saved in the project file."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.load(Settings()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.load(settings)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(i, 0))

    def load(self, s: Settings) -> None:
        """Show ``s`` in the widgets."""
        self._select(self.grain, s.grain)
        self._select(self.week_start, s.week_start)
        self._select(self.calendar, s.calendar)
        self.window.setValue(s.activity_window_days)
        self._select(self.policy, s.revenue_policy)
        self.margin.setValue(s.gross_margin_pct)
        self.min_n.setValue(s.min_cell_n)
        self.currency.setText(s.currency)

    def settings(self) -> Settings:
        """The settings as edited (unknown future fields keep their old values)."""
        return self._original.with_(
            grain=self.grain.currentData(),
            week_start=int(self.week_start.currentData()),
            calendar=self.calendar.currentData(),
            activity_window_days=int(self.window.value()),
            revenue_policy=self.policy.currentData(),
            gross_margin_pct=float(self.margin.value()),
            min_cell_n=int(self.min_n.value()),
            currency=self.currency.text().strip(),
        )

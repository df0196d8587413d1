"""The import mapping dialog: preview of the first rows, detected role per column,
detected date order / encoding / warnings — all editable before the import runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.formatting import fmt_int

IGNORE = ""

FIELD_NAMES = {
    "order_id": QCoreApplication.translate("Fields", "Order / invoice number"),
    "customer_id": QCoreApplication.translate("Fields", "Customer ID"),
    "order_ts": QCoreApplication.translate("Fields", "Order date"),
    "revenue": QCoreApplication.translate("Fields", "Order amount"),
    "quantity": QCoreApplication.translate("Fields", "Quantity (line items)"),
    "unit_price": QCoreApplication.translate("Fields", "Unit price (line items)"),
    "status": QCoreApplication.translate("Fields", "Status (returns/cancellations)"),
    "channel": QCoreApplication.translate("Fields", "Channel"),
    "campaign": QCoreApplication.translate("Fields", "Campaign"),
    "country": QCoreApplication.translate("Fields", "Country"),
    "plan": QCoreApplication.translate("Fields", "Plan"),
    "product": QCoreApplication.translate("Fields", "Product"),
}

DATE_ORDER_NAMES = (
    ("iso", QCoreApplication.translate("Fields", "ISO (2024-03-01)")),
    ("day-first", QCoreApplication.translate("Fields", "Day first (01/03/2024)")),
    ("month-first", QCoreApplication.translate("Fields", "Month first (03/01/2024)")),
    ("excel-serial", QCoreApplication.translate("Fields", "Excel serial numbers")),
    ("yyyymmdd", QCoreApplication.translate("Fields", "Compact (20240301)")),
    ("jalali", QCoreApplication.translate("Fields", "Jalali (1403/05/12)")),
    ("native", QCoreApplication.translate("Fields", "Real dates (Excel)")),
)


def target_fields(target: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(required, optional) fields of an import target, from the importer."""
    from retention_desktop.core.importer.roles import TARGET_FIELDS

    return TARGET_FIELDS.get(target, ((), ()))


class MappingDialog(QDialog):
    """Shows a :class:`~retention_desktop.core.importer.options.Preview` for editing.

    Signals
    -------
    repreviewRequested(object)
        The user changed something that needs a new preview (sheet, encoding): carries
        the new ``ImportOptions``.

    Parameters
    ----------
    preview : Preview
        The importer's preview of the files.
    options : ImportOptions
        The options the preview was made with.
    pseudonymised_project : bool
        The project already stores pseudonyms: the importer pseudonymises this import
        too, so the option is shown switched on and locked.
    parent : QWidget, optional
        Qt parent.
    """

    repreviewRequested = Signal(object)

    def __init__(self, preview, options, parent: QWidget | None = None, *,
                 pseudonymised_project: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the columns before importing"))
        self.resize(980, 700)
        self.preview = preview
        self.options = options

        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        self.target = QComboBox(self)
        for key, text in (("orders", self.tr("Orders / invoices")), ("customers", self.tr("Customers")),
                          ("activity", self.tr("Sessions / activity")),
                          ("assignments", self.tr("A/B assignments")),
                          ("spend", self.tr("Marketing spend")), ("survey", self.tr("Survey (NPS/CSAT)"))):
            self.target.addItem(text, key)
        self.sheet = QComboBox(self)
        self.date_order = QComboBox(self)
        for key, text in DATE_ORDER_NAMES:
            self.date_order.addItem(text, key)
        self.encoding_label = QLabel(self)
        self.header_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Files"), self.files_label)
        form.addRow(self.tr("What is in them"), self.target)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Date format"), self.date_order)
        form.addRow(self.tr("Encoding / separator"), self.encoding_label)
        form.addRow(self.tr("Header row"), self.header_label)
        form.addRow(self.tr("Privacy"), self._privacy_box(
            options.pseudonymise or pseudonymised_project, pseudonymised_project))

        self.roles = QTableWidget(self)
        self.roles.setColumnCount(3)
        self.roles.setHorizontalHeaderLabels([self.tr("Column in your file"), self.tr("Use as"),
                                              self.tr("Detected by")])
        self.roles.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roles.horizontalHeader().setStretchLastSection(True)
        self.roles.verticalHeader().hide()
        self.rows = QTableWidget(self)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.warnings = QListWidget(self)
        self.warnings.setMaximumHeight(90)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020;")

        roles_box = QGroupBox(self.tr("Columns"), self)
        QVBoxLayout(roles_box).addWidget(self.roles)
        rows_box = QGroupBox(self.tr("First rows"), self)
        QVBoxLayout(rows_box).addWidget(self.rows)
        middle = QHBoxLayout()
        middle.addWidget(roles_box, 2)
        middle.addWidget(rows_box, 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(middle, 1)
        layout.addWidget(QLabel(self.tr("Warnings"), self))
        layout.addWidget(self.warnings)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.sheet.activated.connect(self._sheet_changed)
        self.target.activated.connect(self._target_changed)
        self.set_preview(preview)

    def _privacy_box(self, checked: bool, locked: bool) -> QWidget:
        """The pseudonymisation option with a one-line explanation of what it means."""
        box = QWidget(self)
        self.pseudonymise = QCheckBox(
            self.tr("Pseudonymise customer ids, e-mails and phone numbers"), box)
        self.pseudonymise.setChecked(checked)
        self.pseudonymise.setEnabled(not locked)
        self._privacy_locked = locked
        if locked:
            text = self.tr("This project already stores pseudonymised customers, so this "
                           "import is pseudonymised too: mixing real and pseudonymised ids "
                           "would split each customer in two.")
        else:
            text = self.tr("Only a salted hash of each value is stored; this cannot be undone. "
                           "The salt stays in this project, so the same customer still "
                           "matches across imports.")
        self.privacy_note = QLabel(text, box)
        self.privacy_note.setWordWrap(True)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(self.pseudonymise)
        box_layout.addWidget(self.privacy_note)
        return box

    # ------------------------------------------------------------------ filling
    def set_preview(self, preview) -> None:
        """Show a (new) preview."""
        self.preview = preview
        names = [str(f).replace("\\", "/").rsplit("/", 1)[-1] for f in preview.files]
        self.files_label.setText(", ".join(names[:6]) + (self.tr(" and {0} more").format(fmt_int(len(names) - 6))
                                                         if len(names) > 6 else ""))
        i = self.target.findData(preview.target)
        self.target.setCurrentIndex(max(i, 0))
        self.sheet.clear()
        for name in preview.sheets or ():
            self.sheet.addItem(name, name)
        if preview.sheet:
            self.sheet.setCurrentIndex(max(self.sheet.findData(preview.sheet), 0))
        self.sheet.setEnabled(len(preview.sheets or ()) > 1)
        j = self.date_order.findData(preview.date_order)
        self.date_order.setCurrentIndex(max(j, 0))
        self.date_order.setToolTip(self.tr("Detected from the data. Day and month could not be "
                                           "told apart: please check.") if preview.date_ambiguous
                                   else self.tr("Detected from the data."))
        enc = preview.encoding or "—"
        sep = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"),
               "|": self.tr("pipe"), " ": self.tr("spaces")}.get(preview.delimiter or "",
                                                               preview.delimiter or "—")
        self.encoding_label.setText(f"{enc} / {sep}" if preview.delimiter else enc)
        self.header_label.setText(self.tr("yes (row {0})").format(fmt_int((preview.header_row or 0) + 1))
                                  if preview.has_header else self.tr("no header: columns are numbered"))
        self._fill_roles()
        self._fill_rows()
        self.warnings.clear()
        warnings = list(preview.warnings)
        if preview.date_ambiguous:
            warnings.insert(0, self.tr("The dates could be day-first or month-first; check the "
                                       "date format above."))
        self.warnings.addItems(warnings or [self.tr("No warnings.")])
        self._validate()
        self._update_privacy()

    def _fill_roles(self) -> None:
        required, optional = target_fields(self.target.currentData())
        fields = list(required) + list(optional)
        mapping = dict(self.preview.mapping)
        inverse = {col: fld for fld, col in mapping.items()}
        how = {g.column: g.how for g in self.preview.roles}
        self.roles.setRowCount(len(self.preview.columns))
        for r, col in enumerate(self.preview.columns):
            item = QTableWidgetItem(col)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.roles.setItem(r, 0, item)
            combo = QComboBox(self.roles)
            combo.addItem(self.tr("(keep as extra column)"), IGNORE)
            for f in fields:
                label = FIELD_NAMES.get(f, f)
                combo.addItem(label + (" *" if f in required else ""), f)
            combo.setCurrentIndex(max(combo.findData(inverse.get(col, IGNORE)), 0))
            combo.currentIndexChanged.connect(self._validate)
            self.roles.setCellWidget(r, 1, combo)
            how_text = {"header": self.tr("header name"), "content": self.tr("content"),
                        "saved": self.tr("saved mapping"), "user": self.tr("you")}.get(
                how.get(col, ""), "")
            how_item = QTableWidgetItem(how_text)
            how_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.roles.setItem(r, 2, how_item)

    def _fill_rows(self) -> None:
        cols = list(self.preview.columns)
        rows = list(self.preview.rows)
        self.rows.setColumnCount(len(cols))
        self.rows.setHorizontalHeaderLabels(cols)
        self.rows.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(cols)]):
                self.rows.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.rows.resizeColumnsToContents()

    # ------------------------------------------------------------------ reading back
    def mapping(self) -> dict[str, str]:
        """``{field: source column}`` as chosen."""
        out: dict[str, str] = {}
        for r, col in enumerate(self.preview.columns):
            combo = self.roles.cellWidget(r, 1)
            fld = combo.currentData() if combo is not None else IGNORE
            if fld:
                out[fld] = col
        return out

    def set_role(self, column: str, field: str) -> None:
        """Choose the role of ``column`` (used by tests and keyboard users)."""
        r = list(self.preview.columns).index(column)
        combo = self.roles.cellWidget(r, 1)
        combo.setCurrentIndex(combo.findData(field))

    def problems(self) -> list[str]:
        """What stops the import (missing required fields, a field used twice)."""
        required, _optional = target_fields(self.target.currentData())
        chosen = []
        for r in range(self.roles.rowCount()):
            combo = self.roles.cellWidget(r, 1)
            if combo is not None and combo.currentData():
                chosen.append(combo.currentData())
        out = [self.tr("Choose the column for: {0}").format(FIELD_NAMES.get(f, f))
               for f in required if f not in chosen]
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        out += [self.tr("{0} is chosen for more than one column").format(FIELD_NAMES.get(f, f))
                for f in twice]
        return out

    def _validate(self) -> None:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.import_button.setEnabled(not problems)

    def chosen_options(self):
        """The ImportOptions to import with."""
        from dataclasses import replace

        return replace(
            self.options,
            target=self.target.currentData(),
            sheet=self.sheet.currentData() if self.sheet.count() else self.options.sheet,
            mapping=self.mapping(),
            date_order=self.date_order.currentData(),
            pseudonymise=self.pseudonymise.isChecked() and self.pseudonymise.isEnabled()
            or self._privacy_locked,
        )

    def _sheet_changed(self) -> None:
        from dataclasses import replace

        self.repreviewRequested.emit(replace(self.options, sheet=self.sheet.currentData(),
                                             mapping=()))

    def _target_changed(self) -> None:
        self._fill_roles()
        self._validate()
        self._update_privacy()

    def _update_privacy(self) -> None:
        """Marketing spend has no customers: nothing to pseudonymise (and no salt to create)."""
        if self._privacy_locked:
            return
        required, optional = target_fields(self.target.currentData())
        has_people = bool({"customer_id", "email", "phone"} & {*required, *optional})
        self.pseudonymise.setEnabled(has_people)
        self.pseudonymise.setToolTip("" if has_people else self.tr(
            "These files hold no customer ids, e-mails or phone numbers."))

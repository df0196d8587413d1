"""The import mapping dialog: preview of the first rows, detected role per column,
detected date order / encoding / warnings — all editable before the import runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.formatting import fmt_int
from retention_desktop.ui import fmt
from retention_desktop.ui.i18n import tr_core

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
    "product_id": QCoreApplication.translate("Fields", "Product code / SKU"),
    "product_name": QCoreApplication.translate("Fields", "Product name"),
    "category": QCoreApplication.translate("Fields", "Product category"),
    "brand": QCoreApplication.translate("Fields", "Brand"),
    "product_variant": QCoreApplication.translate("Fields", "Product variant (size, colour)"),
    "email": QCoreApplication.translate("Fields", "Customer e-mail"),
    "phone": QCoreApplication.translate("Fields", "Customer phone"),
    "name": QCoreApplication.translate("Fields", "Customer name"),
    "order_total": QCoreApplication.translate("Fields", "Order total (once per order)"),
    "refund": QCoreApplication.translate("Fields", "Refunded amount"),
    "adjusted_total": QCoreApplication.translate("Fields", "Total after refunds"),
    "order_time": QCoreApplication.translate("Fields", "Order time"),
    "row_type": QCoreApplication.translate("Fields", "Row type (sale/refund)"),
}

# Who a customer is, best first (the importer takes the first one a row has).
IDENTITY_FIELDS = ("customer_id", "email", "phone", "name")
IDENTITY_NAMES = {
    "customer_id": QCoreApplication.translate("Fields", "customer ID"),
    "email": QCoreApplication.translate("Fields", "e-mail"),
    "phone": QCoreApplication.translate("Fields", "phone"),
    "name": QCoreApplication.translate("Fields", "name"),
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
    sampleRequested(object)
        The user changed a column's role, the date format or the target: the first
        orders must be rebuilt (:meth:`set_sample`) for these ``ImportOptions``.

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
    sampleRequested = Signal(object)

    def __init__(self, preview, options, parent: QWidget | None = None, *,
                 pseudonymised_project: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the columns before importing"))
        self.resize(1000, 720)
        self.preview = preview
        self.options = options
        self._sample = None

        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        self.target = QComboBox(self)
        for key, text in (("orders", self.tr("Orders / invoices")), ("customers", self.tr("Customers")),
                          ("activity", self.tr("Sessions / activity")),
                          ("assignments", self.tr("A/B assignments")),
                          ("spend", self.tr("Marketing spend")), ("survey", self.tr("Survey (NPS/CSAT)"))):
            self.target.addItem(text, key)
        self.layout_label = QLabel(self)
        self.currency_label = QLabel(self)
        self.identity_label = QLabel(self)
        self.identity_label.setWordWrap(True)
        self.sheet = QComboBox(self)
        self.date_order = QComboBox(self)
        for key, text in DATE_ORDER_NAMES:
            self.date_order.addItem(text, key)
        self.encoding_label = QLabel(self)
        self.header_label = QLabel(self)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Files"), self.files_label)
        form.addRow(self.tr("What is in them"), self.target)
        form.addRow(self.tr("Recognised as"), self.layout_label)
        form.addRow(self.tr("Customers"), self.identity_label)
        form.addRow(self.tr("Currency"), self.currency_label)
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
        header = self.roles.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.roles.verticalHeader().hide()
        self.orders = QTableWidget(self)
        self.orders.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.orders.setColumnCount(5)
        # the amount next to the order (a long e-mail as customer must not push it away)
        self.orders.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Date"),
                                               self.tr("Amount"), self.tr("Lines"),
                                               self.tr("Customer")])
        self.orders.horizontalHeader().setStretchLastSection(True)
        self.orders.verticalHeader().hide()
        self.orders_note = QLabel(self)
        self.orders_note.setWordWrap(True)
        self.rows = QTableWidget(self)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.warnings = QListWidget(self)
        self.warnings.setMaximumHeight(60)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020;")

        roles_box = QGroupBox(self.tr("Columns"), self)
        QVBoxLayout(roles_box).addWidget(self.roles)
        orders_box = QGroupBox(self.tr("First orders as they will be stored"), self)
        orders_layout = QVBoxLayout(orders_box)
        orders_layout.addWidget(self.orders, 1)
        orders_layout.addWidget(self.orders_note)
        rows_box = QGroupBox(self.tr("First rows of the file"), self)
        QVBoxLayout(rows_box).addWidget(self.rows)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(orders_box)
        right.addWidget(rows_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([270, 150])
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.addWidget(roles_box)
        middle.addWidget(right)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        middle.setSizes([540, 440])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(middle, 1)
        layout.addWidget(QLabel(self.tr("Warnings"), self))
        layout.addWidget(self.warnings)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        # One rebuild of the first orders after a burst of changes, not one per change.
        self._sample_timer = QTimer(self)
        self._sample_timer.setSingleShot(True)
        self._sample_timer.setInterval(150)
        self._sample_timer.timeout.connect(lambda: self.sampleRequested.emit(
            self.chosen_options()))
        self.sheet.activated.connect(lambda _i: self._sheet_changed())
        self.target.activated.connect(lambda _i: self._target_changed())
        self.date_order.activated.connect(lambda _i: self._sample_timer.start())
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
        self.form.setRowVisible(self.sheet, bool(preview.sheets))  # text files have none
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
        # header_row is the file's own row number (1 = the first line)
        if not preview.has_header:
            self.header_label.setText(self.tr("no header: columns are numbered"))
        elif preview.header_row:
            self.header_label.setText(self.tr("yes, row {0}").format(
                fmt.integer(preview.header_row)))
        else:
            self.header_label.setText(self.tr("yes"))
        layout = getattr(preview, "layout", None)  # set by importers that know platforms
        self.layout_label.setText(
            tr_core(layout, "Layouts") if layout
            else self.tr("no known shop export: columns detected from their names and contents"))
        self._fill_roles()
        self._fill_rows()
        self._fill_warnings()
        self._validate()
        self._update_privacy()

    def _fill_warnings(self) -> None:
        """The preview's warnings in GUI terms, and how many rows will be guest orders."""
        preview = self.preview
        self.warnings.clear()
        # The importer's "--map FIELD=COLUMN" advice is for the command line; here the
        # problem line below says which "Use as" choice is missing.
        warnings = [w for w in preview.warnings if "--map " not in w
                    and not (preview.date_ambiguous and w.startswith("Dates could be"))]
        if preview.date_ambiguous:
            warnings.insert(0, self.tr("The dates could be day-first or month-first; check the "
                                       "date format above."))
        sample = self._sample
        if sample is not None and self.target.currentData() == "orders":
            if sample.guest_rows is None:
                warnings.append(self.tr("No column is used for the customer: every order will "
                                        "count as a guest order."))
            elif sample.guest_rows:
                warnings.append(self.tr("{0} rows have no customer id: they will count as "
                                        "guest orders.").format(fmt.integer(sample.guest_rows)))
        self.warnings.addItems(warnings or [self.tr("No warnings.")])

    def _stored_time(self, value) -> str:
        """An order's time as the project will show it: a Jalali file makes a new project
        Jalali (``core.importer.calendar_hint``), so its dates are previewed in Jalali, next
        to the raw rows that read the same; other files in the project's calendar."""
        if self.date_order.currentData() != "jalali":
            return fmt.timestamp(value)
        from retention_desktop.core import formatting

        loc = formatting.current_locale().with_(calendar="jalali")
        text = str(value) if value is not None else ""
        day = formatting.fmt_date(text[:10], "short", loc=loc) if text else "—"
        if len(text) >= 16 and text[10] in " T":
            return f"{day} {formatting.to_local_digits(text[11:16])}"
        return day

    def set_sample(self, sample) -> None:
        """Show the first orders as they will be stored (a ``core.importer.sample.
        OrderSample``) and the count of rows without a customer."""
        self._sample = sample
        orders = list(getattr(sample, "orders", ()) or ())
        currency = getattr(sample, "currency", None) or ""
        self._show_currency(currency)
        self.orders.setRowCount(len(orders))
        for r, o in enumerate(orders):
            customer = o.customer_id if o.customer_id else self.tr("guest")
            if o.kind != "order":
                customer += " · " + (self.tr("return") if o.kind == "return"
                                     else self.tr("cancellation"))
            cells = (o.order_id, self._stored_time(o.order_ts), fmt.money(o.revenue, currency),
                     fmt.integer(o.lines), customer)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.orders.setItem(r, c, item)
        self.orders.resizeColumnsToContents()
        if getattr(sample, "problem", None):
            self.orders_note.setText(self.tr("No orders yet: see below what is missing."))
        elif not orders and self.target.currentData() == "orders":
            self.orders_note.setText(self.tr("No order could be read from the first rows."))
        else:
            self.orders_note.setText(self.tr("Check that the amounts look right: this is what "
                                             "the import will store."))
        self._fill_warnings()
        self._validate()

    def _show_currency(self, code: str) -> None:
        """The currency the file names (kept with the project), or how to set one."""
        from retention_desktop.core import formatting

        if code:
            loc = formatting.current_locale()
            name = formatting.currency_label(loc.with_(currency=code, money_unit="as_is"))
            self.currency_label.setText(self.tr("{0} (named in the file; kept with the "
                                                "project)").format(name))
        else:
            self.currency_label.setText(self.tr("not named in the file: set it in Settings "
                                                "if you want it shown with amounts"))

    def _update_identity(self) -> None:
        """Say which columns identify a customer, best first (as the importer uses them)."""
        mapping = self.mapping()
        used = [f for f in IDENTITY_FIELDS if f in mapping]
        if self.target.currentData() != "orders":
            self.identity_label.setText("—")
        elif not used:
            self.identity_label.setText(self.tr("no customer column: every order is a guest "
                                                "order"))
        else:
            parts = [self.tr("{0} \u201c{1}\u201d").format(IDENTITY_NAMES[f], mapping[f])
                     for f in used]
            self.identity_label.setText(self.tr("recognised by {0}").format(
                self.tr(", else ").join(parts)))

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
            combo.currentIndexChanged.connect(lambda _i: self._roles_changed())
            self.roles.setCellWidget(r, 1, combo)
            how_text = {"header": self.tr("header name"), "content": self.tr("content"),
                        "saved": self.tr("saved mapping"), "user": self.tr("you"),
                        "layout": self.tr("export layout")}.get(
                how.get(col, ""), "")
            how_item = QTableWidgetItem(how_text)
            how_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.roles.setItem(r, 2, how_item)
        # "Detected by" must stay in view: long column names and role names are elided
        self.roles.resizeColumnToContents(0)
        self.roles.setColumnWidth(0, min(self.roles.columnWidth(0), 150))
        self.roles.resizeColumnToContents(1)
        self.roles.setColumnWidth(1, min(self.roles.columnWidth(1), 210))
        self._update_identity()

    def _roles_changed(self) -> None:
        self._validate()
        self._update_identity()
        self._sample_timer.start()

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

    def chosen_mapping(self) -> dict[str, str]:
        """:meth:`mapping` plus ``field: ""`` for every offered field left unused, so that
        "(keep as extra column)" is what the import does (not a guess of its own)."""
        required, optional = target_fields(self.target.currentData())
        chosen = self.mapping()
        return {**{f: IGNORE for f in (*required, *optional) if f not in chosen}, **chosen}

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
        out = [self.tr("Choose which column is the {0} (in \u201cUse as\u201d).").format(
            FIELD_NAMES.get(f, f)) for f in required if f not in chosen]
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        out += [self.tr("{0} is chosen for more than one column").format(FIELD_NAMES.get(f, f))
                for f in twice]
        if self.no_data_rows():
            out.insert(0, self.tr("This file has no data rows: there is nothing to import."))
        elif self._sample is not None and getattr(self._sample, "problem", None) and \
                self.target.currentData() == "orders" and not out:
            # what the importer itself refuses (e.g. no money column), without its
            # command-line advice ("... or with --map revenue=COLUMN")
            reason = self._sample.problem.split(" Choose it in", 1)[0]
            out.append(self.tr("No orders can be built with these columns: {0}").format(reason))
        return out

    def no_data_rows(self) -> bool:
        """One file that holds column names and nothing else."""
        sample = self._sample
        if sample is not None and getattr(sample, "data_rows", None) is not None \
                and self.target.currentData() == "orders" and sample.problem is None:
            return len(self.preview.files) == 1 and sample.data_rows == 0
        return len(self.preview.files) == 1 and not self.preview.rows

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
            mapping=self.chosen_mapping(),
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
        self._fill_warnings()
        self._validate()
        self._update_privacy()
        self._sample_timer.start()

    def _update_privacy(self) -> None:
        """Marketing spend has no customers: nothing to pseudonymise (and no salt to create)."""
        if self._privacy_locked:
            return
        required, optional = target_fields(self.target.currentData())
        has_people = bool({"customer_id", "email", "phone"} & {*required, *optional})
        self.pseudonymise.setEnabled(has_people)
        self.pseudonymise.setToolTip("" if has_people else self.tr(
            "These files hold no customer ids, e-mails or phone numbers."))

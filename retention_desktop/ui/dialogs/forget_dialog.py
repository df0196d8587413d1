"""Forget a customer: delete every row about one customer on request (right to erasure).

The user types the id as in their exports (or picks the customer shown in the Customers
tab); the dialog shows what would be deleted (counted by
:func:`~retention_desktop.core.store.forget.forget_preview`), and an explicit
destructive button runs :func:`~retention_desktop.core.store.forget.forget_job` in the
task runner. Afterwards every tab is refreshed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext

PREVIEW_KEY = "forget-preview"
FORGET_KEY = "forget"


class ForgetDialog(QDialog):
    """Find one customer, show what would be deleted, delete it after an explicit click.

    Parameters
    ----------
    ctx : AppContext
        The app context (open project and task runner).
    parent : QWidget, optional
        Parent window.
    customer_id : str
        Pre-filled id (the customer selected in the Customers tab), looked up at once.

    Signals
    -------
    forgotten(object)
        The deletion committed: carries ``{table: rows deleted}``.
    """

    forgotten = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 customer_id: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview = None  # ForgetPreview of the id now in the field
        self.running = False
        self.setWindowTitle(self.tr("Forget a customer"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("Deletes everything this project holds about one customer "
                               "(orders, returns, contact details, activity, A/B assignments, "
                               "survey answers), for example when a customer asks you to. "
                               "Type the customer id as it appears in your exports."), self)
        intro.setWordWrap(True)
        self.customer = QLineEdit(customer_id, self)
        self.customer.setPlaceholderText(self.tr("Customer id"))
        self.customer.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Customer id"), self))
        row.addWidget(self.customer, 1)
        row.addWidget(self.find_button)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # room for the longest answer (seven counts and two notes) without resizing
        self.result.setMinimumHeight(10 * self.result.fontMetrics().lineSpacing())
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.delete_button = self.buttons.addButton(self.tr("Delete permanently"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setEnabled(False)
        self.delete_button.setStyleSheet("QPushButton:enabled { color: #B00020; "
                                         "font-weight: bold; }")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.customer.textChanged.connect(self._text_changed)
        self.customer.returnPressed.connect(self.find)
        self.find_button.clicked.connect(self.find)
        self._text_changed()
        not_writable = self._writable_message()
        if not_writable:
            self.result.setText(not_writable)
            self.customer.setEnabled(False)
            self.find_button.setEnabled(False)
        elif customer_id:
            self.find()

    # ------------------------------------------------------------------ looking up
    def customer_id(self) -> str:
        """The id in the field, without surrounding spaces."""
        return self.customer.text().strip()

    def _writable_message(self) -> str:
        store = self.ctx.store
        if store is None:
            return self.tr("Open a project first.")
        if store.read_only or self.ctx.is_demo:
            return self.tr("This project is open read-only (or is the demo shop): nothing "
                           "can be deleted from it.")
        return ""

    def _text_changed(self) -> None:
        self.preview = None
        self.delete_button.setEnabled(False)
        self.find_button.setEnabled(bool(self.customer_id()) and not self.running)
        if not self.running:
            self.result.setText("")

    def find(self) -> None:
        """Count in the background what forgetting the typed id would delete."""
        from retention_desktop.core.store.forget import forget_preview

        cid = self.customer_id()
        if not cid or self.running or self._writable_message():
            return
        self.result.setText(self.tr("Looking for customer “{0}”…").format(cid))
        self.ctx.runner.submit(PREVIEW_KEY, forget_preview, self.ctx.store, cid,
                               on_result=self._show_preview,
                               label=self.tr("Looking for the customer…"))

    def _show_preview(self, preview) -> None:
        if preview.customer_id != self.customer_id() or self.running:
            return  # the user typed on meanwhile
        self.preview = preview
        if preview.total == 0:
            text = self.tr("There is no data about customer “{0}” in this project. Check "
                           "the id as it appears in your exports.").format(preview.customer_id)
            self.result.setText(text)
            self.delete_button.setEnabled(False)
            return
        lines = [self.tr("Found customer “{0}”. These rows will be deleted:")
                 .format(preview.customer_id)]
        lines += ["• " + line for line in self._count_lines(preview.counts, preview.orders)]
        if preview.pseudonymised:
            lines.append(self.tr("This project stores pseudonyms: the id you typed was looked "
                                 "up through its pseudonym."))
        lines.append(self.tr("This cannot be undone."))
        self.result.setText("\n".join(lines))
        self.delete_button.setEnabled(True)

    def _count_lines(self, counts: dict[str, int], orders: int | None = None) -> list[str]:
        """Translated ``what: how many`` lines for the non-zero tables."""
        out = []
        if orders is not None and counts.get("orders"):
            out.append(self.tr("Orders: {0}").format(fmt.integer(orders)))
            if counts["orders"] - orders:
                out.append(self.tr("Returns and cancellations: {0}")
                           .format(fmt.integer(counts["orders"] - orders)))
        elif counts.get("orders"):
            out.append(self.tr("Orders, returns and cancellations: {0}")
                       .format(fmt.integer(counts["orders"])))
        names = {"line_items": self.tr("Product lines of these orders: {0}"),
                 "customers": self.tr("Customer records (contact details): {0}"),
                 "activity": self.tr("Sessions / activity: {0}"),
                 "assignments": self.tr("A/B assignments: {0}"),
                 "survey": self.tr("Survey answers: {0}"),
                 "rejected_rows": self.tr("Rejected import rows: {0}")}
        out += [text.format(fmt.integer(counts[key])) for key, text in names.items()
                if counts.get(key)]
        return out

    # ------------------------------------------------------------------ deleting
    def delete(self) -> None:
        """Delete the found customer's rows in the background (one transaction)."""
        from retention_desktop.core.store.forget import forget_job

        if self.preview is None or self.preview.total == 0 or self.running:
            return
        self._set_running(True)
        self.result.setText(self.tr("Deleting the data of customer “{0}”…")
                            .format(self.preview.customer_id))
        self.ctx.runner.submit(FORGET_KEY, forget_job, self.ctx.store, self.preview.customer_id,
                               on_result=self._deleted, on_error=self._failed,
                               on_cancelled=self._cancelled,
                               label=self.tr("Deleting a customer's data…"))

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.customer.setEnabled(not running)
        self.find_button.setEnabled(not running and bool(self.customer_id()))
        self.delete_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _deleted(self, counts: dict[str, int]) -> None:
        cid = self.preview.customer_id if self.preview is not None else self.customer_id()
        self._set_running(False)
        self.preview = None
        lines = [self.tr("The data of customer “{0}” was deleted:").format(cid)]
        lines += ["• " + line for line in self._count_lines(counts)]
        self.result.setText("\n".join(lines))
        self.ctx.notify_data_changed()
        self.forgotten.emit(counts)

    def _failed(self, error) -> None:
        self._set_running(False)
        self.result.setText(self.tr("Nothing was deleted: {0}").format(error.message))

    def _cancelled(self) -> None:
        self._set_running(False)
        self.result.setText(self.tr("Cancelled, nothing was deleted."))

    def reject(self) -> None:
        """Close; while deleting, cancel instead (the transaction rolls back)."""
        if self.running:
            self.ctx.runner.cancel(FORGET_KEY)
            return
        self.ctx.runner.cancel(PREVIEW_KEY)
        super().reject()

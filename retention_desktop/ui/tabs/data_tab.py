"""Data tab: bring files in (drop or pick), check the mapping, import in the background,
see what the project holds, the import history and the rejected rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.engine.info import data_summary
from retention_desktop.core.store import queries
from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.tabs.base import AnalysisTab
from retention_desktop.ui.widgets.table import DataTable

FILE_FILTER = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls"


def _call_preview(store, paths, options):
    """The importer's preview plus the first orders as they will be stored (one read of
    the file; a ``core.importer.sample.PreviewWithOrders``)."""
    from retention_desktop.core.importer.sample import preview_with_orders

    return preview_with_orders(paths, options, store=store)


def _first_preview(store, paths, options):
    """The preview, and whether the project already stores pseudonyms (the mapping
    dialog then shows the pseudonymisation option locked on)."""
    from retention_desktop.core.store.pseudonym import is_pseudonymised

    return _call_preview(store, paths, options), is_pseudonymised(store)


def _sample_job(sampler, options):
    """The first orders again, for the columns the user has just chosen."""
    return sampler.sample(options.mapping_dict, options.date_order)


def _import_job(store, paths, options, token):
    """The importer's generator (runs in the task runner)."""
    from retention_desktop.core.importer import import_files

    return (yield from import_files(store, paths, options, token))


class DropZone(QFrame):
    """Accepts dropped files and folders."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        self.label = QLabel(self.tr("Drop your shop's CSV or Excel exports (or a folder of them) "
                                    "here"), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class DataTab(AnalysisTab):
    """Import and inspect the project's data."""

    importFinished = Signal(object)  # ImportSummary (tests and the window listen)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.mapping_dialog = None
        self.sampler = None  # the open mapping dialog's OrderSampler
        self.pending_paths: list[str] = []
        self.last_summary = None
        self.pseudonymising = False  # the running import pseudonymises (result text)

        self.drop = DropZone(self)
        self.drop.dropped.connect(self.start_import)
        files_button = QPushButton(self.tr("Choose files…"), self)
        files_button.clicked.connect(self.pick_files)
        folder_button = QPushButton(self.tr("Choose a folder…"), self)
        folder_button.clicked.connect(self.pick_folder)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(lambda: self.ctx.runner.cancel("import"))
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.drop, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(files_button)
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        run = QHBoxLayout()
        run.addWidget(self.progress_label)
        run.addWidget(self.progress, 1)
        run.addWidget(self.cancel_button)

        # data-quality summary
        self.summary_box = QGroupBox(self.tr("What this project holds"), self)
        self.summary_form = QFormLayout(self.summary_box)
        self.summary_labels: dict[str, QLabel] = {}
        for key, text in (("orders", self.tr("Orders")), ("customers", self.tr("Customers")),
                          ("range", self.tr("Date range")), ("guests", self.tr("Guest orders")),
                          ("returns", self.tr("Returns / cancellations")),
                          ("duplicates", self.tr("Duplicate order numbers")),
                          ("rejected", self.tr("Rejected rows")),
                          ("extras", self.tr("Other tables"))):
            label = QLabel("—", self.summary_box)
            label.setWordWrap(True)
            self.summary_labels[key] = label
            self.summary_form.addRow(text, label)

        self.history = DataTable("", "import-history", self)
        self.rejected = DataTable("", "rejected-rows", self)
        lower = QTabWidget(self)
        lower.addTab(self.history, self.tr("Import history"))
        lower.addTab(self.rejected, self.tr("Rejected rows"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.summary_box)
        split.addWidget(lower)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 820])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(run)
        layout.addWidget(self.result_label)
        layout.addWidget(split, 1)

        self.follow_context(filter=False, settings=False)  # the rows, not the filter

    # ------------------------------------------------------------------ picking files
    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose files to import"), str(Path.home()),
            self.tr("Shop exports ({0});;All files (*)").format(FILE_FILTER))
        if paths:
            self.start_import(paths)

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of exports"),
                                                  str(Path.home()))
        if folder:
            self.start_import([folder])

    # ------------------------------------------------------------------ import flow
    def start_import(self, paths: list[str], options=None) -> None:
        """Preview ``paths`` in the background, then open the mapping dialog."""
        store = self.ctx.store
        if store is None or store.read_only or self.ctx.is_demo:
            QMessageBox.information(self, self.tr("Import"),
                                    self.tr("Create or open your own project first "
                                            "(File > New project); the demo shop stays as it is."))
            return
        from retention_desktop.core.importer import ImportOptions

        self.pending_paths = [str(p) for p in paths]
        options = options or ImportOptions()
        self.progress_label.setText(self.tr("Reading the first rows…"))
        self.ctx.runner.submit("preview", _first_preview, store, self.pending_paths, options,
                               on_result=lambda r: self._show_mapping(r[0], options,
                                                                      pseudonymised=r[1]),
                               on_error=lambda e: self.progress_label.setText(""),
                               label=self.tr("Reading the first rows…"))

    def _show_mapping(self, result, options, pseudonymised: bool = False) -> None:
        from retention_desktop.ui.dialogs.mapping_dialog import MappingDialog

        self.progress_label.setText("")
        self.sampler = result.sampler
        if self.mapping_dialog is not None:  # a new preview for the open dialog (sheet change)
            self.mapping_dialog.options = options
            self.mapping_dialog.set_preview(result.preview)
            self.mapping_dialog.set_sample(result.sample)
            return
        dialog = MappingDialog(result.preview, options, self,
                               pseudonymised_project=pseudonymised)
        dialog.set_sample(result.sample)
        dialog.repreviewRequested.connect(
            lambda opts: self.ctx.runner.submit(
                "preview", _call_preview, self.ctx.store, self.pending_paths, opts,
                on_result=lambda p: self._show_mapping(p, opts)))
        dialog.sampleRequested.connect(self._resample)
        dialog.accepted.connect(lambda: self.run_import(dialog.chosen_options()))
        dialog.finished.connect(self._mapping_closed)
        self.mapping_dialog = dialog
        dialog.open()

    def _resample(self, options) -> None:
        """Rebuild the dialog's first orders in the background (newest request wins)."""
        dialog = self.mapping_dialog
        if dialog is None or self.sampler is None:
            return
        self.ctx.runner.submit(
            "import-sample", _sample_job, self.sampler, options,
            on_result=lambda sample: (self.mapping_dialog is dialog
                                      and dialog.set_sample(sample)))

    def _mapping_closed(self, _result: int) -> None:
        self.sampler = None
        if self.mapping_dialog is not None:
            self.mapping_dialog.deleteLater()
        self.mapping_dialog = None

    def run_import(self, options) -> None:
        """Import ``pending_paths`` with ``options`` in the background."""
        store = self.ctx.store
        self.pseudonymising = options.pseudonymise
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.progress_label.setText(self.tr("Importing…"))
        self.result_label.setText("")
        self.ctx.runner.submit(
            "import", _import_job, store, list(self.pending_paths), options,
            on_result=self._import_done, on_error=self._import_failed,
            on_progress=self._import_progress, on_cancelled=self._import_cancelled,
            label=self.tr("Importing…"))

    def _import_progress(self, progress) -> None:
        if progress.fraction >= 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * progress.fraction))
        else:
            self.progress.setRange(0, 0)
        if progress.message:
            self.progress_label.setText(progress.message)

    def _import_finished_ui(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.progress_label.setText("")

    def _import_done(self, summary) -> None:
        self._import_finished_ui()
        self.last_summary = summary
        d = summary.to_dict() if hasattr(summary, "to_dict") else dict(summary)
        rejected = d.get("rejected_rows", {}).get("count", 0)
        parts = [
            self.tr("Imported {0} rows: {1} orders, {2} customers, {3} guest rows.").format(
                fmt.integer(d.get("rows_read")), fmt.integer(d.get("orders_created")),
                fmt.integer(d.get("customers")), fmt.integer(d.get("guest_rows"))),
        ]
        if d.get("date_min"):
            parts.append(self.tr("Dates {0} to {1} (read as {2}).").format(
                self._import_day(d, "date_min"), self._import_day(d, "date_max"),
                self._date_order_words(d.get("date_order"))))
        if d.get("duplicates_skipped"):
            parts.append(self.tr("{0} orders were already in the project and were skipped.")
                         .format(fmt.integer(d["duplicates_skipped"])))
        if d.get("product_lines"):
            parts.append(self.tr("{0} product lines kept ({1} products).").format(
                fmt.integer(d["product_lines"]), fmt.integer(d.get("products"))))
        if d.get("lines_without_product"):
            parts.append(self.tr("{0} lines name no product (neither code nor name): their "
                                 "orders are imported, the lines are not kept as products.")
                         .format(fmt.integer(d["lines_without_product"])))
        if rejected:
            parts.append(self.tr("{0} rows could not be read: see Rejected rows.")
                         .format(fmt.integer(rejected)))
        if self.pseudonymising:
            parts.append(self.tr("Customer ids, e-mails and phone numbers were stored "
                                 "pseudonymised."))
        if d.get("currency"):
            from retention_desktop.core import formatting

            loc = formatting.current_locale().with_(currency=d["currency"])
            parts.append(self.tr("Amounts are in {0}.").format(formatting.currency_label(loc)))
        if d.get("calendar") == "jalali":
            parts.append(self.tr("The dates are Jalali, so the project now shows Jalali "
                                 "months and weeks from Saturday (Settings > Analysis "
                                 "settings to change it)."))
        self.result_label.setText(" ".join(parts))
        self.ctx.notify_data_changed()
        self.importFinished.emit(summary)

    @staticmethod
    def _import_day(d: dict, key: str) -> str:
        """An imported date in the project's calendar and the reader's digits; a Jalali
        file makes a new project Jalali (``core.importer.calendar_hint``) before the
        window's settings reload, so its dates are shown in Jalali already."""
        from retention_desktop.core import formatting

        loc = formatting.current_locale()
        if d.get("calendar") == "jalali":
            loc = loc.with_(calendar="jalali")
        try:
            return formatting.fmt_date(str(d[key])[:10], "short", loc=loc)
        except (TypeError, ValueError):
            return str(d[key])

    def _date_order_words(self, orders: str | None) -> str:
        """The importer's date orders (``"jalali"``, ``"day-first (assumed)"``, joined by
        commas) in the reader's words."""
        names = {"iso": self.tr("year-month-day"), "day-first": self.tr("day first"),
                 "month-first": self.tr("month first"),
                 "excel-serial": self.tr("Excel serial numbers"),
                 "yyyymmdd": self.tr("compact year-month-day"), "jalali": self.tr("Jalali"),
                 "native": self.tr("real dates")}
        words = []
        for part in (orders or "").split(","):
            key = part.strip()
            assumed = key.endswith(" (assumed)")
            key = key.removesuffix(" (assumed)")
            if not key:
                continue
            word = names.get(key, key)
            words.append(self.tr("{0}, assumed").format(word) if assumed else word)
        return fmt.join(words) or "—"

    def _import_failed(self, error) -> None:
        self._import_finished_ui()
        self.result_label.setText(self.tr("Import failed, nothing was changed: {0}")
                                  .format(error.message))

    def _import_cancelled(self) -> None:
        self._import_finished_ui()
        self.result_label.setText(self.tr("Import cancelled, nothing was changed."))

    # ------------------------------------------------------------------ what the project holds
    def refresh(self) -> None:
        """Reload the summary, history and rejected rows."""
        store = self.ctx.store
        if store is None:
            return
        self.submit("data-summary", data_summary, store, on_result=self._show_summary)
        self.submit("data-rejected", queries.rejected_rows, store, on_result=self._show_rejected)

    def _show_summary(self, info: dict) -> None:
        s = self.summary_labels
        orders = info["orders"]
        s["orders"].setText(fmt.integer(orders["order"]))
        s["customers"].setText(fmt.integer(info["customers"]))
        s["range"].setText(self.tr("{0} to {1}").format(fmt.day(info["date_min"][:10]),
                                                         fmt.day(info["date_max"][:10]))
                           if info.get("date_min") else self.tr("no orders yet"))
        s["guests"].setText(fmt.integer(info["guest_orders"]))
        s["returns"].setText(self.tr("{0} returns, {1} cancellations").format(
            fmt.integer(orders["return"]), fmt.integer(orders["cancel"])))
        s["duplicates"].setText(fmt.integer(info["duplicate_documents"]))
        s["rejected"].setText(fmt.integer(info["tables"]["rejected_rows"]))
        names = self._table_names()
        extras = [f"{names.get(name, name)}: {fmt.integer(n)}" for name, n in info["tables"].items()
                  if name not in ("orders", "rejected_rows") and n]
        s["extras"].setText(fmt.join(extras) or "—")
        self.history.set_frame(
            info["history"],
            headers={"import_id": self.tr("#"), "finished_at": self.tr("When"),
                     "files": self.tr("Files"), "target": self.tr("Kind"),
                     "rows": self.tr("Rows read"), "orders": self.tr("Orders"),
                     "rejected": self.tr("Rejected"), "status": self.tr("Status")},
            formatters={"finished_at": fmt.timestamp,
                        "target": lambda v: names.get(str(v), str(v)),
                        "status": lambda v: self.tr("done") if str(v) == "ok" else str(v),
                        "rows": fmt.integer, "orders": fmt.integer, "rejected": fmt.integer},
            empty_text=self.tr("Nothing imported yet. Drop files above or use Choose files."))

    def _table_names(self) -> dict[str, str]:
        """Translated names of the project's tables (summary and import history)."""
        return {"orders": self.tr("Orders"), "customers": self.tr("Customers"),
                "activity": self.tr("Sessions / activity"),
                "assignments": self.tr("A/B assignments"),
                "spend": self.tr("Marketing spend"), "survey": self.tr("Survey (NPS/CSAT)"),
                "line_items": self.tr("Product lines")}

    def _show_rejected(self, df) -> None:
        self.rejected.set_frame(
            df,
            headers={"import_id": self.tr("Import"), "source_file": self.tr("File"),
                     "source_row": self.tr("Row"), "column_name": self.tr("Column"),
                     "value": self.tr("Value"), "reason": self.tr("Reason")},
            formatters={"source_row": fmt.integer},
            empty_text=self.tr("No rejected rows: every row of every import could be read."))

    def export_current(self) -> None:
        """File > Export… on this tab exports the rejected rows."""
        self.rejected.export_dialog()

"""The Report tab: a live preview of the printed KPI summary, print, PDF, Excel, PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core import formatting as fmt
from retention_desktop.core.report.data import build_report
from retention_desktop.core.report.model import ReportData
from retention_desktop.core.report.xlsx import write_report_xlsx
from retention_desktop.ui.exporting import announce, ask_save_path
from retention_desktop.ui.filter_labels import describe_spec
from retention_desktop.ui.i18n import tr_core
from retention_desktop.ui.report.output import print_pages, render_image, write_pdf, write_png
from retention_desktop.ui.report.page import ReportPages
from retention_desktop.ui.tabs.base import AnalysisTab

PREVIEW_WIDTH = 820


class ReportTab(AnalysisTab):
    """Preview and export of the one-page KPI summary.

    The report data is computed by :func:`core.report.data.build_report` through the
    app's task runner when the project, the filter or the settings changed and the tab
    is visible (a hidden tab recomputes when it is opened); the preview, the printer,
    the PDF and the Excel file all use that one result.
    """

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: ReportData | None = None
        self._page_index = 0

        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("Letter"), "Letter")
        self.language = QComboBox()
        self.language.addItem(self.tr("Interface language"), None)
        self.language.addItem("English", "en")
        self.language.addItem("فارسی", "fa")
        self.language.addItem("العربية", "ar")
        self.appendix = QCheckBox(self.tr("Appendix pages"))
        self.products = QCheckBox(self.tr("Products section"))
        self.products.setChecked(True)
        self.products.setToolTip(self.tr(
            "Print the first-order products that bring customers back (only for projects "
            "with product lines)"))
        self.products.setVisible(False)
        self.prev_btn = QPushButton(self.tr("◀ Page"))
        self.next_btn = QPushButton(self.tr("Page ▶"))
        self.page_label = QLabel()
        self.print_btn = QPushButton(self.tr("Print…"))
        self.preview_btn = QPushButton(self.tr("Print preview…"))
        self.pdf_btn = QPushButton(self.tr("Export PDF…"))
        self.xlsx_btn = QPushButton(self.tr("Export Excel…"))
        self.png_btn = QPushButton(self.tr("Save page as PNG…"))

        # Two rows (page options, then output) so the tab fits a 1024-px screen in every
        # language; one row was ~1,220 px and set the whole window's minimum width.
        options = QHBoxLayout()
        for w in (QLabel(self.tr("Paper:")), self.page_size, QLabel(self.tr("Language:")),
                  self.language, self.appendix, self.products):
            options.addWidget(w)
        options.addStretch(1)
        for w in (self.prev_btn, self.page_label, self.next_btn):
            options.addWidget(w)
        actions = QHBoxLayout()
        for w in (self.preview_btn, self.print_btn, self.pdf_btn, self.xlsx_btn, self.png_btn):
            actions.addWidget(w)
        actions.addStretch(1)
        bar = QVBoxLayout()
        bar.addLayout(options)
        bar.addLayout(actions)

        self.status = QLabel(self.tr("Open a project to see its report."))
        self.status.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.preview.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        scroll.setBackgroundRole(self.backgroundRole())

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        for combo in (self.page_size, self.language):
            combo.currentIndexChanged.connect(self._repaint)
        self.appendix.toggled.connect(self._repaint)
        self.products.toggled.connect(self._repaint)
        self.prev_btn.clicked.connect(lambda: self._turn(-1))
        self.next_btn.clicked.connect(lambda: self._turn(1))
        self.print_btn.clicked.connect(self.print_dialog)
        self.preview_btn.clicked.connect(self.print_preview)
        self.pdf_btn.clicked.connect(self.export_pdf_dialog)
        self.xlsx_btn.clicked.connect(self.export_xlsx_dialog)
        self.png_btn.clicked.connect(self.export_png_dialog)
        self.follow_context(project=self._inputs_changed, filter=self._inputs_changed,
                            settings=self._inputs_changed)
        self._set_enabled(False)
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        if self.ctx.store is None:
            self.refresh()  # clears the preview at once
        else:
            self.invalidate()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Recompute the report data in the background (latest request wins)."""
        if self.ctx.store is None:
            self.data = None
            self._set_enabled(False)
            self.preview.clear()
            return
        self.status.setText(self.tr("Preparing the report…"))
        self.submit("report", build_report, self.ctx.store, self.ctx.spec, self.ctx.settings,
                    on_result=self._on_data)

    def _on_data(self, data: ReportData) -> None:
        self.data = data
        self._page_index = 0
        self.products.setVisible(bool(data.products))  # only a project with products
        self.status.setText("")
        self._set_enabled(True)
        self._repaint()

    def set_data(self, data: ReportData) -> None:
        """Show ``data`` directly (tests, or a report computed elsewhere)."""
        self._on_data(data)

    # ------------------------------------------------------------------ pages
    def pages(self) -> ReportPages | None:
        """The laid-out report for the current options (None without data)."""
        if self.data is None:
            return None
        lang = self.language.currentData()
        loc = fmt.current_locale()
        if lang and lang != loc.language:
            loc = fmt.LocaleSettings.for_language(lang)
        return ReportPages(self.data, self.page_size.currentData(), loc=loc,
                           appendix=self.appendix.isChecked(),
                           products=self.products.isChecked())

    def _turn(self, step: int) -> None:
        pages = self.pages()
        if pages is None:
            return
        self._page_index = max(0, min(pages.page_count() - 1, self._page_index + step))
        self._repaint()

    def _repaint(self) -> None:
        pages = self.pages()
        if pages is None:
            return
        self._page_index = min(self._page_index, pages.page_count() - 1)
        ratio = self.devicePixelRatioF() or 1.0
        image = render_image(pages, self._page_index, int(PREVIEW_WIDTH * ratio))
        pix = QPixmap.fromImage(image)
        pix.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pix)
        self.page_label.setText(
            fmt.to_local_digits(f"{self._page_index + 1} / {pages.page_count()}"))
        self.prev_btn.setEnabled(self._page_index > 0)
        self.next_btn.setEnabled(self._page_index < pages.page_count() - 1)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.print_btn, self.preview_btn, self.pdf_btn, self.xlsx_btn, self.png_btn,
                  self.prev_btn, self.next_btn):
            w.setEnabled(on)

    # ------------------------------------------------------------------ output
    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.HighResolution)
        pages = self.pages()
        if pages is not None:
            from PySide6.QtGui import QPageSize

            from retention_desktop.ui.report.page import PAGE_SIZES
            printer.setPageSize(QPageSize(PAGE_SIZES[pages.page]))
            printer.setFullPage(True)
        return printer

    def print_dialog(self) -> None:
        """Print through the native print dialog."""
        pages = self.pages()
        if pages is None:
            return
        # The dialog does not own the printer: keep both referenced until printing ends.
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        try:
            if dialog.exec():
                print_pages(pages, printer)
        finally:
            dialog.deleteLater()  # parented to the tab: would otherwise live until it closes

    def print_preview(self) -> None:
        """Qt's print preview of exactly what will be printed."""
        pages = self.pages()
        if pages is None:
            return
        # QPrintPreviewDialog does not take ownership of the printer: a temporary
        # (``QPrintPreviewDialog(self._printer(), self)``) was freed by Python while the
        # dialog painted on it (SIGSEGV, issue 14). The local outlives exec().
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda printer: print_pages(pages, printer))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _ask_path(self, title: str, suffix: str, filt: str) -> Path | None:
        return ask_save_path(self, title, self.export_name_parts(), suffix, filt)

    def export_name_parts(self) -> list[str]:
        """Suggested file name parts: shop, "KPI summary", the report's headline period."""
        d = self.data
        if d is None:
            return [self.tr("KPI summary")]
        period = d.period_label
        if d.period_start is not None:
            period = fmt.fmt_period(d.period_start, d.grain)
        return [d.shop_name, self.tr("KPI summary"), period]

    def _done(self, path: Path) -> None:
        self.status.setText(announce(self, path))

    def export_pdf(self, path: str | Path) -> Path:
        """Write the PDF (vector, embedded fonts)."""
        return write_pdf(self.pages(), path)

    def export_pdf_dialog(self) -> None:
        """Ask for a file name and write the PDF."""
        path = self._ask_path(self.tr("Export PDF"), ".pdf", self.tr("PDF (*.pdf)"))
        if path:
            self._guard(lambda: self.export_pdf(path), path)

    def export_xlsx_dialog(self) -> None:
        """Ask for a file name and write the Excel workbook."""
        path = self._ask_path(self.tr("Export Excel"), ".xlsx", self.tr("Excel (*.xlsx)"))
        if path and self.data is not None:
            self._guard(lambda: self.export_xlsx(path), path)

    def export_xlsx(self, path: str) -> None:
        """Write the workbook in the report's language, direction and calendar."""
        pages = self.pages()
        loc = pages.loc if pages is not None else fmt.current_locale()
        period_loc = loc.with_(calendar=self.data.calendar)
        filters = None if self.data.spec is None else describe_spec(
            self.data.spec, day=lambda v: fmt.fmt_date(v, "short", loc=period_loc),
            number=lambda v: fmt.fmt_number(v, 0, loc=loc), products=self.data.product_names)
        write_report_xlsx(self.data, path, tr=tr_core, loc=loc, filters=filters,
                          products=self.products.isChecked())

    def export_png_dialog(self) -> None:
        """Save the current page as a PNG image."""
        path = self._ask_path(self.tr("Save page as PNG"), ".png", self.tr("PNG image (*.png)"))
        if path:
            self._guard(lambda: write_png(self.pages(), path, self._page_index), path)

    def export_current(self) -> None:
        """File > Export…: the report as PDF."""
        self.export_pdf_dialog()

    def _guard(self, action, path: Path) -> None:
        try:
            action()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The file could not be written:") + f"\n{exc}")
        else:
            self._done(path)

"""Send report pages to a PDF file, a printer or a PNG image.

PDFs are written with QPdfWriter (vector text with embedded fonts, vector charts) to a
temporary file that replaces the target only when complete, so an interrupted export
never leaves a truncated PDF under the final name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from retention_desktop.core.export import atomic_path
from retention_desktop.ui.report.page import PAGE_SIZES, ReportPages, report_title


def write_pdf(pages: ReportPages, target: str | Path, dpi: int = 300) -> Path:
    """Write all pages to a PDF.

    Parameters
    ----------
    pages : ReportPages
        The laid-out report.
    target : str or Path
        Output file.
    dpi : int
        Resolution for anything rasterised (text and charts stay vector).
    """
    with atomic_path(target, suffix=".pdf") as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(dpi)
        writer.setTitle(report_title(pages.data.shop_name))
        writer.setCreator("Retention Desktop")
        writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES.get(pages.page, QPageSize.A4)),
                                         QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        try:
            for index in range(pages.page_count()):
                if index:
                    writer.newPage()
                full = QRectF(0, 0, writer.width(), writer.height())
                pages.paint(painter, full, index)
        finally:
            painter.end()
    return Path(target)


def print_pages(pages: ReportPages, printer) -> None:
    """Paint every page on a configured ``QPrinter`` (print dialog / print preview)."""
    painter = QPainter(printer)
    try:
        for index in range(pages.page_count()):
            if index:
                printer.newPage()
            rect = printer.pageLayout().fullRectPixels(printer.resolution())
            pages.paint(painter, QRectF(0, 0, rect.width(), rect.height()), index)
    finally:
        painter.end()


def render_image(pages: ReportPages, index: int = 0, width_px: int = 1240) -> QImage:
    """Render one page to an image (preview, PNG export)."""
    height_px = round(width_px * pages.height / pages.width)
    image = QImage(width_px, height_px, QImage.Format_ARGB32)
    image.setDevicePixelRatio(1.0)
    painter = QPainter(image)
    try:
        pages.paint(painter, QRectF(0, 0, width_px, height_px), index)
    finally:
        painter.end()
    return image


def write_png(pages: ReportPages, target: str | Path, index: int = 0, width_px: int = 2480) -> Path:
    """Save one page as PNG (atomic)."""
    with atomic_path(target, suffix=".png") as tmp:
        if not render_image(pages, index, width_px).save(str(tmp), "PNG"):
            raise OSError(f"Could not write {target}")
    return Path(target)


def page_size_points(pages: ReportPages) -> QSizeF:
    """Page size in points (for preview widgets)."""
    return QSizeF(pages.width, pages.height)

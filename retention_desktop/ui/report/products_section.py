"""The report page's optional product section (painted by :class:`ReportPages`).

Which products are printed: every product the Products tab flags as coming back more or
less often than the shop (a finding must not be hidden by a row limit), then the best
ranked ones up to the room there is; a line says how many of how many are shown and
where all of them are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QCoreApplication as Qca  # lupdate reads Qca.translate("ctx", ...)
from PySide6.QtGui import QFontMetricsF, QPainter

from retention_desktop.core import formatting as fmt
from retention_desktop.core.report.model import ProductRow
from retention_desktop.ui.report.charts import MUTED, font

FLAGGED = ("above", "below")
MIN_ROWS = 3  # products printed when nothing (or little) is flagged
MAX_ROWS = 5  # the most the page has room for (the segments above give way)


def printed_products(products: Sequence[ProductRow], room: int = MIN_ROWS) -> list[ProductRow]:
    """The rows the page prints, in rank order: the flagged ones first chosen (up to
    :data:`MAX_ROWS`), the best-ranked others filling the remaining ``room``."""
    flagged = [i for i, r in enumerate(products) if r.verdict in FLAGGED][:MAX_ROWS]
    room = min(MAX_ROWS, max(room, len(flagged)))
    chosen = set(flagged)
    for i in range(len(products)):
        if len(chosen) >= room:
            break
        chosen.add(i)
    return [products[i] for i in sorted(chosen)]


def segment_rows(products: Sequence[ProductRow]) -> int:
    """How many segment rows stay above the products (one line per extra product, one for
    the "n of N shown" line)."""
    extra = len(printed_products(products)) - MIN_ROWS
    return max(1, 3 - extra)


def paint_products(page: Any, p: QPainter, x0: float, y: float, w: float) -> float:
    """The shop's row, then the printed products with their repeat rate, the range the
    verdict uses (simultaneous over every compared product) and the verdict in words;
    returns the y below the section."""
    from retention_desktop.core.report.xlsx import VERDICTS

    def tr(text: str) -> str:  # words marked elsewhere in "Report" (the verdicts)
        return QCoreApplication.translate("Report", text)

    d, loc = page.data, page.loc
    rows = printed_products(d.products)
    differs = any(r.verdict in FLAGGED for r in d.products)
    title = (Qca.translate("Report", "Products that bring customers back") if differs
             else Qca.translate("Report", "Products: none differs clearly from the shop"))
    sy = page._section(p, x0, y, w, title)
    cols = [Qca.translate("Report", "First-order product"),
            Qca.translate("Report", "Customers"),
            Qca.translate("Report", "within {0} days").format(
                fmt.fmt_int(d.products_window, loc=loc)),
            (Qca.translate("Report", "range for all {0}").format(
                fmt.fmt_int(d.products_comparisons, loc=loc))
             if d.products_comparisons > 1 else Qca.translate("Report", "range vs shop")),
            Qca.translate("Report", "Verdict")]
    widths = [0.26, 0.13, 0.17, 0.21, 0.23]
    page._row(p, x0, sy, w, cols, widths, 6, bold=True)
    shop = [Qca.translate("Report", "All new customers"),
            fmt.fmt_int(d.products_shop_n, loc=loc),
            page._fmt_value(d.products_shop_rate, "rate"), "", ""]
    page._row(p, x0, sy + 11, w, shop, widths, 6, bold=True)
    from retention_desktop.ui.report.page import REPORT_FONT

    metrics = QFontMetricsF(font(6, False, REPORT_FONT))
    for i, r in enumerate(rows):
        # a long name ends in "…" instead of being cut at the column's edge
        name = metrics.elidedText(r.name, Qt.TextElideMode.ElideRight, w * widths[0] - 5)
        span = fmt.fmt_range(page._fmt_value(r.low, "rate"), page._fmt_value(r.high, "rate"),
                             loc) if r.low is not None else ""
        cells = [page._ltr(name), fmt.fmt_int(r.customers, loc=loc),
                 page._fmt_value(r.rate, "rate"), span,
                 tr(VERDICTS.get(r.verdict, r.verdict))]
        page._row(p, x0, sy + 22 + i * 11, w, cells, widths, 6)
    y = sy + 22 + 11 * len(rows)
    total = len(d.products)  # every ranked product (the workbook lists them all)
    note = Qca.translate(
        "Report", "{0} of {1} products shown; all in the Products tab / metrics products").format(
        fmt.fmt_int(len(rows), loc=loc), fmt.fmt_int(total, loc=loc))
    page._text(p, page._box(x0, y, w, 10), note, 6, color=MUTED)
    return y + 10


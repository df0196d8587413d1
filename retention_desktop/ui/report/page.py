"""Lay out the one-page KPI summary (and appendix pages) on any QPainter device.

The same :class:`ReportPages` paints the live preview, the PDF (QPdfWriter) and the
printer (QPrinter), so what the owner sees is what gets printed. Page coordinates are
points (1/72 inch); :meth:`ReportPages.paint` maps them onto the device.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPageSize, QPainter, QPen, QTextOption

from retention_desktop.core import formatting as fmt
from retention_desktop.core.bidi import bidi_formulas, bidi_isolate, prose_digits
from retention_desktop.core.report.model import ReportData
from retention_desktop.ui.filter_labels import describe_spec, dimension_label
from retention_desktop.ui.i18n import tr_core
from retention_desktop.ui.report import charts
from retention_desktop.ui.report.charts import INK, MUTED, font
from retention_desktop.ui.report.products_section import paint_products, segment_rows

PAGE_SIZES = {"A4": QPageSize.A4, "Letter": QPageSize.Letter}
MARGIN = 34.0
REPORT_FONT = "Vazirmatn"
PRODUCT_BLOCK_H = 150.0  # the lifecycle | segments + products row (140 without products)  # bundled; shapes Persian/Arabic and embeds in PDFs


def tr_def(text: str) -> str:
    """Translate a metric name or formula from the engine's definition cards."""
    return tr_core(text, "definitions")


def page_points(page: str) -> tuple[float, float]:
    """Width and height in points of a page size name ('A4' or 'Letter')."""
    size = QPageSize(PAGE_SIZES.get(page, QPageSize.A4)).size(QPageSize.Point)
    return size.width(), size.height()



def report_title(shop_name: str) -> str:
    """The report's title: the shop's name and "KPI summary" (PDF title and page heading)."""
    return QCoreApplication.translate("Report", "{0} – KPI summary").format(shop_name)

class ReportPages:
    """Paints the KPI summary page and optional appendix pages.

    Parameters
    ----------
    data : ReportData
        What to show.
    page : {'A4', 'Letter'}
        Paper size.
    loc : formatting.LocaleSettings, optional
        Language/digits/calendar for the numbers (default: the app's current locale).
    appendix : bool
        Add the appendix pages (full cohort table, CRR table, segments).
    products : bool
        Print the product section (only drawn when the data has products).
    """

    def __init__(self, data: ReportData, page: str = "A4", loc=None, appendix: bool = False,
                 products: bool = True):
        self.data, self.page, self.appendix = data, page, appendix
        self.products = products and bool(data.products)
        self.loc = loc or fmt.current_locale()
        if data.currency and not self.loc.currency:  # e.g. the CLI's --lang locale
            self.loc = self.loc.with_(currency=data.currency)
        self.rtl = self.loc.language in fmt.RTL_LANGUAGES
        # periods are labelled in the calendar the engine cut them with
        self.period_loc = dataclasses.replace(self.loc, calendar=data.calendar)
        self.width, self.height = page_points(page)
        self.body = QRectF(MARGIN, MARGIN, self.width - 2 * MARGIN, self.height - 2 * MARGIN)
        self._appendix_pages = self._plan_appendix() if appendix else []

    # ------------------------------------------------------------------ pages
    def page_count(self) -> int:
        """Number of pages (1 + appendix pages)."""
        return 1 + len(self._appendix_pages)

    def paint(self, painter: QPainter, target: QRectF, index: int) -> None:
        """Paint page ``index`` into ``target`` (device coordinates) of ``painter``."""
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(target.width() / self.width, target.height() / self.height)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setRenderHint(QPainter.TextAntialiasing, True)
        painter.setLayoutDirection(Qt.RightToLeft if self.rtl else Qt.LeftToRight)
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor("white"))
        if index == 0:
            self._paint_summary(painter)
        else:
            title, header, rows = self._appendix_pages[index - 1]
            self._paint_table_page(painter, title, header, rows, index)
        painter.restore()

    # ------------------------------------------------------------------ helpers
    def _box(self, x: float, y: float, w: float, h: float) -> QRectF:
        """A rect in reading order: x is measured from the leading edge of the body."""
        if self.rtl:
            return QRectF(self.width - x - w, y, w, h)
        return QRectF(x, y, w, h)

    def _lead(self) -> Qt.AlignmentFlag:
        return Qt.AlignRight if self.rtl else Qt.AlignLeft

    def _trail(self) -> Qt.AlignmentFlag:
        return Qt.AlignLeft if self.rtl else Qt.AlignRight

    def _text(self, p: QPainter, rect: QRectF, text: str, px: int, *, bold=False,
              color=INK, align=None, wrap=False) -> None:
        p.setFont(font(px, bold, REPORT_FONT))
        p.setPen(color)
        # AlignAbsolute: our alignments are physical (already mirrored for RTL pages)
        opt = QTextOption((align if align is not None else self._lead()) | Qt.AlignTop
                          | Qt.AlignAbsolute)
        opt.setTextDirection(Qt.RightToLeft if self.rtl else Qt.LeftToRight)
        opt.setWrapMode(QTextOption.WordWrap if wrap else QTextOption.NoWrap)
        # in fa/ar only formulas and Latin names read left to right, never whole sentences
        p.drawText(rect, bidi_formulas(text, self.loc), opt)

    def _ltr(self, text: str) -> str:
        """Isolate left-to-right content (data names, paths) inside right-to-left text."""
        return bidi_isolate(text, self.loc)

    def _def(self, text: str) -> str:
        """A translated definition: its words right to left, only its formulas left to right,
        the numbers of its words in the report's digits."""
        return bidi_formulas(prose_digits(tr_def(text), self.loc), self.loc)

    def _section(self, p: QPainter, x: float, y: float, w: float, title: str) -> float:
        self._text(p, self._box(x, y, w, 12), title, 9, bold=True)
        p.setPen(QPen(QColor(60, 60, 60), 0.5))
        r = self._box(x, y + 12.5, w, 0)
        p.drawLine(r.topLeft(), r.topRight())
        return y + 15

    def _fmt_value(self, value: float | None, unit: str) -> str:
        if value is None:
            return "—"
        if unit == "rate":
            return fmt.fmt_percent(value, 1, loc=self.loc)
        if unit == "money":
            return fmt.fmt_money(value, loc=self.loc)
        if unit == "days":
            return fmt.fmt_number(value, 0, loc=self.loc) + " " + QCoreApplication.translate("Report", "days")
        if unit == "count":
            return fmt.fmt_int(value, loc=self.loc)
        return fmt.fmt_number(value, 2, loc=self.loc)

    def _fmt_card_value(self, card) -> str:
        """The card's number, or why there is none ("too few", "not enough history")."""
        if card.too_few:
            return QCoreApplication.translate("Report", "too few")
        if card.note == "not enough history":
            return QCoreApplication.translate("Report", "not enough history")
        if card.note == "fewer than half came back yet":
            return QCoreApplication.translate("Report", "fewer than half came back yet")
        if card.note == "too early to tell":
            return QCoreApplication.translate("Report", "too early to tell")
        return self._fmt_value(card.value, card.unit)

    def _fmt_change(self, card) -> str:
        if card.too_few and not card.base:
            # "only 0 customers (minimum 30)" read like a bug: say who is missing
            return {"time_to_second": QCoreApplication.translate(
                        "Report", "no first-time buyers in this period"),
                    "crr_strict": QCoreApplication.translate(
                        "Report", "nobody was active at the start of this period"),
                    "churn_rate": QCoreApplication.translate(
                        "Report", "nobody was active at the start of this period"),
                    }.get(card.key) or QCoreApplication.translate(
                        "Report", "no customers in this period")
        if card.note == "too early to tell":
            return QCoreApplication.translate(
                "Report", "not enough time has passed to see second orders")
        if card.too_few:
            text = (QCoreApplication.translate("Report", "only {0} customer (minimum {1})")
                    if card.base == 1 else
                    QCoreApplication.translate("Report", "only {0} customers (minimum {1})"))
            return text.format(
                fmt.fmt_int(card.base, loc=self.loc), fmt.fmt_int(card.min_n, loc=self.loc))
        if card.note == "model did not fit":
            return QCoreApplication.translate(
                "Report", "the prediction model does not fit this shop")
        change = card.change
        prev = self._previous_name()
        if change is None:
            if card.previous is not None and card.previous_base is not None \
                    and card.previous_base < card.min_n:
                return QCoreApplication.translate("Report", "{0}: too few to compare").format(prev)
            if self.data.previous_start is not None or self.data.previous_window is not None:
                return self._uncompared(card, prev)
            return QCoreApplication.translate("Report", "no previous period")
        arrow = "▲" if change > 0 else ("▼" if change < 0 else "■")
        if card.unit in ("rate", "ratio"):
            pts = fmt.fmt_number(abs(change) * 100, 1, loc=self.loc)
            return QCoreApplication.translate("Report", "{0} {1} pts vs {2}").format(arrow, pts, prev)
        return QCoreApplication.translate("Report", "{0} {1} vs {2}").format(
            arrow, fmt.fmt_percent(abs(change), 1, loc=self.loc), prev)

    def _uncompared(self, card, prev: str) -> str:
        """The sub-line of a card whose value or previous value is missing although the
        previous period exists (a median that fewer than half reached): the other value,
        never "no previous period"."""
        if card.previous is not None:  # this period has no value: show the previous one
            return QCoreApplication.translate("Report", "{0}: {1}").format(
                prev, self._fmt_value(card.previous, card.unit))
        if card.key == "time_to_second":
            return QCoreApplication.translate(
                "Report", "{0}: fewer than half came back").format(prev)
        return QCoreApplication.translate("Report", "{0}: no value to compare").format(prev)

    @staticmethod
    def _fits(p: QPainter, text: str, px: int, width: float, bold: bool = False) -> bool:
        """Whether ``text`` at ``px`` fits ``width`` on this painter's device."""
        p.setFont(font(px, bold, REPORT_FONT))
        return p.fontMetrics().horizontalAdvance(text) <= width

    def _card_texts(self, p: QPainter, inner: QRectF, card) -> None:
        """A KPI card's title, value and change inside ``inner``, never cut: a long title
        wraps to two smaller lines, a wide value (a big amount and its currency) shrinks."""
        title = self._def(card.label)
        top, value_px = 11.0, 15
        if self._fits(p, title, 7, inner.width()):
            self._text(p, QRectF(inner.left(), inner.top(), inner.width(), 10), title, 7,
                       color=MUTED)
        else:  # e.g. "Historical value per customer (last 12 months)"
            self._text(p, QRectF(inner.left(), inner.top() - 1, inner.width(), 17), title, 6,
                       color=MUTED, wrap=True)
            top, value_px = 16.0, 12
        number = self._fmt_card_value(card)
        box = QRectF(inner.left(), inner.top() + top, inner.width(), 31 - top)
        if card.too_few or card.value is None and card.note:  # words: smaller, may wrap
            self._text(p, box, number, 8, bold=True, wrap=True)
        else:
            shown = bidi_formulas(number, self.loc)
            while value_px > 8 and not self._fits(p, shown, value_px, inner.width(), True):
                value_px -= 1
            self._text(p, box, number, value_px, bold=True)
        self._text(p, QRectF(inner.left(), inner.top() + 31, inner.width(), 10),
                   self._fmt_change(card), 6, color=MUTED)

    def _previous_name(self) -> str:
        """The comparison period's name in the report's calendar (e.g. "Oct 2011")."""
        d = self.data
        if d.previous_start is None:
            if d.previous_window is not None:  # not a whole period: its first and last day
                return self._window_name(d.previous_window)
            return QCoreApplication.translate("Report", "previous")
        return fmt.fmt_period(d.previous_start, d.grain, loc=self.period_loc)

    def _window_name(self, window) -> str:
        """A headline window that is not one whole period, by its days in the report's
        calendar and digits ("1377/03/11 – 1377/04/09")."""
        return " – ".join(fmt.fmt_date(day, "short", loc=self.period_loc) for day in window)

    def _too_few(self, customers: int | None) -> bool:
        return customers is not None and customers < self.data.min_n

    # ------------------------------------------------------------------ summary page
    def _paint_summary(self, p: QPainter) -> None:
        d, w = self.data, self.body.width()
        x0, y = MARGIN, MARGIN
        demo = QCoreApplication.translate("Report", "DEMO DATA")
        title = report_title(d.shop_name) + (f"  ·  {demo}" if d.demo else "")
        self._text(p, self._box(x0, y, w, 22), title, 17, bold=True)
        self._text(p, self._box(x0, y, w, 22), QCoreApplication.translate("Report", "Customer retention summary"), 9,
                   color=MUTED, align=self._trail())
        y += 23
        rng = (f"{fmt.fmt_date(d.date_min, loc=self.period_loc)} – {fmt.fmt_date(d.date_max, loc=self.period_loc)}"
               if d.date_min else QCoreApplication.translate("Report", "no data"))
        period = d.period_label
        if d.period_start is not None or d.period_window is not None:
            period = (fmt.fmt_period(d.period_start, d.grain, loc=self.period_loc)
                      if d.period_start is not None else self._window_name(d.period_window))
            if d.previous_start is not None or d.previous_window is not None:
                prev = self._previous_name()
                period = QCoreApplication.translate("Report", "{0} (compared with {1})").format(period, prev)
        calendar = (QCoreApplication.translate("Report", "Jalali calendar")
                    if d.calendar == "jalali"
                    else QCoreApplication.translate("Report", "Gregorian calendar"))
        period = f"{period}  ·  {calendar}"  # the calendar the periods were cut with
        line = QCoreApplication.translate("Report", "Data: {0}   ·   Headline period: {1}").format(rng, period)
        self._text(p, self._box(x0, y, w, 11), line, 8, color=MUTED)
        y += 11
        phrases = d.filters if d.spec is None else describe_spec(
            d.spec, day=lambda v: fmt.fmt_date(v, "short", loc=self.period_loc),
            number=lambda v: fmt.fmt_number(v, 0, loc=self.loc), products=d.product_names)
        filters = "; ".join(phrases) if phrases else QCoreApplication.translate(
            "Report", "none (all customers)")
        self._text(p, self._box(x0, y, w, 11), QCoreApplication.translate("Report", "Filters: {0}").format(filters), 8,
                   color=MUTED)
        y += 16

        # KPI cards: 2 rows x 4
        cols, gap = 4, 6.0
        cw, ch = (w - gap * (cols - 1)) / cols, 50.0
        for i, card in enumerate(d.kpis[:8]):
            cx, cy = x0 + (i % cols) * (cw + gap), y + (i // cols) * (ch + gap)
            r = self._box(cx, cy, cw, ch)
            p.setPen(QPen(QColor(190, 190, 190), 0.6))
            p.setBrush(QColor(248, 248, 248))
            p.drawRoundedRect(r, 3, 3)
            inner = r.adjusted(6, 4, -6, -4)
            self._card_texts(p, inner, card)
        y += 2 * (ch + gap) + 4

        # cohort heatmap | retention curve
        half = (w - 14) / 2
        if d.cohort is not None and d.cohort.cohorts:
            y = self._paint_cohorts(p, x0, y, w, half)
        # lifecycle | segments
        if d.lifecycle:
            sy = self._section(p, x0, y, half, QCoreApplication.translate("Report", "Customers per month: lifecycle"))
            # periods whose window reaches before the export are left out (all "new")
            lc = [r for r in d.lifecycle if r.enough_history][-12:] or d.lifecycle[-12:]
            charts.stacked_bars(
                p, self._box(x0, sy, half, 120),
                [fmt.fmt_period(r.period, d.grain, loc=self.period_loc, short=True) for r in lc],
                [(r.new, r.returning, r.resurrected) for r in lc], [r.dormant for r in lc],
                [QCoreApplication.translate("Report", "New"), QCoreApplication.translate("Report", "Continuing"), QCoreApplication.translate("Report", "Resurrected")], QCoreApplication.translate("Report", "Dormant"),
                rtl=self.rtl, family=REPORT_FONT)
        # with products, the right half holds the top segments and, under them, the products
        # (the definitions below keep their room)
        side_y = y
        if d.segments:
            seg_by, seg_when = dimension_label(d.segments[0].dimension), d.segments_window
            title = (QCoreApplication.translate("Report", "Top segments by {0}, {1}").format(
                seg_by, self._window_name(seg_when)) if seg_when  # its own period
                else QCoreApplication.translate("Report", "Top segments by {0}").format(seg_by))
            sy = self._section(p, x0 + half + 14, y, half, title)
            shown = d.segments[:segment_rows(d.products)] if self.products else d.segments[:7]
            self._segment_table(p, x0 + half + 14, sy, half, shown)
            side_y = sy + 20 + 11 * len(shown) + 1
        if self.products:
            self._paint_products(p, x0 + half + 14, side_y, half)
        y += PRODUCT_BLOCK_H if self.products else 140

        # A/B verdicts
        ab_h = 0.0
        if d.ab:
            sy = self._section(p, x0, y, w, QCoreApplication.translate("Report", "Latest A/B tests"))
            for i, v in enumerate(d.ab[:3]):
                lift = ("—" if v.lift_pct is None
                        else fmt.fmt_percent(v.lift_pct / 100, 1, loc=self.loc))
                rates = (f"{v.experiment} ({v.outcome}): {v.control} "
                         f"{fmt.fmt_percent(v.control_rate, 1, loc=self.loc)} → {v.variant} "
                         f"{fmt.fmt_percent(v.variant_rate, 1, loc=self.loc)}")
                line = "  ·  ".join([
                    self._ltr(rates) if self.rtl else rates,
                    QCoreApplication.translate("Report", "lift {0}").format(lift),
                    self._ab_verdict(v)])
                self._text(p, self._box(x0, sy + i * 12, w, 12), line, 7)
            ab_h = 15 + 12 * min(len(d.ab), 3) + 4
        y += ab_h
        self._glossary(p, x0, y, w)

    def _paint_products(self, p: QPainter, x0: float, y: float, w: float) -> float:
        """The optional product section (:mod:`.products_section`)."""
        return paint_products(self, p, x0, y, w)

    def _paint_cohorts(self, p: QPainter, x0: float, y: float, w: float, half: float) -> float:
        """Cohort heatmap and retention curves side by side; returns the y below them."""
        c = self.data.cohort
        # a cohort with no finished period yet has nothing to show: left out
        rows = [i for i in range(len(c.cohorts)) if any(c.complete[i])][-12:]
        ages = [k for k in c.ages if k < 12]
        sy = self._section(p, x0, y, half, QCoreApplication.translate("Report", "Cohort retention (share ordering in month k)"))
        labels = [self._cohort_label(i, short=True) for i in rows]
        # Unfinished cells (the cohort's age-k period is not over) are left blank:
        # drawn, they look like a collapse at every cohort's end.
        vals = [[self._finished(i, k) for k in ages] for i in rows]
        # age 0 is 100 % by definition: scale colours on the later ages
        later = [v for row in vals for v in row[1:] if v is not None]
        charts.heatmap(p, self._box(x0, sy, half, 170), labels,
                       [fmt.to_local_digits(str(k), self.loc) for k in ages], vals,
                       lambda v: fmt.fmt_number(v * 100, 0, loc=self.loc),
                       rtl=self.rtl, family=REPORT_FONT,
                       vmax=max(later) if later else None)
        mean = [c.mean[k] if k < len(c.mean) and k > 0 else None for k in ages]
        title = (QCoreApplication.translate("Report", "Retention curve: mean and each cohort")
                 if any(v is not None for v in mean) else QCoreApplication.translate(
                     "Report", "Retention curve of each cohort (too few cohorts for a mean)"))
        sy2 = self._section(p, x0 + half + 14, y, half, title)
        series = [[self._finished(i, k) if k > 0 else None for k in ages]
                  for i in rows if not self._already(i)]
        charts.line_chart(p, self._box(x0 + half + 14, sy2, half, 170), series, mean,
                          [fmt.to_local_digits(str(k), self.loc) for k in ages],
                          lambda v: fmt.fmt_percent(v, 0, loc=self.loc),
                          rtl=self.rtl, family=REPORT_FONT, y_step=0.01)
        if any(self._already(i) for i in rows):
            self._text(p, self._box(x0, sy + 171, w, 8), QCoreApplication.translate(
                "Report", "* customers already active when the data starts (not new "
                "customers; left out of the mean). Unfinished periods are left blank."),
                6, color=MUTED)
        return sy + 178

    def _ab_verdict(self, v) -> str:
        """A short verdict in the report's language, from the test's numbers."""
        p_text = fmt.fmt_number(v.p_value, 3, loc=self.loc) if v.p_value is not None else "—"
        if v.p_value is not None and v.p_value < 0.05 and v.lift_pct is not None:
            if v.lift_pct > 0:
                return QCoreApplication.translate(
                    "Report", "{0} did better than {1}; unlikely to be chance (p = {2})").format(
                    v.variant, v.control, p_text)
            return QCoreApplication.translate(
                "Report", "{0} did worse than {1}; unlikely to be chance (p = {2})").format(
                v.variant, v.control, p_text)
        return QCoreApplication.translate(
            "Report", "not enough evidence yet (p = {0})").format(p_text)

    def _segment_table(self, p: QPainter, x: float, y: float, w: float, segs) -> None:
        cols = [QCoreApplication.translate("Report", "Segment"), QCoreApplication.translate("Report", "Customers"), QCoreApplication.translate("Report", "Repeat purchase rate"),
                QCoreApplication.translate("Report", "Revenue per customer")]
        widths = [0.28, 0.18, 0.27, 0.27]
        self._row(p, x, y, w, cols, widths, 7, bold=True, height=20)
        few = QCoreApplication.translate("Report", "too few")
        for i, s in enumerate(segs):
            cells = [s.value, fmt.fmt_int(s.customers, loc=self.loc),
                     few if self._too_few(s.customers) else self._fmt_value(s.repeat_rate, "rate"),
                     few if self._too_few(s.customers)
                     else self._fmt_value(s.revenue_per_customer, "money")]
            self._row(p, x, y + 20 + i * 11, w, cells, widths, 7)

    def _row(self, p, x, y, w, cells: Sequence[str], widths: Sequence[float], px: int,
             bold: bool = False, height: float = 11) -> None:
        """One table row; a taller row wraps long headers onto two lines, bottom-aligned."""
        cx = x
        for j, (text, frac) in enumerate(zip(cells, widths, strict=True)):
            cw = w * frac
            align = self._lead() if j == 0 else self._trail()
            lines = height > 11 and p.fontMetrics().horizontalAdvance(text) > cw - 4
            top = y if lines or height <= 11 else y + height - 11
            self._text(p, self._box(cx + 2, top, cw - 4, height), text, px, bold=bold,
                       align=align, wrap=height > 11)
            cx += cw
        p.setPen(QPen(QColor(225, 225, 225), 0.4))
        r = self._box(x, y + height - 0.5, w, 0)
        p.drawLine(r.topLeft(), r.topRight())

    def _glossary(self, p: QPainter, x: float, y: float, w: float) -> None:
        d = self.data
        foot_top = self.height - MARGIN - 14
        sy = self._section(p, x, y, w, QCoreApplication.translate("Report", "Definitions used on this page"))
        policy = QCoreApplication.translate("Report", "net of returns") if d.revenue_policy == "net" else QCoreApplication.translate("Report", "gross (returns ignored)")
        intro = QCoreApplication.translate("Report", "Revenue: {0}.  Active customer: ordered in the last {1} "
                                         "days.").format(
            policy, fmt.fmt_int(d.activity_window_days, loc=self.loc))
        self._text(p, self._box(x, sy, w, 10), intro, 6, color=INK)
        sy += 10
        col_w, line_h = (w - 12) / 2, 16.0
        fit = max(1, int((foot_top - sy) // line_h))
        entries = d.glossary[: fit * 2]
        per_col = max(1, -(-len(entries) // 2))
        for i, g in enumerate(entries):
            cx = x + (i // per_col) * (col_w + 12)
            cy = sy + (i % per_col) * line_h
            self._text(p, self._box(cx, cy, col_w, 8), self._def(g.name), 6, bold=True)
            self._text(p, self._box(cx, cy + 7, col_w, 9), self._def(g.formula), 6, color=INK)
        gen = QCoreApplication.translate("Report", "Generated on {0} from {1}").format(
            fmt.fmt_date(d.generated_at, loc=self.period_loc), self._ltr(d.source))
        self._text(p, self._box(x, foot_top + 4, w, 10), gen, 6, color=MUTED)
        page = fmt.fmt_page(1, self.page_count(), self.loc)
        self._text(p, self._box(x, foot_top + 4, w, 10), page, 6, color=MUTED, align=self._trail())

    # ------------------------------------------------------------------ appendix
    def _plan_appendix(self) -> list[tuple[str, list[str], list[list[str]]]]:
        """Split the appendix tables into pages; headers repeat on every page."""
        d, pages = self.data, []
        rows_per_page = int((self.body.height() - 52) // 11)  # title + two-line header
        tables: list[tuple[str, list[str], list[list[str]]]] = []
        if d.cohort is not None and d.cohort.cohorts:
            c = d.cohort
            ages = c.ages[:16]
            header = [QCoreApplication.translate("Report", "Cohort"), QCoreApplication.translate("Report", "Size")] + [fmt.to_local_digits(str(k), self.loc) for k in ages]
            rows = []
            for i in range(len(c.cohorts)):
                # a starred short label: the long one ran into the next cells
                cells = [self._cohort_label(i, short=True), fmt.fmt_int(c.sizes[i], loc=self.loc)]
                for k in ages:
                    v = c.values[i][k] if k < len(c.values[i]) else None
                    text = "" if v is None else fmt.fmt_percent(v, 0, loc=self.loc)
                    # an unfinished period: marked, so nobody reads a drop
                    cells.append(text + " …" if text and self._finished(i, k) is None else text)
                rows.append(cells)
            mean = [QCoreApplication.translate("Report", "Weighted mean"), ""] + [
                "" if k >= len(c.mean) or c.mean[k] is None
                else fmt.fmt_percent(c.mean[k], 0, loc=self.loc) for k in ages]
            rows.append(mean)
            title = QCoreApplication.translate("Report", "Appendix: cohort table")
            if any(self._already(i) for i in range(len(c.cohorts))):
                title += "   " + QCoreApplication.translate(
                    "Report", "* already active when the data starts; not in the mean")
            tables.append((title, header, rows))
        if d.crr_rows:
            header = [QCoreApplication.translate("Report", "Period"), QCoreApplication.translate("Report", "Active at start (S0)"),
                      QCoreApplication.translate("Report", "New (N)"), QCoreApplication.translate("Report", "Active at end (E)"),
                      QCoreApplication.translate("Report", "Retained (R)"), QCoreApplication.translate("Report", "Resurrected"),
                      QCoreApplication.translate("Report", "Retention rate"), QCoreApplication.translate("Report", "Churn rate"),
                      "CRR (E − N) / S0"]
            rows = [[self._crr_period(r), fmt.fmt_int(r.s0, loc=self.loc),
                     fmt.fmt_int(r.n, loc=self.loc), fmt.fmt_int(r.e, loc=self.loc),
                     fmt.fmt_int(r.retained, loc=self.loc),
                     fmt.fmt_int(r.resurrected, loc=self.loc),
                     *self._crr_rates(r)]
                    for r in d.crr_rows]
            tables.append((QCoreApplication.translate("Report", "Appendix: CRR table (S0 / N / E)"), header, rows))
        if d.segments:
            header = [QCoreApplication.translate("Report", "Segment"), QCoreApplication.translate("Report", "Customers"), QCoreApplication.translate("Report", "Repeat purchase rate"),
                      QCoreApplication.translate("Report", "Revenue per customer"), QCoreApplication.translate("Report", "Share of spend")]
            rows = [[s.value, fmt.fmt_int(s.customers, loc=self.loc),
                     self._fmt_value(s.repeat_rate, "rate"),
                     self._fmt_value(s.revenue_per_customer, "money"),
                     self._fmt_value(s.share_of_revenue, "rate")] for s in d.segments]
            tables.append((QCoreApplication.translate("Report", "Appendix: segments, {0}").format(self._window_name(d.segments_window)) if d.segments_window else QCoreApplication.translate("Report", "Appendix: segments"), header, rows))
        for title, header, rows in tables:
            for start in range(0, max(len(rows), 1), rows_per_page):
                pages.append((title, header, rows[start:start + rows_per_page]))
        return pages

    def _already(self, i: int) -> bool:
        c = self.data.cohort
        return bool(c.already_active and c.already_active[i])

    def _finished(self, i: int, k: int) -> float | None:
        """Cohort ``i``'s value at age ``k`` if that period is over (else None)."""
        c = self.data.cohort
        if k >= len(c.values[i]) or not (k < len(c.complete[i]) and c.complete[i][k]):
            return None
        return c.values[i][k]

    def _cohort_label(self, i: int, short: bool = False) -> str:
        c, d = self.data.cohort, self.data
        name = c.cohorts[i]
        label = (fmt.fmt_period(name, d.grain, loc=self.period_loc, short=short)
                 if hasattr(name, "year") else str(name))
        if not self._already(i):
            return label
        if short:
            return label + "*"
        return QCoreApplication.translate(
            "Report", "{0}: already active when the data starts").format(label)

    def _crr_period(self, r) -> str:
        label = fmt.fmt_period(r.period, self.data.grain, loc=self.period_loc)
        if not r.enough_history:
            return QCoreApplication.translate("Report", "{0} (not enough history)").format(label)
        if not r.complete:
            return QCoreApplication.translate("Report", "{0} (not finished)").format(label)
        return label

    def _crr_rates(self, r) -> list[str]:
        """Retention, churn and CRR of one row; blank before enough history, "too few"
        below the minimum S0."""
        if not r.enough_history:
            return ["", "", ""]
        if self._too_few(r.s0):
            few = QCoreApplication.translate("Report", "too few")
            return [few, few, few]
        return [self._fmt_value(r.crr_strict, "rate"), self._fmt_value(r.churn_rate, "rate"),
                self._fmt_value(r.crr, "rate")]

    def _paint_table_page(self, p: QPainter, title: str, header: list[str],
                          rows: list[list[str]], index: int) -> None:
        x, y, w = MARGIN, MARGIN, self.body.width()
        self._text(p, self._box(x, y, w, 16), f"{self.data.shop_name} — {title}", 12, bold=True)
        y += 22
        first = 0.2 if len(header) > 6 else 0.3
        rest = (1 - first) / max(len(header) - 1, 1)
        widths = [first] + [rest] * (len(header) - 1)
        # a two-line header: long translated headers wrap instead of running into each other
        self._row(p, x, y, w, header, widths, 7, bold=True, height=20)
        for i, cells in enumerate(rows):
            self._row(p, x, y + 20 + 11 * i, w, cells, widths, 7)
        foot = fmt.fmt_page(index + 1, self.page_count(), self.loc)
        self._text(p, self._box(x, self.height - MARGIN - 8, w, 10), foot, 6, color=MUTED,
                   align=self._trail())

"""The report as an Excel workbook: one sheet per table, real number formats (Qt-free).

Sheet names, headers and labels are written in the report's language (the caller passes
the translation function, as the PDF gets its language from the UI's translators); in
fa/ar the sheets read right to left, and periods are labelled in the report's calendar.
Numbers stay numbers, so the workbook still sums and sorts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from retention_desktop.core import formatting as fmt
from retention_desktop.core.export import Sheet, write_xlsx
from retention_desktop.core.formatting import excel_money_format
from retention_desktop.core.i18n import tr_noop
from retention_desktop.core.report.model import ReportData

PCT = "0.0%"
MONEY = "#,##0.00"
INT = "#,##0"
_UNIT_FORMAT = {"rate": PCT, "money": MONEY, "count": INT, "days": "0.0", "ratio": "0.00",
                "score": "0.0"}
_CTX = "Report"
# (text, context) -> text in the report's language
Translate = Callable[[str, str], str]
_UNIT_WORDS = {
    "rate": tr_noop("rate", "Report"), "money": tr_noop("money", "Report"),
    "count": tr_noop("count", "Report"), "days": tr_noop("days", "Report"),
    "ratio": tr_noop("ratio", "Report"), "score": tr_noop("score", "Report"),
}


_LIFECYCLE_COLUMNS = (
    tr_noop("Period", "Report"), tr_noop("First day", "Report"),
    tr_noop("New", "Report"), tr_noop("Continuing customers", "Report"),
    tr_noop("Resurrected", "Report"), tr_noop("Dormant", "Report"))
_SEGMENT_COLUMNS = (
    tr_noop("Dimension", "Report"), tr_noop("Value", "Report"),
    tr_noop("Customers", "Report"), tr_noop("Repeat purchase rate", "Report"),
    tr_noop("Revenue per customer", "Report"), tr_noop("CRR", "Report"),
    tr_noop("Share of spend", "Report"), tr_noop("First day", "Report"),
    tr_noop("Last day", "Report"))
_AB_COLUMNS = (
    tr_noop("Experiment", "Report"), tr_noop("Outcome", "Report"),
    tr_noop("Control", "Report"), tr_noop("Variant", "Report"),
    tr_noop("Control rate", "Report"), tr_noop("Variant rate", "Report"),
    tr_noop("Lift %", "Report"), tr_noop("p-value", "Report"),
    tr_noop("P(variant beats control)", "Report"), tr_noop("Verdict", "Report"))


def _identity(text: str, context: str) -> str:
    return text


class _Words:
    """Translate workbook words (context ``ReportWorkbook``) and definition names."""

    def __init__(self, tr: Translate | None):
        self._tr = tr or _identity

    def __call__(self, text: str) -> str:
        return self._tr(text, "Report")

    def definition(self, text: str) -> str:
        return self._tr(text, "definitions")


def _period_label(value, grain: str, loc: fmt.LocaleSettings) -> str:
    try:
        return fmt.fmt_period(value, grain, loc)
    except (TypeError, ValueError):  # a cohort by a dimension value, not a date
        return str(value)


def _headline_period(data: ReportData, loc: fmt.LocaleSettings) -> str:
    """The headline period in the report's calendar (the plain label without a start)."""
    if data.period_start is None:
        if data.period_window is not None:  # not a whole period: its first and last day
            return " – ".join(fmt.fmt_date(d, "short", loc) for d in data.period_window)
        return data.period_label
    return fmt.fmt_period(data.period_start, data.grain, loc)


def _readme(data: ReportData, w: _Words, loc: fmt.LocaleSettings,
            filters: Sequence[str] | None) -> Sheet:
    period = _headline_period(data, loc)
    policy = (w(tr_noop("net of returns", "Report")) if data.revenue_policy == "net"
              else w(tr_noop("gross", "Report")))
    phrases = list(filters) if filters is not None else list(data.filters)
    rows: list[list] = [
        [w(tr_noop("Shop", "Report")), data.shop_name],
        [w(tr_noop("Source", "Report")), data.source],
        [w(tr_noop("Generated", "Report")), fmt.fmt_date(data.generated_at, "long", loc)],
        [w(tr_noop("Data from", "Report")), fmt.fmt_date(data.date_min, "long", loc)],
        [w(tr_noop("Data to", "Report")), fmt.fmt_date(data.date_max, "long", loc)],
        [w(tr_noop("Headline period", "Report")), period],
        [w(tr_noop("Calendar", "Report")),
         w(tr_noop("Jalali", "Report")) if data.calendar == "jalali"
         else w(tr_noop("Gregorian", "Report"))],
        [w(tr_noop("Minimum customers per figure", "Report")), data.min_n],
        [w(tr_noop("Filters", "Report")),
         "; ".join(phrases) or w(tr_noop("none (all customers)", "Report"))],
        [w(tr_noop("Revenue policy", "Report")), policy],
        [w(tr_noop("Activity window (days)", "Report")), data.activity_window_days],
        [w(tr_noop("Currency", "Report")),
         data.currency or w(tr_noop("not known", "Report"))],
        ["", ""],
        [w(tr_noop("Definition", "Report")), w(tr_noop("Formula", "Report"))],
    ] + [[w.definition(g.name), w.definition(g.formula)] for g in data.glossary]
    item, value = w(tr_noop("Item", "Report")), w(tr_noop("Value", "Report"))
    return Sheet(w(tr_noop("README", "Report")), [item, value], rows,
                 widths={item: 28, value: 90})


def _kpis(data: ReportData, w: _Words, loc: fmt.LocaleSettings) -> Sheet:
    period = _headline_period(data, loc)
    too_few = w(tr_noop("too few", "Report"))
    # A value resting on fewer customers than the minimum is left blank and said so.
    rows = [[w.definition(k.label), None if k.too_few else k.value, k.previous, k.change,
             w(_UNIT_WORDS.get(k.unit, k.unit)), period, k.base,
             too_few if k.too_few else (w(k.note) if k.note else k.note)] for k in data.kpis]
    # one column mixes units (percent, money, counts): format cell by cell
    # the currency next to every amount
    unit_format = {**_UNIT_FORMAT, "money": excel_money_format(data.currency)}
    unit_formats = {(i + 2, col): unit_format.get(k.unit, "0.00")
                    for i, k in enumerate(data.kpis) for col in (2, 3)}
    unit_formats.update({(i + 2, 4): (PCT if k.unit not in ("rate", "ratio") else "+0.0%;-0.0%")
                         for i, k in enumerate(data.kpis)})
    behind = w(tr_noop("Customers behind it", "Report"))
    header = [w(tr_noop("KPI", "Report")), w(tr_noop("Value", "Report")),
              w(tr_noop("Previous period", "Report")), w(tr_noop("Change", "Report")),
              w(tr_noop("Unit", "Report")), w(tr_noop("Period", "Report")), behind,
              w(tr_noop("Note", "Report"))]
    return Sheet(w(tr_noop("KPIs", "Report")), header, rows, cell_formats=unit_formats,
                 formats={behind: INT})


def _crr(data: ReportData, w: _Words, loc: fmt.LocaleSettings) -> Sheet:
    """The CRR table: retention rate R / S0 and churn first, (E - N) / S0 last; periods
    without enough history have no rates, unfinished ones are marked."""
    short, unfinished = (w(tr_noop("not enough history", "Report")),
                         w(tr_noop("not finished", "Report")))
    names = [w(tr_noop("Period", "Report")), w(tr_noop("First day", "Report")),
             w(tr_noop("Active at start (S0)", "Report")), w(tr_noop("New (N)", "Report")),
             w(tr_noop("Active at end (E)", "Report")), w(tr_noop("Retained (R)", "Report")),
             w(tr_noop("Resurrected", "Report")), w(tr_noop("Retention rate R/S0", "Report")),
             w(tr_noop("Churn rate", "Report")), w(tr_noop("CRR (E-N)/S0", "Report")),
             w(tr_noop("Note", "Report"))]
    rows = [[_period_label(r.period, data.grain, loc), _date(r.period), r.s0, r.n, r.e,
             r.retained, r.resurrected,
             *((r.crr_strict, r.churn_rate, r.crr) if r.enough_history else (None,) * 3),
             short if not r.enough_history else ("" if r.complete else unfinished)]
            for r in data.crr_rows]
    return Sheet(w(tr_noop("CRR", "Report")), names, rows,
                 formats={names[1]: "yyyy-mm-dd", **{n: INT for n in names[2:7]},
                          **{n: PCT for n in names[7:10]}})


def _date(value):
    from datetime import date

    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _cohorts(data: ReportData, w: _Words, loc: fmt.LocaleSettings) -> Sheet:
    c = data.cohort
    ages = c.ages
    age_cols = [w(tr_noop("k={0}", "Report")).format(k) for k in ages]
    cohort, size = w(tr_noop("Cohort", "Report")), w(tr_noop("Size", "Report"))
    already = w(tr_noop("(already active when the data starts; not in the mean)", "Report"))
    rows = []
    for i, name in enumerate(c.cohorts):
        label = _period_label(name, data.grain, loc)
        if c.already_active and c.already_active[i]:
            label = f"{label} {already}"
        # unfinished periods are left blank, as on the printed page
        rows.append([label, c.sizes[i]]
                    + [c.values[i][k] if k < len(c.values[i]) and k < len(c.complete[i])
                       and c.complete[i][k] else None for k in ages])
    rows.append([w(tr_noop("Weighted mean", "Report")), None]
                + [c.mean[k] if k < len(c.mean) else None for k in ages])
    value_fmt = PCT if c.measure in ("return-on", "on-or-after", "repurchase") else excel_money_format(data.currency)
    header = [cohort, size] + age_cols
    from openpyxl.utils import get_column_letter  # openpyxl: ~0.1 s, only when exporting

    last_col = get_column_letter(len(header))
    return Sheet(w(tr_noop("Cohorts", "Report")), header, rows,
                 formats={size: INT, **{a: value_fmt for a in age_cols}},
                 color_scale=f"C2:{last_col}{len(c.cohorts) + 1}" if ages else None)


def _lifecycle(data: ReportData, w: _Words, loc: fmt.LocaleSettings) -> Sheet:
    names = [w(t) for t in _LIFECYCLE_COLUMNS]
    rows = [[_period_label(r.period, data.grain, loc), r.period, r.new, r.returning,
             r.resurrected, r.dormant] for r in data.lifecycle]
    return Sheet(w(tr_noop("Lifecycle", "Report")), names, rows,
                 formats={names[1]: "yyyy-mm-dd", **{n: INT for n in names[2:]}})


def _segments(data: ReportData, w: _Words) -> Sheet:
    names = [w(t) for t in _SEGMENT_COLUMNS]
    # the range the segments describe (the Segments tab's default), on every row
    first, last = data.segments_window or (None, None)
    rows = [[w(s.dimension), s.value, s.customers, s.repeat_rate, s.revenue_per_customer, s.crr,
             s.share_of_revenue, first, last] for s in data.segments]
    return Sheet(w(tr_noop("Segments", "Report")), names, rows,
                 formats={names[2]: INT, names[3]: PCT, names[4]: excel_money_format(data.currency), names[5]: PCT,
                          names[6]: PCT, names[7]: "yyyy-mm-dd", names[8]: "yyyy-mm-dd"})


def _ab(data: ReportData, w: _Words) -> Sheet:
    names = [w(t) for t in _AB_COLUMNS]
    rows = [[a.experiment, a.outcome, a.control, a.variant, a.control_rate, a.variant_rate,
             a.lift_pct, a.p_value, a.prob_beat_control, w(a.verdict)] for a in data.ab]
    return Sheet(w(tr_noop("A-B tests", "Report")), names, rows,
                 formats={names[4]: PCT, names[5]: PCT, names[6]: "0.0", names[7]: "0.0000",
                          names[8]: PCT})


_PRODUCT_COLUMNS = (tr_noop("First-order product", "Report"), tr_noop("Customers", "Report"),
                    tr_noop("Observed customers", "Report"),
                    tr_noop("Repeat within 90 days", "Report"),
                    tr_noop("Range vs shop, low (all products together)", "Report"),
                    tr_noop("Range vs shop, high (all products together)", "Report"),
                    tr_noop("Difference from the shop", "Report"), tr_noop("Verdict", "Report"))


#: The engine's verdicts in words (the page and the workbook say the same).
VERDICTS = {"above": tr_noop("more often", "Report"),
            "below": tr_noop("less often", "Report"),
            "same": tr_noop("no clear difference", "Report"),
            "all": tr_noop("all shown customers", "Report")}


def _products(data: ReportData, w: _Words) -> Sheet:
    names = [w(t) for t in _PRODUCT_COLUMNS]
    rows = [[r.name, r.customers, r.n, r.rate, r.low, r.high, r.diff,
             w(VERDICTS.get(r.verdict, r.verdict))]
            for r in data.products]
    if not any(r.verdict in ("above", "below") for r in data.products):
        # the best-ranked rows of a shop where nothing differs are not a finding
        rows.append([w(tr_noop("No product differs clearly from the shop.", "Report"))]
                    + [None] * (len(names) - 1))
    return Sheet(w(tr_noop("Products", "Report")), names, rows,
                 formats={names[1]: INT, names[2]: INT, names[3]: PCT, names[4]: PCT,
                          names[5]: PCT, names[6]: PCT})


def report_sheets(data: ReportData, tr: Translate | None = None,
                  loc: fmt.LocaleSettings | None = None,
                  filters: Sequence[str] | None = None, products: bool = True) -> list[Sheet]:
    """The workbook's sheets, in order (README first).

    Parameters
    ----------
    data : ReportData
    tr : callable, optional
        ``tr(text, context)`` -> text in the report's language (the UI's ``tr_core``);
        default: English.
    loc : LocaleSettings, optional
        Language, digits and direction of labels; periods use ``data.calendar``.
        Default: English.
    filters : sequence of str, optional
        The filter phrases in the report's language (default: ``data.filters``).
    products : bool
        Add the product sheet when the data has products (the user's "Products" tick).
    """
    w = _Words(tr)
    loc = dataclasses.replace(loc or fmt.LocaleSettings.for_language("en"),
                              calendar=data.calendar)
    sheets = [_readme(data, w, loc, filters), _kpis(data, w, loc)]
    if data.crr_rows:
        sheets.append(_crr(data, w, loc))
    if data.cohort is not None and data.cohort.cohorts:
        sheets.append(_cohorts(data, w, loc))
    if data.lifecycle:
        sheets.append(_lifecycle(data, w, loc))
    if data.segments:
        sheets.append(_segments(data, w))
    if data.ab:
        sheets.append(_ab(data, w))
    if data.products and products:
        sheets.append(_products(data, w))
    return [dataclasses.replace(s, right_to_left=loc.rtl) for s in sheets]


def write_report_xlsx(data: ReportData, target: str | Path, tr: Translate | None = None,
                      loc: fmt.LocaleSettings | None = None,
                      filters: Sequence[str] | None = None, products: bool = True) -> Path:
    """Write the report workbook (atomic; formula-like text neutralised).

    See :func:`report_sheets` for ``tr``, ``loc``, ``filters`` and ``products``.
    """
    return write_xlsx(target, report_sheets(data, tr, loc, filters, products))

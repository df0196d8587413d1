"""The report as an Excel workbook: one sheet per table, real number formats (Qt-free)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from retention_desktop.core.export import Sheet, write_xlsx
from retention_desktop.core.report.model import ReportData

PCT = "0.0%"
MONEY = "#,##0.00"
INT = "#,##0"
_UNIT_FORMAT = {"rate": PCT, "money": MONEY, "count": INT, "days": "0.0", "ratio": "0.00",
                "score": "0.0"}


def report_sheets(data: ReportData) -> list[Sheet]:
    """The workbook's sheets, in order (README first)."""
    readme_rows: list[list] = [
        ["Shop", data.shop_name],
        ["Source", data.source],
        ["Generated", data.generated_at.replace(microsecond=0)],
        ["Data from", data.date_min], ["Data to", data.date_max],
        ["Headline period", data.period_label],
        ["Calendar", "Jalali" if data.calendar == "jalali" else "Gregorian"],
        ["Minimum customers per figure", data.min_n],
        ["Filters", "; ".join(data.filters) or "none (all customers)"],
        ["Revenue policy", "net of returns" if data.revenue_policy == "net" else "gross"],
        ["Activity window (days)", data.activity_window_days],
        ["", ""],
        ["Definition", "Formula"],
    ] + [[g.name, g.formula] for g in data.glossary]
    sheets = [Sheet("README", ["Item", "Value"], readme_rows, widths={"Item": 28, "Value": 90})]

    # A value resting on fewer customers than the minimum is left blank and said so.
    kpi_rows = [[k.label, None if k.too_few else k.value, k.previous, k.change, k.unit,
                 data.period_label, k.base,
                 "too few" if k.too_few else k.note] for k in data.kpis]
    # one column mixes units (percent, money, counts): format cell by cell
    unit_formats = {(i + 2, col): _UNIT_FORMAT.get(k.unit, "0.00")
                    for i, k in enumerate(data.kpis) for col in (2, 3)}
    unit_formats.update({(i + 2, 4): (PCT if k.unit not in ("rate", "ratio") else "+0.0%;-0.0%")
                         for i, k in enumerate(data.kpis)})
    sheets.append(Sheet("KPIs", ["KPI", "Value", "Previous period", "Change", "Unit", "Period",
                                 "Customers behind it", "Note"], kpi_rows,
                        cell_formats=unit_formats, formats={"Customers behind it": INT}))

    if data.crr_rows:
        sheets.append(_crr_sheet(data))
    if data.cohort is not None and data.cohort.cohorts:
        sheets.append(_cohort_sheet(data))
    if data.lifecycle:
        sheets.append(Sheet(
            "Lifecycle", ["Period", "New", "Returning", "Resurrected", "Dormant"],
            [[r.period, r.new, r.returning, r.resurrected, r.dormant] for r in data.lifecycle],
            formats={"Period": "yyyy-mm-dd", "New": INT, "Returning": INT, "Resurrected": INT,
                     "Dormant": INT}))
    if data.segments:
        sheets.append(Sheet(
            "Segments", ["Dimension", "Value", "Customers", "Repeat purchase rate",
                         "Revenue per customer", "CRR", "Share of spend"],
            [[s.dimension, s.value, s.customers, s.repeat_rate, s.revenue_per_customer, s.crr,
              s.share_of_revenue] for s in data.segments],
            formats={"Customers": INT, "Repeat purchase rate": PCT, "Revenue per customer": MONEY,
                     "CRR": PCT, "Share of spend": PCT}))
    if data.ab:
        sheets.append(Sheet(
            "A-B tests", ["Experiment", "Outcome", "Control", "Variant", "Control rate",
                          "Variant rate", "Lift %", "p-value", "P(variant beats control)",
                          "Verdict"],
            [[a.experiment, a.outcome, a.control, a.variant, a.control_rate, a.variant_rate,
              a.lift_pct, a.p_value, a.prob_beat_control, a.verdict] for a in data.ab],
            formats={"Control rate": PCT, "Variant rate": PCT, "Lift %": "0.0",
                     "p-value": "0.0000", "P(variant beats control)": PCT}))
    return sheets




def _crr_sheet(data: ReportData) -> Sheet:
    """The CRR table: retention rate R / S0 and churn first, (E - N) / S0 last; periods
    without enough history have no rates, unfinished ones are marked."""
    def status(r) -> str:
        if not r.enough_history:
            return "not enough history"
        return "" if r.complete else "not finished"

    return Sheet(
        "CRR", ["Period", "Active at start (S0)", "New (N)", "Active at end (E)",
                "Retained (R)", "Resurrected", "Retention rate R/S0", "Churn rate",
                "CRR (E-N)/S0", "Note"],
        [[r.period, r.s0, r.n, r.e, r.retained, r.resurrected,
          *((r.crr_strict, r.churn_rate, r.crr) if r.enough_history else (None,) * 3),
          status(r)] for r in data.crr_rows],
        formats={"Active at start (S0)": INT, "New (N)": INT, "Active at end (E)": INT,
                 "Retained (R)": INT, "Resurrected": INT, "Retention rate R/S0": PCT,
                 "Churn rate": PCT, "CRR (E-N)/S0": PCT})


def _cohort_sheet(data: ReportData) -> Sheet:
    """The cohort matrix; unfinished cells blank, the export's first cohort labelled."""
    c = data.cohort
    ages = c.ages
    header = ["Cohort", "Size"] + [f"k={k}" for k in ages]
    rows = []
    for i, name in enumerate(c.cohorts):
        label = str(name)
        if c.already_active and c.already_active[i]:
            label += " (already active when the data starts; not in the mean)"
        # unfinished periods are left blank, as on the printed page
        rows.append([label, c.sizes[i]]
                    + [c.values[i][k] if k < len(c.values[i]) and k < len(c.complete[i])
                       and c.complete[i][k] else None for k in ages])
    rows.append(["Weighted mean", None] + [c.mean[k] if k < len(c.mean) else None for k in ages])
    value_fmt = PCT if c.measure in ("return-on", "on-or-after", "repurchase") else MONEY
    last_col = get_column_letter(len(header))
    return Sheet(
        "Cohorts", header, rows,
        formats={"Size": INT, **{f"k={k}": value_fmt for k in ages}},
        color_scale=f"C2:{last_col}{len(c.cohorts) + 1}" if ages else None)


def write_report_xlsx(data: ReportData, target: str | Path) -> Path:
    """Write the report workbook (atomic; formula-like text neutralised)."""
    return write_xlsx(target, report_sheets(data))

"""The report as an Excel workbook: one sheet per table, real number formats (Qt-free)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from retention_desktop.core.export import Sheet, write_xlsx
from retention_desktop.core.formatting import excel_money_format
from retention_desktop.core.report.model import ReportData

PCT = "0.0%"
MONEY = "#,##0.00"
INT = "#,##0"
_UNIT_FORMAT = {"rate": PCT, "money": MONEY, "count": INT, "days": "0.0", "ratio": "0.00",
                "score": "0.0"}


def report_sheets(data: ReportData) -> list[Sheet]:
    """The workbook's sheets, in order (README first)."""
    money = excel_money_format(data.currency)  # the currency next to every amount
    unit_format = {**_UNIT_FORMAT, "money": money}
    readme_rows: list[list] = [
        ["Shop", data.shop_name],
        ["Source", data.source],
        ["Generated", data.generated_at.replace(microsecond=0)],
        ["Data from", data.date_min], ["Data to", data.date_max],
        ["Headline period", data.period_label],
        ["Filters", "; ".join(data.filters) or "none (all customers)"],
        ["Revenue policy", "net of returns" if data.revenue_policy == "net" else "gross"],
        ["Activity window (days)", data.activity_window_days],
        ["Currency", data.currency or "not known"],
        ["", ""],
        ["Definition", "Formula"],
    ] + [[g.name, g.formula] for g in data.glossary]
    sheets = [Sheet("README", ["Item", "Value"], readme_rows, widths={"Item": 28, "Value": 90})]

    kpi_rows = [[k.label, k.value, k.previous, k.change, k.unit] for k in data.kpis]
    # one column mixes units (percent, money, counts): format cell by cell
    unit_formats = {(i + 2, col): unit_format.get(k.unit, "0.00")
                    for i, k in enumerate(data.kpis) for col in (2, 3)}
    unit_formats.update({(i + 2, 4): (PCT if k.unit not in ("rate", "ratio") else "+0.0%;-0.0%")
                         for i, k in enumerate(data.kpis)})
    sheets.append(Sheet("KPIs", ["KPI", "Value", "Previous period", "Change", "Unit"], kpi_rows,
                        cell_formats=unit_formats))

    if data.crr_rows:
        sheets.append(Sheet(
            "CRR", ["Period", "S0", "N", "E", "CRR (E-N)/S0", "Strict CRR R/S0", "Churn rate"],
            [[r.period, r.s0, r.n, r.e, r.crr, r.crr_strict, r.churn_rate] for r in data.crr_rows],
            formats={"S0": INT, "N": INT, "E": INT, "CRR (E-N)/S0": PCT, "Strict CRR R/S0": PCT,
                     "Churn rate": PCT}))
    if data.cohort is not None and data.cohort.cohorts:
        c = data.cohort
        ages = c.ages
        header = ["Cohort", "Size"] + [f"k={k}" for k in ages]
        rows = []
        for i, name in enumerate(c.cohorts):
            rows.append([str(name), c.sizes[i]]
                        + [c.values[i][k] if k < len(c.values[i]) else None for k in ages])
        rows.append(["Weighted mean", None] + [c.mean[k] if k < len(c.mean) else None for k in ages])
        value_fmt = PCT if c.measure in ("return-on", "on-or-after", "repurchase") else money
        last_col = get_column_letter(len(header))
        sheets.append(Sheet(
            "Cohorts", header, rows,
            formats={"Size": INT, **{f"k={k}": value_fmt for k in ages}},
            color_scale=f"C2:{last_col}{len(c.cohorts) + 1}" if ages else None))
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
            formats={"Customers": INT, "Repeat purchase rate": PCT, "Revenue per customer": money,
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




def write_report_xlsx(data: ReportData, target: str | Path) -> Path:
    """Write the report workbook (atomic; formula-like text neutralised)."""
    return write_xlsx(target, report_sheets(data))

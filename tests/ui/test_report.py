"""The KPI summary: PDF and XLSX written from real projects and read back.

Expected numbers are computed here with plain pandas from the generator's own tables,
independently of the engine.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pandas as pd
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from retention_desktop.cli import main
from retention_desktop.core import formatting as fmt
from retention_desktop.core.demo import build_demo_project, generate_shop
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.report.data import build_report
from retention_desktop.core.report.xlsx import write_report_xlsx
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

N_CUSTOMERS = 600


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("rep") / "demo.rdproj.duckdb"
    build_demo_project(path, n_customers=N_CUSTOMERS)
    orders = generate_shop(n_customers=N_CUSTOMERS).orders
    return path, orders


def _last_month_expectations(orders: pd.DataFrame) -> dict:
    """Headline month = last complete calendar month (the data ends on 31 Dec 2024)."""
    reg = orders[orders["customer_id"].notna()].copy()
    month = reg["order_ts"].dt.to_period("M")
    last = month.max()
    in_month = reg[month == last]
    real = in_month[in_month["kind"] == "order"]
    per_cust = real.groupby("customer_id").size()
    return {
        "period": last,
        "customers": int(per_cust.size),
        "revenue": float(in_month["revenue"].sum()),  # net of returns
        "orders": int(len(real)),
        "repeat_purchase_rate": float((per_cust >= 2).mean()),
    }


def _pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())  # pypdf separates words with tabs


def test_report_numbers_match_independent_pandas(demo, qapp):
    path, orders = demo
    exp = _last_month_expectations(orders)
    with ProjectStore(path, read_only=True) as store:
        data = run_to_completion(build_report(store, FilterSpec(), Settings()))
    cards = {c.key: c for c in data.kpis}
    assert data.period_start == exp["period"].start_time.date()
    assert cards["customers"].value == exp["customers"]
    assert cards["revenue"].value == pytest.approx(exp["revenue"], abs=0.01)
    assert cards["aov"].value == pytest.approx(exp["revenue"] / exp["orders"], rel=1e-9)
    assert cards["repeat_purchase_rate"].value == pytest.approx(exp["repeat_purchase_rate"])
    # the cohort sizes add up to every registered customer
    assert sum(data.cohort.sizes) == N_CUSTOMERS
    assert {g.key for g in data.glossary} >= {"customers", "revenue", "crr", "churn_rate"}


def test_cli_writes_pdf_and_xlsx_with_engine_values(demo, tmp_path, qapp, capsys):
    path, orders = demo
    exp = _last_month_expectations(orders)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    code = main(["report", "--project", str(path), "--pdf", str(pdf), "--xlsx", str(xlsx),
                 "--appendix", "--json"])
    assert code == 0, capsys.readouterr().err
    pages, text = _pdf_text(pdf)
    assert pages >= 2  # summary + appendix
    loc = fmt.LocaleSettings.for_language("en")
    assert fmt.fmt_int(exp["customers"], loc=loc) in text
    assert fmt.fmt_percent(exp["repeat_purchase_rate"], 1, loc=loc) in text
    assert "Definitions used on this page" in text and "(E - N) / S0" in text
    assert "Appendix: cohort table" in text

    wb = load_workbook(xlsx)
    assert {"README", "KPIs", "CRR", "Cohorts", "Lifecycle"} <= set(wb.sheetnames)
    kpis = {row[0].value: row[1].value for row in wb["KPIs"].iter_rows(min_row=2)}
    assert kpis["Customers"] == exp["customers"]
    assert kpis["Revenue"] == pytest.approx(exp["revenue"], abs=0.01)
    assert wb["KPIs"]["B5"].number_format == "0.0%"  # repeat purchase rate row
    assert wb["Cohorts"].freeze_panes == "A2"


def test_persian_report_has_persian_digits_and_jalali_months(demo, tmp_path, qapp):
    path, _ = demo
    pdf = tmp_path / "fa.pdf"
    # the demo project's calendar is Gregorian: Jalali months are asked for explicitly
    assert main(["report", "--project", str(path), "--lang", "fa", "--calendar", "jalali",
                 "--pdf", str(pdf)]) == 0
    _, text = _pdf_text(pdf)
    assert any(ch in text for ch in "۰۱۲۳۴۵۶۷۸۹")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read right-to-left text back")
    # pdftotext rebuilds logical order of right-to-left runs (pypdf gives visual order)
    logical = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                             check=True).stdout
    # drop bidi embedding marks; NFKC maps Arabic presentation forms back to letters
    logical = unicodedata.normalize("NFKC", "".join(
        ch for ch in logical if ch not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))
    # the headline period is the last complete Jalali month, Azar 1403 (ends 20 Dec 2024),
    # compared with Aban 1403
    assert "آذر" in logical and "آبان" in logical and "۱۴۰۳" in logical
    assert "دی" in logical  # the data range ends on 11 Dey 1403


def test_report_language_does_not_change_the_project_calendar(demo, tmp_path, capsys, qapp):
    # Issue 16, point 10: the calendar is a project setting. The demo project is Gregorian;
    # a Persian report of it still counts Gregorian months (December 2024 = 1..31 Dec),
    # where --calendar jalali would count Azar 1403 (21 Nov .. 20 Dec 2024).
    import json

    path, _ = demo
    periods = {}
    for extra in ([], ["--calendar", "jalali"]):
        argv = ["report", "--project", str(path), "--lang", "fa", "--xlsx",
                str(tmp_path / f"r{len(extra)}.xlsx"), "--json", *extra]
        assert main(argv) == 0
        periods[bool(extra)] = json.loads(capsys.readouterr().out)["period"]
    assert periods[False] == "2024-12-01 – 2024-12-31"
    assert periods[True] == "2024-11-21 – 2024-12-20"


def test_hostile_values_are_neutralised_in_xlsx(tmp_path, qapp):
    path = tmp_path / "p.rdproj.duckdb"
    build_demo_project(path, n_customers=200)
    with ProjectStore(path) as store, store.write() as cur:
        cur.execute("UPDATE orders SET channel = '=HYPERLINK(\"http://evil\",\"x\")' "
                    "WHERE channel = 'organic'")
    with ProjectStore(path, read_only=True) as store:
        data = run_to_completion(build_report(store, FilterSpec(), Settings()))
    out = write_report_xlsx(data, tmp_path / "r.xlsx")
    values = [c.value for row in load_workbook(out)["Segments"].iter_rows() for c in row]
    hostile = [v for v in values if isinstance(v, str) and "HYPERLINK" in v]
    assert hostile and all(v.startswith("'=") for v in hostile)


def test_report_tab_previews_and_exports(demo, tmp_path, qtbot):
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.tabs.report_tab import ReportTab

    path, orders = demo
    ctx = AppContext()
    tab = ReportTab(ctx)
    qtbot.addWidget(tab)
    tab.show()  # like every analysis tab, the report computes while it is visible
    ctx.set_store(ProjectStore(path, read_only=True))
    qtbot.waitUntil(lambda: tab.data is not None, timeout=30_000)
    assert not tab.preview.pixmap().isNull()
    assert tab.pdf_btn.isEnabled()
    tab.appendix.setChecked(True)
    assert tab.pages().page_count() > 1
    out = tab.export_pdf(tmp_path / "tab.pdf")
    _, text = _pdf_text(out)
    exp = _last_month_expectations(orders)
    assert fmt.fmt_int(exp["customers"], loc=fmt.current_locale()) in text
    ctx.set_store(None)

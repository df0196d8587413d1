"""The Excel report and the CLI speak the chosen language, direction and calendar.

Oracles are independent of the app's calendar code: Qt's own Jalali calendar
(``QCalendar.System.Jalali``) names the month of each Gregorian first day.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCalendar, QDate, QLocale

from retention_desktop.cli import main
from retention_desktop.core import formatting as fmt
from retention_desktop.core.demo import build_demo_project

ENGLISH_SHEETS = {"README", "KPIs", "CRR", "Cohorts", "Lifecycle", "Segments", "A-B tests",
                  "Products"}
_LATIN_DIGIT = re.compile(r"[0-9]")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "demo.rdproj.duckdb"
    build_demo_project(path, n_customers=300)
    return path


def _persian_month(day: date, system=QCalendar.System.Jalali) -> str:
    """``آذر ۱۴۰۳`` for the Jalali month holding ``day``, from Qt's calendar (or the
    Persian name of the month in another calendar ``system``)."""
    cal = QCalendar(system)
    parts = cal.partsFromDate(QDate(day.year, day.month, day.day))
    name = cal.standaloneMonthName(QLocale("fa"), parts.month, parts.year)
    return f"{name} {str(parts.year).translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))}"


def test_persian_workbook_has_persian_rtl_sheets_and_jalali_periods(project, tmp_path, qapp):
    out = tmp_path / "r.xlsx"
    # --lang before the command (the report's own --lang would also work after it); the
    # calendar is a project setting (issue 16, point 10): Jalali periods are asked for
    assert main(["--lang", "fa", "report", "--project", str(project), "--calendar", "jalali",
                 "--xlsx", str(out)]) == 0
    wb = load_workbook(out)
    assert set(wb.sheetnames).isdisjoint(ENGLISH_SHEETS)
    assert all(re.search(r"[\u0600-\u06ff]", name) for name in wb.sheetnames)
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    # headers are Persian (formula symbols such as S0 may stay Latin)
    for ws in wb.worksheets:
        header = [c.value for c in ws[1] if c.value]
        assert any(re.search(r"[\u0600-\u06ff]", h) for h in header), ws.title
    # each period label is the Jalali month of the period's first day (a real date cell)
    lifecycle = wb.worksheets[[ws.title for ws in wb.worksheets].index("چرخهٔ عمر")]
    rows = list(lifecycle.iter_rows(min_row=2, values_only=True))
    assert len(rows) > 12
    for label, first_day, *_ in rows:
        assert label == _persian_month(first_day.date()), (label, first_day)
        assert not _LATIN_DIGIT.search(label)


def test_persian_language_alone_keeps_the_projects_calendar(project, tmp_path, qapp):
    """Changing the language does not change an existing project's calendar (issue 16,
    point 10): the demo project is Gregorian, so a Persian workbook has Persian names of
    Gregorian months, each starting on the 1st."""
    out = tmp_path / "fa_gregorian.xlsx"
    assert main(["report", "--project", str(project), "--lang", "fa", "--xlsx", str(out)]) == 0
    wb = load_workbook(out)
    lifecycle = wb.worksheets[[ws.title for ws in wb.worksheets].index("چرخهٔ عمر")]
    rows = list(lifecycle.iter_rows(min_row=2, values_only=True))
    assert len(rows) > 12
    for label, first_day, *_ in rows:
        assert first_day.day == 1
        assert label == _persian_month(first_day.date(), QCalendar.System.Gregorian), label
        assert label != _persian_month(first_day.date())


def test_english_workbook_stays_english_and_left_to_right(project, tmp_path, qapp):
    out = tmp_path / "en.xlsx"
    assert main(["report", "--project", str(project), "--xlsx", str(out)]) == 0
    wb = load_workbook(out)
    assert set(wb.sheetnames) <= ENGLISH_SHEETS and "KPIs" in wb.sheetnames
    assert not any(ws.sheet_view.rightToLeft for ws in wb.worksheets)


def test_cli_lang_before_or_after_the_command_and_jalali_cohort_labels(project, capsys):
    base = ["cohorts", "--project", str(project), "--calendar", "jalali"]
    assert main(["metrics", *base, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["cohorts"][0]
    assert main(["--lang", "fa", "metrics", *base]) == 0
    before = capsys.readouterr().out
    assert main(["metrics", *base, "--lang", "fa"]) == 0
    after = capsys.readouterr().out
    assert before == after
    row = next(line.strip() for line in before.splitlines() if "(n=" in line)
    cohort_day = date.fromisoformat(str(first["cohort"])[:10])
    size = fmt.fmt_int(first["size"], fmt.LocaleSettings.for_language("fa"))
    assert row.startswith(f"{_persian_month(cohort_day)} (n={size}):")
    assert not _LATIN_DIGIT.search(row.replace("(n=", ""))
    # without --lang the calendar still decides the label: Jalali month names in English
    assert main(["metrics", *base]) == 0
    plain = next(line.strip() for line in capsys.readouterr().out.splitlines() if "(n=" in line)
    assert not plain.startswith(str(first["cohort"])[:10])
    assert plain.split(" (n=")[0].split()[0] in fmt.month_names(
        fmt.LocaleSettings.for_language("en", calendar="jalali"))

"""Issue 16, "done when": the printed summary of a real export that starts mid-history and
ends mid-month shows no rate above 100 %, no collapse at its last period and no number
from fewer customers than the minimum.

The export is the CDNOW sample (tests/data) cut to 15 Jun 1997 - 17 Mar 1998, as a shop
owner exporting "the last nine months" would get it: customers existed before the first
row, and March 1998 is unfinished. The PDF is written by the CLI and read back with pypdf;
the expected facts are worked out from the raw rows with pandas here.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from retention_desktop.cli import main
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.report.data import build_report
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

DATA = Path(__file__).resolve().parents[1] / "data" / "cdnow_sample" / "CDNOW_sample.txt"
FIRST, LAST = pd.Timestamp("1997-06-15"), pd.Timestamp("1998-03-17")


@pytest.fixture(scope="module")
def cut(tmp_path_factory):
    raw = pd.read_csv(DATA, sep=r"\s+", header=None, dtype=str,
                      names=["customer_id", "new", "date", "cds", "dollars"])
    df = pd.DataFrame({"order_id": [f"r{i}" for i in range(len(raw))],
                       "customer_id": raw["customer_id"],
                       "order_ts": pd.to_datetime(raw["date"], format="%Y%m%d"),
                       "revenue": raw["dollars"].astype(float), "kind": "order"})
    df = df[(df["order_ts"] >= FIRST) & (df["order_ts"] <= LAST)].reset_index(drop=True)
    path = tmp_path_factory.mktemp("honest") / "cdnow_cut.duckdb"
    with ProjectStore(path) as store, store.write() as cur:
        cur.register("incoming", df)
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind) "
                    "SELECT order_id, customer_id, order_ts, revenue, kind FROM incoming")
    return path, df


def _page_one(pdf) -> str:
    return " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())


def test_printed_summary_of_a_mid_history_export(cut, tmp_path, qapp):
    path, df = cut
    pdf = tmp_path / "summary.pdf"
    assert main(["report", "--project", str(path), "--pdf", str(pdf)]) == 0
    text = _page_one(pdf)

    # 1. No rate above 100 %: every percentage on the page except a change arrow's
    #    relative change of a count or an amount.
    rates = [float(m.group(2).replace(",", ""))
             for m in re.finditer(r"(▲ |▼ )?(\d[\d,]*(?:\.\d+)?)%", text) if not m.group(1)]
    assert rates and max(rates) <= 100.0

    # The headline is February 1998 (March is unfinished) and names what it compares with.
    assert "Headline period: February 1998 (compared with January 1998)" in text
    assert "Retention rate" in text and "Churn rate" in text
    assert "CRR" not in text.split("Definitions used on this page")[0]

    # Retention and churn by hand: S0 = customers with an order in the 90 days before
    # 1 Feb 1998, R = those of them with an order in the 90 days before 1 Mar 1998.
    def active(day):
        d = df[(df["order_ts"] < day) & (df["order_ts"] >= day - pd.Timedelta(days=90))]
        return set(d["customer_id"])

    s0 = active(pd.Timestamp("1998-02-01"))
    kept = s0 & active(pd.Timestamp("1998-03-01"))
    retention = f"{100 * len(kept) / len(s0):.1f}%"
    churn = f"{100 * (1 - len(kept) / len(s0)):.1f}%"
    assert f"Retention rate {retention}" in text and f"Churn rate {churn}" in text

    # 2. No collapse at the last period: the unfinished March is in no chart.
    data = run_to_completion(build_report(ProjectStore(path, read_only=True), FilterSpec(),
                                          Settings()))
    assert data.lifecycle and all(r.period < date(1998, 3, 1) for r in data.lifecycle)
    # "Mar 1998" only in the data line ("... – 17 Mar 1998"): neither a lifecycle bar nor
    # a cohort row label.
    assert text.count("Mar 1998") == 1 and "17 Mar 1998" in text
    # The first cohort (June 1997) is everyone already buying: marked, not in the mean.
    assert data.cohort.already_active[0] and "Jun 1997*" in text
    assert "already active when the data starts" in text


def test_too_few_customers_print_no_number(cut, tmp_path, qapp):
    path, df = cut
    # 12 customers (as the Germany report issue 16 saw): below the minimum of 30.
    ids = tuple(sorted(df["customer_id"].unique())[:12])
    pdf = tmp_path / "few.pdf"
    argv = ["report", "--project", str(path), "--pdf", str(pdf),
            "--where", "customer_id=" + ",".join(ids)]
    assert main(argv) == 0
    text = _page_one(pdf)
    cards = text.split("Cohort retention")[0]
    # Retention, churn, repeat rate, AOV and time to second purchase: "too few", and no
    # change arrow next to them.
    assert cards.count("too few") == 5
    # none of the 12 bought in the headline month: the cards say who is missing in plain
    # words ("only 0 customers (minimum 30)" read like a bug on a shop of thousands)
    assert "only 0" not in cards
    assert "no customers in this period" in cards and "no first-time buyers" in cards
    for name in ("Retention rate", "Churn rate", "Repeat purchase rate",
                 "Time to second purchase"):
        after = cards.split(name, 1)[1][:40]
        assert "%" not in after and "days" not in after, (name, after)


def test_one_customer_is_one_customer_on_the_page(cut, tmp_path, qapp):
    # The printed report read "only 1 customers (minimum 30)" (the Overview was mended).
    path, df = cut
    pdf = tmp_path / "one.pdf"
    one = sorted(df["customer_id"].unique())[0]
    assert main(["report", "--project", str(path), "--pdf", str(pdf),
                 "--where", f"customer_id={one}"]) == 0
    cards = _page_one(pdf).split("Cohort retention")[0]
    assert "only 1 customer (minimum 30)" in cards
    assert "1 customers" not in cards


def test_workbook_of_the_same_export(cut, tmp_path, qapp):
    from openpyxl import load_workbook

    path, df = cut
    ids = tuple(sorted(df["customer_id"].unique())[:12])
    out = tmp_path / "few.xlsx"
    assert main(["report", "--project", str(path), "--xlsx", str(out),
                 "--where", "customer_id=" + ",".join(ids)]) == 0
    kpis = {r[0]: r for r in load_workbook(out)["KPIs"].iter_rows(min_row=2, values_only=True)}
    for name in ("Retention rate", "Churn rate", "Repeat purchase rate"):
        assert kpis[name][1] is None and kpis[name][7] == "too few", kpis[name]
    full = tmp_path / "all.xlsx"
    assert main(["report", "--project", str(path), "--xlsx", str(full)]) == 0
    wb = load_workbook(full)
    # columns are read by their header (the sheet also has a sortable "First day" date)
    crr = _sheet_by_header(wb["CRR"])
    s0, kept = crr["Active at start (S0)"], crr["Retained (R)"]
    retention, churn = crr["Retention rate R/S0"], crr["Churn rate"]
    note = crr["Note"]
    # retention R/S0 never above 100 %, is R / S0 of its own row and churn its complement;
    # the four periods without history carry no rates
    assert all(r is None or 0 <= r <= 1 for r in retention)
    rated = [i for i, r in enumerate(retention) if r is not None]
    assert rated
    for i in rated:
        assert retention[i] == pytest.approx(kept[i] / s0[i])
        assert retention[i] + churn[i] == pytest.approx(1.0)
    assert note.count("not enough history") == 4
    assert note[-1] == "not finished"  # March 1998
    assert crr["First day"][-1].date() == date(1998, 3, 1)
    lifecycle = _sheet_by_header(wb["Lifecycle"])["First day"]
    assert max(lifecycle).date() < date(1998, 3, 1)


def _sheet_by_header(sheet) -> dict[str, list]:
    """A worksheet as {header: column values} (values below the header row)."""
    rows = list(sheet.iter_rows(values_only=True))
    return {name: [r[i] for r in rows[1:]] for i, name in enumerate(rows[0])}


@pytest.mark.parametrize("lang, negation", [("ar", "لم "), ("fa", "برنگشته")])
def test_printed_time_to_second_purchase_note_means_what_the_screen_says(qapp, lang, negation):
    """The PDF card printed "لم يعد بعد أقل من النصف" ("fewer than half have not yet
    returned") while the Overview card said "عاد أقل من النصف": the oracle is the screen's
    note for the same state, which the printed one must contain, without a negation."""
    from PySide6.QtCore import QCoreApplication

    from retention_desktop.core.report.data import NOT_REACHED_NOTE
    from retention_desktop.ui.i18n import install_translators

    install_translators(qapp, lang)
    try:
        printed = QCoreApplication.translate("Report", NOT_REACHED_NOTE)
        screen = QCoreApplication.translate("OverviewTab", "under half came back")
    finally:
        install_translators(qapp, "en")
    assert printed != NOT_REACHED_NOTE and screen != "under half came back"  # translated
    assert screen in printed, (printed, screen)
    assert negation not in printed, printed

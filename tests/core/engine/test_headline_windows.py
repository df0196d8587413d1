"""The headline cards' windows on the CDNOW sample in a Jalali project (the walk-through's
shop: 2,357 customers, orders to 30 June 1998 = 9 Tir 1377).

Before, "Last 30 days" (1377/03/11 – 1377/04/09) showed Khordad 1377 cut by the range
start (11th to 31st) as a complete month against the whole of Ordibehesht: a fake drop.
Windows are worked out by hand with jdatetime; counts with pandas.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path

import jdatetime
import pytest

from retention_desktop.cli import main
from retention_desktop.core.engine.crr import crr_prepared
from retention_desktop.core.engine.prepared import prepare
from retention_desktop.core.engine.spec import FilterSpec, Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from growth_fixtures import build_store, cdnow_orders  # noqa: E402


@pytest.fixture(scope="module")
def cdnow(tmp_path_factory):
    path = tmp_path_factory.mktemp("cdnow") / "cdnow.duckdb"
    orders = cdnow_orders()
    build_store(path, orders).close()
    orders["day"] = orders.order_ts.dt.date
    return str(path), orders


def kpis(project: str, *args: str) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["metrics", "kpis", "--project", project, "--calendar", "jalali",
                     *args, "--json"]) == 0
    return json.loads(out.getvalue())["headline"]


def g(jy: int, jm: int, jd: int) -> str:
    return jdatetime.date(jy, jm, jd).togregorian().isoformat()


def customers(orders, lo: str, hi: str) -> int:
    d = orders[(orders.day >= date.fromisoformat(lo)) & (orders.day <= date.fromisoformat(hi))]
    return int(d.customer_id.nunique())


def test_last_30_days_is_30_days_not_a_clipped_month_shown_complete(cdnow):
    project, orders = cdnow
    head = kpis(project, "--period", "last-30-days")
    cur, prev = head["current"], head["previous"]
    # the 30 days ending on the data's last day (9 Tir 1377), against the 30 days before
    assert (cur["from"], cur["to"]) == (g(1377, 3, 11), g(1377, 4, 9))
    # 1377/02/12 – 1377/03/10: 20 days of Ordibehesht (31 days long), 10 of Khordad
    assert (prev["from"], prev["to"]) == (g(1377, 2, 12), g(1377, 3, 10))
    assert cur["kpis"]["customers"] == customers(orders, cur["from"], cur["to"])
    assert prev["kpis"]["customers"] == customers(orders, prev["from"], prev["to"])
    # the walk's figure: the cards said 111 customers in "Khordad 1377" (11th to 31st)
    assert cur["kpis"]["customers"] != customers(orders, g(1377, 3, 11), g(1377, 3, 31))
    assert cur["kpis"]["complete"] is True  # 30 whole observed days


def test_last_90_days_counts_the_90_days(cdnow):
    project, orders = cdnow
    head = kpis(project, "--period", "last-90-days")
    cur = head["current"]
    assert (cur["from"], cur["to"]) == (g(1377, 1, 13), g(1377, 4, 9))
    assert cur["kpis"]["customers"] == customers(orders, cur["from"], cur["to"]) == 299
    prev = head["previous"]
    assert date.fromisoformat(cur["from"]) - date.fromisoformat(prev["from"]) == timedelta(90)


def test_all_time_shows_the_last_whole_month(cdnow):
    project, orders = cdnow
    head = kpis(project)
    assert (head["current"]["from"], head["current"]["to"]) == (g(1377, 3, 1), g(1377, 3, 31))
    assert (head["previous"]["from"], head["previous"]["to"]) == (g(1377, 2, 1), g(1377, 2, 31))
    assert head["current"]["kpis"]["customers"] == customers(orders, g(1377, 3, 1),
                                                             g(1377, 3, 31))


def test_custom_range_never_presents_a_clipped_month_as_whole(cdnow):
    project, _orders = cdnow
    # 1377/02/15 – 1377/04/04: Khordad is the last month wholly inside
    head = kpis(project, "--from", g(1377, 2, 15), "--to", g(1377, 4, 4))
    assert (head["current"]["from"], head["current"]["to"]) == (g(1377, 3, 1), g(1377, 3, 31))
    assert head["current"]["kpis"]["complete"] is True
    # 1377/03/15 – 1377/04/04: no whole month inside; Tir so far, marked unfinished,
    # against as many days just before it
    head = kpis(project, "--from", g(1377, 3, 15), "--to", g(1377, 4, 4))
    assert (head["current"]["from"], head["current"]["to"]) == (g(1377, 4, 1), g(1377, 4, 4))
    assert head["current"]["kpis"]["complete"] is False
    assert (head["previous"]["from"], head["previous"]["to"]) == (g(1377, 3, 28),
                                                                  g(1377, 3, 31))


def test_no_previous_window_reaching_before_the_data(cdnow):
    project, _orders = cdnow
    # year to date of 1377 against the same 111 days of 1376 (from 1 Farvardin 1376 =
    # 21 March 1997): the export starts on 1 January 1997, so that is inside the data
    head = kpis(project, "--period", "year-to-date")
    assert (head["current"]["from"], head["current"]["to"]) == (g(1377, 1, 1), g(1377, 4, 9))
    assert (head["previous"]["from"], head["previous"]["to"]) == (g(1376, 1, 1), g(1376, 4, 9))
    # the last 365 days would be compared with days before the export: nothing to compare
    assert kpis(project, "--period", "last-365-days")["previous"] is None


def test_window_retention_equals_the_crr_row_of_a_whole_period(cdnow):
    """The retention of an arbitrary window (used for 30 days, quarters ...) is the CRR
    table's rule: on a window that is one month it gives that month's row."""
    from retention_desktop.core.engine.overview import window_retention
    from retention_desktop.core.store import ProjectStore

    project, _orders = cdnow
    with ProjectStore(project, read_only=True) as store:
        prep = prepare(store, FilterSpec(), Settings(calendar="jalali"))
        rows = [r for r in crr_prepared(prep)["periods"] if r["complete"]]
        assert len(rows) >= 12
        for row in rows:
            got = window_retention(prep, date.fromisoformat(row["start"]),
                                   date.fromisoformat(row["end"]))
            assert (got["S0"], got["retained"], got["crr_strict"], got["churn_rate"],
                    got["crr"], got["enough_history"]) == (
                row["S0"], row["retained"], row["crr_strict"], row["churn_rate"], row["crr"],
                row["enough_history"]), row["period"]


@pytest.mark.parametrize("period", ["last-30-days", "last-quarter"])
def test_the_report_cards_are_the_overview_headline(cdnow, period):
    """The printed report's cards and period are the CLI's (and the Overview's) headline
    for the same period."""
    from retention_desktop.core.report.data import build_report
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    project, orders = cdnow
    head = kpis(project, *(["--period", period] if period else []))
    settings = Settings(calendar="jalali")
    with ProjectStore(project, read_only=True) as store:
        spec = FilterSpec(period=period).resolved(orders.day.max(), "jalali")
        data = run_to_completion(build_report(store, spec, settings))
    cards = {c.key: c for c in data.kpis}
    cur, prev = head["current"], head["previous"]
    assert tuple(d.isoformat() for d in data.period_window) == (cur["from"], cur["to"])
    assert tuple(d.isoformat() for d in data.previous_window) == (prev["from"], prev["to"])
    for key in ("customers", "revenue", "crr_strict", "churn_rate"):
        assert cards[key].value == pytest.approx(cur["kpis"][key]), key
        assert cards[key].previous == pytest.approx(prev["kpis"][key]), key
    assert cards["customers"].value == customers(orders, cur["from"], cur["to"])


def test_a_preset_reaching_before_the_data_names_the_days_there(cdnow):
    project, orders = cdnow
    # last complete year = 1376 (from 1 Farvardin = 21 March 1997); the export starts on
    # 1 January 1997 (1375/10/12): the whole year is there, the year before is not
    head = kpis(project, "--period", "last-year")
    assert (head["current"]["from"], head["current"]["to"]) == (g(1376, 1, 1), g(1376, 12, 29))
    assert head["previous"] is None
    # 600 days back reach before the export: the cards say which days they count
    head = kpis(project, "--period", "last-600-days")
    assert (head["current"]["from"], head["current"]["to"]) == ("1997-01-01", "1998-06-30")
    assert head["current"]["kpis"]["customers"] == customers(orders, "1997-01-01",
                                                             "1998-06-30") == 2357
    assert head["previous"] is None

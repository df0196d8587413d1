"""``--period`` gives the CLI the filter bar's presets, resolved the same way."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta

import jdatetime
import pytest

from retention_desktop.cli import main
from retention_desktop.core.store import ProjectStore


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.rdproj.duckdb"
    store = ProjectStore(path)
    rows = []
    day = date(2023, 1, 1)
    for i in range(400):  # one order a day from 1 Jan 2023 to 4 Feb 2024
        rows.append((f"O{i}", f"C{i % 37}", day + timedelta(days=i), 10.0 + i % 7, "order"))
    with store.write() as cur:
        cur.executemany("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind) "
                        "VALUES (?, ?, ?, ?, ?)", rows)
    store.close()
    return path, rows


def _kpis(*args: str) -> tuple[int, dict]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["metrics", "kpis", *args, "--json"])
    return code, (json.loads(out.getvalue()) if code == 0 else {"error": err.getvalue()})


def _orders_between(rows, lo: date, hi: date) -> int:
    return sum(1 for r in rows if lo <= r[2] <= hi)


def test_period_presets_equal_explicit_dates(shop):
    path, rows = shop
    end = date(2024, 2, 4)
    cases = {
        "last-30-days": (end - timedelta(days=29), end),
        "last-month": (date(2024, 1, 1), date(2024, 1, 31)),
        "last-quarter": (date(2023, 10, 1), date(2023, 12, 31)),
        "last-year": (date(2023, 1, 1), date(2023, 12, 31)),
        "year-to-date": (date(2024, 1, 1), end),
    }
    for preset, (lo, hi) in cases.items():
        code, by_preset = _kpis("--project", str(path), "--period", preset)
        assert code == 0, by_preset
        code, by_dates = _kpis("--project", str(path), "--from", lo.isoformat(),
                               "--to", hi.isoformat())
        assert code == 0
        # the range's figures are the same; the cards (headline) describe the preset's own
        # window, where explicit dates show the last whole period inside them
        head = by_preset.pop("headline")
        by_dates.pop("headline")
        assert by_preset == by_dates, preset
        assert (head["current"]["from"], head["current"]["to"]) == \
            (lo.isoformat(), hi.isoformat()), preset
        assert _orders_between(rows, lo, hi) > 0


def test_jalali_last_year_is_farvardin_to_esfand(shop):
    path, _rows = shop
    # the data ends 15 Bahman 1402: the last complete Jalali year is 1401
    lo = jdatetime.date(1401, 1, 1).togregorian()
    hi = jdatetime.date(1402, 1, 1).togregorian() - timedelta(days=1)
    code, by_preset = _kpis("--project", str(path), "--period", "last-year",
                            "--calendar", "jalali")
    assert code == 0, by_preset
    code, by_dates = _kpis("--project", str(path), "--calendar", "jalali",
                           "--from", lo.isoformat(), "--to", hi.isoformat())
    head = by_preset.pop("headline")
    by_dates.pop("headline")
    assert by_preset == by_dates
    # the cards show the Jalali year 1401 itself, from the export's first day (1 Jan 2023:
    # the days before it are not in the data), with no earlier period to compare with
    assert (head["current"]["from"], head["current"]["to"]) == ("2023-01-01", hi.isoformat())
    assert head["previous"] is None


def test_period_errors_are_plain(shop):
    path, _rows = shop
    code, out = _kpis("--project", str(path), "--period", "last-fortnight")
    assert code == 1 and "last-90-days" in out["error"]
    code, out = _kpis("--project", str(path), "--period", "last-month", "--from", "2023-01-01")
    assert code == 1 and "either --period or --from/--to" in out["error"]

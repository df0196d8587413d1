"""Stickiness: DAU/MAU, active days per month, sessions per user per week.

Uses the ``activity`` table (one row per session/login) when the project has rows there;
otherwise the same measures on order days, labelled ``basis = 'orders'``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from retention_desktop.core.engine.base import period_start_sql
from retention_desktop.core.engine.growth_common import (
    Scope,
    filters_customers,
    iso,
    not_available,
    table_rows,
)
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings

CARDS = ("dau_mau", "active_days_per_month", "sessions_per_user_week")
BASIS_LABELS = {
    "activity": "from the activity table (sessions)",
    "orders": "on order days (no activity data in this project)",
}


def _activity_bounds(scope: Scope) -> tuple[date | None, date | None]:
    row = scope.cur.execute(
        "SELECT CAST(min(ts) AS DATE), CAST(max(ts) AS DATE) FROM activity"
    ).fetchone()
    lo, hi = row
    if hi is None:
        return None, None
    spec = scope.spec
    return (spec.date_from or lo), (min(spec.date_to, hi) if spec.date_to else hi)


def stickiness(store: Any, spec: FilterSpec, settings: Settings,
               basis: str = "auto") -> dict:
    """DAU/MAU, active days per month and sessions per user per week.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
    basis : {'auto', 'activity', 'orders'}, optional
        ``auto`` (default) uses the activity table when it has rows.

    Returns
    -------
    dict
        ``basis``, ``basis_label``, ``dau_mau``, ``months`` [{period, days, user_days, dau,
        mau, dau_mau}], ``active_days`` [{days, user_months, share}], ``mean_active_days``,
        ``weeks`` [{period, sessions, users, sessions_per_user}],
        ``sessions_per_user_week``.
    """
    scope = Scope(store, spec, settings)
    if basis == "auto":
        basis = "activity" if table_rows(scope.cur, "activity") else "orders"
    if basis == "activity":
        start, end = _activity_bounds(scope)
        restrict = " AND customer_id IN (SELECT customer_id FROM eligible)" \
            if filters_customers(spec) else ""
        events = ("events AS (SELECT customer_id, ts FROM activity WHERE customer_id IS NOT "
                  f"NULL AND ts >= CAST(? AS DATE) AND ts < CAST(? AS DATE) + 1{restrict})")
    elif basis == "orders":
        start, end = scope.start, scope.end
        events = ("events AS (SELECT customer_id, order_ts AS ts FROM base_docs WHERE "
                  "kind = 'order' AND order_ts >= CAST(? AS DATE) "
                  "AND order_ts < CAST(? AS DATE) + 1)")
    else:
        raise ValueError(f"basis must be auto, activity or orders, not {basis!r}")
    if start is None or end is None or start > end:
        reason = ("This project has no activity data (sessions/logins)." if basis == "activity"
                  and not table_rows(scope.cur, "activity") else
                  "No activity or orders in the selected range.")
        return not_available("stickiness", reason,
                             basis=basis, basis_label=BASIS_LABELS[basis])
    month = period_start_sql("d", settings.with_(grain="month"))
    week = period_start_sql("d", settings.with_(grain="week"))
    # One pass over the events: (customer, day, sessions), reused by the three aggregates.
    scope.materialize("rd_stick_ud", f", {events} SELECT customer_id, CAST(ts AS DATE) AS d, "
                      "count(*) AS sessions FROM events GROUP BY ALL", [start, end])
    days = ("WITH days AS (SELECT CAST(range AS DATE) AS d FROM range(CAST(? AS DATE), "
            "CAST(? AS DATE) + 1, INTERVAL 1 DAY)) ")
    cur = scope.cur
    months = cur.execute(
        days + f", md AS (SELECT {month} AS m, count(*) AS ndays FROM days GROUP BY 1), "
        f"mu AS (SELECT {month} AS m, count(*) AS user_days, "
        "count(DISTINCT customer_id) AS mau FROM rd_stick_ud GROUP BY 1) "
        "SELECT md.m, md.ndays, coalesce(mu.user_days, 0), coalesce(mu.mau, 0) "
        "FROM md LEFT JOIN mu USING (m) ORDER BY md.m", [start, end]).fetchall()
    dist = cur.execute(
        f"SELECT n, count(*) FROM (SELECT customer_id, {month} AS m, count(*) AS n "
        "FROM rd_stick_ud GROUP BY ALL) GROUP BY n ORDER BY n").fetchall()
    weeks = cur.execute(
        days + f", wd AS (SELECT DISTINCT {week} AS w FROM days), "
        f"wu AS (SELECT {week} AS w, sum(sessions) AS sessions, "
        "count(DISTINCT customer_id) AS users FROM rd_stick_ud GROUP BY 1) "
        "SELECT wd.w, coalesce(wu.sessions, 0), coalesce(wu.users, 0) "
        "FROM wd LEFT JOIN wu USING (w) ORDER BY wd.w", [start, end]).fetchall()
    cur.execute("DROP TABLE IF EXISTS rd_stick_ud")

    month_rows = []
    weighted = 0.0
    for m, ndays, user_days, mau in months:
        dau = user_days / ndays
        ratio = dau / mau if mau else None
        if ratio is not None:
            weighted += ratio * ndays
        month_rows.append({"period": iso(m), "days": int(ndays), "user_days": int(user_days),
                           "dau": dau, "mau": int(mau), "dau_mau": ratio})
    observed_days = sum(r["days"] for r in month_rows if r["mau"])
    user_months = sum(int(c) for _, c in dist)
    week_rows = [{"period": iso(w), "sessions": int(s), "users": int(u),
                  "sessions_per_user": (s / u if u else None)} for w, s, u in weeks]
    user_weeks = sum(r["users"] for r in week_rows)
    return {
        "metric": "stickiness",
        "available": user_months > 0,
        "reason": None if user_months else "Nobody was active in the selected range.",
        "basis": basis,
        "basis_label": BASIS_LABELS[basis],
        "start": iso(start),
        "end": iso(end),
        "dau_mau": weighted / observed_days if observed_days else None,
        "months": month_rows,
        "active_days": [{"days": int(n), "user_months": int(c), "share": c / user_months}
                        for n, c in dist],
        "mean_active_days": (sum(int(n) * int(c) for n, c in dist) / user_months
                             if user_months else None),
        "weeks": week_rows,
        "sessions_per_user_week": (sum(r["sessions"] for r in week_rows) / user_weeks
                                   if user_weeks else None),
    }


register_metric("stickiness", stickiness, CARDS,
                "DAU/MAU, active days per month and sessions per user per week")

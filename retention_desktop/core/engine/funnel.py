"""Stage funnel: signup -> first order -> second order -> third order, plus reactivations.

Entrants are customers who signed up in the range (``customers.signup_ts``) or, without
signup data, customers whose first-ever order is in the range. Later stages are counted
up to the data end. Times between stages are days between the timestamps (fractional,
like the time to second purchase).
"""

from __future__ import annotations

from typing import Any

from retention_desktop.core.engine.base import period_start_sql
from retention_desktop.core.engine.growth_common import (
    Scope,
    filters_customers,
    fnum,
    iso,
    not_available,
)
from retention_desktop.core.engine.inference import wilson
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings

CARDS = ("funnel_conversion", "funnel_stage_days", "reactivation")
STAGES = ("signup", "first_order", "second_order", "third_order")


def _signup_rows(scope: Scope) -> int:
    return int(scope.cur.execute(
        "SELECT count(*) FROM customers WHERE signup_ts IS NOT NULL").fetchone()[0])


# The three first order times per customer without a window pass: min(x, 3) keeps the
# three smallest timestamps.
_FIRSTS = ("firsts AS (SELECT customer_id, min(order_ts, 3) AS t FROM rd_fun_orders "
           "GROUP BY customer_id), "
           "stages AS (SELECT customer_id, t[1] AS first_ts, "
           "CASE WHEN len(t) >= 2 THEN t[2] END AS second_ts, "
           "CASE WHEN len(t) >= 3 THEN t[3] END AS third_ts FROM firsts)")
_DAYS = "(epoch({b}) - epoch({a})) / 86400.0"


def _stage_counts(scope: Scope, signup: bool) -> tuple[list[Any], tuple[Any, Any]]:
    """Entrants, customers reaching each stage and median days between stages.

    Returns ``([n_signup, n_first, n_second, n_third, d_signup_first, d_first_second,
    d_second_third], (start, end))``; medians of days between the two stage times.
    """
    meds = ", ".join(
        f"quantile_cont({_DAYS.format(a=a, b=b)}, 0.5) FILTER (WHERE {b} IS NOT NULL)"
        for a, b in (("signup_ts", "first_ts"), ("first_ts", "second_ts"),
                     ("second_ts", "third_ts")))
    agg = f"SELECT count(*), count(first_ts), count(second_ts), count(third_ts), {meds}"
    if signup:
        spec = scope.spec
        lo, hi = scope.cur.execute(
            "SELECT CAST(min(signup_ts) AS DATE), CAST(max(signup_ts) AS DATE) FROM customers"
        ).fetchone()
        start = spec.date_from or lo
        end = min(spec.date_to, hi) if spec.date_to else hi
        row = scope.query(
            f", {_FIRSTS}, su AS (SELECT customer_id, min(signup_ts) AS signup_ts "
            "FROM customers WHERE signup_ts IS NOT NULL GROUP BY customer_id) "
            f"{agg} FROM su LEFT JOIN stages USING (customer_id) "
            "WHERE CAST(su.signup_ts AS DATE) BETWEEN ? AND ?", [start, end])[0]
        return list(row), (start, end)
    row = scope.query(
        f", {_FIRSTS} {agg} FROM (SELECT NULL::TIMESTAMP AS signup_ts, * FROM stages) "
        "WHERE CAST(first_ts AS DATE) BETWEEN ? AND ?", [scope.start, scope.end])[0]
    return list(row), (scope.start, scope.end)


def _reactivations(scope: Scope, settings: Settings) -> dict[str, Any]:
    window = int(settings.activity_window_days)
    period = period_start_sql("order_ts", settings)
    rows = scope.query(
        ", gaps AS (SELECT customer_id, order_ts, date_diff('day', CAST(lag(order_ts) OVER "
        "(PARTITION BY customer_id ORDER BY order_ts) AS DATE), CAST(order_ts AS DATE)) "
        "AS gap FROM rd_fun_orders) "
        f"SELECT {period} AS p, count(*) FILTER (WHERE gap >= ?), "
        "count(DISTINCT customer_id) FILTER (WHERE gap >= ?), count(*) FROM gaps "
        "WHERE CAST(order_ts AS DATE) BETWEEN ? AND ? GROUP BY GROUPING SETS ((p), ()) "
        "ORDER BY p NULLS FIRST", [window, window, scope.start, scope.end])
    total = next((r for r in rows if r[0] is None), (None, 0, 0, 0))
    n_re, c_re, n_all = (int(x) for x in total[1:])
    return {
        "window_days": window,
        "orders": n_re,
        "customers": c_re,
        "orders_in_range": n_all,
        "share_of_orders": n_re / n_all if n_all else None,
        "periods": [{"period": iso(p), "orders": int(a), "customers": int(b),
                     "orders_in_period": int(c)} for p, a, b, c in rows if p is not None],
    }


def funnel(store: Any, spec: FilterSpec, settings: Settings) -> dict:
    """Stage funnel with conversions, median days between stages and reactivations.

    Returns
    -------
    dict
        ``entry`` ('signup' or 'first_order'), ``signup_note`` (why signup is missing),
        ``stages`` [{stage, customers, conversion, conversion_ci_low, conversion_ci_high,
        share_of_entrants, median_days_from_previous}], ``reactivations`` {window_days,
        orders, customers, orders_in_range, share_of_orders, periods}.
    """
    scope = Scope(store, spec, settings)
    signup_note = None
    signup = _signup_rows(scope) > 0
    if not signup:
        signup_note = "No signup dates in this project (import a customers file)."
    elif filters_customers(spec):
        signup = False
        signup_note = ("The signup stage needs an unfiltered view: people who never "
                       "ordered have no channel, campaign or order history to filter on.")
    if scope.end is None and not signup:
        return not_available("funnel", "No orders in this project.", signup_note=signup_note)
    # The filtered orders once, shared by the stage and reactivation queries.
    scope.materialize("rd_fun_orders", "SELECT customer_id, order_ts FROM base_docs "
                      "WHERE kind = 'order'")
    counts, (start, end) = _stage_counts(scope, signup)
    n_entry = int(counts[0])
    stages = []
    previous = None
    for i in range(0 if signup else 1, 4):
        n = int(counts[i])
        if previous is None:
            conv = low = high = days = None
        else:
            conv = n / previous if previous else None
            low, high = wilson(n, previous)
            days = counts[3 + i]
        stages.append({
            "stage": STAGES[i],
            "customers": n,
            "conversion": conv,
            "conversion_ci_low": low,
            "conversion_ci_high": high,
            "share_of_entrants": n / n_entry if n_entry else None,
            "median_days_from_previous": fnum(days),
        })
        previous = n
    return {
        "metric": "funnel",
        "available": n_entry > 0,
        "reason": None if n_entry else "Nobody entered the funnel in the selected range.",
        "entry": "signup" if signup else "first_order",
        "signup_note": signup_note,
        "start": iso(start),
        "end": iso(end),
        "stages": stages,
        "reactivations": _reactivations(scope, settings) if scope.end else None,
    }


register_metric("funnel", funnel, CARDS,
                "Signup -> 1st -> 2nd -> 3rd order conversion and reactivations")

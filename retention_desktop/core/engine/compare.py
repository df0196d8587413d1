"""Segment and campaign comparison: for any dimension, per value, the retention metrics
with 95% intervals and a significance flag against a baseline value.

Each value is computed on exactly the data the filter ``dimension = value`` selects (the
same working tables as every other metric), so a breakdown row equals the metric with
that filter. For campaigns, the behaviour of the campaign's customers in the N days
*after* the campaign ended is compared too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from retention_desktop.core.engine.growth_common import Scope, fnum, iso, not_available
from retention_desktop.core.engine.inference import (
    clustered_rate_cell,
    clustered_z,
    mean_cell,
    rate_cell,
    two_proportion_z,
    welch,
)
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident

CARDS = ("segment_compare", "crr", "crr_strict", "churn_rate", "repeat_purchase_rate",
         "nday_repeat", "revenue_per_customer", "campaign_after_end")
MAX_VALUES = 20
DEFAULT_WINDOW_DAYS = 365
RATE_KEYS = ("repeat_purchase_rate", "nday_repeat")
#: Rates pooled over periods: one customer is in several periods, so they are tested at
#: the customer level (cluster-robust), not as independent customer-periods.
CLUSTERED_KEYS = ("crr_strict", "churn_rate")


def customer_periods(prep: Any, periods: list[dict[str, Any]]) -> tuple[Any, Any]:
    """Per customer: in how many of ``periods`` they were in the starting base S0, and in
    how many of those they were still active at the end (R)."""
    import numpy as np

    from retention_desktop.core.engine.crr import activity_spells

    n = prep.n_customers
    if not periods or n == 0:
        return np.zeros(n), np.zeros(n)
    starts = {p["start"] for p in periods}
    js = np.array([j for j, (ps, _pe) in prep.periods.items() if ps.isoformat() in starts])
    cu, lo, hi = activity_spells(prep)
    # boundary j = start of period j; in S0 of j when lo <= j <= hi, retained when also
    # j + 1 <= hi. Count over the chosen periods per spell, then per customer.
    in_s0 = ((js[None, :] >= lo[:, None]) & (js[None, :] <= hi[:, None])).sum(axis=1)
    kept = ((js[None, :] >= lo[:, None]) & (js[None, :] + 1 <= hi[:, None])).sum(axis=1)
    return (np.bincount(cu, weights=in_s0, minlength=n),
            np.bincount(cu, weights=kept, minlength=n))


def compare_window(store: Any, spec: FilterSpec, settings: Settings) -> FilterSpec:
    """The spec with a start date: when none was chosen, the start of the period that
    contains the day 365 days before the data end (so every period is whole)."""
    if spec.date_from is not None:
        return spec
    from retention_desktop.core.engine.base import period_start_sql, resolve_bounds

    cur = store.cursor()
    _, end = resolve_bounds(cur, spec)
    if end is None:
        return spec
    day = end - timedelta(days=DEFAULT_WINDOW_DAYS - 1)
    # The calendar's SQL may repeat its argument, so bind the day once in a subquery.
    start = cur.execute(f"SELECT {period_start_sql('x', settings)} FROM "
                        "(SELECT CAST(? AS DATE) AS x)", [day]).fetchall()[0][0]
    return spec.with_(date_from=start)


def segment_row(prep: Any, n_days: int, alpha: float = 0.05) -> dict[str, Any]:
    """CRR, churn, repeat rate, N-day repeat and revenue per customer of one prepared
    (filtered) view. CRR and churn pool the complete periods (grain) of the range:
    ``sum(E - N) / sum(S0)`` and ``sum(S0 - R) / sum(S0)``, i.e. the average period's
    rates weighted by the starting base."""
    from retention_desktop.core.engine.kpis import kpis_prepared
    from retention_desktop.core.engine.second_order import nday_rows

    # Create the SQL views before kpis_prepared leaves a half-read result on the cursor
    # (DuckDB refuses to register the working frames while a result is pending).
    prep.fetch("SELECT 1")
    k = kpis_prepared(prep)
    out: dict[str, Any] = {"customers": k["customers"], "orders": k["orders"],
                           "revenue": k["revenue"]}
    periods: list[dict[str, Any]] = []
    if prep.empty or prep.start > prep.end:
        sd = None
        nd = {"eligible": 0, "repeaters": 0}
    else:
        from retention_desktop.core.engine.crr import crr_prepared

        table = crr_prepared(prep)["periods"]
        periods = [p for p in table if p["complete"]] or table
        sd = prep.one(
            "SELECT stddev_samp(r) FROM (SELECT cid, sum(rev) AS r, count(*) FILTER "
            "(WHERE is_order) AS n FROM rd_o WHERE d BETWEEN ? AND ? GROUP BY cid) "
            "WHERE n >= 1", [prep.start, prep.end])[0]
        rows = nday_rows(prep, (int(n_days),))
        nd = rows[0] if rows else {"eligible": 0, "repeaters": 0}
    # Pooled over the (complete) periods of the range: sum(E - N) / sum(S0) etc.
    s0 = sum(int(p["S0"]) for p in periods)
    e = sum(int(p["E"]) for p in periods)
    r = sum(int(p["retained"]) for p in periods)
    n_new = sum(int(p["N"]) for p in periods)
    out["crr"] = {"value": (e - n_new) / s0 if s0 else None, "S0": s0, "N": n_new, "E": e,
                  "retained": r, "n": s0, "periods": len(periods)}
    trials, kept = customer_periods(prep, periods)
    out["crr_strict"] = clustered_rate_cell(kept, trials, alpha)
    out["churn_rate"] = clustered_rate_cell(trials - kept, trials, alpha)
    out["repeat_purchase_rate"] = rate_cell(k["repeat_customers"], k["customers"], alpha)
    out["nday_repeat"] = rate_cell(nd["repeaters"], nd["eligible"], alpha)
    rpc = mean_cell(k["revenue_per_customer"], fnum(sd), k["customers"], alpha)
    out["revenue_per_customer"] = rpc
    return out


def _significance(row: dict[str, Any], base: dict[str, Any], alpha: float) -> None:
    """Add ``p_value`` / ``significant`` to each metric of ``row`` against ``base``."""
    for key in RATE_KEYS:
        a, b = row[key], base[key]
        _mark(a, two_proportion_z(a["successes"], a["n"], b["successes"], b["n"])[1], alpha)
    for key in CLUSTERED_KEYS:
        _mark(row[key], clustered_z(row[key], base[key]), alpha)
    a, b = row["revenue_per_customer"], base["revenue_per_customer"]
    _mark(a, welch(a["value"], a["sd"], a["n"], b["value"], b["sd"], b["n"]), alpha)


def _mark(cell: dict[str, Any], p: float | None, alpha: float) -> None:
    """Write a p-value and its verdict into one metric cell."""
    cell["p_value"] = p
    cell["significant"] = None if p is None else p < alpha


def _dates_table(cur: Any) -> dict[str, date]:
    """End dates from an optional ``campaigns`` table (``campaign``, ``end_date``)."""
    cols = {r[0] for r in cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'campaigns'"
    ).fetchall()}
    if not {"campaign", "end_date"} <= cols:
        return {}
    rows = cur.execute("SELECT CAST(campaign AS VARCHAR), max(CAST(end_date AS DATE)) "
                       "FROM campaigns WHERE campaign IS NOT NULL AND end_date IS NOT NULL "
                       "GROUP BY 1").fetchall()
    return {c: d for c, d in rows}


def campaign_after_end(store: Any, spec: FilterSpec, settings: Settings, by: str,
                       n_days: int = 30, ends: dict[str, date] | None = None,
                       alpha: float = 0.05) -> list[dict[str, Any]]:
    """Behaviour of each campaign's customers in the N days after the campaign ended.

    Parameters
    ----------
    by : str
        The campaign column of ``orders``.
    n_days : int
        Length of the after-window.
    ends : dict, optional
        ``{campaign: end date}``. Otherwise a ``campaigns`` table (``campaign``,
        ``end_date``) gives the end when the project has one; campaigns not listed end
        on their last order date.

    Returns
    -------
    list of dict
        Per campaign: ``value``, ``end``, ``end_source`` ('last_order' / 'given'),
        ``complete`` (the whole after-window is observed), ``customers``,
        ``repeat_after`` (rate cell), ``orders_after``, ``revenue_after_per_customer``
        (mean cell).
    """
    scope = Scope(store, spec, settings, extra_columns=(by,), by=by)
    if scope.end is None:
        return []
    ends = {**_dates_table(scope.cur), **(ends or {})}
    given = [(str(k), v if isinstance(v, date) else date.fromisoformat(str(v)))
             for k, v in ends.items()]
    given_sql = ("SELECT * FROM (VALUES " + ", ".join("(?, CAST(? AS DATE))" for _ in given)
                 + ") t(v, end_d)") if given else \
        "SELECT CAST(NULL AS VARCHAR) AS v, CAST(NULL AS DATE) AS end_d WHERE FALSE"
    gparams: list[Any] = [x for pair in given for x in pair]
    col = f"CAST(b.{quote_ident(by)} AS VARCHAR)"
    rows = scope.query(
        f", given AS ({given_sql}), "
        f"last AS (SELECT {col} AS v, max(CAST(b.order_ts AS DATE)) AS last_d "
        f"FROM base_orders b WHERE {col} IS NOT NULL GROUP BY 1), "
        "ends AS (SELECT l.v, coalesce(g.end_d, l.last_d) AS end_d, g.end_d IS NOT NULL AS "
        "given FROM last l LEFT JOIN given g USING (v)), "
        f"members AS (SELECT DISTINCT e.v, e.end_d, e.given, b.customer_id FROM base_orders b "
        f"JOIN ends e ON e.v = {col} WHERE CAST(b.order_ts AS DATE) <= e.end_d), "
        "per AS (SELECT m.v, m.end_d, m.given, m.customer_id, "
        "count(o.order_id) FILTER (WHERE o.kind = 'order') AS n_after, "
        "coalesce(sum(o.rev), 0.0) AS rev_after FROM members m LEFT JOIN base_docs o "
        "ON o.customer_id = m.customer_id AND CAST(o.order_ts AS DATE) > m.end_d "
        "AND CAST(o.order_ts AS DATE) <= m.end_d + ? GROUP BY ALL) "
        "SELECT v, end_d, given, count(*), count(*) FILTER (WHERE n_after > 0), "
        "sum(n_after), avg(rev_after), stddev_samp(rev_after) FROM per "
        "WHERE end_d BETWEEN ? AND ? GROUP BY v, end_d, given ORDER BY end_d, v",
        gparams + [int(n_days), scope.start, scope.end])
    out = []
    for v, end_d, is_given, members, repeaters, orders_after, mean, sd in rows:
        out.append({
            "value": v,
            "end": iso(end_d),
            "end_source": "given" if is_given else "last_order",
            "complete": end_d + timedelta(days=int(n_days)) <= scope.end,
            "customers": int(members),
            "repeat_after": rate_cell(int(repeaters), int(members), alpha),
            "orders_after": int(orders_after or 0),
            "revenue_after_per_customer": mean_cell(fnum(mean), fnum(sd), int(members), alpha),
        })
    return out


def compare(store: Any, spec: FilterSpec, settings: Settings, by: str | None = None,
            baseline: str | None = None, n: int | list[int] = 30, alpha: float = 0.05,
            campaign_ends: dict[str, Any] | None = None,
            after_end: bool | None = None) -> dict[str, Any]:
    """Compare the values of a dimension side by side.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
        Without a start date about the last 365 days of data are compared (from the
        start of the period 365 days before the data end; CRR needs history before the
        window start).
    by : str
        Dimension (column of ``orders``), e.g. ``channel`` or ``campaign``.
    baseline : str, optional
        Value the others are tested against (default: the value with most customers).
    n : int or list of int
        N of the N-day repeat and length of the after-campaign window, in days (the
        first of a list, as the CLI's ``--n`` gives).
    alpha : float
        Significance level of the flags.
    campaign_ends : dict, optional
        ``{campaign: 'YYYY-MM-DD'}`` end dates (default: last order carrying it).
    after_end : bool, optional
        Add the after-campaign comparison (default: when ``by`` is ``campaign`` or
        ``campaign_ends`` is given).

    Returns
    -------
    dict
        ``by``, ``baseline``, ``range``, ``n_days``, ``overall`` (the whole filtered view),
        ``values`` [{value, customers, crr {value, S0, N, E, retained}, crr_strict,
        churn_rate, repeat_purchase_rate, nday_repeat, revenue_per_customer}] where rate
        cells hold ``value, n, successes, ci_low, ci_high, p_value, significant`` and the
        revenue cell ``value, n, sd, ci_low, ci_high, p_value, significant``;
        ``after_campaign`` (see :func:`campaign_after_end`) with ``p_value``/``significant``
        on ``repeat_after`` against the baseline campaign.
    """
    from retention_desktop.core.engine.breakdown import range_dict, segment_values
    from retention_desktop.core.engine.prepared import prepare

    if isinstance(n, list | tuple):
        n = int(n[0]) if n else 30
    if not by:
        return not_available("compare", "Choose a dimension to compare (--by).")
    spec_w = compare_window(store, spec, settings)
    values = segment_values(store, spec_w, settings, by)
    overall_prep = prepare(store, spec_w, settings)
    if overall_prep.empty:
        return not_available("compare", "No orders in this project.", by=by)
    rows = []
    for value in values[:MAX_VALUES]:
        prep = prepare(store, spec_w.with_include(by, [value]), settings)
        rows.append({"value": value, **segment_row(prep, n, alpha)})
    after = _after_campaign(store, spec, settings, by, n, campaign_ends, alpha, after_end)
    if not rows and not after:
        return not_available("compare", f"No orders with a value of {by!r} in the range.",
                             by=by)
    baseline = _pick_baseline(baseline, by, rows, after)
    _flag_against_baseline(baseline, rows, after, alpha)
    return {
        "metric": "compare",
        "available": True,
        "by": by,
        "baseline": baseline,
        "range": range_dict(overall_prep),
        # no start chosen: compare_window's "about the last 12 months" (the tab says so too)
        "default_range": spec.date_from is None,
        "window_days": overall_prep.window,
        "n_days": int(n),
        "alpha": alpha,
        "overall": segment_row(overall_prep, n, alpha),
        "values": rows,
        "values_truncated": len(values) > MAX_VALUES,
        "after_campaign": after,
    }


def _after_campaign(store: Any, spec: FilterSpec, settings: Settings, by: str, n: int,
                    campaign_ends: dict[str, Any] | None, alpha: float,
                    after_end: bool | None) -> list[dict[str, Any]]:
    """The after-campaign rows of :func:`compare` (``[]`` when not asked for)."""
    if after_end is None:
        after_end = by == "campaign" or bool(campaign_ends)
    # Campaigns are judged over the whole chosen range (not only the last 365 days).
    # a first-order product has no campaign end (the after-end split reads an orders column)
    from retention_desktop.core.engine.first_product import is_derived

    return campaign_after_end(store, spec, settings, by, n, campaign_ends, alpha) \
        if after_end and not is_derived(by) else []


def _pick_baseline(baseline: str | None, by: str, rows: list[dict[str, Any]],
                   after: list[dict[str, Any]]) -> str:
    """The given baseline (checked) or the value with most customers, then revenue."""
    by_value = {r["value"] for r in rows}
    after_by = {a["value"] for a in after}
    if baseline is not None and baseline not in by_value and baseline not in after_by:
        known = sorted(by_value | after_by)
        raise ValueError(f"baseline {baseline!r} is not a value of {by!r} in the range; "
                         f"values: {', '.join(known)}")
    if baseline is None:
        pool = rows or [{"value": a["value"], "customers": a["customers"], "revenue": 0}
                        for a in after]
        baseline = max(pool, key=lambda r: (r["customers"], r["revenue"] or 0))["value"]
    return baseline


def _flag_against_baseline(baseline: str, rows: list[dict[str, Any]],
                           after: list[dict[str, Any]], alpha: float) -> None:
    """Add p-values and significance flags against the baseline's row, in place."""
    by_value = {r["value"]: r for r in rows}
    after_by = {a["value"]: a for a in after}
    if baseline in by_value:
        for row in rows:
            if row["value"] != baseline:
                _significance(row, by_value[baseline], alpha)
    if baseline in after_by:
        base = after_by[baseline]["repeat_after"]
        for a in after:
            if a["value"] == baseline:
                continue
            cell = a["repeat_after"]
            p = two_proportion_z(cell["successes"], cell["n"], base["successes"], base["n"])[1]
            cell["p_value"] = p
            cell["significant"] = None if p is None else p < alpha


register_metric("compare", compare, CARDS,
                "Compare the values of a dimension (--by): CRR, churn, repeat, N-day repeat, "
                "revenue per customer with CIs and significance; campaigns after they end")

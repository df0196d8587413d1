"""Second purchases: time to second order, N-day repeat, AOV of 1st/2nd/3rd+ orders.

Population: customers whose first-ever order (within the filters) falls in the reporting
range. A share "within N days" only counts customers whose first order is at least N
days before the data end, so that everyone counted had N days to come back.
"""

from __future__ import annotations

from typing import Any

from retention_desktop.core.engine.prepared import Prepared, prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio, wilson

# Histogram of days to the second order: [lower, upper) in days; the last bin is open.
HIST_EDGES = (0, 1, 7, 14, 30, 60, 90, 180, 365)
DEFAULT_NDAYS = (7, 14, 30, 90)
WITHIN_DAYS = (30, 60, 90)

_DAYS = "(epoch(second_ts) - epoch(first_ts)) / 86400.0"


def median_days_to_second(prep: Prepared) -> float | None:
    """Median days from first to second order of customers acquired in the range."""
    if prep.empty:
        return None
    return prep.one(
        f"SELECT quantile_cont({_DAYS}, 0.5) FROM rd_c "
        "WHERE first_d BETWEEN ? AND ? AND second_ts IS NOT NULL",
        [prep.start, prep.end],
    )[0]


def nday_rows(prep: Prepared, ndays: tuple[int, ...], group: str | None = None) -> list[dict]:
    """N-day repeat for each N (optionally per group expression over ``rd_c``)."""
    if prep.empty or not ndays:
        return []
    sel = ", ".join(
        f"count(*) FILTER (WHERE first_d <= CAST(? AS DATE) - {int(n)}), "
        f"count(*) FILTER (WHERE first_d <= CAST(? AS DATE) - {int(n)} "
        f"AND second_ts IS NOT NULL AND {_DAYS} <= {int(n)})"
        for n in ndays
    )
    params: list[Any] = []
    for _ in ndays:
        params += [prep.end, prep.end]
    gsel = f"{group} AS g, " if group else "NULL AS g, "
    gby = " GROUP BY g ORDER BY g" if group else ""
    rows = prep.fetch(
        f"SELECT {gsel}{sel} FROM rd_c WHERE first_d BETWEEN ? AND ?{gby}",
        [*params, prep.start, prep.end],
    )
    out = []
    for row in rows:
        for i, n in enumerate(ndays):
            eligible, hits = int(row[1 + 2 * i]), int(row[2 + 2 * i])
            low, high = wilson(hits, eligible)
            item = {"n": int(n), "eligible": eligible, "repeaters": hits,
                    "rate": clean(ratio(hits, eligible)), "ci_low": clean(low),
                    "ci_high": clean(high)}
            if group:
                item = {"group": row[0], **item}
            out.append(item)
    return out


def nday_prepared(prep: Prepared, ndays: tuple[int, ...] = DEFAULT_NDAYS,
                  by: str | None = None) -> dict[str, Any]:
    """N-day repeat overall and per cohort (first-order period, or ``by`` dimension)."""
    from retention_desktop.core.engine.kpis import range_dict

    overall = nday_rows(prep, ndays)
    if by:
        per = nday_rows(prep, ndays, prep.dim_column(by))
        for item in per:
            item["cohort"] = item.pop("group")
    else:
        per = nday_rows(prep, ndays, "first_j")
        for item in per:
            item["cohort"] = prep.periods[item.pop("group")][0].isoformat()
    return {"range": range_dict(prep), "overall": overall, "by_cohort": per,
            "cohort_by": by or prep.settings.grain}


def time_to_second_prepared(prep: Prepared) -> dict[str, Any]:
    """Time to second purchase and AOV by order number (see :func:`time_to_second`)."""
    from retention_desktop.core.engine.kpis import range_dict

    out: dict[str, Any] = {"range": range_dict(prep)}
    if prep.empty:
        out.update(customers=0, with_second=0, median_days=None, q1_days=None, q3_days=None,
                   mean_days=None, histogram=[], within=[], aov_by_order_number=[])
        return out
    edges = HIST_EDGES
    bins = ", ".join(
        f"count(*) FILTER (WHERE second_ts IS NOT NULL AND {_DAYS} >= {lo}"
        + (f" AND {_DAYS} < {hi})" if hi is not None else ")")
        for lo, hi in zip(edges, list(edges[1:]) + [None], strict=True)
    )
    row = prep.one(
        f"SELECT count(*), count(second_ts), quantile_cont({_DAYS}, [0.25, 0.5, 0.75]), "
        f"avg({_DAYS}), {bins} FROM rd_c WHERE first_d BETWEEN ? AND ?",
        [prep.start, prep.end],
    )
    quart = row[2] or [None, None, None]
    out.update(
        customers=int(row[0]), with_second=int(row[1]),
        q1_days=clean(quart[0]), median_days=clean(quart[1]), q3_days=clean(quart[2]),
        mean_days=clean(row[3]),
    )
    out["histogram"] = [
        {"from_days": lo, "to_days": hi, "customers": int(c)}
        for lo, hi, c in zip(edges, list(edges[1:]) + [None], row[4:], strict=True)
    ]
    out["within"] = [
        {"days": r["n"], "eligible": r["eligible"], "with_second": r["repeaters"],
         "share": r["rate"], "ci_low": r["ci_low"], "ci_high": r["ci_high"]}
        for r in nday_rows(prep, WITHIN_DAYS)
    ]
    rows = prep.fetch(
        "SELECT least(seq, 3) AS k, count(*), sum(rev) FROM rd_o "
        "WHERE is_order AND d BETWEEN ? AND ? GROUP BY k ORDER BY k",
        [prep.start, prep.end],
    )
    labels = {1: "1st", 2: "2nd", 3: "3rd+"}
    out["aov_by_order_number"] = [
        {"order_number": labels[int(k)], "orders": int(n), "revenue": clean(r, 6),
         "aov": clean(ratio(r, n))}
        for k, n, r in rows
    ]
    return out


def time_to_second(store: Any, spec: FilterSpec, settings: Settings) -> dict[str, Any]:
    """Days from first to second order (median, quartiles, histogram, share within
    30/60/90 days) and AOV of 1st vs 2nd vs 3rd+ orders."""
    return time_to_second_prepared(prepare(store, spec, settings))


def nday(
    store: Any, spec: FilterSpec, settings: Settings, n: list[int] | None = None,
    by: str | None = None,
) -> dict[str, Any]:
    """N-day repeat rate (default N = 7, 14, 30, 90), overall and per cohort.

    Parameters
    ----------
    n : list of int, optional
        The N values in days.
    by : str, optional
        Cohorts by this dimension (value on the first order) instead of by period.
    """
    ndays = tuple(int(x) for x in (n or DEFAULT_NDAYS))
    if any(x < 0 for x in ndays):
        raise ValueError("N must be >= 0 days")
    prep = prepare(store, spec, settings, dims=(by,) if by else ())
    return nday_prepared(prep, ndays, by)


register_metric("nday", nday, cards=("nday_repeat",),
                summary="N-day repeat rate overall and per cohort (--n 7 14 30 90)")
register_metric("time-to-second", time_to_second,
                cards=("time_to_second", "second_within_n", "aov_by_order_number"),
                summary="Time to second purchase (median, quartiles, histogram, within "
                "30/60/90 days) and AOV of 1st vs 2nd vs 3rd+ orders")

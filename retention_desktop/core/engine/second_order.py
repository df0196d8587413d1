"""Second purchases: time to second order, N-day repeat, AOV of 1st/2nd/3rd+ orders.

Population: customers whose first-ever order (within the filters) falls in the reporting
range. Their second order is looked for up to the **data end**, also when the range ends
earlier (a November range still sees a December second order). A share "within N days"
only counts customers whose first order is at least N days before the data end, so that
everyone counted had N days to come back. The median time to the second order is a
Kaplan-Meier estimate: customers who have not come back yet are censored at the data end
instead of being left out (leaving them out makes the wait look far shorter).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from retention_desktop.core.engine.prepared import Prepared, from_day, prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio, small_int_unique, wilson

# Histogram of days to the second order: [lower, upper) in days; the last bin is open.
HIST_EDGES = (0, 1, 7, 14, 30, 60, 90, 180, 365)
DEFAULT_NDAYS = (7, 14, 30, 90)
WITHIN_DAYS = (30, 60, 90)


def _acquired(prep: Prepared) -> np.ndarray:
    """Mask of customers whose first order is in the reporting range."""
    fd = prep.cust["first_day"]
    return (fd >= prep.start_day) & (fd <= prep.end_day)


class _Cursor:
    """A store stand-in for :func:`prepare` that opens a fresh cursor on the same
    connection (the caller's cursor keeps its own working views)."""

    def __init__(self, cur: Any) -> None:
        self._cur = cur

    def cursor(self) -> Any:
        return self._cur.cursor()


def _followed(prep: Prepared) -> tuple[np.ndarray, int]:
    """Second-order times of ``prep``'s customers followed to the data end.

    Returns
    -------
    (second_ms, end_day)
        Per customer of ``prep`` the epoch ms of the second order (-1: none by the data
        end) and the data end as a day number.
    """
    cached = prep.memo.get("followed")
    if cached is not None:
        return cached
    out = (prep.cust["second_ms"], prep.end_day)
    if prep.spec.date_to is not None and prep.data_end is not None \
            and prep.end < prep.data_end:
        # through the project's cache when known: the report asks for it repeatedly
        source = prep.store if prep.store is not None else _Cursor(prep.cur)
        full = prepare(source, prep.spec.with_(date_to=None), prep.settings)
        out = _match(prep, full)
    prep.memo["followed"] = out
    return out


def follow_from(prep: Prepared, full: Prepared) -> None:
    """Let ``prep`` (a shorter range) take its customers' second orders from ``full``, an
    already prepared view of the same filter up to the data end (saves a pass)."""
    # "up to the data end": no end date, or one the data do not reach past (a period
    # preset such as "last 90 days" ends on the data's last day)
    if not full.empty and full.n_customers and (
            full.spec.date_to is None or full.end >= full.data_end):
        prep.memo["followed"] = _match(prep, full)


def _match(prep: Prepared, full: Prepared) -> tuple[np.ndarray, int]:
    """``prep``'s customers looked up in ``full`` (both sorted by their id hash)."""
    second = prep.cust["second_ms"] if prep.n_customers else np.zeros(0, np.int64)
    if not full.n_customers or not prep.n_customers:
        return second, full.end_day if not full.empty else prep.end_day
    h1, h2 = full.cust["h1"], full.cust["h2"]
    pos = np.minimum(np.searchsorted(h1, prep.cust["h1"]), h1.size - 1)
    same = (h1[pos] == prep.cust["h1"]) & (h2[pos] == prep.cust["h2"])
    same &= full.cust["first_ms"][pos] == prep.cust["first_ms"]
    return np.where(same, full.cust["second_ms"][pos], second), full.end_day


def _gap_days(prep: Prepared) -> np.ndarray:
    """Days from first to second order per customer, followed to the data end (NaN
    without a second order by then)."""
    c = prep.cust
    second, _end = _followed(prep)
    gap = (second - c["first_ms"]) / 86_400_000.0
    return np.where(second >= 0, gap, np.nan)


def _data_end_day(prep: Prepared) -> int:
    return _followed(prep)[1]


def km_survival(durations: np.ndarray, events: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Kaplan-Meier estimate of "no second order yet".

    Parameters
    ----------
    durations : array of float
        Days from the first order to the second (event) or to the data end (censored).
    events : array of bool
        True where the second order happened.

    Returns
    -------
    (times, survival)
        Distinct event times and S(t) just after each of them.
    """
    times, inv = np.unique(durations, return_inverse=True)
    deaths = np.bincount(inv, weights=events.astype(float), minlength=times.size)
    leaving = np.bincount(inv, minlength=times.size)
    at_risk = durations.size - np.concatenate(([0], np.cumsum(leaving)[:-1]))
    has = deaths > 0
    surv = np.cumprod(1.0 - deaths[has] / at_risk[has])
    return times[has], surv


def km_median(durations: np.ndarray, events: np.ndarray) -> float | None:
    """The smallest time at which S(t) falls below 1/2 (None if it never does)."""
    if durations.size == 0:
        return None
    return km_quantile(*km_survival(durations, events), 0.5)


def km_quantile(times: np.ndarray, surv: np.ndarray, p: float) -> float | None:
    """The smallest time at which S(t) falls below ``1 - p`` (None if it never does)."""
    below = np.flatnonzero(surv < 1 - p)
    return float(times[below[0]]) if below.size else None


def _km_inputs(prep: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """(durations, events) of the customers acquired in the range."""
    acq = _acquired(prep)
    gaps = _gap_days(prep)[acq]
    end_ms = (_data_end_day(prep) + 1) * 86_400_000.0  # end of the data's last day
    censor = (end_ms - prep.cust["first_ms"][acq]) / 86_400_000.0
    events = ~np.isnan(gaps)
    return np.where(events, gaps, censor), events


def median_days_to_second(prep: Prepared) -> float | None:
    """Kaplan-Meier median days from first to second order of customers acquired in the
    range (definition card ``time_to_second``)."""
    if prep.empty or prep.n_customers == 0:
        return None
    return km_median(*_km_inputs(prep))


def nday_rows(prep: Prepared, ndays: tuple[int, ...], group: str | None = None) -> list[dict]:
    """N-day repeat for each N, overall or per group (``'first_j'`` or a ``dim_<i>``
    column of the customer summary; the group value is returned under ``group``)."""
    if prep.empty or not ndays or prep.n_customers == 0:
        return []
    acq = _acquired(prep)
    gaps = _gap_days(prep)[acq]
    first_day = prep.cust["first_day"][acq]
    if group:
        codes, inverse = small_int_unique(prep.cust[group][acq])
    else:
        codes, inverse = np.array([None]), np.zeros(first_day.size, dtype=np.int64)
    out = []
    ng = codes.size
    per_n = []
    data_end = _data_end_day(prep)
    for n in ndays:
        elig = first_day <= data_end - int(n)
        hits = elig & (gaps <= n)  # NaN (no second order) compares False
        per_n.append((int(n), np.bincount(inverse[elig], minlength=ng),
                      np.bincount(inverse[hits], minlength=ng)))
    for gi, code in enumerate(codes):
        for n, elig_g, hits_g in per_n:
            eligible, hit = int(elig_g[gi]), int(hits_g[gi])
            low, high = wilson(hit, eligible)
            item = {"n": n, "eligible": eligible, "repeaters": hit,
                    "rate": clean(ratio(hit, eligible)), "ci_low": clean(low),
                    "ci_high": clean(high)}
            if group:
                item = {"group": int(code), **item}
            out.append(item)
    return out


def nday_prepared(prep: Prepared, ndays: tuple[int, ...] = DEFAULT_NDAYS,
                  by: str | None = None) -> dict[str, Any]:
    """N-day repeat overall and per cohort (first-order period, or ``by`` dimension)."""
    from retention_desktop.core.engine.breakdown import range_dict

    overall = nday_rows(prep, ndays)
    if by:
        per = nday_rows(prep, ndays, prep.dim_column(by))
        for item in per:
            item["cohort"] = prep.dim_label(by, item.pop("group"))
    else:
        per = nday_rows(prep, ndays, "first_j")
        for item in per:
            item["cohort"] = prep.periods[item.pop("group")][0].isoformat()
    return {"range": range_dict(prep), "overall": overall, "by_cohort": per,
            "cohort_by": by or prep.settings.grain}


def time_to_second_prepared(prep: Prepared) -> dict[str, Any]:
    """Time to second purchase and AOV by order number (see :func:`time_to_second`)."""
    from retention_desktop.core.engine.breakdown import range_dict

    out: dict[str, Any] = {"range": range_dict(prep)}
    if prep.empty or prep.n_customers == 0:
        out.update(customers=0, with_second=0, median_days=None, q1_days=None, q3_days=None,
                   mean_days=None, too_few=True, data_end=None, histogram=[], within=[],
                   aov_by_order_number=[])
        return out
    acq = _acquired(prep)
    durations, events = _km_inputs(prep)
    gaps = durations[events]
    times, surv = km_survival(durations, events) if durations.size else (np.zeros(0),) * 2

    n = int(acq.sum())
    out.update(
        customers=n, with_second=int(gaps.size),
        q1_days=clean(km_quantile(times, surv, 0.25)),
        median_days=clean(km_quantile(times, surv, 0.5)),
        q3_days=clean(km_quantile(times, surv, 0.75)),
        # The plain mean over customers who did come back (biased short; kept for
        # the histogram's reader, not a headline).
        mean_days=clean(float(gaps.mean())) if gaps.size else None,
        too_few=n < int(prep.settings.min_cell_n),
        data_end=from_day(_data_end_day(prep)).isoformat(),
    )
    uppers = list(HIST_EDGES[1:]) + [None]
    out["histogram"] = [
        {"from_days": lo, "to_days": hi,
         "customers": int(((gaps >= lo) & (gaps < (hi if hi is not None else np.inf))).sum())}
        for lo, hi in zip(HIST_EDGES, uppers, strict=True)
    ]
    out["within"] = [
        {"days": r["n"], "eligible": r["eligible"], "with_second": r["repeaters"],
         "share": r["rate"], "ci_low": r["ci_low"], "ci_high": r["ci_high"]}
        for r in nday_rows(prep, WITHIN_DAYS)
    ]
    d = prep.docs
    inr = d["is_order"] & (d["day"] >= prep.start_day) & (d["day"] <= prep.end_day)
    bucket = np.minimum(d["seq"][inr], 3)
    counts = np.bincount(bucket, minlength=4)
    sums = np.bincount(bucket, weights=d["rev"][inr], minlength=4)
    labels = {1: "1st", 2: "2nd", 3: "3rd+"}
    out["aov_by_order_number"] = [
        {"order_number": labels[k], "orders": int(counts[k]), "revenue": clean(sums[k], 6),
         "aov": clean(ratio(sums[k], counts[k]))}
        for k in (1, 2, 3) if counts[k]
    ]
    return out


def time_to_second(store: Any, spec: FilterSpec, settings: Settings,
                   by: str | None = None) -> dict[str, Any]:
    """Days from first to second order (median, quartiles, histogram, share within
    30/60/90 days) and AOV of 1st vs 2nd vs 3rd+ orders (``by``: also per value of a
    dimension, under ``segments``)."""
    from retention_desktop.core.engine.breakdown import breakdown

    out = time_to_second_prepared(prepare(store, spec, settings))
    if by:
        keep = ("customers", "with_second", "q1_days", "median_days", "q3_days", "too_few",
                "within", "aov_by_order_number")
        out.update(breakdown(store, spec, settings, by, time_to_second_prepared, keep))
    return out


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

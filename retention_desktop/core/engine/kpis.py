"""Headline KPIs of a reporting range and the share of spend per segment."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import numpy as np

from retention_desktop.core.engine.base import row_filter_sql
from retention_desktop.core.engine.breakdown import MAX_SEGMENTS, range_dict, segment_values
from retention_desktop.core.engine.prepared import Prepared, prepare
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio


def kpis_prepared(prep: Prepared) -> dict[str, Any]:
    """KPIs from prepared working tables (see :func:`kpis`)."""
    from retention_desktop.core.engine.second_order import median_days_to_second

    out: dict[str, Any] = {"range": range_dict(prep), "currency": prep.settings.currency}
    if prep.empty or prep.n_customers == 0:
        customers = orders = repeaters = returning = new = 0
        revenue = 0.0
    else:
        d, c = prep.docs, prep.cust
        sd, ed = prep.start_day, prep.end_day
        inr = (d["day"] >= sd) & (d["day"] <= ed)
        n_in = np.bincount(d["cust"][inr & d["is_order"]], minlength=prep.n_customers)
        buyers = n_in >= 1
        customers = int(buyers.sum())
        orders = int(n_in.sum())
        revenue = float(d["rev"][inr].sum())
        repeaters = int((n_in >= 2).sum())
        # Data stop at the range end, so ">= 2 orders so far" = an earlier order exists.
        returning = int((buyers & (c["n_orders"] >= 2)).sum())
        new = int(((c["first_day"] >= sd) & (c["first_day"] <= ed)).sum())
    out.update(
        customers=int(customers),
        orders=int(orders),
        revenue=clean(revenue, 6),
        aov=clean(ratio(revenue, orders)),
        purchase_frequency=clean(ratio(orders, customers)),
        revenue_per_customer=clean(ratio(revenue, customers)),
        repeat_purchase_rate=clean(ratio(repeaters, customers)),
        returning_customer_rate=clean(ratio(returning, customers)),
        repeat_customers=int(repeaters),
        returning_customers=int(returning),
        new_customers=int(new),
        median_days_to_second_order=clean(median_days_to_second(prep)),
    )
    out.update(_guests(prep))
    return out


def _guests(prep: Prepared) -> dict[str, Any]:
    """Guest checkouts in the range (not customers; shown so revenue reconciles).

    A customer-level filter (first order, number of orders, revenue, stage, segment)
    selects customers; a guest checkout belongs to nobody, so it never matches one.
    """
    from retention_desktop.core.engine.prepared import _customer_filters

    if prep.empty or _customer_filters(prep.spec):
        return {"guest_orders": 0, "guest_revenue": 0.0}
    rows_sql, rows_params = row_filter_sql(prep.spec)
    lo = datetime.combine(prep.start, time.min)
    hi = datetime.combine(prep.end + timedelta(days=1), time.min)
    n, rev = prep.cur.execute(
        "SELECT count(*) FILTER (WHERE kind = 'order'), coalesce(sum(revenue) FILTER "
        "(WHERE kind = 'order' OR ?), 0.0) FROM orders WHERE customer_id IS NULL "
        f"AND order_ts >= ? AND order_ts < ?{rows_sql}",
        [prep.settings.revenue_policy == "net", lo, hi, *rows_params],
    ).fetchall()[0]
    return {"guest_orders": int(n), "guest_revenue": clean(rev, 6)}


def kpis(
    store: Any, spec: FilterSpec, settings: Settings, by: str | None = None,
    prep: Prepared | None = None,
) -> dict[str, Any]:
    """Headline KPIs of the reporting range.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
    by : str, optional
        A dimension: adds ``segments`` with the KPIs of each value (exactly what filtering
        on that value gives) and its ``share_of_spend``.
    prep : Prepared, optional
        ``spec`` already prepared (saves preparing it again).

    Returns
    -------
    dict
        ``customers``, ``orders``, ``revenue``, ``aov``, ``purchase_frequency``,
        ``revenue_per_customer``, ``repeat_purchase_rate``, ``returning_customer_rate``,
        ``median_days_to_second_order``, ``new_customers``, ``guest_orders``,
        ``guest_revenue``, ``range`` (and ``segments`` with ``by``).
    """
    out = kpis_prepared(prep if prep is not None else prepare(store, spec, settings))
    if by:
        values = segment_values(store, spec, settings, by)
        segments = []
        for value in values[:MAX_SEGMENTS]:
            seg = kpis_prepared(prepare(store, spec.with_include(by, [value]), settings))
            seg = {"value": value, **{k: v for k, v in seg.items() if k not in ("range", "currency")}}
            seg["share_of_spend"] = clean(ratio(seg["revenue"], out["revenue"]))
            segments.append(seg)
        out["by"] = by
        out["segments"] = segments
        out["segments_truncated"] = len(values) > MAX_SEGMENTS
    return out

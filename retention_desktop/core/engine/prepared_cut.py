"""Working data of another range cut from working data already prepared (Qt-free).

A period change, the Overview's comparison windows and the report's "last 12 months" ask
for the same filter over another range. The prepared arrays already hold every document
up to the range end (history before the start is kept anyway), so a range that ends no
later is cut from them — a few vectorised masks — instead of scanning and sorting the
project again. :func:`~retention_desktop.core.engine.prepared.prepare` does this
through the cache; ``tests/core/engine/test_prepared_cache.py`` checks that a cut equals
a fetch of the same range, array for array.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from retention_desktop.core.engine.prepared_data import (
    MS_PER_DAY,
    Prepared,
    _customer_filters,
    _frame,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings


def can_cut(full: Prepared, date_to: date | None) -> bool:
    """Whether the working data of ``full``'s filter over a range ending ``date_to``
    can be cut from ``full``'s arrays (:func:`cut`) instead of being fetched again.

    Document-level filters and the revenue policy do not depend on the range; a
    customer-level filter (first order, number of orders, revenue, stage, segment) is
    judged over the history up to the range end, so it needs a fetch of its own.
    """
    return (not full.empty and full.n_customers > 0 and date_to is not None
            and date_to <= full.end and not _customer_filters(full.spec))


def serves(full: Prepared, spec: FilterSpec, settings: Settings, dims: tuple) -> bool:
    """Whether ``full``'s arrays hold ``spec``'s working data (same filter and settings
    apart from the dates, and reaching at least as far)."""
    if full.settings != settings or full.dims != dims or full.empty:
        return False
    undated = {"date_from": None, "date_to": None, "period": None}
    if full.spec.with_(**undated) != spec.with_(**undated):
        return False
    end = min(spec.date_to, full.data_end) if spec.date_to else full.data_end
    return can_cut(full, end)


def cut(full: Prepared, store: Any, spec: FilterSpec) -> Prepared:
    """The working data of ``spec`` (``full``'s filter over another range), cut from
    ``full``'s arrays: the same result as :func:`prepare` of that range (tested), without
    scanning and sorting the project again. Requires :func:`can_cut` for the range end.

    Documents after ``date_to`` are dropped (those before ``date_from`` stay: they are the
    history first orders and activity need), then the per-customer summaries are derived
    again from what is left.
    """
    prep = Prepared(cur=store.cursor(), spec=spec, settings=full.settings, start=None,
                    end=None, dims=full.dims, version=full.version,
                    dim_values=full.dim_values, store=store)
    _frame(prep, full.data_start, full.data_end)
    if prep.end_day >= full.end_day and prep.day_lo == full.day_lo:
        # Same documents and period numbering (a period preset ending on the data's
        # last day): only the range start differs, so the arrays are shared as they are.
        prep.docs, prep.cust = full.docs, full.cust
        prep.owns_arrays = False
        return prep
    _cut_arrays(prep, full)
    return prep


def _cut_arrays(prep: Prepared, full: Prepared) -> None:
    """``full``'s arrays without the documents after ``prep.end`` and without the
    customers whose first order is later. Order numbers, first orders and the customers'
    order stay as they are; only what depends on the end is derived again."""
    d, c = full.docs, full.cust
    end = prep.end_day
    keep_c = c["first_day"] <= end
    keep = d["day"] <= end
    if not keep_c.all():  # a return before a first order that lies after the end
        keep &= keep_c[d["cust"]]
    remap = np.cumsum(keep_c) - 1
    cust = remap[d["cust"][keep]]
    day, ms, rev = d["day"][keep], d["ms"][keep], d["rev"][keep]
    is_order, seq = d["is_order"][keep], d["seq"][keep]
    j = prep.j_of_day(day) if day.size else np.zeros(0, np.int32)
    nc = int(keep_c.sum())
    oi = np.flatnonzero(is_order)
    ocust = cust[oi]
    olast = np.ones(oi.size, dtype=bool)
    olast[:-1] = ocust[1:] != ocust[:-1]
    last_i = oi[olast]
    second_ms = c["second_ms"][keep_c]
    has_second = (second_ms >= 0) & (second_ms // MS_PER_DAY <= end)
    second_ms = np.where(has_second, second_ms, -1)
    second_j = np.where(has_second, prep.j_of_day(
        np.where(has_second, second_ms // MS_PER_DAY, end)), -1).astype(np.int32)
    first_day = c["first_day"][keep_c]
    prep.docs = {"cust": cust, "day": day, "ms": ms, "rev": rev,
                 "is_order": is_order, "j": j, "seq": seq}
    prep.cust = {
        "first_day": first_day, "first_ms": c["first_ms"][keep_c],
        "first_j": prep.j_of_day(first_day).astype(np.int32),
        "second_ms": second_ms, "second_j": second_j,
        "last_day": day[last_i], "last_j": j[last_i].astype(np.int32),
        "n_orders": np.bincount(ocust, minlength=nc).astype(np.int64),
        "revenue": np.bincount(cust, weights=rev, minlength=nc),
        "h1": c["h1"][keep_c], "h2": c["h2"][keep_c],
        **{k: v[keep_c] for k, v in c.items() if k.startswith("dim_")},
    }
    for arr in (*prep.docs.values(), *prep.cust.values()):
        arr.flags.writeable = False

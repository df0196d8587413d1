"""Purchase days per (customer, product): repurchase rates, reorder intervals, due lists.

One DuckDB pass fetches the distinct purchase days of every (customer, group) pair of the
filtered orders (customers as id hashes, groups as codes of ``rdp_keys``); the gaps between consecutive purchase days, their medians and
the "bought once" pairs are then a sort and a few array passes in numpy (a SQL window
``lag()`` plus ``median()`` per group cost several times more).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from retention_desktop.core.engine.base import base_sql
from retention_desktop.core.engine.prepared import to_day
from retention_desktop.core.engine.products_data import key_table, order_lines, product_names
from retention_desktop.core.engine.spec import FilterSpec, Settings


@dataclass
class PurchaseDays:
    """Purchase days of the filtered customers, by group.

    Attributes
    ----------
    end : date or None
        Last observed day (range end).
    keys : list of (key, name, product_id, category)
        The groups, by code.
    buyers, again, intervals : array of int
        Per group: customers who bought it, who bought it on >= 2 days, and the number of
        gaps between consecutive purchase days.
    median_gap : array of float
        Per group: median days between consecutive purchase days (NaN: none).
    once_cid, once_code, once_day : array of int
        The (customer id hash, group) pairs bought on exactly one day, and that day.
    """

    end: date | None
    keys: list[tuple]
    buyers: np.ndarray
    again: np.ndarray
    intervals: np.ndarray
    median_gap: np.ndarray
    once_cid: np.ndarray
    once_code: np.ndarray
    once_day: np.ndarray


def _fetch(cur: Any, spec: FilterSpec, settings: Settings, by: str) -> tuple[date | None, dict]:
    """Write ``rdp_keys``; return the range end and the distinct (h, code, day) arrays.

    Customers travel as 64-bit hashes of their id and groups as codes: the distinct
    (customer, group, day) triples of 10M lines then fit in a few hundred MB, where
    strings took over 2 GB. Ids are looked up again only for the customers listed.
    """
    product_names(cur, by)
    sql, params = base_sql(spec, settings)
    lines = (sql + ", lines AS (SELECT li.* FROM " + order_lines(cur, by) + " li "
             "SEMI JOIN base_docs b ON b.order_id = li.order_id "
             "AND b.customer_id = li.customer_id AND b.kind = 'order')")
    end = cur.execute(sql + " SELECT end_d FROM rd_bounds", params).fetchall()
    arr = cur.execute(
        lines + " SELECT DISTINCT hash(l.customer_id) AS h, k.code, "
        "CAST(CAST(l.order_ts AS DATE) - DATE '1970-01-01' AS INTEGER) AS day "
        "FROM lines l JOIN rdp_keys k ON k.key = l.k ORDER BY code, h, day",
        params).fetchnumpy()  # DuckDB's parallel sort: cheaper than a numpy lexsort
    return (end[0][0] if end else None), {k: np.asarray(v) for k, v in arr.items()}


def _group_medians(code: np.ndarray, values: np.ndarray, ng: int) -> np.ndarray:
    """Median of ``values`` per code (mean of the two middle values for even counts)."""
    out = np.full(ng, np.nan)
    if code.size == 0:
        return out
    order = np.lexsort((values, code))
    v = values[order].astype(float)
    counts = np.bincount(code, minlength=ng)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    has = counts > 0
    lo = starts[has] + (counts[has] - 1) // 2
    hi = starts[has] + counts[has] // 2
    out[has] = (v[lo] + v[hi]) / 2.0
    return out


def purchase_days(cur: Any, spec: FilterSpec, settings: Settings, by: str) -> PurchaseDays:
    """Purchase days, repurchase counts and reorder intervals of every group."""
    end, arr = _fetch(cur, spec, settings, by)
    keys = key_table(cur)
    ng = len(keys)
    cid, code, day = arr["h"], arr["code"].astype(np.int64), arr["day"]  # sorted so
    same = np.zeros(cid.size, dtype=bool)
    same[1:] = (cid[1:] == cid[:-1]) & (code[1:] == code[:-1])
    starts = np.flatnonzero(~same)
    runs = np.diff(np.append(starts, cid.size))
    gap_code, gaps = code[same], day[same] - day[np.flatnonzero(same) - 1]
    once = starts[runs == 1]
    return PurchaseDays(
        end=end, keys=keys,
        buyers=np.bincount(code[starts], minlength=ng),
        again=np.bincount(code[starts[runs > 1]], minlength=ng),
        intervals=np.bincount(gap_code, minlength=ng),
        median_gap=_group_medians(gap_code, gaps, ng),
        once_cid=cid[once], once_code=code[once], once_day=day[once])


def due_arrays(cur: Any, pdays: PurchaseDays, code: int | None = None
               ) -> dict[str, np.ndarray]:
    """Pairs bought on one day longer ago than the group's median gap.

    Returns
    -------
    dict of arrays
        ``customer_id`` (object), ``code``, ``day`` (days since 1970), ``since`` (days
        before the range end), ``interval`` (median gap), most overdue relative to the
        interval first (then by product key and customer id).
    """
    empty = {"customer_id": np.zeros(0, dtype=object), "code": np.zeros(0, np.int64),
             "day": np.zeros(0, np.int64), "since": np.zeros(0, np.int64),
             "interval": np.zeros(0)}
    if pdays.end is None or pdays.once_code.size == 0:
        return empty
    since = to_day(pdays.end) - pdays.once_day
    med = pdays.median_gap[pdays.once_code]
    with np.errstate(invalid="ignore"):
        due = since > med  # NaN interval (nobody bought it twice): never due
    if code is not None:
        due &= pdays.once_code == code
    idx = np.flatnonzero(due)
    if idx.size == 0:
        return empty
    hashes = pdays.once_cid[idx]
    cur.register("rdp_due_h", _frame({"h": np.unique(hashes)}))
    ids = dict(cur.execute("SELECT DISTINCT hash(customer_id), customer_id FROM orders "
                           "SEMI JOIN rdp_due_h d ON d.h = hash(customer_id)").fetchall())
    cur.unregister("rdp_due_h")
    cust = np.array([ids[h] for h in hashes.tolist()], dtype=object)
    key_text = np.array([k[0] for k in pdays.keys], dtype=object)
    ratio = since[idx] / med[idx]
    order = np.lexsort((cust.astype(str), key_text[pdays.once_code[idx]].astype(str), -ratio))
    pick = idx[order]
    return {"customer_id": cust[order], "code": pdays.once_code[pick],
            "day": pdays.once_day[pick], "since": since[pick],
            "interval": med[pick].astype(float)}


def _frame(cols: dict) -> Any:
    import pandas as pd

    return pd.DataFrame(cols)

"""Per-request working data: the filtered documents sorted by customer and time, plus
per-customer summaries.

:func:`prepare` runs the base SQL of :mod:`retention_desktop.core.engine.base` once —
filtering, revenue policy and the one sort by (customer, time) happen in DuckDB — and
fetches the result as a handful of numpy columns. Every metric of a full recompute is
then derived from these arrays and the per-customer summaries computed from them, in
a few vectorised passes: order numbers, first/second orders, activity spells and
cohort cells are sequential per customer, which SQL can only express with window
functions that cost several times more than the whole numpy pass (see
``docs/performance.md``).

Customers are identified by a 64-bit hash of ``customer_id`` (sorting hashes instead of
strings halves the cost of the sort); a second hash detects the (astronomically rare)
collision and then the data are regrouped exactly. Documents with the same timestamp
keep import order. Customer ids are looked up again only to list customers.

SQL access for other metrics: :meth:`Prepared.fetch` / :meth:`Prepared.one` run SQL over
temporary views created on first use on the request's private cursor:

``rd_periods``  ``j`` (period index), ``ps`` (first day), ``pe`` (first day of the next
                period), ``complete``.
``rd_days``     ``d`` -> ``j``, ``ps`` for every day around the data.
``rd_o``        one row per document: ``cid``, ``ts``, ``d``, ``j``, ``rev``
                (policy-signed), ``is_order``, ``seq`` (order number, NULL for returns),
                ``dim_<i>`` (requested dimensions).
``rd_c``        one row per customer: ``cid``, ``first_ts``, ``first_d``, ``first_j``,
                ``second_ts``, ``second_j``, ``last_d``, ``last_j``, ``n_orders``,
                ``revenue``, ``dim_<i>`` (value on the first order).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from retention_desktop.core.engine.base import base_sql, data_bounds, validate_spec
from retention_desktop.core.engine.first_product import code_column, is_derived, top_values
from retention_desktop.core.engine.first_product import dim_values as derived_values
from retention_desktop.core.engine.prepared_cache import cache_of
from retention_desktop.core.engine.prepared_cut import can_cut, cut, serves
from retention_desktop.core.engine.prepared_data import (  # noqa: F401  (re-exported)
    EPOCH_ORDINAL,
    MS_PER_DAY,
    Prepared,
    _customer_filters,
    _frame,
    from_day,
    to_day,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident

_H2 = "CAST(hash(customer_id, 7) % 4294967296 AS UINTEGER)"  # collision check


def prepare(
    store: Any, spec: FilterSpec, settings: Settings, dims: tuple[str, ...] = ()
) -> Prepared:
    """The working data for ``spec``/``settings``: from the project's cache, else fetched
    and summarised once (see :mod:`~retention_desktop.core.engine.prepared_cache`).

    Parameters
    ----------
    store : ProjectStore
        Source project (read through ``store.cursor()``). A stand-in without
        ``data_version`` is read without the cache.
    spec, settings : FilterSpec, Settings
    dims : tuple of str
        Dimension columns needed by the caller (``--by DIM`` cohorts, segments).

    Returns
    -------
    Prepared
        With its own cursor; the arrays are shared with other jobs and must not be
        written to.
    """
    dims = tuple(dims)
    cache = cache_of(store)
    if cache is None:
        return _prepare(store, spec, settings, dims)
    version = store.data_version
    key = (version, spec, settings, dims)
    if cache.peek(key) is None:
        # Another range of a filter already prepared (a period change, a comparison
        # window, the report's "last 12 months"): cut it from those arrays.
        wider = cache.find(version, lambda k, p: serves(p, spec, settings, dims))
        if wider is not None:
            return cache.get(key, lambda: cut(wider, store, spec), size=lambda p: p.nbytes,
                             kind="cut").handout(store)
    prep = cache.get(key, lambda: _prepare(store, spec, settings, dims, cache, version),
                     size=lambda p: p.nbytes)
    return prep.handout(store)


def prepare_window(store: Any, full: Prepared, date_from: date | None,
                   date_to: date) -> Prepared:
    """The working data of ``full``'s filter over another range ending by ``full.end``
    (a comparison window): cut from ``full``'s arrays when :func:`can_cut`, else
    prepared; either way through the project's cache."""
    # explicit dates: the preset the range came from is no part of the window (so the
    # windows of "all time" and of "last 90 days" are the same cache entry)
    spec = full.spec.with_(date_from=date_from, date_to=date_to, period=None)
    if not can_cut(full, date_to):
        return prepare(store, spec, full.settings, full.dims)
    cache = cache_of(store)
    if cache is None:
        return cut(full, store, spec)
    prep = cache.get((full.version, spec, full.settings, full.dims),
                     lambda: cut(full, store, spec),
                     size=lambda p: p.nbytes, kind="cut")
    return prep.handout(store)


def _prepare(store: Any, spec: FilterSpec, settings: Settings, dims: tuple[str, ...],
             cache: Any = None, version: Any = None) -> Prepared:
    """Fetch and summarise the working data (the cache's miss path)."""
    cur = store.cursor()
    cur.execute("SET enable_progress_bar = false")  # never draw on the CLI's stdout
    for dim in dims:
        validate_spec(cur, spec, by=dim)
    if not dims:
        validate_spec(cur, spec)
    if settings.activity_window_days < 1:
        raise ValueError("the activity window must be at least 1 day")
    # The data's first and last day, once per data version (they bound every range).
    dmin, dmax = (cache.data_bounds(version, lambda: data_bounds(cur)) if cache
                  else data_bounds(cur))
    prep = Prepared(cur=cur, spec=spec, settings=settings, start=None, end=None,
                    dims=dims, version=version, store=store)
    if dmax is None:
        return prep
    lo = _frame(prep, dmin, dmax)
    _load(prep, lo)
    return prep


def _load(prep: Prepared, lo: date) -> None:
    spec, settings, cur = prep.spec, prep.settings, prep.cur
    sql, params = base_sql(spec, settings, extra_columns=prep.dims,
                           bounds=(prep.start, prep.end))
    source = "base_docs" if _customer_filters(spec) else "docs"
    dim_codes = ""
    prep.dim_values = []
    for i, dim in enumerate(prep.dims):
        if is_derived(dim):  # base_sql carries the code of the first order's main line
            prep.dim_values.append(derived_values(cur, dim))
            dim_codes += f", coalesce({quote_ident(code_column(dim))}, -1) AS dim_{i}"
            continue
        values = [r[0] for r in cur.execute(
            f"SELECT DISTINCT CAST({quote_ident(dim)} AS VARCHAR) AS v FROM orders "
            "WHERE v IS NOT NULL ORDER BY v").fetchall()]
        prep.dim_values.append(values)
        dim_codes += (f", coalesce(list_position(CAST(? AS VARCHAR[]), "
                      f"CAST({quote_ident(dim)} AS VARCHAR)), 0) - 1 AS dim_{i}")
        params = params + [values]
    # Group on a 64-bit hash of the customer id: an unsorted scan plus a numpy lexsort of
    # (hash, time) costs less CPU and half the memory of an ORDER BY inside DuckDB (which
    # keeps sort buffers and the result). A second 32-bit hash detects collisions;
    # same-time documents keep import order (rid).
    arr = cur.execute(
        sql + f" SELECT hash(customer_id) AS h1, {_H2} AS h2, "
        "CAST(epoch_ms(order_ts) AS BIGINT) AS ms, rev, kind = 'order' AS o, rid"
        f"{dim_codes} FROM {source}",
        params,
    ).fetchnumpy()
    cols = {k: np.asarray(v) for k, v in arr.items()}
    del arr
    # Import order is only consulted for same-time documents: look it up through the
    # permutation there instead of gathering all of it (one 10M gather less, ~0.3 s).
    rid = cols.pop("rid")
    # lexsort measured as fast as one argsort of a packed (hash prefix, seconds) key
    # at 10M rows, and needs no fix-up pass.
    perm = np.lexsort((cols["ms"], cols["h1"]))
    for key in cols:
        cols[key] = cols[key][perm]
    _fix_order(cols, rid, perm)
    del rid, perm
    h1, h2 = cols.pop("h1"), cols.pop("h2")
    ms = cols.pop("ms").astype(np.int64, copy=False)
    rev = cols.pop("rev").astype(np.float64, copy=False)
    is_order = cols.pop("o").astype(bool, copy=False)
    dim_arrays = {k: v.astype(np.int32, copy=False) for k, v in cols.items()}
    _summarise(prep, h1, h2, ms, rev, is_order, dim_arrays)


def _summarise(prep: Prepared, h1: np.ndarray, h2: np.ndarray, ms: np.ndarray,
               rev: np.ndarray, is_order: np.ndarray, dim_arrays: dict[str, np.ndarray]
               ) -> None:
    """Per-document and per-customer arrays from documents sorted by (customer, time)."""
    n = ms.size
    if n:
        new = np.empty(n, dtype=bool)
        new[0] = True
        np.not_equal(h1[1:], h1[:-1], out=new[1:])
        new[1:] |= h2[1:] != h2[:-1]  # after _fix_order, (h1, h2) runs are customers
        cust = np.cumsum(new) - 1
        n_orders = np.bincount(cust, weights=is_order).astype(np.int64)
        # Customers are people with >= 1 order: drop documents of the others.
        keep = n_orders[cust] > 0
        if not keep.all():
            ms, rev, is_order, new = ms[keep], rev[keep], is_order[keep], new[keep]
            h1, h2 = h1[keep], h2[keep]
            dim_arrays = {k: v[keep] for k, v in dim_arrays.items()}
            cust = np.cumsum(new) - 1
        starts = np.flatnonzero(new)
        h1k, h2k = h1[starts], h2[starts]
    else:
        cust = np.zeros(0, np.int64)
        starts = np.zeros(0, np.int64)
        h1k = h2k = np.zeros(0, np.uint64)
    day = np.floor_divide(ms, MS_PER_DAY).astype(np.int32)
    j = prep.j_of_day(day) if n else np.zeros(0, np.int32)
    nc = starts.size
    # Order numbers: position among the customer's orders.
    oi = np.flatnonzero(is_order)
    ocust = cust[oi]
    ofirst = np.ones(oi.size, dtype=bool)
    ofirst[1:] = ocust[1:] != ocust[:-1]
    group_start = np.maximum.accumulate(np.where(ofirst, np.arange(oi.size), 0)) if oi.size else oi
    oseq = (np.arange(oi.size) - group_start + 1).astype(np.int32)
    seq = np.zeros(cust.size, dtype=np.int32)
    seq[oi] = oseq
    olast = np.ones(oi.size, dtype=bool)
    olast[:-1] = ocust[1:] != ocust[:-1]
    first_i = oi[ofirst]
    last_i = oi[olast]
    second_i = oi[oseq == 2]
    second_ms = np.full(nc, -1, dtype=np.int64)
    second_j = np.full(nc, -1, dtype=np.int32)
    second_ms[cust[second_i]] = ms[second_i]
    second_j[cust[second_i]] = j[second_i]
    prep.docs = {"cust": cust, "day": day, "ms": ms, "rev": rev,
                 "is_order": is_order, "j": j, "seq": seq}
    prep.cust = {
        "first_day": day[first_i], "first_ms": ms[first_i], "first_j": j[first_i].astype(np.int32),
        "second_ms": second_ms, "second_j": second_j,
        "last_day": day[last_i], "last_j": j[last_i].astype(np.int32),
        "n_orders": np.bincount(ocust, minlength=nc).astype(np.int64),
        "revenue": np.bincount(cust, weights=rev, minlength=nc),
        "h1": h1k, "h2": h2k,
    }
    for k, v in dim_arrays.items():
        prep.cust[k] = v[first_i]
    for i, dim in enumerate(prep.dims):
        if is_derived(dim):
            prep.cust[f"dim_{i}"], prep.dim_values[i] = top_values(
                dim, prep.cust[f"dim_{i}"], prep.dim_values[i])
    # Shared by every job through the cache: a metric writing into them would change
    # the figures of the others, so make that an error instead.
    for arr in (*prep.docs.values(), *prep.cust.values(), prep.day_j):
        arr.flags.writeable = False


def _fix_order(cols: dict[str, np.ndarray], rid: np.ndarray, order: np.ndarray) -> None:
    """Make an (h1, ms)-sorted order exact: group by (h1, h2) if two ids share h1, and
    put documents of one customer with the same timestamp in import order.

    ``rid[order[i]]`` is the import position of the document now at ``i``.
    """
    h1, h2, ms = cols["h1"], cols["h2"], cols["ms"]
    if h1.size < 2:
        return
    same_h1 = h1[1:] == h1[:-1]
    if (same_h1 & (h2[1:] != h2[:-1])).any():  # 64-bit hash collision: full re-sort
        perm = np.lexsort((rid[order], ms, h2, h1))
    else:
        tie = same_h1 & (ms[1:] == ms[:-1])
        if not tie.any():
            return
        in_run = np.zeros(h1.size, dtype=bool)
        in_run[1:] = tie
        in_run[:-1] |= tie
        idx = np.flatnonzero(in_run)
        run_start = np.ones(idx.size, dtype=bool)
        run_start[1:] = ~tie[idx[1:] - 1] | (idx[1:] != idx[:-1] + 1)
        run_id = np.cumsum(run_start)
        perm = np.arange(h1.size)
        perm[idx] = idx[np.lexsort((rid[order[idx]], run_id))]
    for key in cols:
        cols[key] = cols[key][perm]


def customer_ids(prep: Prepared, cids: list[int] | np.ndarray) -> dict[int, str]:
    """Map customer indexes back to customer ids (for customer lists)."""
    cids = [int(c) for c in cids]
    if not cids or prep.empty:
        return {}
    h1 = prep.cust["h1"][cids].tolist()
    rows = prep.cur.execute(
        f"SELECT DISTINCT customer_id, hash(customer_id), {_H2} "
        "FROM orders WHERE hash(customer_id) IN (SELECT unnest(CAST(? AS UBIGINT[])))",
        [h1],
    ).fetchall()
    by_hash = {(int(a), int(b)): cid for cid, a, b in rows}
    return {c: by_hash.get((int(prep.cust["h1"][c]), int(prep.cust["h2"][c]))) for c in cids}

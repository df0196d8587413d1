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

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from retention_desktop.core.engine.base import (
    base_sql,
    period_start_sql,
    resolve_bounds,
    validate_spec,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
MS_PER_DAY = 86_400_000
_H2 = "CAST(hash(customer_id, 7) % 4294967296 AS UINTEGER)"  # collision check


def to_day(d: date) -> int:
    """Days since 1970-01-01."""
    return d.toordinal() - EPOCH_ORDINAL


def from_day(n: int) -> date:
    """Inverse of :func:`to_day`."""
    return date.fromordinal(int(n) + EPOCH_ORDINAL)


def _customer_filters(spec: FilterSpec) -> bool:
    if spec.first_product or spec.bought_product:
        return True
    return any(v is not None and v != "" for v in (
        spec.first_order_from, spec.first_order_to, spec.min_orders, spec.max_orders,
        spec.min_revenue, spec.max_revenue, spec.lifecycle_stage, spec.rfm_segment))


@dataclass
class Prepared:
    """Working data of one (spec, settings) request.

    Attributes
    ----------
    start, end : date or None
        Reporting range (``end`` = last observed day); ``None`` when the project is empty.
    j_start, j_end, j_complete : int
        Period indexes of ``start``, ``end`` and of the last fully observed period.
    periods : dict
        ``j -> (first day, first day of the next period)``.
    docs : dict of numpy arrays
        Per document, sorted by customer then time: ``cust`` (customer index), ``day``
        (days since 1970), ``ms`` (epoch milliseconds), ``rev``, ``is_order``, ``j``,
        ``seq`` (order number, 0 for returns/cancellations).
    cust : dict of numpy arrays
        Per customer: ``first_day``, ``first_ms``, ``first_j``, ``second_ms`` (-1: none),
        ``second_j`` (-1: none), ``last_day``, ``last_j``, ``n_orders``, ``revenue``,
        ``h1``/``h2`` (id hashes) and ``dim_<i>`` codes (index into ``dim_values[i]``,
        -1 = empty).
    """

    cur: Any
    spec: FilterSpec
    settings: Settings
    start: date | None
    end: date | None
    j_start: int = 0
    j_end: int = -1
    j_complete: int = -1
    periods: dict[int, tuple[date, date]] = field(default_factory=dict)
    dims: tuple[str, ...] = ()
    docs: dict[str, np.ndarray] = field(default_factory=dict)
    cust: dict[str, np.ndarray] = field(default_factory=dict)
    dim_values: list[list[str]] = field(default_factory=list)
    day_lo: int = 0
    day_j: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    memo: dict[str, Any] = field(default_factory=dict)  # intermediates shared by metrics
    data_start: date | None = None  # first and last day of the whole export (no filters)
    data_end: date | None = None
    _sql_ready: bool = False

    @property
    def empty(self) -> bool:
        """True when there is no data at all in the project."""
        return self.end is None

    @property
    def n_customers(self) -> int:
        """Number of customers in the working data."""
        return int(self.cust["n_orders"].size) if self.cust else 0

    @property
    def window(self) -> int:
        """The activity window W in days."""
        return int(self.settings.activity_window_days)

    @property
    def start_day(self) -> int:
        """``start`` in days since 1970."""
        return to_day(self.start)

    @property
    def end_day(self) -> int:
        """``end`` in days since 1970."""
        return to_day(self.end)

    def j_of_day(self, days: np.ndarray | int) -> np.ndarray:
        """Period index of day numbers (inside the prepared calendar range)."""
        return self.day_j[np.asarray(days) - self.day_lo]

    def enough_history(self, j: int) -> bool:
        """Whether period ``j`` has enough history before it.

        Status at a period's start looks back W days (the activity window); when those
        days reach before the first row of the export, customers who bought only before
        the export began are missing and nobody can have lapsed yet, so retention reads
        100 % and churn 0 % whatever the shop did (definition card ``enough_history``).
        """
        if self.data_start is None or j not in self.periods:
            return False
        return self.periods[j][0] - timedelta(days=self.window) >= self.data_start

    def period_complete(self, j: int) -> bool:
        """Period ``j`` is fully observed: it ends by the data end and does not start
        before the export's first day (a quarter starting 1 Oct with data from 1 Dec
        is not a whole quarter)."""
        return j <= self.j_complete and (
            self.data_start is None or self.periods[j][0] >= self.data_start)

    @property
    def j_data_start(self) -> int:
        """Period index of the export's first day (its cohort is everyone already active)."""
        return int(self.j_of_day(to_day(self.data_start))) if self.data_start else 0

    def dim_column(self, dim: str) -> str:
        """Name of the first-order value column of ``dim`` in ``rd_c``/``cust``."""
        return f"dim_{self.dims.index(dim)}"

    def dim_label(self, dim: str, code: int) -> str | None:
        """The value behind a dimension code (``None`` for empty)."""
        return None if code < 0 else self.dim_values[self.dims.index(dim)][int(code)]

    # ------------------------------------------------------------------ SQL access
    def fetch(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        """Run a query on the working views (see module docstring); all rows."""
        self._ensure_sql()
        return self.cur.execute(sql, params or []).fetchall()

    def one(self, sql: str, params: list[Any] | None = None) -> tuple:
        """Run a query returning one row."""
        self._ensure_sql()
        rows = self.cur.execute(sql, params or []).fetchall()
        return rows[0] if rows else None

    def _ensure_sql(self) -> None:
        if self._sql_ready or self.empty:
            return
        import pandas as pd

        # A caller may have left a half-read result (execute().fetchone()) on this cursor;
        # DuckDB refuses register() until it is finished, so finish it first.
        self.cur.execute("SELECT 1").fetchall()

        d, c = self.docs, self.cust
        dims_o = {f"dim_{i}": c[f"dim_{i}"][d["cust"]] for i in range(len(self.dims))}
        self.cur.register("rd_o_src", pd.DataFrame({
            "cid": d["cust"], "ms": d["ms"], "day": d["day"], "j": d["j"], "rev": d["rev"],
            "is_order": d["is_order"], "seq": d["seq"], **dims_o}))
        self.cur.register("rd_c_src", pd.DataFrame({
            "cid": np.arange(self.n_customers, dtype=np.int64),
            **{k: v for k, v in c.items() if k not in ("h1", "h2")}}))
        self.cur.register("rd_dimv", pd.DataFrame({
            "i": [i for i, vals in enumerate(self.dim_values) for _ in vals],
            "code": [k for vals in self.dim_values for k in range(len(vals))],
            "v": [v for vals in self.dim_values for v in vals]}))

        def dim_sel(src: str) -> str:
            return "".join(
                f", (SELECT v FROM rd_dimv WHERE i = {i} AND code = {src}.dim_{i}) AS dim_{i}"
                for i in range(len(self.dims)))

        self.cur.execute(
            "CREATE OR REPLACE TEMP VIEW rd_o AS SELECT cid, epoch_ms(ms) AS ts, "
            "CAST(DATE '1970-01-01' + day AS DATE) AS d, j, rev, is_order, "
            f"CASE WHEN seq > 0 THEN seq END AS seq{dim_sel('rd_o_src')} FROM rd_o_src")
        self.cur.execute(
            "CREATE OR REPLACE TEMP VIEW rd_c AS SELECT cid, epoch_ms(first_ms) AS first_ts, "
            "CAST(DATE '1970-01-01' + first_day AS DATE) AS first_d, first_j, "
            "CASE WHEN second_ms >= 0 THEN epoch_ms(second_ms) END AS second_ts, "
            "CASE WHEN second_j >= 0 THEN second_j END AS second_j, "
            "CAST(DATE '1970-01-01' + last_day AS DATE) AS last_d, last_j, n_orders, revenue"
            f"{dim_sel('rd_c_src')} FROM rd_c_src")
        self._sql_ready = True


def _calendar(prep: Prepared, lo: date, hi: date) -> None:
    """Day -> period index table (``rd_days``, ``rd_periods`` and numpy lookups)."""
    cur = prep.cur
    ps = period_start_sql("gd", prep.settings)
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rd_days AS SELECT d, CAST(dense_rank() OVER "
        "(ORDER BY ps) AS INTEGER) - 1 AS j, ps FROM (SELECT CAST(gd AS DATE) AS d, "
        f"{ps} AS ps FROM generate_series(CAST(? AS DATE), CAST(? AS DATE), "
        "INTERVAL 1 DAY) t(gd))",
        [lo, hi],
    )
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rd_periods AS SELECT j, ps, pe, pe - 1 <= CAST(? AS DATE) "
        "AS complete FROM (SELECT j, ps, lead(ps) OVER (ORDER BY j) AS pe FROM "
        "(SELECT DISTINCT j, ps FROM rd_days)) WHERE pe IS NOT NULL",
        [prep.end],
    )
    arr = cur.execute("SELECT j FROM rd_days ORDER BY d").fetchnumpy()
    prep.day_lo = to_day(lo)
    prep.day_j = np.asarray(arr["j"], dtype=np.int32)
    prep.periods = {j: (a, b) for j, a, b in cur.execute(
        "SELECT j, ps, pe FROM rd_periods ORDER BY j").fetchall()}


def prepare(
    store: Any, spec: FilterSpec, settings: Settings, dims: tuple[str, ...] = ()
) -> Prepared:
    """Fetch and summarise the working data for ``spec``/``settings``.

    Parameters
    ----------
    store : ProjectStore
        Source project (read through ``store.cursor()``).
    spec, settings : FilterSpec, Settings
    dims : tuple of str
        Dimension columns needed by the caller (``--by DIM`` cohorts, segments).

    Returns
    -------
    Prepared
    """
    cur = store.cursor()
    cur.execute("SET enable_progress_bar = false")  # never draw on the CLI's stdout
    for dim in dims:
        validate_spec(cur, spec, by=dim)
    if not dims:
        validate_spec(cur, spec)
    if settings.activity_window_days < 1:
        raise ValueError("the activity window must be at least 1 day")
    start, end = resolve_bounds(cur, spec)
    prep = Prepared(cur=cur, spec=spec, settings=settings, start=start, end=end,
                    dims=tuple(dims))
    if end is None:
        return prep
    if start is None or start > end:
        start = end + timedelta(days=1)  # empty range: nothing inside it
        prep.start = start
    dmin, dmax = cur.execute(
        "SELECT CAST(min(order_ts) AS DATE), CAST(max(order_ts) AS DATE) FROM orders"
    ).fetchall()[0]
    prep.data_start, prep.data_end = dmin, dmax
    lo = min(dmin, start)
    # Reach the start of the period after `end` (and `end + W` lookups stay inside).
    hi = max(end, start) + timedelta(days=400)
    _calendar(prep, lo, hi)
    prep.j_start = int(prep.j_of_day(to_day(start)))
    prep.j_end = int(prep.j_of_day(to_day(end)))
    pe_end = prep.periods[prep.j_end][1]
    prep.j_complete = prep.j_end if pe_end - timedelta(days=1) <= end else prep.j_end - 1
    _load(prep, lo)
    return prep


def _load(prep: Prepared, lo: date) -> None:
    spec, settings, cur = prep.spec, prep.settings, prep.cur
    sql, params = base_sql(spec, settings, extra_columns=prep.dims)
    source = "base_docs" if _customer_filters(spec) else "docs"
    dim_codes = ""
    prep.dim_values = []
    for i, dim in enumerate(prep.dims):
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

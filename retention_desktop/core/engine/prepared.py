"""Per-request working tables: the filtered documents and per-customer summaries.

:func:`prepare` runs the base SQL of :mod:`retention_desktop.core.engine.base` once and
materialises three small temporary tables on a private cursor, so that every metric of a
full recompute reads precomputed data instead of re-scanning ``orders``:

``rd_periods``  ``j`` (period index), ``ps`` (first day), ``pe`` (first day of the next
                period), ``complete`` (the whole period is observed).
``rd_o``        one row per document of an eligible customer up to the data end:
                ``cid`` (dense integer customer key), ``ts``, ``d`` (date), ``j``,
                ``rev`` (policy-signed), ``is_order``, ``seq`` (order number, orders only)
                and any requested dimension columns.
``rd_c``        one row per eligible customer: ``cid``, ``customer_id``, ``first_ts``,
                ``first_d``, ``first_j``, ``second_ts``, ``second_j``, ``last_d``,
                ``last_j``, ``n_orders``, ``revenue`` and, per requested dimension, its
                value on the first order (``dim_<i>``).

Temporary tables live on the cursor's own connection, so concurrent requests (GUI tasks)
never see each other's tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from retention_desktop.core.engine.base import (
    base_sql,
    period_start_sql,
    resolve_bounds,
    validate_spec,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident


@dataclass
class Prepared:
    """Handle on the working tables of one (spec, settings) request.

    Attributes
    ----------
    cur : duckdb cursor
        Private cursor holding the temporary tables.
    start, end : date or None
        Reporting range (``end`` = last observed day). ``None`` when the project is empty.
    j_start, j_end : int
        Period indexes of ``start`` and ``end``.
    j_complete : int
        Index of the last fully observed period (``j_end`` or ``j_end - 1``).
    periods : dict
        ``j -> (first day, first day of the next period)``.
    dims : tuple of str
        Dimension columns carried into ``rd_o`` / ``rd_c`` (``dim_0``, ``dim_1``...).
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

    @property
    def empty(self) -> bool:
        """True when there is no data at all in the project."""
        return self.end is None

    @property
    def window(self) -> int:
        """The activity window W in days."""
        return int(self.settings.activity_window_days)

    def dim_column(self, dim: str) -> str:
        """Name of the first-order value column of ``dim`` in ``rd_c``."""
        return f"dim_{self.dims.index(dim)}"

    def fetch(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        """Run a query on the working tables and return all rows."""
        return self.cur.execute(sql, params or []).fetchall()

    def one(self, sql: str, params: list[Any] | None = None) -> tuple:
        """Run a query returning one row."""
        return self.cur.execute(sql, params or []).fetchone()


def prepare(
    store: Any, spec: FilterSpec, settings: Settings, dims: tuple[str, ...] = ()
) -> Prepared:
    """Materialise the working tables for ``spec``/``settings``.

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
    dmin = cur.execute("SELECT CAST(min(order_ts) AS DATE) FROM orders").fetchone()[0]
    lo = min(dmin, start)
    hi = max(end, start) + timedelta(days=400)  # reach the start of the period after `end`
    ps = period_start_sql("gd", settings)
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rd_days AS SELECT d, CAST(dense_rank() OVER "
        "(ORDER BY ps) AS INTEGER) - 1 AS j, ps FROM (SELECT CAST(gd AS DATE) AS d, "
        f"{ps} AS ps FROM generate_series(CAST(? AS DATE), CAST(? AS DATE), "
        "INTERVAL 1 DAY) t(gd))",
        [lo, hi],
    )
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rd_periods AS SELECT j, ps, lead(ps) OVER (ORDER BY j) "
        "AS pe, (lead(ps) OVER (ORDER BY j)) - 1 <= CAST(? AS DATE) AS complete "
        "FROM (SELECT DISTINCT j, ps FROM rd_days)",
        [end],
    )
    cur.execute("DELETE FROM rd_periods WHERE pe IS NULL")
    day_j = dict(cur.execute("SELECT d, j FROM rd_days WHERE d IN (?, ?)",
                             [start, end]).fetchall())
    prep.j_start, prep.j_end = day_j[start], day_j[end]
    prep.periods = {j: (a, b) for j, a, b in cur.execute(
        "SELECT j, ps, pe FROM rd_periods ORDER BY j").fetchall()}
    pe_end = prep.periods[prep.j_end][1]
    prep.j_complete = prep.j_end if pe_end - timedelta(days=1) <= end else prep.j_end - 1

    sql, params = base_sql(spec, settings, extra_columns=tuple(dims))
    dim_sel = "".join(f", b.{quote_ident(d)} AS dim_{i}" for i, d in enumerate(dims))
    # Customers get a dense integer key once; every later grouping/join uses it.
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rd_keys AS " + sql
        + " SELECT customer_id, CAST(row_number() OVER () AS INTEGER) AS cid FROM eligible",
        params,
    )
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rd_o AS " + sql
        + " SELECT k.cid, b.order_ts AS ts, CAST(b.order_ts AS DATE) AS d, dd.j, b.rev, "
        "b.kind = 'order' AS is_order, CASE WHEN b.kind = 'order' THEN "
        "CAST(row_number() OVER (PARTITION BY k.cid, b.kind = 'order' "
        f"ORDER BY b.order_ts, b.order_id) AS INTEGER) END AS seq{dim_sel} "
        "FROM docs b JOIN rd_keys k USING (customer_id) "
        "JOIN rd_days dd ON dd.d = CAST(b.order_ts AS DATE)",
        params,
    )
    dim_first = "".join(f", arg_min(dim_{i}, seq) FILTER (WHERE is_order) AS dim_{i}"
                        for i in range(len(dims)))
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rd_c AS SELECT cid, "
        "min(ts) FILTER (WHERE is_order) AS first_ts, "
        "min(d) FILTER (WHERE is_order) AS first_d, min(j) FILTER (WHERE is_order) AS first_j, "
        "min(ts) FILTER (WHERE seq = 2) AS second_ts, min(j) FILTER (WHERE seq = 2) AS second_j, "
        "max(d) FILTER (WHERE is_order) AS last_d, max(j) FILTER (WHERE is_order) AS last_j, "
        "count(*) FILTER (WHERE is_order) AS n_orders, sum(rev) AS revenue"
        f"{dim_first} FROM rd_o GROUP BY cid"
    )
    return prep


def customer_ids(prep: Prepared, cids: list[int]) -> dict[int, str]:
    """Map integer keys back to customer ids (for customer lists)."""
    if not cids or prep.empty:
        return {}
    rows = prep.cur.execute(
        "SELECT cid, customer_id FROM rd_keys WHERE cid IN (SELECT unnest(?))", [list(cids)]
    ).fetchall()
    return dict(rows)

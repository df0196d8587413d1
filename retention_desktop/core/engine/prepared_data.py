"""The working data of one request (:class:`Prepared`), its calendar and reporting frame.

A leaf under :mod:`.prepared` (which fetches it, through the cache) and :mod:`.prepared_cut`
(which cuts another range from it): both import from here, neither from the other's
module, so the engine keeps no import cycle.
"""


from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from retention_desktop.core.engine.base import (
    period_start_sql,
)
from retention_desktop.core.engine.first_product import DERIVED_DIMENSIONS
from retention_desktop.core.engine.spec import FilterSpec, Settings

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
MS_PER_DAY = 86_400_000


def to_day(d: date) -> int:
    """Days since 1970-01-01."""
    return d.toordinal() - EPOCH_ORDINAL


def from_day(n: int) -> date:
    """Inverse of :func:`to_day`."""
    return date.fromordinal(int(n) + EPOCH_ORDINAL)


def _customer_filters(spec: FilterSpec) -> bool:
    # product filters are customer-level too ("ever bought X" is judged up to the range end)
    if spec.first_product or spec.bought_product:
        return True
    # a breakdown by first product filters customers by their first order's main line
    if any(c in DERIVED_DIMENSIONS for c, v in (*spec.include, *spec.exclude) if v):
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
    version: Any = None  # the store's data version the arrays were read at
    store: Any = None  # the project (cached look-ups of related working data)
    owns_arrays: bool = True  # False: docs/cust are another entry's (a cut sharing them)
    cal_range: tuple[date, date] | None = None  # days covered by rd_days / day_j
    _sql_ready: bool = False
    _cal_ready: bool = False  # rd_days / rd_periods exist on ``cur``

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
        if not self._cal_ready:
            _calendar_sql(self)

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


    def handout(self, store: Any) -> Prepared:
        """A copy for one more job: the same (read-only) arrays and memo, its own cursor.

        DuckDB cursors must not be used by two threads at once and the working views
        live on a cursor, so every job sharing cached working data gets a fresh cursor;
        the views are registered again on it when first needed.
        """
        return replace(self, cur=store.cursor(), store=store, _sql_ready=False,
                       _cal_ready=False)

    @property
    def nbytes(self) -> int:
        """Bytes held by the numpy arrays (for the cache's memory bound)."""
        if not self.owns_arrays:
            return int(self.day_j.nbytes)
        return int(sum(a.nbytes for a in (*self.docs.values(), *self.cust.values()))
                   + self.day_j.nbytes)


def _calendar_sql(prep: Prepared) -> None:
    """``rd_days`` and ``rd_periods`` on the request's cursor."""
    cur = prep.cur
    lo, hi = prep.cal_range
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
    prep._cal_ready = True


def _calendar(prep: Prepared, lo: date, hi: date) -> None:
    """Day -> period index table (``rd_days``, ``rd_periods`` and numpy lookups)."""
    cur = prep.cur
    prep.cal_range = (lo, hi)
    _calendar_sql(prep)
    arr = cur.execute("SELECT j FROM rd_days ORDER BY d").fetchnumpy()
    prep.day_lo = to_day(lo)
    prep.day_j = np.asarray(arr["j"], dtype=np.int32)
    prep.periods = {j: (a, b) for j, a, b in cur.execute(
        "SELECT j, ps, pe FROM rd_periods ORDER BY j").fetchall()}


def _frame(prep: Prepared, dmin: date, dmax: date) -> date:
    """Reporting range, calendar and period indexes of ``prep.spec`` (as
    :func:`~retention_desktop.core.engine.base.resolve_bounds`); returns the calendar's
    first day."""
    spec = prep.spec
    end = min(spec.date_to, dmax) if spec.date_to else dmax
    start = spec.date_from or dmin
    if start > end:
        start = end + timedelta(days=1)  # empty range: nothing inside it
    prep.start, prep.end = start, end
    prep.data_start, prep.data_end = dmin, dmax
    lo = min(dmin, start)
    # Reach the start of the period after `end` (and `end + W` lookups stay inside).
    hi = max(end, start) + timedelta(days=400)
    _calendar(prep, lo, hi)
    prep.j_start = int(prep.j_of_day(to_day(start)))
    prep.j_end = int(prep.j_of_day(to_day(end)))
    pe_end = prep.periods[prep.j_end][1]
    prep.j_complete = prep.j_end if pe_end - timedelta(days=1) <= end else prep.j_end - 1
    return lo

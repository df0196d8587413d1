"""DuckDB passes behind the product tables.

Population (as for the time to the second order, :mod:`.second_order`): new customers,
i.e. customers of the filtered data whose first order falls in the reporting range.
Their later orders are followed to the **data end** (the newest order of the project),
also when the range ends earlier, and they are censored there.

The passes write temporary tables on the caller's private cursor:

``rdp_pop``   customer ids of the population.
``rdp_cust``  one row per new customer: ``cid`` (0.., by customer id), ``customer_id``,
              ``first_oid``/``first_ts``, ``second_oid``/``second_ts`` (NULL: none yet),
              ``rev_<N>`` revenue (policy-signed) in the first N days.
``rdp_first`` distinct (``cid``, ``key``) of the first orders' lines.
``rdp_keys``  the grouping keys met: ``code`` (0..), ``key``, ``name`` (most frequent
              spelling), ``product_id``, ``category``.

Every value is bound as a parameter; column names come from the schema, not from users.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from retention_desktop.core.engine.base import base_sql
from retention_desktop.core.engine.prepared import to_day
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.importer.products import product_key_sql

BY = ("product", "category")


def table_exists(cur: Any, name: str) -> bool:
    """Whether the project has table ``name`` (older projects may lack ``line_items``)."""
    return bool(cur.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? "
        "AND table_schema = 'main'", [name]).fetchall()[0][0])


def has_line_items(cur: Any) -> bool:
    """Whether the project has at least one product line."""
    return table_exists(cur, "line_items") and bool(
        cur.execute("SELECT count(*) FROM (SELECT 1 FROM line_items LIMIT 1)").fetchall()[0][0])


def has_categories(cur: Any) -> bool:
    """Whether any product line carries a category."""
    return bool(cur.execute(
        "SELECT count(*) FROM (SELECT 1 FROM line_items WHERE nullif(trim(category), '') "
        "IS NOT NULL LIMIT 1)").fetchall()[0][0])


def key_expr(by: str, alias: str = "li") -> str:
    """SQL of the grouping key of a line: its product key, or its folded category."""
    if by == "product":
        return f"{alias}.product_key"
    if by == "category":
        return product_key_sql(f"{alias}.category")
    raise ValueError(f"by must be one of {', '.join(BY)}, got {by!r}")


def name_expr(by: str, alias: str = "li") -> str:
    """SQL of what a line shows for its group (the spelling in the file)."""
    return f"{alias}.product_name" if by == "product" else f"trim({alias}.category)"


@dataclass
class Population:
    """New customers of a request, as numpy arrays indexed by ``cid``.

    Attributes
    ----------
    data_end : date or None
        Last day with data (customers are censored at its end).
    range_from, range_to : date or None
    first_day : array of int
        Day (since 1970) of the first order.
    gap_days : array of float
        Days from the first to the second order (NaN: none by the data end).
    observed_days : array of float
        Days from the first order to the end of the data's last day.
    revenue : dict of int -> array of float
        Revenue in the first N days, per N.
    """

    data_end: date | None
    range_from: date | None
    range_to: date | None
    first_day: np.ndarray
    gap_days: np.ndarray
    observed_days: np.ndarray
    revenue: dict[int, np.ndarray]

    @property
    def size(self) -> int:
        """Number of new customers."""
        return int(self.first_day.size)

    @property
    def data_end_day(self) -> int:
        """``data_end`` as days since 1970."""
        return to_day(self.data_end) if self.data_end else 0


def build_population(cur: Any, spec: FilterSpec, settings: Settings,
                     revenue_days: tuple[int, ...]) -> Population:
    """Write ``rdp_pop`` and ``rdp_cust`` and return the population's arrays."""
    sql, params = base_sql(spec, settings)
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_pop AS " + sql + " SELECT customer_id FROM "
        "customer_summary, rd_bounds WHERE CAST(first_ts AS DATE) BETWEEN start_d AND end_d",
        params)
    rng = cur.execute(sql + " SELECT start_d, end_d FROM rd_bounds", params).fetchall()
    range_from, range_to = rng[0] if rng else (None, None)
    # Follow the same customers (same row filters) to the data end.
    sql2, params2 = base_sql(spec.with_(date_to=None, period=None), settings)
    revs = "".join(
        f", sum(d.rev) FILTER (WHERE d.order_ts < f.first_ts + INTERVAL {int(n)} DAY) "
        f"AS rev_{int(n)}" for n in revenue_days)
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_cust AS " + sql2 + ", "
        "pd AS (SELECT d.* FROM docs d SEMI JOIN rdp_pop p ON d.customer_id = p.customer_id), "
        "two AS (SELECT customer_id, "
        "min_by(order_id, (order_ts, rid), 2) AS oids, "
        "min_by(order_ts, (order_ts, rid), 2) AS tss FROM pd WHERE kind = 'order' "
        "GROUP BY customer_id), "
        "f AS (SELECT customer_id, oids[1] AS first_oid, tss[1] AS first_ts, "
        "CASE WHEN len(oids) >= 2 THEN oids[2] END AS second_oid, "
        "CASE WHEN len(tss) >= 2 THEN tss[2] END AS second_ts FROM two), "
        f"r AS (SELECT d.customer_id, count(*) AS docs{revs} FROM pd d JOIN f USING (customer_id) "
        "WHERE d.order_ts >= f.first_ts GROUP BY d.customer_id) "
        "SELECT CAST(row_number() OVER (ORDER BY f.customer_id) - 1 AS INTEGER) AS cid, "
        "f.*" + "".join(f", coalesce(r.rev_{int(n)}, 0.0) AS rev_{int(n)}"
                        for n in revenue_days)
        + " "
        "FROM f LEFT JOIN r USING (customer_id)", params2)
    end = cur.execute(sql2 + " SELECT end_d FROM rd_bounds", params2).fetchall()
    data_end = end[0][0] if end else None
    arr = cur.execute(
        "SELECT CAST(epoch_ms(first_ts) AS BIGINT) AS f, "
        "coalesce(CAST(epoch_ms(second_ts) AS BIGINT), -1) AS s"
        + "".join(f", rev_{int(n)}" for n in revenue_days)
        + " FROM rdp_cust ORDER BY cid").fetchnumpy()
    first_ms = np.asarray(arr["f"], dtype=np.int64)
    second_ms = np.asarray(arr["s"], dtype=np.int64)
    gap = np.where(second_ms >= 0, (second_ms - first_ms) / 86_400_000.0, np.nan)
    end_ms = (to_day(data_end) + 1) * 86_400_000.0 if data_end else 0.0
    return Population(
        data_end=data_end, range_from=range_from, range_to=range_to,
        first_day=np.floor_divide(first_ms, 86_400_000),
        gap_days=gap, observed_days=(end_ms - first_ms) / 86_400_000.0,
        revenue={int(n): np.asarray(arr[f"rev_{int(n)}"], dtype=float) for n in revenue_days})


def first_pairs(cur: Any, by: str, keep: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Write ``rdp_first`` and ``rdp_keys``; return (cid, code) of first-order lines.

    Parameters
    ----------
    by : {'product', 'category'}
    keep : str, optional
        Only this grouping key (one product's row).
    """
    key = key_expr(by)
    only = " AND k = ?" if keep is not None else ""
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_first AS SELECT c.cid, k AS key, "
        "mode(nm) AS name, mode(li.product_id) AS pid, mode(trim(li.category)) AS cat "
        f"FROM (SELECT *, {key} AS k, {name_expr(by)} AS nm FROM line_items li "
        "WHERE kind = 'order') li "
        "JOIN rdp_cust c ON li.customer_id = c.customer_id AND li.order_id = c.first_oid "
        f"WHERE k IS NOT NULL{only} GROUP BY c.cid, k",
        [keep] if keep is not None else [])
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_keys AS SELECT "
        "CAST(row_number() OVER (ORDER BY key) - 1 AS INTEGER) AS code, key, "
        "mode(name) AS name, mode(pid) AS product_id, mode(cat) AS category "
        "FROM rdp_first GROUP BY key")
    arr = cur.execute(
        "SELECT f.cid, k.code FROM rdp_first f JOIN rdp_keys k USING (key)").fetchnumpy()
    return np.asarray(arr["cid"], dtype=np.int64), np.asarray(arr["code"], dtype=np.int64)


def key_table(cur: Any) -> list[tuple[str, str, str | None, str | None]]:
    """Rows of ``rdp_keys`` by code: (key, name, product_id, category)."""
    return [tuple(r) for r in cur.execute(
        "SELECT key, coalesce(name, key), product_id, category FROM rdp_keys "
        "ORDER BY code").fetchall()]


def next_counts(cur: Any, by: str, source: str | None) -> list[tuple]:
    """Co-occurrence of first-order and second-order groups.

    Returns rows ``(source_key, next_key, next_name, customers)`` (only ``source`` when
    given), plus per ``next_key`` the number of second orders containing it under the
    source key ``NULL``.
    """
    key = key_expr(by)
    only = " WHERE f.key = ?" if source is not None else ""
    return cur.execute(
        "WITH s AS (SELECT c.cid, k AS key, mode(nm) AS name FROM "
        f"(SELECT *, {key} AS k, {name_expr(by)} AS nm FROM line_items li "
        "WHERE kind = 'order') li "
        "JOIN rdp_cust c ON li.customer_id = c.customer_id AND li.order_id = c.second_oid "
        "WHERE k IS NOT NULL GROUP BY c.cid, k), "
        "names AS (SELECT key, mode(name) AS name FROM s GROUP BY key) "
        "SELECT f.key, s.key, any_value(n.name), count(*) FROM rdp_first f "
        f"JOIN s USING (cid) JOIN names n ON n.key = s.key{only} GROUP BY f.key, s.key "
        "UNION ALL SELECT NULL, s.key, any_value(n.name), count(*) FROM s "
        "JOIN names n ON n.key = s.key GROUP BY s.key",
        [source] if source is not None else []).fetchall()


def second_order_count(cur: Any, source: str | None = None) -> int:
    """New customers with a second order (whose first order had ``source``)."""
    if source is None:
        return int(cur.execute(
            "SELECT count(*) FROM rdp_cust WHERE second_oid IS NOT NULL").fetchall()[0][0])
    return int(cur.execute(
        "SELECT count(*) FROM rdp_cust c SEMI JOIN rdp_first f ON f.cid = c.cid "
        "AND f.key = ? WHERE c.second_oid IS NOT NULL", [source]).fetchall()[0][0])


def range_end(cur: Any, spec: FilterSpec, settings: Settings) -> date | None:
    """Last observed day of the request (``date_to`` clipped to the data)."""
    sql, params = base_sql(spec, settings)
    rows = cur.execute(sql + " SELECT end_d FROM rd_bounds", params).fetchall()
    return rows[0][0] if rows else None


def purchase_days_sql(spec: FilterSpec, settings: Settings, by: str) -> tuple[str, list]:
    """``WITH ...`` ending in ``pdays``: distinct (customer, key, day) of purchases, with
    ``gap`` = days since the previous purchase day of the same key (NULL for the first).

    Customers and orders as in every other metric (eligible customers, row filters, up
    to the range end).
    """
    sql, params = base_sql(spec, settings)
    key = key_expr(by)
    sql += (
        ", lines AS (SELECT li.customer_id, " + key + " AS key, " + name_expr(by)
        + " AS nm, li.product_id, trim(li.category) AS cat, CAST(li.order_ts AS DATE) AS d "
        "FROM line_items li SEMI JOIN base_docs b ON b.order_id = li.order_id "
        "AND b.customer_id = li.customer_id AND b.kind = 'order' WHERE li.kind = 'order'), "
        "pdays AS (SELECT customer_id, key, d, d - lag(d) OVER "
        "(PARTITION BY customer_id, key ORDER BY d) AS gap FROM "
        "(SELECT DISTINCT customer_id, key, d FROM lines WHERE key IS NOT NULL))")
    return sql, params


def repurchase_rows(cur: Any, spec: FilterSpec, settings: Settings, by: str) -> list[tuple]:
    """Per key: (key, name, product_id, category, buyers, repeat buyers, median gap,
    gaps), most buyers first."""
    sql, params = purchase_days_sql(spec, settings, by)
    return cur.execute(
        sql + ", names AS (SELECT key, mode(nm) AS name, mode(product_id) AS pid, "
        "mode(cat) AS cat FROM lines WHERE key IS NOT NULL GROUP BY key) "
        "SELECT p.key, any_value(n.name), any_value(n.pid), any_value(n.cat), "
        "count(DISTINCT customer_id), count(DISTINCT customer_id) FILTER (WHERE gap IS NOT "
        "NULL), median(gap), count(gap) FROM pdays p JOIN names n USING (key) "
        "GROUP BY p.key ORDER BY 5 DESC, 1", params).fetchall()


def reorder_due_rows(cur: Any, spec: FilterSpec, settings: Settings, by: str,
                     product: str | None) -> list[tuple]:
    """Customers who bought a key on exactly one day, longer ago than its median gap.

    Rows ``(customer_id, key, name, last day, days since, median gap, gaps)``, most
    overdue (relative to the interval) first.
    """
    sql, params = purchase_days_sql(spec, settings, by)
    only = " AND o.key = ?" if product is not None else ""
    return cur.execute(
        sql + ", iv AS (SELECT key, median(gap) AS med, count(gap) AS n FROM pdays "
        "WHERE gap IS NOT NULL GROUP BY key), "
        "names AS (SELECT key, mode(nm) AS name FROM lines WHERE key IS NOT NULL "
        "GROUP BY key), "
        "once AS (SELECT customer_id, key, max(d) AS d FROM pdays GROUP BY customer_id, key "
        "HAVING count(*) = 1) "
        "SELECT o.customer_id, o.key, n.name, o.d, "
        "CAST((SELECT end_d FROM rd_bounds) - o.d AS INTEGER) AS since, iv.med, iv.n "
        "FROM once o JOIN iv USING (key) JOIN names n USING (key) "
        f"WHERE (SELECT end_d FROM rd_bounds) - o.d > iv.med{only} "
        "ORDER BY ((SELECT end_d FROM rd_bounds) - o.d) / iv.med DESC, o.key, o.customer_id",
        params + ([product] if product is not None else [])).fetchall()

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
``rdp_keys``  every grouping key of the order lines: ``code`` (0.., by key), ``key``,
              ``name`` (most frequent spelling), ``product_id``, ``category``.
``rdp_first`` distinct (``cid``, ``code``) of the first orders' lines.
``rdp_second`` the same for the second orders (next products).

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
from retention_desktop.core.store.product_key import product_key_sql

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


def order_lines(cur: Any, by: str) -> str:
    """SQL of a subquery over the order lines with their group key ``k`` and display
    name ``nm`` (columns ``order_id``, ``customer_id``, ``order_ts``, ``product_id``,
    ``cat``, ``k``, ``nm``).

    Categories are folded once per distinct category (``rdp_catmap``), not once per line:
    the fold's regular expression over every line cost seconds at 10M lines.
    """
    cols = "li.order_id, li.customer_id, li.order_ts, li.product_id, trim(li.category) AS cat"
    if by == "product":
        return (f"(SELECT {cols}, li.product_key AS k, li.product_name AS nm "
                "FROM line_items li WHERE li.kind = 'order')")
    if by != "category":
        raise ValueError(f"by must be one of {', '.join(BY)}, got {by!r}")
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_catmap AS SELECT c, " + product_key_sql("c")
        + " AS k FROM (SELECT DISTINCT category AS c FROM line_items "
        "WHERE category IS NOT NULL)")
    return (f"(SELECT {cols}, m.k AS k, trim(li.category) AS nm FROM line_items li "
            "JOIN rdp_catmap m ON m.c = li.category WHERE li.kind = 'order')")


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


def names_sql(source: str, key: str = "k") -> str:
    """Per key of ``source`` (columns ``<key>``, ``nm``, ``product_id``, ``cat``): its most
    frequent spelling ``name`` (ties: the last in sort order), with a ``pid``/``cat`` of
    that spelling. Counting (key, name) pairs first is several times cheaper than
    ``mode()`` over every line."""
    return (f"SELECT {key} AS key, arg_max(nm, (n, nm)) AS name, arg_max(pid, (n, nm)) "
            "AS pid, arg_max(cat, (n, nm)) AS cat FROM (SELECT "
            f"{key}, nm, max(product_id) AS pid, max(cat) AS cat, count(*) AS n FROM {source} "
            f"WHERE {key} IS NOT NULL GROUP BY {key}, nm) GROUP BY {key}")


def product_names(cur: Any, by: str) -> None:
    """Write ``rdp_keys``: every group of the order lines with its code (0.., by key),
    most frequent spelling, SKU and category. Names come from every order line, so a
    product is called the same whatever the filter."""
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_keys AS SELECT "
        "CAST(row_number() OVER (ORDER BY key) - 1 AS INTEGER) AS code, key, name, "
        f"pid AS product_id, cat AS category FROM ({names_sql(order_lines(cur, by))})")


def code_of(cur: Any, key: str) -> int | None:
    """The code of a group key in ``rdp_keys`` (None when absent)."""
    rows = cur.execute("SELECT code FROM rdp_keys WHERE key = ?", [key]).fetchall()
    return int(rows[0][0]) if rows else None


def first_pairs(cur: Any, by: str) -> tuple[np.ndarray, np.ndarray]:
    """Write ``rdp_keys`` and ``rdp_first`` (distinct ``cid``, ``code`` of the new
    customers' first-order lines); return them as arrays sorted by (code, cid)."""
    product_names(cur, by)
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_first AS SELECT DISTINCT c.cid, k.code "
        f"FROM {order_lines(cur, by)} li "
        "JOIN rdp_cust c ON li.customer_id = c.customer_id AND li.order_id = c.first_oid "
        "JOIN rdp_keys k ON k.key = li.k")
    arr = cur.execute("SELECT cid, code FROM rdp_first").fetchnumpy()
    cid = np.asarray(arr["cid"], dtype=np.int64)
    code = np.asarray(arr["code"], dtype=np.int64)
    # A parallel join returns rows in any order; the seeded bootstrap needs a fixed one.
    order = np.lexsort((cid, code))
    return cid[order], code[order]


def key_table(cur: Any) -> list[tuple[str, str, str | None, str | None]]:
    """Rows of ``rdp_keys`` by code: (key, name, product_id, category)."""
    return [tuple(r) for r in cur.execute(
        "SELECT key, coalesce(name, key), product_id, category FROM rdp_keys "
        "ORDER BY code").fetchall()]


def next_counts(cur: Any, by: str, source: int) -> tuple[dict[int, int], dict[int, int]]:
    """Groups in new customers' second orders.

    Returns
    -------
    (after, base) : dict code -> customers
        ``after``: customers whose first order had group ``source`` and whose second
        order has the group; ``base``: all customers whose second order has it.
    """
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE rdp_second AS SELECT DISTINCT c.cid, k.code "
        f"FROM {order_lines(cur, by)} li "
        "JOIN rdp_cust c ON li.customer_id = c.customer_id AND li.order_id = c.second_oid "
        "JOIN rdp_keys k ON k.key = li.k")
    after = cur.execute(
        "SELECT s.code, count(*) FROM rdp_second s SEMI JOIN rdp_first f ON f.cid = s.cid "
        "AND f.code = ? GROUP BY s.code", [source]).fetchall()
    base = cur.execute("SELECT code, count(*) FROM rdp_second GROUP BY code").fetchall()
    return dict(after), dict(base)


def second_order_count(cur: Any, source: int | None = None) -> int:
    """New customers with a second order (whose first order had group ``source``)."""
    if source is None:
        return int(cur.execute(
            "SELECT count(*) FROM rdp_cust WHERE second_oid IS NOT NULL").fetchall()[0][0])
    return int(cur.execute(
        "SELECT count(*) FROM rdp_cust c SEMI JOIN rdp_first f ON f.cid = c.cid "
        "AND f.code = ? WHERE c.second_oid IS NOT NULL", [source]).fetchall()[0][0])

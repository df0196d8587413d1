"""Derived dimensions from the order lines: a customer's first-order product / category.

``first-product`` and ``first-category`` are not columns of ``orders``; they can be
used wherever a dimension splits customers (``metrics cohorts|nday --by first-product``,
the Cohorts tab's "Cohorts by"; the ``kpis``/``compare``/``crr`` breakdowns). Like every
dimension, a customer takes the value of their *first order*
(:mod:`~retention_desktop.core.engine.prepared`). As a filter (``--where
first-product=X``, a breakdown's segment) it is customer-level: :func:`derived_filter_sql`.

The rule for one order (its ``line_items`` rows with ``kind = 'order'``):

* **main product**: the product (``product_key``) with the highest line revenue in the
  order, its lines summed (a line without a revenue counts 0); ties go to the smaller
  display name, then the smaller key;
* **main category**: likewise over categories (folded like the Products view folds
  them, :func:`~retention_desktop.core.store.product_key.product_key_sql`); lines
  without a category are left out;
* an order without product lines (or, for the category, without a categorised line)
  has no value: its customers form the "(no product)" cohort (code ``-1``);
* cohorts: the :data:`MAX_COHORTS` values with the most customers in the filtered data
  keep a cohort each, the rest share "(other products)" (:func:`top_values`).

Values are display names (a product's most frequent spelling over all order lines, ties
the last in sort order: the names the Products view shows), never the folded key.

The SQL is one grouped pass over ``line_items`` joined to ``orders`` per document
(LEFT JOIN on ``order_id``/``customer_id``), not a correlated subquery per customer.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from retention_desktop.core.store.product_key import product_key_sql
from retention_desktop.core.store.queries import (
    DERIVED_DIMENSIONS,  # noqa: F401 (re-exported)
    FIRST_ORDERS_SQL,
)
from retention_desktop.core.store.queries import derived_dimensions as available  # noqa: F401

#: At most this many first products (categories) get a cohort of their own: the ones with
#: the most customers; the rest share one (a 4,000-row heatmap is unreadable and slow).
MAX_COHORTS = 25
#: The shared cohort's label (the app translates it).
OTHER = {"first-product": "(other products)", "first-category": "(other categories)"}


def top_values(dim: str, codes: np.ndarray, values: list[str]) -> tuple[np.ndarray, list[str]]:
    """Keep the :data:`MAX_COHORTS` values with the most customers (ties: the smaller
    name); every other customer with a value gets the :data:`OTHER` value.

    Parameters
    ----------
    codes : ndarray of int
        Per customer: index into ``values``, ``-1`` for none.

    Returns
    -------
    (ndarray, list of str)
        The new codes (``-1`` kept) and values (kept names in sort order, then ``OTHER``).
    """
    counts = np.bincount(codes[codes >= 0], minlength=len(values))
    present = np.flatnonzero(counts)
    if present.size <= MAX_COHORTS:
        return codes, values
    # most customers first; lexsort's last key is the primary one (codes follow the names)
    keep = np.sort(present[np.lexsort((present, -counts[present]))][:MAX_COHORTS])
    remap = np.full(len(values), MAX_COHORTS, dtype=np.int32)
    remap[keep] = np.arange(keep.size, dtype=np.int32)
    new = np.where(codes >= 0, remap[np.maximum(codes, 0)], -1).astype(codes.dtype)
    return new, [values[k] for k in keep] + [OTHER[dim]]


def is_derived(dim: str | None) -> bool:
    """True for a derived (line-item) dimension name."""
    return dim in DERIVED_DIMENSIONS


def _lines_sql(dim: str) -> str:
    """Order lines with their group key ``k`` and display spelling ``nm``."""
    if dim == "first-product":
        return ("SELECT order_id, customer_id, revenue, product_key AS k, "
                "coalesce(product_name, product_id, product_key) AS nm "
                "FROM line_items WHERE kind = 'order'")
    if dim != "first-category":
        raise ValueError(f"not a derived dimension: {dim!r}")
    # fold each distinct category once (a regular expression per line costs seconds)
    return ("SELECT l.order_id, l.customer_id, l.revenue, m.k, trim(l.category) AS nm "
            "FROM line_items l JOIN (SELECT c, " + product_key_sql("c") + " AS k FROM "
            "(SELECT DISTINCT category AS c FROM line_items WHERE category IS NOT NULL "
            "AND trim(category) <> '')) m ON m.c = l.category WHERE l.kind = 'order'")


def _names_sql(dim: str) -> str:
    """``rd_dl`` (lines), ``rd_dn`` (key -> display name) and ``rd_dv`` (display name ->
    code 0.. in sort order) as CTE text (no leading ``WITH``)."""
    return (
        f"rd_dl AS ({_lines_sql(dim)}), "
        "rd_dn AS (SELECT k, arg_max(nm, (n, nm)) AS name FROM (SELECT k, nm, count(*) AS n "
        "FROM rd_dl WHERE k IS NOT NULL GROUP BY k, nm) GROUP BY k), "
        "rd_dv AS (SELECT name, CAST(row_number() OVER (ORDER BY name) - 1 AS INTEGER) AS code "
        "FROM (SELECT DISTINCT name FROM rd_dn WHERE name IS NOT NULL))"
    )


def main_line_sql(dim: str) -> str:
    """A subquery: one row per order with lines — ``order_id``, ``customer_id``,
    ``code`` (of its main product/category: index into :func:`dim_values`) and ``name``."""
    return (
        f"(WITH {_names_sql(dim)} SELECT p.order_id, p.customer_id, "
        "arg_min(v.code, (-p.rv, v.name, p.k)) AS code, "
        "arg_min(v.name, (-p.rv, v.name, p.k)) AS name FROM (SELECT order_id, customer_id, k, "
        "sum(coalesce(revenue, 0)) AS rv FROM rd_dl WHERE k IS NOT NULL "
        "AND customer_id IS NOT NULL GROUP BY ALL) p JOIN rd_dn n ON n.k = p.k "
        "JOIN rd_dv v ON v.name = n.name GROUP BY p.order_id, p.customer_id)"
    )


def dim_values(cur: Any, dim: str) -> list[str]:
    """The display names of ``dim`` in code order (code ``i`` is ``values[i]``)."""
    return [str(r[0]) for r in cur.execute(
        f"WITH {_names_sql(dim)} SELECT name FROM rd_dv ORDER BY code").fetchall()]


def code_column(dim: str) -> str:
    """Name of the column carrying ``dim``'s code next to its display name."""
    return f"{dim}#code"


def docs_source_sql(derived: tuple[str, ...]) -> str:
    """``orders`` with two columns per derived dimension — its display name (column
    ``dim``) and its ``INTEGER`` code (:func:`code_column`); ``NULL`` when the document
    has no main line — and ``rd_rowid`` (the table's ``rowid``)."""
    cols, joins = "", ""
    for i, dim in enumerate(derived):
        cols += f", rd_m{i}.name AS \"{dim}\", rd_m{i}.code AS \"{code_column(dim)}\""
        joins += (f" LEFT JOIN {main_line_sql(dim)} rd_m{i} ON rd_m{i}.order_id = o.order_id "
                  f"AND rd_m{i}.customer_id = o.customer_id AND o.kind = 'order'")
    return f"(SELECT o.*, o.rowid AS rd_rowid{cols} FROM orders o{joins}) orders"


def first_value_sql(dim: str) -> str:
    """``SELECT customer_id, name``: each customer's first-order main product/category
    (customers whose first order has none are absent). The first order is the earliest
    ``order`` (same time: import, then file row), as for the product filter."""
    return (
        f"SELECT f.customer_id, m.name FROM {FIRST_ORDERS_SQL} f JOIN {main_line_sql(dim)} m "
        "ON m.order_id = f.order_id AND m.customer_id = f.customer_id"
    )


def derived_filter_sql(include: tuple, exclude: tuple) -> tuple[str, list[Any]]:
    """``AND customer_id [NOT] IN (...)`` for ``include``/``exclude`` entries on derived
    dimensions: customer-level (a breakdown's "customers whose first product is X").
    Excluding keeps customers without a value, like excluding a column's values."""
    sql, params = "", []
    for negate, entries in ((False, include), (True, exclude)):
        for column, values in entries:
            if not is_derived(column) or not values:
                continue
            marks = ", ".join("?" for _ in values)
            sql += (f" AND customer_id {'NOT ' if negate else ''}IN (SELECT customer_id FROM "
                    f"({first_value_sql(column)}) WHERE name IN ({marks}))")
            params += list(values)
    return sql, params

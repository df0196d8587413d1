"""Small look-ups the UI needs (filter choices, rejected rows) and the
saved-segment writes.

Plain Qt-free functions over a :class:`ProjectStore`; the UI runs them through the task
runner like any other job, each with its own cursor (writes through ``store.write()``).
The UI itself runs no SQL. Metrics never live here: those come from ``core.engine``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from retention_desktop.core.store import ProjectStore, quote_ident

MAX_VALUES = 200


@dataclass(frozen=True)
class FilterOptions:
    """Choices for the filter bar."""

    dimensions: list[tuple[str, str]] = field(default_factory=list)  # (column, label)
    values: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # col -> (value, n)
    date_min: pd.Timestamp | None = None
    date_max: pd.Timestamp | None = None
    segments: list[tuple[str, str]] = field(default_factory=list)  # (name, spec json)
    # (product key, display name, customers who bought it), most bought first
    products: list[tuple[str, str, int]] = field(default_factory=list)
    # derived split dimensions the project has ("first-product", "first-category"):
    # cohorts by the main product/category of the first order (core.engine.first_product)
    derived: list[str] = field(default_factory=list)
    # product key -> customers whose first order contained it (the picker's default mode)
    first_counts: dict[str, int] = field(default_factory=dict)


def _has_line_items_table(cur: Any) -> bool:
    """Whether the project has a ``line_items`` table (older and order-level ones may not)."""
    return "line_items" in {r[0] for r in cur.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}


def product_choices(cur: Any) -> list[tuple[str, str, int]]:
    """Products of the line items: key, the name most lines show, customers who bought it.

    Empty for projects without line items (order-level imports, older projects).
    """
    if not _has_line_items_table(cur):
        return []
    rows = cur.execute(
        "SELECT product_key, mode(coalesce(product_name, product_id, product_key)) AS name, "
        "count(DISTINCT customer_id) AS n FROM line_items WHERE kind = 'order' "
        "AND customer_id IS NOT NULL GROUP BY 1 ORDER BY n DESC, name").fetchall()
    return [(str(k), str(name), int(n)) for k, name, n in rows]


#: Each customer's first order (``customer_id``, ``order_id``): the earliest ``order``
#: document, same-time orders in import and file order. The one definition of "first
#: order" of the product filter, the derived dimensions and the picker's counts.
FIRST_ORDERS_SQL = (
    "(SELECT customer_id, arg_min(order_id, [epoch_us(order_ts), "
    "coalesce(CAST(import_id AS BIGINT), 0), coalesce(source_row, 0)]) AS order_id "
    "FROM orders WHERE kind = 'order' AND customer_id IS NOT NULL GROUP BY customer_id)")


#: Split dimensions derived from the line items (``core.engine.first_product``): the main
#: product / category of each customer's first order.
DERIVED_DIMENSIONS = ("first-product", "first-category")


def derived_dimensions(cur: Any) -> list[str]:
    """The derived dimensions this project has: ``first-product`` when it has order
    lines, ``first-category`` when some of them have a category (none without lines)."""
    if not _has_line_items_table(cur):
        return []
    has_lines, has_cat = cur.execute(
        "SELECT EXISTS (SELECT 1 FROM line_items WHERE kind = 'order'), EXISTS (SELECT 1 "
        "FROM line_items WHERE kind = 'order' AND trim(category) <> '')").fetchone()
    return [d for d, ok in zip(DERIVED_DIMENSIONS, (has_lines, has_cat), strict=True) if ok]


def first_order_counts(cur: Any) -> dict[str, int]:
    """Customers whose first order contained each product (the first order as the
    "first order contained" filter defines it: ``engine.base.product_filter_sql``)."""
    if not _has_line_items_table(cur):
        return {}
    rows = cur.execute(
        f"SELECT l.product_key, count(DISTINCT f.customer_id) FROM {FIRST_ORDERS_SQL} f "
        "JOIN line_items l ON l.order_id = f.order_id AND l.customer_id = f.customer_id "
        "AND l.kind = 'order' GROUP BY 1").fetchall()
    return {str(k): int(n) for k, n in rows}


def filter_options(store: ProjectStore) -> FilterOptions:
    """Dimensions of ``orders`` with their most frequent values, date range, saved segments."""
    cur = store.cursor()
    existing = {r[0] for r in cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'"
    ).fetchall()}
    dims = [(c, lbl or c) for c, lbl in cur.execute(
        "SELECT column_name, label FROM dimensions WHERE table_name = 'orders' ORDER BY 1"
    ).fetchall() if c in existing]
    values: dict[str, list[tuple[str, int]]] = {}
    kept = []
    for col, label in dims:
        q = quote_ident(col)
        rows = cur.execute(
            f"SELECT CAST({q} AS VARCHAR) AS v, count(*) AS n FROM orders "
            f"WHERE {q} IS NOT NULL AND kind = 'order' GROUP BY 1 ORDER BY n DESC, v LIMIT ?",
            [MAX_VALUES],
        ).fetchall()
        if rows:  # a dimension without any value is no use as a filter
            values[col] = [(str(v), int(n)) for v, n in rows]
            kept.append((col, label))
    dmin, dmax = cur.execute("SELECT min(order_ts), max(order_ts) FROM orders").fetchone()
    segments = [(str(n), str(s)) for n, s in cur.execute(
        "SELECT name, spec FROM segments ORDER BY name").fetchall()]
    return FilterOptions(kept, values,
                         pd.Timestamp(dmin) if dmin is not None else None,
                         pd.Timestamp(dmax) if dmax is not None else None, segments,
                         product_choices(cur), derived_dimensions(cur),
                         first_order_counts(cur))


def save_segment(store: ProjectStore, name: str, spec_json: str) -> None:
    """Store (or replace) a named filter spec."""
    with store.write() as cur:
        # DELETE + INSERT: see store.project.put_meta (INSERT OR REPLACE blocks CHECKPOINT)
        cur.execute("DELETE FROM segments WHERE name = ?", [name])
        cur.execute("INSERT INTO segments VALUES (?, ?, now())", [name, spec_json])


def delete_segment(store: ProjectStore, name: str) -> None:
    """Remove a saved segment."""
    with store.write() as cur:
        cur.execute("DELETE FROM segments WHERE name = ?", [name])


def rejected_rows(store: ProjectStore, limit: int = 100_000) -> pd.DataFrame:
    """Rejected rows (file, row, column, value, reason), newest import first."""
    return store.cursor().execute(
        "SELECT import_id, source_file, source_row, column_name, value, reason "
        "FROM rejected_rows ORDER BY import_id DESC, source_file, source_row LIMIT ?",
        [limit]).fetchdf()

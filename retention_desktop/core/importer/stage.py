"""SQL that turns staged source lines into ``orders`` rows inside the import transaction.

Staged lines live in the TEMP table ``_lines`` of the write cursor (nothing touches the
project file until the final ``INSERT``). Orders are built here, not in pandas, so the
DuckDB fast path and the pandas path share one definition of an order.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from retention_desktop.core.store import quote_ident

LINES_DDL = """CREATE TEMP TABLE _lines (
    file_idx INTEGER, src_file VARCHAR, src_row BIGINT, order_id VARCHAR,
    customer_id VARCHAR, order_ts TIMESTAMP, line_revenue DOUBLE, quantity DOUBLE,
    kind_hint VARCHAR, channel VARCHAR, campaign VARCHAR, country VARCHAR, plan VARCHAR)"""
BASE_COLUMNS = ("channel", "campaign", "country", "plan")


@dataclass
class OrderCounts:
    """What building the orders found and inserted."""

    line_items: int = 0
    documents: int = 0
    inserted: int = 0
    orders_created: int = 0
    returns_created: int = 0
    cancellations_created: int = 0
    customers: int = 0
    guest_rows: int = 0
    cancelled_rows: int = 0
    returned_rows: int = 0
    duplicates_skipped: int = 0
    date_min: str | None = None
    date_max: str | None = None


def add_stage_column(cur: duckdb.DuckDBPyConnection, name: str) -> None:
    """Add an extra VARCHAR column to ``_lines`` if it is not there yet."""
    have = {r[0].lower() for r in cur.execute("SELECT name FROM pragma_table_info('_lines')")
            .fetchall()}
    if name.lower() not in have:
        cur.execute(f"ALTER TABLE _lines ADD COLUMN {quote_ident(name)} VARCHAR")


def varying_extras(cur: duckdb.DuckDBPyConnection, extras: list[str]) -> set[str]:
    """Extra columns whose value differs between lines of one order (product-level)."""
    if not extras:
        return set()
    parts = ", ".join(
        f"max(n{i}) AS n{i}" for i in range(len(extras))
    )
    inner = ", ".join(f"count(DISTINCT {quote_ident(e)}) AS n{i}" for i, e in enumerate(extras))
    row = cur.execute(
        f"SELECT {parts} FROM (SELECT {inner} FROM _ids GROUP BY oid)"
    ).fetchone()
    return {e for e, n in zip(extras, row, strict=True) if (n or 0) > 1}


def assign_ids(cur: duckdb.DuckDBPyConnection) -> None:
    """``_ids``: staged lines with their order id; files without one get a stable id
    from customer, time, amount and the occurrence number among identical rows."""
    cur.execute(
        """CREATE TEMP TABLE _ids AS
        SELECT *, order_id AS oid FROM _lines WHERE order_id IS NOT NULL
        UNION ALL BY NAME
        SELECT *, 'auto-' || substr(md5(concat_ws('|', coalesce(customer_id, ''),
                 strftime(order_ts, '%Y-%m-%d %H:%M:%S'), CAST(line_revenue AS VARCHAR),
                 CAST(row_number() OVER (PARTITION BY file_idx, customer_id, order_ts,
                      line_revenue ORDER BY src_row) AS VARCHAR))), 1, 20) AS oid
        FROM _lines WHERE order_id IS NULL"""
    )


def build_orders(cur: duckdb.DuckDBPyConnection, import_id: int, extras: list[str]) -> OrderCounts:
    """Aggregate ``_ids`` to documents (``_docs``) and insert the new ones into ``orders``.

    Lines of an order that appears in several files of one import are taken from the
    first file only (overlapping exports); orders already in the project are skipped.
    """
    q = [quote_ident(e) for e in extras]
    extra_aggs = "".join(f", min({c}) AS {c}" for c in q)
    base = "".join(f", min({c}) AS {c}" for c in BASE_COLUMNS)
    # "C" + digits marks a UCI-style cancellation, unless every id of the import is like that.
    c_share = cur.execute(
        "SELECT avg(CASE WHEN regexp_matches(order_id, '^[Cc][0-9]') THEN 1 ELSE 0 END) "
        "FROM _lines WHERE order_id IS NOT NULL"
    ).fetchone()[0]
    c_rule = "regexp_matches(order_id, '^[Cc][0-9]')" if c_share is not None and c_share < 0.5 \
        else "FALSE"
    cur.execute(
        f"""CREATE TEMP TABLE _agg AS
        WITH first_file AS (SELECT oid, min(file_idx) AS f FROM _ids GROUP BY oid)
        SELECT i.oid AS order_id, min(customer_id) AS customer_id, min(order_ts) AS order_ts,
               sum(line_revenue) AS rev, sum(quantity) AS items, count(*) AS n_lines,
               count(*) FILTER (WHERE customer_id IS NULL) AS guest_lines,
               bool_or(kind_hint = 'cancel') AS hint_cancel,
               bool_or(kind_hint = 'return') AS hint_return,
               bool_or(order_id IS NOT NULL) AS has_id,
               arg_min(src_file, src_row) AS source_file, min(src_row) AS source_row
               {base}{extra_aggs}
        FROM _ids i JOIN first_file ff ON i.oid = ff.oid AND i.file_idx = ff.f
        GROUP BY i.oid"""
    )
    cur.execute(
        f"""CREATE TEMP TABLE _docs AS
        SELECT *, round(CASE WHEN kind = 'order' THEN rev ELSE -abs(rev) END, 6) AS revenue,
               NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = k.order_id) AS is_new
        FROM (SELECT *, CASE
                WHEN hint_cancel OR (has_id AND {c_rule})
                     THEN 'cancel'
                WHEN hint_return OR rev < 0 OR items < 0 THEN 'return'
                ELSE 'order' END AS kind
              FROM _agg) k"""
    )
    counts = OrderCounts()
    row = cur.execute(
        """SELECT count(*), count(*) FILTER (WHERE is_new),
                  count(*) FILTER (WHERE is_new AND kind = 'order'),
                  count(*) FILTER (WHERE is_new AND kind = 'return'),
                  count(*) FILTER (WHERE is_new AND kind = 'cancel'),
                  count(DISTINCT customer_id) FILTER (WHERE kind = 'order'),
                  coalesce(sum(guest_lines), 0),
                  coalesce(sum(n_lines) FILTER (WHERE kind = 'cancel'), 0),
                  coalesce(sum(n_lines) FILTER (WHERE kind = 'return'), 0),
                  min(order_ts), max(order_ts)
           FROM _docs"""
    ).fetchone()
    (counts.documents, counts.inserted, counts.orders_created, counts.returns_created,
     counts.cancellations_created, counts.customers, counts.guest_rows, counts.cancelled_rows,
     counts.returned_rows, dmin, dmax) = row
    counts.date_min = dmin.isoformat(sep=" ") if dmin else None
    counts.date_max = dmax.isoformat(sep=" ") if dmax else None
    counts.line_items = cur.execute("SELECT count(*) FROM _lines").fetchone()[0]
    per_file = cur.execute("SELECT count(*) FROM (SELECT DISTINCT file_idx, oid FROM _ids)") \
        .fetchone()[0]
    counts.duplicates_skipped = int(per_file - counts.inserted)
    cols = ["order_id", "customer_id", "order_ts", "revenue", "items", "kind", *BASE_COLUMNS,
            "source_file", "source_row"] + q
    cur.execute(
        f"INSERT INTO orders ({', '.join(cols)}, import_id) "
        f"SELECT {', '.join(cols)}, ? FROM _docs WHERE is_new ORDER BY order_ts, order_id",
        [import_id],
    )
    return counts


def drop_temp(cur: duckdb.DuckDBPyConnection) -> None:
    """Remove the staging tables (they are connection-local anyway)."""
    for name in ("_docs", "_agg", "_ids", "_lines", "_gen", "_raw"):
        cur.execute(f"DROP TABLE IF EXISTS {name}")

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
    kind_hint VARCHAR, channel VARCHAR, campaign VARCHAR, country VARCHAR, plan VARCHAR,
    _bad BOOLEAN DEFAULT FALSE, _li_product_id VARCHAR, _li_product_name VARCHAR,
    _li_category VARCHAR, _li_brand VARCHAR, _li_variant VARCHAR, _li_unit_price DOUBLE,
    _li_revenue DOUBLE, _li_has_product BOOLEAN DEFAULT FALSE)"""
# Staging columns of the product lines (``line_items``), besides the order's own. Prefixed:
# a source column "Category" kept as an ``orders`` dimension is staged under its own name.
PRODUCT_STAGE_COLUMNS = ("_li_product_id", "_li_product_name", "_li_category", "_li_brand",
                         "_li_variant", "_li_unit_price", "_li_revenue", "_li_has_product")
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


def _ids_sql(cur: duckdb.DuckDBPyConnection, files: int, null_ids: int) -> str:
    """Staged lines with their order id; files without one get a stable id from customer,
    time, amount and the occurrence number among identical rows of the file. Fast-path
    lines carry no row number: it is their position in ``_lines`` within the file."""
    bases = cur.execute("SELECT file_idx, min(rowid) FROM _lines WHERE src_row IS NULL "
                        "GROUP BY file_idx").fetchall()
    lines = "_lines"
    if bases:
        case = " ".join(f"WHEN {int(f)} THEN {int(b)}" for f, b in bases)
        lines = (f"(SELECT * REPLACE (coalesce(src_row, rowid - (CASE file_idx {case} END) + 2)"
                 " AS src_row) FROM _lines)")
    ids = f"SELECT *, order_id AS oid FROM {lines} WHERE order_id IS NOT NULL"
    if null_ids:
        auto = """'auto-' || substr(md5(concat_ws('|', coalesce(customer_id, ''),
                 strftime(order_ts, '%Y-%m-%d %H:%M:%S'), CAST(line_revenue AS VARCHAR),
                 CAST(row_number() OVER (PARTITION BY file_idx, customer_id, order_ts,
                      line_revenue ORDER BY src_row) AS VARCHAR))), 1, 20)"""
        ids += (f" UNION ALL BY NAME SELECT *, {auto} AS oid FROM {lines} "
                "WHERE order_id IS NULL")
    if files > 1:
        # Overlapping exports: each order's lines come from ONE file, the one holding most
        # of its lines (an export cut mid-order holds fewer), the first one on a tie.
        ids = (f"SELECT * EXCLUDE (_cnt) FROM (SELECT *, count(*) OVER (PARTITION BY oid, "
               f"file_idx) AS _cnt FROM ({ids})) QUALIFY file_idx = arg_max(file_idx, "
               "_cnt * 1000000 - file_idx) OVER (PARTITION BY oid)")
    return ids


def build_orders(cur: duckdb.DuckDBPyConnection, import_id: int,
                 extras: list[str], uci_ids: bool = True) -> tuple[OrderCounts, list[str]]:
    """Aggregate staged lines to documents (``_docs``) and insert the new ones into ``orders``.

    Lines of an order that appears in several files of one import are taken from the
    one file only (overlapping exports); orders already in the project are skipped.
    Extra columns whose value differs between the lines of one order (product-level
    columns of a line-item export) are not kept.

    A line marked ``void`` (a pending / failed payment) makes its document a
    cancellation of 0: kept, never revenue, never a customer's order. ``uci_ids=False``
    (a platform export) switches off the UCI rule that "C" + digits ids are cancellations.

    Returns
    -------
    (OrderCounts, list of str)
        The counts and the extra columns that were dropped as product-level.
    """
    q = [quote_ident(e) for e in extras]
    extra_aggs = "".join(f", min({c}) AS {c}" for c in q)
    extra_aggs += "".join(f", count(DISTINCT {c}) AS _nd{i}" for i, c in enumerate(q))
    base = "".join(f", min({c}) AS {c}" for c in BASE_COLUMNS)
    files = cur.execute("SELECT count(DISTINCT file_idx) FROM _lines").fetchone()[0]
    # "C" + digits marks a UCI-style cancellation, unless every id of the import is like that.
    c_share = cur.execute(
        "SELECT avg(CASE WHEN regexp_matches(order_id, '^[Cc][0-9]') THEN 1 ELSE 0 END) "
        "FROM _lines WHERE order_id IS NOT NULL AND order_id[1] IN ('C', 'c')"
    ).fetchone()[0]
    if c_share is not None:
        c_share = cur.execute(
            "SELECT avg(CASE WHEN regexp_matches(order_id, '^[Cc][0-9]') THEN 1 ELSE 0 END) "
            "FROM _lines WHERE order_id IS NOT NULL").fetchone()[0]
    c_rule = "regexp_matches(order_id, '^[Cc][0-9]')" if (
        uci_ids and c_share is not None and c_share < 0.5) else "FALSE"
    empty_project = cur.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    is_new = "TRUE" if empty_project else \
        "NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = k.order_id)"
    null_ids = cur.execute("SELECT count(*) FROM _lines WHERE order_id IS NULL").fetchone()[0]
    one_line_each = files == 1 and not null_ids and cur.execute(
        "SELECT count(DISTINCT order_id) = count(*) FROM _lines").fetchone()[0]
    if one_line_each:  # order-level export: no aggregation needed (much faster)
        extra_cols = "".join(f", {c}" for c in q) + "".join(
            f", 0 AS _nd{i}" for i in range(len(q)))
        agg = f"""SELECT oid AS order_id, customer_id, order_ts, line_revenue AS rev,
               quantity AS items, 1 AS n_lines, (customer_id IS NULL)::INTEGER AS guest_lines,
               coalesce(kind_hint = 'cancel', FALSE) AS hint_cancel,
               coalesce(kind_hint = 'return', FALSE) AS hint_return,
               coalesce(kind_hint = 'void', FALSE) AS hint_void, TRUE AS has_id,
               src_file AS source_file, src_row AS source_row,
               {", ".join(BASE_COLUMNS)}{extra_cols} FROM ids"""
    else:
        agg = f"""SELECT oid AS order_id, min(customer_id) AS customer_id,
               min(order_ts) AS order_ts,
               sum(line_revenue) AS rev, sum(quantity) AS items, count(*) AS n_lines,
               count(*) FILTER (WHERE customer_id IS NULL) AS guest_lines,
               coalesce(max(kind_hint = 'cancel'), FALSE) AS hint_cancel,
               coalesce(max(kind_hint = 'return'), FALSE) AS hint_return,
               coalesce(max(kind_hint = 'void'), FALSE) AS hint_void,
               max(order_id IS NOT NULL) AS has_id,
               min(src_file) AS source_file, min(src_row) AS source_row
               {base}{extra_aggs}
            FROM ids GROUP BY oid"""
    # A first order-level import is computed on the fly (a view): materialising a million
    # documents only to copy them into ``orders`` would double the work.
    kind_of = "VIEW" if one_line_each and empty_project else "TABLE"
    cur.execute(
        f"""CREATE TEMP {kind_of} _docs AS
        WITH ids AS ({_ids_sql(cur, files, null_ids)}),
        agg AS ({agg}),
        kinds AS (
            SELECT *, CASE
                WHEN hint_cancel OR hint_void OR (has_id AND {c_rule}) THEN 'cancel'
                WHEN hint_return OR rev < 0 OR items < 0 THEN 'return'
                ELSE 'order' END AS kind
            FROM agg)
        SELECT *, round(CASE WHEN hint_void THEN 0.0 WHEN kind = 'order' THEN rev
                             ELSE -abs(rev) END, 6) AS revenue,
               {is_new} AS is_new
        FROM kinds k"""
    )
    counts = OrderCounts()
    nd = "".join(f", max(_nd{i})" for i in range(len(q)))
    row = cur.execute(
        f"""SELECT count(*), count(*) FILTER (WHERE is_new),
                  count(*) FILTER (WHERE is_new AND kind = 'order'),
                  count(*) FILTER (WHERE is_new AND kind = 'return'),
                  count(*) FILTER (WHERE is_new AND kind = 'cancel'),
                  count(DISTINCT customer_id) FILTER (WHERE kind = 'order'),
                  coalesce(sum(guest_lines), 0),
                  coalesce(sum(n_lines) FILTER (WHERE kind = 'cancel'), 0),
                  coalesce(sum(n_lines) FILTER (WHERE kind = 'return'), 0),
                  min(order_ts), max(order_ts), coalesce(sum(n_lines), 0){nd}
           FROM _docs"""
    ).fetchone()
    (counts.documents, counts.inserted, counts.orders_created, counts.returns_created,
     counts.cancellations_created, counts.customers, counts.guest_rows, counts.cancelled_rows,
     counts.returned_rows, dmin, dmax, used_lines) = row[:12]
    varying = [e for e, n in zip(extras, row[12:], strict=True) if (n or 0) > 1]
    counts.date_min = dmin.isoformat(sep=" ") if dmin else None
    counts.date_max = dmax.isoformat(sep=" ") if dmax else None
    counts.line_items = cur.execute("SELECT count(*) FROM _lines").fetchone()[0]
    overlap = 0
    if files > 1:  # orders seen in more than one file of this import
        overlap = cur.execute(
            "SELECT count(*) FROM (SELECT DISTINCT file_idx, order_id AS oid FROM _lines "
            "WHERE order_id IS NOT NULL)").fetchone()[0] - cur.execute(
            "SELECT count(*) FROM _docs WHERE has_id").fetchone()[0]
        overlap += _auto_overlap(cur, files)
    counts.duplicates_skipped = int(counts.documents - counts.inserted + overlap)
    return counts, varying


def _auto_overlap(cur: duckdb.DuckDBPyConnection, files: int) -> int:
    """Derived-id orders dropped because another file of the import had them too."""
    n = cur.execute(f"SELECT count(*) FROM (SELECT DISTINCT file_idx, oid FROM "
                    f"({_ids_sql(cur, 1, 1)}) WHERE order_id IS NULL)").fetchone()[0]
    return n - cur.execute("SELECT count(*) FROM _docs WHERE NOT has_id").fetchone()[0]


def insert_orders(cur: duckdb.DuckDBPyConnection, import_id: int, kept: list[str]) -> None:
    """Insert the new documents of ``_docs`` into ``orders``."""
    cols = ["order_id", "customer_id", "order_ts", "revenue", "items", "kind", *BASE_COLUMNS,
            "source_file", "source_row"] + [quote_ident(e) for e in kept]
    cur.execute(
        f"INSERT INTO orders ({', '.join(cols)}, import_id) "
        f"SELECT {', '.join(cols)}, ? FROM _docs WHERE is_new",
        [import_id],
    )


@dataclass
class LineCounts:
    """What :func:`insert_line_items` kept."""

    kept: int = 0              # rows added to ``line_items``
    products: int = 0          # distinct product keys among them
    without_product: int = 0   # product lines with neither a product id nor a name: not kept


def insert_line_items(cur: duckdb.DuckDBPyConnection, import_id: int) -> LineCounts:
    """Insert the product lines of the new documents of ``_docs`` into ``line_items``.

    Call after :func:`build_orders` (same transaction). A line belongs to the ``orders``
    row built from it and carries that row's order id, customer, time, kind and import;
    lines of documents the project already had (a re-import, an overlapping export) and
    lines of the file not chosen for an order seen in several files are skipped exactly
    like their orders. ``revenue`` is the line's ``_li_revenue`` with the sign rule of
    its document (a return's or cancellation's lines are negative; a void one's are 0),
    so the lines of a document add up to its ``orders.revenue`` wherever the file's
    revenue is the sum of its lines.
    """
    from retention_desktop.core.importer.products import product_key_sql

    if not cur.execute("SELECT coalesce(bool_or(_li_has_product), FALSE) FROM _lines"
                       ).fetchone()[0]:
        return LineCounts()
    files, null_ids = cur.execute(
        "SELECT count(DISTINCT file_idx), count(*) FILTER (WHERE order_id IS NULL) "
        "FROM _lines").fetchone()
    key = product_key_sql("l._li_product_name", "l._li_product_id")
    cur.execute(
        f"""CREATE TEMP TABLE _li AS
        WITH ids AS ({_ids_sql(cur, files, null_ids)})
        SELECT d.order_id, d.customer_id, d.order_ts, d.kind,
               l._li_product_id AS product_id, l._li_product_name AS product_name,
               {key} AS product_key, l._li_category AS category, l._li_brand AS brand,
               l._li_variant AS variant, l.quantity, l._li_unit_price AS unit_price,
               round(CASE WHEN d.hint_void THEN 0.0
                          WHEN d.kind = 'order' OR d.rev <= 0 THEN l._li_revenue
                          ELSE -l._li_revenue END, 6) AS revenue,
               l.src_file AS source_file, l.src_row AS source_row
        FROM ids l JOIN _docs d ON d.order_id = l.oid
        WHERE d.is_new AND l._li_has_product""")
    cur.execute("INSERT INTO line_items BY NAME SELECT *, ? AS import_id FROM _li "
                "WHERE product_key IS NOT NULL", [import_id])
    kept, total, products = cur.execute(
        "SELECT count(product_key), count(*), count(DISTINCT product_key) FROM _li").fetchone()
    cur.execute("DROP TABLE _li")
    return LineCounts(kept, products, total - kept)


def drop_temp(cur: duckdb.DuckDBPyConnection) -> None:
    """Remove the staging tables (they are connection-local anyway)."""
    views = {r[0] for r in cur.execute(
        "SELECT view_name FROM duckdb_views() WHERE temporary").fetchall()}
    for name in ("_docs", "_lines", "_gen", "_raw", "_fp", "_li"):
        cur.execute(f"DROP {'VIEW' if name in views else 'TABLE'} IF EXISTS {name}")

"""A short description of what a project holds (``retention-desktop info``) and what the
Data tab shows about it (counts, quality issues, import history).

Above the store: the project's currency is an analysis setting (:func:`saved_settings`).
"""

from __future__ import annotations

import json
from typing import Any

from retention_desktop.core.engine.spec import saved_settings
from retention_desktop.core.store.project import ProjectStore
from retention_desktop.core.store.schema import SCHEMA_VERSION

_TABLES = ("orders", "line_items", "customers", "activity", "assignments", "spend", "survey", "rejected_rows")


def describe(store: ProjectStore) -> dict[str, Any]:
    """Counts and ranges of a project.

    Returns
    -------
    dict
        ``schema_version``, ``name``, ``demo``, ``tables`` (row counts), ``orders``
        (order/return/cancel counts), ``customers`` (distinct non-guest customers with an
        order), ``guest_orders``, ``date_min``/``date_max``, ``imports``, ``dimensions``,
        ``currency`` (ISO code, "" when unknown).
    """
    cur = store.cursor()
    tables = {t: store.table_count(t) for t in _TABLES}
    kinds = dict(cur.execute("SELECT kind, count(*) FROM orders GROUP BY kind").fetchall())
    customers, guests, dmin, dmax = cur.execute(
        """SELECT count(DISTINCT customer_id) FILTER (WHERE kind = 'order'),
                  count(*) FILTER (WHERE customer_id IS NULL AND kind = 'order'),
                  min(order_ts), max(order_ts)
           FROM orders"""
    ).fetchone()
    dims = [
        {"table": t, "column": c, "label": lbl}
        for t, c, lbl in cur.execute(
            "SELECT table_name, column_name, label FROM dimensions ORDER BY 1, 2"
        ).fetchall()
    ]
    return {
        "project": str(store.path),
        "schema_version": SCHEMA_VERSION,
        "name": store.display_name(),
        "demo": bool(store.get_meta("demo", False)),
        "tables": tables,
        "orders": {"order": kinds.get("order", 0), "return": kinds.get("return", 0),
                   "cancel": kinds.get("cancel", 0)},
        "customers": customers,
        "guest_orders": guests,
        "date_min": dmin.isoformat() if dmin else None,
        "date_max": dmax.isoformat() if dmax else None,
        "imports": store.table_count("imports"),
        "dimensions": dims,
        "currency": _currency(store),
    }


def _currency(store: ProjectStore) -> str:
    """The project's currency: chosen in Settings, else the one an import detected."""
    return saved_settings(store).currency


def data_summary(store: ProjectStore) -> dict[str, Any]:
    """What the Data tab shows: counts, date range, quality issues, import history."""
    import pandas as pd  # here: ``retention-desktop info`` (describe) stays without pandas

    info = describe(store)
    cur = store.cursor()
    dup_docs = cur.execute(
        "SELECT count(*) FROM (SELECT order_id FROM orders GROUP BY order_id, kind "
        "HAVING count(*) > 1)").fetchone()[0]
    zero = cur.execute(
        "SELECT count(*) FROM orders WHERE kind = 'order' AND revenue <= 0").fetchone()[0]
    history = cur.execute(
        "SELECT import_id, started_at, finished_at, target, files, summary, status "
        "FROM imports ORDER BY import_id DESC").fetchdf()
    rejected_by_import = dict(cur.execute(
        "SELECT import_id, count(*) FROM rejected_rows GROUP BY 1").fetchall())
    rows = []
    for rec in history.itertuples(index=False):
        try:
            files = json.loads(rec.files or "[]")
        except ValueError:
            files = [str(rec.files)]
        try:
            summary = json.loads(rec.summary or "{}")
        except ValueError:
            summary = {}
        rows.append({
            "import_id": int(rec.import_id),
            "finished_at": rec.finished_at,
            "files": ", ".join(str(f).replace("\\", "/").rsplit("/", 1)[-1] for f in files),
            "target": rec.target,
            "rows": summary.get("rows_read", summary.get("rows")),
            "orders": summary.get("orders_created", summary.get("orders")),
            "rejected": int(rejected_by_import.get(rec.import_id, 0)),
            "status": rec.status,
        })
    info.update({
        "duplicate_documents": int(dup_docs),
        "non_positive_orders": int(zero),
        "history": pd.DataFrame(rows, columns=["import_id", "finished_at", "files", "target",
                                               "rows", "orders", "rejected", "status"]),
    })
    return info

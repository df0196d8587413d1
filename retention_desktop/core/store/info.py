"""A short description of what a project holds (``retention-desktop info``)."""

from __future__ import annotations

from typing import Any

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
    from retention_desktop.core.engine.spec import saved_settings

    return saved_settings(store).currency

"""Read a project's orders as customer transactions for the customer-value models."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from retention_desktop.core.engine.spec import FilterSpec
from retention_desktop.core.store import ProjectStore, quote_ident


def _orders_columns(store: ProjectStore) -> set[str]:
    rows = store.cursor().execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'"
    ).fetchall()
    return {r[0] for r in rows}


def filter_sql(store: ProjectStore, spec: FilterSpec | None) -> tuple[str, list]:
    """WHERE clause (without the keyword) and parameters for ``spec`` over ``orders``.

    Only the parts of a :class:`FilterSpec` that select orders and customers are
    applied here; ``date_from`` is ignored on purpose (the models need each customer's
    whole history) and ``lifecycle_stage``/``rfm_segment`` are applied after scoring.
    This is the single place to swap for the engine's filter compilation.
    """
    clauses = ["o.kind = 'order'", "o.customer_id IS NOT NULL"]
    params: list = []
    spec = spec or FilterSpec()
    columns = _orders_columns(store)
    for negate, items in ((False, spec.include), (True, spec.exclude)):
        for column, values in items:
            if column not in columns:
                raise ValueError(f"unknown filter column {column!r} (orders has no such column)")
            if not values:
                continue
            marks = ", ".join("?" * len(values))
            op = "NOT IN" if negate else "IN"
            clauses.append(f"(CAST(o.{quote_ident(column)} AS VARCHAR) {op} ({marks})"
                           + (f" OR o.{quote_ident(column)} IS NULL)" if negate else ")"))
            params.extend(values)
    if spec.date_to is not None:
        clauses.append("o.order_ts < ?")
        params.append(spec.date_to + timedelta(days=1))
    having: list[str] = []
    hparams: list = []
    if spec.first_order_from is not None:
        having.append("min(order_ts) >= ?")
        hparams.append(spec.first_order_from)
    if spec.first_order_to is not None:
        having.append("min(order_ts) < ?")
        hparams.append(spec.first_order_to + timedelta(days=1))
    for value, expr in ((spec.min_orders, "count(*) >= ?"), (spec.max_orders, "count(*) <= ?"),
                        (spec.min_revenue, "sum(revenue) >= ?"),
                        (spec.max_revenue, "sum(revenue) <= ?")):
        if value is not None:
            having.append(expr)
            hparams.append(value)
    if having:
        clauses.append(
            "o.customer_id IN (SELECT customer_id FROM orders WHERE kind = 'order' AND "
            "customer_id IS NOT NULL GROUP BY customer_id HAVING " + " AND ".join(having) + ")")
        params.extend(hparams)
    return " AND ".join(clauses), params


def load_transactions(store: ProjectStore, spec: FilterSpec | None = None,
                      as_of: date | None = None) -> pd.DataFrame:
    """Orders of identified customers as ``customer_id``, ``ts``, ``revenue``.

    Parameters
    ----------
    store : ProjectStore
    spec : FilterSpec, optional
    as_of : date, optional
        Ignore orders after this day.
    """
    where, params = filter_sql(store, spec)
    if as_of is not None:
        where += " AND o.order_ts < ?"
        params.append(as_of + timedelta(days=1))
    sql = (f"SELECT CAST(o.customer_id AS VARCHAR) AS customer_id, o.order_ts AS ts, "
           f"o.revenue AS revenue FROM orders o WHERE {where} ORDER BY 1, 2")
    return store.cursor().execute(sql, params).df()


def load_contacts(store: ProjectStore) -> pd.DataFrame:
    """Contact/attribute columns of ``customers`` (one row per customer id, last import wins)."""
    cols = [r[0] for r in store.cursor().execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'customers' "
        "ORDER BY ordinal_position").fetchall()]
    skip = {"source_file", "source_row", "import_id"}
    keep = [c for c in cols if c not in skip]
    sel = ", ".join(f"CAST({quote_ident(c)} AS VARCHAR) AS {quote_ident(c)}" for c in keep)
    df = store.cursor().execute(
        f"SELECT {sel} FROM customers ORDER BY import_id NULLS FIRST").df()
    if df.empty:
        return pd.DataFrame(index=pd.Index([], name="customer_id"))
    df = df.drop_duplicates("customer_id", keep="last").set_index("customer_id")
    return df.dropna(axis=1, how="all")

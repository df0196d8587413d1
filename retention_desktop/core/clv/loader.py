"""Read a project's orders as customer transactions for the customer-value models."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from retention_desktop.core.engine.base import base_sql, validate_spec
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore, quote_ident


def load_transactions(store: ProjectStore, spec: FilterSpec | None = None,
                      settings: Settings | None = None, as_of: date | None = None,
                      ) -> pd.DataFrame:
    """Orders of identified customers as ``customer_id``, ``ts``, ``revenue``.

    The filter is compiled by the engine (:func:`core.engine.base.base_sql`): include/
    exclude columns, the end of the date range and the customer-level filters. The
    date range start is not applied (the models need each customer's whole history)
    and the lifecycle-stage / RFM-segment filters are left out here so the models are
    fitted on the whole shop; apply them to the scored customers afterwards
    (:func:`core.clv.analysis.apply_customer_filters`).

    Parameters
    ----------
    store : ProjectStore
    spec : FilterSpec, optional
    settings : Settings, optional
    as_of : date, optional
        Ignore orders after this day.

    Raises
    ------
    FilterError
        A filtered column does not exist (message lists the known ones).
    """
    spec = (spec or FilterSpec()).with_(lifecycle_stage=None, rfm_segment=None)
    cur = store.cursor()
    validate_spec(cur, spec)
    sql, params = base_sql(spec, settings or Settings())
    sql += " SELECT CAST(customer_id AS VARCHAR) AS customer_id, order_ts AS ts, revenue FROM base_orders"
    if as_of is not None:
        sql += " WHERE order_ts < ?"
        params = [*params, as_of + timedelta(days=1)]
    return cur.execute(sql + " ORDER BY 1, 2", params).df()


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

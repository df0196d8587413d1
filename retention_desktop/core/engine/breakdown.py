"""Per-value breakdowns of a metric and the reporting range every metric reports.

:func:`breakdown` computes a metric once per value of a dimension, exactly as if the
user had filtered on that value; :func:`range_dict` is the ``range`` of every metric's
output. Below every metric module (``kpis``, ``crr``, ``lifecycle``, ``second_order``,
``compare`` use them), so none of those needs to import another for these.
"""

from __future__ import annotations

from typing import Any

from retention_desktop.core.engine.base import row_filter_sql
from retention_desktop.core.engine.prepared import Prepared, prepare
from retention_desktop.core.engine.spec import FilterSpec, Settings

MAX_SEGMENTS = 50


def range_dict(prep: Prepared) -> dict[str, Any]:
    """The reporting range as ISO strings (for every metric's output)."""
    return {
        "from": prep.start.isoformat() if prep.start else None,
        "to": prep.end.isoformat() if prep.end else None,
    }


def segment_values(store: Any, spec: FilterSpec, settings: Settings, by: str) -> list[str]:
    """Values of dimension ``by`` ordered by revenue in the range (largest first); for
    ``first-product``/``first-category`` the names by number of customers (most first)."""
    from retention_desktop.core.engine.base import resolve_bounds, validate_spec
    from retention_desktop.core.engine.first_product import first_value_sql, is_derived
    from retention_desktop.core.store import quote_ident

    cur = store.cursor()
    validate_spec(cur, spec, by=by)
    start, end = resolve_bounds(cur, spec)
    if end is None:
        return []
    if is_derived(by):  # most customers first (a customer-level value has no revenue)
        return [r[0] for r in cur.execute(
            f"SELECT name, count(*) AS n FROM ({first_value_sql(by)}) GROUP BY name "
            "ORDER BY n DESC, name").fetchall()]
    rows_sql, rows_params = row_filter_sql(spec)
    col = quote_ident(by)
    rows = cur.execute(
        f"SELECT CAST({col} AS VARCHAR) AS v, sum(revenue) AS r FROM orders "
        f"WHERE customer_id IS NOT NULL AND {col} IS NOT NULL "
        f"AND CAST(order_ts AS DATE) BETWEEN ? AND ?{rows_sql} GROUP BY v ORDER BY r DESC, v",
        [start, end, *rows_params],
    ).fetchall()
    return [r[0] for r in rows]


def breakdown(
    store: Any, spec: FilterSpec, settings: Settings, by: str,
    compute: Any, keep: tuple[str, ...],
) -> dict[str, Any]:
    """Per value of dimension ``by``: ``compute(prepared)`` exactly as if the user had
    filtered on that value (largest revenue first, at most ``MAX_SEGMENTS`` values).

    Returns
    -------
    dict
        ``by``, ``segments`` = [{``value``, <the ``keep`` keys of the result>}],
        ``segments_truncated``.
    """
    values = segment_values(store, spec, settings, by)
    segments = []
    for value in values[:MAX_SEGMENTS]:
        res = compute(prepare(store, spec.with_include(by, [value]), settings))
        segments.append({"value": value, **{k: res[k] for k in keep}})
    return {"by": by, "segments": segments, "segments_truncated": len(values) > MAX_SEGMENTS}

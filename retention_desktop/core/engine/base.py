"""Compile a :class:`FilterSpec` + :class:`Settings` into parameterised DuckDB SQL.

Every metric starts from the same common table expressions, produced by
:func:`base_sql`:

``rd_bounds``
    one row: ``start_d`` (first day of the reporting range), ``end_d`` (last observed
    day: ``date_to`` clipped to the newest document in the project), ``end_ts``
    (exclusive instant after ``end_d``).
``docs``
    every document (order, return, cancel) of an identified customer up to the data end
    that passes the include/exclude filters, with ``rev`` = revenue signed per the revenue
    policy (``net``: returns/cancellations subtract; ``gross``: they count 0) and ``rid``
    (position in the project: documents with the same timestamp count in import order).
``eligible``
    customers with >= 1 order that pass the customer-level filters (first-order range,
    min/max orders, min/max revenue, lifecycle stage, RFM segment) evaluated over their
    whole history up to the data end.
``base_docs``
    ``docs`` of eligible customers; **history before ``date_from`` is kept** so that
    first-order detection and activity status are right.
``base_orders``
    ``base_docs`` with ``kind = 'order'`` plus ``seq`` (1 for a customer's first order,
    2 for the second, ...).
``customer_summary``
    one row per eligible customer: ``first_ts``, ``second_ts``, ``last_ts``,
    ``n_orders``, ``revenue`` (policy-signed, whole history to the data end).

Values are always bound as ``?`` parameters; identifiers go through
:func:`~retention_desktop.core.store.quote_ident`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from retention_desktop.core.engine.first_product import (
    available,
    code_column,
    derived_filter_sql,
    docs_source_sql,
    is_derived,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident
from retention_desktop.core.store.queries import FIRST_ORDERS_SQL

GRAINS = ("day", "week", "month", "quarter", "year")

# Columns of ``orders`` that are not segment dimensions.
NON_DIMENSION_COLUMNS = frozenset(
    {"order_id", "customer_id", "order_ts", "revenue", "items", "kind", "source_file", "source_row",
     "import_id"}
)


class FilterError(ValueError):
    """A filter refers to something the project does not have (message for the user)."""


# ------------------------------------------------------------------------------ periods
def period_start_sql(expr: str, settings: Settings) -> str:
    """SQL expression (type DATE) of the start of the period containing ``expr``.

    Parameters
    ----------
    expr : str
        SQL expression of type DATE or TIMESTAMP (trusted SQL text, not user input).
    settings : Settings
        ``grain``, ``week_start`` (0 = Monday ... 6 = Sunday) and ``calendar``.

    Returns
    -------
    str
        SQL text; no parameters.

    Raises
    ------
    ValueError
        When ``expr`` holds a ``?`` placeholder: the week and Jalali expressions repeat
        ``expr``, so the placeholder would need its value several times ("Values were not
        provided for the following parameters: 2"). Bind the value once in a subquery
        instead (``SELECT <period sql of x> FROM (SELECT CAST(? AS DATE) AS x)``).

    Notes
    -----
    Calendar hook: when ``settings.calendar == 'jalali'`` this delegates to
    ``retention_desktop.core.calendar.jalali_period_sql(expr, grain, week_start)``, which
    must return a pure-SQL DuckDB expression of type DATE giving the *Gregorian* date on
    which the Jalali period (day/week/month/quarter/year) containing ``expr`` starts.
    Period starts must be increasing in time and every day must map to the start of its
    own period; everything else (period indexes, ages, completeness) is derived from it.
    """
    if "?" in expr:
        raise ValueError("period_start_sql repeats its argument: bind the value in a "
                         "subquery instead of passing a ? placeholder")
    grain = settings.grain
    if grain not in GRAINS:
        raise ValueError(f"unknown grain {grain!r}; use one of {', '.join(GRAINS)}")
    week_start = int(settings.week_start)
    if not 0 <= week_start <= 6:
        raise ValueError(f"week_start must be 0 (Monday) .. 6 (Sunday), got {week_start}")
    if settings.calendar == "jalali":
        from retention_desktop.core.calendar import jalali_period_sql  # pandas: import late

        return jalali_period_sql(expr, grain, week_start)
    if settings.calendar != "gregorian":
        raise ValueError(f"unknown calendar {settings.calendar!r}")
    day = f"CAST({expr} AS DATE)"
    if grain == "day":
        return day
    if grain == "week":
        # isodow: Monday = 1 ... Sunday = 7; step back to the configured first weekday.
        return f"({day} - CAST((isodow({day}) - 1 - {week_start} + 7) % 7 AS INTEGER))"
    return f"CAST(date_trunc('{grain}', {day}) AS DATE)"


# ------------------------------------------------------------------------------ filters
def _in_list(values: tuple[str, ...]) -> str:
    return "(" + ", ".join("?" for _ in values) + ")"


def row_filter_sql(spec: FilterSpec, alias: str = "") -> tuple[str, list[Any]]:
    """``AND ...`` conditions for the include/exclude filters (document level).

    Excluding values keeps documents where the column is empty (NULL).
    """
    prefix = f"{alias}." if alias else ""
    parts: list[str] = []
    params: list[Any] = []
    for column, values in spec.include:
        if not values or is_derived(column):  # customer-level: base_sql's eligible
            continue
        parts.append(f"{prefix}{quote_ident(column)} IN {_in_list(values)}")
        params.extend(values)
    for column, values in spec.exclude:
        if not values or is_derived(column):
            continue
        col = f"{prefix}{quote_ident(column)}"
        parts.append(f"({col} IS NULL OR {col} NOT IN {_in_list(values)})")
        params.extend(values)
    return "".join(f" AND {p}" for p in parts), params


def validate_spec(cur: Any, spec: FilterSpec, by: str | None = None) -> list[str]:
    """Check that every filtered (and ``by``) column exists in ``orders``.

    ``by`` may also be a derived dimension (``first-product``, ``first-category``:
    :mod:`~retention_desktop.core.engine.first_product`) when the project has the lines.

    Returns
    -------
    list of str
        The dimension columns of ``orders``.

    Raises
    ------
    FilterError
        Naming the unknown column and the known ones.
    """
    desc = cur.execute("SELECT * FROM orders LIMIT 0").description
    cols = [d[0] for d in desc]
    dims = [c for c in cols if c not in NON_DIMENSION_COLUMNS]
    wanted = [c for c, _ in spec.include] + [c for c, _ in spec.exclude]
    if by:
        wanted.append(by)
    derived = [c for c in wanted if is_derived(c)]
    if derived:
        have = available(cur)
        for column in derived:
            if column not in have:
                raise FilterError(
                    f"{column!r} needs product lines"
                    f"{' with categories' if 'category' in column else ''}; "
                    "this project has none (import a line-item export)")
    wanted = [c for c in wanted if not is_derived(c)]
    for column in wanted:
        if column not in cols:
            raise FilterError(
                f"Unknown column {column!r}; the orders have: {', '.join(dims) or 'no dimensions'}"
            )
    # Values are compared as text: a number/date column (revenue, order_ts...) cannot take
    # col=value filters (DuckDB would fail converting the text); its own options apply.
    typed = {d[0]: str(d[1]) for d in desc}
    for column, _ in (*spec.include, *spec.exclude):
        if not is_derived(column) and typed.get(column, "VARCHAR") != "VARCHAR":
            raise FilterError(
                f"{column!r} is not a text column and cannot be filtered with column=value; "
                "use the date range or the minimum/maximum options instead"
            )
    return dims


def _customer_hook_sql(kind: str, value: str, settings: Settings,
                       as_of: Any = None) -> tuple[str, list[Any]]:
    """Customers in a lifecycle stage / RFM segment (the labels the CLV area shows).

    ``core.engine.customer_labels.customer_filter_sql(kind, value, settings)`` with ``kind`` in ``{'lifecycle_stage', 'rfm_segment'}`` returns ``(sql, params)`` of a
    ``SELECT customer_id ...`` over the raw ``orders`` table.
    """
    from retention_desktop.core.engine.customer_labels import customer_filter_sql

    return customer_filter_sql(kind, value, settings, as_of)


def product_filter_sql(spec: FilterSpec) -> tuple[str, list[Any]]:
    """``AND customer_id IN (...)`` conditions of the product filters (may be empty).

    A customer's *first order* is their earliest ``order`` document (same-time orders in
    file order), judged over the whole export like "first order" everywhere else; "ever
    bought" counts order lines up to the range end (``rd_bounds.end_ts``). Products are
    matched by ``line_items.product_key`` (``core.store.product_key``). Must be used
    inside :func:`base_sql`'s ``WITH`` clause (it reads ``rd_bounds``).
    """
    sql, params = "", []
    if spec.first_product:
        sql += (
            f" AND customer_id IN (SELECT f.customer_id FROM {FIRST_ORDERS_SQL} f "
            "SEMI JOIN line_items l ON l.order_id = f.order_id "
            "AND l.customer_id = f.customer_id AND l.kind = 'order' "
            f"AND l.product_key IN {_in_list(spec.first_product)})")
        params += list(spec.first_product)
    if spec.bought_product:
        sql += (
            " AND customer_id IN (SELECT customer_id FROM line_items WHERE kind = 'order' "
            "AND order_ts < (SELECT end_ts FROM rd_bounds) "
            f"AND product_key IN {_in_list(spec.bought_product)})")
        params += list(spec.bought_product)
    return sql, params


def revenue_expr(settings: Settings, kind: str = "kind", revenue: str = "revenue") -> str:
    """Signed revenue of one document under the revenue policy."""
    if settings.revenue_policy == "gross":
        return f"CASE WHEN {kind} = 'order' THEN {revenue} ELSE 0.0 END"
    if settings.revenue_policy != "net":
        raise ValueError(f"unknown revenue policy {settings.revenue_policy!r}")
    return f"{revenue}"


def base_sql(
    spec: FilterSpec, settings: Settings, extra_columns: tuple[str, ...] = (),
    bounds: tuple[date, date] | None = None,
) -> tuple[str, list[Any]]:
    """The common ``WITH`` clause of every metric.

    Parameters
    ----------
    spec, settings : FilterSpec, Settings
    extra_columns : tuple of str
        Extra ``orders`` columns (dimensions) to carry into ``docs``/``base_docs``/
        ``base_orders``. A derived dimension (``first-product``, ``first-category``)
        is carried as the display name of each order's main line and its ``INTEGER``
        code in ``"<dim>#code"`` (:mod:`~retention_desktop.core.engine.first_product`;
        ``NULL`` without one).
    bounds : (date, date), optional
        ``(start_d, end_d)`` already resolved by the caller: ``rd_bounds`` then holds
        these constants instead of scanning ``orders`` for its first and last day again.

    Returns
    -------
    (str, list)
        ``"WITH rd_bounds AS (...), docs AS (...), ..., customer_summary AS (...)"``
        (no trailing comma) and its parameters. Append ``" SELECT ... FROM base_orders"``
        (or more CTEs starting with ``", name AS (...)"``) and execute with the params.

    Examples
    --------
    >>> sql, params = base_sql(FilterSpec(), Settings())
    >>> cur.execute(sql + " SELECT count(*) FROM base_orders", params)  # doctest: +SKIP
    """
    bounds_sql, params = _bounds_sql(spec, bounds)
    docs, docs_params = _docs_sql(spec, settings, extra_columns)
    eligible, eligible_params = _eligible_sql(spec, settings)
    params += docs_params + eligible_params
    sql = "WITH " + ", ".join([bounds_sql, docs, eligible, _BASE_DOCS, _BASE_ORDERS,
                               _CUSTOMER_SUMMARY])
    return sql, params


_BASE_DOCS = "base_docs AS (SELECT d.* FROM docs d SEMI JOIN eligible e USING (customer_id))"
_BASE_ORDERS = (
    "base_orders AS (SELECT *, row_number() OVER (PARTITION BY customer_id "
    "ORDER BY order_ts, rid) AS seq FROM base_docs WHERE kind = 'order')"
)
# min(x, 2) keeps the two smallest timestamps: the second order without a window pass.
_CUSTOMER_SUMMARY = (
    "customer_summary AS (SELECT customer_id, first_ts, "
    "CASE WHEN len(first_two) >= 2 THEN first_two[2] END AS second_ts, last_ts, "
    "n_orders, revenue FROM (SELECT customer_id, "
    "min(order_ts) FILTER (WHERE kind = 'order') AS first_ts, "
    "min(order_ts, 2) FILTER (WHERE kind = 'order') AS first_two, "
    "max(order_ts) FILTER (WHERE kind = 'order') AS last_ts, "
    "count(*) FILTER (WHERE kind = 'order') AS n_orders, sum(rev) AS revenue "
    "FROM base_docs GROUP BY customer_id))"
)


def _bounds_sql(spec: FilterSpec,
                given: tuple[date, date] | None) -> tuple[str, list[Any]]:
    """``rd_bounds``: the range's first and last day and its end instant (exclusive)."""
    if given is not None:
        return ("rd_bounds AS (SELECT CAST(? AS DATE) AS start_d, CAST(? AS DATE) AS end_d, "
                "CAST(CAST(? AS DATE) + 1 AS TIMESTAMP) AS end_ts)",
                [given[0], given[1], given[1]])
    return (
        "rd_bounds AS (SELECT start_d, end_d, CAST(end_d + 1 AS TIMESTAMP) AS end_ts FROM ("
        "SELECT coalesce(CAST(? AS DATE), CAST(min(order_ts) AS DATE)) AS start_d, "
        "least(coalesce(CAST(? AS DATE), CAST(max(order_ts) AS DATE)), "
        "CAST(max(order_ts) AS DATE)) AS end_d FROM orders))",
        [spec.date_from, spec.date_to])


def _docs_sql(spec: FilterSpec, settings: Settings,
              extra_columns: tuple[str, ...]) -> tuple[str, list[Any]]:
    """``docs``: registered documents before the range end, row-filtered, with ``rev``."""
    extras = "".join(f", {quote_ident(c)}" + (f", {quote_ident(code_column(c))}"
                                              if is_derived(c) else "")
                     for c in extra_columns)
    rows_sql, rows_params = row_filter_sql(spec)
    derived = tuple(c for c in extra_columns if is_derived(c))
    source, rowid = (docs_source_sql(derived), "rd_rowid") if derived else ("orders", "rowid")
    docs = (
        # rid: same-time documents count in file order (import, then row of the file),
        # which is the same for every import of the same file (rowid is not).
        "docs AS (SELECT order_id, customer_id, order_ts, kind, revenue, "
        "coalesce(CAST(import_id AS BIGINT), 0) * 1099511627776 "
        f"+ coalesce(source_row, {rowid}) AS rid, "
        f"{revenue_expr(settings)} AS rev{extras} FROM {source} "
        "WHERE customer_id IS NOT NULL AND order_ts < (SELECT end_ts FROM rd_bounds)"
        f"{rows_sql})"
    )
    return docs, list(rows_params)


def _eligible_sql(spec: FilterSpec, settings: Settings) -> tuple[str, list[Any]]:
    """``eligible``: customers passing the per-customer filters (HAVING, then hooks)."""
    params: list[Any] = []
    having: list[str] = ["count(*) FILTER (WHERE kind = 'order') >= 1"]
    for cond, value in (
        ("CAST(min(order_ts) FILTER (WHERE kind = 'order') AS DATE) >= ?", spec.first_order_from),
        ("CAST(min(order_ts) FILTER (WHERE kind = 'order') AS DATE) <= ?", spec.first_order_to),
        ("count(*) FILTER (WHERE kind = 'order') >= ?", spec.min_orders),
        ("count(*) FILTER (WHERE kind = 'order') <= ?", spec.max_orders),
        ("sum(rev) >= ?", spec.min_revenue),
        ("sum(rev) <= ?", spec.max_revenue),
    ):
        if value is not None:
            having.append(cond)
            params.append(value)
    hooks = ""
    for kind in ("lifecycle_stage", "rfm_segment"):
        value = getattr(spec, kind)
        if value:
            # judged as of the range end (`--to`), not the data end
            hook_sql, hook_params = _customer_hook_sql(kind, value, settings, spec.date_to)
            hooks += f" AND customer_id IN ({hook_sql})"
            params += hook_params
    product_sql, product_params = product_filter_sql(spec)
    hooks += product_sql
    params += product_params
    derived_sql, derived_params = derived_filter_sql(spec.include, spec.exclude)
    hooks += derived_sql
    params += derived_params
    eligible = (
        "eligible AS (SELECT customer_id FROM (SELECT customer_id FROM docs "
        f"GROUP BY customer_id HAVING {' AND '.join(having)}) WHERE TRUE{hooks})"
    )
    return eligible, params


def data_bounds(cur: Any) -> tuple[date | None, date | None]:
    """The first and last day with an order of the project (None, None when empty)."""
    row = cur.execute(
        "SELECT CAST(min(order_ts) AS DATE), CAST(max(order_ts) AS DATE) FROM orders"
    ).fetchall()
    return row[0] if row else (None, None)


def resolve_bounds(cur: Any, spec: FilterSpec) -> tuple[date | None, date | None]:
    """``(start_d, end_d)`` of the reporting range for this project (None when empty)."""
    dmin, dmax = data_bounds(cur)
    if dmax is None:
        return None, None
    end = min(spec.date_to, dmax) if spec.date_to else dmax
    start = spec.date_from or dmin
    return start, end

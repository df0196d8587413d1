"""Shared plumbing of the growth metrics (stickiness, funnel, compare, CAC, what-if, NPS)."""

from __future__ import annotations

from datetime import date
from typing import Any

from retention_desktop.core.engine import cards_growth  # noqa: F401  (registers the cards)
from retention_desktop.core.engine.base import base_sql, resolve_bounds, validate_spec
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident


def not_available(metric: str, reason: str, **extra: Any) -> dict[str, Any]:
    """The result of a metric that cannot be computed, with a reason a user understands."""
    return {"metric": metric, "available": False, "reason": reason, **extra}


def table_rows(cur: Any, table: str) -> int:
    """Number of rows of an optional project table (0 when the table is missing)."""
    exists = cur.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]
    ).fetchone()[0]
    if not exists:
        return 0
    return int(cur.execute(f"SELECT count(*) FROM {quote_ident(table)}").fetchone()[0])


def filters_customers(spec: FilterSpec) -> bool:
    """True when the spec narrows the set of customers (anything beyond the date range)."""
    return not spec.with_(date_from=None, date_to=None).is_empty()


def iso(d: date | None) -> str | None:
    """ISO text of a date (None stays None)."""
    return d.isoformat() if d is not None else None


def fnum(x: Any) -> float | None:
    """A JSON-safe float (NaN and None become None)."""
    if x is None:
        return None
    x = float(x)
    return None if x != x else x


class Scope:
    """The filtered view of the project for one metric request.

    Attributes
    ----------
    cur : duckdb cursor
    with_sql : str
        The ``WITH ...`` clause of :func:`~retention_desktop.core.engine.base.base_sql`.
    params : list
        Its parameters.
    start, end : date or None
        Reporting range (``end`` clipped to the newest document); None when no orders.
    """

    def __init__(self, store: Any, spec: FilterSpec, settings: Settings,
                 extra_columns: tuple[str, ...] = (), by: str | None = None) -> None:
        self.cur = store.cursor()
        self.spec = spec
        self.settings = settings
        validate_spec(self.cur, spec, by)
        self.with_sql, self.params = base_sql(spec, settings, extra_columns)
        self.start, self.end = resolve_bounds(self.cur, spec)

    def query(self, tail: str, params: list[Any] | tuple = ()) -> list[tuple]:
        """Run ``WITH ... <tail>`` and fetch all rows."""
        return self.cur.execute(self.with_sql + " " + tail, self.params + list(params)).fetchall()

    def materialize(self, name: str, tail: str, params: list[Any] | tuple = ()) -> str:
        """``CREATE TEMP TABLE name AS WITH ... <tail>`` on this request's private cursor
        (so several aggregates reuse one pass); returns ``name``."""
        self.cur.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS " + self.with_sql + " "
                         + tail, self.params + list(params))
        return name

    def df(self, tail: str, params: list[Any] | tuple = ()) -> Any:
        """Run ``WITH ... <tail>`` and return a pandas DataFrame."""
        return self.cur.execute(self.with_sql + " " + tail, self.params + list(params)).df()

"""Per-variant counts of an experiment, built from the project's own data.

Who is in the test
    Customers in ``assignments`` for the experiment (or, with ``variant_column``, every
    customer by the value of that ``orders`` column on their first order that has one;
    the assignment instant is then that order's time). A customer found in two variants
    of the same experiment is left out (contaminated) and counted in ``excluded``.
    With a filter that touches orders (include/exclude, customer-level filters) only
    customers with at least one order passing the filter are kept, and only those
    orders count toward outcomes; ``date_from`` keeps assignments on or after it,
    ``date_to`` ends the observation (data end).

Outcomes (``t0`` = assignment instant; only documents *strictly after* ``t0`` count)
    ``repeat-Nd``   converted = placed a repeat order in (t0, t0 + N days]
    ``active-Nd``   converted = placed a repeat order in (t0 + N − W, t0 + N] and after
                    t0, W = activity window setting
    ``churn-Nd``    converted = *not* active at day N (lower is better)
    ``revenue-Nd``  revenue per customer in (t0, t0 + N] (revenue policy applies; the
                    first order counts here when it falls after t0)
    A *repeat* order is any order other than the customer's first-ever one, so a test
    assigned at (or just before) the first purchase measures coming back, not that
    first purchase.

Customers assigned less than N days before the data end cannot show the outcome yet
and are left out (``excluded['too_recent']``), so every customer is observed for the
same N days.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd

from retention_desktop.core.abtest import stats as st
from retention_desktop.core.abtest.analysis import Variant
from retention_desktop.core.abtest.outcome import ExperimentError, Outcome, parse_outcome
from retention_desktop.core.engine.base import FilterError, base_sql, revenue_expr
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident
from retention_desktop.core.tasks import CancelToken, Progress


@dataclass
class ExperimentData:
    """What :func:`experiment_job` returns: the variants ready for ``analyze``."""

    experiment: str
    outcome: Outcome
    variants: list[Variant]
    excluded: dict[str, int]
    data_end: str | None
    customers_per_day: float | None
    cuped: dict[str, float] | None = None
    per_customer: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        """JSON-ready summary (no per-customer arrays)."""
        return {
            "experiment": self.experiment, "outcome": self.outcome.label,
            "higher_is_better": self.outcome.higher_is_better,
            "excluded": self.excluded, "data_end": self.data_end,
            "assigned_per_day": self.customers_per_day, "cuped": self.cuped,
        }


# ------------------------------------------------------------------------------ filter hook
def _filter_ctes(spec: FilterSpec, settings: Settings) -> tuple[str, list[Any], bool]:
    """CTEs ``fdocs(customer_id, order_ts, kind, rev)`` and ``fcust(customer_id)``.

    The one place the global filter enters: compiled by the engine
    (:func:`~retention_desktop.core.engine.base.base_sql`), so experiments see exactly
    the customers and documents every other metric sees. Without a filter a plain scan
    of ``orders`` is used (no need for the engine's per-customer summary). Returns
    ``(sql, params, filtered)``; ``fcust`` only matters when ``filtered``.
    """
    doc_filter = spec.with_(date_from=None, date_to=None)
    if doc_filter.is_empty():
        sql = (f"fdocs AS (SELECT customer_id, order_ts, kind, {revenue_expr(settings)} AS rev "
               "FROM orders WHERE customer_id IS NOT NULL), "
               "fcust AS (SELECT NULL AS customer_id WHERE FALSE)")
        return sql, [], False
    try:
        sql, params = base_sql(doc_filter, settings)
    except FilterError as exc:
        raise ExperimentError(str(exc)) from exc
    # base_sql returns "WITH a AS (...), ..."; keep its CTEs and add ours.
    return (sql[len("WITH "):] + ", fdocs AS (SELECT customer_id, order_ts, kind, rev "
            "FROM base_docs), fcust AS (SELECT customer_id FROM eligible)", params, True)


def _assignment_cte(experiment: str | None, variant_column: str | None) -> tuple[str, list]:
    """CTE ``raw_asg(customer_id, variant, t0)``."""
    if variant_column:
        col = quote_ident(variant_column)
        return (
            "raw_asg AS (SELECT customer_id, arg_min(CAST(" + col + " AS VARCHAR), order_ts) "
            "AS variant, min(order_ts) AS t0 FROM orders WHERE customer_id IS NOT NULL AND "
            f"kind = 'order' AND {col} IS NOT NULL GROUP BY customer_id)", [])
    return ("raw_asg AS (SELECT customer_id, variant, assigned_ts AS t0 FROM assignments "
            "WHERE experiment = ?)", [experiment])


def experiment_job(
    store, experiment: str | None, outcome: str | Outcome, spec: FilterSpec | None = None,
    settings: Settings | None = None, *, variant_column: str | None = None,
    control: str | None = None, cuped: bool = False, token: CancelToken | None = None,
) -> Generator[Progress, None, ExperimentData]:
    """Build per-variant counts (a job: yields Progress, returns :class:`ExperimentData`).

    Parameters
    ----------
    store : ProjectStore
        The open project (a cursor of its own is used).
    experiment : str
        Name in ``assignments.experiment`` (ignored with ``variant_column``).
    outcome : str or Outcome
        ``repeat-30d``, ``active-60d``, ``churn-90d`` or ``revenue-30d``.
    spec, settings : FilterSpec, Settings
        Global filter and analysis settings (activity window, revenue policy).
    variant_column : str, optional
        Take variants from this ``orders`` column instead of ``assignments``.
    control : str, optional
        Name of the control variant (default: ``control`` if present, else the first
        variant alphabetically).
    cuped : bool
        Adjust each customer's outcome by their spend up to the assignment (CUPED); the
        variants are then continuous (adjusted means).
    """
    token = token or CancelToken()
    spec = spec or FilterSpec()
    settings = settings or Settings()
    out = outcome if isinstance(outcome, Outcome) else parse_outcome(outcome)
    cur = store.cursor()
    if variant_column:
        cols = {r[0] for r in cur.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'"
        ).fetchall()}
        if variant_column not in cols:
            raise ExperimentError(f"The orders have no column {variant_column!r}.")
        name = variant_column
    else:
        if not experiment:
            raise ExperimentError("Name the experiment (see the assignments table).")
        found = cur.execute("SELECT count(*) FROM assignments WHERE experiment = ?",
                            [experiment]).fetchone()[0]
        if not found:
            known = [r[0] for r in cur.execute(
                "SELECT DISTINCT experiment FROM assignments ORDER BY 1").fetchall()]
            raise ExperimentError(
                f"No assignments for experiment {experiment!r}; the project has: "
                + (", ".join(known) or "no experiments (import an assignments file)"))
        name = experiment
    yield Progress(0.1, "Reading the experiment")
    token.raise_if_cancelled()

    # Observation ends at the end of the last day with data (or of date_to).
    end_row = cur.execute("SELECT CAST(max(order_ts) AS DATE) FROM orders").fetchone()
    last_day = end_row[0] if end_row else None
    if last_day is not None and spec.date_to is not None:
        last_day = min(last_day, spec.date_to)
    data_end = (datetime.combine(last_day + timedelta(days=1), datetime.min.time())
                if last_day is not None else None)
    fsql, fparams, filtered = _filter_ctes(spec, settings)
    asql, aparams = _assignment_cte(experiment, variant_column)
    window_lo = max(0, out.days - settings.activity_window_days) if out.kind in (
        "active", "churn") else 0
    # One pass over the documents: orders in the outcome window after t0, and the
    # customer's first-ever order (subtracted below when it falls in that window).
    sql = (
        f"WITH {fsql}, {asql}, "
        "multi AS (SELECT customer_id FROM raw_asg GROUP BY customer_id "
        "HAVING count(DISTINCT variant) > 1), "
        "asg AS (SELECT customer_id, any_value(variant) AS variant, min(t0) AS t0 "
        "FROM raw_asg WHERE customer_id NOT IN (SELECT customer_id FROM multi) "
        "GROUP BY customer_id) "
        "SELECT a.variant, a.t0, "
        "  count(d.order_ts) FILTER (WHERE d.kind = 'order' AND d.order_ts > a.t0 "
        "    AND d.order_ts > a.t0 + to_days(?) AND d.order_ts <= a.t0 + to_days(?)) AS win, "
        "  min(d.order_ts) FILTER (WHERE d.kind = 'order') AS first_ts, "
        "  coalesce(sum(d.rev) FILTER (WHERE d.order_ts > a.t0 "
        "    AND d.order_ts <= a.t0 + to_days(?)), 0) AS rev_after, "
        "  coalesce(sum(d.rev) FILTER (WHERE d.order_ts <= a.t0), 0) AS rev_before, "
        "  (NOT ? OR a.customer_id IN (SELECT customer_id FROM fcust)) AS kept "
        "FROM asg a LEFT JOIN fdocs d ON d.customer_id = a.customer_id "
        "GROUP BY a.customer_id, a.variant, a.t0"
    )
    params = fparams + aparams + [window_lo, out.days, out.days, filtered]
    df = cur.execute(sql, params).df()
    n_multi = cur.execute(
        f"WITH {asql} SELECT count(*) FROM (SELECT customer_id FROM raw_asg "
        "GROUP BY customer_id HAVING count(DISTINCT variant) > 1)", aparams).fetchone()[0]
    token.raise_if_cancelled()
    yield Progress(0.7, "Counting outcomes")

    # Why a customer is not measured, in this order of precedence (vectorised).
    t0 = pd.to_datetime(df["t0"])
    no_t0 = t0.isna().to_numpy()
    before = np.zeros(len(df), dtype=bool)
    if spec.date_from is not None:
        before = ~no_t0 & (t0 < pd.Timestamp(spec.date_from)).to_numpy()
    kept = df["kept"].fillna(False).astype(bool).to_numpy()
    filtered = ~no_t0 & ~before & ~kept
    if data_end is None:
        recent = ~no_t0 & ~before & kept
    else:
        late = (t0 + pd.Timedelta(days=out.days) > pd.Timestamp(data_end)).to_numpy()
        recent = ~no_t0 & ~before & kept & late
    ok = ~(no_t0 | before | filtered | recent)
    excluded = {"in_two_variants": int(n_multi), "no_assignment_time": int(no_t0.sum()),
                "too_recent": int(recent.sum()), "before_date_from": int(before.sum()),
                "filtered_out": int(filtered.sum())}
    first = pd.to_datetime(df["first_ts"])
    first_in_window = ((first > t0) & (first > t0 + pd.Timedelta(days=window_lo))
                       & (first <= t0 + pd.Timedelta(days=out.days))).to_numpy()
    hits = (df["win"].to_numpy() - first_in_window)[ok] > 0
    if out.kind == "revenue":
        values = df["rev_after"].to_numpy(dtype=float)[ok]
    elif out.kind == "churn":
        values = (~hits).astype(float)
    else:
        values = hits.astype(float)
    covariate = df["rev_before"].to_numpy(dtype=float)[ok]
    variant_of = df["variant"].astype(str).to_numpy()[ok]
    if not ok.any():
        raise ExperimentError(
            f"No customer of {name!r} can be measured for {out.label}: "
            + ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in excluded.items() if v)
            + ". Choose a shorter outcome window or import newer orders.")
    names = sorted(set(variant_of))
    if control and control not in names:
        raise ExperimentError(f"No variant called {control!r}; found: {', '.join(names)}.")
    head = control or ("control" if "control" in names else names[0])
    order = [head] + [n for n in names if n != head]

    cuped_info = None
    if cuped:
        res = st.cuped_adjust(values, covariate)
        cuped_info = {"theta": res.theta, "variance_reduction": res.variance_reduction,
                      "covariate": "revenue up to and including the assignment instant"}
        values = res.adjusted
    per_customer = {v: values[variant_of == v] for v in order}
    variants = []
    for v in order:
        vals = per_customer[v]
        if out.binary and not cuped:
            variants.append(Variant(v, int(len(vals)), conversions=int(vals.sum())))
        else:
            sd = float(vals.std(ddof=1)) if len(vals) > 1 else 0.0
            variants.append(Variant(v, int(len(vals)), mean=float(vals.mean()), sd=sd))

    per_day = None
    if (~no_t0).any():
        span = (t0.max() - t0.min()).total_seconds() / 86400
        per_day = int((~no_t0).sum()) / max(span, 1.0)
    yield Progress(1.0, "Done")
    return ExperimentData(name, out, variants, excluded,
                          str(last_day) if last_day else None, per_day, cuped_info,
                          per_customer)


def list_experiments(store) -> list[dict]:
    """Experiments in ``assignments``: name, variants, customers, first and last day."""
    rows = store.cursor().execute(
        "SELECT experiment, list(DISTINCT variant ORDER BY variant), count(DISTINCT customer_id), "
        "CAST(min(assigned_ts) AS DATE), CAST(max(assigned_ts) AS DATE) FROM assignments "
        "GROUP BY experiment ORDER BY experiment").fetchall()
    return [{"experiment": e, "variants": list(v), "customers": int(n),
             "first_day": str(a) if a else None, "last_day": str(b) if b else None}
            for e, v, n, a, b in rows]


def new_customers_per_day(store, days: int = 90) -> float | None:
    """New customers per day over the last ``days`` days of data (for test durations)."""
    row = store.cursor().execute(
        "WITH f AS (SELECT customer_id, min(order_ts) AS first_ts FROM orders "
        "WHERE customer_id IS NOT NULL AND kind = 'order' GROUP BY customer_id) "
        "SELECT count(*) FILTER (WHERE first_ts > (SELECT max(first_ts) FROM f) - to_days(?)) "
        "FROM f", [days]).fetchone()
    if not row or not row[0]:
        return None
    return row[0] / days


def project_facts(store) -> dict:
    """What the A/B tests tab shows about a project before a test is chosen.

    One call for the runner (it reads a few tables and scans ``orders`` once, too slow for
    the GUI thread on a big shop).

    Returns
    -------
    dict
        ``experiments`` (:func:`list_experiments`), ``columns`` (the orders' extra
        columns, candidates for a variant column), ``per_day``
        (:func:`new_customers_per_day`) and ``plans`` (``plans.list_plans``).
    """
    from retention_desktop.core.abtest.plans import list_plans

    columns = [r[0] for r in store.cursor().execute(
        "SELECT column_name FROM dimensions WHERE table_name = 'orders' "
        "ORDER BY column_name").fetchall()]
    return {"experiments": list_experiments(store), "columns": columns,
            "per_day": new_customers_per_day(store), "plans": list_plans(store)}

"""SQL for the global filter bar: customers in an RFM segment or lifecycle stage.

The engine's ``base_sql`` calls :func:`customer_filter_sql` for ``FilterSpec.rfm_segment``
and ``FilterSpec.lifecycle_stage``. The SQL restates :func:`rfm.rfm_table` and
:func:`stages.lifecycle_stages` (with the default rules from the settings) over the raw
``orders`` table, as of the last order day; tests check both give the same labels.
The optional P(alive) stage rule needs a fitted model and is not part of the filter.
"""

from __future__ import annotations

from typing import Any

from retention_desktop.core.clv import rfm, stages
from retention_desktop.core.engine.spec import Settings

# Orders up to the as-of day (the filter's end date; None = the data end): a stage or
# segment is judged on what was known then, not at the data end.
_DAYS = ("days AS (SELECT customer_id, CAST(order_ts AS DATE) AS day, sum(revenue) AS rev "
         "FROM orders WHERE kind = 'order' AND customer_id IS NOT NULL "
         "AND (CAST(? AS DATE) IS NULL OR CAST(order_ts AS DATE) <= CAST(? AS DATE)) "
         "GROUP BY 1, 2), "
         "clv_asof AS (SELECT max(day) AS as_of FROM days)")


def rfm_segment_sql(as_of: Any = None) -> tuple[str, list[Any]]:
    """``WITH ... SELECT customer_id, R, F, M, FM, segment`` over ``orders`` (up to
    ``as_of``)."""
    cases, params = [], [as_of, as_of]
    for rule in rfm.SEGMENT_RULES:
        cases.append("WHEN R BETWEEN ? AND ? AND FM BETWEEN ? AND ? THEN ?")
        params += [rule.r_min, rule.r_max, rule.fm_min, rule.fm_max, rule.segment]
    sql = (
        f"WITH {_DAYS}, "
        "c AS (SELECT customer_id, (SELECT as_of FROM clv_asof) - max(day) AS recency, "
        "count(*) AS freq, sum(rev) AS mon FROM days GROUP BY 1), "
        "n AS (SELECT count(*) AS n FROM c), "
        "s AS (SELECT customer_id, "
        "CAST(1 + floor(5.0 * (rank() OVER (ORDER BY recency DESC) - 1) / n) AS INTEGER) AS R, "
        "CAST(1 + floor(5.0 * (rank() OVER (ORDER BY freq) - 1) / n) AS INTEGER) AS F, "
        "CAST(1 + floor(5.0 * (rank() OVER (ORDER BY mon) - 1) / n) AS INTEGER) AS M "
        "FROM c, n), "
        "fm AS (SELECT *, CAST(floor((F + M + 1) / 2) AS INTEGER) AS FM FROM s) "
        f"SELECT customer_id, R, F, M, FM, CASE {' '.join(cases)} END AS segment FROM fm"
    )
    return sql, params


def lifecycle_stage_sql(rules: stages.StageRules, as_of: Any = None) -> tuple[str, list[Any]]:
    """``WITH ... SELECT customer_id, stage`` over ``orders`` up to ``as_of`` (rhythm
    rules only)."""
    sql = (
        f"WITH {_DAYS}, "
        "g AS (SELECT customer_id, day, "
        "day - lag(day) OVER (PARTITION BY customer_id ORDER BY day) AS gap, "
        "row_number() OVER (PARTITION BY customer_id ORDER BY day DESC) AS rn FROM days), "
        "c AS (SELECT customer_id, min(day) AS first_d, max(day) AS last_d, "
        "median(gap) AS med_gap, max(gap) FILTER (WHERE rn = 1) AS prev_gap "
        "FROM g GROUP BY 1), "
        "shop AS (SELECT coalesce(median(med_gap), CAST(? AS DOUBLE)) AS shop_gap FROM c), "
        "r AS (SELECT c.customer_id, c.prev_gap, "
        "greatest(coalesce(c.med_gap, shop.shop_gap), 1.0) AS rhythm, "
        "clv_asof.as_of - c.last_d AS since, clv_asof.as_of - c.first_d AS age "
        "FROM c, shop, clv_asof) "
        "SELECT customer_id, CASE "
        "WHEN age < ? THEN 'new' "
        "WHEN since >= ? AND since > ? * rhythm THEN 'churned' "
        "WHEN since < ? AND prev_gap >= ? THEN 'reactivated' "
        "WHEN since > ? * rhythm THEN 'at risk' "
        "ELSE 'active' END AS stage FROM r"
    )
    w, f = rules.window_days, rules.overdue_factor
    return sql, [as_of, as_of, float(w), rules.new_window, w, f, w, w, f]


def customer_filter_sql(kind: str, value: str, settings: Settings,
                        as_of: Any = None) -> tuple[str, list[Any]]:
    """Engine hook: ``SELECT customer_id`` of customers whose ``kind`` label is ``value``.

    Parameters
    ----------
    kind : {'lifecycle_stage', 'rfm_segment'}
    value : str
        A stage of :data:`stages.STAGES` or a segment of :data:`rfm.SEGMENTS`.
    settings : Settings
        The activity window sets the stage rules.
    as_of : date, optional
        Judge the label on the orders up to this day (the filter's end date).
    """
    if kind == "rfm_segment":
        if value not in rfm.SEGMENTS:
            raise ValueError(f"unknown RFM segment {value!r}; known: {', '.join(rfm.SEGMENTS)}")
        inner, params = rfm_segment_sql(as_of)
        label = "segment"
    elif kind == "lifecycle_stage":
        if value not in stages.STAGES:
            raise ValueError(f"unknown lifecycle stage {value!r}; known: "
                             f"{', '.join(stages.STAGES)}")
        inner, params = lifecycle_stage_sql(stages.StageRules(
            window_days=settings.activity_window_days, p_alive_threshold=None), as_of)
        label = "stage"
    else:
        raise ValueError(f"unknown customer filter {kind!r}")
    return f"SELECT customer_id FROM ({inner}) WHERE {label} = ?", [*params, value]

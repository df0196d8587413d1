"""Customer labels the filter bar selects by: the RFM segments and the lifecycle stages.

The rule tables (:data:`SEGMENT_RULES`, :class:`StageRules`) and the SQL that applies
them to the raw ``orders`` table for ``FilterSpec.rfm_segment`` and
``FilterSpec.lifecycle_stage`` (``base_sql`` calls :func:`customer_filter_sql`). The SQL
restates ``clv.rfm.rfm_table`` and ``clv.stages.lifecycle_stages`` (with the default
rules from the settings), as of the last order day; tests check both give the same
labels. The optional P(alive) stage rule needs a fitted model and is not part of the
filter. The CLV area builds on these tables; the engine never imports the CLV area.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from retention_desktop.core.engine.spec import Settings
from retention_desktop.core.i18n import tr_noop

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class SegmentRule:
    """One row of the RFM segment table: R and FM score ranges (inclusive)."""

    segment: str
    r_min: int
    r_max: int
    fm_min: int
    fm_max: int
    description: str

    def matches(self, r: np.ndarray, fm: np.ndarray) -> np.ndarray:
        """Boolean mask of the (R, FM) pairs this rule covers."""
        return (r >= self.r_min) & (r <= self.r_max) & (fm >= self.fm_min) & (fm <= self.fm_max)


#: Segment names in display order (best first).
SEGMENTS: tuple[str, ...] = (
    "Champions", "Loyal", "Potential loyalists", "New", "Promising", "Need attention",
    "About to sleep", "At risk", "Can't lose them", "Hibernating", "Lost",
)

#: The rule table; every (R, FM) cell of the 5×5 grid is covered by exactly one rule.
SEGMENT_RULES: tuple[SegmentRule, ...] = (
    SegmentRule("Champions", 5, 5, 4, 5, "Bought recently, buy often and spend the most"),
    SegmentRule("Champions", 4, 4, 5, 5, "Bought recently, buy often and spend the most"),
    SegmentRule("Loyal", 4, 4, 4, 4, "Buy regularly and spend well"),
    SegmentRule("Loyal", 3, 3, 4, 5, "Buy regularly and spend well"),
    SegmentRule("Potential loyalists", 4, 5, 2, 3, "Recent customers with average frequency"),
    SegmentRule("New", 5, 5, 1, 1, "Bought for the first time very recently"),
    SegmentRule("Promising", 4, 4, 1, 1, "Recent shoppers who have not spent much yet"),
    SegmentRule("Need attention", 3, 3, 3, 3, "Average recency, frequency and spend"),
    SegmentRule("About to sleep", 3, 3, 1, 2, "Below-average recency and frequency"),
    SegmentRule("At risk", 1, 2, 3, 4, "Used to buy often, but not for a long time"),
    SegmentRule("Can't lose them", 1, 2, 5, 5, "Were among the best, gone quiet for long"),
    SegmentRule("Hibernating", 2, 2, 1, 2, "Last purchase long ago, few orders, low spend"),
    SegmentRule("Lost", 1, 1, 1, 2, "Lowest recency, frequency and spend"),
)

#: Lifecycle stages in display order.
STAGES: tuple[str, ...] = ("new", "active", "reactivated", "at risk", "churned")

#: What a screen calls a segment whose name alone would be mistaken for a stage: the RFM
#: segment "At risk" (customers who bought often, gone quiet: R 1-2, FM 3-4) and the
#: lifecycle stage "at risk" (overdue against their own rhythm) count different people,
#: so the segment says which it is. The keys stay the CLI's and the project's names.
DISPLAY_NAMES: dict[str, str] = {
    "At risk": tr_noop("At risk (used to buy often)"),
}


def display_name(name: str) -> str:
    """The English display name of a stage or segment (translate it with ``tr_core``)."""
    return DISPLAY_NAMES.get(name, name)


@dataclass(frozen=True)
class StageRules:
    """Editable thresholds of the lifecycle stages.

    Parameters
    ----------
    window_days : int
        Activity window W (from the analysis settings).
    new_days : int, optional
        A customer is *new* while their first purchase is this recent (default W).
    overdue_factor : float
        Overdue = days since the last purchase > this × the customer's rhythm.
    p_alive_threshold : float, optional
        Also *at risk* when P(alive) is below this (if P(alive) is known). Off by
        default so the stage matches the global filter bar, which has no model.
    """

    window_days: int = 90
    new_days: int | None = None
    overdue_factor: float = 1.5
    p_alive_threshold: float | None = None

    @property
    def new_window(self) -> int:
        """Days a first purchase keeps a customer *new*."""
        return self.new_days if self.new_days is not None else self.window_days


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
    for rule in SEGMENT_RULES:
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


def lifecycle_stage_sql(rules: StageRules, as_of: Any = None) -> tuple[str, list[Any]]:
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
        A stage of :data:`STAGES` or a segment of :data:`SEGMENTS`.
    settings : Settings
        The activity window sets the stage rules.
    as_of : date, optional
        Judge the label on the orders up to this day (the filter's end date).
    """
    if kind == "rfm_segment":
        if value not in SEGMENTS:
            raise ValueError(f"unknown RFM segment {value!r}; known: {', '.join(SEGMENTS)}")
        inner, params = rfm_segment_sql(as_of)
        label = "segment"
    elif kind == "lifecycle_stage":
        if value not in STAGES:
            raise ValueError(f"unknown lifecycle stage {value!r}; known: "
                             f"{', '.join(STAGES)}")
        inner, params = lifecycle_stage_sql(StageRules(
            window_days=settings.activity_window_days, p_alive_threshold=None), as_of)
        label = "stage"
    else:
        raise ValueError(f"unknown customer filter {kind!r}")
    return f"SELECT customer_id FROM ({inner}) WHERE {label} = ?", [*params, value]

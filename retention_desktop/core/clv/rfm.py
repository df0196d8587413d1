"""RFM scores (quintiles 1–5) and the 11 named RFM segments.

Recency = days since the last purchase at the as-of date (fewer is better), frequency =
number of purchase days, monetary = total revenue. Scores are rank quintiles:
``score = 1 + floor(5 · (rank − 1) / n)`` with ``rank`` the *minimum* rank among ties,
so tied customers always share a score and the result does not depend on row order.
Segments come from the recency score and the rounded mean of the frequency and
monetary scores (``FM``), through :data:`SEGMENT_RULES`, a table shown to the user.
"""

from __future__ import annotations

from dataclasses import asdict

import numpy as np
import pandas as pd

# The segment table is the engine's (the filter bar selects by it); re-exported here.
from retention_desktop.core.engine.customer_labels import (  # noqa: F401
    SEGMENT_RULES,
    SEGMENTS,
    SegmentRule,
)


def rule_table() -> list[dict]:
    """The segment rules as plain records (for display and export)."""
    return [asdict(rule) for rule in SEGMENT_RULES]


def quintile_scores(values, *, higher_is_better: bool = True) -> np.ndarray:
    """Scores 1–5 by rank quintile; ties share the score of their lowest rank.

    Parameters
    ----------
    values : array-like
    higher_is_better : bool
        If False (recency in days), smaller values get higher scores.
    """
    v = pd.Series(np.asarray(values, dtype=float))
    if not higher_is_better:
        v = -v
    n = len(v)
    if n == 0:
        return np.array([], dtype=int)
    rank = v.rank(method="min").to_numpy()
    return (1 + np.floor(5 * (rank - 1) / n)).astype(int)


def assign_segments(r, fm) -> np.ndarray:
    """Segment name for each (R, FM) pair through :data:`SEGMENT_RULES`."""
    r, fm = np.asarray(r, int), np.asarray(fm, int)
    out = np.full(r.shape, "", dtype=object)
    for rule in SEGMENT_RULES:
        mask = rule.matches(r, fm) & (out == "")
        out[mask] = rule.segment
    return out


def rfm_table(daily: pd.DataFrame, as_of) -> pd.DataFrame:
    """RFM values, scores and segment per customer with a purchase on or before ``as_of``.

    Parameters
    ----------
    daily : pandas.DataFrame
        ``customer_id``, ``day``, ``revenue`` (one row per purchase day).
    as_of : date-like

    Returns
    -------
    pandas.DataFrame
        Indexed by ``customer_id``: ``recency_days``, ``frequency``, ``monetary``,
        ``R``, ``F``, ``M``, ``FM``, ``rfm_score`` (e.g. ``"545"``) and ``segment``.
    """
    as_of = pd.Timestamp(as_of).normalize()
    d = daily[daily["day"] <= as_of]
    g = d.groupby("customer_id", sort=True)
    out = pd.DataFrame({
        "recency_days": (as_of - g["day"].max()).dt.days.astype(int),
        "frequency": g["day"].size().astype(int),
        "monetary": g["revenue"].sum().astype(float),
    })
    out["R"] = quintile_scores(out["recency_days"], higher_is_better=False)
    out["F"] = quintile_scores(out["frequency"])
    out["M"] = quintile_scores(out["monetary"])
    out["FM"] = (out["F"] + out["M"] + 1) // 2  # mean of F and M, rounded half up
    out["rfm_score"] = (out["R"].astype(str) + out["F"].astype(str) + out["M"].astype(str))
    out["segment"] = assign_segments(out["R"], out["FM"])
    return out

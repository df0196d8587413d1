"""Holdout validation: does the model fitted on a calibration period predict the rest?

Two views, as in Fader, Hardie & Lee (2005): the conditional expectations by
calibration frequency (mean actual vs predicted repeat purchases in the holdout) and
the cumulative repeat-transaction tracking curve, week by week, where the prediction
for week ``t`` is Σ_customers E[X(t − first purchase)].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from retention_desktop.core.clv.bgnbd import BGNBDParams
from retention_desktop.core.clv.summary import SummaryResult, unit_days


@dataclass(frozen=True)
class HoldoutResult:
    """Predicted vs actual repeat purchases in a holdout period.

    Attributes
    ----------
    params : BGNBDParams
        The calibration-period fit.
    by_frequency : pandas.DataFrame
        ``frequency`` (calibration repeat purchases, last bucket = "this many or more"),
        ``customers``, ``actual``, ``predicted`` (mean holdout repeat purchases).
    tracking : pandas.DataFrame
        ``week`` (since the first purchase of the cohort), ``date``, ``actual``,
        ``predicted`` (cumulative repeat transactions) and the weekly increments
        ``actual_weekly``, ``predicted_weekly``.
    calibration_end, observation_end : pandas.Timestamp
    actual_total, predicted_total : float
        Holdout repeat transactions of the calibration customers.
    """

    params: BGNBDParams
    by_frequency: pd.DataFrame
    tracking: pd.DataFrame
    calibration_end: pd.Timestamp
    observation_end: pd.Timestamp
    actual_total: float
    predicted_total: float

    @property
    def relative_error(self) -> float:
        """(predicted − actual) / actual over the whole holdout."""
        return (self.predicted_total - self.actual_total) / self.actual_total \
            if self.actual_total else float("nan")

    def to_dict(self) -> dict:
        """JSON-ready summary (tables as lists of records)."""
        track = self.tracking.assign(date=self.tracking["date"].dt.date.astype(str))
        return {
            "calibration_end": self.calibration_end.date().isoformat(),
            "observation_end": self.observation_end.date().isoformat(),
            "bgnbd": self.params.to_dict(),
            "actual_repeat_purchases": self.actual_total,
            "predicted_repeat_purchases": self.predicted_total,
            "relative_error": self.relative_error,
            "by_frequency": self.by_frequency.to_dict(orient="records"),
            "tracking": track.to_dict(orient="records"),
        }


def by_frequency(params: BGNBDParams, summary: SummaryResult, max_bucket: int = 7) -> pd.DataFrame:
    """Mean actual vs predicted holdout purchases by calibration frequency."""
    t = summary.table
    if "frequency_holdout" not in t:
        raise ValueError("the summary has no holdout period")
    pred = params.conditional_expected_purchases(
        t["duration_holdout"].to_numpy(), t["frequency"].to_numpy(),
        t["recency"].to_numpy(), t["T"].to_numpy())
    bucket = np.minimum(t["frequency"].to_numpy(), max_bucket).astype(int)
    frame = pd.DataFrame({"frequency": bucket, "actual": t["frequency_holdout"].to_numpy(),
                          "predicted": pred})
    out = frame.groupby("frequency").agg(customers=("actual", "size"), actual=("actual", "mean"),
                                         predicted=("predicted", "mean")).reset_index()
    return out


def tracking_curve(params: BGNBDParams, daily: pd.DataFrame, summary: SummaryResult) -> pd.DataFrame:
    """Cumulative repeat transactions per week: actual vs BG/NBD prediction.

    Parameters
    ----------
    daily : pandas.DataFrame
        One row per customer and purchase day (``summary.daily_transactions``).
    """
    per_unit = unit_days(summary.unit)
    t = summary.table
    start = t["first_purchase"].min()
    end = summary.observation_end
    n_weeks = int(np.ceil(((end - start).days + 1) / 7))
    week_ends = start + pd.to_timedelta(np.arange(1, n_weeks + 1) * 7 - 1, unit="D")
    week_ends = week_ends.where(week_ends <= end, end)
    # Actual: repeat transactions (every purchase day after the customer's first) of
    # the calibration customers.
    d = daily[daily["customer_id"].isin(t.index)]
    first = d.groupby("customer_id")["day"].transform("min")
    repeat_days = d.loc[d["day"] > first, "day"]
    counts = np.searchsorted(np.sort(repeat_days.to_numpy()), week_ends.to_numpy(), side="right")
    # Predicted: group customers by first-purchase day, sum E[X(age)].
    firsts = t["first_purchase"].value_counts()
    # A customer's age at the end of a week, in model time units (0 on the first day).
    ages = np.clip((week_ends.to_numpy()[:, None] - firsts.index.to_numpy()[None, :])
                   / np.timedelta64(1, "D") / per_unit, 0, None)
    pred = (params.expected_purchases(ages) * firsts.to_numpy()[None, :]).sum(axis=1)
    out = pd.DataFrame({"week": np.arange(1, n_weeks + 1), "date": week_ends,
                        "actual": counts.astype(float), "predicted": pred})
    out["actual_weekly"] = out["actual"].diff().fillna(out["actual"])
    out["predicted_weekly"] = out["predicted"].diff().fillna(out["predicted"])
    return out


def holdout_check(params: BGNBDParams, summary: SummaryResult, daily: pd.DataFrame) -> HoldoutResult:
    """Build the holdout comparison for a calibration-period fit."""
    freq = by_frequency(params, summary)
    track = tracking_curve(params, daily, summary)
    t = summary.table
    predicted = float(np.sum(params.conditional_expected_purchases(
        t["duration_holdout"].to_numpy(), t["frequency"].to_numpy(),
        t["recency"].to_numpy(), t["T"].to_numpy())))
    return HoldoutResult(params=params, by_frequency=freq, tracking=track,
                         calibration_end=summary.calibration_end,
                         observation_end=summary.observation_end,
                         actual_total=float(t["frequency_holdout"].sum()),
                         predicted_total=predicted)

"""Per-customer purchase summaries (frequency, recency, T, mean repeat spend).

The summary is the input of BG/NBD and Gamma-Gamma. Following Fader, Hardie & Lee
(2005), all purchases of a customer on the same calendar day count as one transaction,
times are measured from each customer's first purchase, and *frequency* is the number
of repeat transactions (transactions after the first one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

import numpy as np
import pandas as pd

Unit = Literal["days", "weeks"]
UNIT_DAYS: dict[str, float] = {"days": 1.0, "weeks": 7.0}
#: Average month length in days, used to turn a monthly horizon into model time units.
DAYS_PER_MONTH = 365.25 / 12


def unit_days(unit: str) -> float:
    """Length of one model time unit in days (``'days'`` = 1, ``'weeks'`` = 7)."""
    try:
        return UNIT_DAYS[unit]
    except KeyError:
        raise ValueError(f"time unit must be 'days' or 'weeks', got {unit!r}") from None


def _to_day(value: date | datetime | str | pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(value).normalize()


@dataclass(frozen=True)
class SummaryResult:
    """The per-customer summary and the dates it was computed for.

    Attributes
    ----------
    table : pandas.DataFrame
        Indexed by ``customer_id`` with columns ``frequency``, ``recency``, ``T``,
        ``monetary_value`` (mean spend per repeat transaction, 0 without repeats),
        ``first_purchase``, ``last_purchase``, ``orders`` (calibration transactions)
        and ``revenue`` (calibration revenue); with a holdout also
        ``frequency_holdout``, ``monetary_value_holdout`` and ``duration_holdout``.
    calibration_end, observation_end : pandas.Timestamp
        Last day of the calibration period / of the data used.
    unit : str
        ``'days'`` or ``'weeks'``.
    """

    table: pd.DataFrame
    calibration_end: pd.Timestamp
    observation_end: pd.Timestamp
    unit: str

    @property
    def has_holdout(self) -> bool:
        """Whether a holdout period follows the calibration period."""
        return self.observation_end > self.calibration_end


def round_half_up(values, decimals: int) -> np.ndarray:
    """Round half away from zero (spreadsheet rounding), tolerant of binary noise."""
    scale = 10.0 ** decimals
    v = np.asarray(values, dtype=float) * scale
    return np.sign(v) * np.floor(np.abs(v) + 0.5 + 1e-7) / scale


def daily_transactions(tx: pd.DataFrame) -> pd.DataFrame:
    """Collapse purchases into one transaction per customer and calendar day.

    Parameters
    ----------
    tx : pandas.DataFrame
        Columns ``customer_id``, ``ts`` (datetime-like) and ``revenue``.

    Returns
    -------
    pandas.DataFrame
        Columns ``customer_id``, ``day`` (midnight timestamps), ``revenue`` (sum) and
        ``orders`` (purchases that day), sorted by customer and day.
    """
    if tx.empty:
        return pd.DataFrame({"customer_id": pd.Series([], dtype=object),
                             "day": pd.Series([], dtype="datetime64[ns]"),
                             "revenue": pd.Series([], dtype=float),
                             "orders": pd.Series([], dtype=int)})
    day = pd.to_datetime(tx["ts"]).dt.normalize()
    frame = pd.DataFrame({"customer_id": tx["customer_id"].astype(str).to_numpy(),
                          "day": day.to_numpy(), "revenue": tx["revenue"].astype(float).to_numpy()})
    out = frame.groupby(["customer_id", "day"], sort=True, as_index=False).agg(
        revenue=("revenue", "sum"), orders=("revenue", "size"))
    return out


def summarise(
    tx: pd.DataFrame,
    *,
    calibration_end: date | datetime | str | None = None,
    observation_end: date | datetime | str | None = None,
    unit: Unit = "weeks",
    money_decimals: int | None = 2,
) -> SummaryResult:
    """Frequency/recency/T/monetary summary per customer, with an optional holdout.

    Parameters
    ----------
    tx : pandas.DataFrame
        Transactions: ``customer_id``, ``ts``, ``revenue`` (orders only, no guests).
    calibration_end : date-like, optional
        Last day (inclusive) of the calibration period; defaults to the last purchase
        day. Customers whose first purchase is after it are left out.
    observation_end : date-like, optional
        Last day (inclusive) of the holdout period; defaults to the last purchase day
        (or ``calibration_end`` when that is later).
    unit : {'weeks', 'days'}
        Time unit of ``recency``, ``T`` and ``duration_holdout`` (weeks = days / 7).
    money_decimals : int or None
        Round the mean repeat spend half-up to this many decimals (2 = cents, as in the
        published CDNOW summary file); ``None`` keeps full precision.

    Returns
    -------
    SummaryResult
    """
    per_day = unit_days(unit)
    daily = daily_transactions(tx)
    last_day = daily["day"].max() if len(daily) else pd.Timestamp.today().normalize()
    cal_end = _to_day(calibration_end) if calibration_end is not None else last_day
    obs_end = _to_day(observation_end) if observation_end is not None else max(last_day, cal_end)
    if obs_end < cal_end:
        raise ValueError("the observation end must not be before the calibration end")

    cal = daily[daily["day"] <= cal_end]
    grouped = cal.groupby("customer_id", sort=True)
    first = grouped["day"].min()
    last = grouped["day"].max()
    n = grouped["day"].size()
    total = grouped["revenue"].sum()
    # The first transaction's spend is excluded from the mean repeat spend.
    first_rev = grouped["revenue"].first()
    repeats = (n - 1).astype(int)
    with np.errstate(invalid="ignore", divide="ignore"):
        monetary = np.where(repeats > 0, (total - first_rev) / repeats.replace(0, 1), 0.0)
    if money_decimals is not None:
        monetary = round_half_up(monetary, money_decimals)
    table = pd.DataFrame(
        {
            "frequency": repeats.astype(float),
            "recency": (last - first).dt.days / per_day,
            "T": (cal_end - first).dt.days / per_day,
            "monetary_value": monetary,
            "first_purchase": first,
            "last_purchase": last,
            "orders": n.astype(int),
            "revenue": total.astype(float),
        }
    )
    table.index.name = "customer_id"
    if obs_end > cal_end:
        hold = daily[(daily["day"] > cal_end) & (daily["day"] <= obs_end)]
        hold = hold[hold["customer_id"].isin(table.index)]
        hg = hold.groupby("customer_id")
        table["frequency_holdout"] = hg["day"].size().reindex(table.index, fill_value=0).astype(float)
        table["monetary_value_holdout"] = hg["revenue"].mean().reindex(table.index, fill_value=0.0)
        table["duration_holdout"] = (obs_end - cal_end).days / per_day
    return SummaryResult(table=table, calibration_end=cal_end, observation_end=obs_end, unit=unit)

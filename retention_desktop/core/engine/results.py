"""Typed results of the Overview job: what crosses the core → UI boundary (Qt-free).

The engine's metric functions build plain JSON-ready dicts (the CLI prints them); the
Overview job wraps them once into frozen dataclasses, so the UI reads named fields instead
of string keys, and the arithmetic a card needs (the change against the previous period,
"too few", "not enough history") is decided here, once, not in a widget. Every class has a
``to_json()`` that gives back exactly the dict the CLI prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from types import MappingProxyType
from typing import Any

import numpy as np

#: The Overview's cards: (key, unit, higher is better). Every card shows the headline
#: window (the chosen preset's period, else the last whole period of the range:
#: ``overview.headline_windows``) and its change against the window before it; a
#: ``rate`` changes in points, every other unit in % of the previous value.
HEADLINE_KPIS = (
    ("customers", "count", True), ("orders", "count", True), ("revenue", "money", True),
    ("aov", "money", True), ("crr_strict", "rate", True),
    ("repeat_purchase_rate", "rate", True),
    ("returning_customer_rate", "rate", True), ("purchase_frequency", "ratio", True),
    ("median_days_to_second_order", "days", False), ("churn_rate", "rate", False),
)

#: Per headline value, the key of the number of customers it rests on (below
#: ``settings.min_cell_n`` it is shown as "too few"); counts and sums need no minimum.
BASE_OF = {"aov": "customers", "repeat_purchase_rate": "customers",
           "returning_customer_rate": "customers", "purchase_frequency": "customers",
           "revenue_per_customer": "customers", "crr_strict": "S0", "churn_rate": "S0",
           "median_days_to_second_order": "new_customers"}

#: Rates that rest on a period's start population: undefined without enough history.
HISTORY_RATES = ("crr_strict", "churn_rate")


def too_few(values: Mapping[str, Any], key: str, min_n: int) -> bool:
    """Whether ``values[key]`` rests on fewer than ``min_n`` customers."""
    base = BASE_OF.get(key)
    return base is not None and (values.get(base) or 0) < min_n


def too_recent(values: Mapping[str, Any]) -> bool:
    """Whether none of a period's new customers can be followed for the shortest
    second-order horizon yet (``second_within``: 30 days): nobody could have come back."""
    within = values.get("second_within") or []
    return bool(within) and min(within, key=lambda w: w["days"])["eligible"] == 0


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class SecondWithin:
    """New customers of a period with a second order within ``days`` (among ``eligible``,
    those the data follow that long)."""

    days: int
    eligible: int
    with_second: int
    share: float | None


@dataclass(frozen=True)
class HeadlinePeriod:
    """One named period of the headline: its dates and its figures.

    ``values`` is :func:`~retention_desktop.core.engine.overview.period_values` (the
    ``kpis`` metric of the period plus its retention row), read-only.
    """

    start: date
    end: date
    values: Mapping[str, Any]

    @property
    def complete(self) -> bool:
        """Whether the period has ended inside the data (an unfinished one is marked)."""
        return self.values.get("complete", True) is not False

    @property
    def second_within(self) -> tuple[SecondWithin, ...]:
        """The period's new customers with a second order within 30/60/90 days."""
        return tuple(SecondWithin(**w) for w in self.values.get("second_within", []))

    def to_json(self) -> dict[str, Any]:
        """``{from, to, kpis}`` as the CLI prints it."""
        values = {k: (list(v) if k == "second_within" else v) for k, v in self.values.items()}
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "kpis": values}


@dataclass(frozen=True)
class KpiValue:
    """One card's figure and its change, decided in core (the widget only formats).

    Attributes
    ----------
    status : str
        ``"ok"``; ``"too_few"`` (rests on ``base_n`` < ``min_n`` customers);
        ``"no_history"`` (a retention rate whose window reaches before the data);
        ``"under_half"`` (median time to a second order: fewer than half came back);
        ``"too_recent"`` (the same, but none of the period's new customers can be
        followed even 30 days yet: too early to tell, not a sign they won't come back).
    change : float or None
        Points (``change_in_points``, a rate: now - before) or a share of the previous
        value ((now - before) / |before|); None when not comparable.
    comparable : bool
        Whether there is a previous period at all.
    """

    key: str
    unit: str
    higher_is_better: bool
    value: Any
    previous: Any
    status: str
    base_n: int
    min_n: int
    change: float | None
    change_in_points: bool
    comparable: bool


def kpi_value(now: Mapping[str, Any], before: Mapping[str, Any] | None, key: str,
              unit: str, higher_is_better: bool, min_n: int) -> KpiValue:
    """A card's figure in ``now`` (a period's or the range's KPIs) and its change against
    ``before`` (the previous period's, None when there is none)."""
    value = now.get(key)
    if too_few(now, key, min_n):
        status = "too_few"
    elif key in HISTORY_RATES and now.get("enough_history") is False:
        status = "no_history"
    elif key == "median_days_to_second_order" and value is None and now.get("new_customers"):
        status = "too_recent" if too_recent(now) else "under_half"
    else:
        status = "ok"
    prev = None if before is None else before.get(key)
    change = None
    if status != "too_few" and before is not None and value is not None and prev is not None \
            and not too_few(before, key, min_n) and not (
                key in HISTORY_RATES
                and not (now.get("enough_history") and before.get("enough_history"))):
        if unit == "rate":
            change = value - prev  # a rate changes in points
        elif prev:
            change = (value - prev) / abs(prev)
    base = BASE_OF.get(key)
    return KpiValue(key=key, unit=unit, higher_is_better=higher_is_better, value=value,
                    previous=prev, status=status,
                    base_n=int(now.get(base) or 0) if base else 0, min_n=min_n,
                    change=change, change_in_points=unit == "rate",
                    comparable=before is not None)


@dataclass(frozen=True)
class Headline:
    """The named period every Overview card shows and the one before it (the ``headline``
    of ``metrics kpis``)."""

    grain: str
    calendar: str
    min_n: int
    current: HeadlinePeriod
    previous: HeadlinePeriod | None

    def kpi(self, key: str, unit: str, higher_is_better: bool = True) -> KpiValue:
        """The card of ``key``: its value in the headline period and the change."""
        return kpi_value(self.current.values,
                         None if self.previous is None else self.previous.values,
                         key, unit, higher_is_better, self.min_n)

    def kpis(self) -> tuple[KpiValue, ...]:
        """Every card of :data:`HEADLINE_KPIS`."""
        return tuple(self.kpi(k, u, b) for k, u, b in HEADLINE_KPIS)

    def to_json(self) -> dict[str, Any]:
        """Exactly the ``headline`` block of ``metrics kpis --json``."""
        return {"grain": self.grain, "calendar": self.calendar, "min_n": self.min_n,
                "previous": None if self.previous is None else self.previous.to_json(),
                "current": self.current.to_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Headline:
        """The inverse of :meth:`to_json`."""
        def period(p: Mapping[str, Any] | None) -> HeadlinePeriod | None:
            if p is None:
                return None
            return HeadlinePeriod(date.fromisoformat(p["from"]), date.fromisoformat(p["to"]),
                                  _frozen(p["kpis"]))

        return cls(grain=data["grain"], calendar=data["calendar"], min_n=int(data["min_n"]),
                   current=period(data["current"]), previous=period(data.get("previous")))


@dataclass(frozen=True)
class TrendPoint:
    """The KPIs of one period of the range (a point equals the ``kpis`` metric over it)."""

    period: str
    start: str
    end: str
    complete: bool
    customers: int
    orders: int
    revenue: float
    aov: float | None
    purchase_frequency: float | None
    revenue_per_customer: float | None
    repeat_purchase_rate: float | None
    returning_customer_rate: float | None
    new_customers: int


@dataclass(frozen=True)
class Trend:
    """KPIs per period, oldest first (every period of the range)."""

    grain: str
    points: tuple[TrendPoint, ...]

    @property
    def periods(self) -> tuple[str, ...]:
        """Start dates (ISO) of the periods."""
        return tuple(p.period for p in self.points)

    @property
    def complete(self) -> np.ndarray:
        """Whether each period has ended inside the data."""
        return np.array([p.complete for p in self.points], dtype=bool)

    def column(self, key: str) -> np.ndarray:
        """One KPI per period as floats (NaN where undefined)."""
        values = (getattr(p, key) for p in self.points)
        return np.array([np.nan if v is None else v for v in values], dtype=float)

    def has(self, key: str) -> bool:
        """Whether the trend has a series of ``key``."""
        return key in {f.name for f in fields(TrendPoint)} and key not in (
            "period", "start", "end", "complete")

    def to_json(self) -> dict[str, Any]:
        return {"grain": self.grain, "periods": [asdict(p) for p in self.points]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Trend:
        return cls(data["grain"], tuple(TrendPoint(**p) for p in data["periods"]))


@dataclass(frozen=True)
class CrrRow:
    """Retention of one period: S0 active at the start, N new, E active at the end,
    R (``retained``) of S0 still active at the end."""

    period: str
    start: str
    end: str
    complete: bool
    enough_history: bool
    too_few: bool
    S0: int  # noqa: N815 - the metric's published name
    N: int  # noqa: N815
    E: int  # noqa: N815
    crr: float | None
    retained: int
    crr_strict: float | None
    churned: int
    churn_rate: float | None
    resurrected: int


@dataclass(frozen=True)
class CrrTable:
    """The ``crr`` metric: one :class:`CrrRow` per period."""

    range: Mapping[str, Any]
    grain: str
    window_days: Any
    rows: tuple[CrrRow, ...]

    def row_of(self, period: str) -> CrrRow | None:
        """The row of the period starting at ``period`` (ISO), if any."""
        return next((r for r in self.rows if r.period == period), None)

    def to_json(self) -> dict[str, Any]:
        return {"range": dict(self.range), "grain": self.grain,
                "window_days": self.window_days, "periods": [asdict(r) for r in self.rows]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CrrTable:
        return cls(_frozen(data.get("range") or {}), data.get("grain", ""),
                   data.get("window_days"), tuple(CrrRow(**r) for r in data.get("periods", [])))


@dataclass(frozen=True)
class LifecycleRow:
    """Active customers of one period split into new, returning (continuing) and
    resurrected, and the previous period's actives who did not come back (dormant)."""

    period: str
    start: str
    end: str
    complete: bool
    enough_history: bool
    active: int
    new: int
    returning: int
    resurrected: int
    dormant: int
    quick_ratio: float | None


@dataclass(frozen=True)
class Lifecycle:
    """The ``lifecycle`` metric: one :class:`LifecycleRow` per period."""

    range: Mapping[str, Any]
    grain: str
    rows: tuple[LifecycleRow, ...]

    def to_json(self) -> dict[str, Any]:
        return {"range": dict(self.range), "grain": self.grain,
                "periods": [asdict(r) for r in self.rows]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Lifecycle:
        return cls(_frozen(data.get("range") or {}), data.get("grain", ""),
                   tuple(LifecycleRow(**r) for r in data.get("periods", [])))


@dataclass(frozen=True)
class OverviewResult:
    """Everything the Overview tab shows for one filter.

    Attributes
    ----------
    kpis : Mapping
        The ``kpis`` metric over the whole range (read-only; its many keys are the CLI's).
    headline : Headline or None
        The headline period and the one before it; None when the range has no period.
    """

    kpis: Mapping[str, Any]
    headline: Headline | None
    trend: Trend
    crr: CrrTable
    lifecycle: Lifecycle

    @property
    def customers(self) -> int:
        """Customers in the whole range (0 when none match)."""
        return int(self.kpis.get("customers") or 0)

    def range_kpi(self, key: str, unit: str, higher_is_better: bool, min_n: int) -> KpiValue:
        """A card's value over the whole range, without a change (the cards show it only
        when the range has no period)."""
        return kpi_value(self.kpis, None, key, unit, higher_is_better, min_n)

    def to_json(self) -> dict[str, Any]:
        """The job's former dict form: ``compare``, ``kpis``, ``trend``, ``crr``,
        ``lifecycle``."""
        return {"compare": None if self.headline is None else self.headline.to_json(),
                "kpis": dict(self.kpis), "trend": self.trend.to_json(),
                "crr": self.crr.to_json(), "lifecycle": self.lifecycle.to_json()}

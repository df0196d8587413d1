"""Typed results of the Cohorts job (Qt-free): the matrix of one measure with its mean
row and health scores, and the N-day repeat table.

Built once from the metric payloads (``cohorts`` and ``nday``, the dicts the CLI prints);
``to_json()`` gives those dicts back unchanged. The UI reads fields, not string keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np


@dataclass(frozen=True)
class CohortCell:
    """Cohort at age ``k``: the measure's ``value`` over ``n`` customers (Wilson interval
    for rates); ``complete`` False while the age's period has not ended; ``low_n`` below
    the minimum."""

    k: int
    value: float | None
    n: int
    complete: bool
    ci_low: float | None
    ci_high: float | None
    low_n: bool

    def to_json(self) -> dict[str, Any]:
        return {"k": self.k, "value": self.value, "n": self.n, "complete": self.complete,
                "ci_low": self.ci_low, "ci_high": self.ci_high, "low_n": self.low_n}


@dataclass(frozen=True)
class CohortRow:
    """One cohort: its label (period start or dimension value), size and cells.
    ``already_active``: the export's first cohort (everyone already buying when the data
    start), kept out of the mean."""

    cohort: str
    size: int
    already_active: bool
    cells: tuple[CohortCell, ...]

    def to_json(self) -> dict[str, Any]:
        return {"cohort": self.cohort, "size": self.size, "already_active": self.already_active,
                "cells": [c.to_json() for c in self.cells]}


@dataclass(frozen=True)
class MeanPoint:
    """The weighted mean over ``cohorts`` complete cohorts at age ``k`` (``n`` customers)."""

    k: int
    value: float | None
    n: int
    cohorts: int


@dataclass(frozen=True)
class HealthCell:
    """A cell's value as % of the mean at its age (100 = average)."""

    k: int
    score: float | None
    complete: bool


@dataclass(frozen=True)
class CohortHealth:
    """A cohort's health score: the mean of its complete cells' scores from age 1."""

    cohort: str
    score: float | None
    cells: tuple[HealthCell, ...]

    def to_json(self) -> dict[str, Any]:
        return {"cohort": self.cohort, "score": self.score,
                "cells": [{"k": c.k, "score": c.score, "complete": c.complete}
                          for c in self.cells]}


@dataclass(frozen=True)
class CohortTable:
    """The ``cohorts`` metric of one measure: rows, mean per age and health."""

    range: Mapping[str, Any]
    grain: str
    cohort_by: str
    measure: str
    card: str
    unit: str | None  # "rate" or "money"; None on an empty matrix (the metric has none)
    rows: tuple[CohortRow, ...]
    mean: tuple[MeanPoint, ...]
    health: tuple[CohortHealth, ...]

    @property
    def ages(self) -> list[int]:
        """Every age k that has a cell or a mean value, ascending."""
        return sorted({c.k for r in self.rows for c in r.cells} | {m.k for m in self.mean})

    def arrays(self) -> dict[str, np.ndarray]:
        """The cells as (cohort × age) arrays: ``value``, ``n``, ``ci_low``, ``ci_high``
        (NaN where no cell), ``complete``, ``low_n`` (bool), and ``mean`` per age."""
        ages = self.ages
        col = {k: j for j, k in enumerate(ages)}
        shape = (len(self.rows), len(ages))
        out = {"value": np.full(shape, np.nan), "n": np.zeros(shape),
               "ci_low": np.full(shape, np.nan), "ci_high": np.full(shape, np.nan),
               "complete": np.zeros(shape, dtype=bool), "low_n": np.zeros(shape, dtype=bool)}
        for i, row in enumerate(self.rows):
            for c in row.cells:
                j = col[c.k]
                for name in ("value", "ci_low", "ci_high"):
                    v = getattr(c, name)
                    out[name][i, j] = np.nan if v is None else float(v)
                out["n"][i, j] = float(c.n or 0)
                out["complete"][i, j] = bool(c.complete)
                out["low_n"][i, j] = bool(c.low_n)
        mean = np.full(len(ages), np.nan)
        for m in self.mean:
            if m.value is not None:
                mean[col[m.k]] = float(m.value)
        out["mean"] = mean
        return out

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"range": dict(self.range), "grain": self.grain,
                               "cohort_by": self.cohort_by, "measure": self.measure,
                               "card": self.card}
        if self.unit is not None:
            out["unit"] = self.unit
        return {**out, "cohorts": [r.to_json() for r in self.rows],
                "mean": [{"k": m.k, "value": m.value, "n": m.n, "cohorts": m.cohorts}
                         for m in self.mean],
                "health": [h.to_json() for h in self.health]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CohortTable:
        rows = tuple(CohortRow(r["cohort"], r["size"], r["already_active"],
                               tuple(CohortCell(**c) for c in r["cells"]))
                     for r in data.get("cohorts", []))
        health = tuple(CohortHealth(h["cohort"], h["score"],
                                    tuple(HealthCell(**c) for c in h["cells"]))
                       for h in data.get("health", []))
        return cls(MappingProxyType(dict(data.get("range") or {})), data.get("grain", ""),
                   data.get("cohort_by", ""), data.get("measure", ""), data.get("card", ""),
                   data.get("unit"), rows,
                   tuple(MeanPoint(**m) for m in data.get("mean", [])), health)


@dataclass(frozen=True)
class NdayRate:
    """Of ``eligible`` customers followed ``n`` days after their first order,
    ``repeaters`` ordered again within them; ``cohort`` None on the overall rows."""

    n: int
    eligible: int
    repeaters: int
    rate: float | None
    ci_low: float | None
    ci_high: float | None
    cohort: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"n": self.n, "eligible": self.eligible, "repeaters": self.repeaters,
               "rate": self.rate, "ci_low": self.ci_low, "ci_high": self.ci_high}
        if self.cohort is not None:
            out["cohort"] = self.cohort
        return out


@dataclass(frozen=True)
class NdayRepeat:
    """The ``nday`` metric: overall rates and rates per cohort."""

    range: Mapping[str, Any]
    overall: tuple[NdayRate, ...]
    by_cohort: tuple[NdayRate, ...]
    cohort_by: str

    def to_json(self) -> dict[str, Any]:
        return {"range": dict(self.range), "overall": [r.to_json() for r in self.overall],
                "by_cohort": [r.to_json() for r in self.by_cohort], "cohort_by": self.cohort_by}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NdayRepeat:
        return cls(MappingProxyType(dict(data.get("range") or {})),
                   tuple(NdayRate(**r) for r in data.get("overall", [])),
                   tuple(NdayRate(**r) for r in data.get("by_cohort", [])),
                   data.get("cohort_by", ""))


@dataclass(frozen=True)
class CohortViewResult:
    """Everything the Cohorts tab shows: one matrix and the N-day repeat table."""

    cohorts: CohortTable
    nday: NdayRepeat

    def to_json(self) -> dict[str, Any]:
        """The job's former dict: ``cohorts`` and ``nday`` as the metrics print them."""
        return {"cohorts": self.cohorts.to_json(), "nday": self.nday.to_json()}

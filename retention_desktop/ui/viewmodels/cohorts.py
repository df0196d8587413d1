"""The Cohorts tab's view model: :class:`~retention_desktop.core.engine.cohort_results.CohortViewResult`
→ row labels, the curves to draw, the health series and the N-day table frame.

Pure functions (no widgets); words are translated in the ``CohortsTab`` context (the
strings moved here from the tab keep their translations).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication as Qca  # lupdate reads Qca.translate("ctx", ...)

from retention_desktop.core.engine.cohort_results import CohortTable, CohortViewResult, NdayRepeat
from retention_desktop.ui import fmt

#: Cell value of a rate resting on fewer customers than the minimum: shown as "too few"
#: (negative, so it sorts below every real rate).
TOO_FEW = -1.0
MAX_CURVES = 12


@dataclass(frozen=True)
class CohortsView:
    """The job's result plus the N-day table pivoted in the worker (pandas work kept off
    the GUI thread)."""

    result: CohortViewResult
    nday_frame: pd.DataFrame


def unit_of(table: CohortTable, measure: str) -> str:
    """``"rate"`` or ``"money"`` (an empty matrix carries no unit: the measure decides)."""
    return table.unit or ("money" if measure in ("revenue", "ltv") else "rate")


def already_active(table: CohortTable) -> set[int]:
    """Row indexes of the export's first cohort (everyone already buying when the data
    start: not new customers, kept out of the mean and the curves)."""
    return {i for i, row in enumerate(table.rows) if row.already_active}


def value_label(value: str, by: str) -> str:
    """A dimension cohort's label: the value, or the words for none; by first product
    (``first-product``/``first-category``) "(no product)" and the shared rest's words."""
    product = by.startswith("first-")
    if value in ("None", ""):
        if product:
            return Qca.translate("CohortsTab", "(no product)")
        return Qca.translate("CohortsTab", "(no value)")
    if product and value == "(other products)":
        return Qca.translate("CohortsTab", "(other products)")
    if product and value == "(other categories)":
        return Qca.translate("CohortsTab", "(other categories)")
    return value


def cohort_labels(table: CohortTable, grain: str, by: str | None) -> list[str]:
    """The display label of each row: the period in the user's calendar, or the
    dimension's value; the already-active cohort says so."""
    labels = [fmt.period(r.cohort, grain) if by is None else value_label(r.cohort, by)
              for r in table.rows]
    for i in already_active(table):
        labels[i] = Qca.translate(
            "CohortsTab", "{0} (already active when the data starts)").format(labels[i])
    return labels


def curve_rows(table: CohortTable) -> list[int]:
    """Rows drawn as curves: the newest :data:`MAX_CURVES` cohorts, not the already-active
    one."""
    skip = already_active(table)
    return [i for i in range(len(table.rows)) if i not in skip][-MAX_CURVES:]


def health_series(table: CohortTable, labels: list[str]) -> tuple[list[str], np.ndarray]:
    """(categories, scores) of the health chart (NaN where a cohort has no score)."""
    by_cohort = dict(zip((r.cohort for r in table.rows), labels, strict=False))
    categories = [by_cohort.get(str(h.cohort), str(h.cohort)) for h in table.health]
    scores = np.array([np.nan if h.score is None else h.score for h in table.health],
                      dtype=float)
    return categories, scores


def nday_frame(nday: NdayRepeat, min_n: int = 0) -> pd.DataFrame:
    """The N-day repeat table as shown: one row per cohort (first the overall row, with
    cohort ``None``), ``customers`` and one rate column per N (``"30d"``); a rate of
    fewer than ``min_n`` observed customers is :data:`TOO_FEW`."""
    if not nday.by_cohort:
        return pd.DataFrame()

    def shown(r) -> float:
        few = 0 < r.eligible < min_n
        return TOO_FEW if few else (np.nan if r.rate is None else float(r.rate))

    per = pd.DataFrame({"cohort": [r.cohort for r in nday.by_cohort],
                        "n": [r.n for r in nday.by_cohort],
                        "eligible": [r.eligible for r in nday.by_cohort],
                        "rate": [shown(r) for r in nday.by_cohort]})
    wide = per.pivot_table(index="cohort", columns="n", values="rate", aggfunc="first",
                           sort=False)
    elig = per.pivot_table(index="cohort", columns="n", values="eligible", aggfunc="first",
                           sort=False)
    wide.columns = [f"{int(c)}d" for c in wide.columns]
    wide.insert(0, "customers", elig.max(axis=1).astype(int))
    wide = wide.reset_index()
    if nday.overall:
        row = {"cohort": None, "customers": max(r.eligible for r in nday.overall)}
        row.update({f"{r.n}d": shown(r) for r in nday.overall})
        wide = pd.concat([pd.DataFrame([row]), wide], ignore_index=True)
        wide.attrs["overall_row"] = True
    return wide


def nday_display(wide: pd.DataFrame) -> pd.DataFrame:
    """The frame with the overall row named "All cohorts"."""
    if wide.attrs.get("overall_row"):
        wide = wide.copy()
        wide.loc[0, "cohort"] = Qca.translate("CohortsTab", "All cohorts")
    return wide


def nday_rate_text(value: float) -> str:
    """A rate cell of the N-day table, or "too few"."""
    return Qca.translate("CohortsTab", "too few") if value == TOO_FEW else fmt.percent(value)


@dataclass(frozen=True)
class CellCustomers:
    """The customers behind one heatmap cell as listed: ``total`` of them, the first
    ``len(frame)`` shown (``truncated``)."""

    frame: pd.DataFrame
    total: int
    truncated: bool


def cell_customers(result: dict) -> CellCustomers:
    """The drill-down job's answer (:func:`~retention_desktop.core.engine.cohorts.
    customers_in_cell`) as the customer table shows it."""
    frame = pd.DataFrame(result.get("customers", []),
                         columns=["customer_id", "first_order", "last_order", "orders",
                                  "revenue", "value"])
    return CellCustomers(frame, int(result.get("total", len(frame))),
                         bool(result.get("truncated")))

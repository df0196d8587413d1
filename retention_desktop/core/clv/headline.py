# ruff: noqa: N803, N806  (T is the model's notation for customer age)
"""The report's CLV card without the Customers tab's per-customer tables.

:func:`core.clv.analysis.analyse_transactions` scores every customer (RFM, stages,
movement, tracking curve) from a pandas frame of orders with string ids: ~7 s of CPU at
1M orders. The card needs far less: the per-customer ``(x, t_x, T, m)`` summary for the
scoring fit, the same summary up to the automatic calibration end for the holdout check,
and the mean CLV. Here both summaries (and the net/gross share per customer) are read off
the engine's working data for the filter, which the report has already prepared (sorted
numpy arrays, no SQL), and the fits and predictions run on the distinct rows; the fits
are the same functions on the same numbers (sums may differ in the last bits).

The figures equal :func:`analyse_transactions`'s (see ``tests/clv/test_headline.py``):
the same CLV mean, the same model checks (parameter checks of both fits and the holdout
total). Cases the card rarely meets — no scoring fit, a stage/segment filter — go through
the full analysis instead (:mod:`.report`).
"""

from __future__ import annotations

import copy
import math
import threading
from dataclasses import dataclass

import numpy as np

from retention_desktop.core.clv._fit import ConvergenceError, collapse
from retention_desktop.core.clv.bgnbd import BGNBDParams, fit_bgnbd
from retention_desktop.core.clv.diagnostics import fit_problems
from retention_desktop.core.clv.gamma_gamma import fit_gamma_gamma
from retention_desktop.core.clv.summary import round_half_up
from retention_desktop.core.clv.value import discounted_purchases
from retention_desktop.core.engine.base import validate_spec
from retention_desktop.core.engine.spec import FilterSpec, Settings

#: The card's model options: ``CLVOptions()``'s defaults (horizon, monthly discount, unit).
CARD_HORIZON_MONTHS, CARD_DISCOUNT, CARD_UNIT = 12, 0.01, "weeks"
#: Days of history below which the analysis skips its holdout check (12 weeks).
MIN_HOLDOUT_SPAN_DAYS = 12 * 7

@dataclass(frozen=True)
class _Holdout:
    """What :func:`diagnostics.fit_problems` reads of a holdout check."""

    params: BGNBDParams
    actual_total: float
    predicted_total: float

    @property
    def relative_error(self) -> float:
        return ((self.predicted_total - self.actual_total) / self.actual_total
                if self.actual_total else float("nan"))


def _summary(store, spec: FilterSpec, settings: Settings) -> dict[str, np.ndarray] | None:
    """Per customer: the whole-history summary, the calibration cut (automatic end at two
    thirds of the span, as in ``analysis._add_calibration``) and net/gross revenue.

    Read off the engine's working data for the filter (:func:`prepare`: the report has
    just prepared it, so no SQL runs): documents sorted by customer and time, with each
    customer's whole history up to the range end, as the models need it.
    """
    from retention_desktop.core.engine.prepared import prepare

    spec = spec.with_(lifecycle_stage=None, rfm_segment=None)
    validate_spec(store.cursor(), spec)  # an unknown column is named, as the loader does
    prep = prepare(store, spec, settings)
    docs = prep.docs
    n_cust = len(prep.cust.get("first_day", ()))
    if not n_cust or not len(docs.get("cust", ())):
        return None
    order = docs["is_order"].astype(bool)
    cust, day = docs["cust"][order], docs["day"][order].astype(np.int64)
    # An order's amount is its revenue under either policy (only returns differ).
    amt = np.nan_to_num(docs["rev"][order].astype(float))
    # One transaction per customer and calendar day: runs in the sorted orders.
    start = np.ones(cust.size, dtype=bool)
    start[1:] = (cust[1:] != cust[:-1]) | (day[1:] != day[:-1])
    at = np.flatnonzero(start)
    d_cust, d_day, d_amt = cust[at], day[at], np.add.reduceat(amt, at)
    d0, d1 = int(d_day.min()), int(d_day.max())
    cal_end = d0 + (d1 - d0) * 2 // 3
    first_run = np.ones(d_cust.size, dtype=bool)
    first_run[1:] = d_cust[1:] != d_cust[:-1]
    last_run = np.ones(d_cust.size, dtype=bool)
    last_run[:-1] = first_run[1:]
    days = np.bincount(d_cust, minlength=n_cust).astype(float)
    in_cal = d_day <= cal_end
    cal_last = np.full(n_cust, np.nan)
    # runs are in day order within a customer: the last calibration run is its last day
    cal_last_run = in_cal & (last_run | ~np.append(in_cal[1:], False))
    cal_last[d_cust[cal_last_run]] = d_day[cal_last_run] - d0
    cal_days = np.bincount(d_cust[in_cal], minlength=n_cust).astype(float)
    first = np.full(n_cust, np.nan)
    first[d_cust[first_run]] = d_day[first_run] - d0
    last = np.full(n_cust, np.nan)
    last[d_cust[last_run]] = d_day[last_run] - d0
    first_amt = np.zeros(n_cust)
    first_amt[d_cust[first_run]] = d_amt[first_run]
    total = np.bincount(d_cust, weights=d_amt, minlength=n_cust)
    net = np.bincount(docs["cust"], weights=np.nan_to_num(docs["rev"].astype(float)),
                      minlength=n_cust)
    return {"first": first, "last": last, "days": days, "total": total,
            "first_amt": first_amt, "cal_last": cal_last, "cal_days": cal_days,
            "hold_days": days - cal_days, "net": net, "gross": total,
            "span_days": np.array([float(d1 - d0)]),
            "cal_end": np.array([float(cal_end - d0)])}


def fast_headline(store, spec: FilterSpec, settings: Settings) -> dict | None:
    """The CLV card as :func:`core.clv.report.clv_headline` returns it (None for a
    project without orders).

    Raises
    ------
    NeedFull
        The scoring fit failed: the full analysis words the reason.
    """
    s = _summary(store, spec, settings)
    if s is None:
        return None
    per = 7.0  # CARD_UNIT: weeks
    first, last, days = s["first"], s["last"], s["days"]
    x, t_x, T = days - 1, (last - first) / per, (s["span_days"][0] - first) / per
    with np.errstate(invalid="ignore", divide="ignore"):
        m = np.where(x > 0, (s["total"] - s["first_amt"]) / np.maximum(x, 1), 0.0)
    m = round_half_up(m, 2)
    # One collapse to distinct rows for the fit and the predictions (fit_bgnbd would
    # make the same one itself).
    (ux, ut, ua), w, inv = collapse([x, t_x, T])
    bg, gg = _fit((ux, ut, ua, w), x, m)
    if bg is None:
        raise NeedFull
    mean_spend = float(s["total"].sum() / days.sum())
    disc = discounted_purchases(bg, ux, ut, ua, horizon_months=CARD_HORIZON_MONTHS,
                                discount=CARD_DISCOUNT, unit=CARD_UNIT)[inv]
    spend = gg.expected_spend(x, m) if gg is not None else np.full(len(x), mean_spend)
    clv = settings.gross_margin_pct / 100 * spend * disc
    if settings.revenue_policy == "net":
        net, gross = s["net"], s["gross"]
        with np.errstate(invalid="ignore", divide="ignore"):
            kept = np.where(gross > 0, np.clip(net / gross, 0.0, 1.0), 1.0)
        clv = clv * np.where(np.isfinite(kept), kept, 1.0)
    holdout = _holdout(s, first, per)
    value = float(clv.mean())
    problems = fit_problems(bg, holdout)
    return {"value": value if math.isfinite(value) else None, "model_ok": not problems,
            "problems": problems}


class NeedFull(Exception):  # noqa: N818 - a signal, not an error
    """The fast path cannot reproduce the analysis's answer: run the full analysis."""


def _fit(rows, x, m):
    """The scoring fits as ``analysis._fit_models`` makes them (None on failure);
    ``rows``: the distinct ``(x, t_x, T)`` and their weights."""
    ux, ut, ua, w = rows
    try:
        bg = fit_bgnbd(ux, ut, ua, weights=w)
    except (ConvergenceError, ValueError):
        return None, None
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            gg = fit_gamma_gamma(x, m)
        except ConvergenceError:
            gg = None
    if gg is not None and gg.q <= 1:
        gg = None
    return bg, gg


def _holdout(s: dict, first: np.ndarray, per: float) -> _Holdout | None:
    """The automatic holdout check's totals (``analysis._add_calibration``)."""
    span, cal_end = float(s["span_days"][0]), float(s["cal_end"][0])
    if span < MIN_HOLDOUT_SPAN_DAYS:
        return None
    keep = first <= cal_end
    x = s["cal_days"][keep] - 1
    t_x = (s["cal_last"][keep] - first[keep]) / per
    T = (cal_end - first[keep]) / per
    (ux, ut, ua), w, _ = collapse([x, t_x, T])
    try:
        bg = fit_bgnbd(ux, ut, ua, weights=w)
    except (ConvergenceError, ValueError):
        return None
    pred = bg.conditional_expected_purchases((span - cal_end) / per, ux, ut, ua)
    return _Holdout(params=bg, actual_total=float(s["hold_days"][keep].sum()),
                    predicted_total=float(np.sum(pred * w)))


def headline_from_result(store, spec: FilterSpec, settings: Settings, result) -> dict:
    """The card's figures from a finished analysis with the card's options (after
    :func:`~retention_desktop.core.clv.analysis.apply_customer_filters`)."""
    if result.bgnbd is None or result.customers.empty:
        return {"value": None, "model_ok": False, "problems": list(result.warnings)}
    clv = result.customers["clv"]
    if settings.revenue_policy == "net":
        clv = clv * _kept_share(store, spec, settings).reindex(clv.index).fillna(1.0)
    value = float(clv.mean())
    return {"value": value if math.isfinite(value) else None, "model_ok": result.model_ok,
            "problems": list(result.model_problems)}


def _kept_share(store, spec: FilterSpec, settings: Settings):
    """Per customer, net / gross revenue (returns and cancellations taken off), in
    [0, 1]: the CLV model predicts gross order spend."""
    import pandas as pd

    from retention_desktop.core.engine.base import base_sql

    sql, params = base_sql(spec.with_(lifecycle_stage=None, rfm_segment=None),
                           settings.with_(revenue_policy="net"))
    rows = store.cursor().execute(
        sql + " SELECT CAST(customer_id AS VARCHAR), sum(rev), "
        "sum(revenue) FILTER (WHERE kind = 'order') FROM base_docs GROUP BY 1", params,
    ).fetchall()
    share = {cid: min(max(net / gross, 0.0), 1.0) for cid, net, gross in rows
             if gross and gross > 0}
    return pd.Series(share, dtype=float)


# ------------------------------------------------------------------------ cache
_LOCK = threading.Lock()
#: Distinct (filter, settings) answers kept per data version.
MAX_ENTRIES = 16


class _FromResult:
    """A card still to be read off a Customers-tab analysis (only if the report asks)."""

    def __init__(self, store, spec: FilterSpec, settings: Settings, result) -> None:
        # Keep only what the card reads, not the analysis's tables.
        slim = copy.copy(result)
        slim.customers = result.customers[["clv"]]
        slim.daily = slim.stage_transitions = slim.segment_transitions = None
        slim.contacts = None
        self.compute = lambda: headline_from_result(store, spec, settings, slim)


def forget(store) -> None:
    """Drop the project's remembered cards (benchmarks: time a cold report)."""
    with _LOCK:
        store._clv_headline_cache = None


def _entries(store, version: int) -> dict:
    cache = getattr(store, "_clv_headline_cache", None)
    if cache is None or cache[0] != version:
        cache = (version, {})
        store._clv_headline_cache = cache
    return cache[1]


def cached_headline(store, spec: FilterSpec, settings: Settings, compute) -> dict | None:
    """``compute()`` once per (data version, filter, settings) of an open project.

    An import bumps ``store.data_version`` and so drops every earlier answer; a store
    without a version (a stand-in) is not cached. A Customers-tab analysis with the
    card's options (:func:`remember_analysis`) answers without a fit of its own.
    """
    version = getattr(store, "data_version", None)
    if version is None:
        return compute()
    key = (spec, settings)
    with _LOCK:
        entries = _entries(store, version)
        value = entries.get(key, _MISSING)
    if isinstance(value, _FromResult):
        compute = value.compute
    elif value is not _MISSING:
        return value
    value = compute()
    with _LOCK:
        entries = _entries(store, version)
        if store.data_version == version and (key in entries or len(entries) < MAX_ENTRIES):
            entries[key] = value
    return value


def remember_analysis(store, spec: FilterSpec | None, settings: Settings | None, options,
                      result, version: int) -> None:
    """Let the report's CLV card reuse a Customers-tab analysis of the same data.

    Only an analysis with the card's model options qualifies (automatic holdout,
    12 months, 1 % a month, the project's margin, weekly units, no penalty); the stage
    rules do not change the card. ``version`` is the data version the job read.
    """
    if not hasattr(store, "data_version"):
        return
    spec, settings = spec or FilterSpec(), settings or Settings()
    if options is not None and not (
            options.calibration_end is None and not options.holdout_days
            and options.as_of is None and options.horizon_months == CARD_HORIZON_MONTHS
            and options.discount == CARD_DISCOUNT and options.unit == CARD_UNIT
            and options.penalizer == 0
            and (options.margin is None or options.margin == settings.gross_margin_pct / 100)):
        return
    entry = _FromResult(store, spec, settings, result)
    with _LOCK:
        entries = _entries(store, version)
        if store.data_version == version and len(entries) < MAX_ENTRIES:
            entries.setdefault((spec, settings), entry)


_MISSING = object()

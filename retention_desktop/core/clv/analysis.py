"""Customer-value analysis of a whole shop: one call from transactions to per-customer
scores (P(alive), CLV, RFM, stage), model fits, holdout check and stage movement.

:func:`analyse_transactions` is pure (a DataFrame in, a result out);
:func:`customer_value_job` is the long-job generator the CLI and the GUI runner drive.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from retention_desktop.core.clv import rfm, stages
from retention_desktop.core.clv._fit import ConvergenceError, collapse
from retention_desktop.core.clv.bgnbd import BGNBDParams, fit_bgnbd
from retention_desktop.core.clv.diagnostics import fit_problems
from retention_desktop.core.clv.gamma_gamma import GammaGammaParams, fit_gamma_gamma
from retention_desktop.core.clv.holdout import HoldoutResult, holdout_check
from retention_desktop.core.clv.summary import daily_transactions, summarise, unit_days
from retention_desktop.core.clv.value import (
    ROUGH_REPEAT_CUSTOMERS,
    discounted_purchases,
    month_length,
    value_intervals,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.tasks import CancelToken, Job, Progress


@dataclass(frozen=True)
class CLVOptions:
    """Inputs of a customer-value run (frozen so a background job can hold a snapshot).

    Parameters
    ----------
    calibration_end : date, optional
        Fit on purchases up to this day and validate on the rest. Without it the
        holdout check uses ``holdout_days`` or an automatic split at two thirds of the
        history.
    holdout_days : int, optional
        Hold out the last this many days of history for the check (ignored when
        ``calibration_end`` is given).
    horizon_months : int
        CLV horizon.
    discount : float
        Monthly discount rate (0.01 = 1 % a month).
    margin : float, optional
        Gross margin fraction; default ``Settings.gross_margin_pct / 100``.
    unit : {'weeks', 'days'}
        Model time unit.
    penalizer : float
        Optional L2 penalty for both model fits.
    as_of : date, optional
        Score customers as of this day (default: the last purchase day).
    p_alive_threshold : float, optional
        Also call customers *at risk* below this P(alive) (off by default).
    overdue_factor : float
        Stage rules (see :class:`stages.StageRules`).
    """

    calibration_end: date | None = None
    holdout_days: int | None = None
    horizon_months: int = 12
    discount: float = 0.01
    margin: float | None = None
    unit: str = "weeks"
    penalizer: float = 0.0
    as_of: date | None = None
    p_alive_threshold: float | None = None
    overdue_factor: float = 1.5


@dataclass
class CustomerValueResult:
    """Everything the Customers tab, the CLI and the lists need.

    ``customers`` is indexed by ``customer_id``; its columns are documented in
    :func:`analyse_transactions`.
    """

    customers: pd.DataFrame
    daily: pd.DataFrame
    as_of: pd.Timestamp
    options: CLVOptions
    margin: float
    stage_rules: stages.StageRules
    bgnbd: BGNBDParams | None = None
    gamma_gamma: GammaGammaParams | None = None
    calibration: dict | None = None
    calibration_models: tuple[BGNBDParams, GammaGammaParams | None] | None = None
    holdout: HoldoutResult | None = None
    rough: bool = False
    repeat_customers: int = 0
    stage_transitions: pd.DataFrame | None = None
    segment_transitions: pd.DataFrame | None = None
    transition_from: pd.Timestamp | None = None
    stage_then: pd.Series | None = None
    segment_then: pd.Series | None = None
    model_customers: int = 0
    model_repeat_customers: int = 0
    customer_filter: bool = False
    contacts: pd.DataFrame = field(default_factory=pd.DataFrame)
    warnings: list[str] = field(default_factory=list)
    model_problems: list[str] = field(default_factory=list)

    @property
    def model_ok(self) -> bool:
        """A fit exists and passed the checks of :mod:`.diagnostics`."""
        return self.bgnbd is not None and not self.model_problems

    def segment_summary(self) -> pd.DataFrame:
        """Customers, revenue and CLV per RFM segment (all 11, in display order)."""
        return _group_summary(self.customers, "segment", rfm.SEGMENTS)

    def stage_summary(self) -> pd.DataFrame:
        """Customers, revenue and CLV per lifecycle stage."""
        return _group_summary(self.customers, "stage", stages.STAGES)

    def to_dict(self) -> dict:
        """JSON-ready summary (no per-customer rows).

        With an explicit calibration end, ``bgnbd``/``gamma_gamma``/``customers``/
        ``repeat_customers`` describe the calibration-period fit (the one validated by
        ``holdout``) and ``scoring`` the all-history fit behind the per-customer scores.
        """
        bg, gg = self.bgnbd, self.gamma_gamma
        n, repeat = int(len(self.customers)), self.repeat_customers
        scoring = None
        if self.calibration is not None and self.calibration_models is not None:
            scoring = {"bgnbd": bg.to_dict() if bg else None,
                       "gamma_gamma": gg.to_dict() if gg else None,
                       "customers": n, "repeat_customers": repeat}
            bg, gg = self.calibration_models
            n, repeat = self.calibration["customers"], self.calibration["repeat_customers"]
        out: dict = {
            "as_of": self.as_of.date().isoformat(),
            "unit": self.options.unit,
            "horizon_months": self.options.horizon_months,
            "discount": self.options.discount,
            "margin": self.margin,
            "customers": n,
            "repeat_customers": repeat,
            "model_customers": self.model_customers or n,
            "model_repeat_customers": self.model_repeat_customers or repeat,
            "rough": self.rough,
            "bgnbd": bg.to_dict() if bg else None,
            "gamma_gamma": gg.to_dict() if gg else None,
            "clv_total": _f(self.customers["clv"].sum(min_count=1)),
            "clv_mean": _f(self.customers["clv"].mean()),
            "expected_purchases_total": _f(self.customers["expected_purchases"].sum(min_count=1)),
            "alive_share": _f(self.customers["p_alive"].mean()),
            "holdout": self.holdout.to_dict() if self.holdout else None,
            "warnings": list(self.warnings),
            "model_ok": self.model_ok,
            "model_problems": list(self.model_problems),
        }
        if scoring is not None:
            out["calibration_end"] = self.calibration["calibration_end"]
            out["scoring"] = scoring
        return out


def _f(value) -> float | None:
    return None if value is None or not np.isfinite(value) else float(value)


def _group_summary(customers: pd.DataFrame, column: str, order: tuple[str, ...]) -> pd.DataFrame:
    g = customers.groupby(column)
    out = pd.DataFrame({
        "customers": g.size(),
        "revenue": g["revenue"].sum(),
        "clv": g["clv"].sum(min_count=1),
        "clv_mean": g["clv"].mean(),
        "p_alive_mean": g["p_alive"].mean(),
    }).reindex(list(order))
    out["customers"] = out["customers"].fillna(0).astype(int)
    out["revenue"] = out["revenue"].fillna(0.0)
    total = max(int(out["customers"].sum()), 1)
    out["share"] = out["customers"] / total
    out.index.name = column
    return out


def _fit_models(summary_table: pd.DataFrame, options: CLVOptions, notes: list[str]):
    t = summary_table
    x, tx, big_t, m = (t[c].to_numpy() for c in ("frequency", "recency", "T", "monetary_value"))
    bg = gg = None
    try:
        bg = fit_bgnbd(x, tx, big_t, penalizer=options.penalizer)
    except (ConvergenceError, ValueError) as exc:
        notes.append(str(exc))
    if bg is not None:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                gg = fit_gamma_gamma(x, m, penalizer=options.penalizer)
            except ConvergenceError as exc:
                notes.append(str(exc))
        notes.extend(str(w.message) for w in caught)
        if gg is not None and gg.q <= 1:
            notes.append("The spend model is unstable (q ≤ 1); using average spend instead.")
            gg = None
    return bg, gg


def analyse_transactions(tx: pd.DataFrame, options: CLVOptions | None = None,
                         settings: Settings | None = None,
                         contacts: pd.DataFrame | None = None) -> CustomerValueResult:
    """Score every customer.

    Parameters
    ----------
    tx : pandas.DataFrame
        ``customer_id``, ``ts``, ``revenue`` (orders of identified customers).

    Returns
    -------
    CustomerValueResult
        ``customers`` columns: ``orders``, ``revenue``, ``first_purchase``,
        ``last_purchase``, ``frequency``, ``recency``, ``T``, ``monetary_value``,
        ``p_alive``, ``expected_purchases`` (next horizon), ``p_purchase_next_month``,
        ``expected_spend``, ``clv`` (and ``p_alive_low/high``, ``clv_low/high`` when
        rough), ``R``, ``F``, ``M``, ``rfm_score``, ``segment``, ``stage``,
        ``rhythm_days``, ``days_since_last``, ``next_due``, ``overdue_days``.
    """
    options = options or CLVOptions()
    settings = settings or Settings()
    margin = options.margin if options.margin is not None else settings.gross_margin_pct / 100
    notes: list[str] = []
    daily = daily_transactions(tx)
    if daily.empty:
        raise ValueError("The project has no orders of identified customers yet.")
    as_of = pd.Timestamp(options.as_of) if options.as_of else daily["day"].max()
    daily = daily[daily["day"] <= as_of]

    score = summarise(daily.rename(columns={"day": "ts"}), calibration_end=as_of, unit=options.unit)
    table = score.table
    bg, gg = _fit_models(table, options, notes)
    repeat = int((table["frequency"] > 0).sum())
    x, tx_, big_t, m = (table[c].to_numpy() for c in ("frequency", "recency", "T", "monetary_value"))
    # BG/NBD quantities depend on (x, t_x, T) only: compute them once per distinct row.
    (ux, ut, u_age), _, inv = collapse([x, tx_, big_t])
    mean_spend = float(table["revenue"].sum() / table["orders"].sum())
    horizon_t = options.horizon_months * month_length(options.unit)
    rough = repeat < ROUGH_REPEAT_CUSTOMERS
    nan = np.full(len(table), np.nan)
    if bg is not None:
        table["p_alive"] = bg.p_alive(ux, ut, u_age)[inv]
        table["expected_purchases"] = bg.conditional_expected_purchases(
            horizon_t, ux, ut, u_age)[inv]
        table["p_purchase_next_month"] = bg.p_any_purchase(
            month_length(options.unit), ux, ut, u_age)[inv]
        spend = gg.expected_spend(x, m) if gg is not None else np.full(len(table), mean_spend)
        table["expected_spend"] = spend
        disc = discounted_purchases(bg, ux, ut, u_age, horizon_months=options.horizon_months,
                                    discount=options.discount, unit=options.unit)[inv]
        table["clv"] = margin * spend * disc
        if rough:
            kw = dict(horizon_months=options.horizon_months, discount=options.discount,
                      margin=margin, unit=options.unit, mean_spend=mean_spend)
            # Small shops can still have many one-time buyers: draw on distinct rows only.
            (vx, vt, va, vm), _, vinv = collapse([x, tx_, big_t, m])
            for name, values in value_intervals(bg, gg, vx, vt, va, vm, **kw).items():
                table[name] = values[vinv]
            notes.append(f"Only {repeat} repeat customers (fewer than {ROUGH_REPEAT_CUSTOMERS}): "
                         "predictions are rough; see the intervals.")
    else:
        for name in ("p_alive", "expected_purchases", "p_purchase_next_month",
                     "expected_spend", "clv"):
            table[name] = nan

    scores = rfm.rfm_table(daily, as_of)
    rules = stages.StageRules(window_days=settings.activity_window_days,
                              overdue_factor=options.overdue_factor,
                              p_alive_threshold=options.p_alive_threshold)
    p_alive = table["p_alive"] if bg is not None else None
    st = stages.lifecycle_stages(daily, as_of, rules, p_alive=p_alive)
    customers = table.join(scores[["R", "F", "M", "rfm_score", "segment"]]).join(
        st[["stage", "rhythm_days", "days_since_last", "next_due", "overdue_days"]])

    result = CustomerValueResult(
        customers=customers, daily=daily, as_of=as_of, options=options, margin=margin,
        stage_rules=rules, bgnbd=bg, gamma_gamma=gg, rough=rough, repeat_customers=repeat,
        contacts=contacts if contacts is not None else pd.DataFrame(), warnings=notes)
    _add_calibration(result, daily, options, notes)
    result.model_problems = fit_problems(bg, result.holdout)
    if result.model_problems:
        notes.append("The customer-value model does not fit this shop well; its CLV and "
                     "P(alive) are guesses (historical value shown instead). "
                     + " ".join(result.model_problems))
    _add_transitions(result, daily, rules)
    return result


def _add_calibration(result: CustomerValueResult, daily: pd.DataFrame, options: CLVOptions,
                     notes: list[str]) -> None:
    first, last = daily["day"].min(), result.as_of
    if options.calibration_end is not None or options.holdout_days:
        cal_end = (pd.Timestamp(options.calibration_end) if options.calibration_end is not None
                   else last - pd.Timedelta(days=int(options.holdout_days)))
        if not first <= cal_end < last:
            raise ValueError(f"The calibration end {cal_end.date()} must fall between the first "
                             f"({first.date()}) and the last purchase day ({last.date()}).")
    else:
        span = (last - first).days
        if span < 12 * 7:
            notes.append("Less than 12 weeks of history: no holdout check.")
            return
        cal_end = first + pd.Timedelta(days=int(span * 2 / 3))
    cal = summarise(daily.rename(columns={"day": "ts"}), calibration_end=cal_end,
                    observation_end=last, unit=options.unit)
    cal_notes: list[str] = []
    bg, gg = _fit_models(cal.table, options, cal_notes)
    if bg is None:
        notes.append("Holdout check skipped: " + " ".join(cal_notes))
        return
    result.holdout = holdout_check(bg, cal, daily)
    if options.calibration_end is not None:
        # The user asked for this calibration period: report its fits as the main ones.
        result.calibration_models = (bg, gg)
        result.calibration = {"calibration_end": cal_end.date().isoformat(),
                              "customers": int(len(cal.table)),
                              "repeat_customers": int((cal.table["frequency"] > 0).sum())}
        notes.extend(cal_notes)


def _add_transitions(result: CustomerValueResult, daily: pd.DataFrame,
                     rules: stages.StageRules) -> None:
    date_a = result.as_of - pd.Timedelta(days=rules.window_days)
    if date_a < daily["day"].min():
        return
    result.transition_from = date_a
    # The as-of labels are already computed (identical rules unless the P(alive) rule,
    # which has no history, is on).
    if rules.p_alive_threshold is None:
        stage_now = result.customers["stage"]
    else:
        stage_now = stages.lifecycle_stages(daily, result.as_of, rules)["stage"]
    stage_then = stages.lifecycle_stages(daily, date_a, rules)["stage"]
    result.stage_then = stage_then
    result.stage_transitions = stages.transition_matrix(stage_then, stage_now, stages.STAGES)
    before = rfm.rfm_table(daily, date_a)["segment"]
    result.segment_then = before
    result.segment_transitions = stages.transition_matrix(
        before, result.customers["segment"], rfm.SEGMENTS)


def apply_customer_filters(result: CustomerValueResult, spec: FilterSpec | None) -> None:
    """Keep only customers in ``spec.lifecycle_stage`` / ``spec.rfm_segment`` (in place).

    The models stay fitted on the whole shop (``bgnbd``, ``holdout``, ``rough`` and
    ``model_customers`` / ``model_repeat_customers`` describe that fit); the customer
    counts, the repeat customers and the movement tables describe the chosen customers.
    """
    fitted = result.customers
    result.model_customers = int(len(fitted))
    result.model_repeat_customers = int(result.repeat_customers)
    if spec is None or not (spec.lifecycle_stage or spec.rfm_segment):
        return
    keep = pd.Series(True, index=fitted.index)
    if spec.lifecycle_stage:
        keep &= fitted["stage"] == spec.lifecycle_stage
    if spec.rfm_segment:
        keep &= fitted["segment"] == spec.rfm_segment
    result.customer_filter = True
    result.customers = fitted[keep]
    result.repeat_customers = int((result.customers["frequency"] > 0).sum())
    if result.transition_from is None:
        return
    # Movement of the chosen customers only: where today's group came from.
    if result.stage_transitions is not None and result.stage_then is not None:
        now = (result.customers["stage"] if result.stage_rules.p_alive_threshold is None
               else stages.lifecycle_stages(result.daily, result.as_of,
                                            result.stage_rules)["stage"].reindex(
                                                result.customers.index))
        result.stage_transitions = stages.transition_matrix(result.stage_then, now,
                                                            stages.STAGES)
    if result.segment_then is not None:
        result.segment_transitions = stages.transition_matrix(
            result.segment_then, result.customers["segment"], rfm.SEGMENTS)


def customer_value_job(project, spec: FilterSpec | None, settings: Settings | None,
                       options: CLVOptions | None, token: CancelToken,
                       ) -> Job[CustomerValueResult]:
    """Long job: load a project's orders and run :func:`analyse_transactions`.

    Parameters
    ----------
    project : ProjectStore or path
        An open store (the GUI's; read through its own cursor) or a project file,
        opened read-only for the duration of the job (CLI).

    Yields :class:`Progress`; returns a :class:`CustomerValueResult`.
    """
    from retention_desktop.core.clv.loader import load_contacts, load_transactions
    from retention_desktop.core.store import ProjectStore

    yield Progress(0.05, "Reading orders")
    as_of = options.as_of if options else None
    version = getattr(project, "data_version", None)
    if isinstance(project, ProjectStore):
        tx = load_transactions(project, spec, settings, as_of=as_of)
        contacts = load_contacts(project)
    else:
        with ProjectStore(project, read_only=True) as store:
            tx = load_transactions(store, spec, settings, as_of=as_of)
            contacts = load_contacts(store)
    token.raise_if_cancelled()
    yield Progress(0.3, "Fitting customer models")
    result = analyse_transactions(tx, options, settings, contacts)
    token.raise_if_cancelled()
    apply_customer_filters(result, spec)
    if isinstance(project, ProjectStore):
        # The report's CLV card for this filter can be read off this analysis.
        from retention_desktop.core.clv.headline import remember_analysis

        remember_analysis(project, spec, settings, options, result, version)
    yield Progress(1.0, "Done")
    return result


def p_alive_history(result: CustomerValueResult, customer_id: str, step_days: int = 7,
                    ) -> pd.DataFrame:
    """P(alive) of one customer over time (weekly), as the model sees it at each date."""
    bg = result.bgnbd
    days = np.sort(result.daily.loc[result.daily["customer_id"] == customer_id, "day"].to_numpy())
    if bg is None or days.size == 0:
        return pd.DataFrame({"date": pd.Series([], dtype="datetime64[ns]"), "p_alive": []})
    per = unit_days(result.options.unit)
    grid = pd.date_range(days[0], result.as_of, freq=f"{step_days}D")
    if grid[-1] != result.as_of:
        grid = grid.append(pd.DatetimeIndex([result.as_of]))
    counts = np.searchsorted(days, grid.to_numpy(), side="right")
    last = days[counts - 1]
    x = counts - 1
    t_x = (last - days[0]) / np.timedelta64(1, "D") / per
    big_t = (grid.to_numpy() - days[0]) / np.timedelta64(1, "D") / per
    return pd.DataFrame({"date": grid, "p_alive": bg.p_alive(x, t_x, np.maximum(big_t, 1e-9))})

# ruff: noqa: N803, N806  (T is the model's notation for customer age)
"""Customer lifetime value from BG/NBD purchases and Gamma-Gamma spend.

CLV over ``H`` months with monthly discount rate ``d`` and gross margin ``m``::

    CLV = m · Σ_{k=1..H} E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1 + d)^k

where ``f`` is the length of a month in model time units and ``E[X(t)]`` the
conditional expected number of purchases in the next ``t`` (BG/NBD). Also the
small-shop guard: with few repeat customers, intervals from the parameters'
sampling distribution (Hessian-based normal on log-parameters).
"""

from __future__ import annotations

import numpy as np

from retention_desktop.core.clv._fit import collapse
from retention_desktop.core.clv.bgnbd import BGNBDParams
from retention_desktop.core.clv.gamma_gamma import GammaGammaParams
from retention_desktop.core.clv.summary import DAYS_PER_MONTH, unit_days

#: Fewer repeat customers than this and predictions are flagged as rough.
ROUGH_REPEAT_CUSTOMERS = 300


def month_length(unit: str) -> float:
    """One month in model time units (30.44 days, or 4.35 weeks)."""
    return DAYS_PER_MONTH / unit_days(unit)


def discounted_purchases(bg: BGNBDParams, x, t_x, T, *, horizon_months: int = 12,
                         discount: float = 0.01, unit: str = "weeks") -> np.ndarray:
    """Σ_k (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k: discounted expected purchases."""
    if horizon_months < 1:
        raise ValueError("the horizon must be at least one month")
    if discount < 0:
        raise ValueError("the discount rate must not be negative")
    f = month_length(unit)
    x, t_x, T = np.broadcast_arrays(*(np.asarray(v, float) for v in (x, t_x, T)))
    shape = x.shape
    x, t_x, T = x.ravel(), t_x.ravel(), T.ravel()
    # E[Y(t) | x, t_x, T] = E[Y(t) | alive, x, T] * P(alive | x, t_x, T): the costly
    # hypergeometric part on the distinct (x, T) only, P(alive) once per row (the
    # products are the same numbers as conditional_expected_purchases gives).
    (ux, u_age), _, inv = collapse([x, T])
    alive = bg.p_alive(x, t_x, T)
    total = np.zeros(x.shape)
    prev = np.zeros_like(total)
    for k in range(1, horizon_months + 1):
        cum = bg.expected_if_alive(k * f, ux, u_age)[inv] * alive
        total += (cum - prev) / (1.0 + discount) ** k
        prev = cum
    return total.reshape(shape)


def customer_lifetime_value(bg: BGNBDParams, gg: GammaGammaParams | None, x, t_x, T, m, *,
                            horizon_months: int = 12, discount: float = 0.01,
                            margin: float = 0.3, unit: str = "weeks",
                            mean_spend: float | None = None) -> np.ndarray:
    """CLV (gross profit) per customer over ``horizon_months``.

    Parameters
    ----------
    bg, gg : fitted models
        ``gg`` may be ``None`` (too few repeat buyers): every customer then gets
        ``mean_spend`` as expected spend.
    x, t_x, T, m : array-like
        Frequency, recency, age and mean repeat spend.
    margin : float
        Gross margin as a fraction (0.3 = 30 %).
    """
    if not 0 <= margin <= 1:
        raise ValueError("the margin is a fraction between 0 and 1 (e.g. 0.3 for 30 %)")
    if gg is not None:
        spend = gg.expected_spend(x, m)
    else:
        spend = np.full(np.shape(x), float(mean_spend or 0.0))
    purchases = discounted_purchases(bg, x, t_x, T, horizon_months=horizon_months,
                                     discount=discount, unit=unit)
    return margin * spend * purchases


def _draw(values: np.ndarray, cov: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """Parameter draws from a normal on log-parameters (delta method back-transformed)."""
    cov_log = cov / np.outer(values, values)
    if not np.all(np.isfinite(cov_log)):
        return np.tile(values, (n, 1))
    # eigh tolerates a slightly non-positive-definite numerical Hessian inverse.
    w, v = np.linalg.eigh(cov_log)
    root = v * np.sqrt(np.clip(w, 0, None))
    z = rng.standard_normal((n, len(values)))
    return values * np.exp(z @ root.T)


def value_intervals(bg: BGNBDParams, gg: GammaGammaParams | None, x, t_x, T, m, *,
                    horizon_months: int = 12, discount: float = 0.01, margin: float = 0.3,
                    unit: str = "weeks", mean_spend: float | None = None, draws: int = 200,
                    level: float = 0.8, seed: int = 12345) -> dict[str, np.ndarray]:
    """Intervals for P(alive) and CLV from the parameters' sampling uncertainty.

    Returns
    -------
    dict
        ``p_alive_low``, ``p_alive_high``, ``clv_low``, ``clv_high`` (arrays), at the
        central ``level`` (default 80 %). Deterministic for a given ``seed``.
    """
    rng = np.random.default_rng(seed)
    bg_draws = _draw(bg.values, bg.cov, draws, rng)
    gg_draws = (_draw(np.array([gg.p, gg.q, gg.v]), gg.cov, draws, rng)
                if gg is not None else [None] * draws)
    pa, cl = [], []
    for bgv, ggv in zip(bg_draws, gg_draws, strict=True):
        b = BGNBDParams(*bgv)
        g = GammaGammaParams(*ggv) if ggv is not None else None
        if g is not None and g.q <= 1:
            continue
        pa.append(b.p_alive(x, t_x, T))
        cl.append(customer_lifetime_value(b, g, x, t_x, T, m, horizon_months=horizon_months,
                                          discount=discount, margin=margin, unit=unit,
                                          mean_spend=mean_spend))
    lo, hi = (1 - level) / 2 * 100, (1 + level) / 2 * 100
    pa_arr, cl_arr = np.array(pa), np.array(cl)
    return {
        "p_alive_low": np.nanpercentile(pa_arr, lo, axis=0),
        "p_alive_high": np.nanpercentile(pa_arr, hi, axis=0),
        "clv_low": np.nanpercentile(cl_arr, lo, axis=0),
        "clv_high": np.nanpercentile(cl_arr, hi, axis=0),
    }

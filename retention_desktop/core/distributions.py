"""The few probability distributions the app needs, on ``scipy.special``.

The app must not import ``scipy.stats``: it pulls scipy.stats, scipy.interpolate,
scipy.ndimage and more into the PyInstaller bundle (~7 MB) and costs ~0.5-1 s on first
use. Every function here is the ``scipy.special`` routine that ``scipy.stats`` itself
calls for the same distribution (argument order follows ``scipy.stats``); only the sum
of the two-sided Fisher exact test is written here.

``scipy.special`` is imported on first use so that importing this module at start-up
stays free.
"""

from __future__ import annotations

import math

import numpy as np

from retention_desktop.core.lazy import LazyModule

special = LazyModule("scipy.special")

#: Tables whose probability is within this relative tolerance of the observed table's
#: count as "as extreme" (ties of the hypergeometric pmf must not depend on rounding).
FISHER_REL_TOL = 1e-7

# exp(-800) is far below the smallest double, so terms further below the largest one
# cannot change a normalised sum.
_NEGLIGIBLE_LOG = 800.0


def _scalar(value):
    """0-d arrays -> numpy scalars (a ``float`` subclass); arrays unchanged."""
    return value[()] if isinstance(value, np.ndarray) and value.ndim == 0 else value


def norm_cdf(x):
    """Standard normal cumulative distribution function, P(Z <= x)."""
    return special.ndtr(x)


def norm_sf(x):
    """Standard normal survival function, P(Z > x), accurate in the upper tail."""
    return special.ndtr(-np.asarray(x, dtype=float))


def norm_ppf(p):
    """Standard normal quantile: the ``z`` with P(Z <= z) = ``p``."""
    return special.ndtri(p)


def norm_pdf(x):
    """Standard normal density."""
    x = np.asarray(x, dtype=float)
    return _scalar(np.exp(-x**2 / 2.0) / math.sqrt(2 * math.pi))


def t_sf(x, df):
    """Student t survival function P(T > x) with ``df`` degrees of freedom."""
    return special.stdtr(df, -np.asarray(x, dtype=float))


def t_ppf(p, df):
    """Student t quantile: the ``t`` with P(T <= t) = ``p`` for ``df`` degrees of freedom."""
    p = np.asarray(p, dtype=float)
    # stdtrit(df, 0) is +inf; the quantile of 0 is the bottom of the support
    return _scalar(np.where(p == 0, -np.inf, special.stdtrit(df, p)))


def chi2_sf(x, df):
    """Chi-square survival function P(X > x) with ``df`` degrees of freedom."""
    return special.chdtrc(df, x)


def beta_pdf(x, a, b):
    """Beta(``a``, ``b``) density; 0 outside [0, 1], ``inf`` at an edge where a or b < 1.

    Computed in log space, x^(a-1) (1-x)^(b-1) / B(a, b), so large shape parameters
    (posteriors of big tests) neither overflow nor underflow.
    """
    x = np.asarray(x, dtype=float)
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_pdf = (special.xlogy(a - 1.0, x) + special.xlog1py(b - 1.0, -x)
                   - special.betaln(a, b))
        pdf = np.exp(log_pdf)
    outside = np.where(np.isnan(x), np.nan, 0.0)
    return _scalar(np.where((x >= 0) & (x <= 1), pdf, outside))


def beta_sf(x, a, b):
    """Beta(``a``, ``b``) survival function P(X > x) (regularised incomplete beta)."""
    return special.betaincc(a, b, np.clip(x, 0.0, 1.0))


def _hypergeom_logw(x, n1: int, n2: int, n: int):
    """log C(n1, x) + log C(n2, n - x) up to a constant: the table's unnormalised log-pmf.

    Uses log C(m, k) = -log(m + 1) - betaln(m - k + 1, k + 1) (the constant terms drop).
    """
    x = np.asarray(x, dtype=float)
    return -special.betaln(n1 - x + 1, x + 1) - special.betaln(n2 - n + x + 1, n - x + 1)


def _last_above(logw, start: int, stop: int, floor: float) -> int:
    """Farthest ``x`` from ``start`` towards ``stop`` with ``logw(x) >= floor``.

    ``logw`` must decrease monotonically from ``start`` to ``stop`` (true on either side
    of the mode: the hypergeometric pmf is log-concave) and ``logw(start) >= floor``.
    """
    if logw(stop) >= floor:
        return stop
    good, bad = start, stop  # invariant: logw(good) >= floor > logw(bad)
    while abs(bad - good) > 1:
        mid = (good + bad) // 2
        if logw(mid) >= floor:
            good = mid
        else:
            bad = mid
    return good


def fisher_exact_two_sided(table) -> float:
    """Two-sided p-value of Fisher's exact test on a 2×2 table.

    The probability, with both margins fixed (hypergeometric distribution of the top-left
    cell), of all tables no more likely than the observed one; matches
    ``scipy.stats.fisher_exact(table)[1]``. A table with an empty row or column gets 1.0.

    Parameters
    ----------
    table : array-like of int, shape (2, 2)
        Non-negative counts, e.g. ``[[x_b, n_b - x_b], [x_a, n_a - x_a]]``.

    Returns
    -------
    float
        The p-value in [0, 1].

    Notes
    -----
    Only the part of the support where the pmf is within e^-800 of its maximum is
    evaluated (found by bisection; the pmf is log-concave): its width grows with the
    standard deviation of the top-left cell (~40 sd), not with the counts. The log-pmf
    comes from ``betaln`` of numbers as large as the counts, so the p-value agrees with
    scipy to a relative ~1e-15 × the table total (~1e-10 at a million). Ties therefore
    count within ``FISHER_REL_TOL`` (R's ``fisher.test`` uses the same 1e-7); scipy's
    tighter 1e-14, on its exact Boost pmf, would break ties at random here.
    """
    c = np.asarray(table, dtype=np.int64)
    if c.shape != (2, 2):
        raise ValueError(f"Fisher's exact test needs a 2x2 table (got shape {c.shape})")
    if (c < 0).any():
        raise ValueError("Fisher's exact test needs non-negative counts")
    if (c.sum(axis=0) == 0).any() or (c.sum(axis=1) == 0).any():
        return 1.0
    n1, n2 = int(c[0].sum()), int(c[1].sum())
    n, observed = int(c[:, 0].sum()), int(c[0, 0])
    low, high = max(0, n - n2), min(n1, n)
    mode = (n + 1) * (n1 + 1) // (n1 + n2 + 2)

    def logw(x):
        return float(_hypergeom_logw(x, n1, n2, n))

    floor = logw(mode) - _NEGLIGIBLE_LOG
    left = _last_above(logw, mode, low, floor)
    right = _last_above(logw, mode, high, floor)
    window = _hypergeom_logw(np.arange(left, right + 1), n1, n2, n)
    log_obs = window[observed - left] if left <= observed <= right else logw(observed)
    weights = np.exp(window - window.max())
    extreme = window <= log_obs + math.log1p(FISHER_REL_TOL)
    return min(float(weights[extreme].sum() / weights.sum()), 1.0)

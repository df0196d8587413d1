"""Frequentist building blocks for A/B comparisons.

All functions are pure (numbers in, numbers out) so the GUI, the CLI and the tests use
exactly the same arithmetic. Conventions: ``x`` = converted customers, ``n`` = customers,
``a`` = control, ``b`` = variant; differences and lifts are *variant minus control*.
The pooled two-proportion z-test is the engine's (``core.engine.inference``: one test
for every comparison of two rates in the app), re-exported here as ``two_proportion_z``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from retention_desktop.core import distributions as dist
from retention_desktop.core.engine.inference import two_proportion_z  # noqa: F401
from retention_desktop.core.engine.stats import wilson


def z_quantile(alpha: float, two_sided: bool = True) -> float:
    """Standard-normal critical value for a test at level ``alpha``."""
    return float(dist.norm_ppf(1 - alpha / 2 if two_sided else 1 - alpha))


def _check_counts(x: int, n: int) -> None:
    if n <= 0:
        raise ValueError(f"a variant needs at least one customer (got n={n})")
    if x < 0 or x > n:
        raise ValueError(f"converted must be between 0 and n (got {x} of {n})")


def wilson_ci(x: int, n: int, alpha: float = 0.05) -> tuple[float, float]:
    """Wilson score interval for a proportion.

    Unlike the textbook ``p ± z·se`` interval it stays inside [0, 1] and keeps a sensible
    width at 0 % and 100 % conversions and for small ``n``.

    Parameters
    ----------
    x, n : int
        Converted and total customers.
    alpha : float
        1 - confidence level.

    Returns
    -------
    (low, high) : tuple of float
    """
    _check_counts(x, n)
    low, high = wilson(x, n, z_quantile(alpha))
    # Exact bounds at the edges (the formula gives them up to rounding).
    return (0.0 if x == 0 else low), (1.0 if x == n else high)


def newcombe_diff_ci(
    xa: int, na: int, xb: int, nb: int, alpha: float = 0.05
) -> tuple[float, float]:
    """Newcombe's hybrid-score interval for ``p_b - p_a`` (Newcombe 1998, method 10).

    Combines the two Wilson intervals; good coverage even with few conversions.
    """
    pa, pb = xa / na, xb / nb
    la, ua = wilson_ci(xa, na, alpha)
    lb, ub = wilson_ci(xb, nb, alpha)
    d = pb - pa
    low = d - math.sqrt((pb - lb) ** 2 + (ua - pa) ** 2)
    high = d + math.sqrt((ub - pb) ** 2 + (pa - la) ** 2)
    return low, high


@dataclass(frozen=True)
class Lift:
    """Relative lift ``(variant - control) / control`` with a delta-method CI.

    ``lift``, ``low`` and ``high`` are fractions (0.25 = +25 %). ``None`` when the
    control mean is zero (a lift over nothing is undefined).
    """

    lift: float | None
    low: float | None
    high: float | None


def relative_lift(
    mean_a: float, se_a: float, mean_b: float, se_b: float, alpha: float = 0.05
) -> Lift:
    """Relative lift of ``b`` over ``a`` with a first-order delta-method CI.

    Var(b/a) ≈ (b/a)² (se_b²/b² + se_a²/a²), written without dividing by ``b`` so
    a variant mean of zero is fine.
    """
    if mean_a == 0:
        return Lift(None, None, None)
    ratio = mean_b / mean_a
    var = (se_b**2 + ratio**2 * se_a**2) / mean_a**2
    half = z_quantile(alpha) * math.sqrt(var)
    lift = ratio - 1
    return Lift(lift, lift - half, lift + half)


def proportion_se(x: int, n: int) -> float:
    """Unpooled standard error of a proportion."""
    p = x / n
    return math.sqrt(p * (1 - p) / n)


@dataclass(frozen=True)
class WelchResult:
    """Welch's unequal-variance t-test of ``mean_b - mean_a``."""

    diff: float
    low: float
    high: float
    t: float
    df: float
    p_value: float


def welch_t(
    mean_a: float, sd_a: float, n_a: int, mean_b: float, sd_b: float, n_b: int,
    alpha: float = 0.05,
) -> WelchResult:
    """Welch t-test and CI from summary statistics (mean, sample sd, n per group)."""
    if n_a < 2 or n_b < 2:
        raise ValueError("a continuous metric needs at least 2 customers per variant")
    if sd_a < 0 or sd_b < 0:
        raise ValueError("a standard deviation cannot be negative")
    va, vb = sd_a**2 / n_a, sd_b**2 / n_b
    se = math.sqrt(va + vb)
    diff = mean_b - mean_a
    if se == 0:
        p = 1.0 if diff == 0 else 0.0
        return WelchResult(diff, diff, diff, 0.0 if diff == 0 else math.copysign(math.inf, diff),
                           float(n_a + n_b - 2), p)
    df = (va + vb) ** 2 / (va**2 / (n_a - 1) + vb**2 / (n_b - 1)) if va + vb > 0 else n_a + n_b - 2
    t = diff / se
    p = float(2 * dist.t_sf(abs(t), df))
    half = float(dist.t_ppf(1 - alpha / 2, df)) * se
    return WelchResult(diff, diff - half, diff + half, t, float(df), p)


@dataclass(frozen=True)
class SRMResult:
    """Sample-ratio-mismatch check (chi-square goodness of fit)."""

    chi2: float
    p_value: float
    expected: tuple[float, ...]
    warning: bool


#: p below this is a sample-ratio mismatch worth a loud warning (industry convention).
SRM_THRESHOLD = 0.001


def srm_check(counts: Sequence[int], split: Sequence[float] | None = None) -> SRMResult:
    """Chi-square test of observed customers per variant against the planned split.

    Parameters
    ----------
    counts : sequence of int
        Customers per variant (control first).
    split : sequence of float, optional
        Planned shares in any unit (``50,50`` or ``0.2,0.8``); default equal.
    """
    counts = [int(c) for c in counts]
    k = len(counts)
    if split is None:
        split = [1.0] * k
    if len(split) != k:
        raise ValueError(f"the split has {len(split)} parts but there are {k} variants")
    if any(s <= 0 for s in split):
        raise ValueError("every share of the planned split must be positive")
    total = sum(counts)
    share = np.asarray(split, dtype=float) / float(sum(split))
    expected = total * share
    chi2 = float(((np.asarray(counts) - expected) ** 2 / expected).sum())
    p = float(dist.chi2_sf(chi2, k - 1)) if k > 1 else 1.0
    return SRMResult(chi2, p, tuple(float(e) for e in expected), p < SRM_THRESHOLD)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values (step-down, monotone, capped at 1)."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


@dataclass(frozen=True)
class CupedResult:
    """Outcome adjusted by a pre-experiment covariate (CUPED, Deng et al. 2013)."""

    adjusted: np.ndarray
    theta: float
    variance_reduction: float


def cuped_adjust(y: Sequence[float], x: Sequence[float]) -> CupedResult:
    """CUPED: ``y - θ (x - mean x)`` with ``θ = cov(x, y) / var(x)`` over all customers.

    ``θ`` is pooled over every variant (the covariate is measured before assignment, so
    it is unaffected by the treatment and the adjusted means stay unbiased).
    ``variance_reduction`` is the share of the outcome's variance removed (= corr²).
    """
    y_arr = np.asarray(y, dtype=float)
    x_arr = np.asarray(x, dtype=float)
    if y_arr.shape != x_arr.shape:
        raise ValueError("outcome and covariate need one value per customer")
    var_x = float(np.var(x_arr, ddof=1)) if len(x_arr) > 1 else 0.0
    if var_x == 0:
        return CupedResult(y_arr.copy(), 0.0, 0.0)
    theta = float(np.cov(x_arr, y_arr, ddof=1)[0, 1] / var_x)
    adjusted = y_arr - theta * (x_arr - x_arr.mean())
    var_y = float(np.var(y_arr, ddof=1))
    reduction = 1 - float(np.var(adjusted, ddof=1)) / var_y if var_y > 0 else 0.0
    return CupedResult(adjusted, theta, reduction)

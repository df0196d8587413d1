"""Small statistics used by the segment comparison, NPS and campaign metrics.

Confidence intervals and two-sample tests on summary numbers (counts, means, standard
deviations) so that the SQL can aggregate first and Python only finishes the arithmetic.
All intervals are two-sided at ``1 - alpha`` (default 95%).
"""

from __future__ import annotations

import math
from typing import Any

from retention_desktop.core import distributions as dist
from retention_desktop.core.engine import stats
from retention_desktop.core.engine.stats import Z95


def _z(alpha: float) -> float:
    return Z95 if alpha == 0.05 else float(dist.norm_ppf(1 - alpha / 2))


def wilson(successes: float, n: float, alpha: float = 0.05) -> tuple[float | None, float | None]:
    """Wilson score interval of a proportion at level ``1 - alpha`` (:func:`stats.wilson`).

    Parameters
    ----------
    successes, n : int
        Count of successes and trials.
    alpha : float
        1 - confidence level.

    Returns
    -------
    (low, high) : tuple of float, or (None, None) when ``n == 0``.
    """
    return stats.wilson(successes, n, _z(alpha))


def mean_ci(mean: float | None, sd: float | None, n: int,
            alpha: float = 0.05) -> tuple[float | None, float | None]:
    """Student-t interval of a mean from its sample standard deviation."""
    if mean is None or n < 2 or sd is None or math.isnan(sd):
        return None, None
    half = float(dist.t_ppf(1 - alpha / 2, n - 1)) * sd / math.sqrt(n)
    return mean - half, mean + half


def two_proportion_z(xa: float, na: float, xb: float,
                     nb: float) -> tuple[float | None, float | None]:
    """Pooled two-proportion z-test, two-sided: the one test of two rates in the app
    (segment comparison, NPS, A/B tests; ``core.abtest.stats`` re-exports it).

    Parameters
    ----------
    xa, na : float
        Successes and trials of the first group (the control in an A/B test).
    xb, nb : float
        Successes and trials of the second group.

    Returns
    -------
    (z, p) : tuple of float or None
        ``z = (xb/nb - xa/na) / se`` with the pooled ``se`` (positive when the second
        group converts more) and the two-sided p-value. The undefined cases, decided
        once here:

        - a group with nobody in it (``n = 0``): there is no rate to compare, so
          ``(None, None)`` (shown as "not defined", never as a number);
        - no variance (both rates 0 % or both 100 %): the rates are equal, so
          ``z = 0`` and ``p = 1``, "no evidence of a difference" (Fisher's exact test
          also gives 1 there).
    """
    if not na or not nb:
        return None, None
    pooled = (xa + xb) / (na + nb)
    var = pooled * (1 - pooled) * (1 / na + 1 / nb)
    if var <= 0:
        return 0.0, 1.0
    z = (xb / nb - xa / na) / math.sqrt(var)
    return float(z), float(2 * dist.norm_sf(abs(z)))


def welch(m1: float | None, s1: float | None, n1: int,
          m2: float | None, s2: float | None, n2: int) -> float | None:
    """Two-sided p-value of Welch's unequal-variance t-test from summary statistics."""
    if m1 is None or m2 is None or n1 < 2 or n2 < 2 or s1 is None or s2 is None:
        return None
    v1, v2 = s1 * s1 / n1, s2 * s2 / n2
    if v1 + v2 <= 0:
        return None if m1 == m2 else 0.0
    t = (m1 - m2) / math.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1))
    return float(2 * dist.t_sf(abs(t), df))


def clustered_rate_cell(successes, trials, alpha: float = 0.05) -> dict[str, Any]:
    """A pooled proportion sum(successes) / sum(trials) over clusters (customers), with a
    cluster-robust standard error: a customer counted in several periods is one
    independent unit, not several trials.

    Parameters
    ----------
    successes, trials : array-like
        Per customer, e.g. periods retained and periods in the starting base.

    Returns
    -------
    dict
        ``value``, ``n`` (customers), ``successes``, ``trials`` (customer-periods),
        ``se`` (ratio-estimator SE, ``sqrt(k/(k-1) * sum((x_i - p t_i)^2)) / sum(t_i)``),
        ``ci_low``, ``ci_high`` (normal interval clipped to [0, 1]).
    """
    import numpy as np

    x, t = np.asarray(successes, float), np.asarray(trials, float)
    keep = t > 0
    x, t = x[keep], t[keep]
    k, total = int(t.size), float(t.sum())
    out: dict[str, Any] = {"value": None, "n": k, "successes": int(x.sum()),
                           "trials": int(total), "se": None, "ci_low": None, "ci_high": None}
    if not total:
        return out
    p = float(x.sum()) / total
    out["value"] = p
    if k >= 2:
        se = math.sqrt(k / (k - 1) * float(np.square(x - p * t).sum())) / total
        z = _z(alpha)
        out.update(se=se, ci_low=max(0.0, p - z * se), ci_high=min(1.0, p + z * se))
    return out


def clustered_z(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Two-sided p-value for the difference of two :func:`clustered_rate_cell` rates
    (independent groups of customers)."""
    if a.get("se") is None or b.get("se") is None:
        return None
    var = a["se"] ** 2 + b["se"] ** 2
    if var <= 0:
        return None if a["value"] == b["value"] else 0.0
    z = (a["value"] - b["value"]) / math.sqrt(var)
    return float(2 * dist.norm_sf(abs(z)))


def rate_cell(successes: int, n: int, alpha: float = 0.05) -> dict[str, float | int | None]:
    """``{"value", "n", "successes", "ci_low", "ci_high"}`` of a proportion."""
    low, high = wilson(successes, n, alpha)
    return {"value": successes / n if n else None, "n": int(n), "successes": int(successes),
            "ci_low": low, "ci_high": high}


def mean_cell(mean: float | None, sd: float | None, n: int,
              alpha: float = 0.05) -> dict[str, float | int | None]:
    """``{"value", "n", "sd", "ci_low", "ci_high"}`` of a mean."""
    low, high = mean_ci(mean, sd, n, alpha)
    return {"value": mean if n else None, "n": int(n), "sd": sd, "ci_low": low,
            "ci_high": high}

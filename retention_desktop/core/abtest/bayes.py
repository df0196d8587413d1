"""Bayesian view of a conversion test: Beta(1,1) priors, exact posterior comparisons.

With a uniform Beta(1,1) prior, ``x`` conversions out of ``n`` give the posterior
Beta(x + 1, n - x + 1). Because both parameters are whole numbers, P(p_b > p_a) has an
exact finite-sum closed form (Evan Miller, "Formulas for Bayesian A/B testing"); we sum
it in log space, which is exact up to floating-point rounding (~1e-12), far below the
1e-4 the tests ask for. No Monte Carlo is involved. Very large counts (more than
``_MAX_TERMS`` conversions in both arms) switch to adaptive numerical integration
(composite Gauss-Legendre, ``core/numeric.py``), also accurate to ~1e-10.
"""

from __future__ import annotations

import math

import numpy as np

from retention_desktop.core import distributions as dist
from retention_desktop.core.lazy import LazyModule
from retention_desktop.core.numeric import integrate_gauss

# scipy.special (and the OpenBLAS it links) loads on the first fit, not at start-up.
special = LazyModule("scipy.special")

_MAX_TERMS = 5_000_000


def _prob_y_beats_x(a1: int, b1: int, a2: int, b2: int) -> float:
    """P(Y > X) for X ~ Beta(a1, b1), Y ~ Beta(a2, b2), integer ``a2``; sums a2 terms."""
    i = np.arange(a2, dtype=float)
    logs = (special.betaln(a1 + i, b1 + b2) - np.log(b2 + i) - special.betaln(1 + i, b2)
            - special.betaln(a1, b1))
    top = logs.max()
    return float(math.exp(top) * np.exp(logs - top).sum())


def _prob_by_quadrature(a1: float, b1: float, a2: float, b2: float) -> float:
    """P(Y > X) = ∫ f_X(t) (1 - F_Y(t)) dt by quadrature over ±12 sd of X's mass."""
    m1 = a1 / (a1 + b1)
    sd1 = math.sqrt(a1 * b1 / ((a1 + b1) ** 2 * (a1 + b1 + 1)))
    lo, hi = max(0.0, m1 - 12 * sd1), min(1.0, m1 + 12 * sd1)
    return integrate_gauss(
        lambda t: dist.beta_pdf(t, a1, b1) * dist.beta_sf(t, a2, b2), lo, hi, points=[m1])


def prob_beta_greater(a1: float, b1: float, a2: float, b2: float) -> float:
    """P(Y > X) for independent X ~ Beta(a1, b1) and Y ~ Beta(a2, b2).

    Uses the exact sum over whichever integer shape parameter is smaller
    (P(Y > X) = 1 - P(X > Y), ties have probability zero).
    """
    ints = all(float(v).is_integer() for v in (a1, a2))
    if ints and min(a1, a2) <= _MAX_TERMS:
        if a2 <= a1:
            value = _prob_y_beats_x(int(a1), b1, int(a2), b2)
        else:
            value = 1.0 - _prob_y_beats_x(int(a2), b2, int(a1), b1)
    else:
        value = _prob_by_quadrature(a1, b1, a2, b2)
    return min(1.0, max(0.0, value))


def prob_beat_control(xa: int, na: int, xb: int, nb: int) -> float:
    """Posterior chance that the variant's true rate beats the control's (Beta(1,1) priors)."""
    return prob_beta_greater(xa + 1, na - xa + 1, xb + 1, nb - xb + 1)


def expected_loss(xa: int, na: int, xb: int, nb: int) -> tuple[float, float]:
    """Expected loss in conversion rate (absolute) of each decision.

    Returns
    -------
    (loss_choose_variant, loss_keep_control) : tuple of float
        ``E[max(p_a - p_b, 0)]``: the rate you expect to give up by shipping the variant
        if it is in fact worse; and ``E[max(p_b - p_a, 0)]`` for keeping the control.

    Notes
    -----
    ``E[p_a · 1{p_a > p_b}] = E[p_a] · P(A' > B)`` with ``A' ~ Beta(a1 + 1, b1)``, which
    turns the loss into differences of exact probabilities.
    """
    a1, b1, a2, b2 = xa + 1, na - xa + 1, xb + 1, nb - xb + 1
    mean_a, mean_b = a1 / (a1 + b1), a2 / (a2 + b2)
    # P(A' > B) and P(A > B')
    p_a1_gt_b = 1.0 - prob_beta_greater(a1 + 1, b1, a2, b2)
    p_a_gt_b1 = 1.0 - prob_beta_greater(a1, b1, a2 + 1, b2)
    loss_b = mean_a * p_a1_gt_b - mean_b * p_a_gt_b1
    # Swap roles for the loss of keeping the control.
    p_b1_gt_a = prob_beta_greater(a1, b1, a2 + 1, b2)
    p_b_gt_a1 = prob_beta_greater(a1 + 1, b1, a2, b2)
    loss_a = mean_b * p_b1_gt_a - mean_a * p_b_gt_a1
    return max(0.0, loss_b), max(0.0, loss_a)


def normal_prob_and_loss(diff: float, se: float) -> tuple[float, float, float]:
    """Chance to beat control and expected losses for a continuous metric.

    Uses the large-sample normal posterior of the difference (flat prior):
    D ~ N(diff, se²). Returns ``(P(D > 0), E[max(-D, 0)], E[max(D, 0)])``.
    """
    if se <= 0:
        prob = 1.0 if diff > 0 else (0.0 if diff < 0 else 0.5)
        return prob, max(0.0, -diff), max(0.0, diff)
    z = diff / se
    prob = float(dist.norm_cdf(z))
    loss_b = se * float(dist.norm_pdf(z)) - diff * float(dist.norm_cdf(-z))
    loss_a = loss_b + diff  # E[max(D,0)] - E[max(-D,0)] = E[D]
    return prob, max(0.0, loss_b), max(0.0, loss_a)

"""Always-valid inference for owners who look at the test every day.

A fixed-sample p-value is only valid if you look once, at the planned size; checking
daily and stopping at the first "significant" day inflates false alarms several-fold.
A *confidence sequence* holds at every look simultaneously: the chance that it ever
excludes the true difference is at most ``alpha``.

We use the two-sided normal-mixture boundary (Robbins 1970; Howard et al. 2021,
"Time-uniform, nonparametric, nonasymptotic confidence sequences", eq. 14) applied to
the difference estimator on its information scale ``I = 1 / Var(diff)``, which makes it
an *asymptotic* confidence sequence (Waudby-Smith et al. 2023): valid once each arm has
a few dozen customers. With mixing precision ``ρ²`` the score ``S = I·(d̂ − d)`` stays
inside ``± sqrt((I + 1/ρ²) · (2·log(1/α) + log(1 + ρ²·I)))``.

``ρ²`` sets where the sequence is tightest; we tune it to the information expected at
the planned sample size (or the current one when no plan is given) with Howard et al.'s
rule ``ρ² = (2·log(1/α) + log(1 + 2·log(1/α))) / I*``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class SequentialResult:
    """Always-valid interval and p-value for a difference at the current look."""

    low: float
    high: float
    p_value: float
    rho2: float


def _rho2(alpha: float, info_target: float) -> float:
    log_term = 2 * math.log(1 / alpha)
    return (log_term + math.log(1 + log_term)) / info_target


def confidence_sequence(
    diff: float, var: float, alpha: float = 0.05, info_target: float | None = None
) -> SequentialResult:
    """Always-valid CI and p-value for a difference with estimated variance ``var``.

    Parameters
    ----------
    diff : float
        Observed difference (variant − control).
    var : float
        Estimated variance of ``diff`` at this look.
    alpha : float
        Chance of the sequence ever missing the true difference.
    info_target : float, optional
        ``1 / var`` expected at the planned end of the test; default: the current one.

    Returns
    -------
    SequentialResult
        ``p_value`` is ``min(1, 1/M)`` with ``M`` the mixture martingale at ``d = 0``
        (an always-valid p-value: P(ever ≤ α) ≤ α under no difference).
    """
    if var <= 0:
        p = 1.0 if diff == 0 else 0.0
        return SequentialResult(diff, diff, p, float("nan"))
    info = 1.0 / var
    rho2 = _rho2(alpha, info_target if info_target else info)
    radius_score = math.sqrt((info + 1 / rho2) * (2 * math.log(1 / alpha) + math.log(1 + rho2 * info)))
    half = radius_score / info
    score = info * diff
    log_m = -0.5 * math.log(1 + rho2 * info) + rho2 * score**2 / (2 * (1 + rho2 * info))
    p = 1.0 if log_m <= 0 else math.exp(-log_m)
    return SequentialResult(diff - half, diff + half, min(1.0, p), rho2)

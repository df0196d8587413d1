"""Experiment planner: how many customers a conversion test needs, and for how long.

Formulas (per variant, equal allocation, comparing one variant with the control):

``evan_miller``  n = (z_α·sqrt(2·p₁(1−p₁)) + z_β·sqrt(p₁(1−p₁) + p₂(1−p₂)))² / δ²
                 — the formula of Evan Miller's online calculator (variance under the
                 null taken at the *baseline* rate), rounded to the nearest whole customer
                 as that calculator does. This is the headline figure.
``pooled``       the same with the null variance at the pooled rate p̄ = (p₁+p₂)/2; equal
                 to statsmodels' ``samplesize_proportions_2indep_onetail``.

With more than two variants each comparison with the control is tested at
``alpha / (variants − 1)`` (Bonferroni), which is what Holm needs in the worst case, so
the plan is never under-powered for the Holm-corrected analysis.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from statistics import NormalDist

from retention_desktop.core.numeric import bisect_root

_NORMAL = NormalDist()



@dataclass(frozen=True)
class Plan:
    """A sample-size answer (every number the planner panel and ``plan --json`` show)."""

    baseline: float
    target: float
    mde_abs: float
    mde_rel: float
    alpha: float
    alpha_per_comparison: float
    power: float
    variants: int
    two_sided: bool
    n_per_variant: int
    n_per_variant_exact: float
    n_per_variant_pooled: int
    n_per_variant_pooled_exact: float
    n_total: int
    formula: str = "evan_miller"
    correction: str = "none"
    days: int | None = None
    customers_per_day: float | None = None

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return asdict(self)


def _z(alpha: float, power: float, two_sided: bool) -> tuple[float, float]:
    # stdlib normal quantiles (Wichura AS241, ~1e-16): the planner runs while the tab is
    # built, before anything has loaded scipy (core/distributions.py imports it lazily)
    za = _NORMAL.inv_cdf(1 - alpha / 2 if two_sided else 1 - alpha)
    return float(za), float(_NORMAL.inv_cdf(power))


def _check(baseline: float, alpha: float, power: float, variants: int) -> None:
    if not 0 < baseline < 1:
        raise ValueError("the baseline rate must be between 0 and 1 (e.g. 0.10 for 10 %)")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be between 0 and 1 (e.g. 0.05)")
    if not 0 < power < 1:
        raise ValueError("power must be between 0 and 1 (e.g. 0.8)")
    if variants < 2:
        raise ValueError("a test needs at least 2 variants (the control and one change)")


def per_comparison_alpha(alpha: float, variants: int) -> float:
    """Bonferroni share of alpha for each variant-vs-control comparison."""
    return alpha / max(1, variants - 1)


def n_exact(p1: float, p2: float, alpha: float, power: float, two_sided: bool = True,
            pooled: bool = False) -> float:
    """Unrounded customers per variant to detect ``p1 -> p2``."""
    za, zb = _z(alpha, power, two_sided)
    delta = p2 - p1
    if delta == 0:
        return math.inf
    p0 = (p1 + p2) / 2 if pooled else p1
    sd1 = math.sqrt(2 * p0 * (1 - p0))
    sd2 = math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return (za * sd1 + zb * sd2) ** 2 / delta**2


def sample_size(
    baseline: float, mde: float, *, relative: bool = False, alpha: float = 0.05,
    power: float = 0.8, variants: int = 2, two_sided: bool = True,
    customers_per_day: float | None = None,
) -> Plan:
    """Customers needed per variant.

    Parameters
    ----------
    baseline : float
        Control conversion rate (0..1).
    mde : float
        Minimum detectable effect: absolute (0.02 = +2 points) or, with ``relative``,
        a fraction of the baseline (0.10 = +10 %). Negative = a drop.
    alpha, power : float
        Significance level (overall, before the multiple-variant split) and power.
    variants : int
        Number of variants including the control.
    two_sided : bool
        Two-sided test (default) or one-sided in the direction of ``mde``.
    customers_per_day : float, optional
        New customers entering the test per day (all variants together) for a duration.
    """
    _check(baseline, alpha, power, variants)
    delta = baseline * mde if relative else mde
    target = baseline + delta
    if delta == 0:
        raise ValueError("the minimum detectable effect must not be zero")
    if not 0 < target < 1:
        raise ValueError(
            f"baseline {baseline:g} plus the effect gives {target:g}, outside 0..1; "
            "use a smaller effect (add --relative for a relative one)"
        )
    a = per_comparison_alpha(alpha, variants)
    exact = n_exact(baseline, target, a, power, two_sided)
    exact_pooled = n_exact(baseline, target, a, power, two_sided, pooled=True)
    n = max(1, round(exact))
    days = None
    if customers_per_day:
        days = math.ceil(n * variants / customers_per_day)
    return Plan(
        baseline=baseline, target=target, mde_abs=delta, mde_rel=delta / baseline,
        alpha=alpha, alpha_per_comparison=a, power=power, variants=variants,
        two_sided=two_sided, n_per_variant=n, n_per_variant_exact=exact,
        n_per_variant_pooled=max(1, round(exact_pooled)),
        n_per_variant_pooled_exact=exact_pooled, n_total=n * variants,
        correction="bonferroni" if variants > 2 else "none",
        days=days, customers_per_day=customers_per_day,
    )


def power_at(baseline: float, target: float, n: float, alpha: float = 0.05,
             two_sided: bool = True) -> float:
    """Power of the test with ``n`` customers per variant (Evan Miller's approximation)."""
    za, _ = _z(alpha, 0.5, two_sided)
    delta = abs(target - baseline)
    sd1 = math.sqrt(2 * baseline * (1 - baseline))
    sd2 = math.sqrt(baseline * (1 - baseline) + target * (1 - target))
    if sd2 == 0:
        return 1.0
    return float(_NORMAL.cdf((delta * math.sqrt(n) - za * sd1) / sd2))


def detectable_effect(
    baseline: float, n_per_variant: float, *, alpha: float = 0.05, power: float = 0.8,
    variants: int = 2, two_sided: bool = True, direction: int = 1,
) -> float | None:
    """Smallest absolute lift detectable with ``n_per_variant`` customers per variant.

    Solves the planner's formula for δ. ``None`` when even the largest possible change
    (to a 0 % or 100 % rate) is not detectable with so few customers.
    """
    _check(baseline, alpha, power, variants)
    a = per_comparison_alpha(alpha, variants)
    limit = (1 - baseline if direction > 0 else baseline) - 1e-9

    def gap(d: float) -> float:
        return n_exact(baseline, baseline + direction * d, a, power, two_sided) - n_per_variant

    if limit <= 1e-9 or gap(limit) > 0:
        return None
    return bisect_root(gap, 1e-9, limit, xtol=1e-12)


def power_curve(
    baseline: float, *, alpha: float = 0.05, power: float = 0.8, variants: int = 2,
    two_sided: bool = True, n_max: int | None = None, points: int = 40,
) -> list[dict]:
    """Detectable effect against customers per variant (for the planner chart).

    Returns a list of ``{"n": int, "mde_abs": float, "mde_rel": float}`` on a log-spaced
    grid from 50 to ``n_max`` (default 100 000) customers per variant.
    """
    n_max = max(100, int(n_max or 100_000))
    lo, hi = math.log(50), math.log(n_max)
    out = []
    seen = set()
    for i in range(points):
        n = round(math.exp(lo + (hi - lo) * i / (points - 1)))
        if n in seen:
            continue
        seen.add(n)
        d = detectable_effect(baseline, n, alpha=alpha, power=power, variants=variants,
                              two_sided=two_sided)
        if d is not None:
            out.append({"n": n, "mde_abs": d, "mde_rel": d / baseline})
    return out

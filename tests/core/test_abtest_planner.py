"""Experiment planner: Evan Miller reference, statsmodels cross-check, duration, MDE."""

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.proportion import samplesize_proportions_2indep_onetail

from retention_desktop.core.abtest import planner


def test_reference_evan_miller_20_to_22():
    plan = planner.sample_size(0.20, 0.02, alpha=0.05, power=0.8)
    assert plan.n_per_variant == 6347
    assert plan.n_total == 2 * 6347
    assert plan.formula == "evan_miller"


def test_relative_mde_gives_same_plan():
    assert planner.sample_size(0.20, 0.10, relative=True).n_per_variant == 6347


def test_pooled_figure_equals_statsmodels():
    for base, mde, alpha, power, alt in [(0.2, 0.02, 0.05, 0.8, "two-sided"),
                                         (0.1, 0.02, 0.05, 0.9, "two-sided"),
                                         (0.05, 0.01, 0.1, 0.8, "larger")]:
        plan = planner.sample_size(base, mde, alpha=alpha, power=power,
                                   two_sided=alt == "two-sided")
        ref = samplesize_proportions_2indep_onetail(mde, base, power, alpha=alpha,
                                                    alternative=alt)
        assert plan.n_per_variant_pooled_exact == pytest.approx(ref, rel=1e-9)


def test_one_sided_and_bonferroni_independently():
    # Independent Evan Miller formula written here.
    def em(p, d, a, pw, two=True):
        za = stats.norm.ppf(1 - a / 2 if two else 1 - a)
        zb = stats.norm.ppf(pw)
        return (za * math.sqrt(2 * p * (1 - p))
                + zb * math.sqrt(p * (1 - p) + (p + d) * (1 - p - d))) ** 2 / d**2

    one = planner.sample_size(0.1, 0.02, two_sided=False)
    assert one.n_per_variant == round(em(0.1, 0.02, 0.05, 0.8, two=False))
    three = planner.sample_size(0.1, 0.02, variants=3)
    assert three.alpha_per_comparison == pytest.approx(0.025)
    assert three.n_per_variant == round(em(0.1, 0.02, 0.025, 0.8))
    assert three.correction == "bonferroni"
    assert three.n_total == 3 * three.n_per_variant


def test_duration_from_customers_per_day():
    plan = planner.sample_size(0.2, 0.02, customers_per_day=100)
    assert plan.days == math.ceil(2 * 6347 / 100)


def test_detectable_effect_inverts_sample_size():
    d = planner.detectable_effect(0.2, 6347.056284391979)
    assert d == pytest.approx(0.02, abs=1e-9)
    assert planner.detectable_effect(0.5, 3) is None  # nothing detectable with 3 people


def test_power_at_planned_size_is_power_and_simulation_agrees():
    assert planner.power_at(0.2, 0.22, 6347.056284391979) == pytest.approx(0.8, abs=1e-5)
    # Monte Carlo: share of simulated tests (pooled z, two-sided) that reject.
    rng = np.random.default_rng(5)
    n, sims = 6347, 4000
    xa = rng.binomial(n, 0.2, sims)
    xb = rng.binomial(n, 0.22, sims)
    pooled = (xa + xb) / (2 * n)
    z = (xb - xa) / n / np.sqrt(pooled * (1 - pooled) * 2 / n)
    assert (np.abs(z) > 1.959964).mean() == pytest.approx(0.8, abs=0.025)


def test_power_curve_decreasing():
    curve = planner.power_curve(0.1, n_max=20000, points=20)
    ns = [c["n"] for c in curve]
    mdes = [c["mde_abs"] for c in curve]
    assert ns == sorted(ns) and ns[-1] == 20000
    assert all(a > b for a, b in zip(mdes, mdes[1:], strict=False))
    assert curve[0]["mde_rel"] == pytest.approx(curve[0]["mde_abs"] / 0.1)


@pytest.mark.parametrize("kwargs,msg", [
    ({"baseline": 0, "mde": 0.1}, "baseline"),
    ({"baseline": 0.95, "mde": 0.1}, "outside"),
    ({"baseline": 0.1, "mde": 0}, "zero"),
    ({"baseline": 0.1, "mde": 0.02, "variants": 1}, "at least 2"),
    ({"baseline": 0.1, "mde": 0.02, "power": 1.2}, "power"),
])
def test_bad_inputs_give_clear_messages(kwargs, msg):
    with pytest.raises(ValueError, match=msg):
        planner.sample_size(**kwargs)

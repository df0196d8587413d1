"""A/B statistics: the issue's reference values to 4 decimals, and cross-checks against
scipy / statsmodels computed independently in the test."""

import math

import numpy as np
import pytest
from scipy import integrate, stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportions_ztest,
)
from statsmodels.stats.weightstats import ttest_ind

from retention_desktop.core.abtest import bayes, sequential
from retention_desktop.core.abtest import stats as st

# ---------------------------------------------------------------- issue reference values


def test_reference_pooled_z_p_value():
    z, p = st.two_proportion_z(120, 1000, 150, 1000)
    assert p == pytest.approx(0.04964, abs=5e-6)
    assert round(p, 4) == 0.0496


def test_reference_wilson_control():
    low, high = st.wilson_ci(120, 1000)
    assert round(low, 5) == 0.10130
    assert round(high, 5) == 0.14161


def test_reference_newcombe_difference():
    low, high = st.newcombe_diff_ci(120, 1000, 150, 1000)
    assert round(low, 6) == 0.000014
    assert round(high, 6) == 0.060008


def test_reference_relative_lift_delta_method():
    se_a, se_b = st.proportion_se(120, 1000), st.proportion_se(150, 1000)
    lift = st.relative_lift(0.12, se_a, 0.15, se_b)
    assert lift.lift * 100 == pytest.approx(25.0, abs=1e-9)
    assert round(lift.low, 4) == -0.0293
    assert round(lift.high, 4) == 0.5293


def test_reference_prob_b_beats_a():
    assert round(bayes.prob_beat_control(120, 1000, 150, 1000), 4) == 0.9751


def test_reference_srm():
    res = st.srm_check([1000, 1100], [50, 50])
    assert round(res.p_value, 4) == 0.0291
    assert not res.warning  # 0.029 is not below the 0.001 alarm threshold


# ---------------------------------------------------------------- cross-checks


@pytest.mark.parametrize("x,n", [(0, 10), (10, 10), (3, 7), (120, 1000), (999, 1000), (1, 25)])
def test_wilson_matches_statsmodels(x, n):
    low, high = st.wilson_ci(x, n, alpha=0.1)
    ref_low, ref_high = proportion_confint(x, n, alpha=0.1, method="wilson")
    assert low == pytest.approx(ref_low, abs=1e-12)
    assert high == pytest.approx(ref_high, abs=1e-12)


@pytest.mark.parametrize("xa,na,xb,nb", [(0, 20, 3, 25), (120, 1000, 150, 1000), (5, 5, 2, 9),
                                         (40, 300, 30, 500)])
def test_newcombe_matches_statsmodels(xa, na, xb, nb):
    low, high = st.newcombe_diff_ci(xa, na, xb, nb)
    ref = confint_proportions_2indep(xb, nb, xa, na, method="newcomb", compare="diff")
    assert (low, high) == pytest.approx(tuple(map(float, ref)), abs=1e-10)


@pytest.mark.parametrize("xa,na,xb,nb", [(12, 80, 25, 90), (120, 1000, 150, 1000), (0, 40, 4, 40)])
def test_z_test_matches_statsmodels(xa, na, xb, nb):
    z, p = st.two_proportion_z(xa, na, xb, nb)
    ref_z, ref_p = proportions_ztest([xb, xa], [nb, na])
    assert z == pytest.approx(ref_z, rel=1e-12)
    assert p == pytest.approx(ref_p, rel=1e-10)


def test_lift_ci_matches_independent_delta_method_and_covers_bootstrap():
    # Independent formula: Var(log-free ratio) = R^2 (var_b/pb^2 + var_a/pa^2).
    pa, pb, n = 0.2, 0.23, 2000
    var_r = (pb / pa) ** 2 * ((pb * (1 - pb) / n) / pb**2 + (pa * (1 - pa) / n) / pa**2)
    half = 1.959963984540054 * math.sqrt(var_r)
    lift = st.relative_lift(pa, math.sqrt(pa * (1 - pa) / n), pb, math.sqrt(pb * (1 - pb) / n))
    assert lift.low == pytest.approx(pb / pa - 1 - half, abs=1e-12)
    assert st.relative_lift(0.0, 0.0, 0.1, 0.01).lift is None


def test_welch_matches_scipy():
    rng = np.random.default_rng(7)
    a = rng.gamma(2.0, 20.0, 60)
    b = rng.gamma(2.2, 21.0, 45)
    res = st.welch_t(a.mean(), a.std(ddof=1), len(a), b.mean(), b.std(ddof=1), len(b))
    ref = stats.ttest_ind(b, a, equal_var=False)
    assert res.t == pytest.approx(ref.statistic, rel=1e-10)
    assert res.p_value == pytest.approx(ref.pvalue, rel=1e-10)
    ci = ref.confidence_interval(0.95)
    assert (res.low, res.high) == pytest.approx((ci.low, ci.high), rel=1e-10)
    sm = ttest_ind(b, a, usevar="unequal")
    assert res.df == pytest.approx(sm[2], rel=1e-10)


def test_welch_rejects_too_few():
    with pytest.raises(ValueError, match="at least 2"):
        st.welch_t(1, 1, 1, 2, 1, 5)


@pytest.mark.parametrize("counts,split", [([1000, 1100], None), ([200, 820], [20, 80]),
                                          ([300, 310, 250], [1, 1, 1])])
def test_srm_matches_scipy_chisquare(counts, split):
    res = st.srm_check(counts, split)
    share = np.asarray(split or [1] * len(counts), float)
    expected = share / share.sum() * sum(counts)
    ref = stats.chisquare(counts, expected)
    assert res.chi2 == pytest.approx(ref.statistic)
    assert res.p_value == pytest.approx(ref.pvalue)


def test_srm_loud_warning_and_bad_split():
    assert st.srm_check([1000, 1200]).warning  # p ≈ 1.3e-5
    with pytest.raises(ValueError, match="3 variants"):
        st.srm_check([1, 2, 3], [50, 50])


def test_holm_matches_statsmodels():
    ps = [0.01, 0.04, 0.03, 0.2, 0.005]
    ref = multipletests(ps, method="holm")[1]
    assert st.holm(ps) == pytest.approx(list(ref))


@pytest.mark.parametrize("xa,na,xb,nb", [(120, 1000, 150, 1000), (0, 12, 2, 15),
                                         (30, 30, 28, 30), (3, 50, 3, 50), (401, 5000, 460, 5200)])
def test_prob_beat_control_matches_quadrature(xa, na, xb, nb):
    a1, b1, a2, b2 = xa + 1, na - xa + 1, xb + 1, nb - xb + 1
    ref, err = integrate.quad(lambda t: stats.beta.pdf(t, a1, b1) * stats.beta.sf(t, a2, b2),
                              0, 1, epsabs=1e-13, limit=500,
                              points=[a1 / (a1 + b1), a2 / (a2 + b2)])
    assert bayes.prob_beat_control(xa, na, xb, nb) == pytest.approx(ref, abs=1e-9)


def test_expected_loss_matches_double_integral():
    xa, na, xb, nb = 12, 100, 18, 100
    a1, b1, a2, b2 = xa + 1, na - xa + 1, xb + 1, nb - xb + 1

    # E[max(pA - pB, 0)] = ∫∫_{a > b} (a - b) f_A(a) f_B(b)
    def inner(a):
        return stats.beta.pdf(a, a1, b1) * integrate.quad(
            lambda b: (a - b) * stats.beta.pdf(b, a2, b2), 0, a, epsabs=1e-12)[0]

    ref = integrate.quad(inner, 0, 1, epsabs=1e-12, limit=200, points=[0.12])[0]
    loss_b, loss_a = bayes.expected_loss(xa, na, xb, nb)
    assert loss_b == pytest.approx(ref, abs=1e-8)
    # E[max(D,0)] - E[max(-D,0)] = E[pB] - E[pA]
    assert loss_a - loss_b == pytest.approx(a2 / (a2 + b2) - a1 / (a1 + b1), abs=1e-12)


def test_large_counts_use_quadrature_consistently():
    exact = bayes.prob_beta_greater(1201, 8801, 1301, 8701)
    quad = bayes._prob_by_quadrature(1201, 8801, 1301, 8701)
    assert exact == pytest.approx(quad, abs=1e-9)


def test_cuped_removes_covariate_variance_and_keeps_means():
    rng = np.random.default_rng(3)
    x = rng.gamma(2, 30, 4000)
    y = 0.8 * x + rng.normal(0, 10, 4000)
    res = st.cuped_adjust(y, x)
    slope = np.polyfit(x, y, 1)[0]  # independent: least-squares slope = cov/var
    assert res.theta == pytest.approx(slope, rel=1e-9)
    assert res.adjusted.mean() == pytest.approx(y.mean(), abs=1e-9)
    assert res.variance_reduction == pytest.approx(np.corrcoef(x, y)[0, 1] ** 2, rel=1e-9)


# ---------------------------------------------------------------- sequential mode


def test_confidence_sequence_wider_than_fixed_and_consistent_with_p():
    var = 0.12 * 0.88 / 1000 + 0.15 * 0.85 / 1000
    cs = sequential.confidence_sequence(0.03, var)
    assert cs.high - cs.low > 2 * 1.96 * math.sqrt(var)
    assert (cs.p_value <= 0.05) == (cs.low > 0 or cs.high < 0)
    big = sequential.confidence_sequence(0.03, var / 10)
    assert big.p_value < 0.05 and big.low > 0


def test_confidence_sequence_survives_daily_peeking():
    """Under no difference, peeking 40 times: the fixed CI misses far more often than
    alpha, the confidence sequence stays at or below alpha."""
    rng = np.random.default_rng(11)
    sims, looks, per_look, p = 400, 40, 50, 0.1
    a = rng.binomial(1, p, (sims, looks * per_look)).cumsum(axis=1)
    b = rng.binomial(1, p, (sims, looks * per_look)).cumsum(axis=1)
    fixed_miss = cs_miss = 0
    for s in range(sims):
        hit_fixed = hit_cs = False
        for k in range(1, looks + 1):
            n = k * per_look
            pa, pb = a[s, n - 1] / n, b[s, n - 1] / n
            var = (pa * (1 - pa) + pb * (1 - pb)) / n
            if var == 0:
                continue
            if abs(pb - pa) > 1.96 * math.sqrt(var):
                hit_fixed = True
            cs = sequential.confidence_sequence(pb - pa, var, 0.05,
                                                info_target=looks * per_look / (2 * p * (1 - p)))
            if cs.low > 0 or cs.high < 0:
                hit_cs = True
        fixed_miss += hit_fixed
        cs_miss += hit_cs
    assert fixed_miss / sims > 0.15
    assert cs_miss / sims <= 0.05

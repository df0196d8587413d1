"""BG/NBD, Gamma-Gamma and CLV against independent numerical computations."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import integrate, special, stats

from retention_desktop.core.clv.bgnbd import BGNBDParams, ConvergenceError, fit_bgnbd
from retention_desktop.core.clv.gamma_gamma import (
    SpendCorrelationWarning,
    fit_gamma_gamma,
)
from retention_desktop.core.clv.simulate import simulate_transactions
from retention_desktop.core.clv.summary import summarise
from retention_desktop.core.clv.value import (
    customer_lifetime_value,
    month_length,
    value_intervals,
)

PARAMS = BGNBDParams(r=0.2426, alpha=4.4135, a=0.7929, b=2.4258)


def _posterior_integrals(bg, x, t_x, big_t, t):
    """P(alive) and E[Y(t)] by numerical integration over (λ, p), without hyp2f1.

    P(alive) from 1-D quadratures of the alive/dead likelihoods; E[Y(t) | alive] as
    the posterior mean of (1 − e^(−λpt))/p by Gauss–Laguerre × Gauss–Jacobi quadrature
    (posterior λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x) given alive at T).
    """
    g = stats.gamma(bg.r, scale=1 / bg.alpha).pdf
    f = stats.beta(bg.a, bg.b).pdf
    q = integrate.quad
    la = (q(lambda p: (1 - p) ** x * f(p), 0, 1, limit=200)[0]
          * q(lambda lam: lam ** x * np.exp(-lam * big_t) * g(lam), 0, np.inf, limit=200)[0])
    ld = 0.0
    if x > 0:
        ld = (q(lambda p: p * (1 - p) ** (x - 1) * f(p), 0, 1, limit=200)[0]
              * q(lambda lam: lam ** x * np.exp(-lam * t_x) * g(lam), 0, np.inf, limit=200)[0])
    p_alive = la / (la + ld)
    u, wu = special.roots_genlaguerre(150, bg.r + x - 1)
    y, wy = special.roots_jacobi(150, bg.b + x - 1, bg.a - 1)
    lam = u / (bg.alpha + big_t)
    p = (1 + y) / 2
    wu, wy = wu / wu.sum(), wy / wy.sum()
    inner = (1 - np.exp(-np.outer(lam, p) * t)) / p[None, :]
    return p_alive, p_alive * float(wu @ inner @ wy)


@pytest.mark.parametrize("x,t_x,big_t", [(2, 30.43, 38.86), (0, 0.0, 20.0), (7, 10.0, 38.0)])
def test_p_alive_and_expectation_match_numerical_integration(x, t_x, big_t):
    p_alive, expected = _posterior_integrals(PARAMS, x, t_x, big_t, 39.0)
    assert PARAMS.p_alive(x, t_x, big_t) == pytest.approx(p_alive, rel=1e-5)
    assert PARAMS.conditional_expected_purchases(39.0, x, t_x, big_t) == pytest.approx(
        expected, rel=1e-4)


def test_heavy_buyers_and_long_horizons_stay_finite():
    x = np.array([0, 50, 300, 2000], float)
    out = PARAMS.conditional_expected_purchases(520.0, x, 499.9, 500.0)
    assert np.all(np.isfinite(out)) and np.all(out >= 0)
    # A daily buyer who just bought will keep buying: ~x/T purchases a week.
    assert out[-1] == pytest.approx(2000 / 500 * 520, rel=0.35)
    assert np.all(np.isfinite(PARAMS.p_alive(x, 0.95 * 500, 500.0)))
    # ... while one who stopped 25 weeks ago is almost surely gone.
    assert PARAMS.p_alive(2000, 475.0, 500.0) < 1e-30
    ll = fit_bgnbd([0, 1, 2, 2000, 3, 0], [0, 5, 9, 99.5, 30, 0], [40, 40, 40, 100, 60, 10])
    assert np.isfinite(ll.loglik)


def test_weights_equal_repeated_rows():
    t = summarise(simulate_transactions(3_000, seed=9)).table
    rows = t.groupby(["frequency", "recency", "T"]).size().reset_index(name="n")
    assert len(rows) < len(t)  # there are duplicates to collapse
    weighted = fit_bgnbd(rows["frequency"], rows["recency"], rows["T"], weights=rows["n"])
    # One row per customer with explicit unit weights (no internal collapsing).
    plain = fit_bgnbd(t["frequency"], t["recency"], t["T"], weights=np.ones(len(t)))
    assert weighted.values == pytest.approx(plain.values, rel=1e-4)
    assert weighted.loglik == pytest.approx(plain.loglik, rel=1e-9)


def test_parameters_recovered_from_simulated_shop():
    tx = simulate_transactions(20_000, seed=3)
    t = summarise(tx).table
    bg = fit_bgnbd(t["frequency"], t["recency"], t["T"])
    for est, true, se in zip(bg.values, (0.25, 4.0, 0.8, 2.5), bg.se.values(), strict=True):
        assert abs(est - true) < 4 * se + 0.05 * true
    gg = fit_gamma_gamma(t["frequency"], t["monetary_value"])
    assert gg.population_mean_spend == pytest.approx(6.0 * 15.0 / 3.0, rel=0.1)


def test_penalizer_shrinks_parameters():
    tx = simulate_transactions(2_000, seed=5)
    t = summarise(tx).table
    plain = fit_bgnbd(t["frequency"], t["recency"], t["T"])
    pen = fit_bgnbd(t["frequency"], t["recency"], t["T"], penalizer=0.1)
    assert np.sum(pen.values ** 2) < np.sum(plain.values ** 2)


def test_no_repeat_customers_gives_a_clear_message():
    with pytest.raises(ConvergenceError, match="repeat customers"):
        fit_bgnbd([0, 0, 0], [0, 0, 0], [10, 20, 30])


def test_gamma_gamma_uses_repeat_buyers_with_positive_spend_only():
    rng = np.random.default_rng(1)
    x = rng.integers(1, 6, 400).astype(float)
    m = rng.gamma(6, 5, 400)
    base = fit_gamma_gamma(x, m)
    more = fit_gamma_gamma(np.r_[x, 0, 0, 3], np.r_[m, 0, 50, 0])
    assert more.n == base.n == 400
    assert more.p == pytest.approx(base.p, rel=1e-4)
    # Expected spend is a credibility-weighted mean between the customer's own mean
    # and the population mean (p·v/(q−1)), independent closed form:
    xx, mm = 4.0, 80.0
    w = base.p * xx / (base.p * xx + base.q - 1)
    expect = w * mm + (1 - w) * base.population_mean_spend
    assert base.expected_spend(xx, mm) == pytest.approx(expect)


def test_correlated_spend_and_frequency_warns():
    x = np.arange(1, 201, dtype=float) % 20 + 1
    m = 10 + 3 * x + np.random.default_rng(0).normal(0, 1, 200)
    with pytest.warns(SpendCorrelationWarning, match="correlated"):
        # Spend is a near-exact function of frequency here: the likelihood keeps rising
        # as v grows, so the fit either stops just short of the guard or reports the
        # run-off; the warning comes first either way.
        try:
            fit_gamma_gamma(x, m)
        except ConvergenceError as exc:
            assert "ran off" in str(exc)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fit_gamma_gamma(np.tile([1.0, 2, 3, 4], 50), np.random.default_rng(2).gamma(5, 6, 200))


def test_clv_equals_discounted_sum_of_monthly_increments():
    x, t_x, big_t, m = 3.0, 20.0, 30.0, 40.0
    gg_p, gg_q, gg_v = 6.0, 4.0, 15.0
    from retention_desktop.core.clv.gamma_gamma import GammaGammaParams
    gg = GammaGammaParams(gg_p, gg_q, gg_v)
    spend = gg_p * (gg_v + x * m) / (gg_p * x + gg_q - 1)
    f = 365.25 / 12 / 7
    # Independent: monthly increments from the numerically integrated expectation.
    cum = [0.0] + [_posterior_integrals(PARAMS, x, t_x, big_t, k * f)[1] for k in (1, 2, 3)]
    expect = 0.3 * spend * sum((cum[k] - cum[k - 1]) / 1.01 ** k for k in (1, 2, 3))
    got = customer_lifetime_value(PARAMS, gg, x, t_x, big_t, m, horizon_months=3,
                                  discount=0.01, margin=0.3, unit="weeks")
    assert float(got) == pytest.approx(expect, rel=1e-4)
    assert month_length("days") == pytest.approx(30.4375)


def test_small_shop_intervals_contain_the_estimate():
    tx = simulate_transactions(300, seed=11)
    t = summarise(tx).table
    bg = fit_bgnbd(t["frequency"], t["recency"], t["T"])
    gg = fit_gamma_gamma(t["frequency"], t["monetary_value"], warn=False)
    args = (t["frequency"].to_numpy(), t["recency"].to_numpy(), t["T"].to_numpy(),
            t["monetary_value"].to_numpy())
    clv = customer_lifetime_value(bg, gg, *args)
    iv = value_intervals(bg, gg, *args)
    assert np.all(iv["clv_low"] <= clv * 1.05 + 1e-9)
    assert np.all(iv["clv_high"] >= clv * 0.95 - 1e-9)
    assert np.mean(iv["clv_high"] - iv["clv_low"]) > 0


def test_standard_errors_match_a_finite_difference_hessian(cdnow_tx):
    """SEs (analytic gradient + differences) vs. a plain second-difference Hessian of the
    log-likelihood in natural parameters."""
    from retention_desktop.core.clv.bgnbd import log_likelihood

    t = summarise(cdnow_tx, calibration_end="1997-09-30").table
    x, t_x, big_t = t["frequency"], t["recency"], t["T"]
    bg = fit_bgnbd(x, t_x, big_t)
    theta = bg.values
    h = 1e-4 * theta
    hess = np.empty((4, 4))
    for i in range(4):
        for j in range(4):
            def f(di, dj, i=i, j=j):
                d = theta.copy()
                d[i] += di * h[i]
                d[j] += dj * h[j]
                return -log_likelihood(d, x, t_x, big_t)
            hess[i, j] = (f(1, 1) - f(1, -1) - f(-1, 1) + f(-1, -1)) / (4 * h[i] * h[j])
    se = np.sqrt(np.diag(np.linalg.inv(hess)))
    assert np.array(list(bg.se.values())) == pytest.approx(se, rel=0.02)


def test_customers_first_seen_on_the_last_day_add_nothing():
    """T = 0 rows (first purchase on the calibration end day) have likelihood 1."""
    t = summarise(simulate_transactions(2_000, seed=4)).table
    base = fit_bgnbd(t["frequency"], t["recency"], t["T"])
    more = fit_bgnbd(np.r_[t["frequency"], 0, 0], np.r_[t["recency"], 0, 0], np.r_[t["T"], 0, 0])
    assert more.values == pytest.approx(base.values, rel=1e-4)
    assert more.loglik == pytest.approx(base.loglik, abs=1e-6)

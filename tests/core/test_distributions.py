"""core/distributions.py against scipy.stats (which the tests may use; the bundle lacks it).

The normal, t, chi-square and beta-sf functions call the very scipy.special routines
scipy.stats uses, so they must agree to rounding; beta_pdf is computed in log space
(scipy.stats uses Boost), so its error grows with the shape parameters; the Fisher sum
is hand-written and checked on hundreds of random tables plus published examples.
"""

import numpy as np
import pytest
from numpy.testing import assert_allclose
from scipy import stats

from retention_desktop.core import distributions as dist

X = np.concatenate([
    [-np.inf, -40.0, -38.5, -10.0, -1e-300, 0.0, 1e-300, 10.0, 38.5, 40.0, np.inf],
    np.linspace(-8, 8, 161),
])
P = np.concatenate([
    [0.0, 1e-300, 1e-100, 1e-20, 1e-10, 0.5, 1 - 1e-10, 1 - 1e-16, 1.0],
    np.linspace(0.001, 0.999, 99),
])
DFS = [1, 1.5, 2, 3, 7.5, 30, 1_000, 1e6]


def _same(actual, expected, rtol=1e-12):
    """Equal within rtol (denormals aside), with matching infinities and NaNs."""
    assert_allclose(np.asarray(actual, dtype=float), np.asarray(expected, dtype=float),
                    rtol=rtol, atol=1e-300, equal_nan=True)


def test_normal_matches_scipy_stats():
    _same(dist.norm_cdf(X), stats.norm.cdf(X))
    _same(dist.norm_sf(X), stats.norm.sf(X))
    _same(dist.norm_pdf(X), stats.norm.pdf(X))
    _same(dist.norm_ppf(P), stats.norm.ppf(P))


def test_normal_known_values_and_scalar_type():
    assert isinstance(dist.norm_ppf(0.975), float)
    assert isinstance(dist.norm_sf(1.0), float)
    assert isinstance(dist.norm_pdf(0.0), float)
    assert dist.norm_ppf(0.975) == pytest.approx(1.959963984540054, rel=1e-15)
    # the upper tail keeps its precision (1 - cdf would round to 0)
    assert dist.norm_sf(10.0) == pytest.approx(7.619853024160527e-24, rel=1e-12)
    assert dist.norm_pdf(0.0) == pytest.approx(1 / np.sqrt(2 * np.pi), rel=1e-15)


@pytest.mark.parametrize("df", DFS)
def test_student_t_matches_scipy_stats(df):
    _same(dist.t_sf(X, df), stats.t.sf(X, df))
    _same(dist.t_ppf(P, df), stats.t.ppf(P, df))
    assert isinstance(dist.t_ppf(0.975, df), float)


def test_student_t_known_values():
    # printed t tables: t_{0.975} = 12.706 (1 df), 2.228 (10 df); t_1 is Cauchy
    assert dist.t_ppf(0.975, 1) == pytest.approx(12.706, abs=5e-4)
    assert dist.t_ppf(0.975, 10) == pytest.approx(2.228, abs=5e-4)
    assert dist.t_ppf(0.75, 1) == pytest.approx(1.0, rel=1e-14)
    assert dist.t_sf(0.0, 5) == 0.5
    assert dist.t_ppf(0.0, 5) == -np.inf and dist.t_ppf(1.0, 5) == np.inf


@pytest.mark.parametrize("df", [1, 2, 3, 4.5, 10, 99, 1_000, 100_000])
def test_chi_square_sf_matches_scipy_stats(df):
    x = np.concatenate([[0.0, 1e-300, 1e-8, np.inf], np.geomspace(1e-3, 4 * df + 200, 120)])
    _same(dist.chi2_sf(x, df), stats.chi2.sf(x, df))
    assert dist.chi2_sf(3.841458820694124, 1) == pytest.approx(0.05, rel=1e-12)


SHAPES = [0.3, 0.5, 1, 2, 7.3, 100, 1e4, 1e6]
XB = np.concatenate([
    [-0.5, -1e-12, 0.0, 1e-300, 1e-12, 1e-3, 1 - 1e-9, 1.0, 1 + 1e-12, 2.0],
    np.linspace(0, 1, 101),
])


@pytest.mark.parametrize("a", SHAPES)
@pytest.mark.parametrize("b", SHAPES)
def test_beta_matches_scipy_stats(a, b):
    _same(dist.beta_sf(XB, a, b), stats.beta.sf(XB, a, b))
    # log-space density: rounding error grows with the size of the log terms
    _same(dist.beta_pdf(XB, a, b), stats.beta.pdf(XB, a, b), rtol=max(1e-12, 2e-15 * max(a, b)))


def test_beta_pdf_edges():
    assert dist.beta_pdf(0.0, 1, 3) == pytest.approx(3.0, rel=1e-14)
    assert dist.beta_pdf(1.0, 3, 1) == pytest.approx(3.0, rel=1e-14)
    assert dist.beta_pdf(0.0, 0.5, 2) == np.inf
    assert dist.beta_pdf(1.0, 2, 0.5) == np.inf
    assert dist.beta_pdf(0.0, 2, 2) == 0.0
    assert dist.beta_pdf(1.0, 2, 2) == 0.0
    assert dist.beta_pdf(-0.1, 0.5, 0.5) == 0.0
    assert dist.beta_pdf(1.1, 0.5, 0.5) == 0.0
    assert np.isnan(dist.beta_pdf(np.nan, 2, 2))
    assert isinstance(dist.beta_pdf(0.3, 2, 3), float)
    assert dist.beta_sf(-1.0, 2, 3) == 1.0 and dist.beta_sf(2.0, 2, 3) == 0.0


# ---------------------------------------------------------------- Fisher's exact test


def _fisher_rtol(table) -> float:
    # the log-pmf of a table summing to N carries ~1e-16 * N-sized rounding
    return max(1e-12, 1e-14 * float(np.sum(table)))


def _check_fisher(table):
    got = dist.fisher_exact_two_sided(table)
    want = float(stats.fisher_exact(table)[1])
    assert isinstance(got, float)
    assert 0.0 <= got <= 1.0
    assert got == pytest.approx(want, rel=_fisher_rtol(table), abs=1e-300), table


def test_fisher_published_examples():
    # Fisher's lady tasting tea: 3 of 4 cups right, two-sided p = 34/70
    assert dist.fisher_exact_two_sided([[3, 1], [1, 3]]) == pytest.approx(34 / 70, rel=1e-14)
    # scipy's documented example: p = 0.0349650... (= 5/143)
    assert dist.fisher_exact_two_sided([[8, 2], [1, 5]]) == pytest.approx(5 / 143, rel=1e-14)


@pytest.mark.parametrize("scale", [3, 12, 60, 400, 5_000, 80_000])
def test_fisher_matches_scipy_on_random_tables(scale):
    rng = np.random.default_rng(20261123 + scale)
    for _ in range(60):
        table = rng.integers(0, scale + 1, size=(2, 2))
        _check_fisher(table)


def test_fisher_matches_scipy_on_ab_shaped_tables():
    """Real A/B tables: a low conversion rate, arms of (often exactly) equal size."""
    rng = np.random.default_rng(7)
    for _ in range(120):
        na = int(rng.integers(1, 300_000))
        nb = na if rng.random() < 0.5 else int(rng.integers(1, 300_000))
        rate = rng.choice([0.001, 0.02, 0.1, 0.5])
        xa, xb = rng.binomial(na, rate), rng.binomial(nb, rate * rng.choice([1, 1.05, 1.3]))
        _check_fisher([[xb, nb - xb], [xa, na - xa]])


def test_fisher_ties_of_symmetric_tables():
    # equal rows / equal columns make the pmf symmetric: the mirror table ties exactly
    for table in ([[2, 7], [7, 2]], [[30, 70], [45, 55]], [[5, 5], [5, 5]],
                  [[1000, 9000], [1100, 8900]], [[7, 3], [3, 7]], [[40_000, 60_000], [60_000, 40_000]]):
        _check_fisher(table)


def test_fisher_zero_cells_and_margins():
    # an empty row or column: only one table has these margins
    for table in ([[0, 0], [3, 4]], [[0, 5], [0, 7]], [[0, 0], [0, 0]], [[9, 0], [4, 0]]):
        assert dist.fisher_exact_two_sided(table) == 1.0
    for table in ([[0, 5], [5, 0]], [[0, 10], [3, 7]], [[1, 0], [0, 1]], [[0, 200_000], [5, 199_995]],
                  [[200_000, 0], [0, 200_000]]):
        _check_fisher(table)


def test_fisher_huge_table_returns():
    table = [[200_000, 190_000], [210_000, 180_000]]
    p = dist.fisher_exact_two_sided(table)
    assert 0.0 <= p < 1e-100
    assert p == pytest.approx(stats.fisher_exact(table)[1], rel=_fisher_rtol(table))
    # counts far beyond any shop's test still return (only the non-negligible window is summed)
    assert 0.0 < dist.fisher_exact_two_sided([[10**8, 10**8 + 5_000], [10**8 + 3_000, 10**8]]) < 1.0


def test_fisher_rejects_bad_tables():
    with pytest.raises(ValueError):
        dist.fisher_exact_two_sided([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(ValueError):
        dist.fisher_exact_two_sided([[1, -2], [3, 4]])

"""core/numeric.py against scipy's own routines (the oracle; scipy stays a dev dependency).

The app stopped importing scipy.optimize/scipy.integrate so the installers can leave
them out (packaging/bundle_config.py); these tests show the replacements give the same
answers on textbook problems and on the app's own (CLV fits, planner, Bayesian A/B).
"""

import ast
import importlib.util
import math
from pathlib import Path

import numpy as np
import pytest
from scipy import integrate, optimize

from retention_desktop.core import distributions as dist
from retention_desktop.core import numeric
from retention_desktop.core.abtest import bayes, planner
from retention_desktop.core.clv.bgnbd import fit_bgnbd
from retention_desktop.core.clv.gamma_gamma import fit_gamma_gamma
from retention_desktop.core.clv.simulate import simulate_transactions
from retention_desktop.core.clv.summary import summarise

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "retention_desktop"


def _not_bundled() -> tuple[str, ...]:
    """The scipy sub-packages the installers leave out (packaging/bundle_config.py)."""
    spec = importlib.util.spec_from_file_location("rd_bundle_config", ROOT / "packaging" / "bundle_config.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.NOT_BUNDLED_SCIPY) <= set(module.EXCLUDES)
    return module.NOT_BUNDLED_SCIPY


def _rosen(x):
    return optimize.rosen(x), optimize.rosen_der(x)


@pytest.mark.parametrize("x0", [[-1.2, 1.0], [0.5, -0.5, 2.0, 1.0]])
def test_bfgs_and_nelder_mead_find_rosenbrocks_minimum_like_scipy(x0):
    mine = numeric.minimize_bfgs(_rosen, x0, bounds=(-15.0, 15.0))
    assert mine.success
    np.testing.assert_allclose(mine.x, np.ones(len(x0)), atol=1e-7)
    opts = {"maxiter": 8000, "xatol": 1e-9, "fatol": 1e-10}
    nm = numeric.nelder_mead(lambda z: _rosen(z)[0], x0, **opts)
    ref = optimize.minimize(lambda z: _rosen(z)[0], x0, method="Nelder-Mead", options=opts)
    assert nm.success
    # Same algorithm, same coefficients and simplex: the same point, step for step.
    np.testing.assert_allclose(nm.x, ref.x, atol=1e-12)


def test_bfgs_stays_inside_the_box():
    # Minimum of (x - 20)^2 lies outside [-15, 15]: the answer is the edge.
    res = numeric.minimize_bfgs(lambda z: (float(((z - 20) ** 2).sum()), 2 * (z - 20)),
                                [0.0, 1.0], bounds=(-15.0, 15.0))
    assert res.success
    np.testing.assert_allclose(res.x, [15.0, 15.0])


def test_bfgs_backs_off_from_points_the_objective_refuses():
    # Like the CLV fit's guard: huge values where the likelihood is not finite.
    def fun(z):
        if z[0] > 2.0:
            return 1e300, np.zeros_like(z)
        return float((z[0] - 1.5) ** 2 + (z[1] + 1) ** 2), np.array([2 * (z[0] - 1.5), 2 * (z[1] + 1)])

    res = numeric.minimize_bfgs(fun, [-5.0, 3.0])
    np.testing.assert_allclose(res.x, [1.5, -1.0], atol=1e-7)


def test_clv_fits_match_scipys_lbfgsb(monkeypatch):
    """Both CLV models, fitted by the app, against L-BFGS-B on the same likelihood."""
    table = summarise(simulate_transactions(2000, seed=5)).table
    x, t_x, big_t = table["frequency"], table["recency"], table["T"]
    calls = []
    real = numeric.minimize_bfgs

    def spy(fun, x0, **kw):
        res = real(fun, x0, **kw)
        calls.append((fun, np.array(x0, dtype=float), res))
        return res

    monkeypatch.setattr(numeric, "minimize_bfgs", spy)
    bg = fit_bgnbd(x, t_x, big_t)
    repeat = x > 0
    gg = fit_gamma_gamma(x[repeat], table["monetary_value"][repeat], warn=False)
    assert len(calls) == 2
    fitted = [np.array([bg.r, bg.alpha, bg.a, bg.b]), np.array([gg.p, gg.q, gg.v])]
    for (fun, x0, res), params in zip(calls, fitted, strict=True):
        ref = optimize.minimize(fun, x0, jac=True, method="L-BFGS-B",
                                bounds=[(-15.0, 15.0)] * len(x0),
                                options={"maxiter": 5000, "ftol": 1e-15, "gtol": 1e-10})
        assert res.success
        np.testing.assert_allclose(params, np.exp(ref.x), rtol=1e-4)
        assert res.fun <= ref.fun + 1e-10 * abs(ref.fun)  # at least as good an optimum


@pytest.mark.parametrize("baseline, n", [(0.1, 1000), (0.02, 50_000), (0.5, 200), (0.9, 5000)])
def test_detectable_effect_matches_brentq(baseline, n):
    a = planner.per_comparison_alpha(0.05, 2)

    def gap(d):
        return planner.n_exact(baseline, baseline + d, a, 0.8, True) - n

    ref = optimize.brentq(gap, 1e-9, 1 - baseline - 1e-9, xtol=1e-12)
    assert planner.detectable_effect(baseline, n) == pytest.approx(ref, abs=2e-12)


def test_bisect_root_needs_a_sign_change():
    assert numeric.bisect_root(lambda t: t * t - 2.0, 0.0, 2.0) == pytest.approx(math.sqrt(2), abs=1e-12)
    with pytest.raises(ValueError):
        numeric.bisect_root(lambda t: t * t + 1.0, 0.0, 2.0)


@pytest.mark.parametrize("a1, b1, a2, b2", [
    (10.5, 90.5, 14.5, 86.5),
    (5_000_001.0, 95_000_001.0, 5_010_001.0, 94_990_001.0),
    (6_000_001.0, 100_000_000.0, 61_000_000.0, 1_000_000_000.0),  # arms 10x apart in size
])
def test_bayesian_quadrature_matches_scipy_quad(a1, b1, a2, b2):
    m1 = a1 / (a1 + b1)
    sd1 = math.sqrt(a1 * b1 / ((a1 + b1) ** 2 * (a1 + b1 + 1)))
    ref, _ = integrate.quad(lambda t: dist.beta_pdf(t, a1, b1) * dist.beta_sf(t, a2, b2),
                            max(0.0, m1 - 12 * sd1), min(1.0, m1 + 12 * sd1), points=[m1],
                            epsabs=1e-12, epsrel=1e-10, limit=500)
    assert bayes._prob_by_quadrature(a1, b1, a2, b2) == pytest.approx(ref, abs=5e-10)


def test_gauss_legendre_is_exact_on_polynomials_and_smooth_functions():
    assert numeric.integrate_gauss(lambda t: 5 * t**9 - t**3, -1.0, 2.0, panels=1) == pytest.approx(
        0.5 * (2**10 - 1) - (2**4 - 1) / 4, rel=1e-13)
    assert numeric.integrate_gauss(np.exp, 0.0, 1.0, points=[0.3]) == pytest.approx(math.e - 1, rel=1e-14)


def test_app_code_never_imports_what_the_installers_leave_out():
    """Importing a scipy part the bundle lacks would work here and crash the installed app."""
    not_bundled = _not_bundled()
    assert "scipy.optimize" in not_bundled
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names = [node.value]  # LazyModule("scipy.optimize"), import_module(...)
            if any(n == m or n.startswith(m + ".") for n in names for m in not_bundled):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == [], ("not in the installers (bundle_config.EXCLUDES); use "
                             f"retention_desktop.core.numeric: {offenders}")

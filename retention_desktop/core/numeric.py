"""The few numerical routines the app took from ``scipy.optimize``/``scipy.integrate``, on numpy.

Why not scipy: importing ``scipy.optimize`` loads scipy.linalg, scipy.sparse, scipy.spatial,
scipy.fft, HiGHS and more (~0.9 s), and keeping them in the installers costs ~26 MB of the
bundle. The app needs only small problems solved well:

- :func:`minimize_bfgs`: a smooth likelihood of 2-4 log-parameters with an analytic
  gradient (CLV models), inside a box that only guards against run-away parameters;
- :func:`nelder_mead`: the derivative-free fallback, scipy's algorithm and defaults;
- :func:`bisect_root`: a monotone gap with a sign change (A/B planner);
- :func:`integrate_gauss`: a smooth, bounded integrand over a short interval (Bayesian
  A/B probability with millions of conversions).

``tests/core/test_numeric.py`` checks each against scipy's own routine on the app's
problems and on textbook functions. ``scipy.special`` stays: the distributions
(``core/distributions.py``) and the CLV likelihoods need its functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass
class Result:
    """Outcome of a minimisation (the fields the app read from scipy's ``OptimizeResult``)."""

    x: np.ndarray
    fun: float
    success: bool
    nit: int
    message: str


def minimize_bfgs(
    fun: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x0: Sequence[float],
    *,
    bounds: tuple[float, float] = (-np.inf, np.inf),
    maxiter: int = 5000,
    ftol: float = 1e-15,
    gtol: float = 1e-10,
) -> Result:
    """Minimise ``fun`` (value and gradient) by BFGS inside a box.

    Quasi-Newton steps with an Armijo backtracking line search; a step that would leave
    the box is shortened to its edge and a coordinate sitting on the edge with the
    gradient pushing outward is held there (projected gradient). Stops like scipy's
    L-BFGS-B: when the projected gradient's largest component is at most ``gtol``, or
    when a step lowers the value by at most ``ftol * max(|f|, |f_new|, 1)``.

    Parameters
    ----------
    fun : callable
        ``fun(x) -> (value, gradient)``. A non-finite or huge value marks a point to avoid.
    x0 : sequence of float
        Starting point (clipped into the box).
    bounds : (low, high)
        The same box for every coordinate.
    maxiter, ftol, gtol
        Limits as in scipy's L-BFGS-B.

    Returns
    -------
    Result
        ``success`` is False when the iteration limit is hit or no step lowers the
        value (the caller may then try :func:`nelder_mead` from ``x``).
    """
    lo, hi = bounds
    x = np.clip(np.asarray(x0, dtype=float), lo, hi)
    f, g = fun(x)
    n = x.size
    inv_h = np.eye(n)
    for it in range(1, maxiter + 1):
        free = ~(((x <= lo) & (g > 0)) | ((x >= hi) & (g < 0)))
        if np.max(np.abs(g[free]), initial=0.0) <= gtol:
            return Result(x, float(f), True, it - 1, "projected gradient below gtol")
        d = -(inv_h @ g)
        d[~free] = 0.0
        slope = float(d @ g)
        if not slope < 0:  # not a descent direction: restart from steepest descent
            inv_h = np.eye(n)
            d = np.where(free, -g, 0.0)
            slope = float(d @ g)
        step = _longest_step(x, d, lo, hi)
        found = False
        while step > 1e-20:
            x_new = np.clip(x + step * d, lo, hi)
            f_new, g_new = fun(x_new)
            if np.isfinite(f_new) and f_new <= f + 1e-4 * step * slope:
                found = True
                break
            step *= 0.5
        if not found:
            if not np.allclose(inv_h, np.eye(n)):
                inv_h = np.eye(n)  # a stale curvature model: retry along the gradient
                continue
            return Result(x, float(f), False, it, "line search found no lower value")
        s, y = x_new - x, g_new - g
        drop = f - f_new
        x, f, g = x_new, f_new, g_new
        if drop <= ftol * max(abs(f), abs(f + drop), 1.0):
            return Result(x, float(f), True, it, "relative reduction below ftol")
        sy = float(s @ y)
        if sy > 1e-10 * np.linalg.norm(s) * np.linalg.norm(y):
            if it == 1:
                inv_h = np.eye(n) * (sy / float(y @ y))
            rho = 1.0 / sy
            v = np.eye(n) - rho * np.outer(s, y)
            inv_h = v @ inv_h @ v.T + rho * np.outer(s, s)
    return Result(x, float(f), False, maxiter, "iteration limit reached")


def _longest_step(x: np.ndarray, d: np.ndarray, lo: float, hi: float) -> float:
    """Step length 1, shortened so that ``x + step * d`` stays inside ``[lo, hi]``."""
    step = 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        to_edge = np.where(d > 0, (hi - x) / d, np.where(d < 0, (lo - x) / d, np.inf))
    if np.any(to_edge > 0):
        step = min(step, float(np.min(to_edge[to_edge > 0])))
    return step


def nelder_mead(
    fun: Callable[[np.ndarray], float],
    x0: Sequence[float],
    *,
    maxiter: int = 8000,
    xatol: float = 1e-9,
    fatol: float = 1e-10,
) -> Result:
    """Derivative-free simplex minimisation, as scipy's ``method="Nelder-Mead"`` does it.

    Same initial simplex (each coordinate moved by 5 %, or 0.00025 from zero), the same
    reflection/expansion/contraction/shrink coefficients (1, 2, 0.5, 0.5) and the same
    stopping rule (simplex within ``xatol`` and values within ``fatol`` of the best).
    """
    x0 = np.asarray(x0, dtype=float)
    n = x0.size
    sim = np.tile(x0, (n + 1, 1))
    for k in range(n):
        sim[k + 1, k] = 1.05 * x0[k] if x0[k] != 0 else 0.00025
    fsim = np.array([fun(p) for p in sim], dtype=float)
    order = np.argsort(fsim, kind="stable")
    sim, fsim = sim[order], fsim[order]
    it = 0
    while it < maxiter:
        if (np.max(np.abs(sim[1:] - sim[0])) <= xatol
                and np.max(np.abs(fsim[0] - fsim[1:])) <= fatol):
            break
        it += 1
        centre = sim[:-1].mean(axis=0)
        xr = 2.0 * centre - sim[-1]
        fr = fun(xr)
        if fr < fsim[0]:
            xe = 3.0 * centre - 2.0 * sim[-1]
            fe = fun(xe)
            sim[-1], fsim[-1] = (xe, fe) if fe < fr else (xr, fr)
        elif fr < fsim[-2]:
            sim[-1], fsim[-1] = xr, fr
        else:
            if fr < fsim[-1]:
                xc = 1.5 * centre - 0.5 * sim[-1]  # outside contraction
                fc = fun(xc)
                accept = fc <= fr
            else:
                xc = 0.5 * centre + 0.5 * sim[-1]  # inside contraction
                fc = fun(xc)
                accept = fc < fsim[-1]
            if accept:
                sim[-1], fsim[-1] = xc, fc
            else:  # shrink towards the best point
                sim[1:] = sim[0] + 0.5 * (sim[1:] - sim[0])
                fsim[1:] = [fun(p) for p in sim[1:]]
        order = np.argsort(fsim, kind="stable")
        sim, fsim = sim[order], fsim[order]
    ok = it < maxiter
    return Result(sim[0], float(fsim[0]), ok, it,
                  "converged" if ok else "iteration limit reached")


def bisect_root(f: Callable[[float], float], a: float, b: float, *, xtol: float = 1e-12) -> float:
    """A root of ``f`` in ``[a, b]`` (``f(a)`` and ``f(b)`` of opposite signs) within ``xtol``.

    Bisection: about 40 halvings for a unit interval, each certain to keep the root
    bracketed, which is all the planner's monotone gap needs.

    Raises
    ------
    ValueError
        When ``f(a)`` and ``f(b)`` have the same sign.
    """
    fa, fb = f(a), f(b)
    if fa == 0:
        return float(a)
    if fb == 0:
        return float(b)
    if np.sign(fa) == np.sign(fb):
        raise ValueError("f(a) and f(b) must have different signs")
    for _ in range(200):
        m = 0.5 * (a + b)
        if b - a <= 2 * xtol:
            return float(m)
        fm = f(m)
        if fm == 0:
            return float(m)
        if np.sign(fm) == np.sign(fa):
            a, fa = m, fm
        else:
            b = m
    return float(0.5 * (a + b))


_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(20)


def integrate_gauss(
    f: Callable[[np.ndarray], np.ndarray], a: float, b: float, *,
    points: Sequence[float] = (), panels: int = 400,
) -> float:
    """∫ f over ``[a, b]`` by composite 20-point Gauss-Legendre on ``panels`` equal panels.

    ``f`` takes an array of abscissae. ``points`` (e.g. the integrand's peak) become panel
    edges. Exact for polynomials of degree 39 on each panel; for an integrand that is
    smooth on the scale of a panel (the Beta densities of an A/B test spread over
    ±12 standard deviations: 400 panels are 0.06 sd wide) the error is at rounding level.
    """
    edges = np.unique(np.concatenate([np.linspace(a, b, panels + 1),
                                      [p for p in points if a < p < b]]))
    left, right = edges[:-1], edges[1:]
    half = (right - left)[:, None] / 2.0
    t = (left + right)[:, None] / 2.0 + half * _NODES[None, :]
    values = np.asarray(f(t.ravel()), dtype=float).reshape(t.shape)
    return float(np.sum(half * values * _WEIGHTS[None, :]))

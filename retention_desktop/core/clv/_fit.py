"""Shared maximum-likelihood machinery: log-parameter optimisation, Hessian, weights."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from retention_desktop.core import numeric


class ConvergenceError(RuntimeError):
    """A model fit did not converge; the message says why and what to try."""


def wdot(a: np.ndarray, b: np.ndarray) -> float:
    """Weighted sum Σ a·b without BLAS.

    ``np.dot`` on long vectors goes to a multi-threaded BLAS ``ddot`` whose thread
    hand-off costs ~30 ms per call on a busy machine (measured: 32 ms vs 0.05 ms for
    44k elements); the likelihood calls it dozens of times per evaluation.
    """
    return float(np.einsum("i,i->", np.asarray(a, dtype=float), np.asarray(b, dtype=float)))


def collapse(columns: Sequence[np.ndarray]) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
    """Collapse duplicate rows into unique rows with counts.

    Parameters
    ----------
    columns : sequence of 1-D arrays of equal length

    Returns
    -------
    unique_columns : list of arrays
    weights : ndarray
        How many input rows each unique row stands for.
    inverse : ndarray
        Index of each input row's unique row (``unique[inverse]`` rebuilds the input).
    """
    cols = [np.asarray(c, dtype=float) for c in columns]
    n = cols[0].size
    if n == 0:
        return [c.copy() for c in cols], np.zeros(0), np.zeros(0, dtype=np.intp)
    order = np.lexsort(cols[::-1])  # numeric sorts; the first column is the primary key
    s = [c[order] for c in cols]
    start = np.ones(n, dtype=bool)
    for c in s:
        start[1:] &= c[1:] == c[:-1]
    start = ~start
    start[0] = True
    group = np.cumsum(start) - 1
    inverse = np.empty(n, dtype=np.intp)
    inverse[order] = group
    counts = np.bincount(group).astype(float)
    return [c[start] for c in s], counts, inverse


def numerical_hessian(grad: Callable[[np.ndarray], np.ndarray], x: np.ndarray) -> np.ndarray:
    """Hessian by central differences of an analytic gradient (symmetrised)."""
    x = np.asarray(x, dtype=float)
    n = x.size
    h = 1e-5 * np.maximum(1.0, np.abs(x))
    hess = np.empty((n, n))
    for i in range(n):
        e = np.zeros(n)
        e[i] = h[i]
        hess[:, i] = (grad(x + e) - grad(x - e)) / (2 * h[i])
    return (hess + hess.T) / 2


def fit_log_params(
    neg_ll: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x0: np.ndarray,
    *,
    model: str,
    names: Sequence[str],
) -> tuple[np.ndarray, float, np.ndarray]:
    """Minimise a negative log-likelihood over log-parameters.

    ``neg_ll(z)`` returns the value and its gradient in ``z``. Tries BFGS inside the box
    ``[-15, 15]`` first and falls back to Nelder-Mead (``core/numeric.py``; the same
    tolerances the fit used with scipy's L-BFGS-B). Returns the natural
    parameters, the maximised log-likelihood and the covariance of the natural
    parameters (delta method on the log-parameter Hessian; NaN when singular).

    Raises
    ------
    ConvergenceError
        When neither optimiser reaches a finite optimum.
    """
    def safe(z: np.ndarray) -> tuple[float, np.ndarray]:
        with np.errstate(all="ignore"):
            val, grad = neg_ll(z)
        if not np.isfinite(val) or not np.all(np.isfinite(grad)):
            return 1e300, np.zeros_like(z)
        return val, grad

    best = None
    for method in ("BFGS", "Nelder-Mead"):
        if method == "BFGS":
            res = numeric.minimize_bfgs(safe, x0, bounds=(-15.0, 15.0),
                                        maxiter=5000, ftol=1e-15, gtol=1e-10)
        else:
            res = numeric.nelder_mead(lambda z: safe(z)[0], x0,
                                      maxiter=8000, xatol=1e-9, fatol=1e-10)
        if np.isfinite(res.fun) and res.fun < 1e299 and (best is None or res.fun < best.fun):
            best = res
        if res.success and np.isfinite(res.fun):
            break
        x0 = res.x if np.all(np.isfinite(res.x)) else x0
    if best is None or not np.all(np.isfinite(best.x)):
        raise ConvergenceError(
            f"The {model} model could not be fitted: the optimiser found no finite "
            "likelihood. The data may have too few repeat customers, or all customers "
            "look alike; try a longer calibration period or a small penalizer."
        )
    if np.any(np.abs(best.x) >= 14.9):
        bad = ", ".join(n for n, v in zip(names, best.x, strict=True) if abs(v) >= 14.9)
        raise ConvergenceError(
            f"The {model} model did not converge: parameter(s) {bad} ran off to an "
            "extreme value. This happens with very few or very uniform customers; try a "
            "longer calibration period or a small penalizer (e.g. 0.001)."
        )
    params = np.exp(best.x)
    try:
        hess = numerical_hessian(lambda z: neg_ll(z)[1], best.x)
        cov_log = np.linalg.inv(hess)
        if not np.all(np.isfinite(cov_log)) or np.any(np.diag(cov_log) < 0):
            raise np.linalg.LinAlgError
        jac = np.diag(params)
        cov = jac @ cov_log @ jac
    except np.linalg.LinAlgError:
        cov = np.full((len(params), len(params)), np.nan)
    return params, float(-best.fun), cov

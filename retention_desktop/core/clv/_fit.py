"""Shared maximum-likelihood machinery: log-parameter optimisation, Hessian, weights."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
from scipy import optimize


class ConvergenceError(RuntimeError):
    """A model fit did not converge; the message says why and what to try."""


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
    frame = pd.DataFrame({i: np.asarray(c, dtype=float) for i, c in enumerate(columns)})
    codes, uniques = pd.MultiIndex.from_frame(frame).factorize()
    weights = np.bincount(codes, minlength=len(uniques)).astype(float)
    unique_cols = [np.asarray(uniques.get_level_values(i), dtype=float) for i in range(len(columns))]
    return unique_cols, weights, codes


def numerical_hessian(fun: Callable[[np.ndarray], float], x: np.ndarray) -> np.ndarray:
    """Central-difference Hessian of a scalar function (for standard errors)."""
    x = np.asarray(x, dtype=float)
    n = x.size
    h = 1e-4 * np.maximum(1.0, np.abs(x))
    hess = np.empty((n, n))
    f0 = fun(x)
    for i in range(n):
        ei = np.zeros(n)
        ei[i] = h[i]
        hess[i, i] = (fun(x + ei) - 2 * f0 + fun(x - ei)) / h[i] ** 2
        for j in range(i + 1, n):
            ej = np.zeros(n)
            ej[j] = h[j]
            val = (fun(x + ei + ej) - fun(x + ei - ej) - fun(x - ei + ej) + fun(x - ei - ej)) / (
                4 * h[i] * h[j]
            )
            hess[i, j] = hess[j, i] = val
    return hess


def fit_log_params(
    neg_ll: Callable[[np.ndarray], float],
    x0: np.ndarray,
    *,
    model: str,
    names: Sequence[str],
) -> tuple[np.ndarray, float, np.ndarray]:
    """Minimise a negative log-likelihood over log-parameters.

    Tries L-BFGS-B first and falls back to Nelder-Mead. Returns the natural
    parameters, the maximised log-likelihood and the covariance of the natural
    parameters (delta method on the log-parameter Hessian; NaN when singular).

    Raises
    ------
    ConvergenceError
        When neither optimiser reaches a finite optimum.
    """
    def safe(z: np.ndarray) -> float:
        val = neg_ll(z)
        return val if np.isfinite(val) else 1e300

    best = None
    for method, opts in (("L-BFGS-B", {"maxiter": 5000, "ftol": 1e-15, "gtol": 1e-10}),
                         ("Nelder-Mead", {"maxiter": 8000, "xatol": 1e-9, "fatol": 1e-10})):
        bounds = [(-15.0, 15.0)] * len(x0) if method == "L-BFGS-B" else None
        res = optimize.minimize(safe, x0, method=method, bounds=bounds, options=opts)
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
        hess = numerical_hessian(neg_ll, best.x)
        cov_log = np.linalg.inv(hess)
        if not np.all(np.isfinite(cov_log)) or np.any(np.diag(cov_log) < 0):
            raise np.linalg.LinAlgError
        jac = np.diag(params)
        cov = jac @ cov_log @ jac
    except np.linalg.LinAlgError:
        cov = np.full((len(params), len(params)), np.nan)
    return params, float(-best.fun), cov

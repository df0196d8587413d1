"""Gamma-Gamma model of spend per transaction (Fader & Hardie 2013).

A customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers
(``v`` below is γ). Only customers with repeat transactions and a positive mean spend
enter the fit. The model assumes spend is independent of purchase frequency; a
noticeable correlation is reported as a warning.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np

from retention_desktop.core.clv._fit import ConvergenceError, collapse, fit_log_params, wdot
from retention_desktop.core.lazy import LazyModule

# scipy.special (and the OpenBLAS it links) loads on the first fit, not at start-up.
special = LazyModule("scipy.special")

__all__ = ["ConvergenceError", "GammaGammaParams", "SpendCorrelationWarning", "fit_gamma_gamma"]

NAMES = ("p", "q", "v")
#: |Pearson correlation| between frequency and mean spend above which we warn.
CORRELATION_WARNING = 0.3


class SpendCorrelationWarning(UserWarning):
    """Frequency and spend are correlated: Gamma-Gamma's independence assumption is doubtful."""


def _individual_ll(p, q, v, x, m):
    px = p * x
    return (special.gammaln(px + q) - special.gammaln(px) - special.gammaln(q) + q * np.log(v)
            + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(x * m + v))


@dataclass(frozen=True)
class GammaGammaParams:
    """Fitted Gamma-Gamma parameters.

    Attributes
    ----------
    p, q, v : float
    loglik : float
    cov : ndarray
        3×3 covariance from the numerical Hessian.
    n : int
        Customers fitted (repeat buyers with positive spend).
    correlation : float
        Pearson correlation between frequency and mean spend of those customers.
    """

    p: float
    q: float
    v: float
    loglik: float = float("nan")
    cov: np.ndarray = field(default_factory=lambda: np.full((3, 3), np.nan), repr=False)
    n: int = 0
    correlation: float = float("nan")

    @property
    def se(self) -> dict[str, float]:
        """Standard errors by parameter name."""
        diag = np.sqrt(np.clip(np.diag(self.cov), 0, None))
        return {n: float(v) for n, v in zip(NAMES, diag, strict=True)}

    def to_dict(self) -> dict:
        """JSON-ready parameters."""
        return {"p": self.p, "q": self.q, "v": self.v, "loglik": self.loglik, "se": self.se,
                "n": self.n, "correlation": self.correlation,
                "population_mean_spend": self.population_mean_spend}

    @property
    def population_mean_spend(self) -> float:
        """E[Z] = p·v/(q−1): the mean spend of a customer we know nothing about."""
        return self.p * self.v / (self.q - 1) if self.q > 1 else float("nan")

    def expected_spend(self, x, m) -> np.ndarray:
        """E[M | x, m_x]: expected mean spend per transaction.

        Customers without repeat transactions (``x == 0``) get the population mean.
        """
        x, m = np.broadcast_arrays(np.asarray(x, float), np.asarray(m, float))
        p, q, v = self.p, self.q, self.v
        with np.errstate(invalid="ignore", divide="ignore"):
            cond = p * (v + x * m) / (p * x + q - 1)
        return np.where(x > 0, cond, self.population_mean_spend)


def fit_gamma_gamma(x, m, *, penalizer: float = 0.0, warn: bool = True) -> GammaGammaParams:
    """Fit Gamma-Gamma on customers with ``x > 0`` and ``m > 0`` (others are skipped).

    Parameters
    ----------
    x : array-like
        Number of repeat transactions behind each mean.
    m : array-like
        Mean spend per repeat transaction.
    penalizer : float
        L2 penalty on the parameters.
    warn : bool
        Emit :class:`SpendCorrelationWarning` when |corr(x, m)| is large.

    Raises
    ------
    ConvergenceError
        Too few usable customers or no optimum found.
    """
    x, m = np.asarray(x, float), np.asarray(m, float)
    keep = (x > 0) & (m > 0) & np.isfinite(m)
    x, m = x[keep], m[keep]
    if x.size < 3:
        raise ConvergenceError(
            "The spend model needs customers with repeat purchases and positive spend; "
            f"only {x.size} found."
        )
    corr = float(np.corrcoef(x, m)[0, 1]) if np.std(x) > 0 and np.std(m) > 0 else 0.0
    if warn and abs(corr) > CORRELATION_WARNING:
        warnings.warn(
            f"Purchase frequency and spend are correlated (r = {corr:.2f}); the Gamma-Gamma "
            "spend model assumes they are independent, so value estimates may be biased.",
            SpendCorrelationWarning, stacklevel=2,
        )
    (ux, um), w, _ = collapse([x, m])
    n = x.size

    # Terms depending on x only are evaluated on the distinct x values.
    xs, ix = np.unique(ux, return_inverse=True)
    wx = np.bincount(ix, weights=w)
    log_m = np.log(um)
    xm = ux * um
    const = float(wdot(w, -log_m))  # the (px - 1) ln m split: px ln m - ln m
    wxlm = float(wdot(w, ux * log_m))
    log_xs = np.log(xs)

    def neg_ll(z: np.ndarray) -> tuple[float, np.ndarray]:
        """Mean negative log-likelihood and its gradient in log-parameters."""
        p, q, v = theta = np.exp(z)
        px = p * xs
        log_xmv = np.log(xm + v)
        per_x = (special.gammaln(px + q) - special.gammaln(px) - special.gammaln(q)
                 + q * np.log(v) + px * log_xs)
        ll = (float(wdot(wx, per_x)) + const + p * wxlm
              - float(wdot(w, (p * ux + q) * log_xmv)))
        psi_pxq = special.digamma(px + q)
        g = np.array([
            wdot(wx, xs * (psi_pxq - special.digamma(px) + log_xs)) + wxlm
            - wdot(w, ux * log_xmv),
            wdot(wx, psi_pxq - special.digamma(q) + np.log(v)) - wdot(w, log_xmv),
            wdot(wx, np.full_like(xs, q / v)) - wdot(w, (p * ux + q) / (xm + v)),
        ])
        value = -ll / n
        grad = -g * theta / n
        if penalizer:
            value += penalizer * float(np.sum(theta ** 2))
            grad += 2 * penalizer * theta ** 2
        return value, grad

    x0 = np.log(np.array([1.0, 2.0, float(np.mean(m))]))
    params, _, cov = fit_log_params(neg_ll, x0, model="Gamma-Gamma", names=NAMES)
    p, q, v = map(float, params)
    loglik = float(wdot(w, _individual_ll(p, q, v, ux, um)))
    return GammaGammaParams(p, q, v, loglik=loglik, cov=cov / n, n=n, correlation=corr)

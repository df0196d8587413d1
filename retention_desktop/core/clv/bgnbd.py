# ruff: noqa: N803, N806  (T is the model's notation for customer age, as in the paper)
"""BG/NBD model (Fader, Hardie & Lee 2005) fitted by maximum likelihood on scipy.

Purchases follow a Poisson process with rate λ ~ Gamma(r, α) while a customer is
alive; after every purchase the customer drops out with probability p ~ Beta(a, b).
The likelihood is evaluated in log space (``gammaln``/``betaln``/``logaddexp``), so it
stays finite for heavy buyers with hundreds of repeat purchases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from retention_desktop.core.clv._fit import ConvergenceError, collapse, fit_log_params, wdot
from retention_desktop.core.lazy import LazyModule

# scipy.special (and the OpenBLAS it links) loads on the first fit, not at start-up.
special = LazyModule("scipy.special")

__all__ = ["BGNBDParams", "ConvergenceError", "fit_bgnbd", "log_likelihood"]

NAMES = ("r", "alpha", "a", "b")


def _individual_ll(r, alpha, a, b, x, t_x, T):
    """Per-customer log-likelihood (vectorised)."""
    a1 = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    a2 = special.betaln(a, b + x) - special.betaln(a, b)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(
            x > 0,
            np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + t_x),
            -np.inf,
        )
    return a1 + a2 + np.logaddexp(a3, a4)


def log_likelihood(params, x, t_x, T, weights=None) -> float:
    """Total BG/NBD log-likelihood of ``(r, alpha, a, b)`` for the given data."""
    r, alpha, a, b = params
    ll = _individual_ll(r, alpha, a, b, np.asarray(x, float), np.asarray(t_x, float),
                        np.asarray(T, float))
    w = np.ones_like(ll) if weights is None else np.asarray(weights, float)
    return float(np.sum(w * ll))


@dataclass(frozen=True)
class BGNBDParams:
    """Fitted BG/NBD parameters and their uncertainty.

    Attributes
    ----------
    r, alpha, a, b : float
        Gamma(r, α) purchase rates, Beta(a, b) dropout probabilities.
    loglik : float
        Maximised log-likelihood (without the penalty).
    cov : ndarray
        4×4 covariance of ``(r, alpha, a, b)`` from the numerical Hessian.
    n : int
        Number of customers fitted.
    """

    r: float
    alpha: float
    a: float
    b: float
    loglik: float = float("nan")
    cov: np.ndarray = field(default_factory=lambda: np.full((4, 4), np.nan), repr=False)
    n: int = 0

    @property
    def values(self) -> np.ndarray:
        """``[r, alpha, a, b]``."""
        return np.array([self.r, self.alpha, self.a, self.b])

    @property
    def se(self) -> dict[str, float]:
        """Standard errors by parameter name."""
        diag = np.sqrt(np.clip(np.diag(self.cov), 0, None))
        return {n: float(v) for n, v in zip(NAMES, diag, strict=True)}

    def to_dict(self) -> dict:
        """JSON-ready parameters, log-likelihood and standard errors."""
        return {"r": self.r, "alpha": self.alpha, "a": self.a, "b": self.b,
                "loglik": self.loglik, "se": self.se, "n": self.n}

    # ------------------------------------------------------------------ predictions
    def p_alive(self, x, t_x, T) -> np.ndarray:
        """P(customer still alive at T | x, t_x, T)."""
        x, t_x, T = (np.asarray(v, float) for v in (x, t_x, T))
        with np.errstate(divide="ignore", invalid="ignore"):
            log_ratio = (np.log(self.a) - np.log(np.maximum(self.b + x - 1, 1e-300))
                         + (self.r + x) * (np.log(self.alpha + T) - np.log(self.alpha + t_x)))
        # 1 / (1 + e^z) computed without overflow.
        out = np.exp(-np.logaddexp(0.0, log_ratio))
        return np.where(x > 0, out, 1.0)

    def expected_purchases(self, t) -> np.ndarray:
        """E[X(t)]: expected purchases of a new customer in a period of length t."""
        t = np.asarray(t, float)
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        z = t / (alpha + t)
        hyp = special.hyp2f1(r, b, a + b - 1, z)
        return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp)

    def conditional_expected_purchases(self, t, x, t_x, T) -> np.ndarray:
        """E[Y(t) | x, t_x, T]: expected purchases in the next ``t`` time units.

        Uses Euler's transformation
        ``((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; c; z) = (1-z)^(a-1) 2F1(c-r-x, a-1; c; z)``
        with ``c = a+b+x-1`` and ``z = t/(α+T+t)``, whose parameters do not grow with
        ``x``, so heavy buyers and long horizons stay finite.
        """
        t, x, t_x, T = np.broadcast_arrays(*(np.asarray(v, float) for v in (t, x, t_x, T)))
        return self.expected_if_alive(t, x, T) * self.p_alive(x, t_x, T)

    def expected_if_alive(self, t, x, T) -> np.ndarray:
        """E[Y(t) | alive at T, x]: :meth:`conditional_expected_purchases` without the
        P(alive) factor; it does not depend on ``t_x`` (fewer distinct rows)."""
        t, x, T = np.broadcast_arrays(*(np.asarray(v, float) for v in (t, x, T)))
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        c = a + b + x - 1
        z = t / (alpha + T + t)
        with np.errstate(invalid="ignore", over="ignore"):  # non-finite: fallback below
            tail = (1 - z) ** (a - 1) * special.hyp2f1(a + b - 1 - r, a - 1, c, z)
        bad = ~np.isfinite(tail)
        if np.any(bad):  # direct form as a fallback
            tail = np.where(bad, (1 - z) ** (r + x) * special.hyp2f1(r + x, b + x, c, z), tail)
        with np.errstate(divide="ignore", invalid="ignore"):
            return (a + b + x - 1) / (a - 1) * (1 - tail)

    def p_any_purchase(self, t, x, t_x, T) -> np.ndarray:
        """P(at least one purchase in the next ``t`` | x, t_x, T).

        Alive at T, nobody drops out without purchasing, so no purchase in (T, T+t]
        means no Poisson event: E_λ[e^{-λt}] = ((α+T)/(α+T+t))^(r+x).
        """
        t, x, t_x, T = np.broadcast_arrays(*(np.asarray(v, float) for v in (t, x, t_x, T)))
        none = np.exp((self.r + x) * (np.log(self.alpha + T) - np.log(self.alpha + T + t)))
        return self.p_alive(x, t_x, T) * (1 - none)


def fit_bgnbd(x, t_x, T, *, weights=None, penalizer: float = 0.0,
              initial: tuple[float, float, float, float] | None = None) -> BGNBDParams:
    """Fit BG/NBD by maximum likelihood.

    Parameters
    ----------
    x, t_x, T : array-like
        Repeat transactions, recency and age of each customer (same time unit).
    weights : array-like, optional
        How many customers each row stands for. Without weights, duplicate
        ``(x, t_x, T)`` rows are collapsed automatically (much faster on big shops).
    penalizer : float
        L2 penalty ``penalizer * Σ θ²`` on the parameters; 0 = plain ML.
    initial : tuple, optional
        Starting ``(r, alpha, a, b)``.

    Returns
    -------
    BGNBDParams

    Raises
    ------
    ConvergenceError
        When the optimiser cannot find an optimum (message says what to try).
    ValueError
        On empty or invalid input.
    """
    x, t_x, T, w, n = _checked_input(x, t_x, T, weights)
    neg_ll = _neg_ll(x, t_x, T, w, n, penalizer)
    scale = float(np.average(T, weights=w)) or 1.0
    x0 = np.log(np.array(initial if initial else (0.5, scale / 3, 1.0, 2.0)))
    params, ll_per, cov_per = fit_log_params(neg_ll, x0, model="BG/NBD", names=NAMES)
    # neg_ll is per customer: rescale the covariance to the total likelihood.
    loglik = log_likelihood(params, x, t_x, T, w)
    return BGNBDParams(*map(float, params), loglik=loglik, cov=cov_per / n, n=n)


def _checked_input(x, t_x, T, weights):
    """``(x, t_x, T, w, n)`` as float arrays, duplicates collapsed when unweighted.

    Raises ``ValueError`` on invalid input and ``ConvergenceError`` when there is
    nothing to fit (see :func:`fit_bgnbd`).
    """
    x, t_x, T = (np.asarray(v, float) for v in (x, t_x, T))
    if x.size == 0:
        raise ValueError("no customers to fit")
    # T = 0 (first purchase on the last day observed) is valid: it adds nothing.
    if np.any(x < 0) or np.any(t_x < 0) or np.any(t_x > T):
        raise ValueError("need 0 <= recency <= T for every customer")
    if not np.any(T > 0):
        raise ConvergenceError("The BG/NBD model needs customers observed for more than a day.")
    if weights is None:
        (x, t_x, T), w, _ = collapse([x, t_x, T])
    else:
        w = np.asarray(weights, float)
    n = int(round(w.sum()))
    if np.all(x == 0):
        raise ConvergenceError(
            "The BG/NBD model needs repeat customers, but no customer bought twice in the "
            "calibration period."
        )
    return x, t_x, T, w, n


def _neg_ll(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, w: np.ndarray, n: int,
            penalizer: float):
    """The objective of :func:`fit_bgnbd`: ``z = log(r, alpha, a, b)`` -> (value, gradient)."""
    # Special functions are evaluated on the few distinct x, t_x and T values only.
    ux, ix = np.unique(x, return_inverse=True)
    utx, itx = np.unique(t_x, return_inverse=True)
    uT, iT = np.unique(T, return_inverse=True)
    has_repeat = x > 0
    wx = np.bincount(ix, weights=w)

    w_rep = w * has_repeat

    def neg_ll(z: np.ndarray) -> tuple[float, np.ndarray]:
        """Mean negative log-likelihood and its gradient in log-parameters."""
        r, alpha, a, b = theta = np.exp(z)
        a12 = (special.gammaln(r + ux) - special.gammaln(r) + r * np.log(alpha)
               + special.betaln(a, b + ux) - special.betaln(a, b))
        log_at = np.log(alpha + uT)[iT]
        log_atx = np.log(alpha + utx)[itx]
        rx = r + x
        a3 = -rx * log_at
        with np.errstate(divide="ignore"):
            lb = np.log(a) - np.log(np.maximum(b + ux - 1, 1e-300))
        a4 = np.where(has_repeat, lb[ix] - rx * log_atx, -np.inf)
        big = np.logaddexp(a3, a4)
        ll = float(wdot(wx, a12)) + float(wdot(w, big))
        # Gradient: per-x terms on distinct x; the log-sum-exp splits into weights.
        p3 = np.exp(a3 - big) * w
        p4 = np.exp(a4 - big) * w_rep
        psi_abx = special.digamma(a + b + ux)
        g = np.empty(4)
        g[0] = (wdot(wx, special.digamma(r + ux) - special.digamma(r) + np.log(alpha))
                - wdot(p3, log_at) - wdot(p4, log_atx))
        g[1] = (wdot(wx, np.full_like(ux, r / alpha))
                - wdot(p3, rx / (alpha + uT)[iT]) - wdot(p4, rx / (alpha + utx)[itx]))
        g[2] = wdot(wx, special.digamma(a + b) - psi_abx) + p4.sum() / a
        with np.errstate(divide="ignore", invalid="ignore"):
            inv_b = np.where(ux > 0, 1.0 / np.maximum(b + ux - 1, 1e-300), 0.0)
        g[3] = (wdot(wx, special.digamma(b + ux) - psi_abx - special.digamma(b)
                     + special.digamma(a + b))
                - wdot(p4, inv_b[ix]))
        value = -ll / n
        grad = -g * theta / n
        if penalizer:
            value += penalizer * float(np.sum(theta ** 2))
            grad += 2 * penalizer * theta ** 2
        return value, grad
    return neg_ll

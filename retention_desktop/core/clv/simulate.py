"""Deterministic synthetic shops drawn from the BG/NBD and Gamma-Gamma processes.

Used by benchmarks and parameter-recovery tests (and usable for demo data): with known
true parameters the fit can be checked against the truth.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def simulate_transactions(n_customers: int, *, r: float = 0.25, alpha: float = 4.0,
                          a: float = 0.8, b: float = 2.5, p: float = 6.0, q: float = 4.0,
                          v: float = 15.0, weeks: float = 78.0, acquisition_weeks: float = 12.0,
                          start: str = "2024-01-01", seed: int = 7) -> pd.DataFrame:
    """Transactions of ``n_customers`` simulated customers.

    Each customer arrives uniformly in the first ``acquisition_weeks`` (on a whole
    day), buys at Poisson rate λ ~ Gamma(r, α) per week, drops out after each purchase
    with probability ~ Beta(a, b), and spends Gamma(p, ν) per order with
    ν ~ Gamma(q, v). Purchase times are rounded to whole days.

    Returns
    -------
    pandas.DataFrame
        ``customer_id``, ``ts``, ``revenue``.
    """
    rng = np.random.default_rng(seed)
    lam = rng.gamma(r, 1.0 / alpha, n_customers)
    drop = rng.beta(a, b, n_customers)
    nu = rng.gamma(q, 1.0 / v, n_customers)
    birth = np.floor(rng.uniform(0, acquisition_weeks * 7, n_customers)) / 7.0
    ids, times = [np.arange(n_customers)], [birth]
    now = birth.copy()
    alive = np.ones(n_customers, dtype=bool)
    idx = np.arange(n_customers)
    while idx.size:
        now_i = now[idx] + rng.exponential(1.0, idx.size) / np.maximum(lam[idx], 1e-12)
        ok = now_i <= weeks
        idx, now_i = idx[ok], now_i[ok]
        ids.append(idx)
        times.append(now_i)
        now[idx] = now_i
        alive_i = rng.random(idx.size) >= drop[idx]
        alive[idx[~alive_i]] = False
        idx = idx[alive_i]
    cid = np.concatenate(ids)
    t = np.concatenate(times)
    spend = rng.gamma(p, 1.0 / nu[cid])
    ts = pd.Timestamp(start) + pd.to_timedelta(np.floor(t * 7), unit="D")
    out = pd.DataFrame({"customer_id": [f"C{c:06d}" for c in cid], "ts": ts,
                        "revenue": np.round(spend, 2)})
    return out.sort_values(["customer_id", "ts"], ignore_index=True)

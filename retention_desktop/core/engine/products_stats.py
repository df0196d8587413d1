"""Interval and survival helpers of the product tables, vectorised over many groups.

Everything here works on numpy arrays where each element (or each run of a sorted array)
is one product, so a table of 4,000 products costs a few array passes, not 4,000 loops.
"""

from __future__ import annotations

import numpy as np

from retention_desktop.core.engine.stats import Z95

BOOTSTRAP_RESAMPLES = 500
BOOTSTRAP_SEED = 20
# Above this many customers a product's revenue interval is the normal (CLT) one: the
# bootstrap matters for small, skewed samples; at 800k new customers resampling every
# product up to 1,000 customers cost ~6 s of the 10M-line budget (n x B draws).
BOOTSTRAP_MAX_N = 200
_BATCH = 4_000_000


def wilson_arrays(hits: np.ndarray, n: np.ndarray, z: float = Z95
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of ``hits / n`` element-wise (NaN where ``n`` is 0)."""
    hits = np.asarray(hits, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = hits / n
        z2 = z * z
        denom = 1.0 + z2 / n
        centre = (p + z2 / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    low = np.where(n > 0, np.maximum(0.0, centre - half), np.nan)
    high = np.where(n > 0, np.minimum(1.0, centre + half), np.nan)
    return low, high


def newcombe_diff(h1: np.ndarray, n1: np.ndarray, h2: np.ndarray, n2: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Newcombe's hybrid score interval (method 10, 1998) of ``p1 - p2``.

    Built from the two Wilson intervals: ``d - sqrt((p1-l1)^2 + (u2-p2)^2)`` to
    ``d + sqrt((u1-p1)^2 + (p2-l2)^2)``. Independent samples.

    Returns
    -------
    (diff, low, high) : arrays (NaN where a group is empty).
    """
    h1, n1, h2, n2 = (np.asarray(a, dtype=float) for a in (h1, n1, h2, n2))
    with np.errstate(invalid="ignore", divide="ignore"):
        p1, p2 = h1 / n1, h2 / n2
    l1, u1 = wilson_arrays(h1, n1)
    l2, u2 = wilson_arrays(h2, n2)
    d = p1 - p2
    low = d - np.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = d + np.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    ok = (n1 > 0) & (n2 > 0)
    return (np.where(ok, d, np.nan), np.where(ok, low, np.nan), np.where(ok, high, np.nan))


def bootstrap_means(values: np.ndarray, group: np.ndarray, n_groups: int,
                    resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED,
                    min_n: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean per group with a 95 % percentile-bootstrap interval (deterministic seed).

    Parameters
    ----------
    values : array of float
        One value per (group, member) row.
    group : array of int
        Group code of each row, ``0 .. n_groups - 1``.
    n_groups : int
    resamples, seed : int
        Bootstrap resamples and the seed of the random generator (same data, same interval).
    min_n : int
        Groups smaller than this get no interval (they are "too few" anyway).

    Returns
    -------
    (mean, low, high) : arrays of length ``n_groups`` (NaN where empty / too small).
        Groups larger than :data:`BOOTSTRAP_MAX_N` get the normal interval.
    """
    values = np.asarray(values, dtype=float)
    group = np.asarray(group, dtype=np.int64)
    counts = np.bincount(group, minlength=n_groups)
    sums = np.bincount(group, weights=values, minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = sums / counts
    low = np.full(n_groups, np.nan)
    high = np.full(n_groups, np.nan)
    order = np.argsort(group, kind="stable")
    sorted_vals = values[order]
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rng = np.random.default_rng(seed)
    sq = np.bincount(group, weights=values * values, minlength=n_groups)
    todo = np.flatnonzero(counts >= max(min_n, 2))
    big = todo[counts[todo] > BOOTSTRAP_MAX_N]
    n_big = counts[big].astype(float)
    var = (sq[big] - n_big * mean[big] ** 2) / (n_big - 1)
    half = Z95 * np.sqrt(np.maximum(var, 0.0) / n_big)
    low[big], high[big] = mean[big] - half, mean[big] + half
    small = todo[counts[todo] <= BOOTSTRAP_MAX_N]
    # Groups of one size are resampled together: one draw per size, not per group.
    for n in np.unique(counts[small]):
        same = small[counts[small] == n]
        step = max(1, _BATCH // (resamples * int(n)))  # ~4M draws (32 MB) at a time
        for i in range(0, same.size, step):
            gs = same[i:i + step]
            idx = rng.integers(0, n, size=(gs.size, resamples, n)) + starts[gs][:, None, None]
            q = np.quantile(sorted_vals[idx].mean(axis=2), [0.025, 0.975], axis=1)
            low[gs], high[gs] = q[0], q[1]
    return mean, low, high


def welch_diff(mean1: np.ndarray, var1: np.ndarray, n1: np.ndarray,
               mean2: np.ndarray, var2: np.ndarray, n2: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Difference of two means with a 95 % normal (Welch) interval, element-wise."""
    with np.errstate(invalid="ignore", divide="ignore"):
        d = mean1 - mean2
        half = Z95 * np.sqrt(var1 / n1 + var2 / n2)
    ok = (n1 > 1) & (n2 > 1)
    return np.where(ok, d, np.nan), np.where(ok, d - half, np.nan), np.where(ok, d + half, np.nan)


def km_medians(group: np.ndarray, durations: np.ndarray, events: np.ndarray,
               n_groups: int, rank: np.ndarray | None = None) -> np.ndarray:
    """Kaplan-Meier median of each group: the first time S(t) drops below 1/2.

    Same convention as :func:`retention_desktop.core.engine.second_order.km_median`
    (censored at time t are still at risk at t). NaN when S never falls below 1/2.

    ``rank``: optional integer rank of each duration (equal durations adjacent), so
    that one integer sort replaces a two-key sort (5M pairs: 2.3 s -> well under 1 s).
    """
    group = np.asarray(group, dtype=np.int64)
    durations = np.asarray(durations, dtype=float)
    events = np.asarray(events, dtype=bool)
    out = np.full(n_groups, np.nan)
    if group.size == 0:
        return out
    if rank is not None:
        order = np.argsort(group * (int(rank.max()) + 1) + rank)
    else:
        order = np.lexsort((durations, group))
    g, t, e = group[order], durations[order], events[order]
    # one entry per distinct (group, time)
    new = np.ones(g.size, dtype=bool)
    new[1:] = (g[1:] != g[:-1]) | (t[1:] != t[:-1])
    idx = np.flatnonzero(new)
    gg, tt = g[idx], t[idx]
    deaths = np.add.reduceat(e.astype(float), idx)
    leaving = np.diff(np.append(idx, g.size))
    size = np.bincount(g, minlength=n_groups)
    # customers already gone before this time, within the group
    cum = np.cumsum(leaving)
    gstart = np.ones(gg.size, dtype=bool)
    gstart[1:] = gg[1:] != gg[:-1]
    base = np.maximum.accumulate(np.where(gstart, np.arange(gg.size), 0))
    before = cum - leaving - (cum[base] - leaving[base])
    at_risk = size[gg] - before
    wiped = (deaths > 0) & (deaths >= at_risk)  # everyone left came back: S = 0
    with np.errstate(divide="ignore", invalid="ignore"):
        step = np.where((deaths > 0) & ~wiped, np.log1p(-deaths / at_risk), 0.0)
    cs = np.cumsum(step)
    logs = cs - (cs[base] - step[base])
    cw = np.cumsum(wiped)
    zero = (cw - (cw[base] - wiped[base])) > 0
    # S exactly 1/2 (1 of 2 came back) is not below it: a margin for the log round-off
    below = zero | (logs < np.log(0.5) - 1e-9)
    # first index per group where S < 1/2
    hit = np.flatnonzero(below)
    if hit.size:
        first = np.ones(hit.size, dtype=bool)
        first[1:] = gg[hit[1:]] != gg[hit[:-1]]
        out[gg[hit[first]]] = tt[hit[first]]
    return out

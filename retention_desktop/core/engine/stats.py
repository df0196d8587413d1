"""Small statistics helpers shared by the metrics (confidence intervals, safe ratios)."""

from __future__ import annotations

import math

import numpy as np

Z95 = 1.959963984540054


def ratio(num: float | None, den: float | None) -> float | None:
    """``num / den`` or ``None`` when the denominator is zero or missing."""
    if num is None or not den:
        return None
    return float(num) / float(den)


def wilson(successes: float, n: float, z: float = Z95) -> tuple[float | None, float | None]:
    """Wilson score interval of a proportion.

    Parameters
    ----------
    successes, n : float
        Count of successes and trials.
    z : float
        Normal quantile (1.96 for 95%).

    Returns
    -------
    (low, high) or (None, None) when ``n`` is 0.
    """
    if n <= 0:
        return None, None
    p = successes / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def clean(value: float | None, digits: int = 10) -> float | None:
    """Round floats for JSON (None/NaN -> None)."""
    if value is None:
        return None
    value = float(value)
    if math.isnan(value) or math.isinf(value):
        return None
    return round(value, digits)


def small_int_unique(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, return_inverse=True)`` for integer keys spanning a small range.

    Cohort keys are period numbers or dimension codes: a histogram over their range finds
    the distinct values in one linear pass, where ``np.unique`` sorts (at 2.9 M customers
    the sort was ~0.4 s of a 10M-order recompute). Falls back to ``np.unique`` when the
    range is much wider than the number of keys.

    Returns
    -------
    (codes, inverse) : sorted distinct keys, and each key's index into ``codes``.
    """
    keys = np.asarray(keys)
    if keys.size == 0:
        return np.unique(keys, return_inverse=True)
    lo, hi = int(keys.min()), int(keys.max())
    if hi - lo > 4 * keys.size + 1024:
        return np.unique(keys, return_inverse=True)
    shifted = (keys - lo).astype(np.intp, copy=False)
    present = np.bincount(shifted, minlength=hi - lo + 1) > 0
    codes = (np.flatnonzero(present) + lo).astype(keys.dtype, copy=False)
    position = np.cumsum(present, dtype=np.intp) - 1
    return codes, position[shifted]

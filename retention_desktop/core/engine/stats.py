"""Small statistics helpers shared by the metrics (confidence intervals, safe ratios)."""

from __future__ import annotations

import math

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

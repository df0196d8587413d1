"""Is the customer-value model fit worth showing? (issue 16, point 6)

A BG/NBD fit can converge to a degenerate corner (a -> 0, b -> infinity: "nobody ever
drops out", P(alive) ~ 1 for everyone) or to parameters the data cannot pin down
(standard error larger than the estimate), and a fit can be wrong on data it did not
see (the holdout check). Any of these makes the model's CLV a guess; the screen, the
JSON and the report then say so and fall back to a plainly labelled historical value.
"""

from __future__ import annotations

import math

#: A parameter whose standard error exceeds this multiple of its value is not identified.
MAX_RELATIVE_SE = 1.0
#: A mean dropout chance after a purchase, a / (a + b), below this means "nobody ever
#: drops out": the degenerate corner where every customer looks alive.
MIN_DROPOUT = 0.01
#: The holdout check may miss the actual repeat purchases by at most this share.
MAX_HOLDOUT_ERROR = 0.15


def parameter_problems(params, label: str) -> list[str]:
    """Plain-English problems of one BG/NBD fit (empty when it looks sound)."""
    out: list[str] = []
    se = params.se
    for name in ("r", "alpha", "a", "b"):
        value, err = float(getattr(params, name)), float(se[name])
        if not math.isfinite(err):
            out.append(f"{label}: {name} = {value:.3g} has no standard error (the fit is "
                       "degenerate).")
        elif err > MAX_RELATIVE_SE * abs(value):
            out.append(f"{label}: {name} = {value:.3g} ± {err:.3g} (the data cannot pin it "
                       "down).")
    if params.a / (params.a + params.b) < MIN_DROPOUT:
        out.append(f"{label}: a = {params.a:.3g}, b = {params.b:.3g} means almost nobody ever "
                   "stops buying, so every customer looks alive.")
    return out


def fit_problems(bgnbd, holdout) -> list[str]:
    """Problems of the scoring fit, the calibration fit and the holdout check."""
    if bgnbd is None:
        return []
    out = parameter_problems(bgnbd, "BG/NBD fit")
    if holdout is not None:
        out += parameter_problems(holdout.params, "BG/NBD fit on the calibration period")
        err = holdout.relative_error
        if math.isfinite(err) and abs(err) > MAX_HOLDOUT_ERROR:
            out.append(f"Holdout check: the model predicted {holdout.predicted_total:,.0f} "
                       f"repeat purchases, {holdout.actual_total:,.0f} happened "
                       f"({holdout_gap(err)}; more than the {MAX_HOLDOUT_ERROR:.0%} allowed).")
    return out


def holdout_gap(error: float) -> str:
    """(predicted − actual) / actual in words: a bare "+18.8%" reads as "more happened".

    The holdout line and the note about it use these same words.
    """
    if error != error:
        return "nothing happened to compare"
    if round(abs(error), 3) == 0:
        return "as predicted"
    word = "overestimated" if error > 0 else "underestimated"
    return f"the model {word} by {abs(error):.1%}"

"""Plain-language verdicts for an A/B comparison.

:func:`build_verdicts` returns structured verdicts (a status code and the numbers the
sentence needs) so the GUI can phrase them in the user's language with ``tr()``;
:func:`render_verdict` phrases them in English for the CLI and reports.

"You need about N more customers per variant" answers: with the observed rates taken as
the truth, how many customers per variant would the planner ask for (same alpha, 80 %
power, Bonferroni share of alpha when there are several variants), minus the customers
the smaller arm already has.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from retention_desktop.core import distributions as dist
from retention_desktop.core.abtest import planner

#: Above this many customers per variant a difference is too small to ever matter.
NEGLIGIBLE_N = 10_000_000


def _needed_per_variant(control, variant, alpha: float, power: float) -> float:
    """Customers per variant to detect the observed difference (math.inf if none)."""
    if control.is_binary:
        pa, pb = control.conversions / control.n, variant.conversions / variant.n
        if pa == pb:
            return math.inf
        return planner.n_exact(pa, pb, alpha, power)
    delta = variant.mean - control.mean
    if delta == 0:
        return math.inf
    z = dist.norm_ppf(1 - alpha / 2) + dist.norm_ppf(power)
    return float(z**2 * (control.sd**2 + variant.sd**2) / delta**2)


def build_verdicts(result: dict, variants: Sequence, power: float = 0.8) -> list[dict]:
    """One structured verdict per variant-vs-control comparison.

    Each item: ``variant``, ``control``, ``status`` (``better``, ``worse``,
    ``inconclusive``, ``no_difference`` (identical results so far) or ``negligible``), ``p_value`` (Holm-adjusted when several
    variants), ``needed_per_variant`` and ``more_needed_per_variant`` (None when the
    difference is significant or too small to matter), ``lift_pct``.
    """
    alpha = result["alpha"]
    k = len(variants)
    a_comp = planner.per_comparison_alpha(alpha, k)
    control = variants[0]
    out = []
    for variant, comp in zip(variants[1:], result["comparisons"], strict=True):
        item = {"variant": variant.name, "control": control.name,
                "p_value": comp["p_holm"], "lift_pct": comp["lift_pct"],
                "needed_per_variant": None, "more_needed_per_variant": None}
        better_direction = comp["diff"] > 0 if result["higher_is_better"] else comp["diff"] < 0
        if comp["significant"]:
            item["status"] = "better" if better_direction else "worse"
        elif comp["diff"] == 0:
            item["status"] = "no_difference"
        else:
            needed = _needed_per_variant(control, variant, a_comp, power)
            if needed > NEGLIGIBLE_N:
                item["status"] = "negligible"
            else:
                item["status"] = "inconclusive"
                item["needed_per_variant"] = math.ceil(needed)
                have = min(control.n, variant.n)
                item["more_needed_per_variant"] = max(0, math.ceil(needed) - have)
        out.append(item)
    return out


def _fmt_p(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"= {p:.3g}"


def _phrase(result: dict, better: bool) -> str:
    if result["metric"] == "continuous":
        return "had a higher average than" if better else "had a lower average than"
    if result["higher_is_better"]:
        return "kept more customers than" if better else "kept fewer customers than"
    return "lost fewer customers than" if better else "lost more customers than"


def verdict_sentence(result: dict, item: dict) -> str:
    """The English sentence of one structured verdict (see :func:`build_verdicts`)."""
    name, control, p = item["variant"], item["control"], _fmt_p(item["p_value"])
    status = item["status"]
    lift = "" if item["lift_pct"] is None else f" ({item['lift_pct']:+.1f}%)"
    if status in ("better", "worse"):
        better = status == "better"
        return (f"{name} {_phrase(result, better)} {control}{lift}; the difference is "
                f"unlikely to be chance (p {p})." + ("" if better else f" Keep {control}."))
    if status == "no_difference":
        return (f"{name} and {control} show exactly the same result so far (p {p}); collect "
                "more customers or test a bolder change.")
    if status == "negligible":
        return (f"{name} and {control} perform practically the same (p {p}); the gap is too "
                "small for any realistic test to detect.")
    more = item["more_needed_per_variant"]
    tail = (f" You need about {more:,} more customers per variant to tell a difference "
            "this size from chance." if more else
            " The test is already big enough to detect a difference this size, so the "
            "true difference is probably smaller than observed.")
    return f"Not enough evidence yet that {name} differs from {control}{lift} (p {p})." + tail


def render_verdict(result: dict) -> str:
    """English sentences for the whole test (SRM warning first)."""
    lines = []
    if result["srm"]["warning"]:
        lines.append(
            f"Warning: the customers are not split between the variants as planned "
            f"(SRM p {_fmt_p(result['srm']['p_value'])}); check the assignment before "
            "trusting any result below."
        )
    lines += [verdict_sentence(result, item) for item in result["verdicts"]]
    if result["mode"] == "sequential":
        lines.append("Numbers from the always-valid mode: safe to check every day.")
    return " ".join(lines)

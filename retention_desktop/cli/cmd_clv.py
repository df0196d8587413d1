"""``retention-desktop clv --project P [--calibration-end D] [--horizon 12] ... [--json]``."""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail
from retention_desktop.cli._clv_common import add_options, analyse, user_errors
from retention_desktop.core.clv.diagnostics import holdout_gap


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``clv`` parser."""
    p = sub.add_parser(
        "clv", help="customer value: BG/NBD + Gamma-Gamma fit, CLV, holdout check",
        description="Fit the BG/NBD purchase model and the Gamma-Gamma spend model, score "
        "every customer (P(alive), expected purchases, CLV) and check the prediction on a "
        "holdout period.")
    add_options(p)
    p.add_argument("--tracking", action="store_true",
                   help="include the week-by-week holdout tracking curve in the JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Fit, score and print the model summary."""
    try:
        result = analyse(args)
    except user_errors() as exc:
        return fail(str(exc))
    payload = result.to_dict()
    if payload["bgnbd"] is None:
        return fail("the purchase model could not be fitted: " + " ".join(result.warnings))
    if payload.get("holdout") and not args.tracking:
        payload["holdout"].pop("tracking", None)
    emit(payload, args.json, _text(payload))
    return 0


def _text(p: dict) -> str:
    bg, gg = p["bgnbd"], p["gamma_gamma"]
    lines = [
        f"customers: {p['customers']:,} (repeat customers: {p['repeat_customers']:,})"
        + ("  [rough: few repeat customers]" if p["rough"] else ""),
        f"BG/NBD: r={bg['r']:.4f} alpha={bg['alpha']:.4f} a={bg['a']:.4f} b={bg['b']:.4f} "
        f"log-likelihood={bg['loglik']:.2f}",
    ]
    if gg:
        lines.append(f"Gamma-Gamma: p={gg['p']:.4f} q={gg['q']:.4f} v={gg['v']:.4f}")
    if not p.get("model_ok", True):  # the report's and the Customers tab's words, first
        lines.append("the prediction model does not fit this shop: the CLV and P(alive) "
                     "below are rough guesses (the report shows the historical value)")
    lines.append(f"CLV over {p['horizon_months']} months (margin {p['margin']:.0%}, discount "
                 f"{p['discount']:.1%}/month): total {p['clv_total']:,.2f}, "
                 f"mean {p['clv_mean']:,.2f}")
    h = p.get("holdout")
    if h:
        lines.append(f"holdout {h['calibration_end']} .. {h['observation_end']}: predicted "
                     f"{h['predicted_repeat_purchases']:,.0f} repeat purchases, actual "
                     f"{h['actual_repeat_purchases']:,.0f} ({holdout_gap(h['relative_error'])})")
    lines.extend(f"note: {w}" for w in p["warnings"])
    return "\n".join(lines)

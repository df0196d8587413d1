"""Extra ``metrics`` options of the growth metrics (what-if, CAC, stickiness, compare).

Kept apart from :mod:`retention_desktop.cli.cmd_metrics` so that the generic command
stays small: it calls :func:`add_arguments` when building its parser and merges
:func:`collect` into the options passed to the metric function.
"""

from __future__ import annotations

import argparse
from typing import Any


def _spend(text: str) -> dict[str, Any]:
    """``CHANNEL@YYYY-MM=AMOUNT`` (or ``CHANNEL=AMOUNT`` needs --from for the period)."""
    try:
        key, amount = text.rsplit("=", 1)
        channel, _, period = key.partition("@")
        return {"channel": channel.strip() or None, "period": period.strip() or None,
                "amount": float(amount)}
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected CHANNEL@YYYY-MM=AMOUNT, e.g. ads@2024-01=1500, got {text!r}") from None


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected NAME=YYYY-MM-DD, got {text!r}")
    return key.strip(), value.strip()


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the growth-metric options to the ``metrics`` parser."""
    g = p.add_argument_group("growth metrics (whatif, cac, stickiness, compare)")
    g.add_argument("--x", type=float, help="whatif: retention improvement (default 5)")
    g.add_argument("--mode", choices=("percent", "points"),
                   help="whatif: raise retention by x percent (default) or x points")
    g.add_argument("--horizon", type=int, help="whatif: periods to project (default 12)")
    g.add_argument("--spend", type=_spend, action="append", metavar="CHANNEL@YYYY-MM=AMOUNT",
                   help="cac: typed-in spend (repeat), replaces the spend table")
    g.add_argument("--basis", choices=("auto", "activity", "orders"),
                   help="stickiness: activity table or order days (default auto)")
    g.add_argument("--campaign-end", type=_pair, action="append", metavar="CAMPAIGN=DATE",
                   help="compare: end date of a campaign (default: its last order)")


def collect(args: argparse.Namespace) -> dict[str, Any]:
    """The growth options the user gave, as metric keyword arguments."""
    out: dict[str, Any] = {}
    for key in ("x", "mode", "horizon", "basis"):
        if getattr(args, key, None) is not None:
            out[key] = getattr(args, key)
    if getattr(args, "spend", None):
        spend = []
        for item in args.spend:
            if item["period"] is None:
                if getattr(args, "date_from", None) is None:
                    raise ValueError("--spend CHANNEL=AMOUNT without @YYYY-MM needs --from")
                item = {**item, "period": args.date_from.isoformat()}
            spend.append(item)
        out["spend"] = spend
    if getattr(args, "campaign_end", None):
        out["campaign_ends"] = dict(args.campaign_end)
    return out

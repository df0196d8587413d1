"""``retention-desktop segments --project P [--json]``: RFM segments and lifecycle stages."""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail
from retention_desktop.cli._clv_common import add_options, analyse, user_errors


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``segments`` parser."""
    p = sub.add_parser(
        "segments", help="RFM segments and lifecycle stages: sizes, value, movement",
        description="Customers per RFM segment and lifecycle stage, with revenue and CLV, "
        "the rule tables and the movement between two dates (as-of date minus the "
        "activity window, and the as-of date).")
    add_options(p)
    p.set_defaults(func=run)


def _records(frame, key: str) -> list[dict]:
    out = []
    for label, row in frame.iterrows():
        rec = {key: label}
        for col, value in row.items():
            rec[col] = None if value != value else (int(value) if col == "customers" else float(value))
        out.append(rec)
    return out


def _matrix(frame) -> dict | None:
    if frame is None:
        return None
    return {str(r): {str(c): int(frame.loc[r, c]) for c in frame.columns} for r in frame.index}


def run(args: argparse.Namespace) -> int:
    """Compute segments and stages and print them."""
    from retention_desktop.core.clv import rfm, stages

    try:
        result = analyse(args)
    except user_errors() as exc:
        return fail(str(exc))
    seg = _records(result.segment_summary(), "segment")
    stg = _records(result.stage_summary(), "stage")
    payload = {
        "as_of": result.as_of.date().isoformat(),
        "customers": int(len(result.customers)),
        "rfm": {"segments": seg, "rules": rfm.rule_table()},
        "stages": {"stages": stg, "rules": stages.rule_table(result.stage_rules)},
        "transitions": {
            "from": result.transition_from.date().isoformat() if result.transition_from is not None else None,
            "to": result.as_of.date().isoformat(),
            "stages": _matrix(result.stage_transitions),
            "segments": _matrix(result.segment_transitions),
        },
        "warnings": result.warnings,
    }
    lines = [f"as of {payload['as_of']}: {payload['customers']:,} customers", "RFM segments:"]
    lines += [f"  {s['segment']:<20} {s['customers']:>7,}  revenue {s['revenue']:>14,.2f}"
              for s in seg]
    lines.append("lifecycle stages:")
    lines += [f"  {s['stage']:<20} {s['customers']:>7,}  revenue {s['revenue']:>14,.2f}"
              for s in stg]
    emit(payload, args.json, "\n".join(lines))
    return 0

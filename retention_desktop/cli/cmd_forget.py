"""``retention-desktop forget --project P --customer ID``: erase one customer's data."""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``forget`` parser."""
    p = sub.add_parser("forget", help="delete all data of one customer (erasure request)")
    p.add_argument("--project", required=True, help="project file")
    p.add_argument("--customer", required=True, metavar="ID",
                   help="customer id as in your exports (or its pseudonym)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Delete the customer's rows from every table in one transaction."""
    from retention_desktop.core.store import ProjectError, ProjectStore
    from retention_desktop.core.store.forget import forget_customer

    try:
        with ProjectStore(args.project) as store:
            counts = forget_customer(store, args.customer)
    except ProjectError as exc:
        return fail(str(exc))
    if not any(counts.values()):
        return fail(f"no data about customer {args.customer!r} in {args.project}")
    text = "deleted " + ", ".join(f"{n:,} {t}" for t, n in counts.items() if n)
    emit({"customer": args.customer, "deleted": counts}, args.json, text)
    return 0

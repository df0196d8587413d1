"""``retention-desktop lists NAME --project P --out FILE [--pseudonymise]``: action lists."""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail
from retention_desktop.cli._clv_common import add_options, analyse, user_errors

LIST_NAMES = ("at-risk", "win-back", "due-to-reorder", "top-clv")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``lists`` parser."""
    p = sub.add_parser(
        "lists", help="export an action list (at-risk, win-back, due-to-reorder, top-clv)",
        description="Write a customer list for your SMS/email tool as CSV or XLSX (by the "
        "file extension), with the imported contact columns.")
    p.add_argument("name", choices=LIST_NAMES, help="which list")
    p.add_argument("--out", required=True, help="output file (.csv or .xlsx)")
    p.add_argument("--top", type=int, help="keep only the first N customers")
    p.add_argument("--pseudonymise", "--pseudonymize", dest="pseudonymise", action="store_true",
                   help="replace customer ids by salted hashes and drop contact columns")
    p.add_argument("--salt", help="salt for --pseudonymise (keep it to match later exports)")
    add_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the list and write the file."""
    from retention_desktop.core.clv.lists import build_list, export_list

    if args.salt and not args.pseudonymise:
        return fail("--salt only applies with --pseudonymise")
    try:
        result = analyse(args)
        frame = build_list(result.customers, args.name, contacts=result.contacts,
                           as_of=result.as_of, top_n=args.top)
        info = export_list(frame, args.out, pseudonymised=args.pseudonymise, salt=args.salt)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror or exc}")
    except user_errors() as exc:
        return fail(str(exc))
    info["list"] = args.name
    text = f"{info['rows']:,} customers written to {info['path']}"
    if "salt" in info:
        text += f" (pseudonymised; salt {info['salt']})"
    emit(info, args.json, text)
    return 0

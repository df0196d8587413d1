"""``retention-desktop import FILE_OR_FOLDER... --project P``: import shop exports."""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``import`` parser."""
    p = sub.add_parser("import", help="import CSV/Excel exports into a project")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER", help="files or folders")
    p.add_argument("--project", required=True, help="project file (created when missing)")
    p.add_argument("--sheet", default=None, help="Excel sheet to read")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="use COLUMN for FIELD (e.g. revenue=Total); repeatable")
    p.add_argument("--target", default="orders",
                   help="orders (default), customers, activity, assignments, spend, survey "
                        "or auto")
    p.add_argument("--date-order", default=None,
                   help="force iso, day-first, month-first, excel-serial, yyyymmdd or jalali")
    p.add_argument("--encoding", default=None, help="force a text encoding, e.g. cp1256")
    p.add_argument("--pseudonymise", action="store_true",
                   help="store customer ids and every e-mail, phone or name column as "
                   "salted hashes")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _mapping(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip():
            raise ValueError(f"--map needs FIELD=COLUMN, got {pair!r}")
        out[field.strip()] = column.strip()
    return out


def _text(summary: dict) -> str:
    rej = summary["rejected_rows"]
    lines = [
        f"files: {len(summary['files'])}",
        f"rows read: {summary['rows_read']:,}",
        f"line items: {summary['line_items']:,}",
        f"orders created: {summary['orders_created']:,}"
        f" (+ {summary['returns_created']:,} returns, "
        f"{summary['cancellations_created']:,} cancellations)",
        f"customers: {summary['customers']:,}",
        f"guest rows: {summary['guest_rows']:,}",
        f"cancelled rows: {summary['cancelled_rows']:,}",
        f"returned rows: {summary['returned_rows']:,}",
        f"duplicates skipped: {summary['duplicates_skipped']:,}",
        f"product lines kept: {summary.get('product_lines', 0):,}"
        f" ({summary.get('products', 0):,} products)",
        f"rejected rows: {rej['count']:,}",
    ]
    lines += [f"  {r}" for r in rej["first"]]
    lines += [
        f"date range: {summary['date_min']} .. {summary['date_max']}",
        f"date order: {summary['date_order']}",
        f"encoding: {summary['encoding']}",
        f"import id: {summary['import_id']}",
    ]
    lines += [f"recognised: {x}" for x in summary.get("layouts", [])]
    lines += [f"money: {x}" for x in summary.get("money", [])]
    lines += [f"customers: {x}" for x in summary.get("identity", [])]
    lines += [f"warning: {w}" for w in summary["warnings"]]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Run the import and print its summary."""
    from retention_desktop.core.importer import ImportFailed, ImportOptions, import_files
    from retention_desktop.core.store import ProjectError, ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    try:
        options = ImportOptions(target=args.target, sheet=args.sheet,
                                mapping=_mapping(args.map), date_order=args.date_order,
                                encoding=args.encoding, pseudonymise=args.pseudonymise)
    except ValueError as exc:
        return fail(str(exc))
    try:
        with ProjectStore(args.project) as store:
            summary = run_to_completion(import_files(store, args.paths, options))
    except (ImportFailed, ProjectError) as exc:
        return fail(str(exc))
    except MemoryError:
        return fail("not enough memory to import these files; import them in smaller parts")
    payload = summary.to_dict()
    emit(payload, args.json, _text(payload))
    return 0

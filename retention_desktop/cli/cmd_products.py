"""``retention-desktop metrics products``: which products bring customers back.

Reached through ``metrics products`` (same filters, ``--period``, ``--lang`` and
``--json`` as every metric). Here ``--window`` is the repeat window the table is ranked
by (30, 90, 180 or 365 days; default 90), ``--by`` is ``product`` or ``category``.
``--reorder-due --out FILE.csv|xlsx`` writes the "bought once, not reordered within its
usual interval" list instead.
"""

from __future__ import annotations

import argparse
from typing import Any

from retention_desktop.cli import emit, fail


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Options only ``metrics products`` takes."""
    p.add_argument("--top", type=int, help="products: keep the first N rows of each table")
    p.add_argument("--product", help="products: one product (id/SKU or name, any spelling) "
                   "or, with --by category, one category: its row and what its buyers buy "
                   "next")
    p.add_argument("--reorder-due", action="store_true",
                   help="products: list customers who bought a product once and are past "
                   "its usual reorder interval (with --out)")
    p.add_argument("--out", help="products --reorder-due: write the list to this .csv/.xlsx")


def used(args: argparse.Namespace) -> list[str]:
    """The products-only options given (refused for other metrics)."""
    return [f"--{k.replace('_', '-')}" for k in ("top", "product", "out")
            if getattr(args, k, None) is not None] + (
        ["--reorder-due"] if getattr(args, "reorder_due", False) else [])


def _by_and_key(store: Any, args: argparse.Namespace) -> tuple[str, str | None]:
    """``--by`` (default ``product``) and the group key ``--product`` names (None without
    it); ValueError when no product line matches (the caller prints it and fails)."""
    from retention_desktop.core.engine import products as eng

    by = args.by or "product"
    key = None
    if args.product:
        key = eng.resolve_product(store, args.product, by)
        if key is None:
            raise ValueError(f"no {by} called {args.product!r} in the product lines")
    return by, key


def _compute(store: Any, spec: Any, settings: Any, args: argparse.Namespace) -> dict:
    from retention_desktop.core.engine import products as eng

    by, key = _by_and_key(store, args)
    windows = tuple(args.n) if args.n else eng.WINDOWS
    rank = args.window if args.window is not None else (
        eng.RANK_WINDOW if eng.RANK_WINDOW in windows else windows[0])
    with eng.ProductWork(store, spec, settings) as work:  # tables share their passes
        first = eng.first_products(store, spec, settings, by=by, windows=windows,
                                   rank_window=rank, product=key, work=work)
        if not first.meta.has_line_items:
            raise ValueError("this project has no product lines: import a line-item export "
                             "(one row per product of an order) to see products")
        if by == "category" and not first.meta.has_categories:
            raise ValueError("the product lines have no category column")
        rep = eng.repurchase(store, spec, settings, by=by, product=key, work=work)
        nxt = None if key is None else eng.next_products(
            store, spec, settings, key, by=by, top=args.top or 10, work=work)
    out = first.to_dict()
    top = args.top
    if top is not None:
        out["rows"] = out["rows"][:max(top, 0)]
    out["repurchase"] = [r.to_dict() for r in rep.rows][:top if top is not None else None]
    if nxt is not None:
        out["next_products"] = nxt.to_dict()
    return out


def run_products(args: argparse.Namespace, store: Any, spec: Any, settings: Any) -> int:
    """Compute and print the product tables (or write the reorder-due list)."""
    from retention_desktop.cli.cmd_metrics import _label_locale

    if args.reorder_due:
        return _reorder_due(args, store, spec, settings)
    if args.out:
        return fail("--out applies to --reorder-due")
    result = _compute(store, spec, settings, args)
    emit(result, args.json, text(result, _label_locale(args, settings)[0]))
    return 0


def _reorder_due(args: argparse.Namespace, store: Any, spec: Any, settings: Any) -> int:
    import pandas as pd

    from retention_desktop.core.clv.lists import export_list
    from retention_desktop.core.engine import products as eng

    by, key = _by_and_key(store, args)
    frame = eng.reorder_due_frame(store, spec, settings, product=key, by=by)
    if args.top is not None:
        frame = frame.head(max(args.top, 0))
    rows = frame.to_dict("records")
    frame["last_purchase"] = pd.to_datetime(frame["last_purchase"])
    if not args.out:
        for row in rows:
            row["last_purchase"] = row["last_purchase"].isoformat()
        emit({"rows": rows}, args.json,
             frame.to_string(index=False) if len(frame) else "nobody is due to reorder")
        return 0
    try:
        info = export_list(frame, args.out)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror or exc}")
    emit(info, args.json, f"{info['rows']:,} customers written to {info['path']}")
    return 0


def _rate(r: dict, loc: Any) -> str:
    from retention_desktop.core.formatting import fmt_percent, fmt_range

    if r["rate"] is None:  # n = 0: nobody followed that long yet (or nobody at all)
        return "— (nobody followed that long)" if r.get("days") else "—"
    span = fmt_range(fmt_percent(r["low"], 1, loc), fmt_percent(r["high"], 1, loc), loc)
    cell = f"{fmt_percent(r['rate'], 1, loc)} ({span})"
    return cell + (" too few" if r["too_few"] else "")


def text(result: dict, loc: Any = None) -> str:
    """The tables for people: ranked first products, then repurchase (and next products)."""
    from retention_desktop.core.formatting import fmt_number, fmt_percent, fmt_range

    meta, shop = result["meta"], result["shop"]
    w = meta["rank_window"]
    wi = meta["windows"].index(w)
    lines = [f"products by {meta['by']}: new customers with a first order "
             f"{meta['range_from']} to {meta['range_to']}, followed to {meta['data_end']} "
             f"(min n {meta['min_n']}, {meta['revenue_policy']} revenue); the 'vs all' "
             f"intervals hold for all {meta.get('comparisons', 1)} compared and all "
             f"{len(meta['windows'])} windows together, so a "
             "product is called above or below only when chance is ruled out for the list",
             f"rank\tname\tcustomers\trepeat within {w} days (95% interval)\t"
             f"vs all, points (interval)\tmedian days to 2nd\trevenue 90 days\trevenue 365 days\t"
             "verdict"]
    for row in [shop] + result["rows"]:
        rep = row["repeat"][wi]
        diff = "" if rep["diff"] is None else (  # percentage points, not percent
            f"{fmt_number(100 * rep['diff'], 1, loc, signed=True)} pts ("
            + fmt_range(fmt_number(100 * rep["diff_low"], 1, loc),
                        fmt_number(100 * rep["diff_high"], 1, loc), loc) + ")")
        med = row["median_days_to_second"]
        lines.append("\t".join([
            str(row["rank"] or "-"), row["name"], fmt_number(row["customers"], 0, loc),
            _rate(rep, loc), diff or "-",
            fmt_number(med, 0, loc) if med is not None else "not yet half",
            *(fmt_number(a["mean"], 2, loc) + (" too few" if a["too_few"] else "")
              for a in row["revenue"]),
            row["verdict"]]))
    lines.append("repurchase of the same product:")
    lines.append("name\tbuyers\tbought again (95% interval)\treorder interval days")
    for r in result["repurchase"]:
        iv = r["median_interval_days"]
        lines.append("\t".join([r["name"], fmt_number(r["buyers"], 0, loc),
                                _rate(r["repurchase"], loc),
                                "-" if iv is None else fmt_number(iv, 0, loc)]))
    nxt = result.get("next_products")
    if nxt:
        lines.append(f"second orders after {nxt['source_name']} (n = "
                     f"{fmt_number(nxt['n'], 0, loc)}{', too few' if nxt['too_few'] else ''}):")
        lines.append("name\tcustomers\tshare (95% interval)\tbase rate\tlift")
        for r in nxt["rows"]:
            lines.append("\t".join([r["name"], fmt_number(r["customers"], 0, loc),
                                    _rate(r["share"], loc), fmt_percent(r["base_rate"], 1, loc),
                                    fmt_number(r["lift"], 2, loc)]))
    return "\n".join(lines)

"""``retention-desktop metrics NAME --project P [...] [--json]`` and ``metrics --list``."""

from __future__ import annotations

import argparse
import inspect
import re
from datetime import date
from typing import Any

from retention_desktop.cli import (
    EXIT_USAGE,
    add_customer_filters,
    add_period_option,
    apply_period,
    emit,
    fail,
    growth_options,
    product_filters,
    resolve_product_filters,
)

GRAINS = ("day", "week", "month", "quarter", "year")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2024-01-31, got {text!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``metrics`` parser."""
    p = sub.add_parser(
        "metrics", help="compute a metric (kpis, crr, cohorts, ...) or list them",
        description="Compute one metric for a project. 'metrics --list' lists the metrics "
        "with their definition cards.",
    )
    p.add_argument("name", nargs="?", help="metric name (see --list)")
    p.add_argument("--list", action="store_true", help="list metrics and their definitions")
    p.add_argument("--project", help="project file")
    p.add_argument("--from", dest="date_from", type=_date, help="first day of the range")
    p.add_argument("--to", dest="date_to", type=_date, help="last day of the range")
    add_period_option(p)
    p.add_argument("--grain", choices=GRAINS, help="period length (default: month)")
    p.add_argument("--week-start", type=int, choices=range(7), metavar="0-6",
                   help="first weekday, 0 = Monday ... 6 = Sunday")
    p.add_argument("--calendar", choices=("gregorian", "jalali"))
    p.add_argument("--window", type=int, help="activity window W in days (default 90)")
    p.add_argument("--revenue-policy", choices=("net", "gross"))
    p.add_argument("--margin", type=float, help="gross margin in percent")
    p.add_argument("--min-n", type=int, help="cohort cells below this size are low-confidence")
    add_customer_filters(p)
    p.add_argument("--first-order-from", type=_date)
    p.add_argument("--first-order-to", type=_date)
    p.add_argument("--min-orders", type=int)
    p.add_argument("--max-orders", type=int)
    p.add_argument("--by", help="breakdown: a dimension column (or a grain for cohorts), or "
                   "first-product / first-category: the main product (or category) of the "
                   "first order, the one it spent most on, so each customer counts once "
                   "(metrics products counts a customer under every product of the first "
                   "order); needs line items")
    p.add_argument("--measure", help="cohort measure: return-on, on-or-after, repurchase, "
                   "revenue, ltv")
    p.add_argument("--n", type=int, nargs="+", help="N-day windows, e.g. --n 7 30 90")
    p.add_argument("--baseline", help="baseline value for comparisons")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    growth_options.add_arguments(p)
    from retention_desktop.cli import cmd_products

    cmd_products.add_arguments(p)
    p.set_defaults(func=run)


_OPTIONS = ("by", "measure", "n", "baseline")


def _settings(args: argparse.Namespace, base: Any) -> Any:
    changes = {
        "grain": args.grain, "week_start": args.week_start, "calendar": args.calendar,
        "activity_window_days": args.window, "revenue_policy": args.revenue_policy,
        "gross_margin_pct": args.margin, "min_cell_n": args.min_n,
    }
    return base.with_(**{k: v for k, v in changes.items() if v is not None})


def _list_text(entries: list[dict[str, Any]]) -> str:
    lines = []
    for e in entries:
        lines.append(f"{e['name']}: {e['summary']}")
        for card in e["definitions"]:
            lines.append(f"    {card['name']} = {card['formula']}")
            lines.append(f"        denominator: {card['denominator']}; window: {card['window']}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Compute the metric and print it."""
    from retention_desktop.core.engine import definitions, registry

    metrics = registry.load_all()
    if args.list:
        entries = [
            {"name": name, "summary": registry.SUMMARIES.get(name, ""),
             "definitions": [definitions.get(k).to_dict() for k in registry.CARDS.get(name, ())]}
            for name in metrics
        ]
        emit({"metrics": entries}, args.json, _list_text(entries))
        return 0
    if not args.name:
        return fail("give a metric name or --list; metrics: " + ", ".join(metrics))
    if args.name not in metrics:
        return fail(f"unknown metric {args.name!r}; known: {', '.join(metrics)}")
    if not args.project:
        return fail("--project is required")
    from retention_desktop.cli import cmd_products

    if args.name != "products" and cmd_products.used(args):
        return fail(f"{', '.join(cmd_products.used(args))} only apply to 'metrics products'")
    func = metrics[args.name]
    accepted = inspect.signature(func).parameters
    options = {k: getattr(args, k) for k in _OPTIONS if getattr(args, k) is not None}
    try:
        options.update(growth_options.collect(args))
    except ValueError as exc:
        return fail(str(exc))
    for key in options:
        if key not in accepted and args.name != "products":
            fail(f"--{key} does not apply to {args.name}")
            return EXIT_USAGE

    from retention_desktop.core.engine.base import FilterError
    from retention_desktop.core.engine.spec import FilterSpec, saved_settings
    from retention_desktop.core.store import ProjectError, ProjectStore

    try:
        spec = FilterSpec.from_where_args(
            args.where, date_from=args.date_from, date_to=args.date_to,
            first_order_from=args.first_order_from, first_order_to=args.first_order_to,
            min_orders=args.min_orders, max_orders=args.max_orders,
            lifecycle_stage=args.stage, rfm_segment=args.segment, **product_filters(args),
        )
    except ValueError as exc:
        return fail(str(exc))
    try:
        with ProjectStore(args.project, read_only=True) as store:
            settings = _settings(args, saved_settings(store))
            spec = apply_period(args, spec, store, settings.calendar)
            spec = resolve_product_filters(spec, store)
            if args.name == "products":  # its own options and text output
                return cmd_products.run_products(args, store, spec, settings)
            result = func(store, spec, settings, **options)
    except (ProjectError, FilterError, ValueError) as exc:
        return fail(str(exc))
    emit(result, args.json, _text(args.name, result, _label_locale(args, settings)))
    return 0


def _label_locale(args: argparse.Namespace, settings: Any) -> tuple[Any, str]:
    """Locale and grain for period labels: the language's digits, the analysis calendar."""
    from retention_desktop.core.formatting import LocaleSettings

    loc = LocaleSettings.for_language(getattr(args, "lang", None) or "en")
    return loc.with_(calendar=settings.calendar), settings.grain


def _fmt(value: Any, loc: Any = None) -> str:
    if loc is not None and loc.language != "en" and isinstance(value, (int, float)) \
            and not isinstance(value, bool):
        from retention_desktop.core.formatting import fmt_number

        decimals = 0 if isinstance(value, int) else (4 if abs(value) < 10 else 2)
        return fmt_number(value, decimals, loc)
    if loc is not None and loc.language != "en" and isinstance(value, str) \
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        from retention_desktop.core.formatting import fmt_date

        return fmt_date(value, "short", loc)  # the analysis calendar, local digits
    if isinstance(value, float):
        return f"{value:,.4f}" if abs(value) < 10 else f"{value:,.2f}"
    return str(value)


def _cohort_label(row: dict[str, Any], labels: tuple[Any, str] | None) -> str:
    """``Azar 1389 (n=872)``: the cohort's period in the analysis calendar, its size."""
    from retention_desktop.core.formatting import fmt_int, fmt_period

    cohort, size = row["cohort"], row["size"]
    if labels is None:
        return f"{cohort} (n={size})"
    loc, grain = labels
    try:
        cohort = fmt_period(cohort, grain, loc)
    except (TypeError, ValueError):  # a cohort by a dimension value, not a period
        pass
    return f"{cohort} (n={fmt_int(size, loc)})"


def _text(name: str, result: dict[str, Any], labels: tuple[Any, str] | None = None) -> str:
    """A plain-text rendering for people (``--json`` for machines).

    ``labels`` = (locale, grain) writes cohort periods in the analysis calendar (Jalali
    cohorts as Jalali months) and numbers in the ``--lang`` digits.
    """
    loc = labels[0] if labels else None
    lines = [f"{name}"]
    for key, value in result.items():
        if key == "headline" and isinstance(value, dict):
            lines += _headline_lines(value, loc)
        elif key == "range" and name == "compare" and isinstance(value, dict):
            # the same words as the Segments tab: which dates, and why not all time
            lines.append(f"range: {_fmt(value.get('from'), loc)} to {_fmt(value.get('to'), loc)}"
                         + (" (about the last 12 months of data; --from/--to or --period "
                            "change it)" if result.get("default_range") else ""))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            if key == "cohorts":
                for row in value:
                    cells = " ".join(_fmt(c["value"], loc) for c in row["cells"])
                    lines.append(f"  {_cohort_label(row, labels)}: {cells}")
            else:
                cols = list(value[0])
                lines.append("  " + "\t".join(cols))
                for row in value:
                    lines.append("  " + "\t".join(_fmt(row.get(c), loc) for c in cols))
        elif isinstance(value, dict):
            lines.append(f"{key}: " + ", ".join(f"{k}={_fmt(v, loc)}" for k, v in value.items()))
        else:
            lines.append(f"{key}: {_fmt(value, loc)}")
    return "\n".join(lines)


def _headline_lines(headline: dict[str, Any], loc: Any = None) -> list[str]:
    """The named period the Overview's cards show: ``key: value (previous value)``."""
    current, previous = headline["current"], headline.get("previous")
    lines = [f"headline: {_fmt(current['from'], loc)} to {_fmt(current['to'], loc)} "
             f"({headline['grain']}, {headline['calendar']} calendar)"
             + (f", compared with {_fmt(previous['from'], loc)} to {_fmt(previous['to'], loc)}"
                if previous else "")]
    before = previous["kpis"] if previous else {}
    for key, value in current["kpis"].items():
        if isinstance(value, (dict, list)) or key == "currency":
            continue
        was = f" ({_fmt(before[key], loc)})" if key in before else ""
        lines.append(f"  {key}: {_fmt(value, loc)}{was}")
    return lines

"""Options and the shared run of the customer-value commands (clv, segments, lists)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from retention_desktop.cli import (
    add_customer_filters,
    product_filters,
    resolve_product_filters,
)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 1997-09-30, got {text!r}") from None


def add_options(p: argparse.ArgumentParser) -> None:
    """Options shared by ``clv``, ``segments`` and ``lists``."""
    p.add_argument("--project", required=True, help="project file")
    p.add_argument("--calibration-end", type=_date, metavar="DATE",
                   help="fit on orders up to this day and check the prediction on the rest")
    p.add_argument("--as-of", type=_date, metavar="DATE",
                   help="score customers as of this day (default: the last order day)")
    p.add_argument("--horizon", type=int, default=12, metavar="MONTHS",
                   help="CLV horizon in months (default 12)")
    p.add_argument("--discount", type=float, default=0.01,
                   help="monthly discount rate (default 0.01 = 1 %%)")
    p.add_argument("--margin", type=float,
                   help="gross margin, 0.3 or 30 for 30 %% (default: the project's setting)")
    p.add_argument("--unit", choices=("weeks", "days"), default="weeks",
                   help="model time unit (default weeks)")
    p.add_argument("--penalizer", type=float, default=0.0,
                   help="small L2 penalty for hard-to-fit data, e.g. 0.001")
    p.add_argument("--window", type=int, help="activity window W in days (default 90)")
    p.add_argument("--p-alive-threshold", type=float, metavar="P",
                   help="also call customers 'at risk' below this P(alive)")
    add_customer_filters(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")


def analyse(args: argparse.Namespace) -> Any:
    """Run the customer-value analysis for the parsed options.

    Raises
    ------
    ValueError, ProjectError, FilterError
        With a message for the user.
    """
    from retention_desktop.core.clv.analysis import CLVOptions, customer_value_job
    from retention_desktop.core.engine.spec import FilterSpec, saved_settings
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import CancelToken, run_to_completion

    margin = args.margin
    if margin is not None:
        if margin < 0 or margin > 100:
            raise ValueError("--margin must be a fraction (0.3) or a percentage (30)")
        margin = margin / 100 if margin > 1 else margin
    if args.horizon < 1:
        raise ValueError("--horizon must be at least 1 month")
    spec = FilterSpec.from_where_args(args.where, lifecycle_stage=args.stage,
                                      rfm_segment=args.segment, **product_filters(args))
    with ProjectStore(args.project, read_only=True) as store:
        settings = saved_settings(store)
        spec = resolve_product_filters(spec, store)
    if args.window is not None:
        settings = settings.with_(activity_window_days=args.window)
    options = CLVOptions(calibration_end=args.calibration_end, horizon_months=args.horizon,
                         discount=args.discount, margin=margin, unit=args.unit,
                         penalizer=args.penalizer, as_of=args.as_of,
                         p_alive_threshold=args.p_alive_threshold)
    return run_to_completion(customer_value_job(args.project, spec, settings, options,
                                                CancelToken()))


def user_errors() -> tuple[type[Exception], ...]:
    """Exceptions whose message is meant for the user."""
    from retention_desktop.core.clv._fit import ConvergenceError
    from retention_desktop.core.store import ProjectError

    return (ValueError, ProjectError, ConvergenceError)

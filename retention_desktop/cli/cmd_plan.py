"""``retention-desktop plan``: customers needed per variant before a test starts.

::

    retention-desktop plan --baseline 0.10 --mde 0.02 --json
    retention-desktop plan --baseline 0.20 --mde 0.10 --relative --variants 3 --per-day 40
"""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail


def _rate(text: str) -> float:
    """``0.1`` or ``10%``."""
    text = text.strip()
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``plan`` parser."""
    p = sub.add_parser("plan", help="sample size and duration of an A/B test")
    p.add_argument("--baseline", type=_rate, required=True,
                   help="control conversion rate, e.g. 0.10 or 10%%")
    p.add_argument("--mde", type=_rate, required=True,
                   help="minimum detectable effect: absolute (0.02 = +2 points) or with "
                        "--relative a share of the baseline (0.10 = +10%%)")
    p.add_argument("--relative", action="store_true", help="--mde is relative to the baseline")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level (0.05)")
    p.add_argument("--power", type=float, default=0.8, help="power (0.8)")
    p.add_argument("--variants", type=int, default=2, help="variants incl. control (2)")
    p.add_argument("--one-sided", action="store_true", help="one-sided test")
    p.add_argument("--per-day", type=float, default=None,
                   help="customers entering the test per day (for the duration)")
    p.add_argument("--project", help="project file: customers per day from its data")
    p.add_argument("--have", type=int, default=None,
                   help="customers per variant you have: the smallest detectable effect")
    p.add_argument("--curve", action="store_true", help="include power-curve points")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print the plan."""
    from retention_desktop.core.abtest import planner

    per_day = args.per_day
    per_day_source = "given" if per_day else None
    if args.project and not per_day:
        from retention_desktop.core.abtest.from_data import new_customers_per_day
        from retention_desktop.core.store import ProjectError, ProjectStore

        try:
            with ProjectStore(args.project, read_only=True) as store:
                per_day = new_customers_per_day(store)
        except ProjectError as exc:
            return fail(str(exc))
        per_day_source = "new customers per day, last 90 days of the project"
    try:
        plan = planner.sample_size(
            args.baseline, args.mde, relative=args.relative, alpha=args.alpha,
            power=args.power, variants=args.variants, two_sided=not args.one_sided,
            customers_per_day=per_day)
        out = plan.to_dict()
        out["customers_per_day_source"] = per_day_source
        out["formula_note"] = (
            "n_per_variant: Evan Miller's formula (null variance at the baseline), rounded; "
            "n_per_variant_pooled: null variance at the pooled rate (= statsmodels "
            "samplesize_proportions_2indep_onetail)")
        if args.have:
            kw = dict(alpha=args.alpha, power=args.power, variants=args.variants,
                      two_sided=not args.one_sided)
            mde = planner.detectable_effect(args.baseline, args.have, **kw)
            out["detectable"] = {"n_per_variant": args.have, "mde_abs": mde,
                                 "mde_rel": None if mde is None else mde / args.baseline}
        if args.curve:
            out["power_curve"] = planner.power_curve(
                args.baseline, alpha=args.alpha, power=args.power, variants=args.variants,
                two_sided=not args.one_sided, n_max=max(4 * plan.n_per_variant, 1000))
    except ValueError as exc:
        return fail(str(exc))
    text = [
        f"{plan.baseline:.2%} -> {plan.target:.2%} ({plan.mde_rel:+.1%} relative), "
        f"alpha {plan.alpha:g}{' per ' + str(plan.variants - 1) + ' comparisons (Bonferroni)' if plan.variants > 2 else ''}, "
        f"power {plan.power:g}, {'two' if plan.two_sided else 'one'}-sided",
        f"customers per variant: {plan.n_per_variant:,} (Evan Miller); "
        f"pooled-variance formula: {plan.n_per_variant_pooled:,}",
        f"total: {plan.n_total:,}",
    ]
    if plan.days is not None:
        text.append(f"duration: about {plan.days} days at {plan.customers_per_day:.1f} customers/day")
    if "detectable" in out:
        d = out["detectable"]
        text.append(f"with {args.have:,} per variant you can detect: "
                    + ("nothing realistic" if d["mde_abs"] is None
                       else f"{d['mde_abs']:+.2%} points ({d['mde_rel']:+.1%} relative)"))
    emit(out, args.json, "\n".join(text))
    return 0

"""``retention-desktop abtest``: compare test variants with the control.

By hand::

    retention-desktop abtest --variant control=1000/120 --variant B=1000/150 --json
    retention-desktop abtest --continuous control=31.0/40/400 --continuous B=37.5/52/380

From a project's ``assignments`` table::

    retention-desktop abtest --project shop.duckdb --experiment welcome --outcome repeat-30d
"""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``abtest`` parser."""
    p = sub.add_parser("abtest", help="A/B test results: lift, p-value, chance to beat control")
    p.add_argument("--variant", action="append", default=[], metavar="NAME=N/CONVERTED",
                   help="a variant's customers and converted customers (first = control)")
    p.add_argument("--continuous", action="append", default=[], metavar="NAME=MEAN/SD/N",
                   help="a continuous metric per variant, e.g. revenue per customer (alone, or "
                        "next to --variant: reported under 'continuous')")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level (0.05)")
    p.add_argument("--split", default=None, metavar="50,50",
                   help="planned split for the sample-ratio check (default equal)")
    p.add_argument("--sequential", action="store_true",
                   help="always-valid intervals and p-values (safe to look every day)")
    p.add_argument("--planned-n", type=int, default=None,
                   help="planned customers per variant (tunes the sequential mode)")
    p.add_argument("--lower-is-better", action="store_true",
                   help="the metric should go down (e.g. churn)")
    p.add_argument("--project", help="project file (data-driven test)")
    p.add_argument("--experiment", help="experiment name in the assignments table")
    p.add_argument("--variant-column", help="take variants from this orders column instead")
    p.add_argument("--outcome", default="repeat-30d",
                   help="repeat-Nd, active-Nd, churn-Nd or revenue-Nd (default repeat-30d)")
    p.add_argument("--control", help="name of the control variant (data-driven)")
    p.add_argument("--cuped", action="store_true",
                   help="adjust by each customer's spend before assignment (data-driven)")
    p.add_argument("--where", action="append", default=[], metavar="COL=VALUE",
                   help="filter (repeat; COL!=VALUE excludes)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _parse_variants(items: list[str], continuous: bool) -> list:
    from retention_desktop.core.abtest.analysis import Variant

    out = []
    for item in items:
        form = "NAME=MEAN/SD/N" if continuous else "NAME=N/CONVERTED"
        if "=" not in item:
            raise ValueError(f"{item!r}: expected {form}")
        name, numbers = item.rsplit("=", 1)
        parts = numbers.split("/")
        try:
            if continuous:
                if len(parts) != 3:
                    raise ValueError
                mean, sd, n = float(parts[0]), float(parts[1]), int(parts[2])
                out.append(Variant(name.strip(), n, mean=mean, sd=sd))
            else:
                if len(parts) != 2:
                    raise ValueError
                out.append(Variant(name.strip(), int(parts[0]), conversions=int(parts[1])))
        except ValueError:
            raise ValueError(f"{item!r}: expected {form} with numbers") from None
    return out


def _parse_split(text: str | None) -> list[float] | None:
    if not text:
        return None
    try:
        return [float(x) for x in text.split(",")]
    except ValueError:
        raise ValueError(f"--split {text!r}: expected numbers like 50,50") from None


def _text(result: dict) -> str:
    lines = [f"mode: {result['mode']} ({result['mode_note']})"]
    for v in result["variants"]:
        if result["metric"] == "conversion":
            lines.append(f"{v['name']:>12}: {v['conversions']}/{v['n']} = {v['rate']:.2%} "
                         f"[{v['ci_low']:.2%}, {v['ci_high']:.2%}]")
        else:
            lines.append(f"{v['name']:>12}: mean {v['mean']:,.2f} (sd {v['sd']:,.2f}, n {v['n']}) "
                         f"[{v['ci_low']:,.2f}, {v['ci_high']:,.2f}]")
    for c in result["comparisons"]:
        lift = "n/a" if c["lift_pct"] is None else (
            f"{c['lift_pct']:+.1f}% [{c['lift_pct_ci_low']:+.1f}%, {c['lift_pct_ci_high']:+.1f}%]")
        lines.append(f"{c['variant']} vs {c['control']}: lift {lift}, p = {c['p_value']:.4g}"
                     + (f" (Holm {c['p_holm']:.4g})" if result["correction"] == "holm" else "")
                     + f", chance to beat control {c['prob_beat_control']:.1%}")
    srm = result["srm"]
    lines.append(f"SRM: chi2 = {srm['chi2']:.3f}, p = {srm['p_value']:.4g}"
                 + ("  <-- WARNING" if srm["warning"] else ""))
    lines.append(result["verdict"])
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Compute and print the comparison."""
    from retention_desktop.core.abtest.analysis import ABInputError, analyze

    try:
        split = _parse_split(args.split)
        extra: dict = {}
        if args.project:
            if args.variant or args.continuous:
                return fail("use either --project or --variant/--continuous, not both")
            variants, higher, extra = _from_project(args)
        else:
            variants = _parse_variants(args.variant or args.continuous, not args.variant)
            higher = not args.lower_is_better
            if not variants:
                return fail("give the variants: --variant control=1000/120 --variant B=1000/150 "
                            "(or --project P --experiment NAME)")
        options = {"alpha": args.alpha, "split": split, "sequential_mode": args.sequential,
                   "planned_n": args.planned_n}
        result = analyze(variants, higher_is_better=higher, **options)
        if args.variant and args.continuous:
            # Conversions are the headline; a continuous metric (e.g. revenue per customer)
            # given alongside is compared with Welch's t-test under "continuous".
            extra["continuous"] = analyze(_parse_variants(args.continuous, True), **options)
    except (ABInputError, ValueError) as exc:
        return fail(str(exc))
    result.update(extra)
    text = _text(result)
    if "experiment" in result:
        exp = result["experiment"]
        left_out = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in exp["excluded"].items() if v)
        text = (f"experiment {exp['experiment']}, outcome {exp['outcome']}, data up to "
                f"{exp['data_end']}" + (f"; left out: {left_out}" if left_out else "")
                + "\n" + text)
    if "continuous" in result:
        text += "\n\ncontinuous metric:\n" + _text(result["continuous"])
    emit(result, args.json, text)
    return 0


def _from_project(args: argparse.Namespace):
    from retention_desktop.core.abtest.from_data import experiment_job
    from retention_desktop.core.engine.spec import FilterSpec, saved_settings
    from retention_desktop.core.store import ProjectError, ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    if not args.experiment and not args.variant_column:
        raise ValueError("name the experiment: --experiment NAME (or --variant-column COL)")
    spec = FilterSpec.from_where_args(args.where)
    try:
        with ProjectStore(args.project, read_only=True) as store:
            settings = saved_settings(store)
            exp = run_to_completion(experiment_job(
                store, args.experiment, args.outcome, spec, settings,
                variant_column=args.variant_column, control=args.control, cuped=args.cuped))
    except ProjectError as exc:
        raise ValueError(str(exc)) from exc
    higher = exp.outcome.higher_is_better and not args.lower_is_better
    return exp.variants, higher, {"experiment": exp.to_dict()}

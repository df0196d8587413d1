"""A/B results for the printed KPI report: the latest verdict of each experiment.

Report data, so it lives with the report (above the A/B area it reads), not in
``core.abtest`` (which must not import the report layer).
"""

from __future__ import annotations

import logging

from retention_desktop.core.abtest.analysis import analyze
from retention_desktop.core.abtest.from_data import (
    ExperimentError,
    experiment_job,
    list_experiments,
)
from retention_desktop.core.abtest.plans import list_plans
from retention_desktop.core.abtest.verdict import verdict_sentence
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.report.model import AbVerdict
from retention_desktop.core.tasks import run_to_completion

log = logging.getLogger(__name__)

DEFAULT_OUTCOME = "repeat-30d"


def latest_verdicts(store, spec: FilterSpec, settings: Settings,
                    max_experiments: int = 5) -> list[AbVerdict]:
    """One verdict per variant of each experiment in ``assignments`` (newest first).

    The outcome is the target metric of the test plan linked to the experiment when it
    names one (e.g. "14-day retention"), else ``repeat-30d``. Experiments that cannot be
    measured yet (too recent) are left out.
    """
    outcome_of = {p["experiment"]: p["outcome"] for p in list_plans(store)
                  if p["experiment"] and p["outcome"]}
    exps = sorted(list_experiments(store), key=lambda e: e["last_day"] or "", reverse=True)
    out: list[AbVerdict] = []
    for exp in exps[:max_experiments]:
        name = exp["experiment"]
        outcome = outcome_of.get(name, DEFAULT_OUTCOME)
        try:
            data = run_to_completion(experiment_job(store, name, outcome, spec, settings))
            if len(data.variants) < 2:
                continue
            result = analyze(data.variants, higher_is_better=data.outcome.higher_is_better)
        except (ExperimentError, ValueError):
            log.info("experiment %s not measurable for the report", name, exc_info=True)
            continue
        control = result["variants"][0]
        for row, comp, item in zip(result["variants"][1:], result["comparisons"],
                                   result["verdicts"], strict=True):
            out.append(AbVerdict(
                experiment=name, outcome=outcome, control=control["name"],
                variant=row["name"], control_rate=control.get("rate", control.get("mean")),
                variant_rate=row.get("rate", row.get("mean")), lift_pct=comp["lift_pct"],
                p_value=comp["p_holm"], prob_beat_control=comp["prob_beat_control"],
                verdict=verdict_sentence(result, item)))
    return out

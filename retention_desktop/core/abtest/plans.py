"""The test-plan table stored in the project (``test_plans``).

One row per planned experiment: concept (what changes), period (e.g. "days 0–3"),
target metric (e.g. "14-day retention" or ``repeat-14d``), expected lift (relative,
0.10 = +10 %), baseline rate, the computed sample size per variant, risks, status and
the experiment name that links it to ``assignments`` once they are imported.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from retention_desktop.core.abtest import planner
from retention_desktop.core.abtest.outcome import Outcome, parse_outcome

STATUSES = ("idea", "planned", "running", "done", "stopped")
FIELDS = ("concept", "period", "target_metric", "expected_lift", "baseline", "risks",
          "status", "experiment")
COLUMNS = ("plan_id", *FIELDS[:5], "sample_size_per_variant", *FIELDS[5:], "created_at")
_WORDS = re.compile(r"(\d+)\s*-?\s*days?\s+(retention|repeat|repeat purchase|churn|revenue|"
                    r"active)", re.IGNORECASE)


class PlanError(ValueError):
    """A plan cannot be saved (message for the user)."""


def outcome_for_metric(text: str | None) -> Outcome | None:
    """The data outcome a target metric names: ``repeat-14d`` or "14-day retention"."""
    if not text:
        return None
    try:
        return parse_outcome(text)
    except ValueError:
        pass
    m = _WORDS.search(text)
    if not m:
        return None
    word = m.group(2).lower()
    kind = {"retention": "repeat", "repeat purchase": "repeat"}.get(word, word)
    return Outcome(kind, int(m.group(1)))


def _sample_size(baseline: float | None, lift: float | None) -> int | None:
    """Evan Miller sample size per variant for a relative lift (None if not computable)."""
    if baseline is None or lift is None:
        return None
    try:
        return planner.sample_size(baseline, lift, relative=True).n_per_variant
    except ValueError:
        return None


def _check(values: dict[str, Any]) -> None:
    status = values.get("status")
    if status is not None and status not in STATUSES:
        raise PlanError(f"Unknown status {status!r}; use one of {', '.join(STATUSES)}.")
    base = values.get("baseline")
    if base is not None and not 0 < base < 1:
        raise PlanError("The baseline rate must be between 0 and 1 (e.g. 0.2 for 20 %).")
    lift = values.get("expected_lift")
    if lift is not None and lift == 0:
        raise PlanError("An expected lift of 0 cannot be detected; enter e.g. 0.1 for +10 %.")


def add_plan(store, concept: str, *, period: str = "", target_metric: str = "",
             expected_lift: float | None = None, baseline: float | None = None,
             risks: str = "", status: str = "planned", experiment: str | None = None) -> int:
    """Add a plan; the sample size is computed from baseline and expected lift.

    Returns
    -------
    int
        The new ``plan_id``.
    """
    if not concept.strip():
        raise PlanError("Describe the concept (what the test changes).")
    values = {"concept": concept.strip(), "period": period, "target_metric": target_metric,
              "expected_lift": expected_lift, "baseline": baseline, "risks": risks,
              "status": status, "experiment": experiment or None}
    _check(values)
    with store.write() as cur:
        plan_id = cur.execute("SELECT coalesce(max(plan_id), 0) + 1 FROM test_plans").fetchone()[0]
        cur.execute(
            "INSERT INTO test_plans (plan_id, concept, period, target_metric, expected_lift, "
            "baseline, sample_size_per_variant, risks, status, experiment, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [plan_id, values["concept"], period, target_metric, expected_lift, baseline,
             _sample_size(baseline, expected_lift), risks, status, values["experiment"],
             datetime.now().replace(microsecond=0)],
        )
    return int(plan_id)


def update_plan(store, plan_id: int, **changes: Any) -> None:
    """Change some fields of a plan (sample size recomputed)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise PlanError(f"Unknown plan fields: {', '.join(sorted(unknown))}.")
    _check(changes)
    current = get_plan(store, plan_id)
    merged = {**current, **changes}
    sets = ", ".join(f"{k} = ?" for k in changes)
    with store.write() as cur:
        cur.execute(
            f"UPDATE test_plans SET {sets}, sample_size_per_variant = ? WHERE plan_id = ?",
            [*changes.values(), _sample_size(merged["baseline"], merged["expected_lift"]),
             plan_id],
        )


def delete_plan(store, plan_id: int) -> None:
    """Remove a plan."""
    with store.write() as cur:
        cur.execute("DELETE FROM test_plans WHERE plan_id = ?", [plan_id])


def get_plan(store, plan_id: int) -> dict:
    """One plan as a dict (raises :class:`PlanError` when missing)."""
    for plan in list_plans(store):
        if plan["plan_id"] == plan_id:
            return plan
    raise PlanError(f"No test plan number {plan_id}.")


def list_plans(store) -> list[dict]:
    """Every plan, oldest first, with its link to imported assignments.

    Extra keys: ``assigned_customers`` (customers in ``assignments`` for the plan's
    experiment, 0 when none) and ``has_results`` (assignments exist, so results can be
    computed with :func:`~retention_desktop.core.abtest.from_data.experiment_job`).
    """
    cur = store.cursor()
    rows = cur.execute(
        f"SELECT {', '.join('p.' + c for c in COLUMNS)}, "
        "(SELECT count(DISTINCT a.customer_id) FROM assignments a "
        " WHERE a.experiment = p.experiment) FROM test_plans p ORDER BY p.plan_id").fetchall()
    out = []
    for row in rows:
        plan = dict(zip(COLUMNS, row[:-1], strict=True))
        plan["created_at"] = str(plan["created_at"]) if plan["created_at"] else None
        plan["assigned_customers"] = int(row[-1] or 0)
        plan["has_results"] = plan["assigned_customers"] > 0
        outcome = outcome_for_metric(plan["target_metric"])
        plan["outcome"] = outcome.label if outcome else None
        out.append(plan)
    return out


def export_plans(store, target: str | Path) -> Path:
    """Write the plan table to ``.csv`` or ``.xlsx`` (by the file's suffix)."""
    from retention_desktop.core.export import Sheet, write_csv, write_xlsx

    plans = list_plans(store)
    header = [*COLUMNS, "assigned_customers"]
    rows = [[p[c] for c in header] for p in plans]
    target = Path(target)
    if target.suffix.lower() == ".xlsx":
        return write_xlsx(target, [Sheet("Test plans", header, rows,
                                         formats={"expected_lift": "0.0%", "baseline": "0.0%"})])
    return write_csv(target, header, rows)

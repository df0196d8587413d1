"""NPS and CSAT from the ``survey`` table, by cohort and segment, and whether promoters
really buy again more often than detractors.

``survey.kind`` is ``'nps'`` (0-10) or ``'csat'`` (1-5). Answers outside the scale are
ignored and counted in ``invalid``. Every answer counts (a customer answering twice
counts twice); the promoter/detractor repeat comparison uses each customer's latest NPS
answer. With a filter that narrows customers, only answers of those customers count.
"""

from __future__ import annotations

import math
from typing import Any

from retention_desktop.core.engine.base import period_start_sql
from retention_desktop.core.engine.growth_common import (
    Scope,
    filters_customers,
    iso,
    not_available,
    table_rows,
)
from retention_desktop.core.engine.inference import Z95, rate_cell, two_proportion_z
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import quote_ident

CARDS = ("nps", "csat", "nps_repeat")
GROUPS = ("promoter", "passive", "detractor")


def nps_cell(promoters: int, passives: int, detractors: int) -> dict[str, Any]:
    """NPS (-100..100) with a 95% normal-approximation interval.

    The score of one answer is +1 / 0 / -1; NPS = 100 x mean, its variance is
    ``p+ + p- - (p+ - p-)^2``.
    """
    n = promoters + passives + detractors
    if not n:
        return {"nps": None, "n": 0, "promoters": 0, "passives": 0, "detractors": 0,
                "ci_low": None, "ci_high": None}
    pp, pd_ = promoters / n, detractors / n
    score = pp - pd_
    half = Z95 * math.sqrt(max(pp + pd_ - score * score, 0.0) / n)
    return {"nps": 100 * score, "n": n, "promoters": promoters, "passives": passives,
            "detractors": detractors, "promoter_share": pp, "detractor_share": pd_,
            "ci_low": 100 * max(-1.0, score - half), "ci_high": 100 * min(1.0, score + half)}


def _csat_cell(n: int, mean: float | None, top2: int) -> dict[str, Any]:
    return {"n": int(n), "mean": mean if n else None,
            "top2_box": rate_cell(int(top2), int(n))}


def nps(store: Any, spec: FilterSpec, settings: Settings, by: str | None = None) -> dict:
    """NPS and CSAT overall, per cohort and per segment; repeat rate per NPS group.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
        Answers dated in the range; cohorts cut with ``settings.grain``.
    by : str, optional
        Dimension: a respondent's segment is the value on their first order.

    Returns
    -------
    dict
        ``nps`` {nps, n, promoters, passives, detractors, ci_low, ci_high}, ``csat``
        {n, mean, top2_box}, ``invalid``, ``by_cohort`` [{cohort, nps..., csat}],
        ``by_segment`` [{value, nps..., csat}], ``repeat_by_group`` [{group, customers,
        repeaters, rate, ci_low, ci_high}], ``repeat_p_value`` (promoters vs detractors).
    """
    scope = Scope(store, spec, settings, extra_columns=(by,) if by else (), by=by)
    if not table_rows(scope.cur, "survey"):
        return not_available("nps", "No survey answers in this project (import a survey "
                             "file with an NPS 0-10 or CSAT 1-5 score).")
    restrict = " AND customer_id IN (SELECT customer_id FROM eligible)" \
        if filters_customers(spec) else ""
    grp = ("CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' "
           "ELSE 'detractor' END")
    valid = ("((kind = 'nps' AND score BETWEEN 0 AND 10) OR "
             "(kind = 'csat' AND score BETWEEN 1 AND 5))")
    cohort = period_start_sql("c.first_ts", settings)
    # Segment = value on the first order (same tie-break as base_orders.seq), no window.
    seg = (f", arg_min(CAST(b.{quote_ident(by)} AS VARCHAR), {{'t': b.order_ts, "
           "'o': b.order_id}) AS seg") if by else ", NULL AS seg"
    ctes = (
        ", sv0 AS (SELECT customer_id, ts, score, lower(trim(coalesce(kind, 'nps'))) AS kind "
        "FROM survey WHERE (CAST(? AS DATE) IS NULL OR ts >= CAST(? AS DATE)) "
        f"AND (CAST(? AS DATE) IS NULL OR ts < CAST(? AS DATE) + 1){restrict}), "
        f"sv AS (SELECT *, {valid} AS ok FROM sv0), "
        f"firsts AS (SELECT b.customer_id{seg} FROM base_docs b WHERE b.kind = 'order' "
        "GROUP BY b.customer_id) "
        f"SELECT sv.*, {grp} AS grp, {cohort} AS cohort, f.seg, c.n_orders "
        "FROM sv LEFT JOIN customer_summary c USING (customer_id) "
        "LEFT JOIN firsts f USING (customer_id)"
    )
    d_from, d_to = spec.date_from, spec.date_to
    # One pass over survey + orders; every aggregate below reads this small table.
    scope.materialize("rd_nps_all", ctes, [d_from, d_from, d_to, d_to])
    cur = scope.cur
    invalid = cur.execute("SELECT count(*) FILTER (WHERE NOT ok) FROM rd_nps_all"
                          ).fetchall()[0][0]
    cur.execute("CREATE OR REPLACE TEMP VIEW ans AS SELECT * FROM rd_nps_all WHERE ok")
    agg = ("count(*) FILTER (WHERE kind = 'nps' AND grp = 'promoter'), "
           "count(*) FILTER (WHERE kind = 'nps' AND grp = 'passive'), "
           "count(*) FILTER (WHERE kind = 'nps' AND grp = 'detractor'), "
           "count(*) FILTER (WHERE kind = 'csat'), avg(score) FILTER (WHERE kind = 'csat'), "
           "count(*) FILTER (WHERE kind = 'csat' AND score >= 4)")

    def cells(row: tuple) -> dict[str, Any]:
        p, m, d, cn, cmean, top2 = row
        return {**nps_cell(int(p), int(m), int(d)), "csat": _csat_cell(cn, cmean, top2)}

    overall = cells(cur.execute(f"SELECT {agg} FROM ans").fetchall()[0])
    if overall["n"] == 0 and overall["csat"]["n"] == 0:
        return not_available("nps", "No valid survey answers in the selected range.",
                             invalid=int(invalid))
    by_cohort = [{"cohort": iso(c), **cells(rest)} for c, *rest in cur.execute(
        f"SELECT cohort, {agg} FROM ans WHERE cohort IS NOT NULL GROUP BY cohort "
        "ORDER BY cohort").fetchall()]
    by_segment = []
    if by:
        by_segment = [{"value": v, **cells(rest)} for v, *rest in cur.execute(
            f"SELECT seg, {agg} FROM ans WHERE seg IS NOT NULL GROUP BY seg "
            "ORDER BY seg").fetchall()]
    rep = {g: (int(n), int(r)) for g, n, r in cur.execute(
        "WITH latest AS (SELECT customer_id, arg_max(grp, ts) AS grp, "
        "max(n_orders) AS n_orders FROM ans WHERE kind = 'nps' AND customer_id IS NOT NULL "
        "AND n_orders IS NOT NULL GROUP BY customer_id) "
        "SELECT grp, count(*), count(*) FILTER (WHERE n_orders >= 2) FROM latest "
        "GROUP BY grp").fetchall()}
    repeat = []
    for g in GROUPS:
        n, r = rep.get(g, (0, 0))
        cell = rate_cell(r, n)
        repeat.append({"group": g, "customers": n, "repeaters": r, "rate": cell["value"],
                       "ci_low": cell["ci_low"], "ci_high": cell["ci_high"]})
    (pn, pr), (dn, dr) = rep.get("promoter", (0, 0)), rep.get("detractor", (0, 0))
    return {
        "metric": "nps",
        "available": True,
        "reason": None,
        "nps": {k: v for k, v in overall.items() if k != "csat"},
        "csat": overall["csat"],
        "invalid": int(invalid),
        "by_cohort": by_cohort,
        "by": by,
        "by_segment": by_segment,
        "repeat_by_group": repeat,
        "repeat_p_value": two_proportion_z(pr, pn, dr, dn)[1],
    }


register_metric("nps", nps, CARDS,
                "NPS and CSAT (mean, top-2-box) by cohort and segment; repeat rate of "
                "promoters vs detractors")

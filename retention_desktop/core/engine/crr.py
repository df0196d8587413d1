"""Customer retention rate table (seed template) per period.

Status is evaluated at period *boundaries*: boundary ``b`` is the end of the day before
period ``b`` starts; the boundary after the last period is the end of the data when that
period is incomplete. A customer is active at a boundary when they ordered on one of the
W days ending there. An order on day ``d`` therefore makes its customer active at every
boundary ``b`` with ``d < start(b) <= d + W``, i.e. ``j(d) < b <= j(d + W)`` — computed
arithmetically from period indexes, no range join.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from retention_desktop.core.engine.prepared import Prepared, prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio


def boundary_counts(prep: Prepared) -> dict[int, tuple[int, int, int]]:
    """Per boundary ``b``: (active, also active at ``b - 1``, resurrected in ``b - 1``).

    "resurrected in b - 1" = active at ``b``, not active at ``b - 1``, first order not in
    period ``b - 1``.
    """
    w = prep.window
    rows = prep.fetch(
        "WITH cd AS (SELECT DISTINCT cid, d FROM rd_o WHERE is_order), "
        "act AS (SELECT cid, unnest(range(greatest(dj.j + 1, ?), "
        "CASE WHEN cd.d + ? > CAST(? AS DATE) THEN ? + 2 ELSE dw.j + 1 END)) AS b "
        "FROM cd JOIN rd_days dj ON dj.d = cd.d LEFT JOIN rd_days dw ON dw.d = cd.d + ?), "
        "dist AS (SELECT DISTINCT cid, b FROM act), "
        "lagged AS (SELECT cid, b, lag(b) OVER (PARTITION BY cid ORDER BY b) AS pb FROM dist) "
        "SELECT b, count(*), count(*) FILTER (WHERE pb = b - 1), "
        "count(*) FILTER (WHERE (pb IS NULL OR pb < b - 1) AND c.first_j <> b - 1) "
        "FROM lagged JOIN rd_c c USING (cid) GROUP BY b",
        [prep.j_start, w, prep.end, prep.j_end, w],
    )
    return {int(b): (int(s), int(r), int(x)) for b, s, r, x in rows}


def new_counts(prep: Prepared) -> dict[int, int]:
    """Customers whose first-ever order is in period ``j``."""
    return dict(prep.fetch("SELECT first_j, count(*) FROM rd_c GROUP BY first_j"))


def crr_prepared(prep: Prepared) -> dict[str, Any]:
    """CRR table from prepared working tables (see :func:`crr`)."""
    from retention_desktop.core.engine.kpis import range_dict

    out: dict[str, Any] = {"range": range_dict(prep), "grain": prep.settings.grain,
                           "window_days": prep.window, "periods": []}
    if prep.empty or prep.start > prep.end:
        return out
    counts = boundary_counts(prep)
    new = new_counts(prep)
    for j in range(prep.j_start, prep.j_end + 1):
        ps, pe = prep.periods[j]
        end = min(pe - timedelta(days=1), prep.end)
        s0 = counts.get(j, (0, 0, 0))[0]
        e, r, res = counts.get(j + 1, (0, 0, 0))
        n = int(new.get(j, 0))
        out["periods"].append({
            "period": ps.isoformat(),
            "start": ps.isoformat(),
            "end": end.isoformat(),
            "complete": j <= prep.j_complete,
            "S0": s0, "N": n, "E": e,
            "crr": clean(ratio(e - n, s0)),
            "retained": r,
            "crr_strict": clean(ratio(r, s0)),
            "churned": s0 - r,
            "churn_rate": clean(ratio(s0 - r, s0)),
            "resurrected": res,
        })
    return out


def crr(store: Any, spec: FilterSpec, settings: Settings) -> dict[str, Any]:
    """Customer retention rate per period.

    Returns
    -------
    dict
        ``periods``: one dict per period of the range with ``period``, ``start``, ``end``
        (last observed day), ``complete``, ``S0``, ``N``, ``E``, ``crr`` = (E - N) / S0,
        ``retained`` R, ``crr_strict`` = R / S0, ``churned`` = S0 - R, ``churn_rate``,
        ``resurrected`` (active at end, not new, not active at start; equals E - N - R
        whenever the window is at least one period long). Rates are ``None`` when S0 = 0.
    """
    return crr_prepared(prepare(store, spec, settings))


register_metric(
    "crr", crr,
    cards=("active_customer", "crr", "crr_strict", "retained", "churned", "churn_rate",
           "resurrected"),
    summary="Customer retention rate per period: S0, N, E, CRR, strict CRR, churn, "
    "resurrected",
)

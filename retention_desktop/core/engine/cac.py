"""Customer acquisition cost and CAC payback, per channel and period.

Spend comes from the project's ``spend`` table (period, channel, amount) or from spend
the user types in (``spend=[{"period", "channel", "amount"}]``). New customers are
attributed to the channel of their first order. Payback = the first age (periods since
the first order) at which the cumulative gross margin per acquired customer reaches CAC.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from retention_desktop.core.engine.base import period_start_sql
from retention_desktop.core.engine.growth_common import iso, not_available, table_rows
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings

CARDS = ("cac", "payback_period")
ALL = None  # channel key of spend not tied to one channel


def _spend_rows(prep: Any, settings: Settings,
                spend: list[dict[str, Any]] | None) -> list[tuple[date, str | None, float]]:
    """(period start, channel, amount) summed per period and channel."""
    ps = period_start_sql("p", settings)
    if spend is not None:
        rows = []
        for item in spend:
            period = item["period"]
            if isinstance(period, str):
                period = date.fromisoformat(period if len(period) > 7 else period + "-01")
            rows.append((period, item.get("channel") or None, float(item["amount"])))
        if not rows:
            return []
        return prep.fetch(
            f"SELECT {ps} AS ps, ch, sum(a) FROM (SELECT * FROM (VALUES "
            + ", ".join("(CAST(? AS DATE), CAST(? AS VARCHAR), CAST(? AS DOUBLE))"
                        for _ in rows)
            + ") t(p, ch, a)) GROUP BY ALL ORDER BY ALL",
            [x for r in rows for x in r])
    return prep.fetch(
        f"SELECT {ps} AS ps, nullif(trim(channel), '') AS ch, sum(amount) FROM "
        "(SELECT period AS p, channel, amount FROM spend) GROUP BY ALL ORDER BY ALL")


def overall_cac(prep: Any, settings: Settings,
                spend: list[dict[str, Any]] | None = None) -> float | None:
    """Overall CAC of a prepared view: spend of the range's periods / new customers in
    the range (the ``overall.cac`` of :func:`cac`, without the per-channel work)."""
    if prep.empty or prep.start > prep.end:
        return None
    start_ps, end_ps = prep.periods[prep.j_start][0], prep.periods[prep.j_end][0]
    total = sum(float(a) for ps, _, a in _spend_rows(prep, settings, spend)
                if start_ps <= ps <= end_ps)
    new = prep.one("SELECT count(*) FROM rd_c WHERE first_j BETWEEN ? AND ?",
                   [prep.j_start, prep.j_end])[0]
    return total / new if new else None


def payback_curve(prep: Any, margin: float, channel: str | None = ALL,
                  has_channel: bool = True) -> list[dict[str, Any]]:
    """Cumulative gross margin per acquired customer by age k (complete ages only).

    Customers acquired in the reporting range (first order in it), optionally only those
    whose first order carried ``channel``. ``ltv(k)`` = sum over ages i <= k of (revenue
    at age i / customers observed at age i), the weighted-mean cohort's cumulative LTV.
    """
    cond = ""
    params: list[Any] = [prep.j_start, prep.j_end]
    if channel is not ALL and has_channel:
        cond = " AND c.dim_0 = ?"
        params.append(channel)
    sizes = dict(prep.fetch(
        f"SELECT first_j, count(*) FROM rd_c c WHERE first_j BETWEEN ? AND ?{cond} "
        "GROUP BY 1", params))
    rev = prep.fetch(
        "SELECT c.first_j, o.j - c.first_j AS k, sum(o.rev) FROM rd_o o JOIN rd_c c "
        f"USING (cid) WHERE c.first_j BETWEEN ? AND ?{cond} GROUP BY 1, 2", params)
    by_cohort: dict[int, dict[int, float]] = defaultdict(dict)
    for j, k, r in rev:
        by_cohort[int(j)][int(k)] = float(r)
    max_age = prep.j_complete - prep.j_start
    out = []
    cum = 0.0
    for k in range(0, max_age + 1):
        # Mean revenue at age k over the customers whose age-k period is complete; the
        # curve adds these up, so it never dips when older cohorts drop out of the mean.
        n = sum(size for j, size in sizes.items() if j + k <= prep.j_complete)
        if not n:
            break
        cum += sum(by_cohort[j].get(k, 0.0) for j in sizes if j + k <= prep.j_complete) / n
        out.append({"k": k, "customers": int(n), "ltv": cum, "margin_per_customer": margin * cum})
    return out


def _payback(curve: list[dict[str, Any]], cac_value: float | None) -> int | None:
    if cac_value is None:
        return None
    for point in curve:
        if point["margin_per_customer"] >= cac_value:
            return point["k"]
    return None


def cac(store: Any, spec: FilterSpec, settings: Settings,
        spend: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """CAC per channel and period, and the CAC payback period.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
        ``settings.gross_margin_pct`` turns revenue into gross margin.
    spend : list of dict, optional
        Typed-in spend ``{"period": "YYYY-MM[-DD]", "channel": str or None, "amount"}``;
        replaces the ``spend`` table when given.

    Returns
    -------
    dict
        ``source`` ('table' / 'typed'), ``margin_pct``, ``by_period`` [{period, channel,
        spend, new_customers, cac}], ``by_channel`` [{channel, spend, new_customers, cac,
        payback_period, curve}], ``overall`` {spend, new_customers, cac, payback_period,
        curve}. ``channel`` None = spend not tied to a channel (counts in ``overall``).
    """
    from retention_desktop.core.engine.prepared import prepare

    cur = store.cursor()
    if spend is None and not table_rows(cur, "spend"):
        return not_available("cac", "No marketing spend: import a spend file or type the "
                             "spend per channel and month.")
    has_channel = bool(cur.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' "
        "AND column_name = 'channel'").fetchone()[0])
    prep = prepare(store, spec, settings, dims=("channel",) if has_channel else ())
    if prep.empty or prep.start > prep.end:
        return not_available("cac", "No orders in the selected range.")
    margin = float(settings.gross_margin_pct) / 100.0
    start_ps = prep.periods[prep.j_start][0]
    end_ps = prep.periods[prep.j_end][0]
    spend_rows = [r for r in _spend_rows(prep, settings, spend) if start_ps <= r[0] <= end_ps]
    chan = "c.dim_0" if has_channel else "NULL"
    new_rows = prep.fetch(
        f"SELECT p.ps, {chan} AS ch, count(*) FROM rd_c c JOIN rd_periods p "
        "ON p.j = c.first_j WHERE c.first_j BETWEEN ? AND ? GROUP BY ALL",
        [prep.j_start, prep.j_end])
    cells: dict[tuple[date, str | None], list[float]] = defaultdict(lambda: [0.0, 0])
    for ps, ch, amount in spend_rows:
        cells[(ps, ch)][0] += float(amount)
    for ps, ch, n in new_rows:
        cells[(ps, ch)][1] += int(n)
    by_period = []
    for (ps, ch), (amount, n) in sorted(cells.items(), key=lambda kv: (kv[0][0],
                                                                       kv[0][1] or "")):
        by_period.append({"period": iso(ps), "channel": ch, "spend": amount,
                          "new_customers": int(n), "cac": amount / n if n and amount else None})
    spend_by_ch: dict[str | None, float] = defaultdict(float)
    for _, ch, amount in spend_rows:
        spend_by_ch[ch] += float(amount)
    new_by_ch: dict[str | None, int] = defaultdict(int)
    for _, ch, n in new_rows:
        new_by_ch[ch] += int(n)
    by_channel = []
    for ch in sorted((c for c in spend_by_ch if c is not None), key=str):
        n = new_by_ch.get(ch, 0)
        value = spend_by_ch[ch] / n if n else None
        curve = payback_curve(prep, margin, ch, has_channel)
        by_channel.append({"channel": ch, "spend": spend_by_ch[ch], "new_customers": n,
                           "cac": value, "payback_period": _payback(curve, value),
                           "curve": curve})
    total_spend = sum(spend_by_ch.values())
    total_new = sum(new_by_ch.values())
    overall_cac = total_spend / total_new if total_new else None
    curve = payback_curve(prep, margin)
    return {
        "metric": "cac",
        "available": True,
        "source": "typed" if spend is not None else "table",
        "grain": settings.grain,
        "range": {"from": iso(prep.start), "to": iso(prep.end)},
        "margin_pct": float(settings.gross_margin_pct),
        "unallocated_spend": spend_by_ch.get(None, 0.0),
        "by_period": by_period,
        "by_channel": by_channel,
        "overall": {"spend": total_spend, "new_customers": total_new, "cac": overall_cac,
                    "payback_period": _payback(curve, overall_cac), "curve": curve},
    }


register_metric("cac", cac, CARDS,
                "Customer acquisition cost per channel and period, and CAC payback")

"""An independent pandas computation of the product tables (test oracle).

Written from the definitions, not from the engine: plain pandas group-bys and Python
loops over the raw ``orders`` and ``line_items`` tables, textbook formulas for the
intervals. Slow on purpose-free data sizes; fine for test shops.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from statistics import NormalDist

import pandas as pd

from retention_desktop.core.importer.products import product_key

Z = 1.959963984540054


def tables(store, channel: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Raw ``orders`` and ``line_items`` as frames; with ``channel``, only the documents
    of that channel and their lines (a row filter)."""
    cur = store.cursor()
    orders = cur.execute("SELECT * FROM orders").df()
    lines = cur.execute("SELECT * FROM line_items").df()
    if channel is not None:
        orders = orders[orders["channel"] == channel]
        lines = lines[lines["order_id"].isin(set(orders["order_id"]))]
    return orders, lines


def data_end_of(store) -> date:
    """The newest day of the whole project (filters never move it)."""
    return tables(store)[0]["order_ts"].max().date()


def wilson(h: float, n: float, z: float = Z) -> tuple[float, float]:
    p = h / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(h1, n1, h2, n2, z: float = Z) -> tuple[float, float, float]:
    p1, p2 = h1 / n1, h2 / n2
    l1, u1 = wilson(h1, n1, z)
    l2, u2 = wilson(h2, n2, z)
    d = p1 - p2
    return d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), \
        d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def km_median(durations: list[float], events: list[bool]) -> float | None:
    """Kaplan-Meier median by the product-limit definition, walking the sorted times."""
    pairs = sorted(zip(durations, events, strict=True))
    s, at_risk, i = 1.0, len(pairs), 0
    while i < len(pairs):
        t, died, left = pairs[i][0], 0, 0
        while i < len(pairs) and pairs[i][0] == t:
            died += pairs[i][1]
            left += 1
            i += 1
        if died:
            s *= 1 - died / at_risk
            if s < 0.5 - 1e-12:
                return t
        at_risk -= left
    return None


def group_key(lines: pd.DataFrame, by: str) -> pd.Series:
    if by == "product":
        return lines["product_key"]
    return lines["category"].map(lambda c: product_key(c) if isinstance(c, str) else None)


def population(store, date_from: date | None = None, date_to: date | None = None,
               policy: str = "net", revenue_days=(90, 365),
               channel: str | None = None) -> tuple[pd.DataFrame, date]:
    """One row per new customer: first/second order, gap, revenue in the first N days."""
    orders, _ = tables(store, channel)
    orders = orders[orders["customer_id"].notna()].copy()
    data_end = data_end_of(store)
    range_end = min(date_to, data_end) if date_to else data_end
    upto = orders[orders["order_ts"] < pd.Timestamp(range_end + timedelta(days=1))]
    o = orders[orders["kind"] == "order"].sort_values(["customer_id", "order_ts", "source_row"])
    first = o.groupby("customer_id").nth(0).set_index("customer_id")
    second = o.groupby("customer_id").nth(1).set_index("customer_id")
    start = date_from or orders["order_ts"].min().date()
    buyers = set(upto.loc[upto["kind"] == "order", "customer_id"])
    fdate = first["order_ts"].dt.date
    keep = [c for c in first.index if c in buyers and start <= fdate[c] <= range_end]
    pop = pd.DataFrame(index=pd.Index(sorted(keep), name="customer_id"))
    pop["first_oid"] = first.loc[pop.index, "order_id"]
    pop["first_ts"] = first.loc[pop.index, "order_ts"]
    pop["second_oid"] = second["order_id"].reindex(pop.index)
    pop["second_ts"] = second["order_ts"].reindex(pop.index)
    pop["gap"] = (pop["second_ts"] - pop["first_ts"]).dt.total_seconds() / 86400
    end_ts = pd.Timestamp(data_end + timedelta(days=1))
    pop["observed"] = (end_ts - pop["first_ts"]).dt.total_seconds() / 86400
    orders["rev"] = orders["revenue"] if policy == "net" else \
        orders["revenue"].where(orders["kind"] == "order", 0.0)
    docs = orders.merge(pop[["first_ts"]].reset_index(), on="customer_id")
    for n in revenue_days:
        inside = (docs["order_ts"] >= docs["first_ts"]) & (
            docs["order_ts"] < docs["first_ts"] + pd.Timedelta(days=n))
        total = docs[inside].groupby("customer_id")["rev"].sum()
        pop[f"rev_{n}"] = total.reindex(pop.index).fillna(0.0)
    return pop, data_end


def first_rows(store, by="product", windows=(30, 90, 180, 365), min_n=30, **kw) -> dict:
    """{key or None (shop): {'customers', 'repeat': {N: (n, hits, rate, lo, hi, diff, dlo,
    dhi)}, 'median', 'revenue': {N: (n, mean, diff, dlo, dhi)}}}."""
    pop, data_end = population(store, **kw)
    _, lines = tables(store, kw.get("channel"))
    lines = lines[lines["kind"] == "order"].copy()
    lines["g"] = group_key(lines, by)
    first_lines = lines.merge(pop[["first_oid"]].reset_index(),
                              left_on=["customer_id", "order_id"],
                              right_on=["customer_id", "first_oid"])
    members = first_lines.dropna(subset=["g"]).groupby("g")["customer_id"].apply(set)
    out = {None: _stats(pop, set(pop.index), data_end, windows, None)}
    # Bonferroni: every group with min_n customers is compared with the shop at once.
    m = max(1, sum(len(c) >= min_n for c in members)) * len(windows)
    z_diff = NormalDist().inv_cdf(1 - 0.05 / (2 * m))
    for g, custs in members.items():
        out[g] = _stats(pop, custs, data_end, windows, min_n, z_diff)
    return out


def _stats(pop, custs, data_end, windows, min_n, z_diff: float = Z) -> dict:
    custs = list(custs)
    sub = pop.loc[sorted(custs)]
    res = {"customers": len(sub), "repeat": {}, "revenue": {}}
    for n in windows:
        obs = pop[pop["first_ts"].dt.date <= data_end - timedelta(days=n)]
        hit = obs[obs["gap"] <= n]
        mine_n = obs.index.isin(custs).sum()
        mine_h = hit.index.isin(custs).sum()
        rate = mine_h / mine_n if mine_n else None
        lo, hi = wilson(mine_h, mine_n) if mine_n else (None, None)
        diff = (None, None, None)
        rest_n, rest_h = len(obs) - mine_n, len(hit) - mine_h
        if min_n is not None and mine_n >= min_n and rest_n:
            w = rest_n / len(obs)
            diff = tuple(x * w for x in newcombe(mine_h, mine_n, rest_h, rest_n, z_diff))
        res["repeat"][n] = (int(mine_n), int(mine_h), rate, lo, hi, *diff)
    ev = sub["gap"].notna()
    res["median"] = km_median(list(sub["gap"].where(ev, sub["observed"])), list(ev))
    res["second_orders"] = int(ev.sum())
    for n in (90, 365):
        obs = pop[pop["first_ts"].dt.date <= data_end - timedelta(days=n)]
        mine = obs[obs.index.isin(custs)][f"rev_{n}"]
        rest = obs[~obs.index.isin(custs)][f"rev_{n}"]
        diff = (None, None, None)
        if min_n is not None and len(mine) >= min_n and len(rest) > 1:
            d = mine.mean() - rest.mean()
            half = z_diff * math.sqrt(mine.var() / len(mine) + rest.var() / len(rest))
            w = len(rest) / len(obs)
            diff = (d * w, (d - half) * w, (d + half) * w)
        res["revenue"][n] = (len(mine), mine.mean() if len(mine) else None,
                             mine.std() / math.sqrt(len(mine)) if len(mine) > 1 else None,
                             *diff)
    return res


def repurchase_rows(store, by="product", channel: str | None = None) -> dict:
    """{key: (buyers, repeat buyers, median gap in days, gaps)} over all orders."""
    orders, lines = tables(store, channel)
    lines = lines[(lines["kind"] == "order") & lines["customer_id"].notna()].copy()
    lines["g"] = group_key(lines, by)
    lines["d"] = lines["order_ts"].dt.date
    out = {}
    for g, grp in lines.dropna(subset=["g"]).groupby("g"):
        gaps, again = [], 0
        for _c, days in grp.groupby("customer_id")["d"]:
            ds = sorted(set(days))
            gaps += [(b - a).days for a, b in zip(ds[:-1], ds[1:], strict=True)]
            again += len(ds) > 1
        med = float(pd.Series(gaps).median()) if gaps else None
        out[g] = (grp["customer_id"].nunique(), again, med, len(gaps))
    return out


def next_rows(store, source: str, by="product",
              channel: str | None = None) -> tuple[int, int, dict]:
    """(n, second orders, {key: (customers, share, base rate)})."""
    pop, _ = population(store, channel=channel)
    _, lines = tables(store, channel)
    lines = lines[lines["kind"] == "order"].copy()
    lines["g"] = group_key(lines, by)
    keyset = {}
    for col in ("first_oid", "second_oid"):
        m = lines.merge(pop[[col]].reset_index(), left_on=["customer_id", "order_id"],
                        right_on=["customer_id", col])
        keyset[col] = m.dropna(subset=["g"]).groupby("customer_id")["g"].apply(set)
    with_second = pop[pop["second_oid"].notna()].index
    starters = [c for c in with_second if source in keyset["first_oid"].get(c, set())]
    total = len(with_second)
    counts, base = {}, {}
    for c in with_second:
        for g in keyset["second_oid"].get(c, set()):
            base[g] = base.get(g, 0) + 1
    for c in starters:
        for g in keyset["second_oid"].get(c, set()):
            counts[g] = counts.get(g, 0) + 1
    n = len(starters)
    return n, total, {g: (k, k / n, base[g] / total) for g, k in counts.items()}

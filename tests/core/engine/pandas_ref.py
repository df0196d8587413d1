"""Plain-pandas reference implementations of the engine's definitions, written from the
issue text independently of the SQL engine (set logic, per-customer loops where that
is clearer). Monthly grain unless a ``freq`` is given.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import pandas as pd


def prep(df: pd.DataFrame, end: date | None = None, policy: str = "net",
         where: dict | None = None) -> pd.DataFrame:
    """Identified customers' documents up to ``end`` with a policy-signed ``rev``; only
    customers with at least one order are kept."""
    d = df[df["customer_id"].notna()].copy()
    d["order_ts"] = pd.to_datetime(d["order_ts"])
    if where:
        for col, values in where.items():
            d = d[d[col].isin(values)]
    if end is None:
        end = pd.to_datetime(df["order_ts"]).max().date()
    d = d[d["order_ts"].dt.date <= end]
    d["date"] = d["order_ts"].dt.date
    d["rev"] = d["revenue"] if policy == "net" else d["revenue"].where(d["kind"] == "order", 0.0)
    buyers = set(d.loc[d["kind"] == "order", "customer_id"])
    return d[d["customer_id"].isin(buyers)]


def orders_of(d: pd.DataFrame) -> pd.DataFrame:
    # Same-time orders count in the order they were imported (row order of the frame).
    o = d[d["kind"] == "order"].sort_values(["customer_id", "order_ts"], kind="stable").copy()
    o["seq"] = o.groupby("customer_id").cumcount() + 1
    return o


def first_second(d: pd.DataFrame) -> pd.DataFrame:
    o = orders_of(d)
    first = o[o["seq"] == 1].set_index("customer_id")["order_ts"].rename("first")
    second = o[o["seq"] == 2].set_index("customer_id")["order_ts"].rename("second")
    return pd.concat([first, second], axis=1)


def kpis(df, start, end, policy="net"):
    d = prep(df, end, policy)
    inr = d[(d["date"] >= start) & (d["date"] <= end)]
    o = inr[inr["kind"] == "order"]
    per = o.groupby("customer_id").size()
    all_orders = d[d["kind"] == "order"].groupby("customer_id").size()
    customers = len(per)
    returning = sum(1 for c in per.index if all_orders[c] >= 2)
    revenue = inr["rev"].sum()
    return {
        "customers": customers,
        "orders": len(o),
        "revenue": revenue,
        "aov": revenue / len(o) if len(o) else None,
        "purchase_frequency": len(o) / customers if customers else None,
        "revenue_per_customer": revenue / customers if customers else None,
        "repeat_purchase_rate": (per >= 2).sum() / customers if customers else None,
        "returning_customer_rate": returning / customers if customers else None,
        "median_days_to_second_order": km_median_second(df, start, end, policy),
    }


def followed(df, start, end, policy="net"):
    """First/second order of customers first buying in [start, end], the second looked
    for up to the data end (not the range end), and the data end."""
    data_end = pd.to_datetime(df["order_ts"]).max().date()
    fs = first_second(prep(df, data_end, policy))
    fs = fs[(fs["first"].dt.date >= start) & (fs["first"].dt.date <= end)]
    return fs, data_end


def km_median_second(df, start, end, policy="net"):
    """Kaplan-Meier median days to the second order by statsmodels' SurvfuncRight (an
    implementation independent of the engine): no second order yet = censored at the
    end of the data's last day."""
    from statsmodels.duration.survfunc import SurvfuncRight

    fs, data_end = followed(df, start, end, policy)
    if fs.empty:
        return None
    stop = pd.Timestamp(data_end) + pd.Timedelta(days=1)
    event = fs["second"].notna()
    t = (fs["second"].where(event, stop) - fs["first"]).dt.total_seconds() / 86400
    q = SurvfuncRight(t.to_numpy(), event.to_numpy().astype(int)).quantile(0.5)
    return None if math.isnan(q) else float(q)


def month_periods(start: date, end: date, freq: str = "M"):
    """[(period_start, last_observed_day)] of the periods intersecting [start, end]."""
    out = []
    for p in pd.period_range(pd.Timestamp(start).to_period(freq),
                             pd.Timestamp(end).to_period(freq), freq=freq):
        ps = p.start_time.date()
        pe = min(p.end_time.date(), end)
        out.append((ps, pe))
    return out


def crr(df, start, end, window=90, freq="M"):
    d = prep(df, end)
    o = d[d["kind"] == "order"]
    first = o.groupby("customer_id")["date"].min()

    def active(day: date) -> set:
        lo = day - timedelta(days=window - 1)
        return set(o.loc[(o["date"] >= lo) & (o["date"] <= day), "customer_id"])

    rows = []
    for ps, pe in month_periods(start, end, freq):
        s0 = active(ps - timedelta(days=1))
        e = active(pe)
        n = set(first[(first >= ps) & (first <= pe)].index)
        r = s0 & e
        rows.append({"period": ps.isoformat(), "S0": len(s0), "N": len(n), "E": len(e),
                     "crr": (len(e) - len(n)) / len(s0) if s0 else None,
                     "retained": len(r), "crr_strict": len(r) / len(s0) if s0 else None,
                     "churned": len(s0) - len(r),
                     "churn_rate": (len(s0) - len(r)) / len(s0) if s0 else None,
                     "resurrected": len(e) - len(n) - len(r)})
    return rows


def lifecycle(df, start, end, freq="M"):
    d = prep(df, end)
    o = d[d["kind"] == "order"].copy()
    o["p"] = pd.to_datetime(o["date"]).dt.to_period(freq)
    first = o.groupby("customer_id")["p"].min()
    rows = []
    for ps, _pe in month_periods(start, end, freq):
        p = pd.Timestamp(ps).to_period(freq)
        now = set(o.loc[o["p"] == p, "customer_id"])
        prev = set(o.loc[o["p"] == p - 1, "customer_id"])
        new = {c for c in now if first[c] == p}
        ret = now & prev
        res = now - prev - new
        dorm = prev - now
        rows.append({"period": ps.isoformat(), "active": len(now), "new": len(new),
                     "returning": len(ret), "resurrected": len(res), "dormant": len(dorm),
                     "quick_ratio": (len(new) + len(res)) / len(dorm) if dorm else None})
    return rows


def cohort_matrix(df, start, end, measure, freq="M"):
    """{cohort_start_iso: {k: (value, n)}} for time cohorts."""
    d = prep(df, end)
    d["p"] = pd.to_datetime(d["date"]).dt.to_period(freq)
    o = orders_of(d)
    first = o[o["seq"] == 1].set_index("customer_id")["p"]
    first_day = o[o["seq"] == 1].set_index("customer_id")["date"]
    second = o[o["seq"] == 2].set_index("customer_id")["p"]
    last_p = pd.Timestamp(end).to_period(freq)
    out = {}
    acquired = first[(first_day >= start) & (first_day <= end)]
    for cp in sorted(set(acquired)):
        members = list(acquired[acquired == cp].index)
        size = len(members)
        mine_o = o[o["customer_id"].isin(members)]
        mine_d = d[d["customer_id"].isin(members)]
        cells = {}
        for k in range((last_p - cp).n + 1):
            pk = cp + k
            if measure == "return-on":
                x = mine_o.loc[mine_o["p"] == pk, "customer_id"].nunique()
            elif measure == "on-or-after":
                x = mine_o.loc[mine_o["p"] >= pk, "customer_id"].nunique()
            elif measure == "repurchase":
                x = sum(1 for c in members if c in second.index and second[c] <= pk)
            elif measure == "revenue":
                x = mine_d.loc[mine_d["p"] == pk, "rev"].sum()
            else:  # ltv
                x = mine_d.loc[(mine_d["p"] >= cp) & (mine_d["p"] <= pk), "rev"].sum()
            cells[k] = (x / size, size)
        out[cp.start_time.date().isoformat()] = cells
    return out


def nday(df, start, end, n):
    fs, data_end = followed(df, start, end)
    elig = fs[fs["first"].dt.date <= data_end - timedelta(days=n)]
    gap = (elig["second"] - elig["first"]).dt.total_seconds() / 86400
    hits = int((gap <= n).sum())
    return len(elig), hits


def aov_by_order_number(df, start, end):
    d = prep(df, end)
    o = orders_of(d)
    o = o[(o["date"] >= start) & (o["date"] <= end)]
    o["bucket"] = o["seq"].clip(upper=3)
    g = o.groupby("bucket")["revenue"].agg(["count", "mean"])
    return {int(k): (int(r["count"]), float(r["mean"])) for k, r in g.iterrows()}


def wilson(x, n, z=1.959963984540054):
    p = x / n
    den = 1 + z * z / n
    c = (p + z * z / (2 * n)) / den
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return c - h, c + h

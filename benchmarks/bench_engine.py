"""Engine benchmark: full recompute, filter change, peak memory, and a plain-pandas
reference of the same metrics.

Usage::

    python benchmarks/bench_engine.py                 # 1M orders
    python benchmarks/bench_engine.py --sizes 1m 10m  # also 10M orders
    python benchmarks/bench_engine.py --sizes 1m --repeat 5 --no-pandas

Shops are generated deterministically with ``retention_desktop.core.demo.generate_shop``
(gamma-Poisson buyers with ~10 % heavy repeaters, channels, countries, plans, campaigns,
returns, guests) and cached in ``--data-dir``. The 10M shop is the 1M shop replicated
ten times in SQL with distinct customer/order ids and timestamps shifted by k minutes
(same behaviour, ten times the customers) — generating 10M rows in pandas needs
several GB.

Every measurement runs in a fresh child process so that peak RSS (``ru_maxrss``) is the
engine's (or pandas') own. Times are medians over ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = {"1m": 1_000_000, "10m": 10_000_000}
FILTER_WHERE = ["channel=referral"]  # ~12 % of orders: a typical segment click


# ----------------------------------------------------------------------------- data
def build_project(size: str, data_dir: Path) -> Path:
    """Create (once) the benchmark project for ``size``."""
    from retention_desktop.core.demo import generate_shop, write_shop
    from retention_desktop.core.store import ProjectStore

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"bench_{size}.duckdb"
    if path.exists():
        return path
    if size == "1m":
        shop = generate_shop(n_customers=int(1_000_000 / 3.5), months=24, seed=11,
                             with_activity=False)
        tmp = path.with_suffix(".tmp")
        with ProjectStore(tmp) as store:
            write_shop(store, shop, name="bench 1m", demo=False)
        tmp.rename(path)
        return path
    base = build_project("1m", data_dir)
    copies = SIZES[size] // SIZES["1m"]
    tmp = path.with_suffix(".tmp")
    with ProjectStore(tmp) as store, store.write() as cur:
        cur.execute(f"ATTACH '{base}' AS src (READ_ONLY)")
        for k in range(copies):
            cur.execute(
                "INSERT INTO orders (order_id, customer_id, order_ts, revenue, items, kind, "
                "channel, campaign, country, plan) SELECT order_id || '-' || ?, "
                "customer_id || '-' || ?, order_ts + to_minutes(CAST(? AS BIGINT)), revenue, "
                "items, kind, channel, campaign, country, plan FROM src.orders",
                [k, k, k],
            )
    tmp.rename(path)
    return path


# ----------------------------------------------------------------------------- children
def child_engine(project: str, repeat: int) -> dict:
    from retention_desktop.core.engine.recompute import full_recompute
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    store = ProjectStore(project, read_only=True)
    settings = Settings()
    full, filt, cpu, fcpu = [], [], [], []
    result = None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = run_to_completion(full_recompute(store, FilterSpec(), settings))
        full.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    spec = FilterSpec.from_where_args(FILTER_WHERE)
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        run_to_completion(full_recompute(store, spec, settings))
        filt.append(time.perf_counter() - t)
        fcpu.append(time.process_time() - c)
    return {"full": full, "cpu": cpu, "filter": filt, "filter_cpu": fcpu, "rss_mb": _rss_mb(),
            "check": {"customers": result["kpis"]["customers"],
                      "orders": result["kpis"]["orders"]}}


def child_pandas(project: str, repeat: int) -> dict:
    import duckdb

    t = time.perf_counter()
    con = duckdb.connect(project, read_only=True)
    df = con.execute("SELECT customer_id, order_ts, revenue, kind FROM orders").df()
    con.close()
    load = time.perf_counter() - t
    times, cpu = [], []
    out = None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = pandas_metrics(df)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return {"load": load, "full": times, "cpu": cpu, "rss_mb": _rss_mb(),
            "check": {"customers": out["customers"], "orders": out["orders"]}}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def pandas_metrics(df, window: int = 90) -> dict:
    """The dashboard's metrics in straightforward pandas (monthly grain, whole range)."""
    import numpy as np
    import pandas as pd

    d = df[df["customer_id"].notna()]
    is_order = d["kind"] == "order"
    buyers = d.loc[is_order, "customer_id"].unique()
    d = d[d["customer_id"].isin(buyers)].copy()
    d["day"] = d["order_ts"].dt.normalize()
    d["p"] = d["order_ts"].dt.year * 12 + d["order_ts"].dt.month - 1
    o = d[d["kind"] == "order"].sort_values(["customer_id", "order_ts"], kind="stable")
    o["seq"] = o.groupby("customer_id").cumcount() + 1
    g = o.groupby("customer_id")
    cust = pd.DataFrame({"first": g["order_ts"].min(), "n": g.size(), "last_p": g["p"].max()})
    cust["first_p"] = cust["first"].dt.year * 12 + cust["first"].dt.month - 1
    cust["second"] = o[o["seq"] == 2].set_index("customer_id")["order_ts"]
    cust["second_p"] = o[o["seq"] == 2].set_index("customer_id")["p"]
    gap = (cust["second"] - cust["first"]).dt.total_seconds() / 86400
    end = d["day"].max()
    # KPIs
    out = {"customers": len(cust), "orders": len(o), "revenue": d["revenue"].sum()}
    out["aov"] = out["revenue"] / out["orders"]
    out["repeat_rate"] = (cust["n"] >= 2).mean()
    out["median_days_to_second"] = gap.median()
    out["aov_by_seq"] = o.groupby(o["seq"].clip(upper=3))["revenue"].mean().to_dict()
    # N-day repeat and time to second
    out["nday"] = {n: ((gap <= n) & (cust["first"] <= end - pd.Timedelta(days=n))).sum()
                   / (cust["first"] <= end - pd.Timedelta(days=n)).sum() for n in (7, 14, 30, 90)}
    out["tts_quartiles"] = gap.quantile([0.25, 0.5, 0.75]).tolist()
    # Cohorts: five measures
    pairs = o[["customer_id", "p"]].drop_duplicates().join(cust["first_p"], on="customer_id")
    pairs["age"] = pairs["p"] - pairs["first_p"]
    sizes = cust.groupby("first_p").size()
    ret_on = pairs.groupby(["first_p", "age"]).size().unstack(fill_value=0)
    last_age = (cust["last_p"] - cust["first_p"]).rename("age")
    after = pd.crosstab(cust["first_p"], last_age)
    after = after.iloc[:, ::-1].cumsum(axis=1).iloc[:, ::-1]
    rep = pd.crosstab(cust["first_p"], (cust["second_p"] - cust["first_p"])).cumsum(axis=1)
    dd = d.join(cust["first_p"], on="customer_id")
    rev = dd.groupby(["first_p", dd["p"] - dd["first_p"]])["revenue"].sum().unstack(fill_value=0)
    out["cohorts"] = {"return-on": ret_on.div(sizes, axis=0), "on-or-after": after.div(sizes, axis=0),
                      "repurchase": rep.div(sizes, axis=0), "revenue": rev.div(sizes, axis=0),
                      "ltv": rev.cumsum(axis=1).div(sizes, axis=0)}
    # Lifecycle
    pairs = pairs.sort_values(["customer_id", "p"])
    prev = pairs.groupby("customer_id")["p"].shift()
    active = pairs.groupby("p").size()
    returning = pairs[prev == pairs["p"] - 1].groupby("p").size()
    new = cust.groupby("first_p").size()
    out["lifecycle"] = pd.DataFrame({"active": active, "returning": returning, "new": new}).fillna(0)
    # CRR: active at each month start = ordered in the W days before it
    days = o[["customer_id", "day"]].drop_duplicates()
    months = pd.period_range(d["day"].min(), end, freq="M")
    crr = []
    prev_set = None
    for m in months:
        t = m.start_time
        s = set(days.loc[(days["day"] >= t - pd.Timedelta(days=window))
                         & (days["day"] < t), "customer_id"])
        if prev_set is not None:
            crr.append((len(prev_set), len(s), len(prev_set & s)))
        prev_set = s
    out["crr"] = crr
    out["_np"] = np.__version__
    return out


def run_child(kind: str, project: Path, repeat: int) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--project", str(project),
         "--repeat", str(repeat)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["1m"], choices=sorted(SIZES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pandas-repeat", type=int, default=1)
    parser.add_argument("--no-pandas", action="store_true")
    parser.add_argument("--data-dir", default=os.environ.get("RD_BENCH_DIR", "/tmp/rd-bench"))
    parser.add_argument("--child", choices=("engine", "pandas"))
    parser.add_argument("--project")
    args = parser.parse_args()
    if args.child:
        func = child_engine if args.child == "engine" else child_pandas
        print(json.dumps(func(args.project, args.repeat)))
        return
    rows = []
    for size in args.sizes:
        project = build_project(size, Path(args.data_dir))
        eng = run_child("engine", project, args.repeat)
        pd_res = None if args.no_pandas else run_child("pandas", project, args.pandas_repeat)
        rows.append((size, eng, pd_res))
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| orders | full recompute (CPU) | filter change (CPU) | peak RSS | pandas compute (CPU) | "
          "pandas load | pandas RSS | pandas / engine (wall, CPU) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for size, eng, pres in rows:
        full = statistics.median(eng["full"])
        cpu = statistics.median(eng["cpu"])
        filt = statistics.median(eng["filter"])
        fcpu = statistics.median(eng.get("filter_cpu") or [float("nan")])
        if pres:
            pfull = statistics.median(pres["full"])
            pcpu = statistics.median(pres["cpu"])
            ptxt = (f"{pfull:.2f} s ({pcpu:.2f} s) | {pres['load']:.2f} s | "
                    f"{pres['rss_mb']:.0f} MB | x{pfull / full:.1f}, x{pcpu / cpu:.1f}")
            assert pres["check"] == eng["check"], (pres["check"], eng["check"])
        else:
            ptxt = "- | - | - | -"
        print(f"| {size} ({eng['check']['orders']:,} orders) | {full:.2f} s ({cpu:.2f} s) | "
              f"{filt:.3f} s ({fcpu:.3f} s) | "
              f"{eng['rss_mb']:.0f} MB | {ptxt} |")


if __name__ == "__main__":
    main()

"""A/B from-data speed: per-variant counts for an experiment with many customers.

Run: ``python benchmarks/bench_abtest.py [n_customers]`` (default 200,000 customers, all
assigned, ~5 orders each). Prints medians (seconds) of 3 runs for ``repeat-30d``,
``revenue-30d`` with CUPED, and ``repeat-30d`` under a country filter, plus the
exact Bayesian P(B > A) for the largest arms (exact sum over conversions).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from retention_desktop.core.abtest.bayes import prob_beat_control
from retention_desktop.core.abtest.from_data import experiment_job
from retention_desktop.core.engine.spec import FilterSpec
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
REPEAT = 3


def median_time(fn) -> tuple[float, object]:
    times, out = [], None
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def build(path: Path) -> ProjectStore:
    rng = np.random.default_rng(3)
    ids = np.char.add("C", np.arange(N).astype(str))
    t0 = np.datetime64("2024-01-01T00:00:00") + rng.integers(0, 120 * 86400, N).astype(
        "timedelta64[s]")
    variant = np.where(rng.random(N) < 0.5, "control", "B")
    k = rng.poisson(np.where(variant == "B", 4.4, 4.0)) + 1
    owner = np.repeat(np.arange(N), k)
    offs = rng.integers(-60 * 86400, 300 * 86400, owner.size).astype("timedelta64[s]")
    orders = pd.DataFrame({
        "order_id": np.char.add("O", np.arange(owner.size).astype(str)),
        "customer_id": ids[owner], "order_ts": t0[owner] + offs,
        "revenue": rng.gamma(2.0, 25.0, owner.size), "kind": "order",
        "country": np.array(["UK", "DE", "IR"])[rng.integers(0, 3, owner.size)],
    })
    asg = pd.DataFrame({"customer_id": ids, "experiment": "big", "variant": variant,
                        "assigned_ts": t0})
    store = ProjectStore(path)
    with store.write() as cur:
        cur.register("o", orders)
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, "
                    "country) SELECT * FROM o")
        cur.register("a", asg)
        cur.execute("INSERT INTO assignments (customer_id, experiment, variant, assigned_ts) "
                    "SELECT * FROM a")
    print(f"{N:,} customers, {len(orders):,} orders")
    return store


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = build(Path(tmp) / "bench.duckdb")
        cases = {
            "repeat-30d": lambda: run_to_completion(experiment_job(store, "big", "repeat-30d")),
            "revenue-30d + CUPED": lambda: run_to_completion(
                experiment_job(store, "big", "revenue-30d", cuped=True)),
            "repeat-30d, country=UK": lambda: run_to_completion(experiment_job(
                store, "big", "repeat-30d", FilterSpec.from_where_args(["country=UK"]))),
        }
        base = None
        for name, fn in cases.items():
            t, data = median_time(fn)
            base = base or t
            print(f"{name:>24}: median {t:.3f} s  (x{t / base:.2f})  "
                  f"variants {[(v.name, v.n) for v in data.variants]}")
        v = run_to_completion(experiment_job(store, "big", "repeat-30d")).variants
        t, p = median_time(lambda: prob_beat_control(v[0].conversions, v[0].n,
                                                     v[1].conversions, v[1].n))
        print(f"{'exact P(B>A)':>24}: median {t:.4f} s  (p = {p:.6f})")
        store.close()


if __name__ == "__main__":
    main()

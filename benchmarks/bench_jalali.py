"""Jalali bucketing speed on 1M orders: SQL arithmetic vs Gregorian date_trunc vs numpy.

Run: ``python benchmarks/bench_jalali.py [n_rows]``. Prints medians (seconds) of 5 runs and
the ratio to DuckDB's built-in Gregorian ``date_trunc`` on the same GROUP BY.
"""

from __future__ import annotations

import statistics
import sys
import time

import duckdb
import numpy as np
import pandas as pd

from retention_desktop.core.calendar import jalali_period_sql, jalali_period_start_days

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
REPEAT = 5


def median_time(fn) -> float:
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    rng = np.random.default_rng(7)
    days = rng.integers(np.datetime64("2015-01-01").astype(int),
                        np.datetime64("2025-12-31").astype(int), N)
    orders = pd.DataFrame({
        "customer_id": rng.integers(0, N // 5, N),
        "order_ts": (days.astype("datetime64[D]").astype("datetime64[s]")
                     + rng.integers(0, 86400, N).astype("timedelta64[s]")),
        "revenue": rng.gamma(2.0, 30.0, N),
    })
    con = duckdb.connect()
    con.register("orders_df", orders)
    con.execute("CREATE TABLE orders AS SELECT * FROM orders_df")
    print(f"{N:,} orders, DuckDB {duckdb.__version__}, {REPEAT} runs each (median seconds)")
    for grain in ("week", "month", "quarter", "year"):
        greg = f"date_trunc('{grain}', order_ts)"
        jal = jalali_period_sql("order_ts", grain)
        q = "SELECT {p} AS period, count(DISTINCT customer_id), sum(revenue) FROM orders GROUP BY 1"
        t_g = median_time(lambda greg=greg, q=q: con.execute(q.format(p=greg)).fetchall())
        t_j = median_time(lambda jal=jal, q=q: con.execute(q.format(p=jal)).fetchall())
        t_np = median_time(lambda grain=grain: jalali_period_start_days(
            orders["order_ts"].to_numpy().astype("datetime64[D]").astype(np.int64), grain))
        print(f"{grain:8s} gregorian date_trunc {t_g:.3f}  jalali SQL {t_j:.3f} "
              f"(x{t_j / t_g:.2f})  numpy bucketing {t_np:.3f}")


if __name__ == "__main__":
    main()

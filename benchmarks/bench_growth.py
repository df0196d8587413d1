"""Growth-metric benchmark: stickiness, funnel, compare (by channel and by campaign), CAC,
what-if and NPS on the engine benchmark shop (1M orders by default).

Usage::

    python benchmarks/bench_growth.py                  # 1M orders, 3 runs each
    python benchmarks/bench_growth.py --repeat 5 --where channel=referral

The shop is the one of ``benchmarks/bench_engine.py`` (built once and cached in
``--data-dir``); it has no activity table, so stickiness runs on order days. Survey and
spend come with the generated shop. Prints the median wall time per metric and the
process' peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CASES = (
    ("stickiness", {}),
    ("funnel", {}),
    ("compare", {"by": "channel"}),
    ("compare", {"by": "campaign"}),
    ("cac", {}),
    ("whatif", {}),
    ("nps", {"by": "channel"}),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="1m", choices=("1m", "10m"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--where", action="append", default=[])
    parser.add_argument("--data-dir", default=os.environ.get("RD_BENCH_DIR", "/tmp/rd-bench"))
    args = parser.parse_args()

    from bench_engine import build_project

    from retention_desktop.core.engine.registry import load_all
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    from retention_desktop.core.store import ProjectStore

    path = build_project(args.size, Path(args.data_dir))
    metrics = load_all()
    spec = FilterSpec.from_where_args(args.where)
    with ProjectStore(path, read_only=True) as store:
        n_orders = store.table_count("orders")
        print(f"shop: {path} ({n_orders:,} documents); filter: {args.where or 'none'}; "
              f"{os.cpu_count()} cores")
        print(f"{'metric':<28}{'median s':>10}{'min s':>10}")
        for name, options in CASES:
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                metrics[name](store, spec, Settings(), **options)
                times.append(time.perf_counter() - t0)
            label = name + (f" by {options['by']}" if "by" in options else "")
            print(f"{label:<28}{statistics.median(times):>10.3f}{min(times):>10.3f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

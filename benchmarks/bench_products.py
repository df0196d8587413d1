"""Product tables benchmark: every product table on a UCI-sized and a 10M-line export.

Usage::

    python benchmarks/bench_products.py                    # UCI look-alike (541,909 lines)
    python benchmarks/bench_products.py --sizes uci 10m    # also 10 million lines
    python benchmarks/bench_products.py --repeat 5

The full UCI Online Retail export is not shipped (``tests/data`` holds a 232-line
sample), so the "uci" shop is a deterministic look-alike written by
``retention_desktop.core.product_shop``: 541,909 lines, 4,000 products, 4,372 customers,
~20 lines per order over one year, two thirds of customers coming back. The "10m" shop
has 10,000,000 lines, 20,000 products and 800,000 customers over two years. Projects are
cached in ``--data-dir``.

Each measurement runs in a fresh child process (peak RSS, ``ru_maxrss``, is the
engine's own); the child builds every table ``--repeat`` times with one shared
``ProductWork`` (as the Products view and the CLI do) and reports medians:
first products, first categories, repurchase, next products after the most common first
product, its reorder-due list (``reorder_due_one``), and the reorder-due list of every
product at once (``reorder_due_all``, an export, reported apart from the tables). Wall and
CPU seconds are both printed: the benchmark machine is shared, and the load average is
printed with them.
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

SHOPS = {
    "uci": dict(customers=4372, products=4000, lines_per_order=22.0, base_repeat=0.72,
                again=0.93, mean_gap_days=20.0, days=373, start="2010-12-01",
                max_lines=541_909, seed=1),
    "10m": dict(customers=800_000, products=20_000, lines_per_order=6.4, base_repeat=0.35,
                again=0.7, mean_gap_days=45.0, days=730, start="2022-01-01",
                max_lines=10_000_000, seed=2),
}
LIMITS = {"uci": (1.0, None), "10m": (10.0, 2048.0)}  # seconds for all tables, MB


def build_project(size: str, data_dir: Path) -> Path:
    """Create (once) the benchmark project for ``size``."""
    from retention_desktop.core import product_shop
    from retention_desktop.core.store import ProjectStore

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"bench_products_{size}.duckdb"
    if path.exists():
        return path
    tmp = path.with_suffix(".part.duckdb")
    tmp.unlink(missing_ok=True)
    t = time.perf_counter()
    store = ProjectStore(tmp)
    info = product_shop.write(store, product_shop.ShopSpec(**SHOPS[size]))
    store.close()
    tmp.rename(path)
    print(f"built {path.name}: {info} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def child(project: str, repeat: int, only_due: bool = False) -> dict:
    """Time every product table (run in a child process)."""
    from retention_desktop.core.engine import products as eng
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    from retention_desktop.core.store import ProjectStore

    store = ProjectStore(project, read_only=True)
    spec, settings = FilterSpec(), Settings()
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}

    def timed(name, func, *args, **kwargs):
        t, c = time.perf_counter(), time.process_time()
        out = func(store, spec, settings, *args, **kwargs)
        times.setdefault(name, []).append(time.perf_counter() - t)
        cpu.setdefault(name, []).append(time.process_time() - c)
        return out

    for _ in range(repeat):
        if only_due:  # the list of every product, in a process of its own
            due_all = timed("reorder_due_all", eng.reorder_due_frame)
            sizes = {"reorder_due_all": len(due_all)}
            continue
        t, c = time.perf_counter(), time.process_time()
        with eng.ProductWork(store, spec, settings) as work:  # as the view and CLI do
            first = timed("first_products", eng.first_products, work=work)
            cats = timed("first_categories", eng.first_products, by="category", work=work)
            rep = timed("repurchase", eng.repurchase, work=work)
            source = max(first.rows, key=lambda r: r.customers).key
            nxt = timed("next_products", eng.next_products, source, work=work)
            due = timed("reorder_due_one", eng.reorder_due_frame, product=source, work=work)
        times.setdefault("all_tables", []).append(time.perf_counter() - t)
        cpu.setdefault("all_tables", []).append(time.process_time() - c)
        sizes = {"products": len(first.rows), "categories": len(cats.rows),
                 "new_customers": first.shop.customers, "repurchase_rows": len(rep.rows),
                 "next_rows": len(nxt.rows), "reorder_due_one": len(due)}
    lines = store.cursor().execute("SELECT count(*) FROM line_items").fetchall()[0][0]
    store.close()
    medians = {k: statistics.median(v) for k, v in times.items()}
    cpu_medians = {k: statistics.median(v) for k, v in cpu.items()}
    return {"lines": lines, "medians": medians, "cpu": cpu_medians,
            "total": medians.get("all_tables", 0.0), "total_cpu": cpu_medians.get("all_tables"),
            "runs": times, "sizes": sizes, "rss_mb": _rss_mb(), "load": os.getloadavg()}


def measure(project: Path, repeat: int, only_due: bool = False) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(project), "--repeat", str(repeat)]
        + (["--only-due"] if only_due else []),
        check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["uci"], choices=sorted(SHOPS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data-dir", default=os.environ.get("RD_BENCH_DIR", "/tmp/rd-bench"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--only-due", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.repeat, args.only_due)))
        return 0
    ok = True
    for size in args.sizes:
        project = build_project(size, Path(args.data_dir))
        res = measure(project, args.repeat)
        due = measure(project, args.repeat, only_due=True)
        limit_s, limit_mb = LIMITS[size]
        passed = res["total"] <= limit_s and (limit_mb is None or res["rss_mb"] <= limit_mb)
        ok &= passed
        print(f"{size}: {res['lines']:,} lines, {res['sizes']}")
        for name, sec in res["medians"].items():
            print(f"  {name:18s} {sec:7.3f} s wall, {res['cpu'][name]:7.3f} s CPU "
                  f"(median of {args.repeat})")
        print(f"  every table (one ProductWork): {res['total']:.3f} s wall (limit {limit_s} s), "
              f"{res['total_cpu']:.3f} s CPU, load average {res['load'][0]:.1f}, peak RSS "
              f"{res['rss_mb']:.0f} MB" + (f" (limit {limit_mb:.0f} MB)" if limit_mb else "")
              + ("" if passed else "  OVER THE LIMIT"))
        print(f"  reorder_due_all    {due['medians']['reorder_due_all']:7.3f} s wall, "
              f"{due['cpu']['reorder_due_all']:7.3f} s CPU, {due['sizes']['reorder_due_all']:,} "
              f"rows, peak RSS {due['rss_mb']:.0f} MB (own process; an export, not a table)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

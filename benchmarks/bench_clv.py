"""CLV fitting speed on a simulated shop (default 100,000 customers).

Prints the median wall time of: the per-customer summary, the BG/NBD fit (duplicates
collapsed into weights), the Gamma-Gamma fit, and the whole-shop analysis (summary +
both fits + holdout fit + scores + RFM + stages + transitions), plus the recovered
parameters next to the true ones.

Usage: python benchmarks/bench_clv.py [--customers 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from retention_desktop.core.clv.analysis import CLVOptions, analyse_transactions
from retention_desktop.core.clv.bgnbd import fit_bgnbd
from retention_desktop.core.clv.gamma_gamma import fit_gamma_gamma
from retention_desktop.core.clv.simulate import simulate_transactions
from retention_desktop.core.clv.summary import summarise


def _time(fn, repeat):
    """Median wall and CPU (process) time: CPU time is less distorted on a loaded machine."""
    wall, cpu, out = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return (statistics.median(wall), statistics.median(cpu)), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tx = simulate_transactions(args.customers)
    print(f"customers={args.customers:,} transactions={len(tx):,}")
    t_sum, s = _time(lambda: summarise(tx, calibration_end="2025-06-29"), args.repeat)
    t = s.table
    x, tx_, age, m = (t[c].to_numpy() for c in ("frequency", "recency", "T", "monetary_value"))
    t_bg, bg = _time(lambda: fit_bgnbd(x, tx_, age), args.repeat)
    t_gg, gg = _time(lambda: fit_gamma_gamma(x, m), args.repeat)
    t_all, res = _time(lambda: analyse_transactions(tx, CLVOptions()), args.repeat)
    def line(name, t):
        return f"{name:<18} median wall {t[0]:7.3f} s   cpu {t[1]:7.3f} s"

    print(line("summary", t_sum))
    print(line("BG/NBD fit", t_bg) + f"   r={bg.r:.3f} alpha={bg.alpha:.3f} a={bg.a:.3f} "
          f"b={bg.b:.3f} (true 0.25, 4.0, 0.8, 2.5)")
    print(line("Gamma-Gamma fit", t_gg) + f"   p={gg.p:.3f} q={gg.q:.3f} v={gg.v:.3f} "
          "(true 6, 4, 15)")
    print(line("whole analysis", t_all) + f"   ({len(res.customers):,} customers scored)")


if __name__ == "__main__":
    main()

"""Longest GUI event-loop stall while the app recomputes a 1M-order shop.

A QTimer heartbeat fires every ``TICK_MS`` on the GUI thread; every gap between two beats
beyond the interval is time the event loop could not run (a frozen window). The script
opens the full main window (all tabs) on a generated ~1M-order shop and measures the
gaps during: opening the project (every tab computes), a filter change, a settings
change (grain), and a cohort measure switch. Prints the longest stall per phase.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_responsiveness.py \
        [--customers 285000] [--project /tmp/bench-1m.rdproj.duckdb]

The shop is cached at ``--project`` (built once with ``core.demo.generate_shop``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK_MS = 5


def build_shop(path: Path, customers: int) -> None:
    from retention_desktop.core.demo import generate_shop, write_shop
    from retention_desktop.core.store import ProjectStore

    if path.exists():
        return
    t0 = time.perf_counter()
    shop = generate_shop(n_customers=customers, with_activity=False)
    tmp = path.with_name(path.name + ".building")
    tmp.unlink(missing_ok=True)
    with ProjectStore(tmp) as store:
        write_shop(store, shop, name="Benchmark shop", demo=False)
    tmp.replace(path)
    print(f"built {path} ({len(shop.orders):,} documents) in {time.perf_counter() - t0:.1f} s")


class Heartbeat:
    """Records the gaps between timer beats on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000.0 - TICK_MS)
        self.last = now

    def reset(self) -> None:
        self.gaps = []
        self.last = time.perf_counter()


def run_phase(app, ctx, beat: Heartbeat, name: str, action, timeout_s: float = 300.0) -> dict:
    """Do ``action`` and spin the event loop until the runner is idle; return stall stats."""
    beat.reset()
    t0 = time.perf_counter()
    action()
    # let the action's signals and the debounce fire, then wait for every task
    deadline = time.perf_counter() + timeout_s
    settle_until = time.perf_counter() + 0.5
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > settle_until and not ctx.runner.is_busy():
            break
    wall = time.perf_counter() - t0
    gaps = sorted(beat.gaps) or [0.0]
    out = {"phase": name, "wall_s": wall, "beats": len(beat.gaps), "max_ms": gaps[-1],
           "p99_ms": gaps[int(0.99 * (len(gaps) - 1))], "median_ms": statistics.median(gaps),
           "over_50ms": sum(g > 50 for g in gaps)}
    print(f"{name:<28} wall {wall:6.2f} s  beats {out['beats']:5d}  longest stall "
          f"{out['max_ms']:6.1f} ms  p99 {out['p99_ms']:5.1f} ms  >50 ms: {out['over_50ms']}",
          flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=285_000)
    parser.add_argument("--project", default=str(Path(tempfile.gettempdir()) / "bench-1m.rdproj.duckdb"))
    args = parser.parse_args()
    os.environ.setdefault("RETENTION_DESKTOP_HOME", tempfile.mkdtemp(prefix="rd-bench-"))
    path = Path(args.project)
    build_shop(path, args.customers)

    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["RETENTION_DESKTOP_HOME"])
    from retention_desktop.core.engine.spec import FilterSpec
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.ui.app import make_application
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.mainwindow import MainWindow
    from retention_desktop.ui.prefs import Prefs

    app = make_application()
    ctx = AppContext()
    window = MainWindow(ctx, Prefs())
    window.resize(1280, 800)
    window.show()
    with ProjectStore(path, read_only=True) as probe:
        n_orders = probe.cursor().execute(
            "SELECT count(*) FROM orders WHERE kind = 'order'").fetchone()[0]
    print(f"shop: {n_orders:,} orders; heartbeat every {TICK_MS} ms; "
          f"{os.cpu_count()} cores", flush=True)
    beat = Heartbeat()
    cohorts = window.tab_widgets["cohorts"]
    results = [
        run_phase(app, ctx, beat, "open project (all tabs)", lambda: window.open_project(path)),
        run_phase(app, ctx, beat, "filter: country = Iran",
                  lambda: ctx.set_spec(FilterSpec(include=(("country", ("Iran",)),)))),
        run_phase(app, ctx, beat, "settings: grain = week",
                  lambda: ctx.set_settings(ctx.settings.with_(grain="week"), persist=False)),
        run_phase(app, ctx, beat, "cohorts: measure = LTV",
                  lambda: cohorts.measure.setCurrentIndex(cohorts.measure.findData("ltv"))),
        run_phase(app, ctx, beat, "filter cleared",
                  lambda: ctx.set_spec(FilterSpec())),
    ]
    worst = max(r["max_ms"] for r in results)
    print(f"longest stall overall: {worst:.1f} ms (target <= 50 ms)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

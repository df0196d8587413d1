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
    """Records the gaps between timer beats on the GUI thread.

    Besides the wall-clock gap it records the GUI thread's own CPU time inside each gap
    (``time.thread_time``): a long gap with little CPU is the thread waiting (for a core
    on a loaded machine, or for the GIL); a long gap with much CPU is our own work.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self.cpu: list[float] = []
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((now - self.last) * 1000.0 - TICK_MS)
        self.cpu.append((cpu - self.last_cpu) * 1000.0)
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        self.gaps, self.cpu = [], []
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()


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
    cpu = sorted(beat.cpu) or [0.0]
    out = {"phase": name, "wall_s": wall, "beats": len(beat.gaps), "max_ms": gaps[-1],
           "p99_ms": gaps[int(0.99 * (len(gaps) - 1))], "median_ms": statistics.median(gaps),
           "over_50ms": sum(g > 50 for g in gaps), "max_cpu_ms": cpu[-1]}
    print(f"| {name} | {wall:.1f} s | {out['beats']} | {out['max_ms']:.0f} ms | "
          f"{out['p99_ms']:.0f} ms | {out['over_50ms']} | {out['max_cpu_ms']:.0f} ms |",
          flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=285_000)
    parser.add_argument("--tabs", default="", help="only these tab keys (comma-separated), "
                        "e.g. data,overview,cohorts; default: every registered tab")
    parser.add_argument("--project", default=str(Path(tempfile.gettempdir()) / "bench-1m.rdproj.duckdb"))
    args = parser.parse_args()
    os.environ.setdefault("RETENTION_DESKTOP_HOME", tempfile.mkdtemp(prefix="rd-bench-"))
    path = Path(args.project)
    build_shop(path, args.customers)

    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["RETENTION_DESKTOP_HOME"])
    import retention_desktop.ui.mainwindow as mainwindow_module
    import retention_desktop.ui.tabs as tab_registry
    from retention_desktop.core.engine.spec import FilterSpec
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.ui.app import make_application
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.mainwindow import MainWindow

    if args.tabs:
        keep = set(args.tabs.split(","))
        tab_registry.TABS = tuple(e for e in tab_registry.TABS if e.key in keep)
        mainwindow_module.TABS = tab_registry.TABS
    from retention_desktop.ui.prefs import Prefs

    app = make_application()
    ctx = AppContext()
    window = MainWindow(ctx, Prefs())
    window.resize(1280, 800)
    from retention_desktop.ui.app import freeze_startup_heap

    freeze_startup_heap()  # as run_app does after building the window
    window.show()
    with ProjectStore(path, read_only=True) as probe:
        n_orders = probe.cursor().execute(
            "SELECT count(*) FROM orders WHERE kind = 'order'").fetchone()[0]
    print(f"tabs: {', '.join(window.tab_widgets)}")
    print(f"shop: {n_orders:,} orders; heartbeat every {TICK_MS} ms; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}", flush=True)
    print("| phase | wall | beats | longest stall | p99 gap | gaps > 50 ms | "
          "max GUI-thread CPU in one gap |\n|---|---|---|---|---|---|---|")
    beat = Heartbeat()
    tabs = window.tab_widgets
    cohorts = tabs["cohorts"]
    window.tabs.setCurrentWidget(tabs["overview"])
    iran = FilterSpec(include=(("country", ("Iran",)),))
    results = [
        run_phase(app, ctx, beat, "open project (Overview)", lambda: window.open_project(path)),
        run_phase(app, ctx, beat, "Overview: country = Iran", lambda: ctx.set_spec(iran)),
        run_phase(app, ctx, beat, "switch to Cohorts tab",
                  lambda: window.tabs.setCurrentWidget(cohorts)),
        run_phase(app, ctx, beat, "Cohorts: measure = LTV",
                  lambda: cohorts.measure.setCurrentIndex(cohorts.measure.findData("ltv"))),
        run_phase(app, ctx, beat, "Cohorts: grain = week",
                  lambda: ctx.set_settings(ctx.settings.with_(grain="week"), persist=False)),
        run_phase(app, ctx, beat, "Cohorts: filter cleared", lambda: ctx.set_spec(FilterSpec())),
        run_phase(app, ctx, beat, "switch to Data tab",
                  lambda: window.tabs.setCurrentWidget(tabs["data"])),
    ]
    worst = max(r["max_ms"] for r in results)
    worst_cpu = max(r["max_cpu_ms"] for r in results)
    print(f"longest stall overall: {worst:.1f} ms (target <= 50 ms); longest GUI-thread CPU "
          f"in one gap: {worst_cpu:.1f} ms; load average now {os.getloadavg()[0]:.1f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

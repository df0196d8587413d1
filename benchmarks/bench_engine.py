"""Engine benchmark: the jobs the app runs, against a plain DuckDB-SQL reference.

Usage::

    python benchmarks/bench_engine.py                   # 1M orders
    python benchmarks/bench_engine.py --sizes 1m 10m    # also 10M orders
    python benchmarks/bench_engine.py --repeat 5 --no-report

What is measured (each in a fresh child process, so peak RSS is its own; times are
medians over ``--repeat`` runs, with the project's prepared-data cache emptied before
each run of "open", as after opening a project):

``open``      the Overview job (``core.engine.overview.overview``) then the Cohorts job
              (``ui.tabs.cohorts_tab.cohort_job``: ``cohort_view`` + the N-day table), as
              opening a project and switching to Cohorts does; the Cohorts job finds the
              Overview's working data in the cache.
``filter``    the Overview job for one more filter (channel = referral) after ``open``.
``period``    the Overview job after choosing the "Last 90 days" preset (resolved against
              the data's end, as the filter bar does).
``report``    the report job (``core.report.data.build_report``) after ``open``; and the
              same without its CLV card (``report_no_clv``), which fits a customer-value
              model in pandas and dominates the report's time.
``sql``       a plain DuckDB-SQL version of the figures of ``open`` (KPIs, monthly trend,
              headline month and the one before, retention rate per month, lifecycle,
              cohort matrix, N-day repeat) written as straightforward SQL, in a process of
              its own; its customers/orders/revenue are checked against the engine's.

Shops are generated deterministically with ``retention_desktop.core.demo.generate_shop``
(gamma-Poisson buyers with ~10 % heavy repeaters, channels, countries, plans, campaigns,
returns, guests) and cached in ``--data-dir``. The 10M shop is the 1M shop replicated
ten times in SQL with distinct customer/order ids and timestamps shifted by k minutes
(same behaviour, ten times the customers) — generating 10M rows in pandas needs
several GB.
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
PERIOD = "last-90-days"
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
def _timed(fn) -> tuple[float, float, object]:
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t, time.process_time() - c, out


def child_engine(project: str, repeat: int, report: bool) -> dict:
    from retention_desktop.core.engine.overview import overview

    try:
        from retention_desktop.core.engine.prepared_cache import cache_of
    except ImportError:  # a checkout from before the cache (for before/after runs)
        def cache_of(_store):
            from types import SimpleNamespace

            return SimpleNamespace(clear=lambda: None, stats=SimpleNamespace(
                loads=None, cuts=None, hits=None))
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    from retention_desktop.core.report.data import build_report
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion
    from retention_desktop.ui.tabs.cohorts_tab import cohort_job

    store = ProjectStore(project, read_only=True)
    cache = cache_of(store)
    settings, spec = Settings(), FilterSpec()
    end = store.cursor().execute("SELECT CAST(max(order_ts) AS DATE) FROM orders").fetchone()[0]
    filtered = FilterSpec.from_where_args(FILTER_WHERE)
    period = FilterSpec(period=PERIOD).resolved(end, settings.calendar)
    times: dict[str, list] = {k: [] for k in ("overview", "cohorts", "open", "filter", "period",
                                              "report", "report_no_clv")}
    cpu: dict[str, list] = {k: [] for k in times}
    first = None
    for _ in range(repeat):
        cache.clear()
        w1, c1, first = _timed(lambda: run_to_completion(overview(store, spec, settings)))
        w2, c2, _ = _timed(lambda: run_to_completion(
            cohort_job(store, spec, settings, "return-on", None)))
        for key, w, c in (("overview", w1, c1), ("cohorts", w2, c2),
                          ("open", w1 + w2, c1 + c2)):
            times[key].append(w)
            cpu[key].append(c)
        for key, s in (("filter", filtered), ("period", period)):
            w, c, _ = _timed(lambda s=s: run_to_completion(overview(store, s, settings)))
            times[key].append(w)
            cpu[key].append(c)
        if report:
            try:  # the CLV card is remembered per filter: time it cold, as after an import
                from retention_desktop.core.clv.headline import forget
            except ImportError:  # a checkout from before that cache
                def forget(_store):
                    return None
            forget(store)
            w, c, _ = _timed(lambda: run_to_completion(build_report(store, spec, settings)))
            times["report"].append(w)
            cpu["report"].append(c)
            import retention_desktop.core.report.data as rd

            keep, rd._clv_card = rd._clv_card, lambda *a, **k: []
            try:
                w, c, _ = _timed(lambda: run_to_completion(build_report(store, spec, settings)))
            finally:
                rd._clv_card = keep
            times["report_no_clv"].append(w)
            cpu["report_no_clv"].append(c)
    k = first["kpis"]
    return {"times": times, "cpu": cpu, "rss_mb": _rss_mb(),
            "stats": {"loads": cache.stats.loads, "cuts": cache.stats.cuts,
                      "hits": cache.stats.hits},
            "check": {"customers": k["customers"], "orders": k["orders"],
                      "revenue": round(k["revenue"], 2)}}


#: Plain DuckDB SQL for the figures of the Overview and Cohorts jobs (monthly grain,
#: W = 90 days, whole range, net revenue). Deliberately straightforward: what one would
#: write by hand without the engine's prepared arrays.
SQL_REFERENCE = [
    ("docs", """CREATE OR REPLACE TEMP TABLE o AS SELECT customer_id AS c, order_ts AS ts,
        CAST(order_ts AS DATE) AS d, revenue AS rev, kind = 'order' AS is_o,
        CAST(date_trunc('month', order_ts) AS DATE) AS p
        FROM orders WHERE customer_id IS NOT NULL {where}"""),
    ("customers", """CREATE OR REPLACE TEMP TABLE cu AS SELECT c,
        min(ts) FILTER (WHERE is_o) AS first_ts, min(p) FILTER (WHERE is_o) AS first_p,
        max(p) FILTER (WHERE is_o) AS last_p, count(*) FILTER (WHERE is_o) AS n,
        sum(rev) AS rev, min(ts, 2) FILTER (WHERE is_o) AS two
        FROM o GROUP BY c HAVING count(*) FILTER (WHERE is_o) >= 1"""),
    ("pairs", """CREATE OR REPLACE TEMP TABLE pm AS SELECT o.c, o.p, count(*) AS n,
        max(o.ts) > min(cu.first_ts) AS ret FROM o JOIN cu USING (c)
        WHERE o.is_o GROUP BY o.c, o.p"""),
    ("kpis", """SELECT count(*), sum(n), (SELECT sum(rev) FROM o SEMI JOIN cu USING (c)),
        avg(CAST(n >= 2 AS DOUBLE)) FROM cu"""),
    ("trend", """SELECT p, count(*) AS customers, sum(n) AS orders,
        count(*) FILTER (WHERE n >= 2) AS repeaters,
        count(*) FILTER (WHERE ret) AS "returning",
        (SELECT count(*) FROM cu WHERE cu.first_p = pm.p) AS new,
        (SELECT sum(rev) FROM o SEMI JOIN cu USING (c) WHERE o.p = pm.p) AS revenue
        FROM pm GROUP BY p ORDER BY p"""),
    ("headline", """WITH m AS (SELECT max(p) FILTER (WHERE p + INTERVAL 1 MONTH
        <= (SELECT max(d) FROM o) + 1) AS cur FROM o)
        SELECT p, count(DISTINCT c) FILTER (WHERE is_o), count(*) FILTER (WHERE is_o),
        sum(rev) FROM o SEMI JOIN cu USING (c), m
        WHERE p IN (m.cur, m.cur - INTERVAL 1 MONTH) GROUP BY p"""),
    ("crr", """WITH m AS (SELECT DISTINCT p AS t FROM o),
        act AS (SELECT DISTINCT m.t, o.c FROM o JOIN m ON o.d >= m.t - 90 AND o.d < m.t
                WHERE o.is_o)
        SELECT a.t, count(*) AS s0, count(b.c) AS retained,
        (SELECT count(*) FROM act e WHERE e.t = a.t + INTERVAL 1 MONTH) AS e
        FROM act a LEFT JOIN act b ON b.c = a.c AND b.t = a.t + INTERVAL 1 MONTH
        GROUP BY a.t ORDER BY a.t"""),
    ("lifecycle", """WITH l AS (SELECT c, p, lag(p) OVER (PARTITION BY c ORDER BY p) AS prev
        FROM pm) SELECT p, count(*) FILTER (WHERE prev IS NULL) AS new,
        count(*) FILTER (WHERE prev = p - INTERVAL 1 MONTH) AS "returning",
        count(*) FILTER (WHERE prev < p - INTERVAL 1 MONTH) AS resurrected
        FROM l GROUP BY p ORDER BY p"""),
    ("cohorts", """SELECT cu.first_p, datediff('month', cu.first_p, pm.p) AS age,
        count(*) AS active, (SELECT count(*) FROM cu c2 WHERE c2.first_p = cu.first_p) AS size
        FROM pm JOIN cu USING (c) GROUP BY ALL ORDER BY ALL"""),
    ("nday", """SELECT k, count(*) FILTER (WHERE len(two) = 2
        AND two[2] - two[1] <= to_days(k)) / count(*) FROM cu,
        (SELECT unnest([7, 14, 30, 60, 90]) AS k)
        WHERE first_ts <= (SELECT max(ts) FROM o) - to_days(k) GROUP BY k ORDER BY k"""),
]


def sql_reference(con, where: str = "") -> dict:
    """Run :data:`SQL_REFERENCE`; the KPI row is returned for the cross-check."""
    out = {}
    for name, sql in SQL_REFERENCE:
        rows = con.execute(sql.format(where=where)).fetchall()
        if name == "kpis":
            out = {"customers": rows[0][0], "orders": int(rows[0][1]),
                   "revenue": round(rows[0][2], 2)}
    return out


def child_sql(project: str, repeat: int) -> dict:
    import duckdb

    con = duckdb.connect(project, read_only=True)
    con.execute("SET enable_progress_bar = false")
    where = "AND channel = 'referral'"
    times: dict[str, list] = {"open": [], "filter": []}
    cpu: dict[str, list] = {"open": [], "filter": []}
    check = None
    for _ in range(repeat):
        w, c, check = _timed(lambda: sql_reference(con))
        times["open"].append(w)
        cpu["open"].append(c)
        w, c, _ = _timed(lambda: sql_reference(con, where))
        times["filter"].append(w)
        cpu["filter"].append(c)
    return {"times": times, "cpu": cpu, "rss_mb": _rss_mb(), "check": check}


def child_gui(project: str, repeat: int) -> dict:
    """Offscreen main window on the Overview: a period preset or a channel set in the
    filter (``ctx.set_spec``, i.e. after the bar's debounce) until the Overview's last
    step (the retention table, after the cards and charts) has been drawn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    os.environ.setdefault("RETENTION_DESKTOP_HOME", tempfile.mkdtemp(prefix="rd-bench-"))
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["RETENTION_DESKTOP_HOME"])
    from retention_desktop.core.engine.spec import FilterSpec
    from retention_desktop.ui.app import make_application
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.mainwindow import MainWindow
    from retention_desktop.ui.prefs import Prefs

    app = make_application()
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    win.resize(1280, 800)
    win.show()
    tab = win.tab_widgets["overview"]
    win.tabs.setCurrentWidget(tab)
    drawn: list[float] = []
    drawn_cpu: list[float] = []
    last_step = tab._fill_crr

    def spy(*args, **kwargs):
        out = last_step(*args, **kwargs)
        drawn.append(time.perf_counter())
        drawn_cpu.append(time.process_time())
        return out

    tab._fill_crr = spy

    def settle(timeout: float = 600.0) -> None:
        """Run the event loop (as the app does: it sleeps until an event comes) until
        the runner and the tab's drawing have been idle for 0.3 s. Polling with
        ``processEvents`` every millisecond instead took the GIL from the job."""
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout
        quiet_since: list[float | None] = [None]

        def check() -> None:
            now = time.perf_counter()
            if ctx.runner.is_busy() or tab.pending_steps():
                quiet_since[0] = None
            elif quiet_since[0] is None:
                quiet_since[0] = now
            elif now - quiet_since[0] > 0.3:
                loop.quit()
            if now > deadline:
                loop.quit()

        timer = QTimer()
        timer.timeout.connect(check)
        timer.start(20)
        loop.exec()
        timer.stop()

    cpu: dict[str, list] = {"gui_period": [], "gui_filter": []}

    def measure(spec, kind: str | None = None) -> float:
        drawn.clear()
        drawn_cpu.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        ctx.set_spec(spec)
        settle()
        app.processEvents()  # paint
        if kind is not None:  # CPU of both threads up to the last step (not the settling)
            cpu[kind].append((drawn_cpu[-1] if drawn_cpu else float("nan")) - c0)
        return (drawn[-1] if drawn else float("nan")) - t0

    t0 = time.perf_counter()
    win.open_project(Path(project))
    settle()
    opened = (drawn[-1] if drawn else float("nan")) - t0
    end = ctx.store.cursor().execute("SELECT CAST(max(order_ts) AS DATE) FROM orders").fetchone()[0]
    presets = ("last-90-days", "last-365-days", "year-to-date", "last-30-days", "last-year",
               "last-quarter", "last-month")
    period, filt = [], []
    for i in range(repeat):
        for preset in presets[i % len(presets):][:2]:
            period.append(measure(FilterSpec(period=preset).resolved(end, ctx.settings.calendar),
                                  "gui_period"))
        measure(FilterSpec())
        value = ("referral", "instagram", "email", "google_ads", "organic")[i % 5]
        filt.append(measure(FilterSpec(include=(("channel", (value,)),)), "gui_filter"))
        measure(FilterSpec())
    win.close()
    return {"times": {"gui_open": [opened], "gui_period": period, "gui_filter": filt},
            "cpu": cpu, "rss_mb": _rss_mb()}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_child(kind: str, project: Path, repeat: int, report: bool = True) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--project", str(project),
           "--repeat", str(repeat)]
    if not report:
        cmd.append("--no-report")
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _med(res: dict, key: str, what: str = "times") -> float:
    values = res[what].get(key) or []
    return statistics.median(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["1m"], choices=sorted(SIZES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-report", action="store_true")
    parser.add_argument("--data-dir", default=os.environ.get("RD_BENCH_DIR", "/tmp/rd-bench"))
    parser.add_argument("--gui", action="store_true",
                        help="also time the offscreen main window (period/filter change to "
                        "the Overview's last draw)")
    parser.add_argument("--child", choices=("engine", "sql", "gui"))
    parser.add_argument("--project")
    args = parser.parse_args()
    if args.child == "engine":
        print(json.dumps(child_engine(args.project, args.repeat, not args.no_report)))
        return
    if args.child == "sql":
        print(json.dumps(child_sql(args.project, args.repeat)))
        return
    if args.child == "gui":
        print(json.dumps(child_gui(args.project, args.repeat)))
        return
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| orders | Overview | Cohorts | open (O + C) | plain SQL | open / SQL | filter change "
          "| SQL filter | period change | report | report w/o CLV | peak RSS (SQL) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for size in args.sizes:
        project = build_project(size, Path(args.data_dir))
        eng = run_child("engine", project, args.repeat, not args.no_report)
        ref = run_child("sql", project, args.repeat)
        assert ref["check"] == eng["check"], (ref["check"], eng["check"])
        opened, sql_open = _med(eng, "open"), _med(ref, "open")
        cells = [f"{size} ({eng['check']['orders']:,})"]
        cells += [f"{_med(eng, k):.3f} s ({_med(eng, k, 'cpu'):.3f})"
                  for k in ("overview", "cohorts", "open")]
        cells += [f"{sql_open:.3f} s ({_med(ref, 'open', 'cpu'):.3f})",
                  f"x{opened / sql_open:.2f}",
                  f"{_med(eng, 'filter'):.3f} s ({_med(eng, 'filter', 'cpu'):.3f})",
                  f"{_med(ref, 'filter'):.3f} s ({_med(ref, 'filter', 'cpu'):.3f})",
                  f"{_med(eng, 'period'):.3f} s ({_med(eng, 'period', 'cpu'):.3f})",
                  f"{_med(eng, 'report'):.2f} s ({_med(eng, 'report', 'cpu'):.2f})",
                  f"{_med(eng, 'report_no_clv'):.2f} s ({_med(eng, 'report_no_clv', 'cpu'):.2f})",
                  f"{eng['rss_mb']:.0f} MB ({ref['rss_mb']:.0f} MB)"]
        print("| " + " | ".join(cells) + " |")
        print(f"  cache: {eng['stats']}; load average now {os.getloadavg()[0]:.1f}",
              flush=True)
        if args.gui:
            gui = run_child("gui", project, args.repeat)
            print(f"  GUI (offscreen window, to the Overview's last draw): open "
                  f"{_med(gui, 'gui_open'):.2f} s, period change {_med(gui, 'gui_period'):.3f} s "
                  f"({_med(gui, 'gui_period', 'cpu'):.3f}; n={len(gui['times']['gui_period'])}, "
                  f"max {max(gui['times']['gui_period']):.3f}), filter change "
                  f"{_med(gui, 'gui_filter'):.3f} s ({_med(gui, 'gui_filter', 'cpu'):.3f}); "
                  f"load average {os.getloadavg()[0]:.1f}",
                  flush=True)
    print("Times are medians (CPU seconds in brackets) over the runs of one invocation.")


if __name__ == "__main__":
    main()

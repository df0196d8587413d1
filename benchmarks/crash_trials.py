"""Long crash-safety run: SIGKILL real CLI processes at seeded random points.

    python benchmarks/crash_trials.py [--import-trials 50] [--rows 300000]
                                      [--settings-trials 50] [--report-trials 20] [--seed 7]

Import: a project holding a small import gets a ``--rows``-order CSV imported (half the
trials through DuckDB's fast path, half through the pandas path); the process is killed
after a random delay; the project must open with exactly the old or exactly the new
data, and a retried import must succeed. Settings save and report export as in
``tests/reliability/test_crash_safety.py``. Prints one line per kind; exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "reliability")]

import crashkit  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--import-trials", type=int, default=50)
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--settings-trials", type=int, default=50)
    ap.add_argument("--report-trials", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        runs = [
            ("import", lambda: crashkit.import_trials(work / "imp", args.import_trials,
                                                       args.rows, seed=args.seed)),
            ("settings", lambda: crashkit.settings_trials(work / "set", args.settings_trials,
                                                          seed=args.seed + 4)),
            ("report", lambda: _report(work, args)),
        ]
        for _, run in runs:
            t0 = time.perf_counter()
            out = run()
            print(f"{out.line()} ({time.perf_counter() - t0:.0f} s)", flush=True)
            for f in out.failures:
                print("  FAIL", f)
            failures += len(out.failures)
    print(f"total failures: {failures}")
    return 1 if failures else 0


def _report(work: Path, args: argparse.Namespace):
    from retention_desktop.core.demo import build_demo_project

    project = build_demo_project(work / "demo.duckdb")
    return crashkit.report_trials(work / "rep", project, args.report_trials, seed=args.seed + 6)


if __name__ == "__main__":
    sys.exit(main())

"""Long fuzzing run of the importer (CSV/XLSX) and of ``--where`` filter compilation.

    python benchmarks/fuzz_import.py [--import-cases 10000] [--where-cases 2000] [--seed 1]
                                     [--hostile-cases 0]

Same strategies and contract as ``tests/reliability/test_fuzz.py`` (see ``fuzzkit``):
only ImportFailed, naming the file; rejected = project unchanged; hostile headers and
values stored as data. Prints the case counts and failures (exit 1 on any failure).

``--hostile-cases N`` also runs N cases of the hostile-file families of
``tests/reliability/hostile_fuzz.py`` (huge cell references, shared-string
amplification, wide and duplicate headers, mixed encodings, mixed number conventions,
broken quoting, PII header variants) in child processes with a 3 GiB address-space
limit, counting crashes (signals, memory errors, tracebacks) and silent corruptions.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "reliability")]

import fuzzkit  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from retention_desktop.core.store import ProjectStore  # noqa: E402


class _Capsys:
    """Minimal stand-in for pytest's capsys around the in-process CLI."""

    def __init__(self) -> None:
        import io

        self.io = io

    def readouterr(self):
        out = getattr(sys.stdout, "getvalue", str)()
        err = getattr(sys.stderr, "getvalue", str)()
        sys.stdout, sys.stderr = self.io.StringIO(), self.io.StringIO()
        return out, err


def _hostile(count: int, seed: int) -> list[str]:
    """The hostile-file families (see the module docstring)."""
    import hostile_fuzz

    t0 = time.perf_counter()
    tally = hostile_fuzz.run(seed, count)
    print(f"hostile-file cases: {count} run, {tally['accepted']} accepted, "
          f"{tally['rejected']} refused with a message, {tally['crashes']} crashes, "
          f"{tally['corruptions']} silent corruptions ({time.perf_counter() - t0:.0f} s)")
    for family, counts in sorted(tally["per_family"].items()):
        print(f"  {family}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return tally["failures"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--import-cases", type=int, default=10_000)
    ap.add_argument("--where-cases", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hostile-cases", type=int, default=0)
    args = ap.parse_args()
    tally = {"accepted": 0, "rejected": 0, "where_ok": 0, "where_refused": 0}
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = ProjectStore(folder / "fuzz.duckdb")
        counter = itertools.count()
        t0 = time.perf_counter()
        # known hostile dimensions, so the --where cases compile filters on them
        fuzzkit.check_import_case(store, folder, -1, ('"; DROP TABLE orders; --', [], 3, False))
        fuzzkit.check_import_case(store, folder, -2, ("chan", [], 3, False))

        @seed(args.seed)
        @settings(max_examples=args.import_cases, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(fuzzkit.export_case())
        def imports(case):
            n = next(counter)
            tally[fuzzkit.check_import_case(store, folder, n, case)] += 1
            if n % 500 == 499:
                print(f"  {n + 1} import cases, {tally['rejected']} rejected, 0 failures so far "
                      f"({time.perf_counter() - t0:.0f} s)", flush=True)
            for p in folder.glob(f"case{n}.*"):
                p.unlink()

        try:
            imports()
        except Exception as exc:  # noqa: BLE001 - hypothesis re-raises the minimal failure
            failures.append(f"import: {type(exc).__name__}: {exc}"[:2000])
        print(f"import cases: {next(counter)} run, {tally['accepted']} accepted, "
              f"{tally['rejected']} rejected ({time.perf_counter() - t0:.0f} s)", flush=True)
        for table in fuzzkit.TABLES:
            store.table_count(table)  # every table still there
        cols = len(fuzzkit.state(store)["orders_columns"])
        print(f"orders columns after fuzzing (hostile headers as columns): {cols}")
        capsys = _Capsys()
        old = sys.stdout, sys.stderr
        t0 = time.perf_counter()

        @seed(args.seed)
        @settings(max_examples=args.where_cases, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(fuzzkit.st.lists(fuzzkit.WHERE_ITEM, max_size=3))
        def wheres(items):
            code = fuzzkit.check_where(store.path, items, capsys)
            tally["where_ok" if code == 0 else "where_refused"] += 1

        capsys.readouterr()
        try:
            wheres()
        except Exception:  # noqa: BLE001
            import traceback

            failures.append(f"where: {traceback.format_exc()}"[-3000:])
        finally:
            sys.stdout, sys.stderr = old
        print(f"where cases: {tally['where_ok'] + tally['where_refused']} run, "
              f"{tally['where_ok']} computed, {tally['where_refused']} refused with a message "
              f"({time.perf_counter() - t0:.0f} s)")
        store.close()
    if args.hostile_cases:
        failures += _hostile(args.hostile_cases, args.seed)
    for f in failures:
        print("FAIL", f)
    print(f"failures: {len(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

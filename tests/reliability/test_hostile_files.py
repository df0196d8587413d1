"""Hostile files (issue 18): never a crash or a memory blow-up, always a clear message.

Every import of a hostile file runs in a child process whose address space is limited
(``RLIMIT_AS``): a regression that tries to allocate gigabytes fails in the child (a
signal or a traceback there) instead of taking pytest down. One child reads all cases
and prints one JSON line per case.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import hostile
import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 3 << 30  # address space of the child: pandas + DuckDB + calamine need ~1 GiB

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
import hostile
from retention_desktop.core.importer import ImportFailed, import_files, preview
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion
folder = Path(sys.argv[3])
for name, maker, args in json.loads(sys.argv[4]):
    path = getattr(hostile, maker)(folder / name, *args)
    t0 = time.perf_counter()
    out = {"case": name}
    try:
        preview([path])
        with ProjectStore(folder / (name + ".duckdb")) as store:
            s = run_to_completion(import_files(store, [path]))
            out["rows"] = s.rows_created
    except ImportFailed as exc:
        out["error"] = str(exc)
    out["seconds"] = time.perf_counter() - t0
    print(json.dumps(out), flush=True)
"""

CASES = {
    "far.xlsx": ("far_cell", []),                              # XFD1048576, no <dimension>
    "false_dim.xlsx": ("far_cell", ["XFD1048576", "A1:D4"]),    # <dimension> lies
    "xfd5.xlsx": ("far_cell", ["XFD5"]),                        # one stray cell far right
    "sst.xlsx": ("shared_string_bomb", []),                     # 15 MiB string x 2,000
    "wide.csv": ("wide_csv", [3000]),
    "dup.csv": ("duplicate_header_csv", [100_000]),             # 200 KB header x,x,x,...
    "wide_ok.csv": ("wide_csv", [400]),
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    cases = [[name, maker, args] for name, (maker, args) in CASES.items()]
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(LIMIT), str(Path(__file__).parent), str(folder),
         json.dumps(cases)], cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            out[row["case"]] = row
    out["_proc"] = proc
    return out


def _case(results, name):
    proc = results["_proc"]
    assert name in results, (f"the child died before finishing {name} (exit "
                             f"{proc.returncode}): {proc.stderr[-1500:]}")
    return results[name]


@pytest.mark.parametrize("name", ["far.xlsx", "false_dim.xlsx"])
def test_far_cell_reference_refused_before_reading(results, name):
    row = _case(results, name)
    assert "row 1,048,576, column 16,384" in row.get("error", ""), row
    assert row["error"].startswith(name) and "stray cells" in row["error"]
    assert row["seconds"] < 20


def test_stray_cell_far_right_is_read_without_its_empty_columns(results):
    row = _case(results, "xfd5.xlsx")
    assert row.get("rows") == 3, row   # the three orders; 16,379 empty columns left out
    assert row["seconds"] < 30


def test_shared_string_amplification_refused(results):
    row = _case(results, "sst.xlsx")
    assert "would need about" in row.get("error", "") and "2,000 cells" in row["error"], row
    assert row["seconds"] < 30


@pytest.mark.parametrize("name,width", [("wide.csv", "3,000"), ("dup.csv", "100,000")])
def test_too_many_columns_refused(results, name, width):
    row = _case(results, name)
    assert row.get("error", "").startswith(f"{name}: The file has {width} columns"), row
    assert row["seconds"] < 20


def test_wide_file_under_the_cap_imports(results):
    row = _case(results, "wide_ok.csv")
    assert row.get("rows") == 3, row


def test_duplicate_headers_are_linear():
    import time

    from retention_desktop.core.importer.readers import clean_headers

    t0 = time.perf_counter()
    names = clean_headers(["x"] * 50_000 + ["x (3)"])
    assert time.perf_counter() - t0 < 2
    assert names[:3] == ["x", "x (2)", "x (3)"] and len(set(n.lower() for n in names)) == 50_001
    assert names[-1] == "x (3) (2)"


def test_memory_budget_refuses_with_a_message(tmp_path, monkeypatch):
    from retention_desktop.core.importer import ImportFailed, ImportOptions, budget, import_files
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    monkeypatch.setenv(budget.ENV, str(100_000))
    path = hostile.wide_csv(tmp_path / "big.csv", 30, 300)  # ~ 50 KB: 600 KB estimated
    with ProjectStore(tmp_path / "p.duckdb") as store, pytest.raises(
            ImportFailed, match=r"big\.csv: Reading this file would need about .* limit"):
        # the pandas path (DuckDB's reader streams)
        run_to_completion(import_files(store, [path], ImportOptions(fast_path=False)))
    monkeypatch.setenv(budget.ENV, str(10 << 30))
    assert budget.memory_budget() == 10 << 30


def test_out_of_memory_becomes_a_message(tmp_path, monkeypatch):
    from retention_desktop.core.importer import ImportFailed, import_files, readers
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    def no_memory(*_a, **_k):
        raise MemoryError

    monkeypatch.setattr(readers, "_table", no_memory)
    path = hostile.wide_csv(tmp_path / "a.csv", 5, 3)
    with ProjectStore(tmp_path / "p.duckdb") as store:
        with pytest.raises(ImportFailed, match="a.csv: The computer ran out of memory"):
            run_to_completion(import_files(store, [path]))
        assert store.table_count("orders") == 0


def test_hostile_fuzz_families_one_case_each():
    """One randomised case per family (the long run: benchmarks/fuzz_import.py)."""
    import hostile_fuzz

    tally = hostile_fuzz.run(seed=18, count=len(hostile_fuzz.FAMILIES))
    assert tally["crashes"] == 0 and tally["corruptions"] == 0, tally["failures"]
    assert tally["accepted"] + tally["rejected"] == len(hostile_fuzz.FAMILIES)

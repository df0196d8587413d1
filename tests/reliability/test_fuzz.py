"""Hypothesis fuzzing of the CSV/XLSX importer and of ``--where`` filter compilation.

CI runs a few hundred cases; ``benchmarks/fuzz_import.py`` runs >= 10,000.
"""

from __future__ import annotations

import itertools

import fuzzkit
import pytest
from hypothesis import HealthCheck, given, settings

from retention_desktop.core.store import ProjectStore

FAST = settings(max_examples=80, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    store = ProjectStore(folder / "fuzz.duckdb")
    yield store, folder
    store.close()


def test_fuzz_import(fuzz_store):
    store, folder = fuzz_store
    counter = itertools.count()
    seen = {"accepted": 0, "rejected": 0}

    @FAST
    @given(fuzzkit.export_case())
    def case(c):
        seen[fuzzkit.check_import_case(store, folder, next(counter), c)] += 1

    case()
    assert seen["accepted"] >= 5 and seen["rejected"] >= 5, seen  # both paths exercised
    for table in fuzzkit.TABLES:  # nothing was dropped by an injected statement
        store.table_count(table)


def test_hostile_header_round_trips(fuzz_store, tmp_path):
    store, _ = fuzz_store
    case = ('"; DROP TABLE orders; --', [], 3, False)
    assert fuzzkit.check_import_case(store, tmp_path, 10**6, case) == "accepted"
    cur = store.cursor()
    assert cur.execute(
        "SELECT count(*) FROM orders WHERE \"\"\"; DROP TABLE orders; --\" IN (?, ?)",
        [fuzzkit._GOOD_VALUE, fuzzkit._GOOD_VALUE.replace("\u202e", "")]).fetchone()[0] == 3


@pytest.fixture(scope="module")
def where_project(fuzz_store):
    store, folder = fuzz_store
    return store.path


def test_fuzz_where(where_project, capsys):
    # the module store stays open for writing; metrics opens a read-only copy of it
    codes = []

    @settings(max_examples=80, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(fuzzkit.st.lists(fuzzkit.WHERE_ITEM, max_size=3))
    def case(items):
        codes.append(fuzzkit.check_where(where_project, items, capsys))

    case()
    assert codes.count(0) >= 3 and codes.count(1) >= 3, codes


def test_rowid_header_does_not_shadow_duckdb_rowid(tmp_path, capsys):
    """Found by the fuzzer: a source column named "rowid" hid DuckDB's row id and broke
    every metric (the engine orders same-time documents by rowid)."""
    from retention_desktop.cli import main

    case = ("rowid", [], 4, False)
    with ProjectStore(tmp_path / "p.duckdb") as store:
        assert fuzzkit.check_import_case(store, tmp_path, 1, case) == "accepted"
        cols = [d[0] for d in store.cursor().execute("SELECT * FROM orders LIMIT 0").description]
    assert "rowid" not in cols and "src_rowid" in cols
    assert main(["metrics", "kpis", "--project", str(tmp_path / "p.duckdb"), "--json"]) == 0
    assert '"orders": 4' in capsys.readouterr().out


@pytest.mark.parametrize("item", ['revenue="; DROP TABLE orders; --', "order_ts!=x",
                                  "items=3"])
def test_where_on_a_number_column_is_explained(tmp_path, capsys, item):
    """Found by the fuzzer: ``--where revenue=TEXT`` ended in a DuckDB conversion traceback."""
    from retention_desktop.cli import main

    with ProjectStore(tmp_path / "p.duckdb") as store:
        fuzzkit.check_import_case(store, tmp_path, 1, ("chan", [], 3, False))
    assert fuzzkit.check_where(tmp_path / "p.duckdb", [item], capsys) == 1
    assert main(["metrics", "kpis", "--project", str(tmp_path / "p.duckdb"),
                 f"--where={item}"]) == 1
    assert "not a text column" in capsys.readouterr().err


def test_every_hostile_value_is_bound_as_data(tmp_path, capsys):
    """All hostile strings at once as include and exclude values of a hostile-named column:
    the filter compiles and runs, matches exactly the stored hostile value, drops nothing."""
    from retention_desktop.cli import main

    col = '"; DROP TABLE orders; --'
    with ProjectStore(tmp_path / "p.duckdb") as store:
        fuzzkit.check_import_case(store, tmp_path, 1, (col, [], 3, False))
        stored = store.cursor().execute(
            'SELECT DISTINCT """; DROP TABLE orders; --" FROM orders').fetchone()[0]
    project = str(tmp_path / "p.duckdb")
    values = [v for v in fuzzkit.HOSTILE if "=" not in v]
    for op, expected in (("=", 0), ("!=", 3)):
        argv = ["metrics", "kpis", "--project", project, "--json"]
        argv += [f"--where={col}{op}{v}" for v in values]
        assert main(argv) == 0, capsys.readouterr().err
        out = capsys.readouterr().out
        assert f'"orders": {expected}' in out
    assert main(["metrics", "kpis", "--project", project, "--json",
                 f"--where={col}={stored}"]) == 0
    assert '"orders": 3' in capsys.readouterr().out
    with ProjectStore(tmp_path / "p.duckdb", read_only=True) as store:
        assert store.table_count("orders") == 3

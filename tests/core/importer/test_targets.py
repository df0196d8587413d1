"""The secondary tables: customers, activity, assignments, spend, survey (and 'auto')."""

from __future__ import annotations

import pytest

from retention_desktop.core.importer import ImportFailed, ImportOptions, import_files, preview
from retention_desktop.core.tasks import run_to_completion


def _import(store, path, **kw):
    return run_to_completion(import_files(store, [path], ImportOptions(**kw)))


CASES = {
    "customers": ("Customer ID,Signup Date,Email\nc1,2024-01-02,a@x.org\nc2,2024-01-05,\n"
                  "c1,2024-01-02,a@x.org\n", 2),
    "activity": ("user_id,timestamp,event\nc1,2024-02-01 10:00,login\nc2,2024-02-01 11:00,"
                 "login\nc1,2024-02-02 09:00,session\n", 3),
    "assignments": ("customer,experiment,variant,assigned at\nc1,checkout,A,2024-03-01\n"
                    "c2,checkout,B,2024-03-01\n", 2),
    "spend": ("month,channel,cost\n2024-01-01,instagram,\"1,200\"\n2024-02-01,google,950.5\n", 2),
    "survey": ("customer id,date,nps\nc1,2024-04-01,9\nc2,2024-04-02,3\n", 2),
}


@pytest.mark.parametrize("target", sorted(CASES))
def test_secondary_targets_import_and_deduplicate(store, tmp_path, target):
    text, expected = CASES[target]
    f = tmp_path / f"{target}.csv"
    f.write_text(text)
    assert preview([f], ImportOptions(target="auto")).target == target
    s = _import(store, f, target="auto")
    assert s.target == target and s.rows_created == expected
    assert store.table_count(target) == expected
    again = _import(store, f, target=target)
    assert again.rows_created == 0 and store.table_count(target) == expected
    assert store.table_count("orders") == 0


def test_spend_amount_parsed(store, tmp_path):
    f = tmp_path / "spend.csv"
    f.write_text(CASES["spend"][0])
    _import(store, f, target="spend")
    rows = store.cursor().execute("SELECT channel, amount FROM spend ORDER BY period").fetchall()
    assert rows == [("instagram", 1200.0), ("google", 950.5)]


def test_secondary_missing_required(store, tmp_path, snap):
    f = tmp_path / "a.csv"
    f.write_text("customer,when\nc1,2024-01-01\n")
    before = snap(store)
    with pytest.raises(ImportFailed, match="Missing required column: experiment"):
        _import(store, f, target="assignments")
    assert snap(store) == before

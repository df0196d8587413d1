"""Pseudonymisation on import (salted hash kept in the project) and forgetting a customer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.cli import main
from retention_desktop.core.importer import ImportOptions, import_files
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.store import forget as forget_mod
from retention_desktop.core.tasks import run_to_completion

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "online_retail_excel_sample"
UCI_CSV = DATA / "online_retail_sample.csv"


def _ref(salt: str, value: str) -> str:
    # written independently of core/store/pseudonym.py
    return "p" + hashlib.sha256(f"{salt}{value}".encode()).hexdigest()[:16]


def _ids(store, table="orders", col="customer_id") -> set:
    return {r[0] for r in store.cursor().execute(
        f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL").fetchall()}


@pytest.fixture
def both(tmp_path):
    """The UCI sample imported plainly and pseudonymised (CLI flag)."""
    plain, pseudo = tmp_path / "plain.duckdb", tmp_path / "pseudo.duckdb"
    assert main(["import", str(UCI_CSV), "--project", str(plain)]) == 0
    assert main(["import", str(UCI_CSV), "--project", str(pseudo), "--pseudonymise"]) == 0
    return plain, pseudo


def test_pseudonyms_replace_raw_ids_consistently(both, tmp_path, capsys):
    plain, pseudo = both
    raw_csv = set(pd.read_csv(UCI_CSV, dtype=str)["CUSTOMERID"].dropna())
    with ProjectStore(plain, read_only=True) as s:
        raw = _ids(s)
        plain_orders = s.table_count("orders")
    with ProjectStore(pseudo, read_only=True) as s:
        salt = s.get_meta("pseudonym_salt")
        hashed = _ids(s)
        assert s.table_count("orders") == plain_orders
        text = " ".join(str(r) for r in s.cursor().execute("SELECT * FROM orders").fetchall())
    assert raw <= raw_csv and len(salt) == 32
    assert hashed == {_ref(salt, r) for r in raw}
    assert not any(r in text for r in raw_csv)  # no raw id anywhere in the orders rows
    # a later import (customers with e-mail/phone) maps the same customer to the same pseudonym
    one = sorted(raw)[0]
    cust = tmp_path / "customers.csv"
    cust.write_text(f"customer_id,email,phone,signup_date\n{one},Ann@Shop.IR ,+98 912-000-1111,"
                    "2010-01-01\nZZ9,z@x.org,0912 000 2222,2010-02-01\n", encoding="utf-8")
    assert main(["import", str(cust), "--project", str(pseudo), "--target", "customers"]) == 0
    assert "pseudonymised as in earlier imports" in capsys.readouterr().out  # forced
    with ProjectStore(pseudo, read_only=True) as s:
        rows = s.cursor().execute(
            "SELECT customer_id, email, phone FROM customers ORDER BY signup_ts").fetchall()
    assert rows[0] == (_ref(salt, one), _ref(salt, "ann@shop.ir"), _ref(salt, "989120001111"))
    assert rows[0][0] in hashed and rows[1][0] == _ref(salt, "ZZ9")


def test_salt_is_per_project(both, tmp_path):
    _, pseudo = both
    other = tmp_path / "other.duckdb"
    with ProjectStore(other) as s:
        run_to_completion(import_files(s, [UCI_CSV], ImportOptions(pseudonymise=True)))
        other_ids = _ids(s)
    with ProjectStore(pseudo, read_only=True) as s:
        assert _ids(s).isdisjoint(other_ids) and len(other_ids) == len(_ids(s))


def _counts(path):
    with ProjectStore(path, read_only=True) as s:
        return {t: s.table_count(t) for t in (*forget_mod.CUSTOMER_TABLES, "rejected_rows")}


@pytest.mark.parametrize("which", ["plain", "pseudo"])
def test_forget_removes_one_customer_everywhere(both, which, capsys):
    project = both[0] if which == "plain" else both[1]
    raw = pd.read_csv(UCI_CSV, dtype=str)
    victim = raw["CUSTOMERID"].dropna().value_counts().index[0]  # the busiest customer
    with ProjectStore(project) as s:
        key = victim if which == "plain" else _ref(s.get_meta("pseudonym_salt"), victim)
        with s.write() as cur:  # give the customer rows in the optional tables too
            cur.execute("INSERT INTO activity VALUES (?, now(), 'login', NULL)", [key])
            cur.execute("INSERT INTO survey VALUES (?, now(), 9, 'nps', NULL)", [key])
            cur.execute("INSERT INTO assignments VALUES (?, 'e', 'A', now(), NULL)", [key])
        mine = s.cursor().execute("SELECT count(*) FROM orders WHERE customer_id = ?",
                                  [key]).fetchone()[0]
    # independent: the victim's documents in the raw file (invoices with that customer)
    assert mine == raw[raw["CUSTOMERID"] == victim]["INVOICE"].nunique()
    before = _counts(project)
    assert main(["forget", "--project", str(project), "--customer", victim]) == 0
    out = capsys.readouterr().out
    assert out.startswith("deleted ") and out.count("\n") == 1
    after = _counts(project)
    assert before["orders"] - after["orders"] == mine
    for t in ("activity", "survey", "assignments"):
        assert before[t] - after[t] == 1
    with ProjectStore(project, read_only=True) as s:
        for t in forget_mod.CUSTOMER_TABLES:
            assert s.cursor().execute(f"SELECT count(*) FROM {t} WHERE customer_id = ?",
                                      [key]).fetchone()[0] == 0
    assert main(["forget", "--project", str(project), "--customer", victim]) == 1
    assert "no data about customer" in capsys.readouterr().err


def test_forget_is_one_transaction(both, monkeypatch):
    plain, _ = both
    before = _counts(plain)
    monkeypatch.setattr(forget_mod, "CUSTOMER_TABLES", (*forget_mod.CUSTOMER_TABLES, "nope"))
    victim = pd.read_csv(UCI_CSV, dtype=str)["CUSTOMERID"].dropna().iloc[0]
    with ProjectStore(plain) as s, pytest.raises(Exception, match="nope"):
        forget_mod.forget_customer(s, victim)
    monkeypatch.undo()
    assert _counts(plain) == before  # the orders deleted before the failure came back


def test_pseudonymised_rejections_keep_no_raw_text(tmp_path):
    csv = tmp_path / "o.csv"
    csv.write_text("order_id,customer_id,order_date,total\n1,secret-id-42,2024-01-01,5\n"
                   "2,secret-id-43,2024-01-02,6,extra,fields\n", encoding="utf-8")
    with ProjectStore(tmp_path / "p.duckdb") as s:
        summary = run_to_completion(import_files(s, [csv], ImportOptions(pseudonymise=True)))
        assert summary.rejected_count == 1
        dump = json.dumps(s.cursor().execute("SELECT * FROM rejected_rows").fetchall(),
                          default=str) + json.dumps(
            s.cursor().execute("SELECT * FROM orders").fetchall(), default=str)
    assert "secret-id" not in dump


def test_one_pass_import_is_pseudonymised_too(tmp_path):
    """An order-level CSV into an empty project takes the one-pass DuckDB path; its
    customer ids must be hashed like those of the staged path."""
    csv = tmp_path / "orders.csv"
    raw = [f"C{i % 7}" for i in range(40)]
    csv.write_text("order_id,customer_id,order_date,amount\n" + "".join(
        f"SO-{i},{c},2024-01-{1 + i % 28:02d},{10 + i}.5\n" for i, c in enumerate(raw)),
        encoding="utf-8")
    with ProjectStore(tmp_path / "p.duckdb") as s:
        summary = run_to_completion(import_files(s, [csv], ImportOptions(pseudonymise=True)))
        assert summary.fast_path_files == 1 and summary.customers == 7
        salt = s.get_meta("pseudonym_salt")
        rows = s.cursor().execute(
            "SELECT order_id, customer_id FROM orders ORDER BY source_row").fetchall()
    assert rows == [(f"SO-{i}", _ref(salt, c)) for i, c in enumerate(raw)]

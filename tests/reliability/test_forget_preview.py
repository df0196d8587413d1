"""``forget_preview`` counts exactly what ``forget_job`` deletes; a cancel changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.cli import main
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.store.forget import (
    CUSTOMER_TABLES,
    forget_customer,
    forget_job,
    forget_preview,
)
from retention_desktop.core.tasks import Cancelled, CancelToken, run_to_completion

UCI_CSV = (Path(__file__).resolve().parents[1] / "data" / "online_retail_excel_sample"
           / "online_retail_sample.csv")
TABLES = (*CUSTOMER_TABLES, "rejected_rows")


def _ref(salt: str, value: str) -> str:
    # written independently of core/store/pseudonym.py
    return "p" + hashlib.sha256(f"{salt}{value}".encode()).hexdigest()[:16]


@pytest.fixture(params=["plain", "pseudo"])
def project(request, tmp_path):
    path = tmp_path / f"{request.param}.duckdb"
    args = ["import", str(UCI_CSV), "--project", str(path)]
    assert main(args + (["--pseudonymise"] if request.param == "pseudo" else [])) == 0
    return path, request.param == "pseudo"


def _all_counts(store) -> dict[str, int]:
    return {t: store.table_count(t) for t in TABLES}


def test_preview_matches_independent_counts_and_the_deletion(project):
    path, pseudo = project
    raw = pd.read_csv(UCI_CSV, dtype=str)
    victim = raw["CUSTOMERID"].dropna().value_counts().index[0]
    mine = raw[raw["CUSTOMERID"] == victim]
    # independent: documents of the customer; cancellations are invoices starting with "C"
    n_docs = mine["INVOICE"].nunique()
    n_orders = mine.loc[~mine["INVOICE"].str.startswith("C"), "INVOICE"].nunique()
    with ProjectStore(path) as s:
        key = _ref(s.get_meta("pseudonym_salt"), victim) if pseudo else victim
        with s.write() as cur:
            cur.execute("INSERT INTO activity VALUES (?, now(), 'login', NULL)", [key])
            cur.execute("INSERT INTO activity VALUES (?, now(), 'visit', NULL)", [key])
        preview = forget_preview(s, victim)
        assert preview.pseudonymised is pseudo
        assert preview.counts["orders"] == n_docs and preview.orders == n_orders
        assert preview.counts["activity"] == 2 and preview.total >= n_docs + 2
        before = _all_counts(s)
        deleted = forget_customer(s, victim)
        after = _all_counts(s)
        assert deleted == preview.counts
        assert {t: before[t] - after[t] for t in TABLES} == preview.counts
        assert s.cursor().execute("SELECT count(*) FROM orders WHERE customer_id = ?",
                                  [key]).fetchone()[0] == 0
        assert forget_preview(s, victim).total == 0


def test_unknown_customer_previews_nothing(project):
    path, _ = project
    with ProjectStore(path) as s:
        before = _all_counts(s)
        preview = forget_preview(s, "no-such-customer")
        assert preview.total == 0 and preview.orders == 0
        assert forget_customer(s, "no-such-customer") == dict.fromkeys(TABLES, 0)
        assert _all_counts(s) == before


def test_cancelled_forget_rolls_back(project):
    path, _ = project
    victim = pd.read_csv(UCI_CSV, dtype=str)["CUSTOMERID"].dropna().iloc[0]
    with ProjectStore(path) as s:
        before = _all_counts(s)
        token = CancelToken()
        job = forget_job(s, victim, token)
        next(job)  # started
        next(job)  # the orders rows are deleted inside the open transaction
        token.cancel()
        with pytest.raises(Cancelled):
            run_to_completion(job)
        assert _all_counts(s) == before
        assert forget_preview(s, victim).total > 0

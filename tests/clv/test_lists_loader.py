"""Action lists, safe export, pseudonymisation and the project loader."""

from __future__ import annotations

from datetime import date

import openpyxl
import pandas as pd
import pytest

from retention_desktop.core.clv.lists import build_list, export_list, neutralise
from retention_desktop.core.clv.loader import load_contacts, load_transactions
from retention_desktop.core.engine.spec import FilterSpec
from retention_desktop.core.store import ProjectStore
from tests.clv.helpers import write_orders

REF = pd.Timestamp("2024-06-30")


@pytest.fixture()
def customers() -> pd.DataFrame:
    rows = [
        # id, stage, revenue, clv, next_due
        ("a", "at risk", 500.0, 40.0, "2024-06-01"),
        ("b", "at risk", 900.0, 90.0, "2024-06-20"),
        ("c", "churned", 1000.0, 1.0, "2023-01-01"),
        ("d", "churned", 10.0, 0.1, "2023-02-01"),
        ("e", "active", 300.0, 120.0, "2024-07-15"),
        ("f", "active", 200.0, 60.0, "2024-06-25"),
        ("g", "new", 50.0, 5.0, "2024-08-01"),
    ]
    df = pd.DataFrame(rows, columns=["customer_id", "stage", "revenue", "clv", "next_due"])
    df["next_due"] = pd.to_datetime(df["next_due"])
    df["last_purchase"] = REF - pd.Timedelta(days=10)
    return df.set_index("customer_id")


def test_lists_select_and_sort(customers):
    ids = {n: build_list(customers, n, as_of=REF)["customer_id"].tolist()
           for n in ("at-risk", "win-back", "due-to-reorder", "top-clv")}
    assert ids["at-risk"] == ["b", "a"]                 # by CLV
    assert ids["win-back"] == ["c"]                     # churned and revenue >= median (300)
    assert ids["due-to-reorder"] == ["a", "b", "f"]     # due date passed, not churned
    assert ids["top-clv"] == ["e", "b", "f", "a", "g", "c", "d"]
    assert build_list(customers, "top-clv", top_n=2)["customer_id"].tolist() == ["e", "b"]
    with pytest.raises(ValueError, match="unknown list"):
        build_list(customers, "vip")


def test_contact_columns_are_joined(customers):
    contacts = pd.DataFrame({"email": ["b@x.org"], "phone": ["+98 912 1"]},
                            index=pd.Index(["b"], name="customer_id"))
    out = build_list(customers, "at-risk", contacts=contacts)
    assert list(out.columns[:3]) == ["customer_id", "email", "phone"]
    assert out.loc[0, "email"] == "b@x.org" and pd.isna(out.loc[1, "email"])


@pytest.mark.parametrize("text,safe", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\u22121", "'\u22121"),
    ("\tx", "'\tx"), ("plain", "plain"), ("+98 912 345 6789", "+98 912 345 6789"), ("+1+1", "'+1+1"),
])
def test_formula_injection_is_neutralised(text, safe):
    assert neutralise(text) == safe
    assert neutralise(12.5) == 12.5


def test_xlsx_and_csv_exports_are_inert(tmp_path, customers):
    frame = build_list(customers, "top-clv").assign(email="=1+1")
    info = export_list(frame, tmp_path / "top.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "top.xlsx").active
    header = [c.value for c in ws[1]]
    col = header.index("email") + 1
    cell = ws.cell(row=2, column=col)
    assert cell.data_type == "s" and cell.value == "'=1+1"
    assert info["rows"] == 7 and ws.max_row == 8
    export_list(frame, tmp_path / "top.csv")
    back = pd.read_csv(tmp_path / "top.csv", encoding="utf-8-sig", dtype=str)
    assert (back["email"] == "'=1+1").all()
    assert back["customer_id"].tolist() == frame["customer_id"].tolist()
    with pytest.raises(ValueError, match=".csv or .xlsx"):
        export_list(frame, tmp_path / "top.txt")


def test_pseudonymised_export_hashes_ids_and_drops_contacts(tmp_path, customers):
    frame = build_list(customers, "top-clv").assign(email="x@y.z", name="Ali")
    a = export_list(frame, tmp_path / "a.csv", pseudonymised=True, salt="s1")
    b = export_list(frame, tmp_path / "b.csv", pseudonymised=True, salt="s1")
    c = export_list(frame, tmp_path / "c.csv", pseudonymised=True)
    da, db, dc = (pd.read_csv(tmp_path / f, encoding="utf-8-sig") for f in ("a.csv", "b.csv", "c.csv"))
    assert "email" not in da.columns and "name" not in da.columns
    assert da["customer_id"].tolist() == db["customer_id"].tolist()        # same salt: stable
    assert set(da["customer_id"]).isdisjoint(dc["customer_id"])          # other salt: unlinkable
    assert not set(da["customer_id"]) & set(frame["customer_id"])
    assert a["salt"] == "s1" and len(c["salt"]) == 32 and b["rows"] == 7


def test_loader_keeps_orders_of_identified_customers_and_applies_the_filter(tmp_path):
    tx = pd.DataFrame({
        "customer_id": ["a", "a", "a", None, "b", "c", "c"],
        "ts": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-02-03", "2024-01-05",
                              "2024-01-09", "2024-03-01", "2024-03-02"]),
        "revenue": [10.0, 20.0, -5.0, 7.0, 30.0, 40.0, 50.0],
        "kind": ["order", "order", "return", "order", "order", "order", "cancel"],
        "country": ["IR", "IR", "IR", "IR", "AE", "IR", "IR"],
    })
    with ProjectStore(tmp_path / "p.duckdb") as store:
        write_orders(store, tx)
        got = load_transactions(store)
        assert got["customer_id"].tolist() == ["a", "a", "b", "c"]
        assert got["revenue"].tolist() == [10.0, 20.0, 30.0, 40.0]
        only_ir = load_transactions(store, FilterSpec.from_where_args(["country=IR"]))
        assert sorted(set(only_ir["customer_id"])) == ["a", "c"]
        not_ir = load_transactions(store, FilterSpec.from_where_args(["country!=IR"]))
        assert not_ir["customer_id"].tolist() == ["b"]
        repeaters = load_transactions(store, FilterSpec(min_orders=2))
        assert sorted(set(repeaters["customer_id"])) == ["a"]
        upto = load_transactions(store, FilterSpec(date_to=date(2024, 1, 31)))
        assert upto["customer_id"].tolist() == ["a", "b"]
        with pytest.raises(ValueError, match="Unknown column"):
            load_transactions(store, FilterSpec.from_where_args(["nope=1"]))
        assert load_contacts(store).empty

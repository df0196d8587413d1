"""Pseudonymisation reaches every column of personal data (issue 18): e-mails, phones and
names under English, Persian and Arabic headers, or recognised by their values. Nothing
of the raw values may remain in the project file or its write-ahead log."""

from __future__ import annotations

import duckdb
import pytest

from retention_desktop.cli import main

PII_HEADERS = ["Email", "E-mail", "Phone", "Mobile", "Tel", "ایمیل", "تلفن", "موبایل", "همراه",
               "نام", "الهاتف", "الجوال", "البريد", "الاسم", "Name", "Customer Name",
               "Billing Name", "Shipping Phone", "customer_email"]
KIND = {"Email": "email", "E-mail": "email", "ایمیل": "email", "البريد": "email",
        "customer_email": "email", "Phone": "phone", "Mobile": "phone", "Tel": "phone",
        "تلفن": "phone", "موبایل": "phone", "همراه": "phone", "الهاتف": "phone",
        "الجوال": "phone", "Shipping Phone": "phone"}  # the rest are names
SAFE_HEADERS = ["Product Name", "نام کالا", "اسم المنتج", "Channel name", "Hotel", "SKU"]


def _value(header: str, i: int) -> str:
    kind = KIND.get(header, "name")
    tag = f"{abs(hash(header)) % 10**6:06d}{i:03d}"
    if kind == "email":
        return f"Person.{tag}@Example-Shop.ir"
    if kind == "phone":
        return f"+98-912-{tag[:3]}-{tag[3:]}"
    return f"Maryam.Rezaei{tag}"


def _orders_csv(path, n=12):
    heads = ["order_id", "customer_id", "order_date", "total", *PII_HEADERS,
             "Contact", "Ref", *SAFE_HEADERS]
    rows, raw, safe = [], set(), set()
    for i in range(n):
        pii = [_value(h, i) for h in PII_HEADERS]
        hidden_email = f"hidden.{i:03d}@mailbox-x.com"        # recognised by content
        hidden_phone = f"0912{i:03d}5{i:03d}"                   # recognised by content
        things = [f"Saffron-jar-{i:03d}x{j}" for j in range(len(SAFE_HEADERS))]
        cid = f"CUST-{i % 5:04d}-ZZ"
        rows.append([f"O{i}", cid, f"2024-01-{i + 1:02d}", str(10 + i), *pii,
                     hidden_email, hidden_phone, *things])
        raw |= {*pii, hidden_email, hidden_phone, cid}
        safe |= set(things)
    path.write_text("\n".join(",".join(r) for r in [heads, *rows]) + "\n", encoding="utf-8")
    return path, raw, safe


def test_header_and_content_recognition():
    from retention_desktop.core.importer.pii import column_kind, header_kind

    assert {h: header_kind(h) for h in PII_HEADERS} == {h: KIND.get(h, "name")
                                                        for h in PII_HEADERS}
    for h in PII_HEADERS:
        assert header_kind(h), h
    for h in SAFE_HEADERS:
        assert header_kind(h) is None, h
    assert column_kind("Contact", ["a.b@c.org", "x@y.com"]) == "email"
    assert column_kind("Ref", ["+98 912 111 2222", "09121112222"]) == "phone"
    assert column_kind("Ref", ["1001", "1002", "1003"]) is None        # order numbers
    assert column_kind("Amount", ["12.50", "0.75", "1,234.00"]) is None


def _stored_text(path) -> str:
    con = duckdb.connect(str(path), read_only=True)
    try:
        parts = []
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
            parts += [str(r) for r in con.execute(f'SELECT * FROM "{table}"').fetchall()]
        return "\n".join(parts)
    finally:
        con.close()


@pytest.mark.parametrize("how", ["cli", "pandas path", "xlsx"])
def test_no_raw_personal_value_in_project_or_wal(tmp_path, how, capsys):
    csv, raw, safe = _orders_csv(tmp_path / "orders.csv")
    project = tmp_path / "p.duckdb"
    if how == "cli":
        args = ["import", str(csv), "--project", str(project), "--pseudonymise"]
        assert main(args) == 0, capsys.readouterr()
        capsys.readouterr()
    else:
        from retention_desktop.core.importer import ImportOptions, import_files
        from retention_desktop.core.store import ProjectStore
        from retention_desktop.core.tasks import run_to_completion

        src = csv
        if how == "xlsx":
            import csv as csvmod

            from openpyxl import Workbook

            wb = Workbook()
            for row in csvmod.reader(csv.open(encoding="utf-8")):
                wb.active.append(row)
            src = tmp_path / "orders.xlsx"
            wb.save(src)
        with ProjectStore(project) as store:
            run_to_completion(import_files(store, [src], ImportOptions(
                pseudonymise=True, fast_path=False)))
    wal = project.with_name(project.name + ".wal")
    blobs = project.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    leaked = [v for v in raw if v.encode("utf-8") in blobs]
    assert not leaked, leaked[:5]
    text = _stored_text(project)
    assert not [v for v in raw if v in text]
    assert not [v for v in raw if v.lower() in text.lower()]
    # control: what is not personal is stored as it was (the check can see raw text)
    # ("Product Name" is a product-level field the orders table does not keep)
    kept = [v for v in safe if v.endswith(("x1", "x2", "x4", "x5"))]
    assert kept and all(v in text for v in kept)
    assert any(v.encode("utf-8") in blobs for v in kept)  # the byte search sees raw text

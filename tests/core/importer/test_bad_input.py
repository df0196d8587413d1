"""Bad input: a clear message naming file/row/column, and the project left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from retention_desktop.core.importer import ImportFailed, ImportOptions, import_files
from retention_desktop.core.tasks import Cancelled, CancelToken, run_to_completion

UCI_CSV = Path(__file__).resolve().parents[2] / "data/online_retail_excel_sample/online_retail_sample.csv"
UCI_XLSX = UCI_CSV.with_suffix(".xlsx")


def _import(store, paths, **kw):
    return run_to_completion(import_files(store, [str(p) for p in paths], ImportOptions(**kw)))


@pytest.fixture
def filled(store):
    """A project that already holds the UCI sample (so 'unchanged' means something)."""
    _import(store, [UCI_CSV])
    return store


def _fails(store, snap, paths, pattern, **kw) -> ImportFailed:
    before = snap(store)
    with pytest.raises(ImportFailed, match=pattern) as info:
        _import(store, paths, **kw)
    assert snap(store) == before
    assert "Traceback" not in str(info.value)
    return info.value


def test_empty_file(filled, snap, tmp_path):
    f = tmp_path / "empty.csv"
    f.write_bytes(b"")
    err = _fails(filled, snap, [f], "empty")
    assert err.file and err.file.endswith("empty.csv")


def test_only_blank_lines(filled, snap, tmp_path):
    f = tmp_path / "blank.csv"
    f.write_text("\n\n   \n")
    _fails(filled, snap, [f], "no data")


def test_binary_file(filled, snap, tmp_path):
    f = tmp_path / "photo.csv"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    _fails(filled, snap, [f], "not a spreadsheet")


def test_random_bytes_with_nuls(filled, snap, tmp_path):
    f = tmp_path / "dump.txt"
    f.write_bytes(bytes([0, 1, 2, 200, 0, 0, 7]) * 500)
    _fails(filled, snap, [f], "not a spreadsheet")


def test_truncated_xlsx(filled, snap, tmp_path):
    f = tmp_path / "cut.xlsx"
    data = UCI_XLSX.read_bytes()
    f.write_bytes(data[: len(data) // 2])
    _fails(filled, snap, [f], "damaged or incomplete")


def test_text_renamed_xlsx(filled, snap, tmp_path):
    f = tmp_path / "fake.xlsx"
    f.write_text("a,b\n1,2\n")
    _fails(filled, snap, [f], "not an Excel workbook")


def test_wrong_encoding_forced(filled, snap, tmp_path):
    f = tmp_path / "arabic.csv"
    f.write_bytes("رقم الطلب,التاريخ,المبلغ\n1,2024-01-01,10\n".encode("cp1256"))
    err = _fails(filled, snap, [f], "not valid utf-8", encoding="utf-8")
    assert err.row == 1


def test_missing_required_column(filled, snap, tmp_path):
    f = tmp_path / "customers_only.csv"
    f.write_text("Customer ID,Order Date\nc1,2024-01-01\nc2,2024-01-02\n")
    err = _fails(filled, snap, [f], r"Missing required column: amount")
    assert "--map revenue=COLUMN" in str(err)


def test_missing_date_column(filled, snap, tmp_path):
    f = tmp_path / "nodate.csv"
    f.write_text("Order ID,Customer ID,Total\n1,c1,10\n")
    _fails(filled, snap, [f], "Missing required column: order date")


def test_wrong_type_every_row(filled, snap, tmp_path):
    f = tmp_path / "text_dates.csv"
    f.write_text("Order ID,Order Date,Total\n1,soon,10\n2,later,12\n")
    err = _fails(filled, snap, [f], "No row could be read: not a date")
    assert (err.row, err.column) == (2, "Order Date")
    assert "text_dates.csv, row 2, column 'Order Date'" in str(err)


def test_second_file_broken_rolls_back_first(filled, snap, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("Order ID,Order Date,Total\nN1,2024-01-01,10\n")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(UCI_XLSX.read_bytes()[:3000])
    _fails(filled, snap, [good, bad], "damaged")


def test_unknown_sheet(filled, snap):
    _fails(filled, snap, [UCI_XLSX], "no sheet named 'Nope'", sheet="Nope")


def test_bad_rows_are_rejected_with_file_row_column(filled, snap, tmp_path):
    f = tmp_path / "some_bad.csv"
    f.write_text("Order ID,Order Date,Total\n"
                 "R1,2024-01-01,10\n"
                 "R2,2024-13-45,11\n"      # impossible date
                 "R3,2024-01-03,ten\n"     # not a number
                 "R4,2024-01-04,12,extra\n"  # too many fields
                 "R5,2024-01-05,13\n")
    s = _import(filled, [f])
    assert s.orders_created == 2 and s.rejected_count == 3
    rows = filled.cursor().execute(
        "SELECT source_row, column_name, value, reason FROM rejected_rows "
        "WHERE source_file LIKE '%some_bad.csv' ORDER BY source_row").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (3, "Order Date", "2024-13-45"), (4, "Total", "ten"), (5, None, "R4,2024-01-04,12,extra")]
    assert "not a date" in rows[0][3] and "not a number" in rows[1][3]
    assert "some_bad.csv row 3 column 'Order Date'" in s.rejected_first[0]


def test_hostile_column_names(filled, tmp_path):
    hostile = '"; DROP TABLE orders; --'
    f = tmp_path / "hostile.csv"
    f.write_text(f'Order ID,Order Date,Total,"{hostile.replace(chr(34), chr(34) * 2)}",'
                 '"x"" OR 1=1"\nH1,2024-01-01,10,evil,also\n')
    before = filled.table_count("orders")
    s = _import(filled, [f])
    assert s.orders_created == 1
    assert filled.table_count("orders") == before + 1
    cur = filled.cursor()
    cols = [r[0] for r in cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name='orders'"
    ).fetchall()]
    assert hostile in cols and 'x" OR 1=1' in cols
    from retention_desktop.core.store import quote_ident

    assert cur.execute(f"SELECT {quote_ident(hostile)} FROM orders WHERE order_id = 'H1'"
                       ).fetchone()[0] == "evil"
    labels = {r[0] for r in cur.execute("SELECT label FROM dimensions").fetchall()}
    assert hostile in labels


def test_nul_bytes_in_cells_and_headers(filled, tmp_path):
    f = tmp_path / "nul.csv"
    f.write_bytes(b"Order ID,Order Date,Total,No\x00te\nZ1,2024-01-01,1\x000,a\x00b\n")
    s = _import(filled, [f])
    assert s.orders_created == 1 and any("NUL" in w for w in s.warnings)
    row = filled.cursor().execute(
        "SELECT revenue, \"Note\" FROM orders WHERE order_id = 'Z1'").fetchone()
    assert row == (10.0, "ab")


def _two_new_files(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("Order ID,Order Date,Total\n" + "".join(
        f"A{i},2024-01-{1 + i % 28:02d},{i}.5\n" for i in range(300)))
    b.write_text("Order ID;Order Date;Total\n" + "".join(
        f"B{i};05/02/2024;{i},25\n" for i in range(300)))
    return [a, b]


def test_cancel_at_every_checkpoint_leaves_project_unchanged(filled, snap, tmp_path):
    files = _two_new_files(tmp_path)
    before = snap(filled)
    steps = list(import_files(filled, files, ImportOptions(), CancelToken()))
    after_full = snap(filled)
    assert after_full["orders"] == before["orders"] + 600
    # undo by re-creating the starting point in a fresh project for each cut
    for cut in range(1, len(steps) - 1):
        from retention_desktop.core.store import ProjectStore

        with ProjectStore(tmp_path / f"c{cut}.duckdb") as s:
            _import(s, [UCI_CSV])
            start = snap(s)
            token = CancelToken()
            job = import_files(s, files, ImportOptions(), token)
            with pytest.raises(Cancelled):
                for i, _ in enumerate(job, start=1):
                    if i == cut:
                        token.cancel()
            assert snap(s) == start, f"cancel after progress {cut} changed the project"


def test_abandoned_job_rolls_back(filled, snap, tmp_path):
    files = _two_new_files(tmp_path)
    before = snap(filled)
    job = import_files(filled, files)
    next(job), next(job), next(job)
    job.close()  # the GUI dropped the worker
    assert snap(filled) == before
    s = _import(filled, files)  # and the project is still writable
    assert s.orders_created == 600


def test_header_only_file(filled, snap, tmp_path):
    f = tmp_path / "no_rows.csv"
    f.write_text("Order ID,Order Date,Total\n")
    _fails(filled, snap, [f], "no data rows")
    folder = tmp_path / "daily"
    folder.mkdir()
    (folder / "mon.csv").write_text("Order ID,Order Date,Total\nM1,2024-01-01,3\n")
    (folder / "tue.csv").write_text("Order ID,Order Date,Total\n")  # a day without sales
    s = _import(filled, [folder])
    assert s.orders_created == 1 and any("tue.csv" in w for w in s.warnings)

"""Text that is not what the file says is never stored (issue 18): encodings are told
apart by the words they make and decoded strictly for the whole file; numbers written
with the marks the other way round and unterminated quotes become rejected rows."""

from __future__ import annotations

import hostile
import pytest

from retention_desktop.core.importer import ImportFailed, ImportOptions, import_files
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

HEAD = "order_id,customer_id,order_date,total,note\n"


def _import(tmp_path, path, **opts):
    store = ProjectStore(tmp_path / f"{path.stem}.duckdb")
    try:
        summary = run_to_completion(import_files(store, [path], ImportOptions(**opts)))
        rows = store.cursor().execute(
            "SELECT * EXCLUDE (source_file) FROM orders ORDER BY source_row").fetchall()
        cols = [c[0] for c in store.cursor().execute(
            "SELECT * EXCLUDE (source_file) FROM orders LIMIT 0").description]
        return summary, [dict(zip(cols, r, strict=True)) for r in rows]
    finally:
        store.close()


def test_latin1_is_not_read_as_arabic(tmp_path):
    summary, rows = _import(tmp_path, hostile.latin1_csv(tmp_path / "latin.csv"))
    assert summary.encoding == "cp1252"
    assert [r["city"] for r in rows[:5]] == ["Köln", "Zürich", "Orléans", "Malmö", "München"]
    assert rows[0]["street"] == "Straße 0"


def test_windows_1256_persian_still_detected(tmp_path):
    path = tmp_path / "fa.csv"
    body = "".join(f"O{i},C{i % 5},2024-01-{1 + i:02d},{10 + i},زعفران قائنات {i}\n"
                   for i in range(20))
    path.write_bytes((HEAD + body).encode("cp1256"))
    summary, rows = _import(tmp_path, path)
    assert summary.encoding == "cp1256"
    assert rows[3]["note"] == "زعفران قائنات 3"


def test_late_legacy_line_in_a_utf8_file_is_refused_naming_the_line(tmp_path):
    path = hostile.mixed_encoding_csv(tmp_path / "mixed.csv", 9000)
    assert path.stat().st_size > 256 * 1024   # the bad line is past the sniffed head
    store = ProjectStore(tmp_path / "p.duckdb")
    with pytest.raises(ImportFailed, match=r"mixed\.csv, row 9002: The file mixes two text "
                                           r"encodings: it is UTF-8 up to line 9,001"):
        run_to_completion(import_files(store, [path]))
    assert store.table_count("orders") == 0
    store.close()


def test_ascii_head_then_legacy_text_is_decoded_as_legacy_for_the_whole_file(tmp_path):
    path = tmp_path / "late.csv"
    ascii_rows = "".join(f"O{i},C{i % 9},2024-01-{1 + i % 28:02d},10,plain\n"
                         for i in range(12000))  # > 256 KiB of ASCII
    late = "O99999,C1,2024-02-01,12,زعفران ممتاز\n".encode("cp1256")
    path.write_bytes((HEAD + ascii_rows).encode() + late)
    summary, rows = _import(tmp_path, path)
    assert summary.encoding == "cp1256"
    assert rows[-1]["note"] == "زعفران ممتاز" and rows[0]["note"] == "plain"


def test_mixed_number_conventions_are_rejected_not_misread(tmp_path):
    path = tmp_path / "money.csv"
    path.write_text(HEAD + "O1,C1,2024-01-01,\"1,234.50\",a\nO2,C2,2024-01-02,\"1.234,50\",b\n"
                    "O3,C3,2024-01-03,99.90,c\nO4,C4,2024-01-04,\"2,000.00\",d\n",
                    encoding="utf-8")
    summary, rows = _import(tmp_path, path)
    assert {r["order_id"]: r["revenue"] for r in rows} == {"O1": 1234.5, "O3": 99.9,
                                                           "O4": 2000.0}
    assert summary.rejected_count == 1
    assert summary.rejected_first[0].startswith("money.csv row 3 column 'total': ambiguous")


def test_unterminated_quote_rejects_the_swallowed_rows(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(HEAD + "O1,C1,2024-01-01,10,ok\nO2,C2,2024-01-02,12,\"broken note\n"
                    "O3,C3,2024-01-03,13,x\nO4,C4,2024-01-04,14,y\n", encoding="utf-8")
    summary, rows = _import(tmp_path, path)
    assert [r["order_id"] for r in rows] == ["O1"]
    assert summary.rejected_count == 3      # the broken row and the two it swallowed
    assert "unterminated quote" in summary.rejected_first[0]
    assert summary.rejected_first[1] == ("quote.csv row 4: inside an unterminated quote "
                                         "opened on line 3")
    # a real multi-line note is still one cell
    ok = tmp_path / "note.csv"
    ok.write_text(HEAD + "O1,C1,2024-01-01,10,\"first line\nsecond line\"\n"
                  "O2,C2,2024-01-02,12,x\n", encoding="utf-8")
    summary, rows = _import(tmp_path, ok)
    assert summary.rejected_count == 0 and rows[0]["note"] == "first line\nsecond line"

"""Zip bombs and oversized sheets are refused before parsing; every export is neutralised."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from retention_desktop.core.importer import ImportFailed, import_files, preview, xlsx_guard
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

ROOT = Path(__file__).resolve().parents[2]


def _small_book(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["order_id", "customer_id", "order_date", "total"])
    for i in range(5):
        ws.append([f"O{i}", f"C{i}", "2024-01-0" + str(i + 1), 10 + i])
    wb.save(path)
    return path


def _rewrite(path: Path, out: Path, part: str, new: bytes | None = None, extra=None) -> Path:
    """Copy a workbook replacing one part (and optionally adding a streamed one)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part and new is not None:
                data = new(data) if callable(new) else new
            if info.filename == part and extra is not None:
                with dst.open(part, "w") as fh:
                    extra(fh)
                continue
            dst.writestr(info.filename, data)
    return out


@pytest.fixture
def no_parser(monkeypatch):
    """Fail the test if the sheet parser is ever reached."""
    import python_calamine

    def boom(*_a, **_k):
        raise AssertionError("the parser was called on a hostile workbook")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", boom)


def _bomb(fh) -> None:
    fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             b'spreadsheetml/2006/main"><sheetData>')
    row = b'<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAA</t></is></c></row>' * 2000
    for _ in range(200):  # ~ 110 MB inflated, ~ 0.3 MB stored
        fh.write(row)
    fh.write(b"</sheetData></worksheet>")


def test_zip_bomb_refused_before_parsing(tmp_path, no_parser):
    bomb = _rewrite(_small_book(tmp_path / "a.xlsx"), tmp_path / "bomb.xlsx",
                    "xl/worksheets/sheet1.xml", extra=_bomb)
    assert bomb.stat().st_size < 2_000_000
    store = ProjectStore(tmp_path / "p.duckdb")
    with pytest.raises(ImportFailed, match=r"bomb\.xlsx: .*unpacks .* times larger"):
        run_to_completion(import_files(store, [bomb]))
    with pytest.raises(ImportFailed, match="zip bomb"):
        preview([bomb])
    assert store.table_count("orders") == 0 and store.table_count("imports") == 0
    store.close()


def test_total_size_limit(tmp_path, monkeypatch, no_parser):
    book = _small_book(tmp_path / "a.xlsx")
    monkeypatch.setattr(xlsx_guard, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(ImportFailed, match="once unpacked .* CSV"):
        xlsx_guard.check_workbook(book)


@pytest.mark.parametrize("ref", ["A1:D2000000", "A1:XFD100000"])
def test_huge_declared_sheet_refused(tmp_path, ref, no_parser):
    book = _small_book(tmp_path / "a.xlsx")
    huge = _rewrite(book, tmp_path / "huge.xlsx", "xl/worksheets/sheet1.xml",
                    new=lambda d: re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'
                                         .encode(), d))
    with pytest.raises(ImportFailed, match=r"huge\.xlsx: .*declares .* rows"):
        xlsx_guard.check_workbook(huge)


def test_entity_expansion_in_dimension_is_not_expanded(tmp_path):
    book = _small_book(tmp_path / "a.xlsx")
    evil = _rewrite(book, tmp_path / "evil.xlsx", "xl/worksheets/sheet1.xml",
                    new=lambda d: re.sub(rb'<dimension ref="[^"]*"/>',
                                         b'<dimension ref="&lol;"/>', d))
    xlsx_guard.check_workbook(evil)  # defusedxml refuses the entity: no limit, no expansion


def test_normal_workbook_passes_and_imports(tmp_path):
    book = _small_book(tmp_path / "a.xlsx")
    xlsx_guard.check_workbook(book)
    xlsx_guard.check_workbook(ROOT / "tests/data/online_retail_excel_sample/"
                                     "online_retail_sample.xlsx")
    with ProjectStore(tmp_path / "p.duckdb") as store:
        run_to_completion(import_files(store, [book]))
        assert store.table_count("orders") == 5


# ---------------------------------------------------------------------------- exports
_EXPORT_CALLS = re.compile(r"\.to_csv\(|\.to_excel\(|csv\.writer\(|Workbook\(|xlsxwriter|"
                           r"ExcelWriter\(")


def test_every_spreadsheet_export_goes_through_core_export():
    """Static check: CSV/XLSX writers are used only inside ``core/export.py``."""
    offenders = []
    for path in (ROOT / "retention_desktop").rglob("*.py"):
        if path.name == "export.py" and path.parent.name == "core":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _EXPORT_CALLS.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == []


HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\u2212x",
           "\uff1dcmd"]


def test_report_xlsx_neutralises_hostile_segment_values(tmp_path):
    """The KPI workbook: a hostile segment value never becomes a formula."""
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    from retention_desktop.core.report.data import build_report
    from retention_desktop.core.report.xlsx import report_sheets, write_report_xlsx

    csv = tmp_path / "o.csv"
    lines = ["order_id,customer_id,order_date,total,channel"]
    lines += [f"O{i},C{i % 7},2024-0{1 + i % 6}-1{i % 9},{10 + i},\"{HOSTILE[i % len(HOSTILE)]}\""
              for i in range(60)]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with ProjectStore(tmp_path / "p.duckdb") as store:
        run_to_completion(import_files(store, [csv]))
        data = run_to_completion(build_report(store, FilterSpec(), Settings()))
    out = write_report_xlsx(data, tmp_path / "r.xlsx")
    assert report_sheets(data)  # the report really has sheets
    _assert_no_formulas(out)


def _assert_no_formulas(path: Path) -> None:
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "@", "\t", "\u2212", "\uff1d")) \
                        or cell.value.startswith("'"), cell.value


def test_clv_list_and_test_plan_exports_neutralise(tmp_path):
    from retention_desktop.core.export import Sheet, write_csv, write_xlsx

    rows = [[h, 1] for h in HOSTILE]
    write_xlsx(tmp_path / "l.xlsx", [Sheet("list", ["id", "n"], rows)])
    _assert_no_formulas(tmp_path / "l.xlsx")
    text = write_csv(tmp_path / "l.csv", ["id", "n"], rows).read_text(encoding="utf-8-sig")
    for h in HOSTILE:
        assert ("'" + h.replace('"', '""')) in text


@pytest.mark.gui
def test_table_widget_exports_and_clipboard_neutralise(qtbot, tmp_path):
    import pandas as pd

    from retention_desktop.ui.widgets.table import DataTable

    table = DataTable(export_name="customers")
    qtbot.addWidget(table)
    table.set_frame(pd.DataFrame({"id": HOSTILE, "n": range(len(HOSTILE))}))
    table.export(str(tmp_path / "t.xlsx"))
    _assert_no_formulas(tmp_path / "t.xlsx")
    table.export(str(tmp_path / "t.csv"))
    text = (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'-2+3" in text
    tsv = table.tsv(selected_only=False).splitlines()
    assert tsv[1].split("\t")[0].startswith("'=") and len(tsv) == len(HOSTILE) + 1

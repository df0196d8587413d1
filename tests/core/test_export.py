"""Exports: formula injection neutralised, files appear only when complete."""

import csv

import pytest
from openpyxl import load_workbook

from retention_desktop.core.export import Sheet, atomic_text, neutralise, write_csv, write_xlsx

HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\u2212 5"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_starts_are_neutralised(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("phone", ["+98 912 345 6789", "+1 (555) 010-9999", "+442071234567"])
def test_phone_numbers_stay_as_typed(phone):
    assert neutralise(phone) == phone


def test_numbers_and_plain_text_are_untouched():
    assert neutralise(-5) == -5
    assert neutralise(2.5) == 2.5
    assert neutralise("مشتری 12") == "مشتری 12"


def test_csv_round_trip(tmp_path):
    out = tmp_path / "list.csv"
    write_csv(out, ["id", "note"], [["C1", HOSTILE[0]], ["C2", "ok"], ["C3", -4.5]])
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["id", "note"], ["C1", "'" + HOSTILE[0]], ["C2", "ok"], ["C3", "-4.5"]]


def test_xlsx_cells_formats_and_no_formulas(tmp_path):
    out = tmp_path / "r.xlsx"
    write_xlsx(out, [Sheet("KPIs", ["name", "value"], [["=1+1", 0.25], ["rate", 0.5]],
                           formats={"value": "0.0%"}, color_scale="B2:B3")])
    ws = load_workbook(out)["KPIs"]
    assert ws["A2"].value == "'=1+1" and ws["A2"].data_type == "s"
    assert ws["B2"].value == 0.25 and ws["B2"].number_format == "0.0%"
    assert ws.freeze_panes == "A2"


def test_failed_write_leaves_old_file(tmp_path):
    out = tmp_path / "r.csv"
    out.write_text("old")
    with pytest.raises(RuntimeError), atomic_text(out) as fh:
        fh.write("partial")
        raise RuntimeError("disk full")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]

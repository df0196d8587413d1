"""A Jalali line-item export, imported the user's way: dates, words and names as a reader's.

A walk-through of a Persian shop's export found, in an English window, "Dates 1997-01-01
00:00:00 to 1998-06-30 00:00:00 (read as jalali)" while the card below read "1375/10/12 to
1377/04/09"; the mapping dialog previewed "1997-01-01 00:00" next to raw rows reading
1375/10/12 (Arabic: "١٩٩٧/٠١/٠١"); the layout name stayed English; "Other tables" showed
the internal name "line_items". The oracle is the file's own date text.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from retention_desktop.core import formatting
from retention_desktop.core.calendar import to_jalali
from tests.ui.test_mapping_dialog_user import (  # noqa: F401,F811 - a fixture
    _import_dialog,
    _uci,
    window_for,
)

ROOT = Path(__file__).resolve().parents[2]


def _jalali_lines(folder: Path) -> tuple[Path, pd.DataFrame]:
    """The UCI sample as a Persian shop's line-item export, dated in Jalali digits."""
    raw = _uci()
    raw = raw[~raw["INVOICE"].str.startswith("C")].copy()
    raw["ts"] = pd.Timestamp("2023-03-25") + pd.to_timedelta(
        raw["INVOICE"].rank(method="dense").astype(int) * 13, unit="D")
    jal = to_jalali(raw["ts"].to_numpy(dtype="datetime64[D]"))
    raw["jalali"] = [f"{y:04d}/{m:02d}/{d:02d}" for y, m, d
                     in zip(jal["year"], jal["month"], jal["day"], strict=True)]
    fa = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    path = folder / "فروش_اقلام.csv"
    pd.DataFrame({"شماره فاکتور": raw["INVOICE"].to_numpy(),
                  "تاریخ": [d.translate(fa) for d in raw["jalali"]],
                  "کد مشتری": raw["CUSTOMERID"].to_numpy(),
                  "نام کالا": raw["DESCRIPTION"].to_numpy(),
                  "تعداد": raw["QUANTITY"].to_numpy(),
                  "مبلغ": raw["amount"].round(2).to_numpy()}).to_csv(
        path, index=False, encoding="utf-8-sig")
    return path, raw


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_jalali_file_is_shown_in_jalali_everywhere(
        window_for, qtbot, monkeypatch, tmp_path, lang):  # noqa: F811 - the imported fixture
    win = window_for(lang)
    path, raw = _jalali_lines(tmp_path)
    tab, dialog = _import_dialog(win, qtbot, monkeypatch, path)
    # The first orders as they will be stored read like the file's own dates.
    first = raw.drop_duplicates("INVOICE")["jalali"].head(dialog.orders.rowCount()).tolist()
    shown = [formatting.to_latin_digits(dialog.orders.item(r, 1).text())[:10]
             for r in range(dialog.orders.rowCount())]
    assert shown == first, (shown, first)
    if lang == "en":
        assert dialog.layout_label.text() == "Persian sales invoice export (one row per item)"
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert win.ctx.runner.wait_idle(30_000)
    text = tab.result_label.text()
    plain = formatting.to_latin_digits(text)
    lo, hi = min(raw["jalali"]), max(raw["jalali"])  # zero-padded: text order is date order
    if lang == "en":
        assert f"Dates {lo} to {hi} (read as Jalali)." in text, text
    else:
        assert lo in plain and hi in plain and "jalali" not in text, text
        assert not any(ch in "0123456789" for ch in text.split(".")[1]), text  # reader's digits
    assert str(raw["ts"].min().year) not in plain, text  # no Gregorian year left
    # Other tables: the product lines under a translated name, the whole file's lines.
    extras = formatting.to_latin_digits(tab.summary_labels["extras"].text())
    assert "line_items" not in extras, extras
    if lang == "en":
        assert f"Product lines: {len(raw):,}" in extras, extras


def test_layout_names_are_marked_for_translation():
    """Every name the dialog can show as "Recognised as" is collected for the translators
    (``tr_noop(..., "Layouts")``), and the dialog shows it through ``tr_core``."""
    from retention_desktop.core.importer.layouts import LAYOUTS, generic_label

    marked = set()
    source = (ROOT / "retention_desktop" / "core" / "importer" / "layouts.py").read_text(
        encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr_noop":
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if len(args) == 2 and args[1] == "Layouts":
                marked.add(args[0])
    names = {layout.label for layout in LAYOUTS}
    for cols, multi in ((["شماره فاکتور", "تاریخ"], True), (["شماره فاکتور", "تاریخ"], False),
                        (["رقم الفاتورة", "التاريخ"], True), (["رقم الفاتورة", "التاريخ"], False)):
        names.add(generic_label(cols, {}, multi))
    assert names <= marked, names - marked

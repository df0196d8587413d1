"""The mapping dialog as a shop owner uses it (issues 14, 15, 17).

Everything goes through what a user touches: File > Import (its action, with the file
picker answered), the dialog's "Use as" combos by keyboard, its Import button, then the
Overview cards. Expected values come from plain pandas on the same file and from the
CLI's ``--json`` for the project the dialog wrote.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from retention_desktop.core import formatting
from retention_desktop.core.store import ProjectStore
from retention_desktop.ui import i18n
from tests.ui.user.screen import cli_json

UCI_CSV = Path(__file__).resolve().parents[1] / "data" / "online_retail_excel_sample" / \
    "online_retail_sample.csv"


def _uci() -> pd.DataFrame:
    raw = pd.read_csv(UCI_CSV, dtype=str, keep_default_na=False)
    raw["amount"] = raw["QUANTITY"].astype(float) * raw["PRICE"].astype(float)
    raw["ts"] = pd.to_datetime(raw["INVOICEDATE"], dayfirst=True)
    return raw


def _english_export(folder: Path) -> tuple[Path, pd.DataFrame]:
    """The UCI sample with the customer left out of every third invoice (guests)."""
    raw = _uci()
    codes = {inv: i for i, inv in enumerate(dict.fromkeys(raw["INVOICE"]))}
    guest = raw["INVOICE"].map(codes) % 3 == 1
    raw.loc[guest, "CUSTOMERID"] = ""
    path = folder / "shop_orders.csv"
    raw.drop(columns=["amount", "ts"]).to_csv(path, index=False)
    return path, raw


def _persian_export(folder: Path) -> tuple[Path, pd.DataFrame]:
    """An Iranian shop's invoice lines: line totals in Rial, said in the header only."""
    raw = _uci()
    raw = raw[~raw["INVOICE"].str.startswith("C")].copy()
    raw["rial"] = (raw["amount"] * 10_000).round().astype("int64")
    out = pd.DataFrame({"شماره فاکتور": raw["INVOICE"],
                        "تاریخ": raw["ts"].dt.strftime("%Y-%m-%d %H:%M"),
                        "کد مشتری": raw["CUSTOMERID"], "مبلغ (ریال)": raw["rial"]})
    path = folder / "فروش.csv"
    out.to_csv(path, index=False, encoding="utf-8-sig")
    raw["amount"] = raw["rial"].astype(float)
    return path, raw


def _first_orders(raw: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The first ``n`` invoices of the file, built independently with pandas."""
    first = list(dict.fromkeys(raw["INVOICE"]))[:n]
    part = raw[raw["INVOICE"].isin(first)]
    out = part.groupby("INVOICE", sort=False).agg(
        amount=("amount", "sum"), lines=("amount", "size"), ts=("ts", "min"),
        customer=("CUSTOMERID", "max"))
    return out.loc[first]


def _number(text: str) -> float:
    """A displayed (localised) number back to a float; the currency name is dropped."""
    text = text.split("\u00a0")[0]
    return formatting.parse_number(formatting.to_latin_digits(text))


@pytest.fixture
def window_for(qapp, qtbot, tmp_path, monkeypatch):
    """A main window in a language with an own, empty project open."""
    saved_loc, saved_font = formatting.current_locale(), qapp.font()
    made = []

    def make(lang: str):
        from retention_desktop.ui.context import AppContext
        from retention_desktop.ui.mainwindow import MainWindow
        from retention_desktop.ui.prefs import Prefs

        i18n.setup_i18n(qapp, lang)
        path = tmp_path / "mine.rdproj.duckdb"
        ProjectStore(path).close()
        ctx = AppContext()
        win = MainWindow(ctx, Prefs())
        qtbot.addWidget(win)
        made.append((ctx, win))
        win.show()
        win.open_project(path)
        assert ctx.runner.wait_idle(30_000)
        assert ctx.store is not None and ctx.store.path == path
        return win

    yield make
    for ctx, win in made:
        ctx.runner.cancel_all()
        ctx.runner.wait_idle(10_000)
        win.close()
    i18n.install_translators(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(saved_font)
    formatting.set_locale(saved_loc)


def _import_dialog(win, qtbot, monkeypatch, path: Path):
    """File > Import (Ctrl+I), the picker answered with ``path``: the mapping dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(path)], "")))
    action = next(a for a in win.findChildren(QAction)
                  if a.shortcut() == QKeySequence("Ctrl+I"))
    action.trigger()
    tab = win.tab_widgets["data"]
    qtbot.waitUntil(lambda: tab.mapping_dialog is not None and tab.mapping_dialog.isVisible()
                    and tab.mapping_dialog.orders.rowCount() > 0, timeout=30_000)
    return tab, tab.mapping_dialog


def _choose(qtbot, dialog, column: str, field: str) -> None:
    """Pick ``field`` in the "Use as" combo of ``column`` with the arrow keys."""
    combo = dialog.roles.cellWidget(list(dialog.preview.columns).index(column), 1)
    combo.setFocus()
    target = combo.findData(field)
    assert target >= 0, field
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target
                       else Qt.Key.Key_Up)


def _shown_orders(dialog) -> list[tuple[str, float, int, str]]:
    t = dialog.orders
    return [(t.item(r, 0).text(), _number(t.item(r, 2).text()),
             int(_number(t.item(r, 3).text())), t.item(r, 4).text())
            for r in range(t.rowCount())]


def test_dialog_shows_first_orders_guests_and_imports_them(window_for, qtbot, monkeypatch,
                                                           tmp_path):
    win = window_for("en")
    path, raw = _english_export(tmp_path)
    tab, dialog = _import_dialog(win, qtbot, monkeypatch, path)

    # the header is on line 1 of the file, said so
    assert dialog.header_label.text() == "yes, row 1"
    # "Detected by" is fully visible at the dialog's default size
    header = dialog.roles.horizontalHeader()
    right = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert header.sectionSize(2) >= header.sectionSizeHint(2)
    assert right <= dialog.roles.viewport().width()
    # the rows without a customer are counted (pandas on the whole file), no CLI advice
    warnings = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    guests = int((raw["CUSTOMERID"] == "").sum())
    assert f"{guests:,} rows have no customer id: they will count as guest orders." in warnings
    assert not any("--map" in w for w in warnings)
    assert "CUSTOMERID" in dialog.identity_label.text()

    # the first orders as they will be stored = pandas' first invoices
    expected = _first_orders(raw)
    shown = _shown_orders(dialog)
    assert [s[0] for s in shown] == list(expected.index)
    for (oid, amount, lines, customer), (_, row) in zip(shown, expected.iterrows(),
                                                          strict=True):
        sign = -1 if oid.startswith("C") else 1
        assert amount == pytest.approx(sign * abs(round(row["amount"], 2)), abs=0.006)
        assert lines == row["lines"]
        assert customer.startswith(row["customer"] or "guest")

    # a wrong money column is visible at a glance: the unit price as the order amount
    # (quantity left out, so no importer can put it right by itself)
    _choose(qtbot, dialog, "QUANTITY", "")
    _choose(qtbot, dialog, "PRICE", "revenue")
    unit_sums = raw.groupby("INVOICE")["PRICE"].apply(lambda s: s.astype(float).sum())
    first = expected.index[0]
    qtbot.waitUntil(lambda: dialog.orders.rowCount() > 0 and _shown_orders(dialog)[0][1] ==
                    pytest.approx(unit_sums[first]), timeout=20_000)
    # no money column at all: Import is refused, in GUI words (no "--map" advice)
    _choose(qtbot, dialog, "PRICE", "")
    qtbot.waitUntil(lambda: not dialog.import_button.isEnabled(), timeout=20_000)
    assert "No orders can be built" in dialog.problem.text()
    assert "--map" not in dialog.problem.text()
    _choose(qtbot, dialog, "PRICE", "unit_price")  # put it right again
    _choose(qtbot, dialog, "QUANTITY", "quantity")
    qtbot.waitUntil(lambda: dialog.orders.rowCount() > 0 and _shown_orders(dialog)[0][1] ==
                    pytest.approx(expected.loc[first, "amount"], abs=0.006), timeout=20_000)
    assert dialog.import_button.isEnabled()
    shown = _shown_orders(dialog)

    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert win.ctx.runner.wait_idle(30_000)
    # what the dialog showed is what the import stored
    stored = dict(win.ctx.store.cursor().execute(
        "SELECT order_id, revenue FROM orders").fetchall())
    for oid, amount, _lines, _customer in shown:
        assert stored[oid] == pytest.approx(amount, abs=0.006)


def test_header_only_file_cannot_be_imported(window_for, qtbot, monkeypatch, tmp_path):
    win = window_for("en")
    path = tmp_path / "empty_export.csv"
    path.write_text("Order ID,Customer ID,Order Date,Total\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(path)], "")))
    next(a for a in win.findChildren(QAction)
         if a.shortcut() == QKeySequence("Ctrl+I")).trigger()
    tab = win.tab_widgets["data"]
    qtbot.waitUntil(lambda: tab.mapping_dialog is not None and tab.mapping_dialog.isVisible(),
                    timeout=30_000)
    dialog = tab.mapping_dialog
    assert not dialog.import_button.isEnabled()
    assert "This file has no data rows" in dialog.problem.text()
    dialog.reject()


@pytest.mark.parametrize("lang, rial", [("fa", "ریال"), ("ar", "ريال")])
def test_persian_export_currency_in_dialog_and_on_the_cards(window_for, qtbot, monkeypatch,
                                                           tmp_path, lang, rial):
    win = window_for(lang)
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    path, raw = _persian_export(tmp_path)
    tab, dialog = _import_dialog(win, qtbot, monkeypatch, path)
    # local digits in the dialog: the header row and the first orders' amounts
    digits = "۰۱۲۳۴۵۶۷۸۹" if lang == "fa" else "٠١٢٣٤٥٦٧٨٩"
    assert digits[1] in dialog.header_label.text()
    expected = _first_orders(raw)
    shown = _shown_orders(dialog)
    assert [s[0] for s in shown] == list(expected.index)
    assert [s[1] for s in shown] == pytest.approx(list(expected["amount"]))
    assert any(ch in digits for ch in dialog.orders.item(0, 2).text())

    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert win.ctx.runner.wait_idle(30_000)
    project = str(win.ctx.store.path)
    assert win.ctx.settings.currency == "IRR"  # detected from "مبلغ (ریال)"

    overview = win.tab_widgets["overview"]
    win.tabs.setCurrentWidget(overview)
    value = overview.cards["revenue"].value  # cards fill one event-loop turn at a time
    qtbot.waitUntil(lambda: overview.result is not None and value.text() not in ("", "—"),
                    timeout=30_000)
    card = value.text()
    assert rial in card  # the unit next to the money
    kpis = cli_json(["metrics", "kpis", "--project", project])
    assert kpis["currency"] == "IRR"
    assert _number(card) == pytest.approx(kpis["revenue"], rel=1e-9, abs=1)
    assert kpis["revenue"] == pytest.approx(raw["amount"].sum())
    assert cli_json(["info", "--project", project])["currency"] == "IRR"

    # Settings > Show amounts in Toman: the same revenue, divided by 10, named Toman
    assert win.toman_action.isEnabled() and not win.toman_action.isChecked()
    win.toman_action.trigger()
    qtbot.waitUntil(lambda: "تومان" in value.text(), timeout=30_000)
    assert _number(value.text()) == pytest.approx(kpis["revenue"] / 10, abs=1)
    win.toman_action.trigger()  # and back
    qtbot.waitUntil(lambda: rial in value.text(), timeout=30_000)


def test_dialog_names_the_recognised_layout(qapp, qtbot):
    """An importer that knows the platform (Preview.layout) has its name shown."""
    import dataclasses
    import types

    from retention_desktop.core.importer import ImportOptions
    from retention_desktop.core.importer.sample import preview_with_orders
    from retention_desktop.ui.dialogs.mapping_dialog import MappingDialog

    pre = preview_with_orders([UCI_CSV]).preview
    known = types.SimpleNamespace(**{f.name: getattr(pre, f.name)
                                     for f in dataclasses.fields(pre)})
    known.layout = "Shopify orders export"
    dialog = MappingDialog(known, ImportOptions())
    qtbot.addWidget(dialog)
    assert dialog.layout_label.text() == "Shopify orders export"
    plain = MappingDialog(pre, ImportOptions())
    qtbot.addWidget(plain)
    assert "no known shop export" in plain.layout_label.text()


def test_dialog_shows_product_roles_and_the_import_keeps_the_lines(window_for, qtbot,
                                                                   monkeypatch, tmp_path):
    """Issue 20: the product columns get product roles the user can change; the import
    keeps one product line per file row, grouped the way the user chose."""
    win = window_for("en")
    raw = _uci()
    tab, dialog = _import_dialog(win, qtbot, monkeypatch, UCI_CSV)

    def use_as(column: str) -> str:
        return dialog.roles.cellWidget(list(dialog.preview.columns).index(column),
                                       1).currentText()

    assert use_as("STOCKCODE") == "Product code / SKU"
    assert use_as("DESCRIPTION") == "Product name"
    combo = dialog.roles.cellWidget(list(dialog.preview.columns).index("COUNTRY"), 1)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert {"Product category", "Brand", "Product variant (size, colour)"} <= set(offered)
    # this shop's codes are per colour: group by name instead (the code left as extra)
    _choose(qtbot, dialog, "STOCKCODE", "")
    assert use_as("STOCKCODE") == "(keep as extra column)"
    qtbot.waitUntil(lambda: dialog.orders.rowCount() > 0 and dialog.import_button.isEnabled(),
                    timeout=20_000)
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert win.ctx.runner.wait_idle(30_000)
    names = raw["DESCRIPTION"].str.split().str.join(" ").str.lower()
    assert f"{len(raw):,} product lines kept ({names.nunique():,} products)." in \
        tab.result_label.text()
    cur = win.ctx.store.cursor()
    assert cur.execute("SELECT count(*), count(product_id), count(DISTINCT product_key) "
                       "FROM line_items").fetchone() == (len(raw), 0, names.nunique())


def test_jalali_export_in_an_english_window_makes_a_jalali_project(window_for, qtbot,
                                                                   monkeypatch, tmp_path):
    """A Persian shop's export (۱۴۰۲/۰۱/۱۵ dates) imported on an English computer: the
    project's months become Farvardin..Esfand, the Data tab says so, the cards name the
    Jalali month; a Gregorian file imported afterwards does not switch it back."""
    from retention_desktop.core.calendar import to_jalali

    win = window_for("en")
    raw = _uci()
    raw = raw[~raw["INVOICE"].str.startswith("C")].copy()
    # spread the one morning of the sample over a year, so there are months to cut
    raw["ts"] = pd.Timestamp("2023-03-25") + pd.to_timedelta(
        raw["INVOICE"].rank(method="dense").astype(int) * 13, unit="D")
    jal = to_jalali(raw["ts"].to_numpy(dtype="datetime64[D]"))
    fa = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    dates = [f"{y:04d}/{m:02d}/{d:02d}".translate(fa)
             for y, m, d in zip(jal["year"], jal["month"], jal["day"], strict=True)]
    path = tmp_path / "فروش_شمسی.csv"
    pd.DataFrame({"شماره فاکتور": raw["INVOICE"].to_numpy(), "تاریخ": dates,
                  "کد مشتری": raw["CUSTOMERID"].to_numpy(),
                  "مبلغ": raw["amount"].round(2).to_numpy()}).to_csv(
        path, index=False, encoding="utf-8-sig")
    assert win.ctx.settings.calendar == "gregorian"  # an English window's new project
    tab, dialog = _import_dialog(win, qtbot, monkeypatch, path)
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert win.ctx.runner.wait_idle(30_000)
    assert win.ctx.settings.calendar == "jalali" and win.ctx.settings.week_start == 5
    assert "the project now shows Jalali months" in tab.result_label.text()
    overview = win.tab_widgets["overview"]
    win.tabs.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: overview.result is not None
                    and "Jalali calendar" in overview.compare_label.text(), timeout=30_000)
    last = raw["ts"].max()
    y, m = (int(v) for v in to_jalali(
        pd.Series([last]).to_numpy(dtype="datetime64[D]")).iloc[0][["year", "month"]])
    jalali_months = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                     "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand")
    assert any(f"{name} {y}" in overview.compare_label.text() for name in jalali_months)
    assert cli_json(["info", "--project", str(win.ctx.store.path)])  # the CLI reads it too

    # a Gregorian export into the same project keeps the calendar the project has
    english, _ = _english_export(tmp_path)
    tab, dialog = _import_dialog(win, qtbot, monkeypatch, english)
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert win.ctx.runner.wait_idle(30_000)
    assert win.ctx.settings.calendar == "jalali"
    assert "Jalali months" not in tab.result_label.text()

"""Data tab: import a real sample through the mapping dialog; cancel a long import."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from retention_desktop.ui.tabs.data_tab import DataTab

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "online_retail_excel_sample"



def _open_mapping(qtbot, tab, paths):
    tab.start_import([str(p) for p in paths])
    qtbot.waitUntil(lambda: tab.mapping_dialog is not None and tab.mapping_dialog.isVisible(),
                    timeout=20_000)
    return tab.mapping_dialog


def test_import_day_first_csv_through_mapping_dialog(ctx_empty, qtbot):
    tab = DataTab(ctx_empty)
    qtbot.addWidget(tab)
    tab.show()
    csv_path = SAMPLE / "online_retail_sample.csv"
    dialog = _open_mapping(qtbot, tab, [csv_path])

    # what the user sees: detected roles, the day-first date order, the first rows
    assert dialog.date_order.currentData() == "day-first"
    mapping = dialog.mapping()
    assert mapping["customer_id"] == "CUSTOMERID"
    assert mapping["order_ts"] == "INVOICEDATE"
    assert dialog.rows.rowCount() > 0
    assert dialog.rows.item(0, 0).text() == "536365"
    assert dialog.import_button.isEnabled()
    # an edit by the user: un-map the date -> the dialog refuses, re-map -> allowed
    dialog.set_role("INVOICEDATE", "")
    assert not dialog.import_button.isEnabled() and dialog.problems()
    dialog.set_role("INVOICEDATE", "order_ts")
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ctx_empty.runner.wait_idle()

    # independent expectation from the raw file with plain pandas
    raw = pd.read_csv(csv_path, dtype=str)
    raw["amount"] = raw["QUANTITY"].astype(float) * raw["PRICE"].astype(float)
    is_cancel = raw["INVOICE"].str.startswith("C")
    orders = raw[~is_cancel].groupby("INVOICE")["amount"].sum()
    cur = ctx_empty.store.cursor()
    n_orders, revenue, customers, first_ts = cur.execute(
        "SELECT count(*), sum(revenue), count(DISTINCT customer_id), min(order_ts) "
        "FROM orders WHERE kind = 'order'").fetchone()
    assert n_orders == len(orders)
    assert revenue == pytest.approx(orders.sum(), rel=1e-9)
    assert customers == raw.loc[~is_cancel, "CUSTOMERID"].nunique()
    assert first_ts == pd.Timestamp("2010-12-01 08:26")  # 1/12/2010 read day-first
    n_cancel = cur.execute("SELECT count(*) FROM orders WHERE kind <> 'order'").fetchone()[0]
    assert n_cancel == raw.loc[is_cancel, "INVOICE"].nunique()

    # the tab shows the summary, the history and the data-quality numbers
    assert str(len(orders)) in tab.result_label.text()
    assert tab.history.frame().shape[0] == 1
    assert tab.summary_labels["orders"].text() == str(len(orders))


def _write_big_export(folder: Path, files: int = 30, rows: int = 4000) -> list[Path]:
    folder.mkdir()
    paths = []
    for f in range(files):
        path = folder / f"export_{f:02d}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["Order ID", "Customer ID", "Order Date", "Total"])
            for r in range(rows):
                n = f * rows + r
                w.writerow([f"B{n}", f"K{n % 5000}", f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
                            f"{10 + n % 90}.50"])
        paths.append(path)
    return paths


def test_cancel_long_import_leaves_project_unchanged(ctx_empty, qtbot, tmp_path):
    tab = DataTab(ctx_empty)
    qtbot.addWidget(tab)
    tab.show()
    # the project already holds one import
    dialog = _open_mapping(qtbot, tab, [SAMPLE / "online_retail_sample.csv"])
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        dialog.accept()
    ctx_empty.runner.wait_idle()
    store = ctx_empty.store
    tables = ("orders", "imports", "rejected_rows", "mappings", "dimensions")
    before = {t: store.table_count(t) for t in tables}
    checksum = store.cursor().execute("SELECT sum(revenue), max(order_ts) FROM orders").fetchone()

    paths = _write_big_export(tmp_path / "big")
    dialog = _open_mapping(qtbot, tab, [tmp_path / "big"])
    dialog.accept()
    assert ctx_empty.runner.is_running("import")
    assert not tab.progress.isHidden() and not tab.cancel_button.isHidden()
    # wait until the importer is really inside its transaction (it reports "Reading ...")
    qtbot.waitUntil(lambda: tab.progress_label.text().startswith("Reading"), timeout=30_000)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert ctx_empty.runner.wait_idle(60_000)
    assert "cancelled" in tab.result_label.text().lower()
    after = {t: store.table_count(t) for t in tables}
    assert after == before
    assert store.cursor().execute(
        "SELECT sum(revenue), max(order_ts) FROM orders").fetchone() == checksum
    assert len(paths) == 30

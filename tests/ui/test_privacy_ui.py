"""Privacy from the app: pseudonymised import through the mapping dialog, and
File > Forget a customer… (preview, explicit delete, cancel, unknown id)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from retention_desktop.cli import main
from retention_desktop.core.store import ProjectStore
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.mainwindow import MainWindow
from retention_desktop.ui.prefs import Prefs
from retention_desktop.ui.tabs.data_tab import DataTab

UCI_CSV = (Path(__file__).resolve().parents[1] / "data" / "online_retail_excel_sample"
           / "online_retail_sample.csv")
TABLES = ("orders", "customers", "activity", "assignments", "survey", "rejected_rows")


def _ref(salt: str, value: str) -> str:
    # written independently of core/store/pseudonym.py
    return "p" + hashlib.sha256(f"{salt}{value}".encode()).hexdigest()[:16]


def _per_customer(store) -> dict:
    return {cid: (n, round(rev, 6)) for cid, n, rev in store.cursor().execute(
        "SELECT customer_id, count(*), sum(revenue) FROM orders "
        "WHERE customer_id IS NOT NULL GROUP BY customer_id").fetchall()}


def _counts(store) -> dict[str, int]:
    return {t: store.table_count(t) for t in TABLES}



def _open_mapping(qtbot, tab):
    tab.start_import([str(UCI_CSV)])
    qtbot.waitUntil(lambda: tab.mapping_dialog is not None and tab.mapping_dialog.isVisible(),
                    timeout=20_000)
    return tab.mapping_dialog


def test_pseudonymised_import_through_mapping_dialog_equals_cli(ctx_empty, qtbot, tmp_path):
    tab = DataTab(ctx_empty)
    qtbot.addWidget(tab)
    tab.show()
    dialog = _open_mapping(qtbot, tab)
    box = dialog.pseudonymise
    assert box.isVisible() and box.isEnabled() and not box.isChecked()
    assert "salt" in dialog.privacy_note.text() and "cannot be undone" in dialog.privacy_note.text()
    box.click()  # as a user ticking it
    assert box.isChecked() and dialog.chosen_options().pseudonymise
    # marketing spend holds no customers: the option does not apply (no salt is created)
    dialog.target.setCurrentIndex(dialog.target.findData("spend"))
    dialog.target.activated.emit(dialog.target.currentIndex())
    assert not box.isEnabled() and not dialog.chosen_options().pseudonymise
    dialog.target.setCurrentIndex(dialog.target.findData("orders"))
    dialog.target.activated.emit(dialog.target.currentIndex())
    assert box.isEnabled() and dialog.chosen_options().pseudonymise
    with qtbot.waitSignal(tab.importFinished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert ctx_empty.runner.wait_idle(60_000)

    assert "pseudonymised" in tab.result_label.text()
    store = ctx_empty.store
    salt = store.get_meta("pseudonym_salt")
    raw = pd.read_csv(UCI_CSV, dtype=str)["CUSTOMERID"].dropna()
    gui = _per_customer(store)
    assert set(gui) == {_ref(salt, c) for c in raw}  # every id hashed, none left raw
    assert not set(gui) & set(raw)

    # the CLI import of the same file into a project with the same salt gives the same rows
    cli_path = tmp_path / "cli.duckdb"
    with ProjectStore(cli_path) as cli, cli.write() as cur:
        cur.execute("INSERT INTO meta VALUES ('pseudonym_salt', ?)", [json.dumps(salt)])
    assert main(["import", str(UCI_CSV), "--project", str(cli_path), "--pseudonymise"]) == 0
    with ProjectStore(cli_path, read_only=True) as cli:
        assert _per_customer(cli) == gui

    # the next import: the project holds pseudonyms, so the option is on and locked
    dialog = _open_mapping(qtbot, tab)
    assert dialog.pseudonymise.isChecked() and not dialog.pseudonymise.isEnabled()
    assert "split" in dialog.privacy_note.text()
    assert dialog.chosen_options().pseudonymise
    dialog.reject()
    assert ctx_empty.runner.wait_idle(10_000)


@pytest.fixture(params=["plain", "pseudo"])
def window(request, qapp, qtbot, tmp_path):
    path = tmp_path / "shop.rdproj.duckdb"
    args = ["import", str(UCI_CSV), "--project", str(path)]
    assert main(args + (["--pseudonymise"] if request.param == "pseudo" else [])) == 0
    ctx = AppContext()
    win = MainWindow(ctx, Prefs())
    qtbot.addWidget(win)
    win.show()
    win.open_project(path)  # opens in the background
    win.tabs.setCurrentWidget(win.tab_widgets["overview"])
    assert ctx.runner.wait_idle(60_000)
    assert ctx.store is not None and ctx.store.path == path
    win.pseudo = request.param == "pseudo"
    yield win
    win.close()


def _forget_dialog(window, qtbot, customer_id: str):
    window.forget_action.trigger()
    dialog = window.forget_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.customer.setText(customer_id)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    return dialog


def test_forget_through_dialog_deletes_only_that_customer(window, qtbot):
    ctx, store = window.ctx, window.ctx.store
    raw = pd.read_csv(UCI_CSV, dtype=str)
    victim = raw["CUSTOMERID"].dropna().value_counts().index[0]
    key = _ref(store.get_meta("pseudonym_salt"), victim) if window.pseudo else victim
    n_docs = raw.loc[raw["CUSTOMERID"] == victim, "INVOICE"].nunique()  # independent
    customers_before = window.tab_widgets["overview"].result.kpis["customers"]
    before = _per_customer(store)
    assert before[key][0] == n_docs

    dialog = _forget_dialog(window, qtbot, victim)  # the id as the shop knows it
    assert dialog.delete_button.isEnabled()
    text = dialog.result.text()
    assert victim in text and "cannot be undone" in text
    assert ("pseudonym" in text) is window.pseudo
    with qtbot.waitSignal(dialog.forgotten, timeout=30_000) as done, \
            qtbot.waitSignal(ctx.projectChanged, timeout=30_000):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert done.args[0]["orders"] == n_docs
    assert ctx.runner.wait_idle(60_000)

    for table in ("orders", "customers", "activity", "assignments", "survey"):
        assert store.cursor().execute(f"SELECT count(*) FROM {table} WHERE customer_id = ?",
                                      [key]).fetchone()[0] == 0
    after = _per_customer(store)
    del before[key]
    assert after == before  # everybody else untouched
    assert "deleted" in dialog.result.text() and not dialog.delete_button.isEnabled()
    # the analysis tabs recomputed (one customer fewer on the Overview)
    assert window.tab_widgets["overview"].result.kpis["customers"] == customers_before - 1
    dialog.close()


def test_unknown_customer_and_cancel_delete_nothing(window, qtbot):
    store = window.ctx.store
    before = _counts(store)
    dialog = _forget_dialog(window, qtbot, "  no-such-customer ")
    assert dialog.preview.total == 0
    assert "no data about customer “no-such-customer”" in dialog.result.text()
    assert not dialog.delete_button.isEnabled()
    dialog.delete()  # even a direct call does nothing without a found customer
    assert window.ctx.runner.wait_idle(10_000)
    assert _counts(store) == before

    # a real customer, then Close instead of Delete
    victim = pd.read_csv(UCI_CSV, dtype=str)["CUSTOMERID"].dropna().iloc[0]
    dialog.customer.setText(victim)
    dialog.find()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.preview.total > 0 and dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _counts(store) == before

    # cancelled while the deletion waits for the project: rolled back, nothing deleted
    dialog = _forget_dialog(window, qtbot, victim)
    store._write_lock.acquire()  # another write in progress: the job waits for it
    try:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.running and dialog.close_button.text() == "Cancel"
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # Cancel stops the deletion, it does not close
    finally:
        store._write_lock.release()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert "nothing was deleted" in dialog.result.text().lower()
    assert _counts(store) == before
    dialog.close()


def test_customer_shown_in_customers_tab_is_offered(window, qtbot):
    customers = window.tab_widgets["customers"]
    shown = sorted(_per_customer(window.ctx.store))[0]  # as the Customers tab lists it
    customers.current_customer_id = shown
    window.forget_action.trigger()
    dialog = window.forget_dialog
    assert dialog.customer.text() == shown
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)  # looked up at once
    assert dialog.preview.counts["orders"] == _per_customer(window.ctx.store)[shown][0]
    assert dialog.delete_button.isEnabled()
    dialog.close()

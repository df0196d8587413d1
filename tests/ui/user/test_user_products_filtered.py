"""Products tab under a product filter, read back from the screen (walk-through): the
range header counts only the products compared with the shop (not the filtered product,
which is every shown customer), the shop sentence uses the rows' population words, a
too-few row says "too few" in its time column, and a row too few only in the ranking
window says so. Expected values come from ``metrics products --json``."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from tests.ui.user.screen import (
    cli_filter_args,
    cli_json,
    click_tab,
    header_texts,
    numbers,
    open_demo,
    table_texts,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)
from tests.ui.user.test_user_product_filter import pick_product


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def test_products_tab_under_a_product_filter(window_in, qtbot):  # noqa: F811
    window = window_in("en")
    open_demo(window, qtbot)
    pick_product(window, qtbot, "pistachios", mode_index=0)  # first order contained
    qtbot.waitUntil(lambda: bool(window.ctx.spec.first_product), timeout=5_000)
    tab = window.tab_widgets["products"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot, tab)
    engine = cli_json(["metrics", "products", "--project", str(window.ctx.store.path),
                       *cli_filter_args(window.ctx.spec)])
    rows, wi = engine["rows"], engine["meta"]["windows"].index(engine["meta"]["rank_window"])
    whole = [r for r in rows if r["verdict"] == "all"]
    assert len(whole) == 1  # the filtered product: every shown customer
    # compared: every other product with enough customers (the ranges hold together
    # over the repeat windows, so one too few only at this window still counts)
    compared = [r for r in rows if not r["too_few"] and r["verdict"] != "all"]
    assert engine["meta"]["comparisons"] == len(compared) > 1
    columns = list(tab.table.frame().columns)
    header = " ".join(header_texts(tab.table.view)[columns.index("interval")].split())
    m = re.search(r"all (\d+) together", header)
    assert m and int(m[1]) == len(compared), header

    # the shop sentence counts the same customers as the filtered product's row
    shop = engine["shop"]
    said = [s.value for s in numbers(tab.summary.text().splitlines()[0]) if not s.percent]
    assert said[:2] == [shop["customers"], shop["repeat"][wi]["n"]], tab.summary.text()
    assert whole[0]["customers"] == shop["customers"]

    shown = {r[columns.index("name")]: r for r in table_texts(tab.table.view)}
    for row in rows:
        cells = shown[row["name"]]
        if row["too_few"]:  # too few customers: no time to the 2nd order either
            assert cells[columns.index("days_to_second")] == _tr("too few"), cells
            assert cells[columns.index("verdict")] == _tr("too few"), cells
        elif row["verdict"] == "too_few":  # enough customers, too few observed that long
            assert cells[columns.index("verdict")] == _tr("too few observed {0} days").format(
                engine["meta"]["rank_window"]), cells


def test_one_comparison_is_said_plainly(demo_store):
    """One product compared (or none): no "(all 1 together)" in the header or the note."""
    from dataclasses import replace

    from retention_desktop.core.engine.products import first_products
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    from retention_desktop.ui.tabs import products_model as vm

    table = first_products(demo_store, FilterSpec(), Settings(), rank_window=90)
    one = replace(table, meta=replace(table.meta, comparisons=1))
    view = vm.first_products_view(one, 90, "", _tr)
    assert view.headers["interval"] == _tr("Range vs shop")
    assert "all 1" not in view.note and "together" in view.note
    many = vm.first_products_view(table, 90, "", _tr)  # several: the count is said
    assert f"all {table.meta.comparisons} together" in many.headers["interval"]

"""Products tab, the user's way, in en/fa/ar: open the demo shop, click the Products tab,
read the ranked table back from its localised text, click a product, read its details,
export its reorder list through the button — and compare everything with
``retention-desktop metrics products --json`` for the same project, filter and language.

Expected values are never written here: they come from the CLI at run time. The planted
demo product (``core.demo_products``) must come out on top, above the shop's average.
"""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from retention_desktop.core import formatting
from retention_desktop.core.demo_products import CATALOGUE, PLANTED_PRODUCT
from tests.ui.user.screen import (
    cli_filter_args,
    cli_json,
    click_tab,
    equals_at_shown_precision,
    numbers,
    open_demo,
    table_texts,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)
from tests.ui.user.test_user_product_filter import pick_product


def _compare(pairs: list[tuple[str, str, object, dict]], texts: list[str]) -> list[str]:
    """Numbers at the shown precision; every shown text (names taken out) in the reader's
    digits. ``pairs`` may hold numbers already read out of a longer text."""
    bad = [f"{w}: screen {t!r} vs engine {v!r}" for w, t, v, o in pairs
           if not equals_at_shown_precision(t, v, **o)]
    if formatting.current_locale().digits != "latin":
        bad += [f"{t!r} is not in the reader's digits" for t in texts
                if any(ch in "0123456789" for ch in t)]
    return bad


def _calendar_args(lang: str) -> list[str]:
    return ["--calendar", "jalali", "--week-start", "5"] if lang == "fa" else []


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # products_model's words


def _points(name: str, text: str, rate: dict) -> list[str]:
    """``+40.7 pts`` against the engine's difference from the shop."""
    shown = numbers(text)
    if len(shown) != 1:
        return [f"{name}: {text!r} is not one difference"]
    s, w = shown[0], rate["diff"]
    return ([f"{name}: {s.raw} vs engine {w * 100:.4f} points"]
            if abs(s.value - round(w * 100, s.decimals)) > 10 ** -s.decimals * 0.51 else [])


WORDS = {"above": "more often", "below": "less often", "same": "no clear difference",
         "too_few": "too few", "all": "all shown customers"}


def _range_agrees(name: str, low: float, high: float, shop: float, verdict: str) -> list[str]:
    """The shown range holds the shop average exactly when the verdict says no difference."""
    inside = low <= shop <= high
    if inside != (verdict == "same"):
        return [f"{name}: range {low:.4f}-{high:.4f} vs shop {shop:.4f}, verdict {verdict}"]
    return []


def check_table(tab, engine: dict, where: str) -> list[str]:
    """Every row of the ranked table against the CLI's rows (same order)."""
    rows = table_texts(tab.table.view)
    shop = engine["shop"]["repeat"][engine["meta"]["windows"].index(
        engine["meta"]["rank_window"])]["rate"]
    columns = list(tab.table.frame().columns)
    col = {c: columns.index(c) for c in columns}
    wi = engine["meta"]["windows"].index(engine["meta"]["rank_window"])
    assert len(rows) == len(engine["rows"]) > 0, (where, "rows")
    bad, pairs = [], []
    few = _tr("too few")
    for shown, row in zip(rows, engine["rows"], strict=True):
        name = f"{where} {row['name']}"
        if shown[col["name"]] != row["name"]:
            bad.append(f"{name}: row shows {shown[col['name']]!r}")
        rate = row["repeat"][wi]
        pairs.append((f"{name} customers", shown[col["customers"]], row["customers"], {}))
        if rate["too_few"]:
            if shown[col["repeat"]] != few:
                bad.append(f"{name}: {shown[col['repeat']]!r}, engine too few (n={rate['n']})")
            continue
        pairs.append((f"{name} repeat", shown[col["repeat"]], rate["rate"], {"percent": True}))
        if shown[col["verdict"]] != _tr(WORDS[row["verdict"]]):
            bad.append(f"{name}: verdict {shown[col['verdict']]!r}, engine {row['verdict']}")
        if row["verdict"] == "all":  # nothing to compare with: no range, no difference
            if shown[col["interval"]] or shown[col["vs_shop"]]:
                bad.append(f"{name}: a difference shown on the only group")
            continue
        # the range shown is the verdict's: shop + the difference interval
        want_low = max(0.0, shop + rate["diff_low"])
        want_high = min(1.0, shop + rate["diff_high"])
        low, high = numbers(shown[col["interval"]])
        pairs += [(f"{name} low", low.raw, want_low, {"percent": True}),
                  (f"{name} high", high.raw, want_high, {"percent": True})]
        bad += _range_agrees(name, low.value / 100, high.value / 100, shop, row["verdict"])
        bad += _points(f"{name} vs shop", shown[col["vs_shop"]], rate)
        med = row["median_days_to_second"]
        if med is None:
            if shown[col["days_to_second"]] != _tr("under half came back"):
                bad.append(f"{name}: median {shown[col['days_to_second']]!r}, engine none")
        else:
            pairs.append((f"{name} median days", shown[col["days_to_second"]], med, {}))
        for amount in row["revenue"]:
            cell = shown[col[f"revenue_{amount['days']}"]]
            if amount["too_few"]:
                if cell != few:
                    bad.append(f"{name} revenue {amount['days']}: {cell!r}, engine too few")
            else:
                pairs.append((f"{name} revenue {amount['days']}", cell, amount["mean"],
                              {"money": True}))
    texts = [c for r in rows for i, c in enumerate(r) if i != col["name"]]
    return bad + _compare(pairs, texts)


def _unnamed(text: str) -> str:
    """``text`` without the demo's product names (their digits are the data's: 500g)."""
    for _sku, name, _cat, _price in CATALOGUE:
        text = text.replace(name, "")
    return text


def click_row(qtbot, tab, row: int) -> None:
    """Click the product's name cell in the ranked table."""
    view = tab.table.view
    index = view.model().index(row, 1)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def check_details(tab, qtbot, project: str, args: list[str], key: str, where: str) -> list[str]:
    """The selected product's repurchase sentence and next-product table vs the CLI."""
    qtbot.waitUntil(lambda: tab.details is not None and tab.selected_key == key,
                    timeout=30_000)
    engine = cli_json(["metrics", "products", "--project", project, "--product", key, *args])
    rep = next(r for r in engine["repurchase"] if r["key"] == key)
    shown = numbers(_unnamed(tab.repurchase_label.text()))  # not the 500 of "500g"
    rate = rep["repurchase"]
    pairs = [(f"{where} bought again", shown[0].raw, rate["rate"], {"percent": True}),
             (f"{where} buyers", shown[1].raw, rep["buyers"], {}),
             (f"{where} again low", shown[2].raw, rate["low"], {"percent": True}),
             (f"{where} again high", shown[3].raw, rate["high"], {"percent": True}),
             (f"{where} interval", shown[4].raw, rep["median_interval_days"], {})]
    nxt = engine["next_products"]
    rows = table_texts(tab.next_table.view)
    cols = list(tab.next_table.frame().columns)
    assert len(rows) == len(nxt["rows"]) > 0, (where, "next products")
    for r, e in zip(rows, nxt["rows"], strict=True):
        n = f"{where} next {e['name']}"
        bad = [] if r[cols.index("name")] == e["name"] else [f"{n}: {r[0]!r}"]
        pairs += [(f"{n} share", r[cols.index("share")], e["share"]["rate"], {"percent": True}),
                  (f"{n} lift", numbers(r[cols.index("lift")])[0].raw, e["lift"], {}),
                  (f"{n} customers", r[cols.index("customers")], e["customers"], {})]
        if bad:
            return bad
    texts = [_unnamed(tab.repurchase_label.text()), _unnamed(tab.next_label.text())]
    texts += [c for r in rows for i, c in enumerate(r) if i != cols.index("name")]
    return _compare(pairs, texts)


def export_reorder_list(tab, qtbot, monkeypatch, path) -> None:
    """Export reorder list… > the save dialog answers ``path`` > the file appears."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "CSV (*.csv)")))
    assert tab.export_button.isVisible() and tab.export_button.isEnabled()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(path.exists, timeout=30_000)
    wait_idle(tab.ctx, qtbot)


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_products_tab_equals_engine(window_in, qtbot, monkeypatch, tmp_path, lang):  # noqa: F811
    window = window_in(lang)
    open_demo(window, qtbot)
    tab = window.tab_widgets["products"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot, tab)
    project = str(window.ctx.store.path)
    args = [*_calendar_args(lang), "--lang", lang]
    engine = cli_json(["metrics", "products", "--project", project, *args])
    bad = check_table(tab, engine, f"{lang} products:")
    # the planted product is found: first, above the shop, interval clear of the average
    top = engine["rows"][0]
    assert top["product_id"] == PLANTED_PRODUCT and top["verdict"] == "above"
    shop = engine["shop"]["repeat"][engine["meta"]["windows"].index(90)]
    assert tab.summary.text() and equals_at_shown_precision(
        [s.raw for s in numbers(tab.summary.text()) if s.percent][0], shop["rate"])

    # click the planted product: plain words first, then its details
    click_row(qtbot, tab, 0)
    sentence = tab.detail_title.text()
    assert top["name"] in sentence
    pct = [s.raw for s in numbers(_unnamed(sentence)) if s.percent]
    bad += _compare([], [_unnamed(sentence), tab.summary.text()])
    assert equals_at_shown_precision(pct[0], top["repeat"][1]["rate"])
    assert equals_at_shown_precision(pct[1], shop["rate"])
    bad += check_details(tab, qtbot, project, args, top["key"], f"{lang} details:")

    # the reorder list through the button equals the CLI's list for the product
    path = tmp_path / f"reorder-{lang}.csv"
    export_reorder_list(tab, qtbot, monkeypatch, path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        shown = list(csv.reader(fh))[1:]
    listed = cli_json(["metrics", "products", "--project", project, "--reorder-due",
                       "--product", top["key"], *args])["rows"]
    assert len(shown) == len(listed) > 0
    assert [(r[0], r[1], int(r[3])) for r in shown] == [
        (r["customer_id"], r["product_name"], r["days_since"]) for r in listed]

    if lang == "en":  # the user switches to categories and a 30-day window (keyboard)
        for combo, want in ((tab.by, "category"), (tab.window_box, 30)):
            combo.setFocus()
            while combo.currentData() != want:
                down = combo.currentIndex() < combo.findData(want)
                qtbot.keyClick(combo, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
        wait_idle(window.ctx, qtbot, tab)
        engine = cli_json(["metrics", "products", "--project", project, *args,
                           "--by", "category", "--window", "30"])
        assert engine["meta"]["by"] == "category" and engine["meta"]["rank_window"] == 30
        bad += check_table(tab, engine, f"{lang} categories, 30 days:")
        # the words follow the mode: categories, not "first-order products"
        shown = [tab.table.title_label.text(), tab.chart.title_label.text(),
                 tab.detail_title.text()]
        assert all("categor" in t and "product" not in t for t in shown), shown

    if lang == "ar":  # a product filter from the bar reaches this tab too
        pick_product(window, qtbot, "sumac", mode_index=1)
        qtbot.waitUntil(lambda: bool(window.ctx.spec.bought_product), timeout=5_000)
        wait_idle(window.ctx, qtbot, tab)
        engine = cli_json(["metrics", "products", "--project", project, *args,
                           *cli_filter_args(window.ctx.spec)])
        assert engine["shop"]["customers"] < top["customers"] * 10
        bad += check_table(tab, engine, f"{lang} products, bought sumac:")
    assert not bad, f"{len(bad)} differ:\n" + "\n".join(bad[:40])


def test_products_tab_explains_a_project_without_products(qapp, qtbot, small_store):
    """An order-level project: the tab says why it is empty and what to import; the filter
    bar offers no product picker."""
    from retention_desktop.ui.context import AppContext
    from retention_desktop.ui.filterbar import FilterBar
    from retention_desktop.ui.tabs.products_tab import ProductsTab

    ctx = AppContext()
    bar, tab = FilterBar(ctx), ProductsTab(ctx)
    for widget in (bar, tab):
        qtbot.addWidget(widget)
        widget.show()
    ctx.set_store(small_store)
    try:
        qtbot.waitUntil(lambda: tab.table_result is not None, timeout=30_000)
        assert ctx.runner.wait_idle(30_000)
        assert tab.empty_label.isVisible() and not tab.split.isVisible()
        assert "one line per product" in tab.empty_label.text()
        assert not tab.export_button.isEnabled()
        assert not bar.products.isVisible() and bar.options.products == []
    finally:
        ctx.runner.shutdown()

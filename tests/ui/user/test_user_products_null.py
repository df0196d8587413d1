"""A shop where no product changes who comes back (products drawn at random, Persian
names with digits): a shop owner opens it, reads the Products tab, the chart, the product
picker and the printed page, and nothing claims a difference; what is shown (a range
against the shop line) agrees with each verdict; a product-filtered row is not "too few";
every bar is named; the table fits a 1366 x 768 window.

Expected values come from ``metrics products --json`` on the same project at run time.
"""

from __future__ import annotations

import subprocess

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from retention_desktop.core import product_shop
from retention_desktop.core.store import ProjectStore
from tests.ui.pdf_layout import pdf_text
from tests.ui.user.screen import (
    cli_filter_args,
    cli_json,
    click_tab,
    menu_action,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)
from tests.ui.user.test_user_product_filter import pick_product
from tests.ui.user.test_user_products import _tr, check_table

# the walk-through file's catalogue (tests/data/walk_fa_lines): Persian digits, Arabic
# yeh/kaf, spaces around numbers
NAMES = ["آلبوم موسیقی سنتی", "آلبوم پاپ ۹۷", "موسيقي فيلم", "کتاب شعر حافظ",
         "كتاب داستان كودك", "کتاب آشپزی", "کارت هدیه ۵۰ هزار تومانی", "جعبه کادو", "هدفون",
         "کیف سی‌دی", "دفتر ۱۰۰ برگ", "ماگ ۳۵۰ میلی"]


@pytest.fixture(scope="module")
def null_project(tmp_path_factory):
    """Twelve products, none with an effect (``planted_share`` 0), named as in Persian."""
    path = tmp_path_factory.mktemp("null") / "null.rdproj.duckdb"
    with ProjectStore(path) as store:
        product_shop.write(store, product_shop.ShopSpec(
            customers=3000, products=12, categories=3, planted_share=0.0, seed=4))
        with store.write() as cur:
            for i, name in enumerate(NAMES):
                cur.execute("UPDATE line_items SET product_name = ? WHERE product_id = ?",
                            [name, f"P{i:04d}"])
    return path


def _open(window, qtbot, monkeypatch, path) -> None:
    """File > Open project… answering the dialog with ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    menu_action(window, "&Open project…").trigger()
    qtbot.waitUntil(lambda: window.ctx.store is not None, timeout=60_000)
    wait_idle(window.ctx, qtbot)


def _whiskers(tab) -> tuple[list[float], list[float]]:
    """The chart's error bars as drawn: (low, high) of each bar."""
    bars = [i for i in tab.chart.plot.getPlotItem().items if isinstance(i, pg.ErrorBarItem)]
    assert len(bars) == 1
    o = bars[0].opts
    return (list(o["y"] - o["bottom"]), list(o["y"] + o["top"]))


def _picker_counts(window, qtbot) -> dict[int, dict[str, str]]:
    """Open the Product picker and read its list in both modes (arrow keys on the mode)."""
    button = window.filter_bar.products
    popup = button.popup
    seen: dict[int, dict[str, str]] = {}

    def read() -> dict[str, str]:
        out = {}
        for i in range(popup.list.count()):
            item = popup.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole):
                out[item.data(Qt.ItemDataRole.UserRole)] = item.text()
        return out

    def in_popup() -> None:
        if not button.menu().isVisible():
            QTimer.singleShot(50, in_popup)
            return
        seen[popup.mode.currentIndex()] = read()
        qtbot.keyClick(popup.mode, Qt.Key.Key_Down)
        seen[popup.mode.currentIndex()] = read()
        qtbot.keyClick(popup.mode, Qt.Key.Key_Up)
        button.menu().hide()

    QTimer.singleShot(50, in_popup)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2 and not button.menu().isVisible(), timeout=10_000)
    return seen


def test_random_products_claim_nothing(window_in, qtbot, monkeypatch, null_project,  # noqa: F811
                                       tmp_path):
    window = window_in("en")
    _open(window, qtbot, monkeypatch, null_project)
    tab = window.tab_widgets["products"]
    click_tab(window.tabs, tab)
    wait_idle(window.ctx, qtbot, tab)
    project = str(null_project)
    engine = cli_json(["metrics", "products", "--project", project, "--lang", "en"])
    compared = [r for r in engine["rows"] if r["verdict"] != "too_few"]
    assert len(compared) >= 10 and all(r["verdict"] == "same" for r in compared)
    bad = check_table(tab, engine, "null shop:")  # ranges are the verdict's, agree with it
    verdicts = {r[list(tab.table.frame().columns).index("verdict")]
                for r in tab.table.model.frame().itertuples(index=False)}
    assert verdicts <= {_tr("no clear difference"), _tr("too few")}, verdicts
    # ... and the page says in plain words that the ranges hold for the whole list
    assert f"all {engine['meta']['comparisons']} compared together" in tab.summary.text()

    # the chart: each whisker (the verdict's range) crosses the dashed shop line
    wi = engine["meta"]["windows"].index(engine["meta"]["rank_window"])
    shop = engine["shop"]["repeat"][wi]["rate"]
    lows, highs = _whiskers(tab)
    drawn = [r for r in compared][:len(lows)]
    for r, lo, hi in zip(drawn, lows, highs, strict=True):
        rate = r["repeat"][wi]
        assert lo == pytest.approx(max(0.0, shop + rate["diff_low"]))
        assert hi == pytest.approx(min(1.0, shop + rate["diff_high"]))
        assert lo <= shop <= hi, (r["name"], lo, shop, hi)

    # every bar is named (isolated, so digits and spaces keep the name's direction)
    axis = tab.chart.axis
    n = len(lows)
    ticks = axis.tickValues(-0.5, n - 0.5, axis.width())[0][1]
    labels = axis.tickStrings(ticks, 1, 1)
    assert len(labels) == n == len(drawn)
    for label, r in zip(labels, drawn, strict=True):
        lines = label.split("\n")
        assert 1 <= len(lines) <= 2
        assert all(x.startswith("\u2068") and x.endswith("\u2069") for x in lines), label
        text = " ".join(x[1:-1] for x in lines).replace("\u200d", "")  # Qt joins "…"
        assert text and (text == r["name"] or (text.endswith("…")
                                               and r["name"].startswith(text[:-1]))), label

    # drawn straight, not replayed from pyqtgraph's cached QPicture, which drops the
    # space between a Persian word and a number ("آلبوم پاپ۹۷") in an English window
    tab.chart.plot.grab()
    assert axis.picture is None

    # the table fits the 1366-px window: every column's right edge inside the view
    view = tab.table.view
    header = view.horizontalHeader()
    right = [header.sectionViewportPosition(c) + header.sectionSize(c)
             for c in range(header.count())]
    assert max(right) <= view.viewport().width(), (right, view.viewport().width())
    assert not any(view.isColumnHidden(c) for c in range(header.count()))  # all there

    # the picker's counts follow the mode: first order had / ever bought
    counts = _picker_counts(window, qtbot)
    first = {r["key"]: r["customers"] for r in engine["rows"]}
    for key, text in counts[0].items():
        assert text.endswith(f"({first.get(key, 0):,})"), (text, first.get(key))
    assert counts[1] != counts[0]

    # the printed page says no product differs and prints no winner
    pdf = tmp_path / "null.pdf"
    subprocess.run([*_cli(), "report", "--project", project, "--pdf", str(pdf)],
                   check=True, capture_output=True)
    text = pdf_text(pdf)
    assert "none differs clearly from the shop" in text
    assert "more often" not in text and "less often" not in text

    # a product filter: its row is every shown customer, not "too few"
    pick_product(window, qtbot, "P0003")
    qtbot.waitUntil(lambda: window.ctx.spec.first_product == ("p0003",), timeout=5_000)
    wait_idle(window.ctx, qtbot, tab)
    engine = cli_json(["metrics", "products", "--project", project, "--lang", "en",
                       *cli_filter_args(window.ctx.spec)])
    row = next(r for r in engine["rows"] if r["key"] == "p0003")
    assert row["verdict"] == "all" and not row["too_few"]
    bad += check_table(tab, engine, "filtered:")
    assert not bad, "\n".join(bad[:40])


def _cli() -> list[str]:
    import sys

    return [sys.executable, "-m", "retention_desktop"]

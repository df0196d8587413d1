"""Cohorts by first product, the user's way: open the demo shop (it has product lines),
click the Cohorts tab, choose "Main product of the first order" in "Cohorts by:" with the keyboard, read
the heatmap's rows and hover texts back and compare them with
``retention-desktop metrics cohorts --by first-product --json`` and with an independent
pandas count of customers per first-order product; the same split in Segments > Side by
side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from tests.core.engine.first_product_oracle import cohort_sizes
from tests.ui.user.screen import (
    cli_json,
    click_tab,
    numbers,
    open_demo,
    table_texts,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)
from tests.ui.user.test_screen_equals_engine import cell_mismatches


def _choose(qtbot, combo, data: str) -> None:
    """Focus the combo box and step to ``data`` with the arrow keys, as a user does."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, [combo.itemText(i) for i in range(combo.count())]
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def test_cohorts_split_by_first_product_and_category(window_in, qtbot):  # noqa: F811
    window = window_in("en")
    ctx = window.ctx
    open_demo(window, qtbot)
    tab = window.tab_widgets["cohorts"]
    click_tab(window.tabs, tab)
    wait_idle(ctx, qtbot, tab)
    combo = tab.dimension
    shown = [combo.itemText(i) for i in range(combo.count())]
    # the split says what it is: the first order's *main* line, not "first order
    # contained" (the Products tab's count), and its tooltip says the difference
    assert "Main product of the first order" in shown
    assert "Main category of the first order" in shown
    i = combo.findData("first-product")
    tip = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    assert "spent most on" in tip and "Products tab" in tip
    project = str(ctx.store.path)
    no_product = QCoreApplication.translate("CohortsTab", "(no product)")
    for dim in ("first-product", "first-category"):
        _choose(qtbot, combo, dim)
        wait_idle(ctx, qtbot, tab)
        engine = cli_json(["metrics", "cohorts", "--project", project, "--by", dim,
                           "--grain", tab.grain.currentData(),
                           "--measure", tab.measure.currentData()])
        rows = engine["cohorts"]
        m = tab.heatmap.matrix
        assert len(rows) > 3 and m is not None and len(m.cohorts) == len(rows), dim
        # row labels: the products' display names; customers without lines last
        assert [m.label(i) for i in range(len(rows))] == [
            no_product if r["cohort"] is None else r["cohort"] for r in rows]
        bad = []
        sizes = {}
        for i, row in enumerate(rows):
            cells = [c for c in row["cells"] if int(c["k"]) in (0, 1, 3)]
            for cell in cells:
                lines = tab.heatmap.cell_text(i, m.ages.index(int(cell["k"]))).splitlines()
                bad += cell_mismatches(f"{dim} {row['cohort']} age {cell['k']}", lines,
                                       row["size"], cell)
            sizes[row["cohort"]] = row["size"]
        assert not bad, "\n".join(bad)
        # the cohort sizes the screen shows are the customers per first-order product
        assert sizes == cohort_sizes(ctx.store.cursor(), dim), dim


def test_segments_side_by_side_by_first_category(window_in, qtbot):  # noqa: F811
    """Segments > Side by side, dimension "Main category of the first order" chosen with the keyboard:
    one row per category with the customers ``metrics compare --by first-category`` counts."""
    window = window_in("en")
    ctx = window.ctx
    open_demo(window, qtbot)
    tab = window.tab_widgets["segments"]
    click_tab(window.tabs, tab)
    wait_idle(ctx, qtbot, tab)
    _choose(qtbot, tab.dimension, "first-category")
    wait_idle(ctx, qtbot, tab)
    assert tab.dimension.currentText() == "Main category of the first order"
    assert "Products tab" in tab.dimension.toolTip()  # the closed box explains it too
    engine = cli_json(["metrics", "compare", "--project", str(ctx.store.path),
                       "--by", "first-category", "--n", str(tab.n_days.value())])
    rows = table_texts(tab.breakdown.view)
    base = QCoreApplication.translate("SegmentsTab", "baseline")
    shown = {r[0].replace(f"  ({base})", ""): round(numbers(r[1])[0].value) for r in rows}
    want = {v["value"]: v["customers"] for v in engine["values"]}
    assert len(want) > 3 and {k: shown.get(k) for k in want} == want
    assert rows[0][0].startswith(engine["baseline"])

"""A shop owner picks a product in the filter bar, with the mouse and the keyboard, and
the Overview's cards become the engine's numbers for that product's customers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from retention_desktop.core.demo_products import CATALOGUE
from tests.ui.user.screen import open_demo, wait_idle, window_in  # noqa: F401 - fixture
from tests.ui.user.test_screen_equals_engine import check_overview


def pick_product(window, qtbot, search: str, mode_index: int = 0) -> None:
    """Click the Product button; in its pop-up choose the mode, type into the search
    field, Enter (first match), Enter (pick it)."""
    button = window.filter_bar.products
    popup = button.popup
    done = []

    def in_popup() -> None:
        if not button.menu().isVisible():
            QTimer.singleShot(50, in_popup)
            return
        while popup.mode.currentIndex() != mode_index:  # arrow keys on the mode box
            key = Qt.Key.Key_Down if popup.mode.currentIndex() < mode_index else Qt.Key.Key_Up
            qtbot.keyClick(popup.mode, key)
        qtbot.keyClick(popup.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(popup.search, search)  # replaces an earlier search
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
        qtbot.keyClick(popup.list, Qt.Key.Key_Return)
        done.append(True)

    QTimer.singleShot(50, in_popup)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done) and not button.menu().isVisible(), timeout=10_000)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_product_filter_changes_overview_to_engine(window_in, qtbot, lang):  # noqa: F811
    window = window_in(lang)
    open_demo(window, qtbot)
    bar = window.filter_bar
    assert bar.products.isVisible()  # the demo shop has product lines
    # ... and the bar with its Product picker still fits a 1024-px screen
    assert window.minimumSizeHint().width() <= 1024, window.minimumSizeHint()
    # every product is listed once, with its customers
    assert bar.products.popup.list.count() == len(CATALOGUE) + 1
    before = window.tab_widgets["overview"].cards["customers"].value.text()
    pick_product(window, qtbot, "lahijan")
    qtbot.waitUntil(lambda: window.ctx.spec.first_product == ("t-101",), timeout=5_000)
    wait_idle(window.ctx, qtbot)
    assert "Lahijan black tea 500g" in bar.active.text()
    assert "Lahijan" in bar.products.text()
    bad = check_overview(window, qtbot, str(window.ctx.store.path), lang, f"{lang} first tea:")
    assert not bad, "\n".join(bad)
    assert window.tab_widgets["overview"].cards["customers"].value.text() != before
    # the other way of asking: customers who ever bought saffron 1 g
    pick_product(window, qtbot, "saffron 1", mode_index=1)
    qtbot.waitUntil(lambda: window.ctx.spec.bought_product == ("s-201",)
                    and not window.ctx.spec.first_product, timeout=5_000)
    wait_idle(window.ctx, qtbot)
    bad = check_overview(window, qtbot, str(window.ctx.store.path), lang, f"{lang} saffron:")
    assert not bad, "\n".join(bad)
    # Clear filters empties the picker too; a saved segment with a product brings it back
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.ctx.spec.bought_product, timeout=5_000)
    assert bar.products.text() == bar.products.tr("Product: all")
    from retention_desktop.core.engine.spec import FilterSpec

    saved = FilterSpec.from_json(FilterSpec(first_product=("t-101",)).to_json())
    bar.set_spec(saved)  # what choosing a saved segment in the Segment box does
    assert bar.products.value() == {"first_product": ("t-101",), "bought_product": ()}
    assert "Lahijan" in bar.products.text() and bar.build_spec() == window.ctx.spec

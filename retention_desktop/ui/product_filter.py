"""The filter bar's "Product" picker: customers whose first order contained a product, or
who ever bought it.

A tool button whose pop-up holds the two ways of filtering, a search field and the
project's products by display name with the number of customers the chosen way keeps:
whose first order contained it, or who ever bought it (switching the way updates them). Shown
only when the project has line items (order-level imports have no products).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from retention_desktop.core.store.product_key import product_key
from retention_desktop.ui import fmt
from retention_desktop.ui.customer_group import set_elided_text

FIRST, BOUGHT = "first_product", "bought_product"


class _ProductPopup(QWidget):
    """Mode, search field and product list (lives inside the button's menu)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Customers whose first order contained…"), FIRST)
        self.mode.addItem(self.tr("Customers who ever bought…"), BOUGHT)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search products"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setMinimumSize(320, 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.mode)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._filter)
        # Enter in the search field moves to the first match in the list (keyboard users)
        self.search.returnPressed.connect(self._first_visible)

    def _filter(self, text: str) -> None:
        folded = product_key(text) or ""
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            hay = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(bool(folded) and bool(key) and folded not in hay)
        self._first_visible(select_only=True)

    def _first_visible(self, select_only: bool = False) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.isHidden() and item.data(Qt.ItemDataRole.UserRole):
                self.list.setCurrentItem(item)
                if not select_only:
                    self.list.setFocus()
                return


class ProductFilterButton(QToolButton):
    """Pick one product for the product filters (or any).

    Signals
    -------
    changed
        The user picked a product, "Any product" or another mode with a product chosen.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.popup = _ProductPopup()
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.popup)
        menu.addAction(action)
        menu.aboutToShow.connect(self.popup.search.setFocus)
        self.setMenu(menu)
        self.names: dict[str, str] = {}
        self.counts: dict[str, dict[str, int]] = {FIRST: {}, BOUGHT: {}}
        self._pair: dict[str, tuple[str, ...]] = {FIRST: (), BOUGHT: ()}
        self.popup.list.itemClicked.connect(self._picked)
        self.popup.list.itemActivated.connect(self._picked)
        self.popup.mode.activated.connect(lambda _i: self._mode_changed())
        self.setProperty("tip", self.tr(
            "Only customers whose first order contained a product, or who ever bought it "
            "(from the product lines of the imported orders)"))
        self._update_text()

    def set_products(self, products: list[tuple[str, str, int]],
                     first_counts: dict[str, int] | None = None) -> None:
        """Fill the list with ``(key, display name, customers who bought it)``;
        ``first_counts``: customers whose first order had each product. Hides the button
        when empty."""
        self.names = {key: name for key, name, _n in products}
        self.counts = {BOUGHT: {key: n for key, _name, n in products},
                       FIRST: dict(first_counts or {})}
        lst = self.popup.list
        lst.clear()
        any_item = QListWidgetItem(self.tr("Any product"), lst)
        any_item.setData(Qt.ItemDataRole.UserRole, "")
        for key, name, _n in products:
            item = QListWidgetItem(name, lst)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{product_key(name) or ''} {key}")
        self._show_counts()
        self.setVisible(bool(products))
        self._update_text()

    def _show_counts(self) -> None:
        """Each product with the customers the chosen way would keep, in brackets, most
        first."""
        mode = self.mode()
        counts = self.counts.get(mode, {})
        lst = self.popup.list
        # sorted by the counts shown (most customers first), re-sorted when the mode changes
        items = [lst.takeItem(1) for _ in range(lst.count() - 1)]
        items.sort(key=lambda it: (-counts.get(it.data(Qt.ItemDataRole.UserRole), 0),
                                   self.names.get(it.data(Qt.ItemDataRole.UserRole), "")))
        for item in items:
            lst.addItem(item)
        if self.popup.search.text():
            self.popup._filter(self.popup.search.text())  # the search still applies
        for i in range(lst.count()):
            item = lst.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key:
                item.setText(f"{self.names[key]}  ({fmt.integer(counts.get(key, 0))})")
        lst.setToolTip(self.tr("Number in brackets: customers whose first order contained "
                               "the product") if mode == FIRST else
                       self.tr("Number in brackets: customers who ever bought the product"))

    def _picked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) or None
        self._pair = {FIRST: (), BOUGHT: ()}
        if key:
            self._pair[self.mode()] = (key,)
        self.menu().hide()
        self._update_text()
        self.changed.emit()

    def _mode_changed(self) -> None:
        keys = self._pair[FIRST] or self._pair[BOUGHT]
        self._pair = {FIRST: (), BOUGHT: ()}
        self._pair[self.mode()] = keys
        self._show_counts()
        self._update_text()
        if keys:
            self.changed.emit()

    def mode(self) -> str:
        """``'first_product'`` or ``'bought_product'``."""
        return self.popup.mode.currentData()

    def value(self) -> dict[str, tuple[str, ...]]:
        """The FilterSpec fields ``first_product`` and ``bought_product`` it describes."""
        return dict(self._pair)

    def set_value(self, first: tuple[str, ...], bought: tuple[str, ...]) -> None:
        """Show a spec's product filters (kept whole, even several products); emits nothing."""
        self._pair = {FIRST: tuple(first), BOUGHT: tuple(bought)}
        mode = FIRST if first or not bought else BOUGHT
        self.popup.mode.setCurrentIndex(self.popup.mode.findData(mode))
        self._show_counts()
        self._update_text()

    def _update_text(self) -> None:
        parts = []
        for field, text in ((FIRST, self.tr("First order had: {0}")),
                            (BOUGHT, self.tr("Bought: {0}"))):
            if self._pair[field]:
                parts.append(text.format(" / ".join(self.names.get(k, k)
                                                    for k in self._pair[field])))
        set_elided_text(self, " · ".join(parts) if parts else self.tr("Product: all"))

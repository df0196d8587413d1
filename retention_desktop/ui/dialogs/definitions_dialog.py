"""Help > Definitions: every metric's definition card, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.engine import definitions


def card_html(card: definitions.Definition, tr=lambda s: s) -> str:
    """A definition card as small HTML (tooltips and the dialog share it).

    Every field is shown translated; in fa/ar the card reads right to left and only its
    formulas are left-to-right runs (``(E - N) / S0``, never ``S0 / (E - N)``).
    """
    from html import escape

    from retention_desktop.core import formatting
    from retention_desktop.core.bidi import bidi_formulas, prose_digits

    loc = formatting.current_locale()

    def show(text: str) -> str:
        # numbers in the words in the chosen digits; formulas keep theirs
        return escape(bidi_formulas(prose_digits(tr(text), loc), loc))

    rows = [
        (tr("Formula"), card.formula),
        (tr("Counted over"), card.denominator),
        (tr("Window"), card.window),
    ]
    body = "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{show(v)}</td></tr>" for k, v in rows if v and v != "-"
    )
    html = (f"<h3>{show(card.name)}</h3><p>{show(card.description)}</p>"
            f"<table cellspacing='4'>{body}</table>")
    return f"<div dir='rtl'>{html}</div>" if loc.rtl else html


def card_tooltip(key: str, tr=lambda s: s) -> str:
    """Tooltip HTML for the card ``key`` (empty when the card is unknown)."""
    try:
        return card_html(definitions.get(key), tr)
    except KeyError:
        return ""


class DefinitionsDialog(QDialog):
    """Lists every registered definition card with a search box."""

    def __init__(self, parent: QWidget | None = None, select: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Metric definitions"))
        self.resize(820, 520)
        # headline figures first: the dialog opens on what the Overview and report show
        self.cards = definitions.ordered_definitions()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search definitions…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.view = QTextBrowser(self)
        for card in self.cards:
            item = QListWidgetItem(self.tr(card.name))
            item.setData(Qt.ItemDataRole.UserRole, card.key)
            self.list.addItem(item)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setSizes([260, 560])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.search.textChanged.connect(self._filter)
        keys = [c.key for c in self.cards]
        self.list.setCurrentRow(keys.index(select) if select in keys else 0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.view.clear()
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self.view.setHtml(card_html(definitions.get(key), self.tr))

    def _filter(self, text: str) -> None:
        text = text.casefold()
        for i, card in enumerate(self.cards):
            hay = " ".join((card.name, card.description, card.formula, card.key)).casefold()
            self.list.item(i).setHidden(bool(text) and text not in hay)

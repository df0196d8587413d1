"""The filter bar's "Customers" picker: lifecycle stage and RFM segment.

A tool button with a menu of two exclusive groups: the lifecycle stage (new, active,
reactivated, at risk, churned) and the RFM segment (Champions ... Lost). The names come
from ``core.clv`` and their explanations from the definition cards and the RFM rule
table, so nothing is defined twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from retention_desktop.core.engine import definitions
from retention_desktop.ui.dialogs.definitions_dialog import card_tooltip
from retention_desktop.ui.filter_labels import (
    SEGMENTS,
    STAGES,
    segment_label,
    segment_meaning,
    stage_label,
)
from retention_desktop.ui.i18n import tr_core

#: Definition cards of the two groups (registered by ``core.clv.definitions``).
STAGE_SEGMENT_CARDS = ("clv_lifecycle_stage", "clv_rfm_segment")


def _card_tr(text: str) -> str:
    """Card text in the UI language (cards are translated in context ``definitions``;
    the row headings of a card tooltip in the empty context)."""
    translated = tr_core(text, "definitions")
    return translated if translated != text else tr_core(text, "")


#: Widest text of a filter button (pixels at the UI font); longer choices are elided and
#: shown in full in the tooltip and in the active-filters line.
MAX_BUTTON_TEXT_PX = 170


def set_elided_text(button: QToolButton, text: str, max_px: int = MAX_BUTTON_TEXT_PX) -> None:
    """Show ``text`` on ``button``, elided to ``max_px`` (the full text as tooltip when cut).

    Parameters
    ----------
    button : QToolButton
    text : str
    max_px : int
        Widest text in pixels, so long values cannot widen the filter bar.
    """
    shown = button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max_px)
    button.setText(shown)
    tip = button.property("tip") or ""  # the button's own explanation, if any
    button.setToolTip("\n\n".join(t for t in (text if shown != text else "", tip) if t))


class CustomerGroupButton(QToolButton):
    """Pick a lifecycle stage and/or an RFM segment (both optional).

    Signals
    -------
    changed
        The user picked another stage or segment.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        stage_card, segment_card = (definitions.get(k) for k in STAGE_SEGMENT_CARDS)
        stage_tip = card_tooltip(stage_card.key, _card_tr)
        # Section titles are the cards' names: one definition, one translation.
        menu.addSection(_card_tr(stage_card.name))
        self.stage_actions = self._group(menu, self.tr("Any stage"), stage_tip, [
            (s, stage_label(s), stage_tip) for s in STAGES])
        menu.addSection(_card_tr(segment_card.name))
        self.segment_actions = self._group(
            menu, self.tr("Any segment"), card_tooltip(segment_card.key, _card_tr),
            [(s, segment_label(s), segment_meaning(s)) for s in SEGMENTS])
        self.setMenu(menu)
        self.setProperty("tip", self.tr("Only customers in this lifecycle stage and/or RFM "
                                        "segment (as of the newest order in the data)"))
        self._update_text()

    def _group(self, menu: QMenu, any_text: str, any_tip: str,
               items: list[tuple[str, str, str]]) -> dict[str, QAction]:
        group = QActionGroup(menu)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for key, text, tip in [("", any_text, any_tip), *items]:
            act = QAction(text, menu)
            act.setCheckable(True)
            act.setData(key)
            if tip:
                act.setToolTip(tip)
            group.addAction(act)
            menu.addAction(act)
            actions[key] = act
        actions[""].setChecked(True)
        group.triggered.connect(lambda _action: self._picked())
        return actions

    def _picked(self) -> None:
        self._update_text()
        self.changed.emit()

    @staticmethod
    def _checked(actions: dict[str, QAction]) -> str | None:
        return next((k for k, a in actions.items() if a.isChecked() and k), None)

    def stage(self) -> str | None:
        """The chosen lifecycle stage (``None`` = any)."""
        return self._checked(self.stage_actions)

    def segment(self) -> str | None:
        """The chosen RFM segment (``None`` = any)."""
        return self._checked(self.segment_actions)

    def set_value(self, stage: str | None, segment: str | None) -> None:
        """Show a stage and segment (unknown names count as any); emits nothing."""
        for actions, key in ((self.stage_actions, stage), (self.segment_actions, segment)):
            actions.get(key or "", actions[""]).setChecked(True)
        self._update_text()

    def _update_text(self) -> None:
        stage, segment = self.stage(), self.segment()
        chosen = [stage_label(stage)] if stage else []
        if segment:
            chosen.append(segment_label(segment))
        set_elided_text(self, self.tr("Customers: {0}").format(" · ".join(chosen)) if chosen
                        else self.tr("Customers: all"))

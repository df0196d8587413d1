"""A menu of check boxes that stays open while the user ticks several of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu


class MultiSelectMenu(QMenu):
    """``QMenu`` whose checkable actions toggle without closing the menu.

    A plain ``QMenu`` closes after every tick, so picking three countries took three
    trips to the filter bar. Here a click or Space ticks and the menu stays; Enter ticks
    and closes, Esc or a click outside closes. Non-checkable actions behave as usual.
    """

    def _toggle_active(self) -> bool:
        action = self.activeAction()
        if action is None or not action.isEnabled() or not action.isCheckable() \
                or action.menu() is not None:
            return False
        action.trigger()  # toggles and emits triggered/toggled like a normal tick
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and \
                self.actionAt(event.position().toPoint()) is self.activeAction() and \
                self._toggle_active():
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self._toggle_active():
            event.accept()
            return
        super().keyPressEvent(event)

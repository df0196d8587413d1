"""Reading back what the screen shows (the number parser is screen.Shown's, one for both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from retention_desktop.core import formatting
from tests.ui.user.screen import Shown


def plain(text: str) -> str:
    """Displayed text without bidi controls, digits made Latin."""
    return formatting.to_latin_digits(text)


def shown_number(text: str) -> float:
    """A number as displayed in en, fa or ar (``97.5%``, ``۹۷٫۵٪``, ``١٬٠٠٠``, ``−2``)."""
    return Shown(text).value


def tr(context: str, source: str) -> str:
    """The installed translation of ``source`` (what the user reads for it)."""
    return QCoreApplication.translate(context, source)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key; a Persian/Arabic keyboard layout sends
    key events carrying the character (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))

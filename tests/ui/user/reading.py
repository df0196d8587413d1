"""Reading back what the screen shows, independently of the app's formatting module."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_DIGITS = {ord(d): str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_DIGITS.update({ord(d): str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")})
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u061c"


def plain(text: str) -> str:
    """Displayed text without bidi controls, digits made Latin."""
    return "".join(c for c in text if c not in _MARKS).translate(_DIGITS)


def shown_number(text: str) -> float:
    """A number as displayed in en, fa or ar (``97.5%``, ``۹۷٫۵٪``, ``١٬٠٠٠``, ``−2``)."""
    s = plain(text).strip()
    for sep in ("٬", ",", "\u00a0", " ", "%", "٪"):
        s = s.replace(sep, "")
    s = s.replace("٫", ".").replace("\u2212", "-")
    return float(s)


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

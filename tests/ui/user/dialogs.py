"""Open a dialog the way a user does and close it through its own buttons.

A modal ``exec()`` blocks the test, so a timer started *before* the click watches for
the dialog, lets the test look at it (``inspect``) and then closes it (``close``): by
clicking its Cancel/Close button (a message box's only button when it has one), or
Escape for dialogs without a button box (print preview).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
)

_CLOSING_ROLES = (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole,
                  QDialogButtonBox.ButtonRole.DestructiveRole)


def close_button(dialog: QDialog) -> QAbstractButton | None:
    """The button a user presses to leave ``dialog`` without doing anything."""
    if isinstance(dialog, QMessageBox):
        buttons = dialog.buttons()
        for b in buttons:
            if dialog.buttonRole(b) in (QMessageBox.ButtonRole.RejectRole,
                                        QMessageBox.ButtonRole.NoRole):
                return b
        return buttons[0] if len(buttons) == 1 else None
    for box in dialog.findChildren(QDialogButtonBox):
        if not box.isVisible():
            continue
        for b in box.buttons():
            if box.buttonRole(b) in _CLOSING_ROLES and b.isVisible() and b.isEnabled():
                return b
    return None


def cancel(qtbot, dialog: QDialog) -> None:
    """Close ``dialog`` through its Cancel/Close button (Escape when it has none)."""
    button = close_button(dialog)
    if button is not None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _new_dialog(expect: type, seen_before: list) -> QDialog | None:
    # compared by identity with the wrappers kept in ``seen_before`` (ids of freed
    # wrappers are reused: a set of ids once mistook a new file dialog for an old one)
    def new(w) -> bool:
        return isinstance(w, expect) and w.isVisible() and not any(w is b for b in seen_before)

    w = QApplication.activeModalWidget()
    if new(w):
        return w
    for w in QApplication.topLevelWidgets():  # window-modal dialogs opened with open()
        if new(w):
            return w
    return None


def open_and_close(qtbot, trigger: Callable[[], object], expect: type = QDialog, *,
                   inspect: Callable[[QDialog], object] | None = None,
                   close: Callable[[object, QDialog], object] = cancel,
                   timeout: int = 20_000) -> dict:
    """Run ``trigger`` (a click), wait for a new ``expect`` dialog, inspect, close it.

    ``inspect(dialog)`` may return False to be asked again on the next tick (e.g. the
    print preview still laying out pages). Returns what was seen: ``title``, ``rtl``,
    ``type`` and ``inspected`` (``inspect``'s last return value).
    """
    before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen: dict = {"unexpected": []}
    timer = QTimer()
    timer.setInterval(30)
    waited = QElapsedTimer()
    waited.start()

    def tick() -> None:
        if "closing" in seen:
            dialog = seen["dialog"]
            if (shiboken6.isValid(dialog) and dialog.isVisible()
                    and waited.elapsed() > seen["closing"] + 15_000):
                # the close did not take: report it, and end the modal loop ourselves
                # (the test's code waits behind it)
                seen.setdefault("error", AssertionError(
                    f"{type(dialog).__name__} {dialog.windowTitle()!r} did not close"))
                dialog.reject()
                return
            # closing may run a nested event loop (e.g. a "file not found" box): close any
            # dialog that pops up meanwhile, and report it, instead of waiting forever
            other = QApplication.activeModalWidget()
            if isinstance(other, QDialog) and other is not seen["dialog"] and other.isVisible():
                text = other.text() if isinstance(other, QMessageBox) else ""
                seen["unexpected"].append(f"{type(other).__name__} {other.windowTitle()!r} {text!r}")
                other.reject()
            return
        dialog = seen.get("dialog") or _new_dialog(expect, before)
        if dialog is None:
            if waited.elapsed() > timeout:  # never block the run in someone else's dialog
                other = QApplication.activeModalWidget()
                seen["error"] = AssertionError(
                    f"no {expect.__name__} appeared; the active dialog is {other!r}")
                seen["closed"] = True
                timer.stop()
                if other is not None:
                    other.close()
            return
        seen["dialog"] = dialog
        try:
            result = inspect(dialog) if inspect is not None else True
        except Exception as exc:  # noqa: BLE001 - reported by the test, dialog still closed
            seen["error"], result = exc, True
        if result is False:
            return
        seen.update(title=dialog.windowTitle(), rtl=dialog.isRightToLeft(),
                    type=type(dialog).__name__, inspected=result, closing=waited.elapsed())
        try:
            close(qtbot, dialog)
        except Exception as exc:  # noqa: BLE001 - reported by the test; the watchdog closes
            seen.setdefault("error", exc)
        seen["closed"] = True

    timer.timeout.connect(tick)
    timer.start()
    try:
        trigger()
        qtbot.waitUntil(lambda: "closed" in seen, timeout=timeout + 5_000)
        dialog = seen.get("dialog")
        if dialog is not None:
            qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                            timeout=10_000)
    finally:
        timer.stop()
    assert not seen["unexpected"], f"unexpected dialogs: {seen['unexpected']}"
    if "error" in seen:
        raise seen["error"]
    for key in ("dialog", "closing", "unexpected"):
        seen.pop(key, None)
    return seen

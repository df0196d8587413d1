"""The installed Qt binding must not corrupt reference counts (PySide6 6.12.0 on Python 3.11
returned None from void methods without a reference: every long session crashed)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
        label.setEnabled(True)
    after = sys.getrefcount(None)
    assert before - after < 500, f"None lost {before - after} references in 10000 Qt calls"

"""The product picker lists products by the customer counts it shows (walk-through: it was
sorted by ever-bought counts while showing first-order counts), and re-sorts when the
user switches the mode; the first-order counts are ``metrics products``' customers."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer

from tests.ui.user.screen import cli_json, open_demo, window_in  # noqa: F401 - fixture


def _listed(popup) -> list[tuple[str, int]]:
    out = []
    for i in range(1, popup.list.count()):  # row 0: "Any product"
        m = re.fullmatch(r"(.*)  \(([\d,]+)\)", popup.list.item(i).text())
        assert m, popup.list.item(i).text()
        out.append((m[1], int(m[2].replace(",", ""))))
    return out


def test_picker_sorted_by_shown_counts(window_in, qtbot):  # noqa: F811
    window = window_in("en")
    open_demo(window, qtbot)
    button = window.filter_bar.products
    popup = button.popup
    seen: dict[int, list[tuple[str, int]]] = {}

    def in_popup() -> None:
        if not button.menu().isVisible():
            QTimer.singleShot(50, in_popup)
            return
        for mode in (0, 1, 0):  # arrow keys on the mode box, read the list each time
            while popup.mode.currentIndex() != mode:
                down = popup.mode.currentIndex() < mode
                qtbot.keyClick(popup.mode, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
            seen[mode] = _listed(popup)
        qtbot.keyClick(popup.list, Qt.Key.Key_Escape)

    QTimer.singleShot(50, in_popup)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2 and not button.menu().isVisible(), timeout=10_000)
    if button.menu().isVisible():
        button.menu().hide()
    for mode, rows in seen.items():
        counts = [n for _name, n in rows]
        assert counts == sorted(counts, reverse=True), (mode, rows)
    assert [n for _, n in seen[0]] != [n for _, n in seen[1]]  # the modes count differently
    engine = cli_json(["metrics", "products", "--project", str(window.ctx.store.path)])
    first = {r["name"]: r["customers"] for r in engine["rows"]}
    assert {name: n for name, n in seen[0] if name in first} == first

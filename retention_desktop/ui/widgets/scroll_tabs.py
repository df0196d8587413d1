"""A tab widget whose pages scroll instead of forcing the window to their minimum size.

A ``QTabWidget`` is as large as the largest minimum size of all its pages, visited or
not: one wide tool row in one tab made the whole window at least ~1,200 px wide. Each
page here sits in a frameless :class:`QScrollArea`, so a small screen (1024×600) shows
scroll bars on the page that needs them, and every other page simply fits.

The wrapper is invisible to callers: ``addTab``, ``widget``, ``currentWidget``,
``setCurrentWidget`` and ``indexOf`` take and return the page itself, not its scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class ScrollingTabWidget(QTabWidget):
    """``QTabWidget`` that wraps every page in a scroll area (see the module docstring)."""

    def addTab(self, page: QWidget, *args) -> int:  # noqa: N802 - Qt's name
        area = QScrollArea(self)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.viewport().setBackgroundRole(page.backgroundRole())
        area.setWidget(page)
        area.setObjectName(f"scroll_{page.objectName()}" if page.objectName() else "")
        return super().addTab(area, *args)

    @staticmethod
    def _page(area: QWidget | None) -> QWidget | None:
        return area.widget() if isinstance(area, QScrollArea) else area

    def widget(self, index: int) -> QWidget | None:
        return self._page(super().widget(index))

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._page(super().currentWidget())

    def scroll_area(self, index: int) -> QScrollArea | None:
        """The scroll area that holds page ``index``."""
        area = super().widget(index)
        return area if isinstance(area, QScrollArea) else None

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        for i in range(self.count()):
            if self.widget(i) is page or super().widget(i) is page:
                return i
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

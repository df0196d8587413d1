"""The tab registry: adding a tab to the main window is one line in ``TABS``.

A tab is an :class:`~retention_desktop.ui.tabs.base.AnalysisTab` (one lifecycle: visible →
compute, hidden → stale, cancel on change) constructed as ``Tab(ctx, parent=None)`` (see
``retention_desktop.ui.context``). Optional tab methods the window uses:
``export_current()`` (File > Export…), ``print_widget()`` (the widget File > Print…
prints; default: the tab itself).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TabEntry:
    """One tab: stable key, module path, class name, untranslated title."""

    key: str
    module: str
    cls: str
    title: str


TABS: tuple[TabEntry, ...] = (
    TabEntry("data", "retention_desktop.ui.tabs.data_tab", "DataTab",
             QT_TRANSLATE_NOOP("Tabs", "Data")),
    TabEntry("overview", "retention_desktop.ui.tabs.overview_tab", "OverviewTab",
             QT_TRANSLATE_NOOP("Tabs", "Overview")),
    TabEntry("cohorts", "retention_desktop.ui.tabs.cohorts_tab", "CohortsTab",
             QT_TRANSLATE_NOOP("Tabs", "Cohorts")),
    TabEntry("products", "retention_desktop.ui.tabs.products_tab", "ProductsTab",
             QT_TRANSLATE_NOOP("Tabs", "Products")),
    TabEntry("segments", "retention_desktop.ui.tabs.segments_tab", "SegmentsTab",
             QT_TRANSLATE_NOOP("Tabs", "Segments && campaigns")),
    TabEntry("customers", "retention_desktop.ui.tabs.customers_tab", "CustomersTab",
             QT_TRANSLATE_NOOP("Tabs", "Customers")),
    TabEntry("abtest", "retention_desktop.ui.tabs.abtest_tab", "AbTestTab",
             QT_TRANSLATE_NOOP("Tabs", "A/B tests")),
    TabEntry("report", "retention_desktop.ui.tabs.report_tab", "ReportTab",
             QT_TRANSLATE_NOOP("Tabs", "Report")),
)


def load_tab_class(entry: TabEntry):
    """The tab's class (its module is imported when the window builds its tabs)."""
    return getattr(importlib.import_module(entry.module), entry.cls)

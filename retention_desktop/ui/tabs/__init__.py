"""The tab registry: adding a tab to the main window is one line in ``TABS``.

A tab is a ``QWidget`` subclass constructed as ``Tab(ctx, parent=None)`` (see
``retention_desktop.ui.context``). Entries whose module is not there yet (work merged
later) are skipped, or replaced by a placeholder when ``placeholder`` is set. Optional
tab methods the window uses: ``export_current()`` (File > Export…), ``print_widget()``
(the widget File > Print… prints; default: the tab itself).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabEntry:
    """One tab: stable key, module path, class name, untranslated title."""

    key: str
    module: str
    cls: str
    title: str
    placeholder: str = ""  # shown when the module is missing; empty = hide the tab


TABS: tuple[TabEntry, ...] = (
    TabEntry("data", "retention_desktop.ui.tabs.data_tab", "DataTab",
             QT_TRANSLATE_NOOP("Tabs", "Data")),
    TabEntry("overview", "retention_desktop.ui.tabs.overview_tab", "OverviewTab",
             QT_TRANSLATE_NOOP("Tabs", "Overview")),
    TabEntry("cohorts", "retention_desktop.ui.tabs.cohorts_tab", "CohortsTab",
             QT_TRANSLATE_NOOP("Tabs", "Cohorts")),
    TabEntry("segments", "retention_desktop.ui.tabs.segments_tab", "SegmentsTab",
             QT_TRANSLATE_NOOP("Tabs", "Segments && campaigns"),
             placeholder=QT_TRANSLATE_NOOP(
                 "Tabs", "Breakdowns by channel, campaign or country, CAC and the what-if "
                 "projection will appear here in the next version.")),
    TabEntry("customers", "retention_desktop.ui.tabs.customers_tab", "CustomersTab",
             QT_TRANSLATE_NOOP("Tabs", "Customers")),
    TabEntry("abtest", "retention_desktop.ui.tabs.abtest_tab", "AbTestTab",
             QT_TRANSLATE_NOOP("Tabs", "A/B tests")),
    TabEntry("report", "retention_desktop.ui.tabs.report_tab", "ReportTab",
             QT_TRANSLATE_NOOP("Tabs", "Report")),
)


def load_tab_class(entry: TabEntry):
    """The tab's class, or None when its module has not landed yet.

    When ``entry.cls`` is not in the module, the single ``QWidget`` subclass whose name
    ends in ``Tab`` defined there is used (helpers may name their class differently).
    """
    from PySide6.QtWidgets import QWidget

    try:
        module = importlib.import_module(entry.module)
    except ModuleNotFoundError as exc:
        if exc.name == entry.module:
            return None
        raise
    cls = getattr(module, entry.cls, None)
    if cls is None:
        candidates = [
            obj for name, obj in vars(module).items()
            if isinstance(obj, type) and issubclass(obj, QWidget) and name.endswith("Tab")
            and obj.__module__ == module.__name__
        ]
        if len(candidates) == 1:
            cls = candidates[0]
    if cls is None:
        log.warning("tab module %s has no class %s", entry.module, entry.cls)
    return cls

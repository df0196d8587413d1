"""Application context shared by the main window and every tab.

A tab is an :class:`~retention_desktop.ui.tabs.base.AnalysisTab` constructed as
``Tab(ctx, parent=None)``. It reads ``ctx.store``, ``ctx.settings`` and ``ctx.spec``
(never a copy), follows the three signals below (``follow_context``) and submits its
computations to ``ctx.runner`` under ``request_id`` (never computing on the GUI thread).
``settings`` is the one owner of the calendar and currency: the formatting locale gets a
copy through ``sync_locale_with_settings``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from retention_desktop.core.engine.spec import (
    SETTINGS_META_KEY,
    FilterSpec,
    Settings,
    saved_settings,
)
from retention_desktop.core.store import ProjectStore, queries
from retention_desktop.ui.i18n import default_analysis_settings, sync_locale_with_settings
from retention_desktop.ui.runner import TaskRunner

log = logging.getLogger(__name__)

DEMO_META_KEY = "demo"
FILTER_OPTIONS_KEY = "filter-values"


class AppContext(QObject):
    """Holds the open project, the analysis settings, the active filter and the runner.

    Parameters
    ----------
    runner : TaskRunner, optional
        The one task runner (created when omitted).
    parent : QObject, optional
        Qt parent.

    Signals
    -------
    projectChanged()
        Another project was opened/closed, or its data changed (after an import).
    filterChanged()
        ``spec`` changed (the global filter bar).
    settingsChanged()
        ``settings`` changed (settings dialog, or a new project brought its own).
    """

    projectChanged = Signal()
    filterChanged = Signal()
    settingsChanged = Signal()

    def __init__(self, runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if runner is not None else TaskRunner(self)
        self.store: ProjectStore | None = None
        self.settings = default_analysis_settings()
        self.spec = FilterSpec()
        # bumped when the project or its rows change: part of every request_id
        self.data_version = 0
        # callers waiting for the filter choices, and whether the running query reads
        # the project's current rows (connected first, so it runs before every tab's slot)
        self._options_waiting: list[Callable[[queries.FilterOptions], object]] = []
        self._options_query_current = False
        self.projectChanged.connect(self._options_outdated)

    # ------------------------------------------------------------------ project
    @property
    def is_demo(self) -> bool:
        """Whether the open project is the bundled demo shop."""
        if self.store is None:
            return False
        try:
            return bool(self.store.get_meta(DEMO_META_KEY, False))
        except Exception:  # noqa: BLE001 - a damaged meta row must not break the UI
            return False

    def set_store(self, store: ProjectStore | None, *, close_old: bool = True) -> None:
        """Switch to another project (or none); loads its settings, resets the filter.

        Running tasks are cancelled first: they hold cursors on the old file.
        """
        self.runner.cancel_all()
        self.runner.wait_idle(10_000)
        old = self.store
        self.store = store
        if close_old and old is not None and old is not store:
            old.close()
        self.spec = FilterSpec()
        self.settings = self._load_settings()
        self.data_version += 1
        sync_locale_with_settings(self.settings)
        self.settingsChanged.emit()
        self.filterChanged.emit()
        self.projectChanged.emit()

    def set_money_unit(self, unit: str) -> None:
        """Show Iranian amounts in Rial or Toman at once (1 Toman = 10 Rial; a display
        toggle, stored amounts never change); remembered for the next start."""
        import dataclasses

        from retention_desktop.core import formatting
        from retention_desktop.ui.i18n import load_preferences, save_preferences

        loc = formatting.current_locale()
        if loc.money_unit == unit:
            return
        formatting.set_locale(loc.with_(money_unit=unit))
        save_preferences(dataclasses.replace(load_preferences(), money_unit=unit))
        self.settingsChanged.emit()

    def notify_data_changed(self) -> None:
        """Tell every tab that the project's rows changed (after an import).

        The settings are read again: an import may have detected the data's currency,
        which every amount shows from then on.
        """
        self.data_version += 1
        settings = self._load_settings()
        if settings != self.settings:
            self.settings = settings
            sync_locale_with_settings(settings)
            self.settingsChanged.emit()
        self.projectChanged.emit()

    def request_id(self, *extra: object) -> tuple:
        """What a tab's job computes now: the data version, filter, settings and ``extra``.

        Passed to ``runner.submit(request=...)``: a change that does not alter it (the
        second and third signal of opening a project) does not start the job again.
        """
        return (self.data_version, id(self.store), self.spec, self.settings, *extra)

    # ------------------------------------------------------------------ filter choices
    def request_filter_options(self, callback: Callable[[queries.FilterOptions], object], *,
                               fresh: bool = False) -> None:
        """Call ``callback(FilterOptions)`` once the open project's filter choices are read.

        The query (dimensions with their values, date range, saved segments) scans the
        orders: the filter bar and the tabs that offer dimensions share one run per data
        change instead of each running its own.

        Parameters
        ----------
        callback : callable
            Called on the GUI thread with the :class:`~retention_desktop.core.store.queries.FilterOptions`.
        fresh : bool
            Read again even if a query of the current rows is running (e.g. after saving
            a segment).
        """
        self._options_waiting.append(callback)
        if fresh or not (self._options_query_current
                         and self.runner.is_running(FILTER_OPTIONS_KEY)):
            self._options_query_current = True
            self.runner.submit(FILTER_OPTIONS_KEY, queries.filter_options, self.store,
                               on_result=self._options_read, on_error=self._options_failed,
                               on_cancelled=self._options_failed)

    def _options_outdated(self) -> None:
        self._options_query_current = False

    def _options_read(self, options: queries.FilterOptions) -> None:
        waiting, self._options_waiting = self._options_waiting, []
        for callback in waiting:
            callback(options)

    def _options_failed(self, *_args) -> None:
        if not self.runner.is_running(FILTER_OPTIONS_KEY):  # not just replaced by a newer one
            self._options_waiting.clear()

    # ------------------------------------------------------------------ filter / settings
    def set_spec(self, spec: FilterSpec) -> None:
        """Apply a new global filter (emits ``filterChanged`` when different)."""
        if spec == self.spec:
            return
        self.spec = spec
        self.filterChanged.emit()

    def set_settings(self, settings: Settings, *, persist: bool = True) -> None:
        """Apply new analysis settings; saved in the project file (meta ``settings``)."""
        if settings == self.settings:
            return
        self.settings = settings
        sync_locale_with_settings(settings)
        if persist and self.store is not None and not self.store.read_only:
            # a write waits for a running import's lock: the runner waits, not the window
            # (a failure reaches the error dialog like every job's)
            self.runner.submit(None, self.store.set_meta, SETTINGS_META_KEY,
                               json.loads(settings.to_json()), cancellable=False)
        self.settingsChanged.emit()

    def _load_settings(self) -> Settings:
        if self.store is None:
            return default_analysis_settings()
        try:
            if self.store.get_meta(SETTINGS_META_KEY, None) is None:
                # First open of a project without settings: the language's defaults
                # (e.g. the Jalali calendar for Persian) become the project's own, so a
                # later change of the interface language does not re-cut its periods.
                settings = default_analysis_settings()
                if not self.store.read_only:
                    self.store.set_meta(SETTINGS_META_KEY, json.loads(settings.to_json()))
                return settings
            return saved_settings(self.store, default_analysis_settings())
        except Exception:  # noqa: BLE001 - a damaged meta row must not break the UI
            log.warning("ignoring unreadable settings in the project")
            return default_analysis_settings()

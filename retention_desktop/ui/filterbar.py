"""The global filter bar above the tabs: date range, dimensions, customer group (lifecycle
stage / RFM segment), min orders, first-order range, product (for projects with product
lines), saved segments, and a line that always shows the active filters.

Edits are debounced (``DEBOUNCE_MS``) and then become one new frozen ``FilterSpec`` on
the context, which every tab follows.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from retention_desktop.core.engine import period as period_presets
from retention_desktop.core.engine.spec import FilterSpec
from retention_desktop.core.store import queries
from retention_desktop.ui import fmt
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.customer_group import CustomerGroupButton, set_elided_text
from retention_desktop.ui.filter_labels import describe_spec, dimension_label
from retention_desktop.ui.i18n import configure_date_edit, tr_core
from retention_desktop.ui.product_filter import ProductFilterButton
from retention_desktop.ui.widgets.menus import MultiSelectMenu

DEBOUNCE_MS = 300


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(parent: QWidget) -> QDateEdit:
    """A date field with a calendar pop-up, in the project's calendar and digits
    (``configure_date_edit`` also sets the display format)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    configure_date_edit(edit)
    return edit


class _RangePopup(QWidget):
    """A checkbox plus from/to date edits (lives inside a tool button's menu)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label, self)
        self.start = _date_edit(self)
        self.end = _date_edit(self)
        for edit in (self.start, self.end):
            edit.setEnabled(False)
            self.enabled.toggled.connect(edit.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)

    def value(self) -> tuple[date | None, date | None]:
        if not self.enabled.isChecked():
            return None, None
        a, b = _pydate(self.start.date()), _pydate(self.end.date())
        return (a, b) if a <= b else (b, a)


class FilterBar(QWidget):
    """Filter controls bound to an :class:`AppContext`."""

    def _apply_calendar(self) -> None:
        for edit in (self.date_from, self.date_to, self.first_popup.start, self.first_popup.end):
            configure_date_edit(edit)
        calendar = self.ctx.settings.calendar
        if calendar != self._calendar:
            self._calendar = calendar
            # "last complete year" of a project switched to Jalali is Farvardin..Esfand
            spec = self._resolved(self.ctx.spec)
            if spec != self.ctx.spec and self.options.date_max is not None:
                self.set_spec(spec)

    PRESETS = period_presets.PRESETS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.options = queries.FilterOptions()
        self._calendar = ctx.settings.calendar
        self._applying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_now)

        self._build_period()
        self._build_customer_filters()
        self._build_segment_controls()
        self._lay_out()

        ctx.projectChanged.connect(self.reload_options)
        ctx.filterChanged.connect(self._show_spec)
        self._set_tab_order()
        self._show_spec()

    def _build_period(self) -> None:
        """The period preset chooser and its custom date pickers."""
        self.period = QComboBox(self)
        for key in self.PRESETS:
            self.period.addItem(tr_core(period_presets.LABELS[key], "FilterBar"), key)
        self.period.setToolTip(self.tr(
            "Reporting period, counted back from the newest order in the data; months, "
            "quarters and years follow the project's calendar. A chosen period moves with "
            "new data and is kept in saved segments."))
        self.date_from = _date_edit(self)
        self.date_to = _date_edit(self)
        for edit in (self.date_from, self.date_to):
            edit.setVisible(False)
            edit.dateChanged.connect(self._schedule)
        # Date pickers follow the project's calendar (Jalali for Persian projects).
        self.ctx.settingsChanged.connect(self._apply_calendar)
        self.period.currentIndexChanged.connect(self._period_changed)

    def _build_customer_filters(self) -> None:
        """Dimension, customer-group, product, minimum-orders and first-order filters."""
        self.dims_layout = QHBoxLayout()
        self.dims_layout.setContentsMargins(0, 0, 0, 0)
        self.dim_buttons: dict[str, tuple[QToolButton, QMenu]] = {}

        self.customers = CustomerGroupButton(self)
        self.customers.changed.connect(self._schedule)

        # Products: only for projects with line items (set_options shows it)
        self.products = ProductFilterButton(self)
        self.products.setVisible(False)
        self.products.changed.connect(self._schedule)

        self.min_orders = QSpinBox(self)
        self.min_orders.setRange(0, 1000)
        self.min_orders.setSpecialValueText(self.tr("any"))
        self.min_orders.setToolTip(self.tr("Only customers with at least this many orders"))
        self.min_orders.valueChanged.connect(self._schedule)

        self.first_button = QToolButton(self)
        self.first_button.setText(self.tr("First order…"))
        self.first_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.first_popup = _RangePopup(self.tr("Only customers whose first order is between"))
        menu = QMenu(self.first_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.first_popup)
        menu.addAction(action)
        self.first_button.setMenu(menu)
        self.first_popup.enabled.toggled.connect(self._schedule)
        self.first_popup.start.dateChanged.connect(self._schedule)
        self.first_popup.end.dateChanged.connect(self._schedule)

    def _build_segment_controls(self) -> None:
        """Saved-segment chooser, its buttons, Clear and the active-filters line."""
        self.segment = QComboBox(self)
        self.segment.setToolTip(self.tr("Saved segments of this project"))
        self.segment.activated.connect(lambda _index: self._segment_chosen())
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save segment…"))
        self.save_button.clicked.connect(self.save_segment)
        self.delete_button = QToolButton(self)
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen saved segment"))
        self.delete_button.clicked.connect(self.delete_segment)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        self.active = QLabel(self)
        self.active.setWordWrap(True)
        self.active.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _lay_out(self) -> None:
        """Two rows: the period and customer pickers; active filters and segments."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Period:"), self))
        row.addWidget(self.period)
        row.addWidget(self.date_from)
        row.addWidget(self.date_to)
        row.addLayout(self.dims_layout)
        row.addWidget(self.customers)
        row.addWidget(QLabel(self.tr("Min orders:"), self))
        row.addWidget(self.min_orders)
        row.addWidget(self.first_button)
        row.addStretch(1)
        # Saved segments and Clear sit beside the active-filters line, so the first row
        # keeps room for the dimension and customer pickers in a 1280-px window.
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.active, 1)
        # the Product picker sits on the second row: on the first it pushed the bar of a
        # demo-sized project past a 1024-px screen
        second.addWidget(self.products)
        second.addWidget(QLabel(self.tr("Segment:"), self))
        second.addWidget(self.segment)
        second.addWidget(self.save_button)
        second.addWidget(self.delete_button)
        second.addWidget(self.clear_button)
        # Fusion draws a pop-up button's arrow over the end of its text: keep room for it
        side = "left" if self.isRightToLeft() else "right"
        self.setStyleSheet(
            f"QToolButton[popupMode=\"2\"] {{ padding-{side}: 10px; }}"
            f"QToolButton[popupMode=\"2\"]::menu-indicator {{ subcontrol-origin: padding;"
            f" subcontrol-position: bottom {side}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(second)

    def _set_tab_order(self) -> None:
        """Tab follows the bar as it is read: the dimension buttons, created when a project
        opens, would otherwise come after every other control."""
        chain = [self.period, self.date_from, self.date_to,
                 *(button for button, _menu in self.dim_buttons.values()),
                 self.customers, self.min_orders, self.first_button, self.products,
                 self.segment, self.save_button, self.delete_button, self.clear_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # ------------------------------------------------------------------ options
    def reload_options(self) -> None:
        """Fetch dimensions, values and saved segments of the project (in the background)."""
        if self.ctx.store is None:
            self.set_options(queries.FilterOptions())
            return
        self.ctx.request_filter_options(self.set_options, fresh=True)

    def set_options(self, options: queries.FilterOptions) -> None:
        """Rebuild the dimension buttons and segment list."""
        self.options = options
        for button, _menu in self.dim_buttons.values():
            button.deleteLater()
        self.dim_buttons.clear()
        for col, raw_label in options.dimensions:
            label = dimension_label(col, raw_label)
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = MultiSelectMenu(button)  # stays open while several values are ticked
            for value, n in options.values.get(col, []):
                act = QAction(f"{value}  ({fmt.integer(n)})", menu)
                act.setCheckable(True)
                act.setData(value)
                act.toggled.connect(self._schedule)
                menu.addAction(act)
            button.setMenu(menu)
            button.setProperty("label", label)
            self.dims_layout.addWidget(button)
            self.dim_buttons[col] = (button, menu)
        self.products.set_products(options.products, options.first_counts)
        self._set_tab_order()
        if options.date_max is not None:
            end = options.date_max.date()
            start = options.date_min.date() if options.date_min is not None else end
            for edit in (self.date_from, self.date_to, self.first_popup.start, self.first_popup.end):
                edit.blockSignals(True)
                edit.setDateRange(_qdate(start - timedelta(days=3650)), _qdate(end + timedelta(days=3650)))
                edit.blockSignals(False)
            self._set_dates(start, end)
        self._fill_segments()
        # controls of the new project show the active filter; a preset ("last 90 days")
        # moves to the new data's end instead of freezing the dates it meant before
        self.set_spec(self._resolved(self.ctx.spec))

    def _resolved(self, spec: FilterSpec) -> FilterSpec:
        """``spec`` with its preset period resolved against this project's data and calendar."""
        end = self.options.date_max.date() if self.options.date_max is not None else None
        return spec.resolved(end, self.ctx.settings.calendar)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, d in ((self.date_from, start), (self.date_to, end),
                        (self.first_popup.start, start), (self.first_popup.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(d))
            edit.blockSignals(False)

    def _fill_segments(self) -> None:
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(self.tr("(none)"), "")
        for name, spec in self.options.segments:
            self.segment.addItem(name, spec)
        self.segment.blockSignals(False)

    # ------------------------------------------------------------------ building the spec
    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self._schedule()

    def _schedule(self, *_args) -> None:
        if not self._applying:
            self._timer.start()

    def date_range(self) -> tuple[date | None, date | None]:
        """The reporting range the period controls describe."""
        end = self.options.date_max.date() if self.options.date_max is not None else None
        return period_presets.resolve(
            self.period.currentData(), end, self.ctx.settings.calendar,
            custom=(_pydate(self.date_from.date()), _pydate(self.date_to.date())))

    def build_spec(self) -> FilterSpec:
        """The FilterSpec the controls describe (keeps fields the bar does not edit)."""
        spec = self.ctx.spec
        date_from, date_to = self.date_range()
        first_from, first_to = self.first_popup.value()
        include = []
        for col, (_button, menu) in self.dim_buttons.items():
            chosen = tuple(a.data() for a in menu.actions() if a.isChecked())
            if chosen:
                include.append((col, chosen))
        key = self.period.currentData()
        return spec.with_(
            date_from=date_from, date_to=date_to, include=tuple(include),
            period=key if key not in ("all", "custom") else None,
            first_order_from=first_from, first_order_to=first_to,
            min_orders=self.min_orders.value() or None,
            lifecycle_stage=self.customers.stage(), rfm_segment=self.customers.segment(),
            **self.products.value(),
        )

    def apply_now(self) -> None:
        """Push the controls' filter to the context immediately."""
        self._timer.stop()
        self._push(self.build_spec())

    def set_spec(self, spec: FilterSpec) -> None:
        """Show ``spec`` in the controls and apply it (saved segments, Clear)."""
        self._applying = True
        try:
            no_dates = spec.date_from is None and spec.date_to is None
            key = (spec.period if period_presets.is_preset(spec.period)
                   and self.period.findData(spec.period) >= 0
                   else "all" if no_dates else "custom")
            self.period.setCurrentIndex(self.period.findData(key))
            self.date_from.setVisible(key == "custom")
            self.date_to.setVisible(key == "custom")
            if spec.date_from or spec.date_to:
                lo = spec.date_from or _pydate(self.date_from.minimumDate())
                hi = spec.date_to or _pydate(self.date_to.maximumDate())
                self.date_from.setDate(_qdate(lo))
                self.date_to.setDate(_qdate(hi))
            chosen = dict(spec.include)
            for col, (_button, menu) in self.dim_buttons.items():
                for act in menu.actions():
                    act.setChecked(act.data() in chosen.get(col, ()))
            self.min_orders.setValue(spec.min_orders or 0)
            self.customers.set_value(spec.lifecycle_stage, spec.rfm_segment)
            self.products.set_value(spec.first_product, spec.bought_product)
            has_first = spec.first_order_from is not None or spec.first_order_to is not None
            self.first_popup.enabled.setChecked(has_first)
            if spec.first_order_from:
                self.first_popup.start.setDate(_qdate(spec.first_order_from))
            if spec.first_order_to:
                self.first_popup.end.setDate(_qdate(spec.first_order_to))
        finally:
            self._applying = False
        self._timer.stop()
        self._push(spec)

    def _push(self, spec: FilterSpec) -> None:
        """Apply ``spec``; the active-filters line is redrawn once (by ``filterChanged``
        when the filter changed, else here: the dimension buttons may be new)."""
        if spec != self.ctx.spec:
            self.ctx.set_spec(spec)  # filterChanged -> _show_spec
        else:
            self._show_spec()

    def clear(self) -> None:
        """Remove every filter."""
        self.segment.setCurrentIndex(0)
        self.set_spec(FilterSpec())

    # ------------------------------------------------------------------ saved segments
    def _segment_chosen(self) -> None:
        """The user picked a saved segment (or "(none)") in the box: apply it."""
        index = self.segment.currentIndex()
        self.delete_button.setEnabled(index > 0)
        spec_json = self.segment.itemData(index)
        if spec_json:
            try:
                self.set_spec(FilterSpec.from_json(spec_json))
            except (ValueError, TypeError) as exc:
                QMessageBox.warning(self, self.tr("Saved segment"),
                                    self.tr("This saved segment cannot be read: {0}").format(exc))

    def save_segment(self) -> None:
        """Save the current filter under a name in the project."""
        store = self.ctx.store
        if store is None or store.read_only:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save segment"),
                                        self.tr("Name of this segment:"))
        name = name.strip()
        if not ok or not name:
            return
        self.apply_now()
        # written by the runner: a write waits for a running import's lock, never the window
        self.ctx.runner.submit(None, queries.save_segment, store, name, self.ctx.spec.to_json(),
                               on_result=lambda _none: self.reload_options(),
                               label=self.tr("Saving the segment…"), cancellable=False)

    def delete_segment(self) -> None:
        """Remove the chosen saved segment from the project (the filter stays as it is)."""
        store, name = self.ctx.store, self.segment.currentText()
        if store is None or store.read_only or self.segment.currentIndex() <= 0:
            return
        answer = QMessageBox.question(self, self.tr("Delete segment"),
                                      self.tr("Delete the saved segment “{0}”?").format(name))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.runner.submit(None, queries.delete_segment, store, name,
                                   on_result=lambda _none: self.reload_options(),
                                   label=self.tr("Deleting the segment…"), cancellable=False)

    # ------------------------------------------------------------------ active filters line
    def describe(self, spec: FilterSpec) -> list[str]:
        """Human-readable active filters."""
        return describe_spec(spec, day=fmt.day, number=fmt.number,
                             dimensions=self.options.dimensions, products=self.products.names)

    def _show_spec(self) -> None:
        spec = self.ctx.spec
        parts = self.describe(spec)
        self.active.setText(self.tr("Active filters: {0}").format(" · ".join(parts)) if parts
                            else self.tr("No filters: all customers, all time."))
        self.clear_button.setEnabled(bool(parts))
        self.delete_button.setEnabled(self.segment.currentIndex() > 0)
        self.customers.set_value(spec.lifecycle_stage, spec.rfm_segment)
        self.products.set_value(spec.first_product, spec.bought_product)
        chosen = dict(spec.include)
        for col, (button, _menu) in self.dim_buttons.items():
            label = button.property("label")
            n = len(chosen.get(col, ()))
            set_elided_text(button, f"{label}: {self.tr('all')}" if not n
                            else f"{label}: {n}" if n > 1 else f"{label}: {chosen[col][0]}")

"""Products tab: which products bring customers back.

A ranked table of the products (or categories) found in new customers' first orders —
customers, repeat within the chosen window with its interval, the difference from the
shop's average, time to the second order, revenue per customer — a chart of the repeat
rates against the shop's line, and for the selected product: how often its buyers buy it
again and after how long, and what their second order contained. "Export reorder list…"
writes the customers who bought a product once and are past its usual reorder interval.

Every number comes from ``core.engine.products`` (the same functions as
``retention-desktop metrics products``); ``products_model`` turns them into texts.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.bidi import bidi_formulas
from retention_desktop.core.engine import products
from retention_desktop.ui import fmt
from retention_desktop.ui.charts.axes import _number_ticks, paint_axis_directly
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.dialogs.definitions_dialog import card_tooltip
from retention_desktop.ui.tabs import products_model as vm
from retention_desktop.ui.tabs.base import AnalysisTab
from retention_desktop.ui.widgets.chart import CategoryAxis, ChartPanel, series_color
from retention_desktop.ui.widgets.table import DataTable


def _percent_ticks(values, scale, spacing):
    """Tick labels of a ratio axis as local percentages (0.2 -> ``20%`` / ``۲۰٪``)."""
    return _number_ticks([v * 100 for v in values], scale, spacing * 100, percent=True)


#: Unicode first-strong isolate / pop directional isolate: a name keeps its own direction
#: (a Persian name with digits reads as in fa even in an English chart).
FSI, PDI = "\u2068", "\u2069"
#: Narrowest the name column gets when the table must fit the screen (elided, tooltip).
NAME_MIN_WIDTH = 110


class ProductAxis(CategoryAxis):
    """Names under the bars: every bar labelled (elided to its slot, never skipped), each
    name isolated so its digits and spaces keep the name's own direction."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N803 - pyqtgraph API
        if not self.labels:
            return super().tickValues(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        shown = [i for i in range(len(self.labels)) if lo - 0.5 <= i <= hi + 0.5]
        self._slot = size / max(1.0, hi - lo)  # pixels per bar
        return [(1, [float(i) for i in shown])]

    def paint(self, p, opt, widget) -> None:
        """Draw straight onto the painter, in every language: pyqtgraph's cached QPicture
        drops the space between a Persian word and a number ("آلبوم پاپ۹۷"); fa/ar
        axes already skip it (``charts.axes._paint_axis``), an English one did not."""
        paint_axis_directly(self, p)

    def tickStrings(self, values, scale, spacing):
        if not self.labels:
            return super().tickStrings(values, scale, spacing)
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        width = max(24, int(getattr(self, "_slot", 80)) - 6)
        out = []
        for v in values:
            i = int(round(v))
            name = self.labels[i] if 0 <= i < len(self.labels) else ""
            out.append("\n".join(FSI + line + PDI for line in two_lines(name, metrics, width)))
        return out


def two_lines(name: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``name`` on at most two lines of ``width`` pixels: words fill the first line, the
    rest goes on the second, elided when it is still too long."""
    words = name.split(" ")
    first = words[0]
    k = 1
    while k < len(words) and metrics.horizontalAdvance(f"{first} {words[k]}") <= width:
        first = f"{first} {words[k]}"
        k += 1
    elide = Qt.TextElideMode.ElideRight
    if k == len(words):
        return [metrics.elidedText(first, elide, width)]
    if metrics.horizontalAdvance(first) > width:  # one long word: elide it, rest below
        first = metrics.elidedText(first, elide, width)
    return [first, metrics.elidedText(" ".join(words[k:]), elide, width)]


def wrap_header(text: str, limit: int = 14) -> str:
    """A long header on several short lines (words kept whole): narrow columns."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def product_details(store, spec, settings, key: str, by: str):
    """Same-product repurchase and the next-product table of one product (one job)."""
    return (products.repurchase(store, spec, settings, by=by, product=key),
            products.next_products(store, spec, settings, key, by=by))


def write_reorder_list(store, spec, settings, key: str | None, by: str, path: str,
                       headers: dict[str, str]) -> int:
    """Compute the reorder-due list and write it to ``path`` (CSV or XLSX); its rows."""
    from retention_desktop.core.export import Sheet, write_csv, write_xlsx

    due = products.reorder_due_frame(store, spec, settings, product=key, by=by)
    frame = vm.reorder_frame(due, lambda text: headers.get(text, text))
    records = frame.itertuples(index=False, name=None)
    if path.lower().endswith(".xlsx"):
        write_xlsx(path, [Sheet("reorder", list(frame.columns), list(records))])
    else:
        write_csv(path, list(frame.columns), records)
    return len(frame)


class ProductsTab(AnalysisTab):
    """First-product analysis, repurchase and next product of the filtered shop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table_result = None  # FirstProductTable shown
        self.view_model: vm.FirstProductsView | None = None
        self.details = None  # (RepurchaseTable, NextProductTable) of the selected row
        self.selected_key: str | None = None

        controls = self._build_controls()
        # one line, no word wrap: a wrapping label gives the page a height-for-width,
        # and the tab's scroll area then sizes the page by its preferred height (scrolls)
        self.summary = QLabel(self)
        self.summary.setToolTip(card_tooltip("product_repeat_rate", self.tr))
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self._build_table_and_chart()
        side = self._build_details()
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        left.addWidget(self.chart)
        left.setSizes([300, 200])  # the table first (a 1024x600 window)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([1000, 230])  # the ranked table needs the width (names whole)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.split, 1)

        ctx.projectChanged.connect(self.invalidate)
        ctx.filterChanged.connect(self.invalidate)
        ctx.settingsChanged.connect(self.invalidate)

    def _build_controls(self) -> QHBoxLayout:
        """Group-by and window choosers and the export button, in one row."""
        self.by = QComboBox(self)
        self.by.addItem(self.tr("Products"), "product")
        self.by.addItem(self.tr("Categories"), "category")
        self.window_box = QComboBox(self)
        for days in products.WINDOWS:
            self.window_box.addItem(self.tr("{0} days").format(fmt.integer(days)), days)
        self.window_box.setCurrentIndex(self.window_box.findData(products.RANK_WINDOW))
        self.window_box.setToolTip(self.tr(
            "Repeat within this many days of the first order; only customers whose first "
            "order is at least this long before the data end count"))
        for combo in (self.by, self.window_box):
            combo.currentIndexChanged.connect(self.invalidate)
        self.export_button = QPushButton(self.tr("Export reorder list…"), self)
        self.export_button.setToolTip(self.tr(
            "Customers who bought the selected product (all products when none is selected) "
            "once and have not bought it again within its usual reorder interval, as CSV or "
            "Excel for an SMS or e-mail campaign"))
        self.export_button.clicked.connect(lambda: self.export_reorder_list())

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Group by:"), self))
        controls.addWidget(self.by)
        controls.addWidget(QLabel(self.tr("Came back within:"), self))
        controls.addWidget(self.window_box)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        return controls

    def _build_table_and_chart(self) -> None:
        """The ranked first-product table and its repeat-rate chart."""
        self.table = DataTable(self.tr("First-order products, best repeat rate first"),
                               "first-products", self)
        self.table.view.verticalHeader().hide()  # the Rank column numbers the rows
        self.table.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_selected(current))
        self.chart = ChartPanel(self.tr("Repeat rate by first-order product; whiskers: the "
                                        "range the verdict uses; dashed: shop average"), self)
        self.chart.value_format = fmt.percent
        self.chart.value_range = (0.0, None)
        for side in ("left", "right"):  # rates are ratios: ticks read 20%, 40% ...
            self.chart.plot.getAxis(side).tickStrings = _percent_ticks
        # every bar named; names as in the data (the localised axis would write "500g" in
        # Persian digits)
        axis = ProductAxis("bottom")
        self.chart.plot.setAxisItems({"bottom": axis})
        self.chart.axis = axis
        axis.setHeight(2 * QFontMetrics(axis.font()).height() + 12)  # names on two lines
        self.chart.plot.getAxis("bottom").setPen(self.chart.plot.getAxis("left").pen())
        self.chart.plot.getAxis("bottom").setTextPen(self.chart.plot.getAxis("left").textPen())
        self.table.view.viewport().installEventFilter(self)

    def _build_details(self) -> QWidget:
        """The side panel with the selected product's repurchase and next products."""
        self.detail_title = QLabel(self.tr("Select a product in the table to see how often "
                                           "its buyers buy it again and what they buy next."),
                                   self)
        self.detail_title.setWordWrap(True)
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.repurchase_label = QLabel(self)
        self.repurchase_label.setWordWrap(True)
        self.repurchase_label.setToolTip(card_tooltip("product_repurchase_rate", self.tr))
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.next_table = DataTable("", "next-products", self)
        self.next_table.view.verticalHeader().hide()
        self.next_table.view.setToolTip(card_tooltip("next_product_lift", self.tr))
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.detail_title)
        sl.addWidget(self.repurchase_label)
        sl.addWidget(self.next_label)
        sl.addWidget(self.next_table, 1)
        return side

    # ------------------------------------------------------------------ computing
    def window_days(self) -> int:
        """The chosen repeat window in days."""
        return int(self.window_box.currentData())

    def current_request(self) -> tuple:
        """(spec, settings, by, window) the tab would compute now."""
        return (self.ctx.spec, self.ctx.settings, self.by.currentData(), self.window_days())

    def refresh(self) -> None:
        """Recompute the ranked table in the background (latest request wins)."""
        if self.ctx.store is None:
            return
        request = self.current_request()
        spec, settings, by, window = request
        # through the tab lifecycle: cancelled when the tab is hidden and its inputs change
        self.submit(
            "products", products.first_products, self.ctx.store, spec, settings, by=by,
            rank_window=window, view=(by, window),
            on_result=lambda r: self.show_result(r, request),
            label=self.tr("Computing products…"))

    def _tr(self, text: str) -> str:
        # products_model's words: lupdate files its module-level tr("...") calls under the
        # empty context
        return QCoreApplication.translate("", text)

    def show_result(self, table, request: tuple) -> None:
        """Show a first-product table (drawn in steps)."""
        self.table_result = table
        _spec, _settings, by, window = request
        view = vm.first_products_view(table, window, self.ctx.settings.currency, self._tr)
        self.view_model = view
        empty = bool(view.empty_text) and not table.meta.has_line_items
        self.empty_label.setText(view.empty_text if empty else "")
        self.empty_label.setVisible(empty)
        self.split.setVisible(not empty)
        self.export_button.setEnabled(not empty)
        self.summary.setText("\n".join(t for t in (view.summary, view.note) if t))
        self.summary.setVisible(bool(view.summary))
        self._set_titles(by)
        keep = self.selected_key if self.selected_key in view.keys else None
        self.run_steps([lambda: self._fill_table(view, keep), lambda: self._draw_chart(view)])

    def _fill_table(self, view: vm.FirstProductsView, keep: str | None) -> None:
        tips = {c: card_tooltip(card, self.tr) for c, card in vm.CARDS.items()}
        headers = {c: wrap_header(h) for c, h in view.headers.items()}
        self.table.set_frame(view.frame, view.formatters, headers, tips,
                             empty_text=view.empty_text)
        self.fit_table()
        self.selected_key = None
        if keep is not None:
            self.select_key(keep)
        else:
            self._clear_details()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_table()
        return super().eventFilter(watched, event)

    def fit_table(self) -> None:
        """Fit the columns into the visible width.

        Each column as wide as its header (two lines) and its first rows need; spare room
        goes to the names. When the view is too narrow the revenue and time columns
        narrow first, then the name column (elided, whole in the tooltip), then the
        revenue and time columns are hidden (a 1024-px window), and only then every column; the verdict and its range
        stay whole as long as possible.
        """
        header = self.table.view.horizontalHeader()
        count = header.count()
        if not count:
            return
        header.setStretchLastSection(False)
        model = self.table.model
        cell = self.table.view.fontMetrics()
        head = QFontMetrics(header.font())
        rows = min(model.rowCount(), 50)
        widths = []
        for c in range(count):
            title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            w = max([head.horizontalAdvance(t) for t in title.split("\n")] or [0]) + 22
            for r in range(rows):
                w = max(w, cell.horizontalAdvance(model.text(r, c)) + 14)
            widths.append(w)
        available = self.table.view.viewport().width() - 2
        columns = list(self.table.frame().columns)
        index = {name: columns.index(name) for name in columns}
        shown = set(range(count))
        natural = list(widths)
        excess = sum(widths) - available
        if excess < 0 and "name" in index:  # room to spare: the names, whole
            widths[index["name"]] += -excess
        # the names are what the owner reads first: the figures' columns narrow before
        # a name is cut ("Lahijan black t…" at 1366 px beside 64-px-wide money)
        steps = [("revenue_365", 64), ("revenue_90", 64), ("days_to_second", 90),
                 ("name", NAME_MIN_WIDTH), ("revenue_365", None), ("revenue_90", None),
                 ("days_to_second", None)]  # None: hide it (a narrow window)
        for name, floor in steps:
            if excess <= 0 or name not in index:
                continue
            c = index[name]
            cut = widths[c] if floor is None else min(excess, max(0, widths[c] - floor))
            if floor is None:
                shown.discard(c)
            else:
                widths[c] -= cut
            excess -= cut
        for name in ("name", "days_to_second"):  # room a hidden column freed: names first
            if excess < 0 and name in index and index[name] in shown:
                c = index[name]
                grow = min(-excess, natural[c] - widths[c])
                widths[c] += grow
                excess += grow
        if excess > 0:
            total = sum(widths[c] for c in shown)
            widths = [max(30, int(w - excess * w / total) - 1) for w in widths]
        for c, w in enumerate(widths):
            self.table.view.setColumnHidden(c, c not in shown)
            header.resizeSection(c, w)

    def select_key(self, key: str) -> None:
        """Select the row of grouping key ``key`` (as a click on it would)."""
        if self.view_model is None or key not in self.view_model.keys:
            return
        source = self.table.model.index(self.view_model.keys.index(key), 1)
        self.table.view.setCurrentIndex(self.table.proxy.mapFromSource(source))

    def _draw_chart(self, view: vm.FirstProductsView) -> None:
        chart = self.chart
        chart.clear()
        if not view.chart_names:
            chart.set_empty(view.empty_text or self.tr("No product has enough customers "
                                                       "to draw."))
            return
        chart.set_empty("")
        chart.set_categories(view.chart_names)
        rates = np.asarray(view.chart_rates, dtype=float)
        chart.add_bars(self.tr("Came back within {0} days").format(
            fmt.integer(self.window_days())), rates, 0)
        x = np.arange(rates.size, dtype=float)
        low, high = np.asarray(view.chart_low), np.asarray(view.chart_high)
        chart.plot.addItem(pg.ErrorBarItem(x=x, y=rates, top=high - rates, bottom=rates - low,
                                           beam=0.25, pen=pg.mkPen(series_color(3), width=1.5)))
        if view.shop_rate is not None:
            chart.add_line(self.tr("Shop average"), [view.shop_rate] * rates.size, 7,
                           dashed=True, symbol=None)
        chart.reset_view()

    # ------------------------------------------------------------------ details
    def _row_selected(self, current) -> None:
        if self.view_model is None or not current.isValid():
            return
        row = self.table.proxy.mapToSource(current).row()
        if not 0 <= row < len(self.view_model.keys):
            return
        key = self.view_model.keys[row]
        if key == self.selected_key:
            return
        self.selected_key = key
        _spec, _settings, by, window = self.current_request()
        self.detail_title.setText(vm.row_sentence(self.table_result, key, window, self._tr))
        self.repurchase_label.setText(self.tr("Loading…"))
        self.next_label.clear()
        self.submit(
            "products-detail", product_details, self.ctx.store, self.ctx.spec,
            self.ctx.settings, key, by, view=(key, by),
            on_result=lambda r: self._show_details(r, key),
            label=self.tr("Reading the product's repurchases…"))

    def _show_details(self, result, key: str) -> None:
        if key != self.selected_key:
            return
        self.details = result
        repurchase, nxt = result
        self.repurchase_label.setText(vm.repurchase_sentence(repurchase, key, self._tr))
        frame, formatters, headers, note = vm.next_products_frame(nxt, self._tr)
        self.next_label.setText(note)
        self.next_table.export_name = f"next-after-{nxt.source_name}"
        self.next_table.set_frame(frame, formatters, headers,
                                  empty_text=self.tr("None of them came back yet."))

    def _set_titles(self, by: str) -> None:
        """Table, chart and side-panel words for products or categories (the mode shown)."""
        if by == "category":
            table = self.tr("First-order categories, best repeat rate first")
            chart = self.tr("Repeat rate by first-order category; whiskers: the range the "
                            "verdict uses; dashed: shop average")
        else:
            table = self.tr("First-order products, best repeat rate first")
            chart = self.tr("Repeat rate by first-order product; whiskers: the range the "
                            "verdict uses; dashed: shop average")
        self.table.title_label.setText(bidi_formulas(table))
        self.chart.title_label.setText(bidi_formulas(chart))
        if self.details is None:
            self.detail_title.setText(self._prompt(by))

    def _prompt(self, by: str | None = None) -> str:
        if (by or self.by.currentData()) == "category":
            return self.tr("Select a category in the table to see how often its buyers buy "
                           "from it again and what they buy next.")
        return self.tr("Select a product in the table to see how often its buyers buy it "
                       "again and what they buy next.")

    def _clear_details(self) -> None:
        self.details = None
        self.detail_title.setText(self._prompt())
        self.repurchase_label.clear()
        self.next_label.clear()
        self.next_table.set_frame(vm.pd.DataFrame())

    # ------------------------------------------------------------------ export
    def export_reorder_list(self) -> None:
        """Ask for a file, then write the reorder-due list in the background."""
        from retention_desktop.ui import exporting

        if self.ctx.store is None:
            return
        key, by = self.selected_key, self.by.currentData()
        name = (self.view_model.frame["name"][self.view_model.keys.index(key)]
                if key and self.view_model else self.tr("all products"))
        path = exporting.ask_export_path(
            self, self.tr("Export reorder list"), self.tr("reorder {0}").format(name), ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"))
        if path is None:
            return
        headers = {t: self._tr(t) for t in ("Customer", "Product", "Last purchase",
                                            "Days since", "Usual interval (days)")}
        self.ctx.runner.submit(
            None, write_reorder_list, self.ctx.store, self.ctx.spec, self.ctx.settings, key,
            by, str(path), headers, on_result=lambda _n: exporting.announce(self, path),
            on_error=lambda err: QMessageBox.warning(
                self, self.tr("Export failed"),
                self.tr("Could not write {0}: {1}").format(path, getattr(err, "message", err))),
            label=self.tr("Writing the reorder list…"), cancellable=False)

    def export_current(self) -> None:
        """File > Export… exports the ranked table."""
        self.table.export_dialog()

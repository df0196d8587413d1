"""A table for any DataFrame: sort, copy as TSV (pastes into Excel), export CSV/XLSX."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core.bidi import bidi_formulas
from retention_desktop.core.export import Sheet, neutralise, write_csv, write_xlsx
from retention_desktop.ui import fmt

Formatter = Callable[[Any], str]
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
FIT_ROWS = 40  # rows measured to size the columns


def _plain(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return fmt.integer(value)
    if isinstance(value, (float, np.floating)):
        return fmt.number(value, 2)
    if isinstance(value, (pd.Timestamp,)):  # the user's calendar and digits
        return fmt.timestamp(value.isoformat(sep=" ")) if value.hour or value.minute \
            else fmt.day(value)
    return str(value)


class DataFrameModel(QAbstractTableModel):
    """Read-only model over a DataFrame with optional per-column formatters and headers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._df = pd.DataFrame()
        self._formatters: dict[str, Formatter] = {}
        self._headers: dict[str, str] = {}
        self._tooltips: dict[str, str] = {}
        self._cols: list[list] = []
        self._names: list[str] = []
        self._numeric: list[bool] = []
        self._shown: dict[tuple[int, int], str] = {}

    def set_frame(
        self,
        df: pd.DataFrame,
        formatters: dict[str, Formatter] | None = None,
        headers: dict[str, str] | None = None,
        tooltips: dict[str, str] | None = None,
    ) -> None:
        """Show ``df``; ``headers`` maps column -> translated title."""
        self.beginResetModel()
        self._df = df.reset_index(drop=True)
        self._formatters = formatters or {}
        self._headers = headers or {}
        self._tooltips = tooltips or {}
        # plain Python lists per column: data() is called for every visible cell, and
        # pandas indexing per cell is far too slow for a responsive GUI thread
        self._cols = [self._df[c].tolist() for c in self._df.columns]
        self._names = [str(c) for c in self._df.columns]
        self._numeric = [pd.api.types.is_numeric_dtype(t) and not pd.api.types.is_bool_dtype(t)
                         for t in self._df.dtypes]
        self._shown: dict[tuple[int, int], str] = {}
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        """The DataFrame behind the table."""
        return self._df

    def text(self, row: int, column: int) -> str:
        """The shown text of a cell (formatted once, then cached)."""
        key = (row, column)
        text = self._shown.get(key)
        if text is None:
            value = self._cols[column][row]
            formatter = self._formatters.get(self._names[column])
            text = formatter(value) if formatter else _plain(value)
            self._shown[key] = text
        return text

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._df)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._df.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, c)
        if role == RAW_ROLE:
            value = self._cols[c][r]
            if value is None or (isinstance(value, float) and value != value):
                return None
            if isinstance(value, pd.Timestamp):
                return value.to_pydatetime()
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(r, c) or None  # the whole text of a cell elided to fit
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._numeric[c]:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._df.columns):
            col = str(self._df.columns[section])
            if role == Qt.ItemDataRole.DisplayRole:
                # in fa/ar a formula in a header ("(E−N)/S0") is a left-to-right run
                return bidi_formulas(self._headers.get(col, col))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltips.get(col)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return fmt.integer(section + 1)
        return None


class _SortProxy(QSortFilterProxyModel):
    """Sorts on raw values (numbers as numbers, missing values last)."""

    def lessThan(self, left, right) -> bool:
        a, b = left.data(RAW_ROLE), right.data(RAW_ROLE)
        if a is None:
            return False
        if b is None:
            return True
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class DataTable(QWidget):
    """Sortable table with Copy and Export buttons (and Ctrl+C).

    Parameters
    ----------
    title : str
        Shown above the table (may be empty).
    export_name : str
        Default file name (without extension) offered by Export.
    """

    rowActivated = Signal(int)  # source row index

    def __init__(self, title: str = "", export_name: str = "table", parent=None) -> None:
        super().__init__(parent)
        self.export_name = export_name
        self.model = DataFrameModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # size columns from the first rows only (also for a double click on a divider):
        # measuring every row of a long table would freeze the GUI thread
        self.view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(
            lambda index: self.rowActivated.emit(self.proxy.mapToSource(index).row())
        )

        self.title_label = QLabel(bidi_formulas(title), self)  # formulas stay LTR in fa/ar
        self.title_label.setVisible(bool(title))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected cells (or the whole table) for Excel"))
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this table as CSV or Excel"))
        self.export_button.clicked.connect(self.export_dialog)

        copy_action = QAction(self.tr("Copy"), self)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy_action.triggered.connect(self.copy)
        self.view.addAction(copy_action)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.copy_button)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

    # ------------------------------------------------------------------ data
    def set_frame(self, df: pd.DataFrame, formatters=None, headers=None, tooltips=None,
                  empty_text: str = "") -> None:
        """Show a DataFrame (``empty_text`` explains an empty one)."""
        self.model.set_frame(df, formatters, headers, tooltips)
        self.proxy.sort(-1)  # the engine's order until the user sorts
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(bool(empty_text) and df.empty)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Column widths from the header and the first ``FIT_ROWS`` rows' texts.

        Not ``resizeColumnsToContents``: Qt's measuring asks the Python model for about
        ten roles per cell (~0.1 ms a cell), 50+ ms for a wide table on the GUI thread.
        """
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        pad = 2 * (self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                 None, self.view) + 1)
        rows = min(self.model.rowCount(), FIT_ROWS)
        for c in range(self.model.columnCount()):
            width = header.sectionSizeHint(c)
            for r in range(rows):
                width = max(width, metrics.horizontalAdvance(self.model.text(r, c)) + pad)
            header.resizeSection(c, min(width + 12, 320))

    def frame(self) -> pd.DataFrame:
        """The full DataFrame (unsorted, unformatted)."""
        return self.model.frame()

    def _header(self, column: int) -> str:
        """A column's shown header without the isolate marks (for copies and files)."""
        text = str(self.proxy.headerData(column, Qt.Orientation.Horizontal))
        # a header wrapped on two lines for the screen is one line in a file
        return text.replace("\u2066", "").replace("\u2069", "").replace("\n", " ")

    def visible_frame(self) -> pd.DataFrame:
        """The rows in the order shown, with the shown (formatted) texts."""
        rows = []
        for r in range(self.proxy.rowCount()):
            rows.append([self.proxy.index(r, c).data() for c in range(self.proxy.columnCount())])
        headers = [self._header(c) for c in range(self.proxy.columnCount())]
        return pd.DataFrame(rows, columns=headers)

    # ------------------------------------------------------------------ copy / export
    def tsv(self, selected_only: bool = True) -> str:
        """Tab-separated text of the selection (whole table when nothing is selected)."""
        indexes = self.view.selectionModel().selectedIndexes() if selected_only else []
        if indexes:
            rows = sorted({i.row() for i in indexes})
            cols = sorted({i.column() for i in indexes})
            chosen = {(i.row(), i.column()) for i in indexes}
            lines = ["\t".join(self._header(c) for c in cols)]
            for r in rows:
                lines.append("\t".join(
                    str(neutralise(str(self.proxy.index(r, c).data() or ""))) if (r, c) in chosen
                    else ""
                    for c in cols))
            return "\n".join(lines)
        df = self.visible_frame()
        # pasted into a spreadsheet, text like "=cmd|..." would run: neutralise as in files
        lines = ["\t".join(str(neutralise(str(c))) for c in df.columns)]
        lines += ["\t".join("" if v is None or v != v else str(neutralise(v)) for v in row)
                  for row in df.itertuples(index=False, name=None)]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        """Copy as TSV to the clipboard."""
        QGuiApplication.clipboard().setText(self.tsv())

    def export(self, path: str) -> None:
        """Write the table (raw values, original column names translated) to CSV or XLSX."""
        df = self.model.frame().copy()
        df.columns = [self.model._headers.get(str(c), str(c)) for c in df.columns]
        rows = df.itertuples(index=False, name=None)
        if path.lower().endswith(".xlsx"):
            for col in df.columns:
                if isinstance(df[col].dtype, pd.DatetimeTZDtype):
                    df[col] = df[col].dt.tz_localize(None)
            rows = df.itertuples(index=False, name=None)
            write_xlsx(path, [Sheet(self.export_name or "table", list(df.columns), list(rows))])
        else:  # atomic, neutralised, UTF-8 with BOM (Excel reads Persian/Arabic)
            write_csv(path, list(df.columns), rows)

    def export_dialog(self) -> None:
        """Ask for a file name (in Documents or the last export folder) and export."""
        from retention_desktop.ui import exporting

        path = exporting.ask_export_path(
            self, self.tr("Export table"), self.export_name or self.tr("table"), ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"))
        if path is None:
            return
        try:
            self.export(str(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not write {0}: {1}").format(path, exc))
        else:
            exporting.announce(self, path)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Copy"), self.copy)
        menu.addAction(self.tr("Copy whole table"),
                       lambda: QGuiApplication.clipboard().setText(self.tsv(selected_only=False)))
        menu.addAction(self.tr("Export…"), self.export_dialog)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()  # parented to the table: each right-click would leave one behind

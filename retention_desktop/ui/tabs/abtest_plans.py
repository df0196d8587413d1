"""The test-plan table page (rows of the project's ``test_plans`` table, edited in place)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.core import formatting as fm
from retention_desktop.core.abtest import plans as core_plans

# (field, editable, kind) in display order; kind 'pct' shows fractions as percentages.
PLAN_COLUMNS = (
    ("concept", True, "text"), ("period", True, "text"), ("target_metric", True, "text"),
    ("expected_lift", True, "pct"), ("baseline", True, "pct"),
    ("sample_size_per_variant", False, "int"), ("risks", True, "text"),
    ("status", True, "text"), ("experiment", True, "text"), ("assigned_customers", False, "int"),
)
FIELD = Qt.ItemDataRole.UserRole


class PlansPage(QWidget):
    """Editable plan table bound to a project store.

    Signals
    -------
    showResults(str, str)
        Experiment name and outcome (e.g. ``repeat-14d``) of a plan whose assignments
        were imported.
    """

    showResults = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self._loading = False
        headers = [self.tr("Concept"), self.tr("Period"), self.tr("Target metric"),
                   self.tr("Expected lift"), self.tr("Baseline"), self.tr("Sample size / variant"),
                   self.tr("Risks"), self.tr("Status"), self.tr("Experiment"),
                   self.tr("Assigned")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for c in (0, 6):  # concept and risks take the spare width
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._selection)
        self.new_button = QPushButton(self.tr("New plan"), self)
        self.new_button.clicked.connect(lambda: self.add_plan({"concept": self.tr("New test")}))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self._delete)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self._export)
        self.results_button = QPushButton(self.tr("Show results"), self)
        self.results_button.clicked.connect(self._results)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.hint = QLabel(self.tr(
            "Statuses: {0}. Expected lift is relative (10% = a tenth better than the "
            "baseline); the sample size per variant is computed from it and the baseline. "
            "Name the experiment as it appears in your assignments file to link results.")
            .format(", ".join(core_plans.STATUSES)), self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.delete_button, self.export_button, self.results_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.hint)
        self.set_store(None)

    def set_store(self, store, plans: list[dict] | None = None) -> None:
        """Bind to a project (``None``: no project open).

        ``plans``: the project's rows already read in the background (else read here).
        """
        self.store = store
        writable = store is not None and not store.read_only
        for b in (self.new_button, self.delete_button):
            b.setEnabled(writable)
        self.export_button.setEnabled(store is not None)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            if writable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message.setText("" if store is not None else
                             self.tr("Open a project to keep a table of planned tests."))
        self.reload(plans)

    def reload(self, rows: list[dict] | None = None) -> None:
        """Show the plans of the project (``rows``, or read them now)."""
        self._loading = True
        try:
            if rows is None:
                rows = core_plans.list_plans(self.store) if self.store is not None else []
            self.plans = rows
            self.table.setRowCount(len(rows))
            for r, plan in enumerate(rows):
                for c, (field, editable, kind) in enumerate(PLAN_COLUMNS):
                    value = plan.get(field)
                    if kind == "pct":
                        text = "" if value is None else fm.fmt_percent(value, 1)
                    elif kind == "int":
                        text = "" if value is None else fm.fmt_int(value)
                    else:
                        text = value or ""
                    item = QTableWidgetItem(text)
                    item.setData(FIELD, field)
                    if not editable:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False
        self._selection()

    def add_plan(self, values: dict) -> int | None:
        """Add a plan (e.g. from the planner) and show it."""
        if self.store is None:
            self.message.setText(self.tr("Open a project to keep a table of planned tests."))
            return None
        try:
            pid = core_plans.add_plan(self.store, **values)
        except core_plans.PlanError as exc:
            self.message.setText("⚠ " + str(exc))
            return None
        self.message.setText("")
        self.reload()
        return pid

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self.store is None:
            return
        field = item.data(FIELD)
        plan = self.plans[item.row()]
        text = item.text().strip()
        try:
            if dict((f, k) for f, _, k in PLAN_COLUMNS)[field] == "pct":
                value = None if not text else fm.parse_number(text) / 100
            else:
                value = text or None
            core_plans.update_plan(self.store, plan["plan_id"], **{field: value})
            self.message.setText("")
        except (ValueError, core_plans.PlanError) as exc:
            self.message.setText("⚠ " + str(exc))
        self.reload()

    def _selected_plan(self) -> dict | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        return self.plans[rows.pop()]

    def _selection(self) -> None:
        plan = self._selected_plan()
        self.results_button.setEnabled(bool(plan and plan["has_results"]))

    def _delete(self) -> None:
        plan = self._selected_plan()
        if plan is not None and self.store is not None:
            core_plans.delete_plan(self.store, plan["plan_id"])
            self.reload()

    def _export(self) -> None:
        if self.store is None:
            return
        from retention_desktop.ui import exporting

        path = exporting.ask_save_path(
            self, self.tr("Export test plans"),
            [self.store.display_name(), self.tr("Test plans")], ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path is not None:
            core_plans.export_plans(self.store, str(path))
            self.message.setText(exporting.announce(self, path))

    def _results(self) -> None:
        plan = self._selected_plan()
        if plan and plan["has_results"]:
            self.showResults.emit(plan["experiment"], plan["outcome"] or "repeat-30d")

"""The **A/B tests** tab: calculator, planner and the project's test-plan table.

Constructed as ``AbTestTab(ctx, parent=None)`` like every tab (``ctx`` may be ``None``:
the hand-input calculator and the planner work without a project). With a context it
follows ``projectChanged`` / ``filterChanged`` and computes data-driven experiments on
``ctx.runner``; :meth:`AbTestTab.load_from_data` can also be called directly with a
store and a :class:`FilterSpec`.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from retention_desktop.core.abtest.from_data import (
    ExperimentError,
    experiment_job,
    list_experiments,
    new_customers_per_day,
    parse_outcome,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.tasks import run_to_completion
from retention_desktop.ui.tabs.abtest_calc import CalculatorPage, split_source
from retention_desktop.ui.tabs.abtest_planner import PlannerPage
from retention_desktop.ui.tabs.abtest_plans import PlansPage

log = logging.getLogger(__name__)

TASK_KEY = "abtest-experiment"


def _experiment_task(*args, token=None, **kwargs):
    """``experiment_job`` for the runner: data problems come back as a value (shown in
    the tab's info line) instead of an exception (which would open the error dialog)."""
    try:
        return (yield from experiment_job(*args, token=token, **kwargs))
    except ExperimentError as exc:
        return exc


class AbTestTab(QWidget):
    """A/B calculator, experiment planner and test-plan table."""

    def __init__(self, ctx=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = None
        self.spec = FilterSpec()
        self.settings = Settings()
        self._data_request: dict | None = None  # last data-driven request, for refreshes
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.calculator = CalculatorPage(self)
        self.planner = PlannerPage(self)
        self.plans = PlansPage(self)
        self.pages.addTab(self.calculator, self.tr("Calculator"))
        self.pages.addTab(self.planner, self.tr("Planner"))
        self.pages.addTab(self.plans, self.tr("Test plans"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.pages)

        self.calculator.load_button.clicked.connect(self._load_clicked)
        self.planner.addToPlans.connect(self._add_plan_from_planner)
        self.plans.showResults.connect(self.show_experiment)
        if ctx is not None:
            ctx.projectChanged.connect(self._context_changed)
            ctx.filterChanged.connect(self._context_changed)
            ctx.settingsChanged.connect(self._context_changed)
            self._context_changed()

    # ------------------------------------------------------------------ project binding
    def _context_changed(self) -> None:
        ctx = self.ctx
        store_changed = ctx.store is not self.store
        self.set_project(ctx.store, ctx.spec, ctx.settings)
        if not store_changed and self._data_request is not None:
            self._load(**self._data_request)

    def set_project(self, store, spec: FilterSpec | None = None,
                    settings: Settings | None = None) -> None:
        """Bind the data-driven parts to a project (``None``: hand input only)."""
        if store is not self.store:
            self._data_request = None
        self.store = store
        self.spec = spec or FilterSpec()
        self.settings = settings or Settings()
        experiments = None
        columns: list[str] = []
        per_day = None
        if store is not None:
            try:
                experiments = list_experiments(store)
                columns = [r[0] for r in store.cursor().execute(
                    "SELECT column_name FROM dimensions WHERE table_name = 'orders' "
                    "ORDER BY column_name").fetchall()]
                per_day = new_customers_per_day(store)
            except Exception:  # noqa: BLE001 - a damaged table must not break the tab
                log.exception("could not read the experiments of the project")
                experiments = []
        self.calculator.set_experiments(experiments, columns)
        self.planner.set_customers_per_day(per_day)
        self.plans.set_store(store)

    # ------------------------------------------------------------------ data-driven
    def load_from_data(self, store, spec: FilterSpec, experiment: str, outcome: str,
                       settings: Settings | None = None, *, cuped: bool = False,
                       background: bool | None = None) -> None:
        """Build the experiment's counts from ``store`` under ``spec`` and analyse them.

        Runs on ``ctx.runner`` when the tab has a context (``background`` default),
        otherwise in the calling thread.
        """
        if store is not self.store:
            self.set_project(store, spec, settings)
        self.spec = spec
        if settings is not None:
            self.settings = settings
        self._load(experiment=experiment, outcome=outcome, cuped=cuped, background=background)

    def _load(self, experiment: str | None, outcome: str, cuped: bool,
              background: bool | None = None, variant_column: str | None = None) -> None:
        self._data_request = {"experiment": experiment, "outcome": outcome, "cuped": cuped,
                              "variant_column": variant_column}
        if self.store is None:
            return
        use_runner = self.ctx is not None if background is None else background
        args = (self.store, experiment, outcome, self.spec, self.settings)
        kwargs = {"cuped": cuped, "variant_column": variant_column}
        self.calculator.data_info.setText(self.tr("Computing…"))
        if use_runner:
            self.ctx.runner.submit(TASK_KEY, _experiment_task, *args, **kwargs,
                                   on_result=self._data_arrived,
                                   on_error=lambda err: self._data_failed(err.message),
                                   label=self.tr("Computing the experiment…"))
            return
        try:
            data = run_to_completion(experiment_job(*args, **kwargs))
        except (ExperimentError, ValueError) as exc:
            self._data_failed(str(exc))
            return
        self.calculator.show_experiment_data(data)

    def _data_arrived(self, result) -> None:
        if isinstance(result, Exception):
            self._data_failed(str(result))
        else:
            self.calculator.show_experiment_data(result)

    def _data_failed(self, message: str) -> None:
        self.calculator.data_info.setText("⚠ " + message)

    def _load_clicked(self) -> None:
        source = self.calculator.experiment_combo.currentData()
        if not source:
            return
        kind, name = split_source(source)
        self._load(name if kind == "experiment" else None, self.calculator.outcome_text(),
                   self.calculator.cuped_check.isChecked(),
                   variant_column=name if kind == "column" else None)

    def show_experiment(self, experiment: str, outcome: str) -> None:
        """Open the calculator on an experiment of the project (from the plan table)."""
        parsed = parse_outcome(outcome)
        calc = self.calculator
        index = calc.experiment_combo.findData("experiment:" + experiment)
        if index >= 0:
            calc.experiment_combo.setCurrentIndex(index)
        calc.outcome_combo.setCurrentIndex(max(0, calc.outcome_combo.findData(parsed.kind)))
        calc.days_spin.setValue(parsed.days)
        self.pages.setCurrentWidget(calc)
        self._load(experiment, parsed.label, calc.cuped_check.isChecked())

    def _add_plan_from_planner(self, plan: dict) -> None:
        pid = self.plans.add_plan({
            "concept": self.tr("New test"), "expected_lift": plan["mde_rel"],
            "baseline": plan["baseline"], "status": "planned",
            "target_metric": self.calculator.outcome_text()})
        if pid is not None:
            self.pages.setCurrentWidget(self.plans)

    # ------------------------------------------------------------------ window hooks
    def print_widget(self) -> QWidget:
        """What File > Print prints: the visible page."""
        return self.pages.currentWidget()

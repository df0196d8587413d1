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
    parse_outcome,
    project_facts,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.tasks import run_to_completion
from retention_desktop.ui.tabs.abtest_calc import CalculatorPage, split_source
from retention_desktop.ui.tabs.abtest_planner import PlannerPage
from retention_desktop.ui.tabs.abtest_plans import PlansPage

log = logging.getLogger(__name__)

TASK_KEY = "abtest-experiment"
FACTS_KEY = "abtest-facts"


def _read_facts(store) -> dict:
    """``project_facts``; a damaged table leaves the tab usable for hand input."""
    try:
        return project_facts(store)
    except Exception:  # noqa: BLE001 - a damaged table must not break the tab
        log.exception("could not read the experiments of the project")
        return {"experiments": []}


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
        self._facts_stale = False  # the project's experiments/plans still to be read
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
            ctx.projectChanged.connect(self._project_changed)
            ctx.filterChanged.connect(self._context_changed)
            ctx.settingsChanged.connect(self._context_changed)
            self.set_project(ctx.store, ctx.spec, ctx.settings)

    # ------------------------------------------------------------------ project binding
    def _project_changed(self) -> None:
        ctx = self.ctx
        if ctx.store is not self.store:
            self.set_project(ctx.store, ctx.spec, ctx.settings)
        elif ctx.store is not None:  # same project, new rows (an import, a forgotten customer)
            self._facts_stale = True
            if self.isVisible():
                self._request_facts()
            self._context_changed()

    def _context_changed(self) -> None:
        ctx = self.ctx
        if ctx.store is not self.store:
            return  # another project: projectChanged follows and binds it
        # the experiments, columns and plans do not depend on the filter or settings:
        # only an experiment already shown is recomputed
        self.spec, self.settings = ctx.spec, ctx.settings
        if self._data_request is not None:
            self._load(**self._data_request)

    def set_project(self, store, spec: FilterSpec | None = None,
                    settings: Settings | None = None) -> None:
        """Bind the data-driven parts to a project (``None``: hand input only).

        With a context the project's experiments and plans are read on the runner, and
        only once the tab is shown (reading them scans every order).
        """
        if store is not self.store:
            self._data_request = None
        self.store = store
        self.spec = spec or FilterSpec()
        self.settings = settings or Settings()
        if self.ctx is not None:
            self.ctx.runner.cancel(FACTS_KEY)
        self._facts_stale = False
        if store is None:
            self._show_facts(None, {})
        elif self.ctx is None:
            self._show_facts(store, _read_facts(store))
        else:
            self._facts_stale = True
            self.calculator.set_experiments([], [])
            self.calculator.data_info.setText(self.tr("Reading the project's experiments…"))
            self.planner.set_customers_per_day(None)
            self.plans.set_store(store, [])  # editable at once; the rows follow
            if self.isVisible():
                self._request_facts()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._facts_stale and self.store is not None:
            self._request_facts()

    def _request_facts(self) -> None:
        self._facts_stale = False
        store = self.store
        self.ctx.runner.submit(FACTS_KEY, _read_facts, store,
                               on_result=lambda facts: self._show_facts(store, facts),
                               label=self.tr("Reading the project's experiments…"))

    def _show_facts(self, store, facts: dict) -> None:
        if store is not self.store:
            return  # a result for a project that is no longer open
        self.calculator.set_experiments(facts.get("experiments"), facts.get("columns", []))
        self.planner.set_customers_per_day(facts.get("per_day"))
        # a plan added while the rows were being read: read them again (tiny table)
        self.plans.set_store(store, None if self.plans.plans else facts.get("plans"))

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

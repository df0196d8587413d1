"""The **A/B tests** tab: calculator, planner and the project's test-plan table.

Constructed as ``AbTestTab(ctx, parent=None)`` like every tab (``ctx`` may be ``None``:
the hand-input calculator and the planner work without a project). With a context it is
an :class:`~retention_desktop.ui.tabs.base.AnalysisTab`: it reads the project, filter and
settings from the context (no copy), reads the project's experiments and plans when it
is shown, and recomputes an experiment already shown when the filter or settings change.
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
from retention_desktop.ui.tabs.abtest_calc import CalculatorPage, split_source
from retention_desktop.ui.tabs.abtest_planner import PlannerPage
from retention_desktop.ui.tabs.abtest_plans import PlansPage
from retention_desktop.ui.tabs.base import AnalysisTab

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


class AbTestTab(AnalysisTab):
    """A/B calculator, experiment planner and test-plan table."""

    def __init__(self, ctx=None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data_request: dict | None = None  # the experiment shown, for refreshes
        self._project = None  # which open project the pages show (identity only)
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
            self.follow_context(project=self._project_changed)
            self._project_changed()

    @property
    def store(self):
        """The open project (read from the context; ``None`` without one)."""
        return self.ctx.store if self.ctx is not None else None

    # ------------------------------------------------------------------ lifecycle
    def request_for(self, key: str, *view: object) -> tuple:
        """The experiments and plans depend on the project's rows, not the filter."""
        if key == FACTS_KEY:
            return (self.ctx.data_version, id(self.ctx.store))
        return super().request_for(key, *view)

    def _project_changed(self) -> None:
        store = self.ctx.store
        if store is not self._project:  # another project (or none): clear its pages
            self._project = store
            self._data_request = None
            self.ctx.runner.cancel(FACTS_KEY)
            self.calculator.set_experiments([], [])
            self.planner.set_customers_per_day(None)
            if store is None:
                self._show_facts(None, {})
            else:
                self.calculator.data_info.setText(self.tr("Reading the project's experiments…"))
                self.plans.set_store(store, [])  # editable at once; the rows follow
        self.invalidate()

    def refresh(self) -> None:
        """Read the project's experiments (once per data version) and recompute the
        experiment shown for the current filter and settings."""
        store = self.ctx.store
        if store is None:
            return
        if not self.is_current(FACTS_KEY):
            self.submit(FACTS_KEY, _read_facts, store,
                        on_result=lambda facts: self._show_facts(store, facts),
                        label=self.tr("Reading the project's experiments…"))
        shown = self._data_request
        if shown is not None and not self.is_current(TASK_KEY, *shown.values()):
            self._load(**shown)

    def _show_facts(self, store, facts: dict) -> None:
        if store is not self.store:
            return  # a result for a project that is no longer open
        self.calculator.set_experiments(facts.get("experiments"), facts.get("columns", []))
        self.planner.set_customers_per_day(facts.get("per_day"))
        # a plan added while the rows were being read: read them again (tiny table)
        self.plans.set_store(store, None if self.plans.plans else facts.get("plans"))

    # ------------------------------------------------------------------ data-driven
    def _load(self, experiment: str | None, outcome: str, cuped: bool,
              variant_column: str | None = None) -> None:
        """Analyse ``experiment`` (or the orders' ``variant_column``) under the
        context's filter and settings, on the runner."""
        self._data_request = {"experiment": experiment, "outcome": outcome, "cuped": cuped,
                              "variant_column": variant_column}
        if self.store is None:
            return
        ctx = self.ctx
        self.calculator.data_info.setText(self.tr("Computing…"))
        self.submit(TASK_KEY, _experiment_task, ctx.store, experiment, outcome, ctx.spec,
                    ctx.settings, cuped=cuped, variant_column=variant_column,
                    view=(experiment, outcome, cuped, variant_column),
                    on_result=self._data_arrived,
                    on_error=lambda err: self._data_failed(err.message),
                    label=self.tr("Computing the experiment…"))

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

"""One tab lifecycle for all seven tabs, the user's way (tab clicks, the filter bar).

Visible → compute; hidden → stale, computed once when the user opens it; a change while
a hidden tab's job runs cancels that job; every job is submitted for the context's
current request (data version, filter, settings), and no tab keeps its own copy.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from PySide6.QtCore import Qt

from retention_desktop.core.abtest.from_data import experiment_job
from retention_desktop.core.tasks import run_to_completion
from retention_desktop.ui.tabs import cohorts_tab as cohorts_module
from tests.ui.user.screen import click_tab, wait_idle

#: Runner keys of each tab's jobs (prefixes).
TAB_KEYS = {"data": "data-", "overview": "overview", "cohorts": "cohorts",
            "segments": "segments-", "customers": "customers", "abtest": "abtest-",
            "report": "report"}


def tab_of(key: str) -> str | None:
    return next((tab for tab, prefix in TAB_KEYS.items() if key.startswith(prefix)), None)


@pytest.fixture
def shop(window_in, small_store, qtbot, monkeypatch):
    """The English window with the small shop open on Overview; every job that really
    started is recorded as (key, task)."""
    ctx, window = window_in("en")
    started: list = []
    seen: set[int] = set()
    original = ctx.runner.submit

    def spy(key, fn, *args, **kwargs):
        task = original(key, fn, *args, **kwargs)
        if task.id not in seen:  # a new job, not the running one handed back
            seen.add(task.id)
            started.append((task.key, task))
        return task

    monkeypatch.setattr(ctx.runner, "submit", spy)
    click_tab(window.tabs, window.tab_widgets["overview"])
    with qtbot.waitSignal(window.projectOpenFinished, timeout=60_000):
        window.open_project(small_store.path)
    qtbot.waitUntil(lambda: window.filter_bar.options.date_max is not None, timeout=30_000)
    wait_idle(ctx, qtbot)
    return ctx, window, started


def tab_jobs(started) -> Counter:
    return Counter(tab_of(key) for key, _task in started if tab_of(key))


def change_min_orders(window, qtbot, value: int) -> None:
    """Step "min orders" in the filter bar with the arrow key until it shows ``value``."""
    bar = window.filter_bar
    bar.min_orders.setFocus()
    while bar.min_orders.value() < value:
        qtbot.keyClick(bar.min_orders, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.ctx.spec.min_orders == value, timeout=5_000)


def test_each_tab_computes_only_when_visible_and_once_when_shown(shop, qtbot):
    ctx, window, started = shop
    assert set(tab_jobs(started)) == {"overview"}, started
    started.clear()
    change_min_orders(window, qtbot, 2)
    wait_idle(ctx, qtbot)
    assert tab_jobs(started) == Counter(overview=1), started  # the hidden six: stale only

    for key in ("cohorts", "segments", "customers", "abtest", "report", "data"):
        started.clear()
        click_tab(window.tabs, window.tab_widgets[key])
        wait_idle(ctx, qtbot, window.tab_widgets[key])
        jobs = [(k, t) for k, t in started if tab_of(k)]
        assert jobs and {tab_of(k) for k, _t in jobs} == {key}, started
        # once: no job of the tab twice, each for the current filter and settings
        assert max(Counter(k for k, _t in jobs).values()) == 1, started
        for k, task in jobs:
            assert task.request is not None and task.request[0] == ctx.data_version, k
            if key != "data" and k != "abtest-facts":  # those read the rows, not the filter
                assert ctx.spec in task.request and ctx.settings in task.request, k

    # shown again without a change: nothing is computed again
    started.clear()
    for key in ("overview", "cohorts", "segments", "customers", "report"):
        click_tab(window.tabs, window.tab_widgets[key])
        wait_idle(ctx, qtbot)
    assert not tab_jobs(started), started


def test_a_filter_change_cancels_a_hidden_tabs_running_job(shop, qtbot, monkeypatch):
    ctx, window, started = shop
    gate = threading.Event()
    original = cohorts_module.cohort_job

    def held_cohort_job(store, spec, settings, measure, by, token=None):
        """The cohorts job, held until the test lets it go (or it is cancelled)."""
        while not gate.wait(0.01):
            token.raise_if_cancelled()
        return (yield from original(store, spec, settings, measure, by, token=token))

    monkeypatch.setattr(cohorts_module, "cohort_job", held_cohort_job)
    cohorts = window.tab_widgets["cohorts"]
    started.clear()
    click_tab(window.tabs, cohorts)
    running = [t for k, t in started if k == "cohorts"]
    assert len(running) == 1 and ctx.runner.is_running("cohorts")
    # the user leaves the tab while it computes and changes the filter
    click_tab(window.tabs, window.tab_widgets["overview"])
    change_min_orders(window, qtbot, 2)
    assert running[0].token.cancelled, "the hidden tab's outdated job kept running"
    gate.set()
    wait_idle(ctx, qtbot)
    # back on the tab: computed once, for the new filter
    started.clear()
    click_tab(window.tabs, cohorts)
    wait_idle(ctx, qtbot, cohorts)
    assert [k for k, _t in started if tab_of(k)] == ["cohorts"], started
    assert cohorts.request[0] == ctx.spec and ctx.spec.min_orders == 2


def _shown_counts(calc) -> dict[str, tuple[int, int]]:
    table = calc.table
    return {table.item(r, 0).text(): (int(table.item(r, 1).text().replace(",", "")),
                                      int(table.item(r, 2).text().replace(",", "")))
            for r in range(table.rowCount())}


def test_abtest_follows_the_filter_bar_without_a_copy(shop, qtbot):
    ctx, window, started = shop
    tab = window.tab_widgets["abtest"]
    calc = tab.calculator
    click_tab(window.tabs, tab)
    wait_idle(ctx, qtbot)
    calc.experiment_combo.setCurrentIndex(calc.experiment_combo.findData("column:channel"))
    qtbot.mouseClick(calc.load_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx, qtbot)
    before = _shown_counts(calc)
    assert set(before) == {"web", "app", "shop"}

    # the filter changes while the tab is hidden: nothing is computed for it then
    click_tab(window.tabs, window.tab_widgets["overview"])
    started.clear()
    change_min_orders(window, qtbot, 2)
    wait_idle(ctx, qtbot)
    assert not [k for k, _t in started if k.startswith("abtest-")], started
    # opened again: one job, and the table is the experiment under the new filter
    click_tab(window.tabs, tab)
    wait_idle(ctx, qtbot)
    assert [k for k, _t in started if k.startswith("abtest-")] == ["abtest-experiment"]
    expected = run_to_completion(experiment_job(
        ctx.store, None, calc.outcome_text(), ctx.spec, ctx.settings,
        variant_column="channel"))
    after = _shown_counts(calc)
    # the oracle: the same experiment computed directly under the context's new filter
    assert after == {v.name: (v.n, v.conversions) for v in expected.variants}
    assert after != before  # customers with one order left the test
    # the tab reads the project, filter and settings from the context: no own copy
    assert not {"spec", "settings"} & set(vars(tab)) and tab.store is ctx.store

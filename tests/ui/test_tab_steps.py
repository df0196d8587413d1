"""Drawing steps: cheap steps share an event-loop turn, the batch stops at the budget."""

from __future__ import annotations

from types import SimpleNamespace

from retention_desktop.ui.tabs import base
from retention_desktop.ui.tabs.base import AnalysisTab


def _turns(qtbot, monkeypatch, tab: AnalysisTab,
           durations_ms: list[float]) -> list[list[int]]:
    """Run steps that take the given times (on a fake clock, so a busy machine cannot
    change the batches); return the step numbers of each batch."""
    clock = [100.0]
    monkeypatch.setattr(base, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    batches: list[list[int]] = []
    real = tab._next_step

    def next_step() -> None:
        batches.append([])
        real()

    tab._step_timer.timeout.disconnect()
    tab._step_timer.timeout.connect(next_step)

    def step(i: int, ms: float):
        def run() -> None:
            batches[-1].append(i)
            clock[0] += ms / 1000
        return run

    tab.run_steps([step(i, ms) for i, ms in enumerate(durations_ms)])
    qtbot.waitUntil(lambda: tab.pending_steps() == 0, timeout=5000)
    return batches


def test_cheap_steps_run_in_one_turn(qtbot, monkeypatch):
    tab = AnalysisTab(None)
    qtbot.addWidget(tab)
    # Four quick steps (cards, two charts, a table of a small shop): no paint waits.
    assert _turns(qtbot, monkeypatch, tab, [1, 1, 1, 1]) == [[0, 1, 2, 3]]


def test_a_batch_ends_once_it_took_the_budget(qtbot, monkeypatch):
    monkeypatch.setattr(base, "STEP_BUDGET_MS", 25)
    tab = AnalysisTab(None)
    qtbot.addWidget(tab)
    # 15 ms steps: the second one takes the batch past 25 ms, so the third waits for
    # the next turn (a paint in between); a step longer than the budget runs alone.
    assert _turns(qtbot, monkeypatch, tab, [15, 15, 15, 40, 1]) == [[0, 1], [2, 3], [4]]

"""SIGKILL at random points of an import, a settings save and a report export.

The trial logic lives in ``crashkit`` (shared with ``benchmarks/crash_trials.py``, which
runs the long version with a 300k-row file). Here: small files, few seconds per trial.
"""

from __future__ import annotations

import crashkit
import pytest

pytestmark = pytest.mark.slow


def test_killed_import_leaves_old_or_new_data_and_can_be_retried(tmp_path):
    out = crashkit.import_trials(tmp_path, trials=20, rows=3000, seed=7)
    print(out.line())
    assert out.trials == 20
    assert out.failures == []
    assert out.old_state + out.new_state == 20
    assert out.killed >= 10  # most kills land while the import runs


def test_killed_settings_save_keeps_one_complete_value(tmp_path):
    out = crashkit.settings_trials(tmp_path, trials=20, seed=11)
    print(out.line())
    assert out.trials == 20
    assert out.failures == []


def test_killed_report_export_never_leaves_a_truncated_file(tmp_path):
    from retention_desktop.core.demo import build_demo_project

    project = tmp_path / "shop.duckdb"
    build_demo_project(project, n_customers=800, months=12)
    out = crashkit.report_trials(tmp_path / "out", project, trials=4, seed=13)
    print(out.line())
    assert out.trials == 4
    assert out.failures == []

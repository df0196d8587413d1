"""AppContext: project switch loads the project's settings; signals fire once."""

from __future__ import annotations

from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.i18n import default_analysis_settings


def test_settings_saved_in_project_and_reloaded(qapp, small_store, qtbot):
    ctx = AppContext()
    ctx.set_store(small_store, close_old=False)
    new = Settings(grain="week", activity_window_days=60, currency="£", min_cell_n=10)
    with qtbot.waitSignal(ctx.settingsChanged, timeout=1000):
        ctx.set_settings(new)
    path = small_store.path
    ctx.set_store(None)  # closes the store
    assert ctx.settings == default_analysis_settings()
    with ProjectStore(path) as reopened:
        ctx.set_store(reopened, close_old=False)
        assert ctx.settings == new
        ctx.set_store(None, close_old=False)
    ctx.runner.shutdown()


def test_filter_signal_only_on_change(qapp):
    ctx = AppContext()
    fired = []
    ctx.filterChanged.connect(lambda: fired.append(ctx.spec))
    spec = FilterSpec().with_include("country", ["UK"])
    ctx.set_spec(spec)
    ctx.set_spec(FilterSpec().with_include("country", ["UK"]))
    assert fired == [spec]
    ctx.runner.shutdown()

"""GUI test fixtures: offscreen Qt, a thread-leak guard, demo and small projects."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.ui.leaks import find_leaks  # noqa: E402
from tests.ui.shop import build_small_shop  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Per-test user folder and QSettings, so no test sees another's recent files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RETENTION_DESKTOP_HOME", str(home))
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qsettings"))
    yield home


@pytest.fixture(autouse=True)
def _thread_leak_guard(request):
    """Fail any test that leaves a runner task, pool thread or QThread running.

    Like napari's guard: a worker still running after a test would touch freed widgets
    later and make an unrelated test crash.
    """
    yield
    leaks = find_leaks(stop=True)
    if leaks:
        pytest.fail("test left background work running: " + "; ".join(leaks), pytrace=False)


@pytest.fixture
def small_store(tmp_path):
    """A 300-customer project written directly (no importer, no engine)."""
    store = build_small_shop(tmp_path / "small.rdproj.duckdb")
    yield store
    store.close()


@pytest.fixture(scope="module")
def shop_path(tmp_path_factory):
    """A 400-customer tea shop with product lines (``core.demo``), one per test module."""
    from retention_desktop.core.demo import generate_shop, write_shop
    from retention_desktop.core.store import ProjectStore

    path = tmp_path_factory.mktemp("shop") / "shop.rdproj.duckdb"
    with ProjectStore(path) as store:
        write_shop(store, generate_shop(n_customers=400, seed=5, with_activity=False),
                   name="Tea shop", demo=False)
    return path


@pytest.fixture
def demo_store(tmp_path):
    """The bundled demo shop (``core.demo``), falling back to the small shop until it lands."""
    path = tmp_path / "demo.rdproj.duckdb"
    try:
        from retention_desktop.core.demo import build_demo_project
    except ImportError:
        store = build_small_shop(path)
        store.set_meta("demo", True)
    else:
        from retention_desktop.core.store import ProjectStore

        result = build_demo_project(path)
        store = result if isinstance(result, ProjectStore) else ProjectStore(path)
    yield store
    store.close()


@pytest.fixture
def ctx_empty(qapp, tmp_path):
    """An app context holding a new, empty project (closed after the test)."""
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.ui.context import AppContext

    ctx = AppContext()
    store = ProjectStore(tmp_path / "mine.rdproj.duckdb")
    ctx.set_store(store)
    yield ctx
    ctx.runner.shutdown()
    store.close()

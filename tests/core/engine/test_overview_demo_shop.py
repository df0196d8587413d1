"""The Overview job on the demo shop: runs end to end on one cursor, numbers match pandas."""

from retention_desktop.core.demo import build_demo_project, generate_shop
from retention_desktop.core.engine.overview import overview
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion


def test_overview_on_demo_shop(tmp_path):
    path = build_demo_project(tmp_path / "demo.duckdb", n_customers=500)
    orders = generate_shop(n_customers=500).orders
    with ProjectStore(path, read_only=True) as store:
        result = run_to_completion(overview(store, FilterSpec(), Settings()))
    real = orders[(orders["kind"] == "order") & orders["customer_id"].notna()]
    guests = orders[(orders["kind"] == "order") & orders["customer_id"].isna()]
    assert result.kpis["customers"] == real["customer_id"].nunique() == 500
    assert result.kpis["orders"] == len(real)
    assert result.kpis["guest_orders"] == len(guests)

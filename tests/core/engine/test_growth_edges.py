"""Edge cases shared by the growth metrics: empty project, a range with no data, one
customer, only guests. Every metric answers (no exception) and says why it is empty."""

from __future__ import annotations

from datetime import date

import pytest
from growth_fixtures import build_store, orders_frame

from retention_desktop.core.engine.registry import load_all
from retention_desktop.core.engine.spec import FilterSpec, Settings

CASES = {
    "stickiness": {}, "funnel": {}, "compare": {"by": "channel"}, "cac": {},
    "whatif": {}, "nps": {},
}


def shops(tmp_path):
    yield "empty", build_store(tmp_path / "empty.duckdb"), FilterSpec()
    one = orders_frame([("o1", "c1", "2024-01-05", 10.0, "order", "web")])
    yield "one customer", build_store(tmp_path / "one.duckdb", one), FilterSpec()
    guests = orders_frame([("g1", None, "2024-01-05", 10.0, "order", "web"),
                           ("g2", None, "2024-02-05", 12.0, "order", "web")])
    yield "only guests", build_store(tmp_path / "guests.duckdb", guests), FilterSpec()
    yield "range without data", build_store(tmp_path / "later.duckdb", one), FilterSpec(
        date_from=date(2030, 1, 1), date_to=date(2030, 12, 31))


@pytest.mark.parametrize("name", sorted(CASES))
def test_metric_answers_on_edge_shops(tmp_path, name):
    metric = load_all()[name]
    for label, store, spec in shops(tmp_path):
        result = metric(store, spec, Settings(), **CASES[name])
        assert result["metric"] == name, label
        if not result["available"]:
            assert result["reason"], (name, label)
        store.close()


def test_one_customer_values(tmp_path):
    one = orders_frame([("o1", "c1", "2024-01-05", 10.0, "order", "web"),
                        ("o2", "c1", "2024-01-20", 5.0, "order", "web")])
    store = build_store(tmp_path / "one.duckdb", one)
    metrics = load_all()
    f = metrics["funnel"](store, FilterSpec(), Settings())
    assert [s["customers"] for s in f["stages"]] == [1, 1, 0]
    assert f["stages"][1]["median_days_from_previous"] == pytest.approx(15.0)
    st = metrics["stickiness"](store, FilterSpec(), Settings())
    assert st["months"][0]["user_days"] == 2 and st["months"][0]["mau"] == 1
    c = metrics["compare"](store, FilterSpec(), Settings(), by="channel")
    assert c["values"][0]["repeat_purchase_rate"]["value"] == 1.0
    store.close()

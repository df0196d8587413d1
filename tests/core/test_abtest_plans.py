"""Test-plan table: add/list/update/delete, link to assignments, export, definitions."""

import csv

import pytest

from retention_desktop.core.abtest import plans
from retention_desktop.core.abtest.definitions import CARDS
from retention_desktop.core.store import ProjectStore


@pytest.fixture()
def store(tmp_path):
    with ProjectStore(tmp_path / "p.duckdb") as s:
        yield s


def test_add_list_update_delete(store):
    pid = plans.add_plan(store, "Welcome email on day 1", period="days 0–3",
                         target_metric="14-day retention", expected_lift=0.10, baseline=0.20,
                         risks="unsubscribes", experiment="welcome")
    [plan] = plans.list_plans(store)
    assert plan["plan_id"] == pid and plan["concept"] == "Welcome email on day 1"
    assert plan["sample_size_per_variant"] == 6347  # 20 % -> 22 %, Evan Miller
    assert plan["outcome"] == "repeat-14d"
    assert plan["has_results"] is False
    plans.update_plan(store, pid, expected_lift=0.2, status="running")
    plan = plans.get_plan(store, pid)
    assert plan["status"] == "running" and plan["sample_size_per_variant"] < 6347
    second = plans.add_plan(store, "SMS", target_metric="repeat-30d")
    assert second == pid + 1
    assert plans.get_plan(store, second)["sample_size_per_variant"] is None
    plans.delete_plan(store, pid)
    assert [p["plan_id"] for p in plans.list_plans(store)] == [second]


def test_plan_links_to_assignments(store):
    plans.add_plan(store, "Send time", experiment="send_time", target_metric="churn-60d")
    with store.write() as cur:
        for i in range(3):
            cur.execute("INSERT INTO assignments VALUES (?, 'send_time', 'A', now(), NULL)",
                        [f"c{i}"])
    [plan] = plans.list_plans(store)
    assert plan["has_results"] and plan["assigned_customers"] == 3


@pytest.mark.parametrize("kwargs,msg", [({"status": "maybe"}, "status"),
                                        ({"baseline": 2.0}, "between 0 and 1"),
                                        ({"expected_lift": 0}, "lift of 0")])
def test_bad_plans_are_refused_and_nothing_written(store, kwargs, msg):
    with pytest.raises(plans.PlanError, match=msg):
        plans.add_plan(store, "x", **kwargs)
    assert plans.list_plans(store) == []
    with pytest.raises(plans.PlanError, match="concept"):
        plans.add_plan(store, "  ")


def test_export_csv_and_xlsx(store, tmp_path):
    plans.add_plan(store, "=HYPERLINK(evil)", expected_lift=0.1, baseline=0.1)
    out = plans.export_plans(store, tmp_path / "plans.csv")
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["plan_id", "concept", "period"]
    assert rows[1][1] == "'=HYPERLINK(evil)"  # neutralised formula
    from openpyxl import load_workbook

    xlsx = plans.export_plans(store, tmp_path / "plans.xlsx")
    ws = load_workbook(xlsx).active
    assert ws.cell(2, 1).value == 1


def test_definition_cards_complete_and_unique():
    keys = [c["key"] for c in CARDS]
    assert len(keys) == len(set(keys))
    for card in CARDS:
        assert set(card) == {"key", "name", "unit", "formula", "denominator", "window",
                             "description"}
        assert all(card[f].strip() for f in ("name", "formula", "description"))

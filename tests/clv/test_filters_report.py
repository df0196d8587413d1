"""The filter-bar SQL agrees with the Python RFM/stage code; engine filters use it."""

from __future__ import annotations

import pandas as pd
import pytest

from retention_desktop.core.clv import rfm, stages
from retention_desktop.core.clv.report import mean_clv
from retention_desktop.core.clv.summary import daily_transactions
from retention_desktop.core.engine import customer_labels as filters
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore
from tests.clv.helpers import write_orders
from tests.clv.test_rfm_stages import AS_OF, RFM_SHOP, STAGE_SHOP


def _sql_labels(store, kind, settings=None):
    settings = settings or Settings()
    out = {}
    labels = rfm.SEGMENTS if kind == "rfm_segment" else stages.STAGES
    for label in labels:
        sql, params = filters.customer_filter_sql(kind, label, settings)
        for (cid,) in store.cursor().execute(sql, params).fetchall():
            assert cid not in out
            out[cid] = label
    return out


def _project(tmp_path, shop):
    tx = pd.DataFrame([(c, AS_OF - pd.Timedelta(days=d), rev)
                       for c, items in shop.items() for d, rev in items],
                      columns=["customer_id", "ts", "revenue"])
    store = ProjectStore(tmp_path / "shop.duckdb")
    write_orders(store, tx)
    return store, tx


@pytest.mark.parametrize("shop", [RFM_SHOP, STAGE_SHOP])
def test_sql_and_python_labels_agree_on_hand_built_shops(tmp_path, shop):
    store, tx = _project(tmp_path, shop)
    with store:
        daily = daily_transactions(tx)
        as_of = daily["day"].max()  # the filter bar works as of the last order day
        assert _sql_labels(store, "rfm_segment") == rfm.rfm_table(daily, as_of)["segment"].to_dict()
        py = stages.lifecycle_stages(daily, as_of, stages.StageRules(window_days=90))["stage"]
        assert _sql_labels(store, "lifecycle_stage") == py.to_dict()


def test_sql_and_python_labels_agree_on_cdnow(cdnow_project, cdnow_tx):
    with ProjectStore(cdnow_project, read_only=True) as store:
        daily = daily_transactions(cdnow_tx)
        as_of = daily["day"].max()
        py_seg = rfm.rfm_table(daily, as_of)["segment"].to_dict()
        assert _sql_labels(store, "rfm_segment") == py_seg
        settings = Settings(activity_window_days=60)
        py_stage = stages.lifecycle_stages(daily, as_of, stages.StageRules(window_days=60))
        assert _sql_labels(store, "lifecycle_stage", settings) == py_stage["stage"].to_dict()


def test_engine_filter_by_segment_and_stage(cdnow_project, cdnow_tx):
    daily = daily_transactions(cdnow_tx)
    seg = rfm.rfm_table(daily, daily["day"].max())["segment"]
    with ProjectStore(cdnow_project, read_only=True) as store:
        out = kpis(store, FilterSpec(rfm_segment="Champions"), Settings())
        assert out["customers"] == int((seg == "Champions").sum())
        with pytest.raises(ValueError, match="unknown RFM segment"):
            kpis(store, FilterSpec(rfm_segment="Heroes"), Settings())


def test_report_mean_clv(cdnow_project):
    with ProjectStore(cdnow_project, read_only=True) as store:
        value = mean_clv(store, FilterSpec(), Settings(gross_margin_pct=30))
        champions = mean_clv(store, FilterSpec(rfm_segment="Champions"), Settings(gross_margin_pct=30))
    assert 0 < value < champions

"""The Overview job's typed result gives back exactly the former dict form (``to_json``)
on the demo shop and the CDNOW sample, and its headline figures match plain pandas."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core.demo import build_demo_project, generate_shop
from retention_desktop.core.engine.crr import crr_prepared
from retention_desktop.core.engine.kpis import kpis_prepared
from retention_desktop.core.engine.kpis_metric import kpis_metric
from retention_desktop.core.engine.lifecycle import lifecycle_prepared
from retention_desktop.core.engine.overview import (
    comparison_windows,
    overview,
    period_values,
    trend_prepared,
)
from retention_desktop.core.engine.prepared import prepare
from retention_desktop.core.engine.results import HEADLINE_KPIS, Headline, OverviewResult
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion


def former_dict(store, spec: FilterSpec, settings: Settings) -> dict:
    """The Overview job's dict as the code before the typed results built it."""
    prep = prepare(store, spec, settings)
    out = {"compare": None, "kpis": kpis_prepared(prep), "trend": trend_prepared(prep),
           "crr": crr_prepared(prep), "lifecycle": lifecycle_prepared(prep)}
    windows = comparison_windows(prep)
    if windows is not None:
        compare = {"grain": settings.grain, "calendar": settings.calendar,
                   "min_n": int(settings.min_cell_n), "previous": None}
        for name, win in zip(("current", "previous"), windows, strict=True):
            if win is not None:
                compare[name] = {"from": win[0].isoformat(), "to": win[1].isoformat(),
                                 "kpis": period_values(store, spec, settings, win, prep)}
        out["compare"] = compare
    return out


def check(store, orders: pd.DataFrame, settings: Settings) -> OverviewResult:
    result = run_to_completion(overview(store, FilterSpec(), settings))
    assert isinstance(result, OverviewResult) and isinstance(result.headline, Headline)
    former = former_dict(store, FilterSpec(), settings)
    # the same dict, and the same JSON text (key order included)
    assert result.to_json() == former
    assert json.dumps(result.to_json(), default=str) == json.dumps(former, default=str)
    assert Headline.from_json(result.headline.to_json()) == result.headline
    assert kpis_metric(store, FilterSpec(), settings)["headline"] == former["compare"]
    # independent oracle: the headline windows' figures from plain pandas
    known = orders[orders["customer_id"].notna()]
    for period in (result.headline.current, result.headline.previous):
        day = known["order_ts"].dt.date
        docs = known[(day >= period.start) & (day <= period.end)]
        inside = docs[docs["kind"] == "order"]
        assert period.values["orders"] == len(inside)
        assert period.values["customers"] == inside["customer_id"].nunique()
        # net revenue: returns and cancellations subtract
        assert period.values["revenue"] == pytest.approx(docs["revenue"].sum())
    # a card's change is the hand formula over those figures
    now, before = result.headline.current.values, result.headline.previous.values
    for key, unit, better in HEADLINE_KPIS:
        kpi = result.headline.kpi(key, unit, better)
        if kpi.change is None:
            continue
        expected = (now[key] - before[key]) if unit == "rate" \
            else (now[key] - before[key]) / abs(before[key])
        assert kpi.change == pytest.approx(expected), key
    return result


def test_demo_shop_to_json_is_the_former_dict(tmp_path):
    path = build_demo_project(tmp_path / "demo.duckdb", n_customers=400)
    orders = generate_shop(n_customers=400).orders
    with ProjectStore(path, read_only=True) as store:
        result = check(store, orders, Settings())
    assert result.customers == 400


def test_cdnow_to_json_is_the_former_dict(cdnow_store, cdnow_df):
    result = check(cdnow_store, cdnow_df, Settings(grain="quarter"))
    assert result.trend.grain == "quarter" and result.headline.previous is not None
    assert result.trend.column("orders").sum() == len(cdnow_df)


@pytest.mark.parametrize(("measure", "by"), [("return-on", None), ("ltv", None),
                                             ("repurchase", "country")])
def test_cohort_view_to_json_is_the_former_dict(tmp_path, cdnow_store, measure, by):
    """The Cohorts job's typed result gives back the metrics' dicts (the former result)."""
    from retention_desktop.core.engine.cohort_results import CohortViewResult
    from retention_desktop.core.engine.cohorts import cohorts_prepared
    from retention_desktop.core.engine.overview import cohort_view
    from retention_desktop.core.engine.second_order import nday_prepared

    path = build_demo_project(tmp_path / "demo.duckdb", n_customers=300)
    with ProjectStore(path, read_only=True) as demo:
        for store in (demo, cdnow_store):
            if by is not None and store is cdnow_store:
                continue  # CDNOW has no dimension
            settings = Settings()
            result = run_to_completion(cohort_view(store, FilterSpec(), settings, measure, by))
            assert isinstance(result, CohortViewResult)
            prep = prepare(store, FilterSpec(), settings, dims=(by,) if by else ())
            former = {"cohorts": cohorts_prepared(prep, (measure,), by)[measure],
                      "nday": nday_prepared(prep, (7, 14, 30, 60, 90), by)}
            assert json.dumps(result.to_json()) == json.dumps(former)
            # the arrays the heatmap draws hold the cells, and sizes add up to customers
            arrays = result.cohorts.arrays()
            cells = sum(len(r.cells) for r in result.cohorts.rows)
            assert int(np.isfinite(arrays["value"]).sum()) <= cells
            assert int((arrays["n"] > 0).sum()) == cells
            assert sum(r.size for r in result.cohorts.rows) == prep.n_customers


def test_empty_cohort_view_keeps_its_former_form(make_store):
    from retention_desktop.core.engine.overview import cohort_view

    store = make_store()
    result = run_to_completion(cohort_view(store, FilterSpec(), Settings()))
    assert result.cohorts.rows == () and result.cohorts.unit is None
    assert "unit" not in result.to_json()["cohorts"]

"""The report's CLV card: the fast path equals the full analysis; one fit per filter."""

from __future__ import annotations

import shutil
from datetime import date

import pandas as pd
import pytest

import retention_desktop.core.clv.headline as headline
from retention_desktop.core.clv.analysis import CLVOptions, customer_value_job
from retention_desktop.core.clv.report import clv_headline, full_headline
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.report.data import build_report
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import CancelToken, run_to_completion
from tests.clv.helpers import write_orders


@pytest.fixture(scope="module")
def returns_project(tmp_path_factory, cdnow_tx):
    """CDNOW with a return of a third of the spend for every tenth customer."""
    tx = cdnow_tx[["customer_id", "ts", "revenue"]].assign(kind="order")
    spent = tx.groupby("customer_id", as_index=False).agg(ts=("ts", "max"),
                                                         revenue=("revenue", "sum"))
    back = spent[spent.index % 10 == 0].assign(kind="return")
    back["revenue"] *= -1 / 3
    path = tmp_path_factory.mktemp("returns") / "returns.duckdb"
    with ProjectStore(path) as store:
        write_orders(store, pd.concat([tx, back], ignore_index=True))
    return path


@pytest.mark.parametrize("policy", ["net", "gross"])
@pytest.mark.parametrize("spec", [FilterSpec(), FilterSpec(date_to=date(1998, 1, 31)),
                                  FilterSpec(date_to=date(1997, 3, 10)),
                                  FilterSpec(date_from=date(1997, 9, 1),
                                             date_to=date(1998, 1, 31))],
                         ids=["all", "to-jan-98", "short-no-holdout", "sep-97-to-jan-98"])
def test_fast_card_equals_the_full_analysis(returns_project, spec, policy):
    settings = Settings(gross_margin_pct=30, revenue_policy=policy)
    with ProjectStore(returns_project, read_only=True) as store:
        fast = headline.fast_headline(store, spec, settings)
        full = full_headline(store, spec, settings)
    assert fast["value"] == pytest.approx(full["value"], rel=1e-9)
    assert fast["model_ok"] == full["model_ok"]
    assert fast["problems"] == full["problems"]


def test_fast_card_sees_the_holdout_miss(cdnow_project):
    # CDNOW cut to 1998-03-17 misses its holdout (test_model_honesty): the fast path must
    # say so exactly as the full analysis does.
    spec = FilterSpec(date_to=date(1998, 3, 17))
    with ProjectStore(cdnow_project, read_only=True) as store:
        fast = headline.fast_headline(store, spec, Settings())
        full = full_headline(store, spec, Settings())
    assert fast["problems"] == full["problems"]
    assert fast["value"] == pytest.approx(full["value"], rel=1e-9)


@pytest.fixture
def counted(monkeypatch):
    calls = []
    real = headline.fast_headline

    def spy(store, spec, settings):
        calls.append(spec)
        return real(store, spec, settings)

    monkeypatch.setattr(headline, "fast_headline", spy)
    return calls


def test_card_options_are_the_analysis_defaults():
    card = CLVOptions()
    assert (card.horizon_months, card.discount, card.unit, card.penalizer) == (
        headline.CARD_HORIZON_MONTHS, headline.CARD_DISCOUNT, headline.CARD_UNIT, 0.0)


def test_one_fit_per_filter_and_an_import_refits(tmp_path, cdnow_project, cdnow_tx, counted):
    path = tmp_path / "p.duckdb"
    shutil.copy(cdnow_project, path)
    settings = Settings(gross_margin_pct=30)
    cut = FilterSpec(date_to=date(1998, 1, 31))
    with ProjectStore(path) as store:
        first = clv_headline(store, FilterSpec(), settings)
        report = run_to_completion(build_report(store, FilterSpec(), settings))
        assert len(counted) == 1  # the report reused the first fit
        card = next(c for c in report.kpis if c.key in ("clv", "historical_value"))
        assert card.key == ("clv" if first["model_ok"] else "historical_value")
        if first["model_ok"]:
            assert card.value == first["value"]
        clv_headline(store, cut, settings)
        clv_headline(store, cut, settings)
        clv_headline(store, FilterSpec(), settings.with_(gross_margin_pct=40))
        assert len(counted) == 3  # one more per distinct filter / settings
        # An import (any write) makes every answer stale.
        write_orders(store, cdnow_tx.head(50).assign(customer_id="new-buyer"))
        again = clv_headline(store, FilterSpec(), settings)
        assert len(counted) == 4
        assert again["value"] != first["value"]


def test_report_reads_the_customers_tab_analysis(cdnow_project, counted):
    settings = Settings(gross_margin_pct=30)
    spec = FilterSpec(date_to=date(1998, 1, 31))
    with ProjectStore(cdnow_project, read_only=True) as store:
        reference = headline.fast_headline(store, spec, settings)
        counted.clear()
        run_to_completion(customer_value_job(store, spec, settings, CLVOptions(
            overdue_factor=2.0), CancelToken()))
        head = clv_headline(store, spec, settings)
        assert counted == []  # no fit of its own
        assert head["value"] == pytest.approx(reference["value"], rel=1e-9)
        assert head["problems"] == reference["problems"]
        # Other model options (a 6-month holdout) give other figures: fitted afresh.
        other = FilterSpec(date_to=date(1998, 2, 28))
        run_to_completion(customer_value_job(store, other, settings, CLVOptions(
            holdout_days=182), CancelToken()))
        clv_headline(store, other, settings)
        assert counted == [other]

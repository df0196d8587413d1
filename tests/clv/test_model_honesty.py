"""Issue 16, point 6: a customer-value model that does not fit says so, and the report falls
back to a plainly labelled historical value; the CLV card follows the revenue policy."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core.clv.bgnbd import BGNBDParams
from retention_desktop.core.clv.diagnostics import fit_problems, parameter_problems
from retention_desktop.core.clv.report import clv_headline
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.report.data import build_report
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion
from tests.clv.helpers import write_orders


def _params(r, alpha, a, b, se):
    return BGNBDParams(r, alpha, a, b, cov=np.diag(np.square(se)))


def test_parameter_checks_by_hand():
    # The CDNOW published fit (Fader, Hardie & Lee 2005): r = 0.243, alpha = 4.414,
    # a = 0.793, b = 2.426, standard errors well below the values: sound.
    good = _params(0.243, 4.414, 0.793, 2.426, [0.013, 0.339, 0.186, 0.707])
    assert parameter_problems(good, "fit") == []
    # The UCI fit of issue 16: a = 0.0034 +- 0.010 (SE three times a), b = 6.75 +- 22.4.
    uci = _params(0.8, 60.0, 0.0034, 6.75, [0.05, 4.0, 0.010, 22.4])
    problems = parameter_problems(uci, "fit")
    assert len([p for p in problems if "cannot pin it down" in p]) == 2
    # Mean dropout chance after a purchase a / (a + b) = 0.0005 < 1 %: everyone "alive".
    assert any("almost nobody ever stops buying" in p for p in problems)
    # Its calibration split: a = 1.5e-6, b = 27,500, SE NaN: degenerate.
    split = _params(0.8, 60.0, 1.5e-6, 27_500.0, [np.nan] * 4)
    assert sum("no standard error" in p for p in parameter_problems(split, "fit")) == 4

    class Holdout:  # predicted 825, actual 1000: -17.5 % (more than 15 % off)
        params = good
        predicted_total, actual_total = 825.0, 1000.0
        relative_error = (825.0 - 1000.0) / 1000.0

    assert fit_problems(good, Holdout()) == [
        "Holdout check: the model predicted 825 repeat purchases, 1,000 happened (the model "
        "underestimated by 17.5%; more than the 15% allowed)."]
    Holdout.predicted_total, Holdout.relative_error = 900.0, -0.10
    assert fit_problems(good, Holdout()) == []


@pytest.fixture(scope="module")
def cut_project(tmp_path_factory, cdnow_tx):
    """CDNOW cut to 15 Jun 1997 - 17 Mar 1998: its holdout check is 34 % off."""
    tx = cdnow_tx[(cdnow_tx["ts"] >= "1997-06-15") & (cdnow_tx["ts"] <= "1998-03-17")]
    path = tmp_path_factory.mktemp("cut") / "cut.duckdb"
    with ProjectStore(path) as store:
        write_orders(store, tx)
    return path, tx


def test_poor_fit_is_said_and_report_falls_back_to_historical_value(cut_project):
    path, tx = cut_project
    settings = Settings(gross_margin_pct=30)
    with ProjectStore(path, read_only=True) as store:
        head = clv_headline(store, FilterSpec(), settings)
        data = run_to_completion(build_report(store, FilterSpec(), settings))
    assert head["model_ok"] is False
    assert any("Holdout check" in p for p in head["problems"])
    card = next(c for c in data.kpis if c.key in ("clv", "historical_value"))
    assert card.key == "historical_value" and card.note == "model did not fit"
    assert card.label == "Historical value per customer (last 12 months)"
    # By hand with pandas: 30 % of the revenue of the 365 days ending 17 Mar 1998,
    # divided by the customers who ordered in them.
    year = tx[tx["ts"] >= pd.Timestamp("1998-03-17") - pd.Timedelta(days=364)]
    assert card.value == pytest.approx(0.3 * year["revenue"].sum() / year["customer_id"].nunique())


def test_clv_card_follows_the_net_revenue_policy(tmp_path, cdnow_tx):
    # Same purchases twice; in the second shop every customer returns half of what they
    # spent (one return document each, which is not a purchase). The purchase model sees
    # the same orders, so under 'net' the mean CLV is exactly half; under 'gross' equal.
    tx = cdnow_tx[["customer_id", "ts", "revenue"]]
    # (customers who only ever spent $0 have nothing to return: left out of this shop)
    spent = tx.groupby("customer_id")["revenue"].transform("sum")
    tx = tx[spent > 0]
    returns = tx.groupby("customer_id", as_index=False).agg(ts=("ts", "max"),
                                                            revenue=("revenue", "sum"))
    returns["revenue"] *= -0.5
    returns["kind"] = "return"
    with_returns = pd.concat([tx.assign(kind="order"), returns], ignore_index=True)
    plain, halved = tmp_path / "plain.duckdb", tmp_path / "half.duckdb"
    with ProjectStore(plain) as store:
        write_orders(store, tx)
    with ProjectStore(halved) as store:
        write_orders(store, with_returns)
    values = {}
    for name, path in (("plain", plain), ("half", halved)):
        with ProjectStore(path, read_only=True) as store:
            for policy in ("net", "gross"):
                values[name, policy] = clv_headline(
                    store, FilterSpec(), Settings(revenue_policy=policy))["value"]
    assert values["half", "net"] == pytest.approx(values["plain", "net"] / 2, rel=1e-9)
    assert values["half", "gross"] == pytest.approx(values["plain", "gross"], rel=1e-9)

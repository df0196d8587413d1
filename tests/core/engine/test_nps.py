"""NPS / CSAT: hand-counted answers, cohort and segment splits, promoter vs detractor
repeat rates, and a pandas cross-check on CDNOW customers with generated answers."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest
from growth_fixtures import build_store, cdnow_orders, orders_frame
from statsmodels.stats.proportion import proportions_ztest

from retention_desktop.core.engine.nps import nps
from retention_desktop.core.engine.spec import FilterSpec, Settings

ORDERS = [
    ("1", "c1", "2024-01-05", 10.0, "order", "web"), ("2", "c1", "2024-02-05", 10.0, "order", "web"),
    ("3", "c2", "2024-01-07", 10.0, "order", "web"),
    ("4", "c3", "2024-02-01", 10.0, "order", "store"),
    ("5", "c5", "2024-02-02", 10.0, "order", "store"), ("6", "c5", "2024-03-02", 10.0, "order", "web"),
    ("7", "c6", "2024-02-03", 10.0, "order", "store"),
    ("8", "c7", "2024-02-04", 10.0, "order", "store"),
    ("9", "c8", "2024-02-05", 10.0, "order", "web"), ("10", "c8", "2024-02-06", 10.0, "order", "web"),
    ("11", "c8", "2024-02-07", 10.0, "order", "web"),
]
ANSWERS = [  # (customer, date, score, kind)
    ("c1", "2024-01-10", 0, "nps"),   # c1's earlier answer: detractor
    ("c1", "2024-03-01", 10, "nps"),  # latest: promoter
    ("c2", "2024-03-01", 9, "nps"),
    ("c3", "2024-03-01", 8, "nps"),
    ("c4", "2024-03-01", 7, "nps"),   # never ordered
    ("c5", "2024-03-01", 6, "nps"),
    ("c6", "2024-03-01", 0, "nps"),
    ("c7", "2024-03-01", 3, "nps"),
    ("c8", "2024-03-01", 10, "nps"),
    ("c9", "2024-03-01", 11, "nps"),  # off the scale: invalid
    ("c1", "2024-03-02", 5, "csat"), ("c2", "2024-03-02", 4, "csat"),
    ("c3", "2024-03-02", 3, "csat"), ("c5", "2024-03-02", 1, "CSAT"),
    ("c6", "2024-03-02", 0, "csat"),  # invalid on 1-5
]


def survey_frame(rows):
    return pd.DataFrame({"customer_id": [r[0] for r in rows],
                         "ts": pd.to_datetime([r[1] for r in rows]),
                         "score": [float(r[2]) for r in rows], "kind": [r[3] for r in rows]})


@pytest.fixture
def shop(tmp_path):
    store = build_store(tmp_path / "nps.duckdb", orders_frame(ORDERS), survey=survey_frame(ANSWERS))
    yield store
    store.close()


def test_nps_and_csat_by_hand(shop):
    r = nps(shop, FilterSpec(), Settings())
    n = r["nps"]
    # 9 valid NPS answers: promoters 10, 9, 10 = 3; passives 8, 7 = 2; detractors 0, 6, 0, 3 = 4.
    assert (n["n"], n["promoters"], n["passives"], n["detractors"]) == (9, 3, 2, 4)
    assert n["nps"] == pytest.approx(100 * (3 - 4) / 9)
    # Interval: per-answer score +1/0/-1, var = p+ + p- - (p+ - p-)^2.
    var = 3 / 9 + 4 / 9 - (1 / 9) ** 2
    half = 1.959963984540054 * math.sqrt(var / 9)
    assert n["ci_low"] == pytest.approx(100 * (-1 / 9 - half))
    # CSAT valid answers 5, 4, 3, 1: mean 3.25; top-2-box 2/4. Two invalid answers.
    assert r["csat"]["n"] == 4 and r["csat"]["mean"] == pytest.approx(3.25)
    assert r["csat"]["top2_box"]["value"] == pytest.approx(0.5)
    assert r["invalid"] == 2


def test_repeat_by_group(shop):
    r = nps(shop, FilterSpec(), Settings())
    groups = {g["group"]: g for g in r["repeat_by_group"]}
    # Latest NPS answer per customer who ordered: promoters c1 (2 orders), c2 (1), c8 (3);
    # passive c3 (1) (c4 never ordered); detractors c5 (2), c6 (1), c7 (1).
    assert (groups["promoter"]["customers"], groups["promoter"]["repeaters"]) == (3, 2)
    assert (groups["passive"]["customers"], groups["passive"]["repeaters"]) == (1, 0)
    assert (groups["detractor"]["customers"], groups["detractor"]["repeaters"]) == (3, 1)
    _, p = proportions_ztest([2, 1], [3, 3])
    assert r["repeat_p_value"] == pytest.approx(p)


def test_by_cohort_and_segment(shop):
    r = nps(shop, FilterSpec(), Settings(), by="channel")
    cohorts = {c["cohort"]: c for c in r["by_cohort"]}
    # January cohort: c1 (0 and 10), c2 (9) -> 2 promoters, 1 detractor.
    assert (cohorts["2024-01-01"]["promoters"], cohorts["2024-01-01"]["detractors"]) == (2, 1)
    # February cohort: c3 8, c5 6, c6 0, c7 3, c8 10.
    assert cohorts["2024-02-01"]["n"] == 5
    assert cohorts["2024-02-01"]["nps"] == pytest.approx(100 * (1 - 3) / 5)
    segs = {s["value"]: s for s in r["by_segment"]}
    # Segment = channel of the first order: web c1, c2, c8; store c3, c5, c6, c7.
    assert (segs["web"]["n"], segs["web"]["nps"]) == (4, pytest.approx(100 * (3 - 1) / 4))
    assert (segs["store"]["n"], segs["store"]["detractors"]) == (4, 3)
    assert segs["web"]["csat"]["n"] == 2  # c1 5, c2 4


def test_filters_and_date_range(shop):
    web = nps(shop, FilterSpec.from_where_args(["channel=web"]), Settings())
    # Customers with web orders: c1, c2, c5, c8 -> answers 0, 10, 9, 6, 10.
    assert web["nps"]["n"] == 5 and web["nps"]["promoters"] == 3
    jan = nps(shop, FilterSpec(date_from=date(2024, 1, 1), date_to=date(2024, 1, 31)),
              Settings())
    assert jan["nps"]["n"] == 1 and jan["nps"]["nps"] == pytest.approx(-100.0)
    none = nps(shop, FilterSpec(date_from=date(2025, 1, 1)), Settings())
    assert none["available"] is False


def test_not_available_without_survey(tmp_path):
    store = build_store(tmp_path / "n.duckdb", orders_frame(ORDERS))
    r = nps(store, FilterSpec(), Settings())
    assert r["available"] is False and "survey" in r["reason"]
    store.close()


def test_cdnow_generated_answers_match_pandas(tmp_path):
    df = cdnow_orders()
    rng = np.random.default_rng(7)
    ids = df["customer_id"].drop_duplicates().sample(600, random_state=3).tolist()
    sv = pd.DataFrame({"customer_id": ids, "ts": pd.Timestamp("1997-09-01"),
                       "score": rng.integers(0, 11, len(ids)).astype(float), "kind": "nps"})
    store = build_store(tmp_path / "cd.duckdb", df, survey=sv)
    r = nps(store, FilterSpec(), Settings(), by="channel")
    share = lambda s: ((s >= 9).mean() - (s <= 6).mean()) * 100  # noqa: E731
    assert r["nps"]["nps"] == pytest.approx(share(sv["score"]))
    first = df.sort_values(["customer_id", "order_ts", "order_id"]).groupby("customer_id").first()
    seg = sv.join(first["channel"], on="customer_id")
    for s in r["by_segment"]:
        assert s["nps"] == pytest.approx(share(seg.loc[seg["channel"] == s["value"], "score"]))
    counts = df.groupby("customer_id").size()
    prom = sv[sv["score"] >= 9]["customer_id"]
    g = next(x for x in r["repeat_by_group"] if x["group"] == "promoter")
    assert g["rate"] == pytest.approx((counts[prom] >= 2).mean())
    store.close()

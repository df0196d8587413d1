"""Experiment counts from project data: a hand-built shop with hand-worked counts, and
the demo shop cross-checked with plain pandas."""

from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core.abtest.from_data import (
    ExperimentError,
    experiment_job,
    list_experiments,
    parse_outcome,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

D = datetime
ORDERS = [  # customer, ts, kind, revenue, country
    ("c1", D(2023, 12, 20), "order", 50, "UK"), ("c1", D(2024, 1, 10), "order", 30, "UK"),
    ("c2", D(2024, 1, 5), "order", 20, "DE"),
    ("c3", D(2024, 1, 2, 10), "order", 40, "UK"), ("c3", D(2024, 2, 15), "order", 25, "UK"),
    ("c4", D(2023, 11, 1), "order", 100, "UK"), ("c4", D(2024, 1, 3), "order", 60, "UK"),
    ("c4", D(2024, 1, 4), "return", -10, "UK"),
    ("c5", D(2024, 1, 1, 12), "order", 10, "DE"), ("c5", D(2024, 1, 20), "order", 15, "DE"),
    ("c7", D(2024, 3, 25), "order", 10, "DE"),
    ("c8", D(2024, 1, 2), "order", 10, "UK"), ("c8", D(2024, 1, 9), "order", 10, "UK"),
    (None, D(2024, 4, 1, 9), "order", 5, "UK"),  # guest: only sets the data end
]
ASSIGN = [  # customer, experiment, variant, ts
    ("c1", "exp1", "control", D(2024, 1, 1)), ("c2", "exp1", "control", D(2024, 1, 1)),
    ("c3", "exp1", "control", D(2024, 1, 2)), ("c4", "exp1", "B", D(2024, 1, 1)),
    ("c5", "exp1", "B", D(2024, 1, 1)), ("c6", "exp1", "B", D(2024, 1, 3)),
    ("c7", "exp1", "B", D(2024, 3, 20)), ("c8", "exp1", "control", D(2024, 1, 1)),
    ("c8", "exp1", "B", D(2024, 1, 1)), ("c9", "exp1", "control", None),
    ("c1", "other", "x", D(2024, 1, 1)),
]


@pytest.fixture()
def store(tmp_path):
    with ProjectStore(tmp_path / "hand.duckdb") as s:
        with s.write() as cur:
            for i, (c, ts, kind, rev, country) in enumerate(ORDERS):
                cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, "
                            "country) VALUES (?, ?, ?, ?, ?, ?)", [f"o{i}", c, ts, rev, kind, country])
            for c, e, v, ts in ASSIGN:
                cur.execute("INSERT INTO assignments (customer_id, experiment, variant, "
                            "assigned_ts) VALUES (?, ?, ?, ?)", [c, e, v, ts])
        yield s


def _run(store, outcome, **kw):
    return run_to_completion(experiment_job(store, "exp1", outcome, **kw))


def _counts(data):
    return {v.name: (v.n, v.conversions) for v in data.variants}


def test_repeat_30d_hand_worked(store):
    data = _run(store, "repeat-30d")
    # control: c1 returns on 01-10; c2's only order is its first; c3 returns after day 30.
    # B: c4 returns 01-03; c5 returns 01-20; c6 never ordered. c7 too recent, c8 in both
    # variants, c9 has no assignment time.
    assert [v.name for v in data.variants] == ["control", "B"]
    assert _counts(data) == {"control": (3, 1), "B": (3, 2)}
    assert data.excluded == {"in_two_variants": 1, "no_assignment_time": 1, "too_recent": 1,
                             "before_date_from": 0, "filtered_out": 0}
    assert data.data_end == "2024-04-01"


def test_repeat_60d_hand_worked(store):
    assert _counts(_run(store, "repeat-60d")) == {"control": (3, 2), "B": (3, 2)}


def test_active_and_churn_hand_worked(store):
    # W = 30: active at day 60 = repeat order in (t0+30, t0+60] -> only c3.
    data = _run(store, "active-60d", settings=Settings(activity_window_days=30))
    assert _counts(data) == {"control": (3, 1), "B": (3, 0)}
    churn = _run(store, "churn-60d", settings=Settings(activity_window_days=30))
    assert _counts(churn) == {"control": (3, 2), "B": (3, 3)}
    assert churn.outcome.higher_is_better is False


def test_revenue_net_gross_and_cuped(store):
    net = {v.name: v for v in _run(store, "revenue-30d").variants}
    assert net["control"].mean == pytest.approx(30.0) and net["control"].sd == pytest.approx(10.0)
    assert net["B"].mean == pytest.approx(np.mean([50, 25, 0]))
    assert net["B"].sd == pytest.approx(np.std([50, 25, 0], ddof=1))
    gross = {v.name: v for v in _run(store, "revenue-30d",
                                     settings=Settings(revenue_policy="gross")).variants}
    assert gross["B"].mean == pytest.approx(np.mean([60, 25, 0]))
    cup = _run(store, "revenue-30d", cuped=True)
    y = np.array([30, 20, 40, 50, 25, 0.0])   # c1 c2 c3 | c4 c5 c6
    x = np.array([50, 0, 0, 100, 0, 0.0])     # spend up to the assignment instant
    theta = np.cov(x, y)[0, 1] / np.var(x, ddof=1)
    adj = y - theta * (x - x.mean())
    assert cup.cuped["theta"] == pytest.approx(theta)
    means = {v.name: v.mean for v in cup.variants}
    assert means["control"] == pytest.approx(adj[:3].mean())
    assert means["B"] == pytest.approx(adj[3:].mean())


def test_filter_country_keeps_customers_with_matching_orders(store):
    data = _run(store, "repeat-30d", spec=FilterSpec.from_where_args(["country=UK"]))
    assert _counts(data) == {"control": (2, 1), "B": (1, 1)}
    assert data.excluded["filtered_out"] == 4  # c2, c5, c6 (no orders), c7


def test_customer_level_filter_through_engine(store):
    # min 2 orders: c2, c6, c7 drop out; c8 (two variants) stays excluded.
    data = _run(store, "repeat-30d", spec=FilterSpec(min_orders=2))
    assert _counts(data) == {"control": (2, 1), "B": (2, 2)}
    assert data.excluded["filtered_out"] == 3


def test_date_from_and_date_to(store):
    data = _run(store, "repeat-30d", spec=FilterSpec(date_from=date(2024, 1, 2)))
    assert _counts(data) == {"control": (1, 0), "B": (1, 0)}  # c3 and c6
    early = _run(store, "repeat-30d", spec=FilterSpec(date_to=date(2024, 1, 31)))
    # Data ends 01-31 (exclusive 02-01 00:00): c3 (t0 01-02) is observed exactly 30 days and
    # its 02-15 order is outside; c6 (t0 01-03) is one day short.
    assert _counts(early) == {"control": (3, 1), "B": (2, 2)}
    assert early.excluded["too_recent"] == 2  # c6, c7


def test_variant_column_and_control_choice(store):
    data = run_to_completion(experiment_job(store, None, "repeat-30d", variant_column="country",
                                            control="UK"))
    assert data.variants[0].name == "UK"


def test_clear_messages(store):
    with pytest.raises(ExperimentError, match="exp1, other"):
        _run_named(store, "nope")
    with pytest.raises(ExperimentError, match="Unknown outcome"):
        parse_outcome("clicks-3d")
    with pytest.raises(ExperimentError, match="shorter outcome window"):
        _run(store, "repeat-400d")
    with pytest.raises(ExperimentError, match="no column"):
        run_to_completion(experiment_job(store, None, "repeat-30d", variant_column="zzz"))


def _run_named(store, name):
    return run_to_completion(experiment_job(store, name, "repeat-30d"))


def test_list_experiments(store):
    exps = list_experiments(store)
    assert [e["experiment"] for e in exps] == ["exp1", "other"]
    assert exps[0]["variants"] == ["B", "control"] and exps[0]["customers"] == 9


def test_demo_shop_matches_pandas(tmp_path):
    from retention_desktop.core.demo import EXPERIMENT, build_demo_project

    path = build_demo_project(tmp_path / "demo.duckdb", n_customers=1500, months=12)
    with ProjectStore(path, read_only=True) as s:
        data = run_to_completion(experiment_job(s, EXPERIMENT, "repeat-30d"))
        orders = s.cursor().execute("SELECT customer_id, order_ts, kind FROM orders").df()
        asg = s.cursor().execute("SELECT * FROM assignments WHERE experiment = ?",
                                 [EXPERIMENT]).df()
    o = orders[(orders.kind == "order") & orders.customer_id.notna()]
    first = o.groupby("customer_id").order_ts.min().rename("first_ts")
    end = pd.Timestamp(o.order_ts.max().date()) + pd.Timedelta(days=1)
    m = asg.merge(o, on="customer_id", how="left").merge(first, on="customer_id", how="left")
    m["hit"] = ((m.order_ts > m.assigned_ts) & (m.order_ts > m.first_ts)
                & (m.order_ts <= m.assigned_ts + pd.Timedelta(days=30)))
    per = m.groupby(["customer_id", "variant", "assigned_ts"]).hit.any().reset_index()
    per = per[per.assigned_ts + pd.Timedelta(days=30) <= end]
    expected = {v: (len(g), int(g.hit.sum())) for v, g in per.groupby("variant")}
    assert _counts(data) == expected
    assert data.variants[0].name == "control"


def test_report_verdicts_use_the_linked_plan_outcome(store):
    from retention_desktop.core.abtest.plans import add_plan
    from retention_desktop.core.report.ab_verdicts import latest_verdicts

    add_plan(store, "welcome", target_metric="60-day repeat purchase", experiment="exp1")
    verdicts = latest_verdicts(store, FilterSpec(), Settings())
    exp1 = [v for v in verdicts if v.experiment == "exp1"]
    assert len(exp1) == 1 and exp1[0].outcome == "repeat-60d"
    assert (exp1[0].control_rate, exp1[0].variant_rate) == (pytest.approx(2 / 3),
                                                            pytest.approx(2 / 3))
    assert "same result" in exp1[0].verdict

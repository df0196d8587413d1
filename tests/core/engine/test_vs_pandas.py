"""Every engine metric against an independent plain-pandas computation on real samples
(CDNOW, Online Retail II) and a deterministic synthetic shop with returns and guests."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pandas_ref as ref
import pytest

from retention_desktop.core.engine import cohorts as co
from retention_desktop.core.engine.crr import crr
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.lifecycle import lifecycle
from retention_desktop.core.engine.second_order import nday, time_to_second
from retention_desktop.core.engine.spec import FilterSpec, Settings

DATASETS = ["cdnow", "synth", "retail"]


@pytest.fixture(params=DATASETS)
def data(request):
    df = request.getfixturevalue(f"{request.param}_df")
    store = request.getfixturevalue(f"{request.param}_store")
    return request.param, df, store


def bounds(df, spec=None):
    spec = spec or FilterSpec()
    ts = pd.to_datetime(df["order_ts"])
    end = min(spec.date_to, ts.max().date()) if spec.date_to else ts.max().date()
    return spec.date_from or ts.min().date(), end


def close(a, b, tol=1e-9):
    if a is None or b is None or (isinstance(b, float) and pd.isna(b)):
        return a is None and (b is None or pd.isna(b))
    return abs(a - b) <= tol * max(1.0, abs(b))


RANGES = [FilterSpec(), FilterSpec(date_from=date(1997, 3, 1), date_to=date(1997, 10, 15)),
          FilterSpec(date_from=date(2023, 6, 10), date_to=date(2024, 1, 20))]


@pytest.mark.parametrize("spec", RANGES, ids=["all", "range97", "range23"])
def test_kpis_match_pandas(data, spec):
    _, df, store = data
    start, end = bounds(df, spec)
    got = kpis(store, spec, Settings())
    want = ref.kpis(df, start, end)
    for key, value in want.items():
        assert close(got[key], value), (key, got[key], value)


def test_kpis_gross_policy(synth_df, synth_store):
    start, end = bounds(synth_df)
    got = kpis(synth_store, FilterSpec(), Settings(revenue_policy="gross"))
    want = ref.kpis(synth_df, start, end, policy="gross")
    assert close(got["revenue"], want["revenue"])
    net = kpis(synth_store, FilterSpec(), Settings())
    assert net["revenue"] < got["revenue"]  # the synthetic shop has returns


@pytest.mark.parametrize("spec", RANGES[:2], ids=["all", "range97"])
@pytest.mark.parametrize("window", [90, 30])
def test_crr_matches_pandas(data, spec, window):
    name, df, store = data
    start, end = bounds(df, spec)
    got = crr(store, spec, Settings(activity_window_days=window))["periods"]
    want = ref.crr(df, start, end, window)
    assert [p["period"] for p in got] == [p["period"] for p in want]
    for g, w in zip(got, want, strict=True):
        for key in ("S0", "N", "E", "retained", "churned"):
            assert g[key] == w[key], (name, g["period"], key, g[key], w[key])
        for key in ("crr", "crr_strict", "churn_rate"):
            assert close(g[key], w[key]), (g["period"], key)
        if window == 90:  # W >= a month: every new customer is active at the end
            assert g["resurrected"] == w["resurrected"]


@pytest.mark.parametrize("freq,grain", [("M", "month"), ("Q", "quarter")])
def test_lifecycle_matches_pandas(data, freq, grain):
    _, df, store = data
    start, end = bounds(df)
    got = lifecycle(store, FilterSpec(), Settings(grain=grain))["periods"]
    want = ref.lifecycle(df, start, end, freq)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        for key, value in w.items():
            assert g[key] == value or close(g[key], value), (g["period"], key)


@pytest.mark.parametrize("measure", co.MEASURES)
def test_cohorts_match_pandas(data, measure):
    _, df, store = data
    start, end = bounds(df)
    got = co.cohorts(store, FilterSpec(), Settings(), measure=measure)
    want = ref.cohort_matrix(df, start, end, measure)
    assert [r["cohort"] for r in got["cohorts"]] == list(want)
    for row in got["cohorts"]:
        cells = want[row["cohort"]]
        assert [c["k"] for c in row["cells"]] == list(cells)
        for cell in row["cells"]:
            value, n = cells[cell["k"]]
            assert cell["n"] == n == row["size"]
            assert close(cell["value"], value), (row["cohort"], cell["k"])
            if measure in co.RATE_MEASURES:
                lo, hi = ref.wilson(value * n, n)
                assert close(cell["ci_low"], max(lo, 0.0)) and close(cell["ci_high"], min(hi, 1.0))
            else:
                assert cell["ci_low"] is None


def test_cohort_mean_row_and_health(synth_df, synth_store):
    start, end = bounds(synth_df)
    got = co.cohorts(synth_store, FilterSpec(), Settings(), measure="return-on")
    want = ref.cohort_matrix(synth_df, start, end, "return-on")
    last_complete = pd.Timestamp(end).to_period("M") - (0 if end.day == pd.Timestamp(end).days_in_month else 1)
    # The first cohort (everyone already active when the data starts) is left out and
    # the mean stops at the first age with fewer than 3 complete cohorts.
    first = min(want)
    expected = []
    for k in range(0, 100):
        num = den = 0.0
        used = 0
        for cohort, cells in want.items():
            p = pd.Timestamp(cohort).to_period("M") + k
            if cohort != first and k in cells and p <= last_complete:
                num += cells[k][0] * cells[k][1]
                den += cells[k][1]
                used += 1
        if used < 3:
            break
        expected.append((k, num / den))
    assert [m["k"] for m in got["mean"]] == [k for k, _ in expected]
    for m, (_k, value) in zip(got["mean"], expected, strict=True):
        assert close(m["value"], value)
    means = {m["k"]: m["value"] for m in got["mean"]}
    for row, health in zip(got["cohorts"], got["health"], strict=True):
        for cell, score in zip(row["cells"], health["cells"], strict=True):
            ref_mean = means.get(cell["k"])
            if ref_mean:
                assert close(score["score"], 100 * cell["value"] / ref_mean, 1e-5)  # 4 decimals
            else:  # no complete cell at that age, or an average of 0: no score
                assert score["score"] is None


@pytest.mark.parametrize("n", [7, 30, 90])
def test_nday_matches_pandas(data, n):
    _, df, store = data
    start, end = bounds(df)
    got = nday(store, FilterSpec(), Settings(), n=[n])["overall"][0]
    eligible, hits = ref.nday(df, start, end, n)
    assert (got["eligible"], got["repeaters"]) == (eligible, hits)


def test_nday_per_cohort_sums_to_overall(synth_store):
    got = nday(synth_store, FilterSpec(), Settings(), n=[30])
    assert sum(r["eligible"] for r in got["by_cohort"]) == got["overall"][0]["eligible"]
    assert sum(r["repeaters"] for r in got["by_cohort"]) == got["overall"][0]["repeaters"]


def test_time_to_second_matches_pandas(data):
    _, df, store = data
    start, end = bounds(df)
    got = time_to_second(store, FilterSpec(), Settings())
    d = ref.prep(df, end)
    fs = ref.first_second(d)
    gaps = ((fs["second"] - fs["first"]).dropna().dt.total_seconds() / 86400)
    # Kaplan-Meier median (statsmodels) counting customers without a second order yet.
    assert close(got["median_days"], ref.km_median_second(df, start, end))
    assert sum(b["customers"] for b in got["histogram"]) == len(gaps)
    assert got["histogram"][0]["customers"] == int((gaps < 1).sum())
    for w in got["within"]:
        assert (w["eligible"], w["with_second"]) == ref.nday(df, start, end, w["days"])
    aov = ref.aov_by_order_number(df, start, end)
    for row, k in zip(got["aov_by_order_number"], sorted(aov), strict=True):
        assert row["orders"] == aov[k][0] and close(row["aov"], aov[k][1])


def test_filters_match_pandas_subset(synth_df, synth_store):
    spec = FilterSpec.from_where_args(["country=UK", "channel!=email"])
    sub = synth_df[(synth_df["country"] == "UK") & (synth_df["channel"] != "email")]
    start, end = bounds(synth_df)
    got = kpis(synth_store, spec, Settings())
    want = ref.kpis(sub, start, end)
    for key, value in want.items():
        assert close(got[key], value), key
    got_crr = crr(synth_store, spec, Settings())["periods"]
    want_crr = ref.crr(sub, start, end)
    assert [(p["S0"], p["N"], p["E"]) for p in got_crr] == [(p["S0"], p["N"], p["E"]) for p in want_crr]


def test_customer_level_filters(synth_df, synth_store):
    start, end = bounds(synth_df)
    d = ref.prep(synth_df, end)
    n_orders = d[d["kind"] == "order"].groupby("customer_id").size()
    keep = set(n_orders[n_orders >= 3].index)
    got = kpis(synth_store, FilterSpec(min_orders=3), Settings())
    want = ref.kpis(synth_df[synth_df["customer_id"].isin(keep)], start, end)
    assert got["customers"] == want["customers"] and close(got["revenue"], want["revenue"])
    first = d[d["kind"] == "order"].groupby("customer_id")["date"].min()
    keep = set(first[(first >= date(2023, 4, 1)) & (first <= date(2023, 6, 30))].index)
    got = kpis(synth_store, FilterSpec(first_order_from=date(2023, 4, 1),
                                       first_order_to=date(2023, 6, 30)), Settings())
    assert got["customers"] == len(keep)


def test_kpis_by_dimension_equals_filtering(synth_store):
    got = kpis(synth_store, FilterSpec(), Settings(), by="channel")
    assert {s["value"] for s in got["segments"]} == {"ads", "email", "organic"}
    for seg in got["segments"]:
        alone = kpis(synth_store, FilterSpec.from_where_args([f"channel={seg['value']}"]),
                     Settings())
        for key in ("customers", "orders", "revenue", "repeat_purchase_rate",
                    "returning_customer_rate"):
            assert close(seg[key], alone[key]), key
    assert close(sum(s["share_of_spend"] for s in got["segments"]), 1.0, 1e-9)


def test_dimension_cohorts_count_only_observed_customers(synth_df, synth_store):
    got = co.cohorts(synth_store, FilterSpec(), Settings(), measure="return-on", by="channel")
    start, end = bounds(synth_df)
    d = ref.prep(synth_df, end)
    o = d[d["kind"] == "order"].copy()
    o["p"] = pd.to_datetime(o["date"]).dt.to_period("M")
    first = o.sort_values(["order_ts", "order_id"]).groupby("customer_id").first()
    last_complete = pd.Timestamp(end).to_period("M") - 1  # synthetic data ends mid-March
    for row in got["cohorts"]:
        members = first[first["channel"] == row["cohort"]]
        assert row["size"] == len(members)
        for cell in row["cells"][:6]:
            k = cell["k"]
            seen = members[members["p"] + k <= last_complete]
            active = o[o["customer_id"].isin(seen.index)]
            hits = sum(1 for c, p in seen["p"].items()
                       if ((active["customer_id"] == c) & (active["p"] == p + k)).any())
            assert cell["n"] == len(seen) and close(cell["value"], hits / len(seen))


def test_customers_in_cell_match_pandas(synth_df, synth_store):
    start, end = bounds(synth_df)
    d = ref.prep(synth_df, end)
    o = d[d["kind"] == "order"].copy()
    o["p"] = pd.to_datetime(o["date"]).dt.to_period("M")
    first = o.groupby("customer_id")["p"].min()
    cohort = pd.Period("2023-03", "M")
    members = set(first[first == cohort].index)
    want = set(o.loc[o["customer_id"].isin(members) & (o["p"] == cohort + 2), "customer_id"])
    got = co.customers_in_cell(synth_store, FilterSpec(), Settings(), "2023-03-01", 2,
                               "return-on")
    assert {r["customer_id"] for r in got["customers"]} == want and got["total"] == len(want)
    matrix = co.cohorts(synth_store, FilterSpec(), Settings())
    cell = next(r for r in matrix["cohorts"] if r["cohort"] == "2023-03-01")["cells"][2]
    assert close(cell["value"], len(want) / len(members))
    ltv = co.customers_in_cell(synth_store, FilterSpec(), Settings(), "2023-03-01", 2, "ltv")
    assert ltv["total"] == len(members)


@pytest.mark.parametrize("measure", ["repurchase", "on-or-after", "revenue"])
def test_customers_in_dimension_cell_match_matrix(synth_store, measure):
    matrix = co.cohorts(synth_store, FilterSpec(), Settings(), measure=measure, by="channel")
    row = next(r for r in matrix["cohorts"] if r["cohort"] == "email")
    cell = row["cells"][2]
    got = co.customers_in_cell(synth_store, FilterSpec(), Settings(), "email", 2, measure,
                               by="channel")
    if measure == "revenue":  # everyone with money in age 2; the cell averages over n
        assert close(sum(r["value"] for r in got["customers"]) / cell["n"], cell["value"])
    else:
        assert close(got["total"] / cell["n"], cell["value"])
    assert all(r["customer_id"] and r["customer_id"].startswith("c") for r in got["customers"])


def test_crr_lifecycle_breakdown_equals_filtering(synth_df, synth_store):
    start, end = bounds(synth_df)
    got = crr(synth_store, FilterSpec(), Settings(), by="country")
    assert {s["value"] for s in got["segments"]} == {"UK", "DE", "FR"}
    for seg in got["segments"]:
        want = ref.crr(synth_df[synth_df["country"] == seg["value"]], start, end)
        assert [(p["S0"], p["N"], p["E"], p["retained"]) for p in seg["periods"]] == [
            (p["S0"], p["N"], p["E"], p["retained"]) for p in want]
    life = lifecycle(synth_store, FilterSpec(), Settings(), by="country")
    uk = next(s for s in life["segments"] if s["value"] == "UK")
    want = ref.lifecycle(synth_df[synth_df["country"] == "UK"], start, end)
    assert [p["new"] for p in uk["periods"]] == [p["new"] for p in want]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("grain,freq,window", [("week", "W-SUN", 10), ("month", "M", 7),
                                               ("quarter", "Q", 120)])
def test_random_shops_crr_lifecycle_cohorts(make_store, seed, grain, freq, window):
    """Random small shops (same-day orders, returns, short and long windows, weekly and
    quarterly grains) against the pandas definitions."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = []
    for c in range(60):
        t = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 200)))
        for _ in range(int(rng.integers(1, 6))):
            rows.append({"order_id": f"o{len(rows)}", "customer_id": f"k{c}", "order_ts": t,
                         "revenue": float(rng.integers(5, 50)), "kind": "order"})
            if rng.random() < 0.1:
                rows.append({"order_id": f"o{len(rows)}", "customer_id": f"k{c}",
                             "order_ts": t, "revenue": -3.0, "kind": "return"})
            t = t + pd.Timedelta(days=int(rng.choice([0, 1, 5, 20, 60])))
    df = pd.DataFrame(rows)
    df = df[df["order_ts"] <= pd.Timestamp("2024-09-15")]
    store = make_store(df)
    settings = Settings(grain=grain, activity_window_days=window)
    start, end = bounds(df)
    got = crr(store, FilterSpec(), settings)["periods"]
    want = ref.crr(df, start, end, window, freq)
    assert [(p["S0"], p["N"], p["E"], p["retained"]) for p in got] == [
        (p["S0"], p["N"], p["E"], p["retained"]) for p in want]
    got = lifecycle(store, FilterSpec(), settings)["periods"]
    want = ref.lifecycle(df, start, end, freq)
    keys = ("active", "new", "returning", "resurrected", "dormant")
    assert [[p[k] for k in keys] for p in got] == [[p[k] for k in keys] for p in want]
    for measure in ("repurchase", "ltv"):
        got = co.cohorts(store, FilterSpec(), settings, measure=measure)
        want = ref.cohort_matrix(df, start, end, measure, freq)
        assert [r["cohort"] for r in got["cohorts"]] == list(want)
        for row in got["cohorts"]:
            expected = [v for v, _ in want[row["cohort"]].values()]
            assert len(row["cells"]) == len(expected)
            assert all(close(c["value"], v) for c, v in zip(row["cells"], expected, strict=True))

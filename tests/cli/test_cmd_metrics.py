"""``retention-desktop metrics`` in-process: JSON keys, --list, filters, errors."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from retention_desktop.cli import main
from retention_desktop.core.store import ProjectStore


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "shop.duckdb"
    rows = [("a", "2024-01-03", 10.0, "UK"), ("a", "2024-02-10", 30.0, "UK"),
            ("b", "2024-01-20", 20.0, "DE"), ("c", "2024-02-02", 5.0, "UK"),
            ("c", "2024-03-30", 7.0, "UK")]
    df = pd.DataFrame([{"order_id": f"o{i}", "customer_id": c, "order_ts": pd.Timestamp(t),
                        "revenue": r, "kind": "order", "country": k}
                       for i, (c, t, r, k) in enumerate(rows)])
    with ProjectStore(path) as store, store.write() as cur:
        cur.register("df", df)
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, country) "
                    "SELECT order_id, customer_id, order_ts, revenue, kind, country FROM df")
    return str(path)


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_kpis_keys_and_values(project, capsys):
    out = run_json(capsys, "metrics", "kpis", "--project", project, "--json")
    for key in ("customers", "orders", "revenue", "aov", "purchase_frequency",
                "repeat_purchase_rate", "returning_customer_rate",
                "median_days_to_second_order"):
        assert key in out
    assert (out["customers"], out["orders"], out["revenue"]) == (3, 5, 72.0)
    assert out["repeat_purchase_rate"] == pytest.approx(2 / 3)


def test_where_and_range(project, capsys):
    out = run_json(capsys, "metrics", "kpis", "--project", project, "--where", "country=UK",
                   "--from", "2024-02-01", "--json")
    # UK orders from February: a (30), c (5, 7)
    assert (out["customers"], out["orders"], out["revenue"]) == (2, 3, 42.0)
    assert out["returning_customer_rate"] == 1.0  # a ordered in January, c twice


def test_crr_keys(project, capsys):
    out = run_json(capsys, "metrics", "crr", "--project", project, "--window", "30", "--json")
    assert [p["period"] for p in out["periods"]] == ["2024-01-01", "2024-02-01", "2024-03-01"]
    keys = {"period", "start", "end", "S0", "N", "E", "crr", "retained", "crr_strict",
            "churned", "churn_rate", "resurrected"}
    assert keys <= set(out["periods"][0])
    feb = out["periods"][1]
    # W=30: active at the end of January = ordered 2..31 Jan -> a (3 Jan), b (20 Jan)
    assert (feb["S0"], feb["N"]) == (2, 1)


def test_cohorts_keys_measure_and_by(project, capsys):
    out = run_json(capsys, "metrics", "cohorts", "--project", project, "--measure",
                   "repurchase", "--json")
    assert set(out["cohorts"][0]) >= {"cohort", "size", "cells"}
    assert set(out["cohorts"][0]["cells"][0]) >= {"k", "value", "n", "complete", "ci_low",
                                                  "ci_high", "low_n"}
    assert out["cohorts"][0]["already_active"] is True  # Jan: the export's first period
    # Feb and Mar are the only other cohorts: fewer than 3, so no mean curve at all.
    assert out["mean"] == []
    jan = out["cohorts"][0]
    assert jan["cohort"] == "2024-01-01" and jan["size"] == 2
    assert [c["value"] for c in jan["cells"]] == [0.0, 0.5, 0.5]
    out = run_json(capsys, "metrics", "cohorts", "--project", project, "--by", "country",
                   "--json")
    assert {r["cohort"] for r in out["cohorts"]} == {"UK", "DE"}
    out = run_json(capsys, "metrics", "cohorts", "--project", project, "--by", "quarter",
                   "--json")
    assert [r["cohort"] for r in out["cohorts"]] == ["2024-01-01"]


@pytest.mark.parametrize("name", ["nday", "time-to-second", "lifecycle"])
def test_other_metrics_run(project, capsys, name):
    out = run_json(capsys, "metrics", name, "--project", project, "--json")
    assert out["range"] == {"from": "2024-01-03", "to": "2024-03-30"}


def test_list_shows_definition_cards(capsys):
    out = run_json(capsys, "metrics", "--list", "--json")
    names = [m["name"] for m in out["metrics"]]
    assert {"kpis", "crr", "cohorts", "nday", "time-to-second", "lifecycle"} <= set(names)
    crr_cards = next(m for m in out["metrics"] if m["name"] == "crr")["definitions"]
    assert any(c["formula"] == "(E - N) / S0" for c in crr_cards)
    assert main(["metrics", "--list"]) == 0
    assert "(E - N) / S0" in capsys.readouterr().out


def test_errors_are_one_line(project, capsys, tmp_path):
    assert main(["metrics", "kpis", "--project", project, "--where", "nope=1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Unknown column 'nope'") and err.count("\n") == 1
    assert main(["metrics", "bogus", "--project", project]) == 1
    assert main(["metrics", "kpis", "--project", str(tmp_path / "missing.duckdb")]) == 1
    assert "not found" in capsys.readouterr().err
    assert main(["metrics", "kpis", "--project", project, "--measure", "ltv"]) == 2


def test_stage_and_segment_filters_match_pandas_and_the_engine(tmp_path, capsys):
    """``--stage`` counts the customers an independent pandas restatement of the stage
    rules finds; ``--segment`` equals the engine called with the same FilterSpec."""
    from retention_desktop.core.demo import build_demo_project
    from retention_desktop.core.engine.kpis import kpis
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    from tests.core.pandas_stages import stages_by_pandas

    path = build_demo_project(tmp_path / "demo.rdproj.duckdb", n_customers=400)
    with ProjectStore(path, read_only=True) as store:
        stages = stages_by_pandas(store, Settings().activity_window_days)
        champions = kpis(store, FilterSpec(rfm_segment="Champions"), Settings())["customers"]
    out = run_json(capsys, "metrics", "kpis", "--project", str(path), "--stage", "at risk",
                   "--json")
    assert out["customers"] == int((stages == "at risk").sum()) > 0
    out = run_json(capsys, "metrics", "kpis", "--project", str(path), "--segment", "Champions",
                   "--json")
    assert out["customers"] == champions > 0
    assert main(["metrics", "kpis", "--project", str(path), "--stage", "sleepy"]) != 0
    assert "unknown lifecycle stage 'sleepy'" in capsys.readouterr().err


def test_report_takes_the_same_customer_group_filter(tmp_path, capsys):
    """``report --segment`` prints the numbers of the engine's report for that FilterSpec."""
    from retention_desktop.core.demo import build_demo_project
    from retention_desktop.core.engine.spec import FilterSpec, saved_settings
    from retention_desktop.core.report.data import build_report
    from retention_desktop.core.tasks import run_to_completion

    path = build_demo_project(tmp_path / "demo.rdproj.duckdb", n_customers=400)
    with ProjectStore(path, read_only=True) as store:
        data = run_to_completion(build_report(store, FilterSpec(rfm_segment="Champions"),
                                              saved_settings(store)))
    expected = {c.key: c.value for c in data.kpis}["customers"]
    out = run_json(capsys, "report", "--project", str(path), "--segment", "Champions",
                   "--xlsx", str(tmp_path / "r.xlsx"), "--json")
    assert out["kpis"]["customers"] == expected
    everyone = run_json(capsys, "report", "--project", str(path),
                        "--xlsx", str(tmp_path / "all.xlsx"), "--json")
    assert everyone["kpis"]["customers"] > expected


def test_kpis_headline_is_the_overview_period_with_retention_and_churn(project, capsys):
    """'metrics kpis' gives every figure an Overview card shows: the named headline period
    (the last complete month, February: March ends on the 30th of 31), no month before it
    (the export starts on 3 January: January is not a whole month of data, and a partial
    month is never compared as if it were one), and the retention rate R / S0 and churn
    of that period, worked out by hand."""
    out = run_json(capsys, "metrics", "kpis", "--project", project, "--window", "29", "--json")
    head = out["headline"]
    assert (head["current"]["from"], head["current"]["to"]) == ("2024-02-01", "2024-02-29")
    assert head["previous"] is None
    feb = head["current"]["kpis"]
    # active at 1 Feb (an order in the 29 days before): a (3 Jan), b (20 Jan);
    # at 1 Mar: a (10 Feb), c (2 Feb) -> R = {a}, S0 = 2
    assert feb["enough_history"] and (feb["S0"], feb["retained"]) == (2, 1)
    assert feb["crr_strict"] == pytest.approx(0.5) and feb["churn_rate"] == pytest.approx(0.5)
    # the period's own KPIs: a (30) and c (5) ordered in February
    assert (feb["customers"], feb["orders"], feb["revenue"]) == (2, 2, 35.0)
    assert feb["too_few"]  # 2 customers, below the minimum of 30
    # the human-readable output names the period and shows the retention rate
    assert main(["metrics", "kpis", "--project", project, "--window", "29"]) == 0
    text = capsys.readouterr().out
    assert "headline: 2024-02-01 to 2024-02-29" in text and "crr_strict: 0.5000" in text


def test_compare_names_its_default_range_in_words(project, capsys):
    """Without --from, ``metrics compare`` says which dates it compared and why they are
    not all time, in the Segments tab's words (before: a bare ``range: from=…, to=…``)."""
    data = run_json(capsys, "metrics", "compare", "--project", project, "--by", "country",
                    "--json")
    assert data["default_range"] is True
    assert main(["metrics", "compare", "--project", project, "--by", "country"]) == 0
    text = capsys.readouterr().out
    rng = data["range"]
    assert any(line.startswith(f"range: {rng['from']} to {rng['to']} (about the last 12 months")
               for line in text.splitlines())
    chosen = run_json(capsys, "metrics", "compare", "--project", project, "--by", "country",
                      "--from", "2024-01-01", "--json")
    assert chosen["default_range"] is False
    assert main(["metrics", "compare", "--project", project, "--by", "country",
                 "--from", "2024-01-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"range: {chosen['range']['from']} to {chosen['range']['to']}" in lines

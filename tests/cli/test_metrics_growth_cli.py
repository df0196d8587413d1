"""``retention-desktop metrics`` for the growth metrics: JSON keys, options, failures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "engine"))
from growth_fixtures import build_store, cdnow_orders  # noqa: E402

from retention_desktop.cli import main  # noqa: E402


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "shop.duckdb"
    df = cdnow_orders()
    df["campaign"] = None
    df.loc[df["order_ts"].dt.month.eq(3) & df["order_ts"].dt.year.eq(1997), "campaign"] = "spring"
    df.loc[df["order_ts"].dt.month.eq(11) & df["order_ts"].dt.year.eq(1997), "campaign"] = "autumn"
    spend = pd.DataFrame({"period": pd.to_datetime(["1997-01-01", "1997-02-01"]).date,
                          "channel": ["web", "ads"], "amount": [3000.0, 2000.0]})
    build_store(path, df, spend=spend).close()
    return str(path)


def run_json(capsys, *args):
    code = main(["metrics", *args, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_every_growth_metric_has_stable_keys(project, capsys):
    expected = {
        "stickiness": {"basis", "dau_mau", "months", "active_days", "weeks"},
        "funnel": {"entry", "stages", "reactivations"},
        "cac": {"by_period", "by_channel", "overall"},
        "whatif": {"curve", "periods", "totals"},
    }
    for name, keys in expected.items():
        r = run_json(capsys, name, "--project", project)
        assert r["available"] is True and keys <= set(r), name
    r = run_json(capsys, "compare", "--project", project, "--by", "campaign", "--n", "30",
                 "--baseline", "spring")
    assert r["baseline"] == "spring" and {a["value"] for a in r["after_campaign"]} == {
        "spring", "autumn"}
    r = run_json(capsys, "nps", "--project", project)
    assert r["available"] is False and "survey" in r["reason"]


def test_cli_numbers_match_pandas(project, capsys):
    df = cdnow_orders()
    r = run_json(capsys, "funnel", "--project", project)
    counts = df.groupby("customer_id").size()
    assert [s["customers"] for s in r["stages"]] == [
        len(counts), int((counts >= 2).sum()), int((counts >= 3).sum())]
    r = run_json(capsys, "cac", "--project", project, "--where", "channel=web")
    first = df.sort_values(["customer_id", "order_ts"]).groupby("customer_id").first()
    assert r["overall"]["new_customers"] == int((first["channel"] == "web").sum())


def test_growth_options(project, capsys):
    five = run_json(capsys, "whatif", "--project", project, "--x", "5", "--horizon", "3")
    ten = run_json(capsys, "whatif", "--project", project, "--x", "10", "--horizon", "3")
    assert len(five["periods"]) == 3
    assert ten["totals"]["scenario_revenue"] > five["totals"]["scenario_revenue"]
    pts = run_json(capsys, "whatif", "--project", project, "--x", "5", "--mode", "points")
    assert pts["mode"] == "points"
    typed = run_json(capsys, "cac", "--project", project, "--spend", "web@1997-01=500")
    assert typed["source"] == "typed" and typed["overall"]["spend"] == 500.0
    ends = run_json(capsys, "compare", "--project", project, "--by", "campaign",
                    "--campaign-end", "spring=1997-04-15")
    spring = next(a for a in ends["after_campaign"] if a["value"] == "spring")
    assert (spring["end"], spring["end_source"]) == ("1997-04-15", "given")


def test_cli_failures(project, capsys):
    assert main(["metrics", "funnel", "--project", project, "--x", "5"]) == 2
    assert "--x does not apply" in capsys.readouterr().err
    assert main(["metrics", "compare", "--project", project, "--by", "nope"]) == 1
    assert "Unknown column" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["metrics", "cac", "--project", project, "--spend", "garbage"])
    assert "CHANNEL@YYYY-MM=AMOUNT" in capsys.readouterr().err


def test_list_shows_growth_cards(capsys):
    r = run_json(capsys, "--list")
    names = {m["name"]: m for m in r["metrics"]}
    for name in ("stickiness", "funnel", "compare", "cac", "whatif", "nps"):
        assert names[name]["definitions"], name
    assert any(d["key"] == "nps" for d in names["nps"]["definitions"])

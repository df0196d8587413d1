"""``abtest`` and ``plan`` commands: exact issue forms, JSON keys, reference values, errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from retention_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_abtest_issue_form_reference_values(capsys):
    r = _json(capsys, ["abtest", "--variant", "control=1000/120", "--variant", "B=1000/150",
                       "--alpha", "0.05", "--json"])
    control, b = r["variants"]
    assert control["name"] == "control" and control["n"] == 1000 and control["conversions"] == 120
    assert control["rate"] == 0.12
    assert (round(control["ci_low"], 5), round(control["ci_high"], 5)) == (0.10130, 0.14161)
    comp = r["comparisons"][0]
    assert round(comp["p_value"], 5) == 0.04964
    assert (round(comp["diff_ci_low"], 6), round(comp["diff_ci_high"], 6)) == (0.000014, 0.060008)
    assert comp["lift_pct"] == pytest.approx(25.0)
    # the lift interval is the difference interval over the control's 12 %:
    # 0.000014 / 0.12 = 0.0001, 0.060008 / 0.12 = 0.5001 (it agrees with the verdict)
    assert (round(comp["lift_ci_low"], 4), round(comp["lift_ci_high"], 4)) == (0.0001, 0.5001)
    assert round(comp["prob_beat_control"], 4) == 0.9751
    for key in ("diff", "p_holm", "expected_loss"):
        assert key in comp
    assert set(r["srm"]) >= {"chi2", "p_value", "warning"}
    assert r["mode"] == "fixed" and isinstance(r["verdict"], str) and r["verdict"]


def test_abtest_srm_unequal_split_and_sequential(capsys):
    r = _json(capsys, ["abtest", "--variant", "control=1000/100", "--variant", "B=1100/120",
                       "--split", "50,50", "--json"])
    assert round(r["srm"]["p_value"], 4) == 0.0291
    r = _json(capsys, ["abtest", "--variant", "control=200/20", "--variant", "B=800/90",
                       "--split", "20,80", "--sequential", "--json"])
    assert r["srm"]["p_value"] == pytest.approx(1.0) and r["mode"] == "sequential"


def test_abtest_continuous(capsys):
    from scipy import stats

    r = _json(capsys, ["abtest", "--continuous", "control=31.0/40/400",
                       "--continuous", "B=37.5/52/380", "--json"])
    ref = stats.ttest_ind_from_stats(37.5, 52, 380, 31.0, 40, 400, equal_var=False)
    assert r["metric"] == "continuous"
    assert r["comparisons"][0]["p_value"] == pytest.approx(ref.pvalue)


def test_abtest_conversions_with_a_continuous_metric(capsys):
    from scipy import stats

    r = _json(capsys, ["abtest", "--variant", "control=1000/120", "--variant", "B=1000/150",
                       "--continuous", "control=31.0/40/1000", "--continuous", "B=35.0/45/1000",
                       "--json"])
    assert r["metric"] == "conversion" and round(r["comparisons"][0]["p_value"], 5) == 0.04964
    cont = r["continuous"]
    ref = stats.ttest_ind_from_stats(35.0, 45, 1000, 31.0, 40, 1000, equal_var=False)
    assert cont["metric"] == "continuous"
    assert cont["comparisons"][0]["p_value"] == pytest.approx(ref.pvalue)


@pytest.mark.parametrize("argv,msg", [
    (["abtest", "--variant", "control=1000/120"], "at least two variants"),
    (["abtest", "--variant", "control=10/20", "--variant", "B=10/2"], "between 0"),
    (["abtest", "--variant", "control=10", "--variant", "B=10/2"], "NAME=N/CONVERTED"),
    (["abtest"], "give the variants"),
    (["abtest", "--variant", "a=1/1", "--variant", "b=1/1", "--split", "1,x"], "--split"),
    (["plan", "--baseline", "0.95", "--mde", "0.1"], "outside 0..1"),
])
def test_errors_exit_nonzero_with_one_line(capsys, argv, msg):
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert msg in err and err.count("\n") == 1


def test_plan_reference_and_keys(capsys):
    r = _json(capsys, ["plan", "--baseline", "0.20", "--mde", "0.02", "--alpha", "0.05",
                       "--power", "0.8", "--variants", "2", "--json"])
    assert r["n_per_variant"] == 6347 and r["formula"] == "evan_miller"
    from statsmodels.stats.proportion import samplesize_proportions_2indep_onetail

    ref = samplesize_proportions_2indep_onetail(0.02, 0.2, 0.8, alpha=0.05)
    assert r["n_per_variant_pooled"] == round(ref)
    r = _json(capsys, ["plan", "--baseline", "0.20", "--mde", "0.10", "--relative",
                       "--one-sided", "--variants", "3", "--per-day", "100", "--have", "2000",
                       "--curve", "--json"])
    assert r["correction"] == "bonferroni" and r["two_sided"] is False
    assert r["days"] == -(-r["n_total"] // 100)
    assert 0 < r["detectable"]["mde_abs"] < 0.1 and len(r["power_curve"]) > 10


def test_abtest_from_project_subprocess(tmp_path, capsys):
    from datetime import datetime

    from retention_desktop.core.store import ProjectStore

    path = tmp_path / "p.duckdb"
    with ProjectStore(path) as store, store.write() as cur:
        # 4 control / 4 B customers, first order at assignment, B returns more.
        for i in range(8):
            cid, variant = f"c{i}", "control" if i < 4 else "B"
            cur.execute("INSERT INTO assignments VALUES (?, 'exp', ?, ?, NULL)",
                        [cid, variant, datetime(2024, 1, 1)])
            cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) VALUES "
                        "(?, ?, ?, 10)", [f"a{i}", cid, datetime(2024, 1, 1, 9)])
            if i in (0, 4, 5, 6):
                cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) "
                            "VALUES (?, ?, ?, 20)", [f"b{i}", cid, datetime(2024, 1, 15)])
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) VALUES "
                    "('z', 'late', '2024-06-01', 1)")
    out = subprocess.run(
        [sys.executable, "-m", "retention_desktop", "abtest", "--project", str(path),
         "--experiment", "exp", "--outcome", "repeat-30d", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    assert [(v["name"], v["n"], v["conversions"]) for v in r["variants"]] == [
        ("control", 4, 1), ("B", 4, 3)]
    assert r["experiment"]["outcome"] == "repeat-30d"
    # in-process: revenue with CUPED, and the planner's duration from the project's data
    capsys.readouterr()
    r = _json(capsys, ["abtest", "--project", str(path), "--experiment", "exp", "--outcome",
                       "revenue-30d", "--cuped", "--json"])
    # nobody spent before the assignment instant: CUPED changes nothing
    assert r["experiment"]["cuped"]["theta"] == 0
    # revenue after assignment: the first order (10, at 09:00) + 20 for those who came back
    assert [v["mean"] for v in r["variants"]] == [pytest.approx(10 + 20 * 1 / 4),
                                                   pytest.approx(10 + 20 * 3 / 4)]
    plan = _json(capsys, ["plan", "--baseline", "0.25", "--mde", "0.5", "--relative",
                          "--project", str(path), "--json"])
    # new customers in the last 90 days before the newest first order: only 'late'
    assert plan["customers_per_day"] == pytest.approx(1 / 90)
    assert plan["days"] == plan["n_total"] * 90
    bad = subprocess.run(
        [sys.executable, "-m", "retention_desktop", "abtest", "--project", str(path),
         "--experiment", "nope", "--outcome", "repeat-30d", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "exp" in bad.stderr

"""CLI: clv, segments and lists on CDNOW loaded into a project file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from retention_desktop.cli import main
from retention_desktop.core.clv.simulate import simulate_transactions
from retention_desktop.core.store import ProjectStore
from tests.clv.helpers import same_to_4_significant, write_orders

ROOT = Path(__file__).resolve().parents[2]


def _json(capsys, argv):
    code = main(argv)
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_clv_json_reproduces_the_published_fit(capsys, cdnow_project):
    p = _json(capsys, ["clv", "--project", str(cdnow_project), "--calibration-end",
                       "1997-09-30", "--horizon", "12", "--discount", "0.01", "--margin",
                       "0.3", "--unit", "weeks", "--json"])
    bg, gg = p["bgnbd"], p["gamma_gamma"]
    published = {"r": 0.2426, "alpha": 4.4135, "a": 0.7929, "b": 2.4258}
    assert all(same_to_4_significant(bg[k], v) for k, v in published.items()), bg
    assert round(bg["loglik"], 2) == -9582.43
    assert set(bg["se"]) == {"r", "alpha", "a", "b"}
    published = {"p": 6.2488, "q": 3.7446, "v": 15.4477}
    assert all(same_to_4_significant(gg[k], v) for k, v in published.items()), gg
    assert p["customers"] == 2357 and p["repeat_customers"] == 946
    assert p["rough"] is False
    assert p["holdout"]["actual_repeat_purchases"] == 1882
    assert "tracking" not in p["holdout"]
    assert p["scoring"]["customers"] == 2357
    assert p["margin"] == 0.3 and p["clv_total"] > 0


def test_clv_text_and_subprocess(cdnow_project):
    proc = subprocess.run([sys.executable, "-m", "retention_desktop", "clv", "--project",
                           str(cdnow_project), "--calibration-end", "1997-09-30"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "r=0.2426" in proc.stdout and "holdout 1997-09-30" in proc.stdout


def test_small_shop_is_flagged_rough_with_intervals(capsys, tmp_path):
    path = tmp_path / "small.duckdb"
    with ProjectStore(path) as store:
        write_orders(store, simulate_transactions(250, seed=2))
    p = _json(capsys, ["clv", "--project", str(path), "--json"])
    assert p["rough"] is True and p["repeat_customers"] < 300
    assert any("rough" in w for w in p["warnings"])


def test_clv_errors_are_one_line(capsys, tmp_path, cdnow_project):
    assert main(["clv", "--project", str(tmp_path / "missing.duckdb")]) == 1
    assert main(["clv", "--project", str(cdnow_project), "--calibration-end", "2001-01-01"]) == 1
    assert main(["clv", "--project", str(cdnow_project), "--where", "nope=1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("error: ") for line in err)
    assert "must fall between" in err[1] and "Unknown column 'nope'" in err[2]
    empty = tmp_path / "empty.duckdb"
    ProjectStore(empty).close()
    assert main(["clv", "--project", str(empty)]) == 1
    assert "no orders" in capsys.readouterr().err


def test_segments_json(capsys, cdnow_project):
    p = _json(capsys, ["segments", "--project", str(cdnow_project), "--json"])
    seg = {s["segment"]: s for s in p["rfm"]["segments"]}
    assert len(seg) == 11 and sum(s["customers"] for s in seg.values()) == p["customers"] == 2357
    stg = {s["stage"]: s for s in p["stages"]["stages"]}
    assert sum(s["customers"] for s in stg.values()) == 2357
    # Independent path: the engine's KPIs filtered through the segment hook.
    from retention_desktop.core.engine.kpis import kpis
    from retention_desktop.core.engine.spec import FilterSpec, Settings
    with ProjectStore(cdnow_project, read_only=True) as store:
        for name in ("Champions", "Lost"):
            n = kpis(store, FilterSpec(rfm_segment=name), Settings())["customers"]
            assert seg[name]["customers"] == n
        churned = kpis(store, FilterSpec(lifecycle_stage="churned"), Settings())["customers"]
    assert stg["churned"]["customers"] == churned
    total_revenue = sum(s["revenue"] for s in seg.values())
    assert abs(total_revenue - pd.read_csv(ROOT / "tests/data/cdnow_sample/CDNOW_sample.txt",
                                           sep=r"\s+", header=None)[4].sum()) < 0.01
    assert p["rfm"]["rules"][0]["segment"] == "Champions"
    matrix = p["transitions"]["stages"]
    assert sum(sum(row.values()) for row in matrix.values()) == 2357


def test_lists_export_with_contacts_and_pseudonymised(capsys, tmp_path, cdnow_project):
    out = tmp_path / "top.csv"
    info = _json(capsys, ["lists", "top-clv", "--project", str(cdnow_project), "--out",
                          str(out), "--top", "3000", "--json"])
    df = pd.read_csv(out, encoding="utf-8-sig", dtype=str)
    assert info["rows"] == len(df) == 2357
    row = df.set_index("customer_id").loc["0001"]
    assert row["email"] == "'=HYPERLINK(\"http://x\")"
    assert row["phone"] == "+98 912 000 0001"  # a phone number stays as typed for SMS panels
    assert df.set_index("customer_id").loc["0002", "phone"] == "'@SUM(1)"
    assert df.set_index("customer_id").loc["0003", "phone"] == "'-2+3"
    clv = df["clv"].astype(float)
    assert clv.is_monotonic_decreasing
    pseudo = tmp_path / "pseudo.xlsx"
    info = _json(capsys, ["lists", "at-risk", "--project", str(cdnow_project), "--out",
                          str(pseudo), "--pseudonymise", "--salt", "abc", "--json"])
    x = pd.read_excel(pseudo, dtype=str, engine="openpyxl")
    assert info["salt"] == "abc" and len(x) == info["rows"] > 0
    assert "email" not in x.columns and x["customer_id"].str.startswith("c_").all()
    assert main(["lists", "at-risk", "--project", str(cdnow_project), "--out",
                 str(tmp_path / "a.pdf")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err

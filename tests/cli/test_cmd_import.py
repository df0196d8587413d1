"""``retention-desktop import``: summary, JSON, project creation, one-line failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from retention_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
UCI = DATA / "online_retail_excel_sample"
CDNOW = DATA / "cdnow_sample" / "CDNOW_sample.txt"


def test_import_json_creates_project(tmp_path, capsys):
    project = tmp_path / "new.duckdb"
    assert main(["import", str(CDNOW), "--project", str(project), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    raw = pd.read_csv(CDNOW, sep=r"\s+", header=None, dtype={0: str})
    assert project.exists()
    assert out["rows_read"] == len(raw) == out["orders_created"]
    assert out["customers"] == raw[0].nunique()
    for key in ("files", "line_items", "guest_rows", "cancelled_rows", "returned_rows",
                "rejected_rows", "date_min", "date_max", "date_order", "encoding",
                "duplicates_skipped", "import_id"):
        assert key in out
    assert out["rejected_rows"] == {"count": 0, "first": []}
    assert out["date_min"].startswith("1997-01-01") and out["date_order"] == "yyyymmdd"


def test_import_folder_text_summary_and_map(tmp_path, capsys):
    project = tmp_path / "p.duckdb"
    assert main(["import", str(UCI), "--project", str(project), "--sheet",
                 "Year 2010-2011"]) == 0
    text = capsys.readouterr().out
    assert "orders created: 24 (+ 0 returns, 2 cancellations)" in text
    assert "date order: day-first" in text and "skipped SOURCE.txt" in text
    f = tmp_path / "x.csv"
    f.write_text("a,b,c\n1,2024-01-01,5\n")
    assert main(["import", str(f), "--project", str(project), "--map", "revenue=c",
                 "--map", "order_ts=b", "--map", "order_id=a", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["orders_created"] == 1


def test_failure_is_one_line_and_nonzero(tmp_path, capsys):
    bad = tmp_path / "empty.csv"
    bad.write_text("")
    assert main(["import", str(bad), "--project", str(tmp_path / "p.duckdb")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and "empty.csv" in err
    assert main(["import", str(tmp_path / "missing.csv"), "--project",
                 str(tmp_path / "p.duckdb")]) == 1
    assert "File not found" in capsys.readouterr().err
    assert main(["import", str(CDNOW), "--project", str(tmp_path / "p.duckdb"),
                 "--map", "nonsense"]) == 1
    assert "FIELD=COLUMN" in capsys.readouterr().err


def test_subprocess_entry_point(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "retention_desktop", "import", str(UCI / "online_retail_sample.xlsx"),
         "--project", str(tmp_path / "s.duckdb"), "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["cancellations_created"] == 2
    proc = subprocess.run(
        [sys.executable, "-m", "retention_desktop", "import", str(ROOT / "pyproject.toml"),
         "--project", str(tmp_path / "s.duckdb")],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: pyproject.toml")

"""The CSV fast path (and the CLI around it) runs without numpy/pandas, with the same
answers as the pandas-based detection it short-cuts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.core.importer.fastpath import _detect_order
from retention_desktop.core.importer.readers import SampleColumns
from retention_desktop.core.importer.values import detect_order

ROOT = Path(__file__).resolve().parents[3]


def _probe(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_cli_help_loads_no_heavy_modules():
    res = _probe(
        "import sys, json, contextlib, io\n"
        "from retention_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main(['--help'])\n    except SystemExit:\n        pass\n"
        "print(json.dumps({m: m in sys.modules for m in ('pandas', 'numpy', 'duckdb')}))")
    assert res == {"pandas": False, "numpy": False, "duckdb": False}


def test_fast_path_import_loads_no_pandas(tmp_path):
    csv = tmp_path / "orders.csv"
    rows = ["order_id,customer_id,order_date,amount,items,channel"]
    rows += [f"SO-{i},C{i % 7},2024-0{1 + i % 9}-1{i % 10} 10:{i % 60:02d}:00,{10 + i}.5,"
             f"{1 + i % 3},{'web' if i % 2 else 'app'}" for i in range(40)]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    project = tmp_path / "p.duckdb"
    res = _probe(
        "import sys, json, contextlib, io\n"
        "from retention_desktop.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    rc = main(['import', {str(csv)!r}, '--project', {str(project)!r}, '--json'])\n"
        "s = json.loads(buf.getvalue())\n"
        "print(json.dumps({'rc': rc, 'fast': s['fast_path_files'], 'orders': s['orders_created'],"
        " 'customers': s['customers'], 'pandas': 'pandas' in sys.modules,"
        " 'numpy': 'numpy' in sys.modules}))")
    assert res == {"rc": 0, "fast": 1, "orders": 40, "customers": 7,
                   "pandas": False, "numpy": False}


@pytest.mark.parametrize("cells", [
    ["2024-01-05", "2024-02-06 10:00", " 2024-03-07T11:12:13 ", ""],
    ["2024-01-05 10:00:00.250", "2023-12-31"],
    ["1402-01-05", "1402-02-06"],            # Jalali year written ISO-style
    ["۱۴۰۲-۰۱-۰۵", "۱۴۰۲-۰۲-۰۶"],            # Persian digits
    ["05/01/2024", "31/01/2024"],            # not ISO: pandas decides
    ["", " "],
    ["2024-01-05", "13/02/2024", "14/02/2024"],
])
def test_iso_shortcut_agrees_with_detect_order(cells):
    frame = SampleColumns(["d"], [[c] for c in cells])
    assert _detect_order(frame, "d") == detect_order(pd.Series(cells, dtype=object))

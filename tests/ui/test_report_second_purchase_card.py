"""The printed "Time to second purchase" card compares with the same month as the others.

Its sub-line said "no previous period" while every other card said "vs November 2024":
the previous month exists, only its median (like this month's) was not reached. The
oracle is pandas on the demo's own orders: the share of November's first-time buyers who
ordered again by the data end.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from retention_desktop.cli import main
from retention_desktop.core.demo import build_demo_project, generate_shop

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) reads the PDF back")


def test_second_purchase_card_names_the_previous_month(tmp_path, qapp):
    project = tmp_path / "demo.rdproj.duckdb"
    build_demo_project(project)
    orders = generate_shop().orders
    real = orders[orders["customer_id"].notna() & (orders["kind"] == "order")]
    first = real.groupby("customer_id")["order_ts"].min()
    november = first[first.dt.to_period("M") == "2024-11"].index
    came_back = (real[real["customer_id"].isin(november)].groupby("customer_id").size() >= 2)
    assert came_back.mean() < 0.45  # November's median was never reached either

    pdf = tmp_path / "report.pdf"
    assert main(["report", "--project", str(project), "--pdf", str(pdf)]) == 0
    text = " ".join(subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "vs November 2024" in text  # the other cards' comparison
    assert "fewer than half came back yet" in text  # this card's value
    assert "no previous period" not in text, text
    assert "November 2024: fewer than half came back" in text, text
